// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RestClient's own Digest/Basic authentication for non-retryable commands (internal to confcore).

#include <QByteArray>
#include <QString>

#include <optional>

class QUrl;

namespace cc {

/// Non-retryable commands may not let Qt answer their 401s (Qt would rewind the body, see
/// RestClient::Private::start()), so the client learns the challenge itself and signs the next
/// attempt: Digest MD5 with or without qop="auth", or Basic.
class ManualAuthenticator
{
public:
    /// Learns the WWW-Authenticate of a 401 (Qt joins repeated headers with ", "). False, and the
    /// previous state kept, when neither a usable Digest nor Basic is offered. *stale is the
    /// challenge's stale="true".
    bool learnChallenge(const QByteArray &header, bool *stale);
    /// The Authorization header for the next attempt, or empty before any challenge or without a
    /// user. Counts the nonce up with qop="auth".
    QByteArray authorization(const QByteArray &method, const QUrl &url, const QString &user,
                             const QString &password);
    void reset() { m_state.reset(); }

private:
    struct State
    {
        bool basic = false;
        QByteArray realm;
        QByteArray nonce;
        QByteArray opaque;
        bool qopAuth = false;
        quint32 nonceCount = 0;
    };
    std::optional<State> m_state;
};

} // namespace cc
