// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// XmlListReader: the xml_list document structure and the decoding of its fields, shared by
// both XML readers (freeswitch-conference.md §4.3).
#include "core/parsers/xmllistreader.h"

#include "core/parsers/parserutil.h"
#include "core/parsers/xmllistfastreader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <limits>
#include <type_traits>

namespace cc::xmllist {

namespace {

using parserutil::parseInteger;

constexpr qint64 kIntMax = std::numeric_limits<int>::max();
constexpr qint64 kIntMin = std::numeric_limits<int>::min();
constexpr qint64 kI64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kI64Min = std::numeric_limits<qint64>::min();

/// One pass over FreeSWITCH `xml_list` output (freeswitch-conference.md §4.3). Elements are
/// matched by name, unknown ones skipped; our own errors go through raiseError() so every loop
/// ends the same way and the position is the reader's.
template <class Reader> class XmlListReader final
{
public:
    explicit XmlListReader(const QByteArray &data)
        : m_reader(data)
    {
        if constexpr (std::is_same_v<Reader, QXmlStreamReader>)
            m_reader.setNamespaceProcessing(false);
    }

    Parsed<QList<ConferenceSnapshot>> run()
    {
        Parsed<QList<ConferenceSnapshot>> result;
        readDocument(result.value);
        if (m_reader.hasError()) {
            ParseError error;
            error.line = m_reader.lineNumber();
            error.column = m_reader.columnNumber();
            if (m_reader.error() == QXmlStreamReader::CustomError)
                error.message = m_reader.errorString();
            else
                error.message =
                    QCoreApplication::translate("cc::Parsers",
                                                "The conference list from FreeSWITCH is not valid XML: %1.")
                        .arg(m_reader.errorString());
            result.error = error;
            result.value.clear();
        }
        return result;
    }

private:
    void fail(const QString &message)
    {
        if (!m_reader.hasError())
            m_reader.raiseError(message);
    }

    void readDocument(QList<ConferenceSnapshot> &out)
    {
        // Prolog: refuse DTDs outright — FreeSWITCH never writes one, and this keeps entity
        // declarations (billion laughs, external entities) from ever being looked at.
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::DTD) {
                fail(QCoreApplication::translate(
                    "cc::Parsers",
                    "The conference list contains a document type declaration, which FreeSWITCH "
                    "never sends; it was not processed."));
                return;
            }
            if (token == QXmlStreamReader::StartElement)
                break;
        }
        if (m_reader.hasError())
            return;
        if (!m_reader.isStartElement()) {
            fail(QCoreApplication::translate("cc::Parsers", "The conference list from FreeSWITCH is empty."));
            return;
        }
        if (m_reader.name() != u"conferences") {
            fail(QCoreApplication::translate("cc::Parsers",
                                             "Expected <conferences> from FreeSWITCH but found <%1>.")
                     .arg(m_reader.name()));
            return;
        }
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == u"conference")
                readConference(out);
            else
                m_reader.skipCurrentElement();
        }
        // Anything after the root (a second document, garbage) is reported by the reader.
        while (!m_reader.atEnd() && !m_reader.hasError())
            m_reader.readNext();
    }

    /// `value` as an integer in [min, max]; otherwise fails with `message`, a cc::Parsers text
    /// with %1 = `what` and %2 = the value (translated only then: this is the hot path).
    bool checkedInt(QStringView value, qint64 min, qint64 max, qint64 &out, const char *message,
                    QStringView what)
    {
        const auto parsed = parseInteger(value, min, max);
        if (!parsed) {
            fail(QCoreApplication::translate("cc::Parsers", message)
                     .arg(what, parserutil::snippet(value, 40)));
            return false;
        }
        out = *parsed;
        return true;
    }

    bool attributeInt(QStringView name, QStringView value, qint64 min, qint64 max, qint64 &out)
    {
        return checkedInt(
            value, min, max, out,
            QT_TRANSLATE_NOOP("cc::Parsers", "The conference attribute %1=\"%2\" is not a valid number."),
            name);
    }

    void readConference(QList<ConferenceSnapshot> &out)
    {
        ConferenceSnapshot c;
        const auto &attributes = m_reader.attributes();
        for (const auto &a : attributes) {
            const QStringView name = a.name();
            const QStringView value = a.value();
            qint64 n = 0;
            if (name == u"name") {
                c.name = value.toString(); // entity-decoded only, never URL-encoded (§4.2)
            } else if (name == u"member-count") {
                if (!attributeInt(name, value, 0, kIntMax, n))
                    return;
                c.memberCount = int(n);
            } else if (name == u"ghost-count") {
                if (!attributeInt(name, value, 0, kIntMax, n))
                    return;
                c.ghostCount = int(n);
            } else if (name == u"rate") {
                if (!attributeInt(name, value, 0, kIntMax, n))
                    return;
                c.rate = int(n);
            } else if (name == u"uuid") {
                c.uuid = value.toString();
            } else if (name == u"run_time") {
                if (!attributeInt(name, value, 0, kI64Max, n))
                    return;
                c.runTimeSeconds = n;
            } else if (name == u"max_members") {
                if (!attributeInt(name, value, 0, kIntMax, n))
                    return;
                c.maxMembers = int(n);
            } else if (name == u"endconference_grace_time") {
                if (!attributeInt(name, value, 0, kIntMax, n))
                    return;
                c.endConferenceGraceTime = int(n);
            } else if (bool *flag = conferenceFlag(c, name)) {
                *flag = value == u"true"; // written only when true (§4.3)
            }
        }
        while (m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            if (name == u"variables")
                readVariables(c);
            else if (name == u"members")
                readMembers(c);
            else
                m_reader.skipCurrentElement();
        }
        if (!m_reader.hasError())
            out.append(std::move(c));
    }

    static bool *conferenceFlag(ConferenceSnapshot &c, QStringView name)
    {
        if (name == u"locked")
            return &c.locked;
        if (name == u"destruct")
            return &c.destruct;
        if (name == u"wait_mod")
            return &c.waitMod;
        if (name == u"audio_always")
            return &c.audioAlways;
        if (name == u"running")
            return &c.running;
        if (name == u"answered")
            return &c.answered;
        if (name == u"enforce_min")
            return &c.enforceMin;
        if (name == u"bridge_to")
            return &c.bridgeTo;
        if (name == u"dynamic")
            return &c.dynamic;
        if (name == u"exit_sound")
            return &c.exitSound;
        if (name == u"enter_sound")
            return &c.enterSound;
        if (name == u"recording")
            return &c.recording;
        if (name == u"video_floor_only")
            return &c.videoFloorOnly;
        if (name == u"video_rfc4579")
            return &c.videoRfc4579;
        return nullptr;
    }

    void readVariables(ConferenceSnapshot &c)
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == u"variable") {
                const auto &attributes = m_reader.attributes();
                c.variables.append({attributes.value(QLatin1String("name")).toString(),
                                    attributes.value(QLatin1String("value")).toString()});
            }
            m_reader.skipCurrentElement();
        }
    }

    void readMembers(ConferenceSnapshot &c)
    {
        // Bounded: the count comes from the document and must not drive a huge allocation.
        c.members.reserve(std::min(c.memberCount + c.ghostCount, 20000));
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == u"member")
                readMember(c);
            else
                m_reader.skipCurrentElement();
        }
    }

    /// Reads the text of the current element into m_text; child elements are an error.
    bool readText()
    {
        m_text.resize(0); // keeps the capacity: no allocation per field
        for (;;) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::Characters:
                m_text.append(m_reader.text());
                break;
            case QXmlStreamReader::EndElement:
                return true;
            case QXmlStreamReader::StartElement:
                fail(QCoreApplication::translate(
                         "cc::Parsers",
                         "Unexpected element <%1> where the conference list should have a value.")
                         .arg(m_reader.name()));
                return false;
            case QXmlStreamReader::Invalid:
            case QXmlStreamReader::EndDocument:
                return false;
            default: // comments, processing instructions
                break;
            }
        }
    }

    bool readInt(QStringView field, qint64 min, qint64 max, qint64 &out)
    {
        if (!readText())
            return false;
        // Member values are URL-encoded (§4.2); numbers never need it, but decode if present.
        const QString decoded = m_text.contains(u'%') ? fsUrlDecode(QStringView(m_text)) : QString();
        const QStringView value = decoded.isNull() ? QStringView(m_text) : QStringView(decoded);
        return checkedInt(
            value, min, max, out,
            QT_TRANSLATE_NOOP("cc::Parsers", "The member field <%1> has the invalid value \"%2\"."), field);
    }

    bool readString(QString &out)
    {
        if (!readText())
            return false;
        out = fsUrlDecode(QStringView(m_text));
        return true;
    }

    struct FlagField
    {
        QStringView name;
        bool Participant::*flag;
    };
    // <flags> children (freeswitch-conference.md §4.3), in document order.
    static constexpr FlagField kFlags[] = {
        {u"can_hear", &Participant::canHear},
        {u"can_see", &Participant::canSee},
        {u"can_speak", &Participant::canSpeak},
        {u"mute_detect", &Participant::muteDetect},
        {u"talking", &Participant::talking},
        {u"hold", &Participant::hold},
        {u"has_video", &Participant::hasVideo},
        {u"video_bridge", &Participant::videoBridge},
        {u"has_floor", &Participant::hasFloor},
        {u"is_moderator", &Participant::isModerator},
        {u"end_conference", &Participant::endConference},
        {u"mandatory_member_end_conference", &Participant::mandatoryMemberEndConference},
        {u"is_ghost", &Participant::isGhost},
    };

    bool readFlags(Participant &p)
    {
        while (m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            const FlagField *field = nullptr;
            for (const FlagField &f : kFlags) {
                if (f.name == name) {
                    field = &f;
                    break;
                }
            }
            if (!field) {
                m_reader.skipCurrentElement();
                continue;
            }
            if (!readText())
                return false;
            if (m_text == u"true") {
                p.*(field->flag) = true;
            } else if (m_text == u"false") {
                p.*(field->flag) = false;
            } else {
                fail(QCoreApplication::translate("cc::Parsers",
                                                 "The member flag <%1> has the invalid value \"%2\".")
                         .arg(field->name, parserutil::snippet(QStringView(m_text), 40)));
                return false;
            }
        }
        return !m_reader.hasError();
    }

    void readMember(ConferenceSnapshot &c)
    {
        enum class Type { Caller, Recording, Untyped, Other };
        const auto &attributes = m_reader.attributes();
        const QStringView typeValue = attributes.value(QLatin1String("type"));
        // No type attribute: old FreeSWITCH (~1.0), always a caller (freeswitch-conference.md §10).
        const Type type = typeValue.isEmpty()              ? Type::Untyped
                          : typeValue == u"caller"         ? Type::Caller
                          : typeValue == u"recording_node" ? Type::Recording
                                                           : Type::Other;
        const qint64 line = m_reader.lineNumber();
        const qint64 column = m_reader.columnNumber();

        Participant p;
        RecordingNode recording;
        bool haveId = false;
        bool haveRecordPath = false;
        qint64 n = 0;
        while (m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            bool ok = true;
            if (name == u"id") {
                ok = readInt(u"id", 0, std::numeric_limits<quint32>::max(), n);
                p.id = quint32(n);
                haveId = true;
            } else if (name == u"flags") {
                ok = readFlags(p);
            } else if (name == u"uuid") {
                ok = readString(p.uuid);
            } else if (name == u"caller_id_name") {
                ok = readString(p.callerIdName);
            } else if (name == u"caller_id_number") {
                ok = readString(p.callerIdNumber);
            } else if (name == u"join_time") {
                // Callers: seconds since joining; recording nodes: UNIX epoch (§4.3).
                ok = readInt(u"join_time", kI64Min, kI64Max, n);
                p.joinTimeSeconds = n;
                recording.startedEpochSeconds = n;
            } else if (name == u"last_talking") {
                if (!readText())
                    return;
                if (m_text == u"N/A") {
                    p.lastTalkingSeconds.reset();
                } else {
                    const auto parsed = parseInteger(QStringView(m_text), kI64Min, kI64Max);
                    if (!parsed) {
                        fail(QCoreApplication::translate(
                                 "cc::Parsers",
                                 "The member field <last_talking> has the invalid value \"%1\".")
                                 .arg(parserutil::snippet(QStringView(m_text), 40)));
                        return;
                    }
                    p.lastTalkingSeconds = *parsed;
                }
            } else if (name == u"energy") {
                ok = readInt(u"energy", kIntMin, kIntMax, n);
                p.energy = int(n);
            } else if (name == u"volume_in") {
                ok = readInt(u"volume_in", kIntMin, kIntMax, n);
                p.volumeIn = int(n);
            } else if (name == u"volume_out") {
                ok = readInt(u"volume_out", kIntMin, kIntMax, n);
                p.volumeOut = int(n);
            } else if (name == u"record_path") {
                recording.paused = m_reader.attributes().value(QLatin1String("status")) == u"paused";
                ok = readText();
                recording.path = m_text; // entity-decoded only, never URL-decoded (§4.2)
                haveRecordPath = true;
            } else {
                // output-volume, input-volume, auto-adjusted-input-volume and future fields
                m_reader.skipCurrentElement();
            }
            if (!ok)
                return;
        }
        if (m_reader.hasError())
            return;

        if (type == Type::Recording || (type == Type::Untyped && haveRecordPath && !haveId)) {
            c.recordings.append(std::move(recording));
        } else if (type == Type::Caller || type == Type::Untyped) {
            if (!haveId) {
                m_reader.raiseError(
                    QCoreApplication::translate("cc::Parsers",
                                                "A conference member at line %1, column %2 has no <id>.")
                        .arg(line)
                        .arg(column));
                return;
            }
            c.members.append(std::move(p));
        }
        // Type::Other: a member kind this console does not know; ignored.
    }

    Reader m_reader;
    QString m_text;
};

} // namespace

Parsed<QList<ConferenceSnapshot>> readStrict(const QByteArray &document)
{
    return XmlListReader<StrictXmlReader>(document).run();
}

Parsed<QList<ConferenceSnapshot>> readStream(const QByteArray &document)
{
    return XmlListReader<QXmlStreamReader>(document).run();
}

} // namespace cc::xmllist
