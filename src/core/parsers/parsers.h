// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/participant.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cc {

/// Why a parser gave up. `line`/`column` are 1-based positions in the parsed text (0 = unknown).
struct ParseError
{
    QString message; ///< translated, quotes the offending text where that helps
    qint64 line = 0;
    qint64 column = 0;
};

template <class T> struct Parsed
{
    T value;
    std::optional<ParseError> error;
    bool ok() const { return !error; }
};

/// FreeSWITCH `xml_list` output with the sipX `<command-response>` wrapper already removed
/// (freeswitch-conference.md §4). Text starting with `-ERR` (or any non-XML text) is an error
/// whose message quotes it. DTDs are refused (FreeSWITCH never writes one; no entity expansion).
Parsed<QList<ConferenceSnapshot>> parseXmlList(QByteArrayView freeswitchOutput);

/// FreeSWITCH plain `list` output (freeswitch-conference.md §5), global form (with header lines)
/// or per-conference form (member lines only: one snapshot with an empty name; an empty output
/// gives one empty snapshot). `+OK No active conferences.` gives an empty list.
Parsed<QList<ConferenceSnapshot>> parseList(QByteArrayView output,
                                            const QString &delimiter = QStringLiteral(";"));

/// sipXconfig `GET /my/conferences`, XML or JSON (sipxconfig-conference-rest.md §2.1).
Parsed<QList<ConferenceInfo>> parseConferences(QByteArrayView body, bool json);

/// sipXconfig `GET /my/conferencedetails/{name}`, XML or JSON (sipxconfig-conference-rest.md §2.4).
Parsed<ConferenceDetails> parseConferenceDetails(QByteArrayView body, bool json);

/// Output of `relate <ids>` (freeswitch-conference.md §7.3). `+OK No relationships` and an empty
/// output both give an empty list.
Parsed<QList<Relationship>> parseRelateListing(QByteArrayView output);

/// Percent-decoding only ('+' stays '+'; invalid `%` sequences are kept literally); the bytes
/// are read as UTF-8 with invalid sequences replaced (freeswitch-conference.md §4.2).
QString fsUrlDecode(QByteArrayView encoded);
/// Same, for text that was already entity-decoded by an XML reader.
QString fsUrlDecode(QStringView encoded);
/// Byte-exact port of FreeSWITCH's switch_url_encode (freeswitch-conference.md §4.2).
QByteArray fsUrlEncode(QStringView text);

} // namespace cc
