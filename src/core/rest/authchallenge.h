// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace cc {

/// Where the parameters of `scheme` ("Digest", "Basic") start in a WWW-Authenticate header, or -1
/// when the header does not offer it. Qt joins repeated headers with ", ", so the scheme counts
/// at the start or after a comma; matched case-insensitively (RFC 7235 §2.1).
qsizetype authSchemeParamsAt(QByteArrayView header, QByteArrayView scheme);

/// `k=v, k="quoted"` auth-params of one challenge, keys lower-cased, first occurrence kept. Stops
/// where the next challenge's scheme name starts.
QHash<QByteArray, QByteArray> parseAuthChallengeParams(QByteArrayView params);

/// One auth-param value starting at `*pos`: a quoted-string (backslash escapes removed) or a
/// token up to the next comma, trimmed. Leaves `*pos` just after it (RFC 7235 §2.1).
QByteArray readAuthParamValue(QByteArrayView s, qsizetype *pos);

/// Both in one: the params of `scheme`, or an empty hash (and *offered false) when absent.
QHash<QByteArray, QByteArray> authChallengeParams(QByteArrayView header, QByteArrayView scheme,
                                                  bool *offered = nullptr);

} // namespace cc
