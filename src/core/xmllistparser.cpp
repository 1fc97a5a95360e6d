// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers.h"
#include "parserutil.h"

#include <QCoreApplication>
#include <QVarLengthArray>
#include <QXmlStreamReader>

#include <cstring>
#include <limits>
#include <type_traits>

namespace cc {

namespace {

using parserutil::parseInteger;

constexpr qint64 kIntMax = std::numeric_limits<int>::max();
constexpr qint64 kIntMin = std::numeric_limits<int>::min();
constexpr qint64 kI64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kI64Min = std::numeric_limits<qint64>::min();

/// A strict reader for the XML subset FreeSWITCH's xml_list uses, with the QXmlStreamReader
/// calls XmlListReader makes. It works on the whole document decoded once (ASCII only, so
/// Latin-1 decoding is exact) and hands out views into it, with no allocation per token; the
/// general reader spends ~85 % of the parse in its tokenizer (docs/performance.md). Anything
/// outside the subset is an error here, and parseXmlList() then parses the original bytes with
/// QXmlStreamReader, which also produces every error the user sees. The subset: optional
/// `<?xml version="1.0"?>` at offset 0; ASCII names [A-Za-z_][A-Za-z0-9_.-]*; attributes
/// `name="value"` (distinct names; values without '<', '&', tab, newline); text without '&',
/// "]]>" or control characters; no comments, PIs, CDATA or DTD; no byte >= 0x80 and no CR.
class StrictXmlReader final
{
public:
    using TokenType = QXmlStreamReader::TokenType;

    struct Attribute
    {
        QStringView m_name;
        QStringView m_value;
        QStringView name() const { return m_name; }
        QStringView value() const { return m_value; }
    };
    struct Attributes : QVarLengthArray<Attribute, 24>
    {
        QStringView value(QLatin1String name) const
        {
            for (const Attribute &a : *this)
                if (a.m_name == name)
                    return a.m_value;
            return {};
        }
    };

    explicit StrictXmlReader(const QByteArray &data)
    {
        for (const char c : data) {
            const auto u = uchar(c);
            if (u >= 0x80 || (u < 0x20 && c != '\n' && c != '\t')) {
                m_error = true;
                return;
            }
        }
        m_doc = QString::fromLatin1(data);
        m_p = m_doc.constData();
        m_end = m_p + m_doc.size();
        static constexpr char16_t kDecl[] = u"<?xml version=\"1.0\"?>";
        const QStringView decl(kDecl);
        if (QStringView(m_p, m_end).startsWith(decl)) {
            m_p += decl.size();
            m_token = QXmlStreamReader::StartDocument;
        }
    }

    bool atEnd() const { return m_error || m_token == QXmlStreamReader::EndDocument; }
    bool hasError() const { return m_error; }
    QXmlStreamReader::Error error() const
    {
        return m_error ? QXmlStreamReader::NotWellFormedError : QXmlStreamReader::NoError;
    }
    QString errorString() const { return m_customError; }
    void raiseError(const QString &message)
    {
        m_error = true;
        m_customError = message;
    }
    qint64 lineNumber() const { return 0; }
    qint64 columnNumber() const { return 0; }
    bool isStartElement() const { return m_token == QXmlStreamReader::StartElement; }
    QStringView name() const { return m_name; }
    QStringView text() const { return m_text; }
    const Attributes &attributes() const { return m_attributes; }

    TokenType readNext()
    {
        if (m_error)
            return m_token = QXmlStreamReader::Invalid;
        if (m_pendingEnd) { // <x/> is a start and an end element
            m_pendingEnd = false;
            m_name = m_stack.back();
            m_stack.removeLast();
            return m_token = QXmlStreamReader::EndElement;
        }
        if (m_p == m_end)
            return finish();
        if (*m_p != u'<')
            return readText();
        if (m_p + 1 < m_end && m_p[1] == u'/')
            return readEndTag();
        return readStartTag();
    }

    bool readNextStartElement()
    {
        while (readNext() != QXmlStreamReader::Invalid) {
            if (m_token == QXmlStreamReader::EndElement || m_token == QXmlStreamReader::EndDocument)
                return false;
            if (m_token == QXmlStreamReader::StartElement)
                return true;
        }
        return false;
    }

    void skipCurrentElement()
    {
        int depth = 1;
        while (depth && readNext() != QXmlStreamReader::Invalid) {
            if (m_token == QXmlStreamReader::EndElement)
                --depth;
            else if (m_token == QXmlStreamReader::StartElement)
                ++depth;
        }
    }

private:
    TokenType fail()
    {
        m_error = true;
        return m_token = QXmlStreamReader::Invalid;
    }

    static bool isSpace(QChar c) { return c == u' ' || c == u'\n' || c == u'\t'; }
    static bool isNameStart(QChar c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    }
    static bool isNameChar(QChar c)
    {
        return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
    }

    QStringView readName()
    {
        const QChar *start = m_p;
        if (m_p == m_end || !isNameStart(*m_p))
            return {};
        while (m_p < m_end && isNameChar(*m_p))
            ++m_p;
        return QStringView(start, m_p);
    }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    TokenType finish()
    {
        if (!m_stack.isEmpty() || !m_sawRoot)
            return fail();
        return m_token = QXmlStreamReader::EndDocument;
    }

    TokenType readText()
    {
        const QChar *start = m_p;
        while (m_p < m_end && *m_p != u'<') {
            if (*m_p == u'&' || (*m_p == u'>' && m_p - start >= 2 && m_p[-1] == u']' && m_p[-2] == u']'))
                return fail();
            ++m_p;
        }
        m_text = QStringView(start, m_p);
        if (m_stack.isEmpty()) { // outside the root only whitespace is allowed
            for (QChar c : m_text)
                if (!isSpace(c))
                    return fail();
            return m_p == m_end ? finish() : readNext();
        }
        return m_token = QXmlStreamReader::Characters;
    }

    TokenType readStartTag()
    {
        ++m_p; // '<'
        if (m_stack.isEmpty() && m_sawRoot)
            return fail(); // a second root
        const QStringView name = readName();
        if (name.isEmpty())
            return fail(); // also "<!", "<?"
        m_attributes.clear();
        for (;;) {
            const bool spaced = m_p < m_end && isSpace(*m_p);
            skipSpace();
            if (m_p == m_end)
                return fail();
            if (*m_p == u'>') {
                ++m_p;
                break;
            }
            if (*m_p == u'/') {
                if (m_p + 1 == m_end || m_p[1] != u'>')
                    return fail();
                m_p += 2;
                m_pendingEnd = true;
                break;
            }
            if (!spaced)
                return fail();
            const QStringView attribute = readName();
            if (attribute.isEmpty() || m_end - m_p < 2 || m_p[0] != u'=' || m_p[1] != u'"')
                return fail();
            m_p += 2;
            const QChar *value = m_p;
            while (m_p < m_end && *m_p != u'"') {
                if (*m_p == u'<' || *m_p == u'&' || *m_p == u'\n' || *m_p == u'\t')
                    return fail();
                ++m_p;
            }
            if (m_p == m_end)
                return fail();
            for (const Attribute &a : std::as_const(m_attributes))
                if (a.m_name == attribute)
                    return fail(); // duplicate attribute
            m_attributes.append({attribute, QStringView(value, m_p)});
            ++m_p; // '"'
        }
        m_sawRoot = true;
        m_name = name;
        m_stack.append(name);
        return m_token = QXmlStreamReader::StartElement;
    }

    TokenType readEndTag()
    {
        m_p += 2; // "</"
        const QStringView name = readName();
        skipSpace();
        if (name.isEmpty() || m_p == m_end || *m_p != u'>' || m_stack.isEmpty() || m_stack.last() != name)
            return fail();
        ++m_p;
        m_stack.removeLast();
        m_name = name;
        return m_token = QXmlStreamReader::EndElement;
    }

    QString m_doc;
    const QChar *m_p = nullptr;
    const QChar *m_end = nullptr;
    TokenType m_token = QXmlStreamReader::NoToken;
    QStringView m_name;
    QStringView m_text;
    Attributes m_attributes;
    QVarLengthArray<QStringView, 16> m_stack;
    QString m_customError;
    bool m_error = false;
    bool m_pendingEnd = false;
    bool m_sawRoot = false;
};

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

    bool attributeInt(QStringView name, QStringView value, qint64 min, qint64 max, qint64 &out)
    {
        const auto parsed = parseInteger(value, min, max);
        if (!parsed) {
            fail(QCoreApplication::translate("cc::Parsers",
                                             "The conference attribute %1=\"%2\" is not a valid number.")
                     .arg(name, parserutil::snippet(value, 40)));
            return false;
        }
        out = *parsed;
        return true;
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
        const auto parsed = parseInteger(value, min, max);
        if (!parsed) {
            fail(QCoreApplication::translate("cc::Parsers",
                                             "The member field <%1> has the invalid value \"%2\".")
                     .arg(field, parserutil::snippet(value, 40)));
            return false;
        }
        out = *parsed;
        return true;
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

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/// Whether the '>' at `gt` closes a start tag `<name ...>` (not `</x>`, `<x/>`, `<!..>`, `<?..?>`).
bool closesStartTag(const char *begin, const char *gt)
{
    if (gt > begin && gt[-1] == '/')
        return false;
    for (const char *p = gt; p > begin;) {
        --p;
        if (*p == '<')
            return p + 1 < gt && p[1] != '/' && p[1] != '!' && p[1] != '?';
    }
    return false;
}

/// FreeSWITCH indents xml_list (freeswitch-conference.md §4.4): a quarter of the bytes are
/// whitespace between tags, and QXmlStreamReader spends about 15 % of the parse on those text
/// nodes. Dropping each run of whitespace that contains a newline and sits between '>' and '<'
/// never changes what XmlListReader reads: containers skip their text, member values are
/// URL-encoded (§4.2, no raw whitespace), and an element whose whole content is such a run
/// (`<record_path>\n  </record_path>`) is left intact. CDATA would be changed, so a document
/// with CDATA is not touched. Returns an empty array when nothing was dropped.
QByteArray compactIndentation(QByteArrayView text)
{
    if (text.contains("<![CDATA["))
        return {};
    QByteArray out(text.size(), Qt::Uninitialized);
    char *o = out.data();
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    const char *p = begin;
    while (p < end) {
        const auto *gt = static_cast<const char *>(std::memchr(p, '>', size_t(end - p)));
        if (!gt)
            gt = end - 1;
        std::memcpy(o, p, size_t(gt + 1 - p));
        o += gt + 1 - p;
        p = gt + 1;
        const char *q = p;
        bool newline = false;
        while (q < end && isXmlSpace(*q)) {
            newline = newline || *q == '\n';
            ++q;
        }
        if (newline && q < end && *q == '<' && !(q + 1 < end && q[1] == '/' && closesStartTag(begin, gt)))
            p = q;
    }
    if (o - out.data() == text.size())
        return {};
    out.truncate(o - out.data());
    return out;
}

} // namespace

Parsed<QList<ConferenceSnapshot>> parseXmlList(QByteArrayView freeswitchOutput)
{
    const QByteArrayView text = parserutil::trimmedView(freeswitchOutput);
    Parsed<QList<ConferenceSnapshot>> result;
    if (text.isEmpty()) {
        result.error =
            ParseError{QCoreApplication::translate(
                           "cc::Parsers", "FreeSWITCH sent an empty reply instead of the conference list."),
                       1, 1};
        return result;
    }
    // "-ERR Conference x not found" and friends are plain text, not XML (§4.1).
    if (text.startsWith("-ERR") || text.front() != '<') {
        result.error =
            ParseError{QCoreApplication::translate(
                           "cc::Parsers", "FreeSWITCH answered \"%1\" instead of the conference list.")
                           .arg(parserutil::snippet(text)),
                       1, 1};
        return result;
    }
    // Fast path on the compacted bytes; any error is reported from the original bytes below,
    // so messages and line/column positions are those of the text FreeSWITCH sent.
    const QByteArray compact = compactIndentation(text);
    const QByteArray raw = QByteArray::fromRawData(text.data(), text.size()); // no copy
    {
        XmlListReader<StrictXmlReader> strict(compact.isEmpty() ? raw : compact);
        result = strict.run();
        if (result.ok())
            return result;
    }
    if (!compact.isEmpty()) {
        XmlListReader<QXmlStreamReader> fast(compact);
        result = fast.run();
        if (result.ok())
            return result;
    }
    XmlListReader<QXmlStreamReader> reader(raw);
    result = reader.run();
    if (result.error && result.error->line > 0) {
        // Report positions in the caller's text, not in the trimmed view.
        const QByteArrayView skipped = freeswitchOutput.first(text.data() - freeswitchOutput.data());
        result.error->line += skipped.count('\n');
    }
    return result;
}

} // namespace cc
