// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginejson.h"

namespace sim::engine {

JsonWriter::JsonWriter(bool formatted)
    : m_formatted(formatted)
{}

void JsonWriter::tabs(int n)
{
    for (int i = 0; i < n; ++i)
        m_out += '\t';
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_level < 0)
        return;
    Level &l = m_stack[m_level];
    if (l.entries++ > 0)
        m_out += m_formatted ? QByteArrayView(", ") : QByteArrayView(","); // array separator
}

void JsonWriter::beginObject()
{
    // print_value passes depth+1 to array elements; print_object increments its depth first
    int depth = 1;
    if (m_level >= 0)
        depth = m_stack[m_level].object ? m_stack[m_level].depth + 1 : m_stack[m_level].depth + 2;
    beforeValue();
    m_out += '{';
    m_stack[++m_level] = Level{true, 0, depth};
}

void JsonWriter::endObject()
{
    const Level l = m_stack[m_level--];
    if (m_formatted) {
        m_out += '\n';
        tabs(l.depth - 1);
    }
    m_out += '}';
}

void JsonWriter::beginArray()
{
    int depth = 0;
    if (m_level >= 0)
        depth = m_stack[m_level].object ? m_stack[m_level].depth : m_stack[m_level].depth + 1;
    beforeValue();
    m_out += '[';
    m_stack[++m_level] = Level{false, 0, depth};
}

void JsonWriter::endArray()
{
    --m_level;
    m_out += ']';
}

void JsonWriter::key(QByteArrayView name)
{
    Level &l = m_stack[m_level];
    if (l.entries++ > 0)
        m_out += ',';
    if (m_formatted) {
        m_out += '\n';
        tabs(l.depth);
    }
    writeString(name);
    m_out += m_formatted ? QByteArrayView(":\t") : QByteArrayView(":");
    m_afterKey = true;
}

void JsonWriter::string(QByteArrayView utf8)
{
    beforeValue();
    writeString(utf8);
}

void JsonWriter::writeString(QByteArrayView utf8)
{
    m_out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (c < 32) {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[c >> 4];
                m_out += hex[c & 15];
            } else {
                m_out += ch; // UTF-8 passes through unescaped
            }
        }
    }
    m_out += '"';
}

void JsonWriter::number(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::strings(std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> fields)
{
    for (const auto &[name, value] : fields) {
        key(name);
        string(value);
    }
}

void JsonWriter::numbers(std::initializer_list<std::pair<QByteArrayView, qint64>> fields)
{
    for (const auto &[name, value] : fields) {
        key(name);
        number(value);
    }
}

void JsonWriter::booleans(std::initializer_list<std::pair<QByteArrayView, bool>> fields)
{
    for (const auto &[name, value] : fields) {
        key(name);
        boolean(value);
    }
}

} // namespace sim::engine
