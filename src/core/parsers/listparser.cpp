// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/parsers.h"
#include "core/parsers/parserutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace cc {

namespace {

void applyConferenceFlag(ConferenceSnapshot &c, QStringView flag)
{
    // Header flags string (freeswitch-conference.md §5.2); video-only flags are ignored.
    if (flag == u"locked")
        c.locked = true;
    else if (flag == u"destruct")
        c.destruct = true;
    else if (flag == u"wait_mod")
        c.waitMod = true;
    else if (flag == u"audio_always")
        c.audioAlways = true;
    else if (flag == u"running")
        c.running = true;
    else if (flag == u"answered")
        c.answered = true;
    else if (flag == u"enforce_min")
        c.enforceMin = true;
    else if (flag == u"bridge_to")
        c.bridgeTo = true;
    else if (flag == u"dynamic")
        c.dynamic = true;
    else if (flag == u"exit_sound")
        c.exitSound = true;
    else if (flag == u"enter_sound")
        c.enterSound = true;
    else if (flag == u"recording")
        c.recording = true;
    else if (flag == u"video_floor_only")
        c.videoFloorOnly = true;
    else if (flag == u"video_rfc4579")
        c.videoRfc4579 = true;
}

void applyMemberFlags(Participant &p, QStringView flags)
{
    // Member flags (freeswitch-conference.md §5.3). On hold FreeSWITCH omits hear/speak/talking,
    // so they read false, exactly as xml_list reports them.
    p.canHear = false;
    p.canSpeak = false;
    p.talking = false;
    for (QStringView flag : flags.split(u'|', Qt::SkipEmptyParts)) {
        if (flag == u"hear")
            p.canHear = true;
        else if (flag == u"speak")
            p.canSpeak = true;
        else if (flag == u"talking")
            p.talking = true;
        else if (flag == u"hold")
            p.hold = true;
        else if (flag == u"video")
            p.hasVideo = true;
        else if (flag == u"floor")
            p.hasFloor = true;
        else if (flag == u"vid-floor")
            p.hasVideoFloor = true;
        else if (flag == u"moderator")
            p.isModerator = true;
        else if (flag == u"ghost")
            p.isGhost = true;
        else if (flag.startsWith(u"res-id:"))
            p.videoResId = flag.sliced(7).toString();
        else if (flag.startsWith(u"role-id:"))
            p.videoRoleId = flag.sliced(8).toString();
    }
    p.canSee = !p.hold; // not in `list`; xml_list reports can_see false only on hold
}

std::optional<int> toInt(QStringView s)
{
    const auto v = parserutil::parseInteger(s.trimmed(), std::numeric_limits<int>::min(),
                                            std::numeric_limits<int>::max());
    if (!v)
        return std::nullopt;
    return int(*v);
}

} // namespace

Parsed<QList<ConferenceSnapshot>> parseList(QByteArrayView output, const QString &delimiter)
{
    Parsed<QList<ConferenceSnapshot>> result;
    const QString delim = delimiter.isEmpty() ? QStringLiteral(";") : delimiter;
    // `list` values are raw (no URL encoding); FreeSWITCH works in UTF-8 (§5.3).
    const QString text = QString::fromUtf8(output);

    // "+OK Conference <name> (<n> member[s] rate: <r>[ locked] flags: <f>)"; pre-1.8 without "+OK ",
    // sipXconfig's regex form without flags (freeswitch-conference.md §5.2, §10).
    static const QRegularExpression header(QStringLiteral(
        R"(^(?:\+OK )?Conference (.+) \((\d+) members? rate: (\d+)( locked)?(?: flags: ([^)]*))?\)\s*$)"));

    ConferenceSnapshot headerless; // member lines before any header: per-conference form
    bool sawHeaderless = false;
    bool sawHeader = false;
    bool noConferences = false;
    qint64 lineNumber = 0;

    const auto fail = [&](const QString &message, qint64 line) {
        result.value.clear();
        result.error = ParseError{message, line, 1};
        return result;
    };

    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.trimmed() == u"+OK No active conferences." || line.trimmed() == u"No active conferences.") {
            noConferences = true;
            continue;
        }
        if (line.startsWith(u"-ERR") ||
            (line.startsWith(u"Conference ") && line.trimmed().endsWith(u"not found"))) {
            return fail(QCoreApplication::translate("cc::Parsers",
                                                    "FreeSWITCH answered \"%1\" instead of the member list.")
                            .arg(parserutil::snippet(line)),
                        lineNumber);
        }
        if (line.startsWith(u"+OK Conference ") || line.startsWith(u"Conference ")) {
            const auto m = header.match(line);
            if (!m.hasMatch())
                return fail(
                    QCoreApplication::translate(
                        "cc::Parsers", "Line %1 of the member list is not a valid conference header: \"%2\".")
                        .arg(lineNumber)
                        .arg(parserutil::snippet(line)),
                    lineNumber);
            ConferenceSnapshot c;
            c.name = m.captured(1);
            const auto count = toInt(m.capturedView(2));
            const auto rate = toInt(m.capturedView(3));
            if (!count || !rate)
                return fail(QCoreApplication::translate("cc::Parsers",
                                                        "Line %1 of the member list has an invalid number.")
                                .arg(lineNumber),
                            lineNumber);
            c.memberCount = *count;
            c.rate = *rate;
            c.locked = m.capturedLength(4) > 0;
            for (QStringView flag : m.capturedView(5).split(u'|', Qt::SkipEmptyParts)) {
                if (flag != u"none")
                    applyConferenceFlag(c, flag);
            }
            result.value.append(std::move(c));
            sawHeader = true;
            continue;
        }

        // Member line: <id>D<channel>D<uuid>D<name>D<number>D<flags>D<vol_in>D<vol_out>D<energy>,
        // pre-1.8: ...D<flags>D<vol_in>D<agc>D<vol_out>D<energy> (§5.3, §10).
        const QList<QStringView> f = line.split(delim);
        if (f.size() < 9)
            return fail(QCoreApplication::translate("cc::Parsers",
                                                    "Line %1 of the member list is not understood: \"%2\".")
                            .arg(lineNumber)
                            .arg(parserutil::snippet(line)),
                        lineNumber);
        // The flags field is never a number (it may be empty), so a number in the 4th field from
        // the end means the four-number form.
        const bool fourNumbers = f.size() >= 10 && toInt(f.at(f.size() - 4)).has_value();
        const qsizetype numbers = fourNumbers ? 4 : 3;
        const qsizetype flagsIndex = f.size() - numbers - 1;
        const auto id = parserutil::parseInteger(f.at(0).trimmed(), 1, std::numeric_limits<quint32>::max());
        const auto volIn = toInt(f.at(flagsIndex + 1));
        const auto volOut = toInt(f.at(f.size() - 2));
        const auto energy = toInt(f.at(f.size() - 1));
        if (!id || !volIn || !volOut || !energy || (fourNumbers && !toInt(f.at(f.size() - 3))))
            return fail(QCoreApplication::translate(
                            "cc::Parsers", "Line %1 of the member list has an invalid number: \"%2\".")
                            .arg(lineNumber)
                            .arg(parserutil::snippet(line)),
                        lineNumber);
        Participant p;
        p.id = quint32(*id);
        p.channelName = f.at(1).toString();
        p.uuid = f.at(2).toString();
        // Name and number sit between uuid and flags; a delimiter inside the name (raw values)
        // leaves extra fields, which belong to the name — numbers do not contain delimiters.
        const qsizetype nameFirst = 3;
        const qsizetype numberIndex = flagsIndex - 1;
        QStringList nameParts;
        for (qsizetype i = nameFirst; i < numberIndex; ++i)
            nameParts.append(f.at(i).toString());
        p.callerIdName = nameParts.join(delim);
        p.callerIdNumber = f.at(numberIndex).toString();
        applyMemberFlags(p, f.at(flagsIndex));
        p.volumeIn = *volIn;
        p.volumeOut = *volOut;
        p.energy = *energy;

        if (sawHeader) {
            result.value.last().members.append(std::move(p));
        } else {
            headerless.members.append(std::move(p));
            sawHeaderless = true;
        }
    }

    if (sawHeaderless || (!sawHeader && !noConferences)) {
        // `conference <name> list`: no header; an empty output is a conference nobody is listed in.
        headerless.memberCount = int(headerless.members.size());
        result.value.prepend(std::move(headerless));
    }
    return result;
}

} // namespace cc
