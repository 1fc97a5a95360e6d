// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2617 Digest arithmetic shared by RestClient and httpd::DigestAuthenticator.
#include "core/rest/digestmath.h"

#include <QCryptographicHash>
#include <QStringBuilder> // QT_USE_QSTRINGBUILDER: the QByteArray operator+

namespace cc {

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

QByteArray digestHa1(const QByteArray &user, const QByteArray &realm, const QByteArray &password)
{
    return md5Hex(user + ':' + realm + ':' + password);
}

QByteArray digestHa2(const QByteArray &method, const QByteArray &uri)
{
    return md5Hex(method + ':' + uri);
}

QByteArray digestResponse(const QByteArray &ha1, const QByteArray &nonce, const QByteArray &ha2)
{
    return md5Hex(ha1 + ':' + nonce + ':' + ha2);
}

QByteArray digestResponse(const QByteArray &ha1, const QByteArray &nonce, const QByteArray &nc,
                          const QByteArray &cnonce, const QByteArray &qop, const QByteArray &ha2)
{
    return md5Hex(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ':' + qop + ':' + ha2);
}

} // namespace cc
