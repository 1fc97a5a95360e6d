// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconnection.h"

#include "core/commandresponse.h"
#include "core/parsers.h"
#include "core/restclient.h"

namespace gui {

ServerConnection::ServerConnection(const ConnectionProfile &profile, const QString &password, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_password(password)
    , m_client(new cc::RestClient(this))
{
    m_client->setConfig(m_profile.toServerConfig(m_password));
}

ServerConnection::~ServerConnection() = default;

void ServerConnection::updateProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    m_client->setConfig(m_profile.toServerConfig(m_password));
    emit profileChanged(m_profile);
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
    m_fetching = true;
    m_client->fetchConferences(this, [this](const cc::RestResult &result) {
        m_fetching = false;
        if (!result.ok()) {
            const cc::CommandOutcome outcome = cc::classifyCommandResponse(result);
            m_lastError = outcome.message.isEmpty() ? result.errorString : outcome.message;
            emit conferencesFailed(m_lastError);
            return;
        }
        const bool json = result.contentType.contains("json");
        const auto parsed = cc::parseConferences(result.body, json);
        if (!parsed.ok()) {
            m_lastError = tr("The conference list could not be read: %1").arg(parsed.error->message);
            emit conferencesFailed(m_lastError);
            return;
        }
        m_lastError.clear();
        m_loaded = true;
        m_conferences = parsed.value;
        emit conferencesChanged();
    });
}

} // namespace gui
