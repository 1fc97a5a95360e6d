// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The manual Digest/Basic state machine of RestClient's non-retryable commands.
#include "core/rest/restauth.h"

#include "core/rest/authchallenge.h"
#include "core/rest/digestmath.h"

#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

namespace cc {

bool ManualAuthenticator::learnChallenge(const QByteArray &header, bool *stale)
{
    *stale = false;
    // Qt joins repeated WWW-Authenticate headers with ", "; prefer Digest like QAuthenticator.
    bool digest = false;
    const auto params = authChallengeParams(header, "Digest", &digest);
    if (digest) {
        const QByteArray algorithm = params.value("algorithm", "MD5");
        if (params.value("nonce").isEmpty() || algorithm.compare("MD5", Qt::CaseInsensitive) != 0)
            return false;
        State auth;
        auth.realm = params.value("realm");
        auth.nonce = params.value("nonce");
        auth.opaque = params.value("opaque");
        const QList<QByteArray> qops = params.value("qop").split(',');
        auth.qopAuth =
            std::any_of(qops.begin(), qops.end(), [](const QByteArray &q) { return q.trimmed() == "auth"; });
        if (!params.contains("qop"))
            auth.qopAuth = false;
        else if (!auth.qopAuth)
            return false; // only auth-int offered: not supported (like QAuthenticator)
        *stale = params.value("stale").compare("true", Qt::CaseInsensitive) == 0;
        m_state = auth;
        return true;
    }
    if (authSchemeParamsAt(header, "Basic") >= 0) {
        State auth;
        auth.basic = true;
        m_state = auth;
        return true;
    }
    return false;
}

QByteArray ManualAuthenticator::authorization(const QByteArray &method, const QUrl &url,
                                              const QString &userName, const QString &passwordText)
{
    if (!m_state || userName.isEmpty())
        return {};
    State &auth = *m_state;
    // Latin-1 like QAuthenticator (qt-style.md §3), so both paths accept the same passwords.
    const QByteArray user = userName.toLatin1();
    const QByteArray password = passwordText.toLatin1();
    if (auth.basic)
        return "Basic " + QByteArray(user + ':' + password).toBase64();
    const QByteArray uri = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    const QByteArray ha1 = digestHa1(user, auth.realm, password);
    const QByteArray ha2 = digestHa2(method, uri);
    QByteArray header = "Digest username=\"" + user + "\", realm=\"" + auth.realm + "\", nonce=\"" +
                        auth.nonce + "\", uri=\"" + uri + '"';
    if (auth.qopAuth) {
        const QByteArray nc = QByteArray::number(++auth.nonceCount, 16).rightJustified(8, '0');
        const QByteArray cnonce = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        const QByteArray response =
            digestResponse(ha1, auth.nonce, nc, cnonce, QByteArrayLiteral("auth"), ha2);
        header += ", response=\"" + response + "\", qop=auth, nc=" + nc + ", cnonce=\"" + cnonce + '"';
    } else {
        header += ", response=\"" + digestResponse(ha1, auth.nonce, ha2) + '"';
    }
    if (!auth.opaque.isEmpty())
        header += ", opaque=\"" + auth.opaque + '"';
    return header;
}

} // namespace cc
