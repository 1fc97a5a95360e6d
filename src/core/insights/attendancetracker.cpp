// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/insights/attendancetracker.h"

#include "core/model/participantmodel.h" // formatDuration()

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace cc {

namespace {

qint64 openTalkMs(const AttendanceRecord &r, qint64 now)
{
    if (!r.spans.isEmpty() && !r.spans.constLast().endMs)
        return std::max<qint64>(0, now - r.spans.constLast().startMs);
    return 0;
}

qint64 talkNow(const AttendanceRecord &r, qint64 now)
{
    return r.talkMs + openTalkMs(r, now);
}

qint64 mutedNow(const AttendanceRecord &r, qint64 now)
{
    return r.mutedMs + (r.mutedSinceMs ? std::max<qint64>(0, now - *r.mutedSinceMs) : 0);
}

qint64 presentMs(const AttendanceRecord &r, qint64 now)
{
    return std::max<qint64>(0, r.leftAtMs.value_or(now) - r.joinedAtMs);
}

qint64 roundedSeconds(qint64 ms)
{
    return (ms + 500) / 1000;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// Text and HTML are read by people: local time. The CSV keeps UTC for machines.
QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString localDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// OWASP "CSV injection": a spreadsheet runs a cell starting with = + - @ (or tab / CR) as a
// formula. A leading apostrophe makes it text. Phone numbers such as "+4930555019" get it too:
// that is the documented safe practice, and spreadsheets do not display the apostrophe.
QString csvField(QString field)
{
    if (!field.isEmpty()) {
        const QChar c = field.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            field.prepend(u'\'');
    }
    // RFC 4180 §2: fields with a comma, quote or line break are quoted, quotes doubled.
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n')) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field;
}

} // namespace

AttendanceTracker::AttendanceTracker(const QString &conference, QObject *parent)
    : QObject(parent)
    , m_conference(conference)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

AttendanceTracker::~AttendanceTracker() = default;

void AttendanceTracker::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

void AttendanceTracker::setRetentionMs(qint64 ms)
{
    m_retentionMs = std::max<qint64>(0, ms);
    if (pruneSpans(now()))
        emit changed();
}

qint64 AttendanceTracker::now() const
{
    return m_clock();
}

bool AttendanceTracker::closeOpenStretches(AttendanceRecord &r, qint64 at)
{
    bool closed = false;
    if (!r.spans.isEmpty() && !r.spans.constLast().endMs) {
        TalkSpan &span = r.spans.last();
        span.endMs = std::max(at, span.startMs);
        r.talkMs += *span.endMs - span.startMs;
        closed = true;
    }
    if (r.mutedSinceMs) {
        r.mutedMs += std::max<qint64>(0, at - *r.mutedSinceMs);
        r.mutedSinceMs.reset();
        closed = true;
    }
    return closed;
}

bool AttendanceTracker::pruneSpans(qint64 now)
{
    const qint64 cutoff = now - m_retentionMs;
    bool pruned = false;
    for (AttendanceRecord &r : m_records) {
        // Oldest first, so the expired ones are a prefix; an open span never expires.
        qsizetype n = 0;
        while (n < r.spans.size() && r.spans.at(n).endMs && *r.spans.at(n).endMs < cutoff)
            ++n;
        if (n > 0) {
            r.spans.remove(0, n);
            pruned = true;
        }
    }
    return pruned;
}

void AttendanceTracker::observe(const ConferenceSnapshot &snapshot)
{
    const qint64 t = now();
    bool dirty = false;
    QList<quint32> joined;
    QList<quint32> left;
    QSet<quint32> seen;

    for (const Participant &p : snapshot.members) {
        if (seen.contains(p.id))
            continue; // a duplicate id (a broken listing): the first one counts
        seen.insert(p.id);
        const auto open = m_openIndex.constFind(p.id);
        if (open == m_openIndex.constEnd()) {
            AttendanceRecord r;
            r.memberId = p.id;
            r.uuid = p.uuid;
            r.callerIdName = p.callerIdName;
            r.callerIdNumber = p.callerIdNumber;
            r.moderator = p.isModerator;
            // join_time is a duration (freeswitch-conference.md §4.3), not an epoch.
            r.joinedAtMs = t - std::max<qint64>(0, p.joinTimeSeconds) * 1000;
            // Whatever happened before the first sighting is unknown: stretches start now.
            if (p.talking) {
                r.spans.append(TalkSpan{t, std::nullopt});
                r.talkTurns = 1;
            }
            if (p.muted())
                r.mutedSinceMs = t;
            if (m_meetingStartMs == 0 || r.joinedAtMs < m_meetingStartMs)
                m_meetingStartMs = r.joinedAtMs;
            m_openIndex.insert(p.id, m_records.size());
            m_records.append(r);
            joined.append(p.id);
            dirty = true;
            continue;
        }

        AttendanceRecord &r = m_records[*open];
        if (r.uuid != p.uuid || r.callerIdName != p.callerIdName || r.callerIdNumber != p.callerIdNumber ||
            r.moderator != p.isModerator) {
            r.uuid = p.uuid;
            r.callerIdName = p.callerIdName;
            r.callerIdNumber = p.callerIdNumber;
            r.moderator = p.isModerator;
            dirty = true;
        }
        const bool talking = !r.spans.isEmpty() && !r.spans.constLast().endMs;
        if (p.talking && !talking) {
            r.spans.append(TalkSpan{t, std::nullopt});
            ++r.talkTurns;
            dirty = true;
        } else if (!p.talking && talking) {
            TalkSpan &span = r.spans.last();
            span.endMs = std::max(t, span.startMs);
            r.talkMs += *span.endMs - span.startMs;
            dirty = true;
        }
        if (p.muted() && !r.mutedSinceMs) {
            r.mutedSinceMs = t;
            dirty = true;
        } else if (!p.muted() && r.mutedSinceMs) {
            r.mutedMs += std::max<qint64>(0, t - *r.mutedSinceMs);
            r.mutedSinceMs.reset();
            dirty = true;
        }
    }

    // Missing from the listing: gone (an empty list from "not found" means everyone left).
    for (auto it = m_openIndex.begin(); it != m_openIndex.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        AttendanceRecord &r = m_records[it.value()];
        closeOpenStretches(r, t);
        r.leftAtMs = t;
        left.append(it.key());
        it = m_openIndex.erase(it);
        dirty = true;
    }

    if (pruneSpans(t))
        dirty = true;

    std::sort(left.begin(), left.end());
    for (quint32 id : std::as_const(joined))
        emit memberJoined(id);
    for (quint32 id : std::as_const(left))
        emit memberLeft(id);
    if (dirty)
        emit changed();
}

void AttendanceTracker::conferenceEnded()
{
    if (m_openIndex.isEmpty())
        return;
    const qint64 t = now();
    QList<quint32> left = m_openIndex.keys();
    std::sort(left.begin(), left.end());
    for (auto it = m_openIndex.cbegin(); it != m_openIndex.cend(); ++it) {
        AttendanceRecord &r = m_records[it.value()];
        closeOpenStretches(r, t);
        r.leftAtMs = t;
    }
    m_openIndex.clear();
    pruneSpans(t);
    for (quint32 id : std::as_const(left))
        emit memberLeft(id);
    emit changed();
}

void AttendanceTracker::reset()
{
    if (m_records.isEmpty() && m_meetingStartMs == 0)
        return;
    m_records.clear();
    m_openIndex.clear();
    m_meetingStartMs = 0;
    emit changed();
}

QList<const AttendanceRecord *> AttendanceTracker::sortedRecords() const
{
    QList<const AttendanceRecord *> sorted;
    sorted.reserve(m_records.size());
    for (const AttendanceRecord &r : m_records)
        sorted.append(&r);
    // Stable: two stays of one member id with the same join instant keep their sighting order.
    std::stable_sort(sorted.begin(), sorted.end(), [](const AttendanceRecord *a, const AttendanceRecord *b) {
        if (a->joinedAtMs != b->joinedAtMs)
            return a->joinedAtMs < b->joinedAtMs;
        return a->memberId < b->memberId;
    });
    return sorted;
}

QList<AttendanceRecord> AttendanceTracker::records() const
{
    QList<AttendanceRecord> list;
    const auto sorted = sortedRecords();
    list.reserve(sorted.size());
    for (const AttendanceRecord *r : sorted)
        list.append(*r);
    return list;
}

qsizetype AttendanceTracker::latestIndex(quint32 memberId) const
{
    const auto open = m_openIndex.constFind(memberId);
    if (open != m_openIndex.constEnd())
        return *open;
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        if (m_records.at(i).memberId == memberId)
            return i;
    }
    return -1;
}

std::optional<AttendanceRecord> AttendanceTracker::record(quint32 memberId) const
{
    const qsizetype i = latestIndex(memberId);
    if (i < 0)
        return std::nullopt;
    return m_records.at(i);
}

qint64 AttendanceTracker::talkMs(quint32 memberId) const
{
    const qsizetype i = latestIndex(memberId);
    return i < 0 ? 0 : talkNow(m_records.at(i), now());
}

qint64 AttendanceTracker::mutedMs(quint32 memberId) const
{
    const qsizetype i = latestIndex(memberId);
    return i < 0 ? 0 : mutedNow(m_records.at(i), now());
}

// --- reports -----------------------------------------------------------------------------------

QByteArray AttendanceTracker::toCsv() const
{
    const qint64 t = now();
    // The header is data for spreadsheets and scripts: fixed English, never translated.
    QString csv = QStringLiteral("Member,Name,Number,Moderator,Joined (UTC),Left (UTC),Present (s),"
                                 "Talk time (s),Talk turns,Muted (s)\r\n");
    for (const AttendanceRecord *r : sortedRecords()) {
        const QStringList fields{
            QString::number(r->memberId),
            r->callerIdName,
            r->callerIdNumber,
            r->moderator ? QStringLiteral("yes") : QStringLiteral("no"),
            isoUtc(r->joinedAtMs),
            r->leftAtMs ? isoUtc(*r->leftAtMs) : QString(),
            QString::number(roundedSeconds(presentMs(*r, t))),
            QString::number(roundedSeconds(talkNow(*r, t))),
            QString::number(r->talkTurns),
            QString::number(roundedSeconds(mutedNow(*r, t))),
        };
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.append(csvField(f));
        csv += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

namespace {

QStringList reportHeader()
{
    return {AttendanceTracker::tr("Member"),     AttendanceTracker::tr("Name"),
            AttendanceTracker::tr("Number"),     AttendanceTracker::tr("Moderator"),
            AttendanceTracker::tr("Joined"),     AttendanceTracker::tr("Left"),
            AttendanceTracker::tr("Present"),    AttendanceTracker::tr("Talk time"),
            AttendanceTracker::tr("Talk turns"), AttendanceTracker::tr("Muted")};
}

// Durations and counts are right-aligned (text and HTML); the member id leads the line, left.
constexpr bool kNumeric[] = {false, false, false, false, false, false, true, true, true, true};

/// One record as people read it: the cells under reportHeader(), durations as m:ss.
QStringList reportCells(const AttendanceRecord &r, qint64 now)
{
    return {QString::number(r.memberId),
            r.callerIdName,
            r.callerIdNumber,
            r.moderator ? AttendanceTracker::tr("yes") : AttendanceTracker::tr("no"),
            localTime(r.joinedAtMs),
            r.leftAtMs ? localTime(*r.leftAtMs) : AttendanceTracker::tr("still here"),
            formatDuration(presentMs(r, now) / 1000),
            formatDuration(talkNow(r, now) / 1000),
            QString::number(r.talkTurns),
            formatDuration(mutedNow(r, now) / 1000)};
}

QString totalsLine(const QList<const AttendanceRecord *> &records, qint64 now)
{
    qint64 talk = 0;
    qint64 muted = 0;
    int turns = 0;
    for (const AttendanceRecord *r : records) {
        talk += talkNow(*r, now);
        muted += mutedNow(*r, now);
        turns += r->talkTurns;
    }
    // Plain counts rather than "%n member(s)": confctl loads no translation, so a plural form
    // would print its source text.
    return AttendanceTracker::tr("Totals: members %1, talk time %2, talk turns %3, muted %4")
        .arg(QString::number(records.size()), formatDuration(talk / 1000), QString::number(turns),
             formatDuration(muted / 1000));
}

} // namespace

QString AttendanceTracker::toText() const
{
    const qint64 t = now();
    const auto sorted = sortedRecords();
    QList<QStringList> rows{reportHeader()};
    for (const AttendanceRecord *r : sorted)
        rows.append(reportCells(*r, t));

    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }

    QString text = tr("Attendance — %1").arg(m_conference) + u'\n';
    if (m_meetingStartMs)
        text += tr("Meeting start: %1").arg(localDateTime(m_meetingStartMs)) + u'\n';
    text += tr("Report time: %1").arg(localDateTime(t)) + QStringLiteral("\n\n");
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line +=
                kNumeric[c] ? row.at(c).rightJustified(widths.at(c)) : row.at(c).leftJustified(widths.at(c));
        }
        // Padding after the last column is noise in a terminal or a diff.
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    if (sorted.isEmpty())
        text += tr("Nobody has been seen in the conference.") + u'\n';
    text += u'\n' + totalsLine(sorted, t) + u'\n';
    return text;
}

QString AttendanceTracker::toHtml() const
{
    const qint64 t = now();
    const QString title = tr("Attendance — %1").arg(m_conference).toHtmlEscaped();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") +
                   title +
                   QStringLiteral("</title>\n<style>\n"
                                  "table { border-collapse: collapse; }\n"
                                  "th, td { border: 1px solid #888; padding: 2px 6px; }\n"
                                  "td.n { text-align: right; }\n"
                                  "</style>\n</head>\n<body>\n<h1>") +
                   title + QStringLiteral("</h1>\n");
    if (m_meetingStartMs)
        html += QStringLiteral("<p>") +
                tr("Meeting start: %1").arg(localDateTime(m_meetingStartMs)).toHtmlEscaped() +
                QStringLiteral("</p>\n");
    html += QStringLiteral("<p>") + tr("Report time: %1").arg(localDateTime(t)).toHtmlEscaped() +
            QStringLiteral("</p>\n<table>\n<thead>\n<tr>");
    for (const QString &h : reportHeader())
        html += QStringLiteral("<th>") + h.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
    const auto sorted = sortedRecords();
    for (const AttendanceRecord *r : sorted) {
        const QStringList cells = reportCells(*r, t);
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < cells.size(); ++c)
            html += (kNumeric[c] ? QStringLiteral("<td class=\"n\">") : QStringLiteral("<td>")) +
                    cells.at(c).toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n<p>") + totalsLine(sorted, t).toHtmlEscaped() +
            QStringLiteral("</p>\n</body>\n</html>\n");
    return html;
}

} // namespace cc
