// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The properties every fuzz target checks, one function per target. Shared by the libFuzzer
// targets (FUZZ_CHECK traps) and tests/core/tst_fuzzregressions (FUZZ_CHECK is a QVERIFY), so
// the normal CTest run replays the crash inputs and corpora without clang.

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
#include "core/parsers/parsers.h"

#include <QStringDecoder>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <iterator>

#ifndef FUZZ_CHECK
#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);          \
            __builtin_trap();                                                                                \
        }                                                                                                    \
    } while (false)
#endif

namespace fuzz {

using namespace Qt::Literals::StringLiterals;

inline bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

inline bool hasUpperEscape(QByteArrayView s)
{
    for (qsizetype i = 0; i + 2 < s.size(); ++i) {
        if (s[i] == '%' && isUpperHex(s[i + 1]) && isUpperHex(s[i + 2]))
            return true;
    }
    return false;
}

// Reference splitter: switch_separate_string with ' ' (freeswitch-conference.md §1.1).
inline QStringList splitLikeFreeSwitch(const QString &line)
{
    QStringList tokens;
    QString cur;
    bool inToken = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            cur += line.at(++i);
            inToken = true;
        } else if (c == u'\'') {
            inQuotes = !inQuotes;
            inToken = true;
        } else if (c == u' ' && !inQuotes) {
            if (inToken)
                tokens << cur;
            cur.clear();
            inToken = false;
        } else {
            cur += c;
            inToken = true;
        }
    }
    if (inToken)
        tokens << cur;
    return tokens;
}

inline bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

inline bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            return true;
    }
    return false;
}

inline void checkRest(const cc::ConferenceCommand &c)
{
    const auto segment = c.restSegment();
    if (!segment) {
        FUZZ_CHECK(!c.restError().isEmpty());
        return;
    }
    FUZZ_CHECK(!segment->contains(u'/') && !segment->contains(u'?') && !segment->contains(u'#'));
    FUZZ_CHECK(!segment->contains(u' ') && !hasControl(*segment));
    for (const QChar ch : *segment)
        FUZZ_CHECK(ch.unicode() > 0x20 && ch.unicode() < 0x7F); // non-ASCII goes as %XX
    const QStringList parts = segment->split(u'&');
    const QStringList nameParts = c.name().split(u'&');
    const QStringList args = c.arguments();
    FUZZ_CHECK(parts.size() == nameParts.size() + args.size()); // no '&' inside an argument
    FUZZ_CHECK(parts.mid(0, nameParts.size()) == nameParts);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &part = parts.at(nameParts.size() + i);
        for (qsizetype k = 0; k < part.size(); ++k) {
            if (part.at(k) == u'%') {
                FUZZ_CHECK(k + 2 < part.size() && isHex(part.at(k + 1)) && isHex(part.at(k + 2)));
            }
        }
        FUZZ_CHECK(QUrl::fromPercentEncoding(part.toLatin1()) == args.at(i));
    }
}

inline void checkApi(const cc::ConferenceCommand &c, const QString &conference)
{
    const QString line = c.apiLine(conference);
    if (line.isEmpty())
        return;
    FUZZ_CHECK(!hasControl(line));
    const QStringList args = c.arguments();
    const QString prefix =
        u"conference "_s + cc::ConferenceCommand::quoteApiToken(conference) + u' ' + c.name();
    FUZZ_CHECK(line.startsWith(prefix));
    if (c.id() == cc::CommandId::Say) {
        FUZZ_CHECK(args.size() == 1 && line == prefix + u' ' + args.at(0));
        return;
    }
    if (c.id() == cc::CommandId::SayMember) {
        FUZZ_CHECK(args.size() == 2 && line == prefix + u' ' + args.at(0) + u' ' + args.at(1));
        return;
    }
    const QStringList tokens = splitLikeFreeSwitch(line);
    FUZZ_CHECK(tokens.size() == 3 + args.size());
    FUZZ_CHECK(tokens.at(0) == u"conference" && tokens.at(1) == conference && tokens.at(2) == c.name());
    FUZZ_CHECK(tokens.mid(3) == args);
    FUZZ_CHECK(tokens.size() - 1 <= 25); // switch_separate_string(..., argv, 25)

    // The part after the conference name is itself a command line parse() accepts.
    const qsizetype tail =
        u"conference "_s.size() + cc::ConferenceCommand::quoteApiToken(conference).size() + 1;
    const cc::ConferenceCommand again = cc::ConferenceCommand::parse(line.mid(tail));
    FUZZ_CHECK(again.isValid() && again.id() == c.id() && again.arguments() == args);
}

// cc::parseXmlList on arbitrary bytes: no crash, no UB, deterministic, a message on every error.
inline void checkXmlList(QByteArrayView input)
{
    const auto first = cc::parseXmlList(input);
    FUZZ_CHECK(first.ok() || !first.error->message.isEmpty());
    FUZZ_CHECK(first.ok() || (first.error->line >= 0 && first.error->column >= 0));
    const auto second = cc::parseXmlList(input);
    FUZZ_CHECK(first.ok() == second.ok() && first.value == second.value);
}

// cc::parseList with the default ";" and the multi-character ">,<" delimiter.
inline void checkList(QByteArrayView input)
{
    for (const QString &delimiter : {u";"_s, u">,<"_s}) {
        const auto first = cc::parseList(input, delimiter);
        FUZZ_CHECK(first.ok() || !first.error->message.isEmpty());
        const auto second = cc::parseList(input, delimiter);
        FUZZ_CHECK(first.ok() == second.ok() && first.value == second.value);
    }
}

// cc::parseConferences, XML and JSON, on the same bytes.
inline void checkConferences(QByteArrayView input)
{
    for (const bool json : {false, true}) {
        const auto first = cc::parseConferences(input, json);
        FUZZ_CHECK(first.ok() || !first.error->message.isEmpty());
        const auto second = cc::parseConferences(input, json);
        FUZZ_CHECK(first.ok() == second.ok() && first.value == second.value);
    }
}

// cc::parseConferenceDetails, XML and JSON, on the same bytes.
inline void checkDetails(QByteArrayView input)
{
    for (const bool json : {false, true}) {
        const auto first = cc::parseConferenceDetails(input, json);
        FUZZ_CHECK(first.ok() || !first.error->message.isEmpty());
        const auto second = cc::parseConferenceDetails(input, json);
        FUZZ_CHECK(first.ok() == second.ok() && first.value == second.value);
    }
}

// cc::parseRelateListing: no crash; on error nothing half-parsed is returned.
inline void checkRelate(QByteArrayView input)
{
    const auto first = cc::parseRelateListing(input);
    FUZZ_CHECK(first.ok() || (!first.error->message.isEmpty() && first.value.isEmpty()));
    const auto second = cc::parseRelateListing(input);
    FUZZ_CHECK(first.ok() == second.ok() && first.value == second.value);
}

// cc::fsUrlEncode / cc::fsUrlDecode. Properties (freeswitch-conference.md §4.2):
//  - the encoding is plain ASCII without any SWITCH_URL_UNSAFE character except a '%' escape;
//  - decode(encode(x)) == x for valid UTF-8 x, unless x itself contains an uppercase "%XX", which
//    switch_url_encode deliberately passes through (no double encoding);
//  - the byte and the QString decoders agree.
inline void checkFsUrl(QByteArrayView input)
{
    // Decoding arbitrary bytes never fails, and both overloads agree on ASCII input.
    const QString decoded = cc::fsUrlDecode(input);
    bool ascii = true;
    for (const char c : input)
        ascii = ascii && uchar(c) < 0x80;
    if (ascii)
        FUZZ_CHECK(cc::fsUrlDecode(QStringView(QString::fromLatin1(input))) == decoded);

    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(input);
    if (utf8.hasError())
        return;

    const QByteArray encoded = cc::fsUrlEncode(text);
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const uchar u = uchar(encoded[i]);
        FUZZ_CHECK(u >= 0x20 && u <= 0x7E);
        if (u == '%') {
            FUZZ_CHECK(i + 2 < encoded.size() && isUpperHex(encoded[i + 1]) && isUpperHex(encoded[i + 2]));
            continue;
        }
        FUZZ_CHECK(std::strchr("\r\n #&+:;<=>?@[\\]^`{|}\"", char(u)) == nullptr);
    }
    // Idempotent: the output's escapes pass through a second encoding unchanged.
    FUZZ_CHECK(cc::fsUrlEncode(QString::fromLatin1(encoded)) == encoded);

    if (!hasUpperEscape(input)) {
        FUZZ_CHECK(cc::fsUrlDecode(QByteArrayView(encoded)) == text);
        FUZZ_CHECK(cc::fsUrlDecode(QStringView(QString::fromLatin1(encoded))) == text);
    }
}

// cc::classifyCommandResponse on a RestResult built from the input: the first byte picks the
// HTTP status or transport error, the rest is the body. Each input is classified for a few
// command names, since some cases depend on the command (sipxconfig-conference-rest.md §4.1).
inline void checkCommandResponse(QByteArrayView input)
{
    if (input.isEmpty())
        return;
    static const int statuses[] = {200, 200, 200, 200, 201, 204, 400, 401,
                                   403, 404, 405, 500, 502, 503, 0,   302};
    static const cc::TransportError errors[] = {
        cc::TransportError::None,
        cc::TransportError::Authentication,
        cc::TransportError::Tls,
        cc::TransportError::Timeout,
        cc::TransportError::ResponseTooLarge,
        cc::TransportError::ConnectionRefused,
        cc::TransportError::HostNotFound,
        cc::TransportError::Network,
        cc::TransportError::Cancelled,
    };
    const uchar selector = uchar(input[0]);
    cc::RestResult result;
    result.method = "GET";
    result.httpStatus = statuses[selector % std::size(statuses)];
    // Mostly a plain HTTP answer; one selector in eight also carries a transport error.
    result.error = (selector & 0x80) && (selector & 0x70) == 0x70
                       ? errors[(selector >> 4) % std::size(errors)]
                       : cc::TransportError::None;
    result.contentType = (selector & 0x10) ? "text/xml" : "text/html";
    result.body = input.sliced(1).toByteArray();

    const QByteArrayView body(result.body);
    if (const auto inner = cc::commandResponseInner(body)) {
        FUZZ_CHECK(inner->data() >= body.data());
        FUZZ_CHECK(inner->data() + inner->size() <= body.data() + body.size());
    }

    static const QString names[] = {QString(), u"relate"_s,   u"mute last"_s, u"record&duration"_s,
                                    u"list"_s, u"xml_list"_s, u"kick 5"_s,    u"dial"_s};
    for (const QString &name : names) {
        const cc::CommandOutcome o = cc::classifyCommandResponse(result, name);
        FUZZ_CHECK(!o.message.isEmpty());
        FUZZ_CHECK(o.httpStatus == result.httpStatus);
        FUZZ_CHECK(!o.ok() || result.ok());
        FUZZ_CHECK(result.error == cc::TransportError::None || o.kind == cc::ResponseKind::TransportFailure);
        FUZZ_CHECK(o.raw.size() <= 64 * 1024 + 200); // display text is truncated
        const cc::CommandOutcome again = cc::classifyCommandResponse(result, name);
        FUZZ_CHECK(again.kind == o.kind && again.message == o.message && again.payload == o.payload &&
                   again.detail == o.detail);
    }
}

// cc::ConferenceCommand::parse on an arbitrary line, then the invariants of its two encodings:
//  - restSegment(): no raw '/', '?', '#' or control character; splitting on '&' gives back the
//    command word(s) and exactly one part per argument, each percent-decoding to the argument
//    (sipxconfig-conference-rest.md §3.5);
//  - apiLine(): one line; split like switch_separate_string it gives back the conference, the
//    command word and the arguments, within FreeSWITCH's 25-token limit (freeswitch-conference.md
//    §1.1); ARGS_AS_ONE text (say, saymember) is appended verbatim (§1.2);
//  - the API form of a valid command parses back to the same command.
inline void checkConferenceCommand(QByteArrayView input)
{
    const QString line = QString::fromUtf8(input);
    const cc::ConferenceCommand c = cc::ConferenceCommand::parse(line);
    if (!c.isValid()) {
        FUZZ_CHECK(!c.error().isEmpty());
        FUZZ_CHECK(!c.restSegment() && c.apiLine(u"3000"_s).isEmpty());
        return;
    }
    FUZZ_CHECK(!c.name().isEmpty());
    checkRest(c);
    checkApi(c, u"3000"_s);
    checkApi(c, u"Sales Team's room"_s);
    (void)c.isRetryable();
    (void)c.changesState();
    (void)cc::ConferenceCommand::syntaxHint(c.name());
}

} // namespace fuzz
