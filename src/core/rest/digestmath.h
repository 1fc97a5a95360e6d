// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RFC 2617 Digest arithmetic (MD5), one copy for RestClient and httpd::DigestAuthenticator.

#include <QByteArray>

namespace cc {

/// Lower-case hex MD5 of `data`.
QByteArray md5Hex(const QByteArray &data);

/// H(A1) = MD5(user:realm:password) (RFC 2617 §3.2.2.2, algorithm MD5). The caller picks the
/// password encoding: QAuthenticator sends Latin-1 (qt-style.md §3).
QByteArray digestHa1(const QByteArray &user, const QByteArray &realm, const QByteArray &password);

/// H(A2) = MD5(method:digest-uri) (RFC 2617 §3.2.2.3, qop absent or "auth").
QByteArray digestHa2(const QByteArray &method, const QByteArray &uri);

/// request-digest without qop, RFC 2069 style: MD5(HA1:nonce:HA2).
QByteArray digestResponse(const QByteArray &ha1, const QByteArray &nonce, const QByteArray &ha2);

/// request-digest with qop: MD5(HA1:nonce:nc:cnonce:qop:HA2) (RFC 2617 §3.2.2.1).
QByteArray digestResponse(const QByteArray &ha1, const QByteArray &nonce, const QByteArray &nc,
                          const QByteArray &cnonce, const QByteArray &qop, const QByteArray &ha2);

} // namespace cc
