// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How RestClient encodes sipXconfig REST paths (internal to confcore).

#include <QByteArray>
#include <QString>

class QUrl;

namespace cc {

/// A conference name as exactly one path segment: '/', '?', '#', '%' and spaces are encoded,
/// sub-delims, ':' and '@' stay literal (Restlet matches the raw segment, §3.1).
QByteArray encodeNameSegment(const QString &name);

/// The command segment is already encoded by ConferenceCommand ("say&Hello%20world",
/// "invite&sip:bob@example.com"); keep it byte-exact and only encode what could otherwise
/// leave the segment or is not a legal URL byte (sipxconfig-conference-rest.md §3.5).
QByteArray encodeCommandSegment(const QString &segment);

/// A path typed in the troubleshooting console, "/"-prefixed: each segment encoded like a command
/// segment (empty ones dropped), the query kept as typed minus bytes never legal in a URL.
QByteArray encodeRelativePath(const QString &relativePath);

/// True when `url` has "." or ".." path segments (also as %2E), which URL normalisation would
/// remove before sending.
bool hasDotSegment(const QUrl &url);

} // namespace cc
