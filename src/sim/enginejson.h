// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>
#include <utility>

namespace sim::engine {

/// Streams JSON the way FreeSWITCH's bundled cJSON prints it (cJSON_Print: tab indentation,
/// "key":<TAB>value, arrays inline with ", "; cJSON_PrintUnformatted: no whitespace), so
/// `json_list` (freeswitch-conference.md §6) can be produced without building a tree.
class JsonWriter final
{
public:
    explicit JsonWriter(bool formatted);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QByteArrayView name);
    void string(QByteArrayView utf8);
    void number(qint64 value);
    void boolean(bool value);

    /// One "name": value member per pair, in order (key() then the value).
    void strings(std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> fields);
    void numbers(std::initializer_list<std::pair<QByteArrayView, qint64>> fields);
    void booleans(std::initializer_list<std::pair<QByteArrayView, bool>> fields);

    const QByteArray &data() const { return m_out; }

private:
    struct Level
    {
        bool object = false;
        int entries = 0;
        int depth = 0; ///< cJSON's depth of this container
    };
    void beforeValue();
    void writeString(QByteArrayView utf8);
    void tabs(int n);

    QByteArray m_out;
    bool m_formatted;
    Level m_stack[16];
    int m_level = -1;
    bool m_afterKey = false;
};

} // namespace sim::engine
