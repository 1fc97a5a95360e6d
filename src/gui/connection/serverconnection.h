// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/participant.h"
#include "gui/connection/connectionprofile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace cc {
class CommandTransport;
class EslClient;
class EslCommandTransport;
class RestClient;
} // namespace cc

namespace gui {

/// One open server: its profile, its transport and the conference list. A REST profile gets a
/// RestClient (one QNAM, digest, pins) and a RestCommandTransport, and lists the conferences
/// sipXconfig says the user owns (GET /my/conferences). An event-socket profile gets an
/// EslClient and an EslCommandTransport, and lists every conference on the bridge
/// (`conference list summary`; there is no ownership on a FreeSWITCH socket). The rest of the
/// console talks to transport() and does not care which. The password lives only inside the
/// client.
class ServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnection)

public:
    /// Where the connection stands, for the connections list and the Conferences dock.
    enum class State {
        Connecting,      ///< no answer yet (event socket: connecting or logging in)
        Connected,       ///< the conference list was read
        Failed,          ///< the last attempt failed (lastError() says why); retried by itself
        PasswordRefused, ///< waits for a new password
    };
    Q_ENUM(State)

    ServerConnection(const ConnectionProfile &profile, const QString &password, QObject *parent = nullptr);
    ~ServerConnection() override;

    const ConnectionProfile &profile() const { return m_profile; }
    QString name() const { return m_profile.name; }
    bool isEventSocket() const { return m_profile.isEventSocket(); }
    /// The REST client; nullptr for an event-socket connection.
    cc::RestClient *client() const { return m_client; }
    /// The event-socket client; nullptr for a REST connection.
    cc::EslClient *eslClient() const { return m_esl; }
    /// How commands travel (never nullptr).
    cc::CommandTransport *transport() const { return m_transport; }
    /// The event-socket transport (push source of the views); nullptr for REST.
    cc::EslCommandTransport *eslTransport() const { return m_eslTransport; }

    /// Replaces the profile (e.g. a pinned certificate was added) keeping the password.
    void updateProfile(const ConnectionProfile &profile);
    void pinCertificate(const QString &sha256);
    /// New password after an authentication failure: the REST client gets it (next request),
    /// the event socket reconnects with it. Clears the refusal so the list is read again.
    void setPassword(const QString &password);
    /// True after the server refused the password, until setPassword(): the list is not
    /// re-requested meanwhile (a wrong password is reported once, never a 401 loop).
    bool passwordRefused() const { return m_passwordRefused; }
    /// For connection diagnostics only; never logged or shown.
    QString password() const { return m_password; }

    const QList<cc::ConferenceInfo> &conferences() const { return m_conferences; }
    QStringList conferenceNames() const;
    bool hasConferenceList() const { return m_loaded; }
    QString lastError() const { return m_lastError; }
    State state() const;
    /// "Connected", "Connecting…", "Password refused", "Failed: …" (translated).
    QString stateText() const;
    /// Drops what is open and starts again: the event socket reconnects, REST forgets a refusal
    /// and reads the list again. Tabs restart on their own source.
    void reconnect();

public slots:
    void refreshConferences();

signals:
    void conferencesChanged();
    void conferencesFailed(const QString &message);
    void profileChanged(const gui::ConnectionProfile &profile);
    /// The server refused the user name or password (REST 401 on the list, ESL `auth`).
    void authenticationFailed(const QString &message);
    void stateChanged(gui::ServerConnection::State state);

private:
    void refreshRest();
    void refreshEsl();
    void fail(const QString &message);
    void succeed(const QList<cc::ConferenceInfo> &conferences);
    /// REST: the member count of each conference without one, one `list count` at a time.
    void countMembers(qsizetype index, quint64 generation, QList<cc::ConferenceInfo> conferences);
    void noteState();

    ConnectionProfile m_profile;
    QString m_password;
    cc::RestClient *m_client = nullptr;
    cc::EslClient *m_esl = nullptr;
    cc::EslCommandTransport *m_eslTransport = nullptr;
    cc::CommandTransport *m_transport = nullptr;
    QList<cc::ConferenceInfo> m_conferences;
    QString m_lastError;
    bool m_loaded = false;
    bool m_fetching = false;
    bool m_refreshWhenConnected = false;
    bool m_passwordRefused = false;
    State m_reportedState = State::Connecting;
    quint64 m_listGeneration = 0;
};

} // namespace gui
