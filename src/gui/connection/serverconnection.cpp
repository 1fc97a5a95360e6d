// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/serverconnection.h"

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
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
    connect(m_esl, &cc::EslClient::stateChanged, this, &ServerConnection::noteState);
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
    noteState();
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
    noteState();
}

ServerConnection::State ServerConnection::state() const
{
    if (m_passwordRefused)
        return State::PasswordRefused;
    if (m_esl && !m_esl->isConnected())
        return m_lastError.isEmpty() ? State::Connecting : State::Failed;
    if (!m_lastError.isEmpty())
        return State::Failed;
    return m_loaded ? State::Connected : State::Connecting;
}

QString ServerConnection::stateText() const
{
    switch (state()) {
    case State::Connecting:
        return tr("Connecting…");
    case State::Connected:
        return tr("Connected");
    case State::Failed:
        return tr("Failed: %1").arg(m_lastError);
    case State::PasswordRefused:
        return m_lastError.isEmpty() ? tr("Password refused") : tr("Password refused: %1").arg(m_lastError);
    }
    return {};
}

void ServerConnection::noteState()
{
    const State now = state();
    if (now == m_reportedState)
        return;
    m_reportedState = now;
    emit stateChanged(now);
}

void ServerConnection::reconnect()
{
    m_passwordRefused = false;
    m_lastError.clear();
    noteState();
    if (m_esl) {
        m_esl->connectToServer(m_profile.eslHost.trimmed(), m_profile.eslPort,
                               m_password); // list on connected()
        return;
    }
    m_client->cancelAll();
    m_fetching = false;
    refreshConferences();
}

void ServerConnection::succeed(const QList<cc::ConferenceInfo> &conferences)
{
    // Counts read before stay until the next count replaces them.
    QList<cc::ConferenceInfo> merged = conferences;
    for (cc::ConferenceInfo &info : merged) {
        if (info.memberCount)
            continue;
        for (const cc::ConferenceInfo &old : std::as_const(m_conferences)) {
            if (old.name == info.name)
                info.memberCount = old.memberCount;
        }
    }
    m_lastError.clear();
    m_loaded = true;
    m_conferences = merged;
    emit conferencesChanged();
    noteState();
    if (m_client)
        countMembers(0, ++m_listGeneration, merged); // sipXconfig's list has no member counts
}

void ServerConnection::countMembers(qsizetype index, quint64 generation,
                                    QList<cc::ConferenceInfo> conferences)
{
    if (generation != m_listGeneration)
        return; // a newer list is being counted
    // One `count` at a time (`conference <name> count`, freeswitch-conference.md §2): a
    // conference nobody is in has no instance on the bridge, so "not found" means 0.
    constexpr qsizetype kMaxCounted = 50;
    if (index >= conferences.size() || index >= kMaxCounted) {
        if (conferences != m_conferences) {
            m_conferences = conferences;
            emit conferencesChanged();
        }
        return;
    }
    const QString name = conferences.at(index).name;
    m_transport->run(name, cc::ConferenceCommand::count(), this,
                     [this, index, generation, conferences](const cc::CommandOutcome &outcome) mutable {
                         bool ok = false;
                         const int count = outcome.payload.trimmed().toInt(&ok);
                         if (outcome.ok() && ok)
                             conferences[index].memberCount = count;
                         else if (outcome.payload.contains(QLatin1String("not found")))
                             conferences[index].memberCount = 0;
                         countMembers(index + 1, generation, std::move(conferences));
                     });
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
                noteState();
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
        succeed(parsed.value);
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
                info.memberCount = snapshot.memberCount;
                conferences.append(info);
            }
            std::sort(
                conferences.begin(), conferences.end(),
                [](const cc::ConferenceInfo &a, const cc::ConferenceInfo &b) { return a.name < b.name; });
        }
        succeed(conferences);
    });
}

} // namespace gui
