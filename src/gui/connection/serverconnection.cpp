// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/serverconnection.h"

#include "core/commands/commandresponse.h"
#include "core/esl/eslclient.h"
#include "core/esl/eslcommandtransport.h"
#include "core/parsers/parsers.h"
#include "core/rest/restclient.h"
#include "core/rest/restcommandtransport.h"

namespace gui {

ServerConnection::ServerConnection(const ConnectionProfile &profile, const QString &password, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_password(password)
{
    if (!m_profile.isEventSocket()) {
        m_client = new cc::RestClient(this);
        m_client->setConfig(m_profile.toServerConfig(m_password));
        m_transport = new cc::RestCommandTransport(m_client, this);
        return;
    }
    m_esl = new cc::EslClient(this);
    m_eslTransport = new cc::EslCommandTransport(m_esl, this);
    m_transport = m_eslTransport;
    connect(m_esl, &cc::EslClient::connected, this, [this] {
        // The list asked for while connecting, or a fresh one after a reconnect.
        m_refreshWhenConnected = false;
        refreshConferences();
    });
    connect(m_esl, &cc::EslClient::authenticationFailed, this, [this] {
        m_passwordRefused = true;
        fail(tr("The event socket refused the password. Check the password in the connection settings "
                "(FreeSWITCH's default is ClueCon)."));
        emit authenticationFailed(m_lastError);
    });
    connect(m_esl, &cc::EslClient::disconnected, this, [this](const QString &reason) {
        if (m_esl->state() != cc::EslClient::State::Halted)
            fail(tr("Event socket: %1").arg(reason));
    });
    m_esl->connectToServer(m_profile.eslHost.trimmed(), m_profile.eslPort, m_password);
}

ServerConnection::~ServerConnection() = default;

void ServerConnection::updateProfile(const ConnectionProfile &profile)
{
    const ConnectionProfile old = m_profile;
    m_profile = profile;
    if (m_client)
        m_client->setConfig(m_profile.toServerConfig(m_password));
    // The transport itself is fixed for the life of the connection; host/port may change.
    if (m_esl && (old.eslHost != profile.eslHost || old.eslPort != profile.eslPort))
        m_esl->connectToServer(m_profile.eslHost.trimmed(), m_profile.eslPort, m_password);
    emit profileChanged(m_profile);
}

void ServerConnection::setPassword(const QString &password)
{
    if (password == m_password && !m_passwordRefused)
        return;
    m_password = password;
    m_passwordRefused = false;
    if (m_client) {
        m_client->setConfig(m_profile.toServerConfig(m_password));
        refreshConferences();
    } else if (m_esl) {
        // The list follows on connected().
        m_esl->connectToServer(m_profile.eslHost.trimmed(), m_profile.eslPort, m_password);
    }
}

void ServerConnection::pinCertificate(const QString &sha256)
{
    ConnectionProfile updated = m_profile;
    updated.pinnedSha256.insert(sha256.toLower());
    updateProfile(updated);
}

QStringList ServerConnection::conferenceNames() const
{
    QStringList names;
    names.reserve(m_conferences.size());
    for (const cc::ConferenceInfo &info : m_conferences)
        names.append(info.name);
    return names;
}

void ServerConnection::refreshConferences()
{
    if (m_fetching)
        return; // one list request in flight is enough
    if (m_passwordRefused)
        return; // the same password would be refused again: wait for setPassword()
    if (m_esl)
        refreshEsl();
    else
        refreshRest();
}

void ServerConnection::fail(const QString &message)
{
    m_lastError = message;
    emit conferencesFailed(m_lastError);
}

void ServerConnection::refreshRest()
{
    m_fetching = true;
    m_client->fetchConferences(this, [this](const cc::RestResult &result) {
        m_fetching = false;
        if (!result.ok()) {
            const cc::CommandOutcome outcome = cc::classifyCommandResponse(result);
            fail(outcome.message.isEmpty() ? result.errorString : outcome.message);
            if (result.error == cc::TransportError::Authentication || result.httpStatus == 401) {
                m_passwordRefused = true;
                emit authenticationFailed(m_lastError);
            }
            return;
        }
        const bool json = result.contentType.contains("json");
        const auto parsed = cc::parseConferences(result.body, json);
        if (!parsed.ok()) {
            fail(tr("The conference list could not be read: %1").arg(parsed.error->message));
            return;
        }
        m_lastError.clear();
        m_loaded = true;
        m_conferences = parsed.value;
        emit conferencesChanged();
    });
}

void ServerConnection::refreshEsl()
{
    if (!m_esl->isConnected()) {
        // EslClient fails api() at once while (re)connecting; ask again on connected().
        m_refreshWhenConnected = true;
        return;
    }
    m_fetching = true;
    // Header lines only: one per conference on the bridge (freeswitch-conference.md §5.1, §5.2).
    m_esl->api(QStringLiteral("conference list summary"), this, [this](const cc::EslReply &reply) {
        m_fetching = false;
        if (!reply.ok) {
            fail(reply.error.isEmpty() ? tr("No answer from the event socket.") : reply.error);
            return;
        }
        // An empty result comes back as "-ERR no reply" (§9.2); anything else starting -ERR failed.
        if (reply.body.startsWith("-ERR") && !reply.body.startsWith("-ERR no reply")) {
            fail(tr("FreeSWITCH could not list the conferences: %1")
                     .arg(QString::fromUtf8(reply.body).trimmed()));
            return;
        }
        QList<cc::ConferenceInfo> conferences;
        if (!reply.body.startsWith("-ERR")) {
            const auto parsed = cc::parseList(reply.body);
            if (!parsed.ok()) {
                fail(tr("The conference list could not be read: %1").arg(parsed.error->message));
                return;
            }
            for (const cc::ConferenceSnapshot &snapshot : parsed.value) {
                cc::ConferenceInfo info;
                info.enabled = true;
                info.name = snapshot.name;
                info.description = snapshot.memberCount == 1
                                       ? tr("1 member on the bridge")
                                       : tr("%1 members on the bridge").arg(snapshot.memberCount);
                conferences.append(info);
            }
            std::sort(
                conferences.begin(), conferences.end(),
                [](const cc::ConferenceInfo &a, const cc::ConferenceInfo &b) { return a.name < b.name; });
        }
        m_lastError.clear();
        m_loaded = true;
        m_conferences = conferences;
        emit conferencesChanged();
    });
}

} // namespace gui
