// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// StrictXmlReader: parseXmlList()'s fast tokenizer for the XML subset FreeSWITCH writes.
// Internal to xmllistreader.cpp; header-only so its calls inline into the reader loop.
#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <QXmlStreamReader>

namespace cc::xmllist {

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

} // namespace cc::xmllist
