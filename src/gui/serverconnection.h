// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "core/participant.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace cc {
class RestClient;
}

namespace gui {

/// One open server: its profile, its RestClient (one QNAM, digest, pins) and the conference
/// list from GET /my/conferences. The password lives only inside the client's config.
class ServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnection)

public:
    ServerConnection(const ConnectionProfile &profile, const QString &password, QObject *parent = nullptr);
    ~ServerConnection() override;

    const ConnectionProfile &profile() const { return m_profile; }
    QString name() const { return m_profile.name; }
    cc::RestClient *client() const { return m_client; }

    /// Replaces the profile (e.g. a pinned certificate was added) keeping the password.
    void updateProfile(const ConnectionProfile &profile);
    void pinCertificate(const QString &sha256);

    const QList<cc::ConferenceInfo> &conferences() const { return m_conferences; }
    QStringList conferenceNames() const;
    bool hasConferenceList() const { return m_loaded; }
    QString lastError() const { return m_lastError; }

public slots:
    void refreshConferences();

signals:
    void conferencesChanged();
    void conferencesFailed(const QString &message);
    void profileChanged(const gui::ConnectionProfile &profile);

private:
    ConnectionProfile m_profile;
    QString m_password;
    cc::RestClient *m_client = nullptr;
    QList<cc::ConferenceInfo> m_conferences;
    QString m_lastError;
    bool m_loaded = false;
    bool m_fetching = false;
};

} // namespace gui
