// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "core/model/participantcolumns.h"
#include "core/textwidth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace confctl::output {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("confctl", text);
}

/// Left-aligned columns separated by two spaces; numeric columns right-aligned.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    // Widths in terminal columns, not characters: 王芳 takes four, "é" written e + U+0301 one.
    QList<int> widths;
    for (const QString &h : headers)
        widths << cc::displayWidth(h);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cc::displayWidth(row.at(i)));
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            QString cell = rightAligned.value(i) ? cc::padToWidth(cells.at(i), widths[i], true)
                           : last                ? cells.at(i)
                                                 : cc::padToWidth(cells.at(i), widths[i]);
            out += cell;
            if (!last)
                out += u"  "_s;
        }
        return out + u'\n';
    };
    QString out = line(headers);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

/// Caller-ID text comes from strangers' phones: never let it move the terminal cursor.
QString printable(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += (c.category() == QChar::Other_Control) ? QChar(0xFFFD) : c;
    return out;
}

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

} // namespace

QString duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    return u"%1:%2"_s.arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QStringList memberFlags(const cc::MemberCell &cell)
{
    // The glyph columns' short words ("talking", "muted", "mod", …), as the table reads without icons.
    QStringList flags;
    for (const cc::ParticipantColumn &column : cc::participantColumns()) {
        if (column.isGlyph()) {
            const QString word = column.display(cell);
            if (!word.isEmpty())
                flags << word;
        }
    }
    return flags;
}

QString conferencesTable(const QList<cc::ConferenceInfo> &conferences)
{
    if (conferences.isEmpty())
        return tr("You own no conferences.") + u'\n';
    QList<QStringList> rows;
    for (const auto &c : conferences)
        rows << QStringList{printable(c.name), printable(c.extension), yesNo(c.enabled),
                            printable(c.description)};
    return table({tr("NAME"), tr("EXTENSION"), tr("ENABLED"), tr("DESCRIPTION")}, rows, {});
}

QJsonObject conferencesJson(const QList<cc::ConferenceInfo> &conferences)
{
    QJsonArray list;
    for (const auto &c : conferences) {
        // The access code (participant PIN) is left out on purpose: output ends up in logs.
        list.append(QJsonObject{{u"name"_s, c.name},
                                {u"extension"_s, c.extension},
                                {u"enabled"_s, c.enabled},
                                {u"description"_s, c.description}});
    }
    return QJsonObject{{u"conferences"_s, list}};
}

QString snapshotTable(const cc::ConferenceSnapshot &s)
{
    const bool recording = s.recording || !s.recordings.isEmpty();
    QString out;
    out += tr("Conference: %1").arg(printable(s.name)) + u'\n';
    out += tr("Members:    %1").arg(s.memberCount) + u'\n';
    out += tr("Locked:     %1").arg(yesNo(s.locked)) + u'\n';
    out += tr("Recording:  %1").arg(yesNo(recording)) + u'\n';
    out += tr("Running:    %1").arg(duration(s.runTimeSeconds)) + u'\n';
    out += u'\n';
    if (s.members.isEmpty())
        return out + tr("Nobody is in the conference.") + u'\n';
    // The member table has the participant table's columns (core/model/participantcolumns.cpp):
    // those with a column of their own here, then the glyph columns' words under FLAGS.
    QStringList headers;
    QList<bool> rightAligned;
    for (const cc::ParticipantColumn &column : cc::participantColumns()) {
        if (column.ownTerminalColumn) {
            headers << column.headerText().toUpper();
            rightAligned << bool(column.alignment & Qt::AlignRight);
        }
    }
    headers << tr("FLAGS");
    rightAligned << false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QStringList> rows;
    for (const auto &m : s.members) {
        const cc::MemberCell cell = cc::MemberCell::fromDurations(m, now);
        QStringList row;
        for (const cc::ParticipantColumn &column : cc::participantColumns()) {
            if (column.ownTerminalColumn)
                row << printable(column.display(cell));
        }
        row << memberFlags(cell).join(u',');
        rows << row;
    }
    return out + table(headers, rows, rightAligned);
}

QJsonObject snapshotJson(const cc::ConferenceSnapshot &s)
{
    QJsonArray members;
    for (const auto &m : s.members) {
        QJsonObject o{{u"id"_s, qint64(m.id)},         {u"uuid"_s, m.uuid},
                      {u"name"_s, m.callerIdName},     {u"number"_s, m.callerIdNumber},
                      {u"talking"_s, m.talking},       {u"floor"_s, m.hasFloor},
                      {u"muted"_s, m.muted()},         {u"deaf"_s, m.deaf()},
                      {u"moderator"_s, m.isModerator}, {u"hold"_s, m.hold},
                      {u"energy"_s, m.energy},         {u"volumeIn"_s, m.volumeIn},
                      {u"volumeOut"_s, m.volumeOut},   {u"joinedSeconds"_s, m.joinTimeSeconds}};
        o.insert(u"lastTalkingSeconds"_s,
                 m.lastTalkingSeconds ? QJsonValue(*m.lastTalkingSeconds) : QJsonValue());
        members.append(o);
    }
    QJsonArray recordings;
    for (const auto &r : s.recordings)
        recordings.append(QJsonObject{{u"path"_s, r.path}, {u"paused"_s, r.paused}});
    return QJsonObject{{u"name"_s, s.name},
                       {u"memberCount"_s, s.memberCount},
                       {u"locked"_s, s.locked},
                       {u"recording"_s, s.recording || !s.recordings.isEmpty()},
                       {u"runTimeSeconds"_s, s.runTimeSeconds},
                       {u"members"_s, members},
                       {u"recordings"_s, recordings}};
}

QString kindName(cc::ResponseKind kind)
{
    switch (kind) {
    case cc::ResponseKind::Success:
        return u"success"_s;
    case cc::ResponseKind::FreeSwitchError:
        return u"freeswitch-error"_s;
    case cc::ResponseKind::BackendFailure:
        return u"backend-failure"_s;
    case cc::ResponseKind::HttpError:
        return u"http-error"_s;
    case cc::ResponseKind::TransportFailure:
        return u"transport-failure"_s;
    }
    return {};
}

} // namespace confctl::output
