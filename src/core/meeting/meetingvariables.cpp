// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/meeting/meetingvariables.h"

#include <QStringList>

namespace cc::meetingvar {

std::optional<QString> value(const ConferenceSnapshot &snapshot, QLatin1StringView name)
{
    for (const ConferenceVariable &v : snapshot.variables) {
        if (v.name == name)
            return v.value;
    }
    return std::nullopt;
}

QList<quint32> parseIds(const QString &text)
{
    QList<quint32> ids;
    const auto parts = QStringView(text).split(u',', Qt::SkipEmptyParts);
    for (QStringView part : parts) {
        bool ok = false;
        const uint id = part.trimmed().toUInt(&ok);
        if (ok && id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

QString joinIds(const QList<quint32> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (quint32 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace cc::meetingvar
