// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/speakertimeline.h"

#include "core/insights/attendancetracker.h"
#include "core/model/membername.h"
#include "core/model/participantmodel.h" // cc::formatDuration()

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <limits>

namespace gui {

namespace {
constexpr int kMargin = 2;
constexpr int kMinLabelWidth = 40;
constexpr qint64 kMinute = 60 * 1000;

/// Okabe–Ito hues (told apart with the common colour-vision deficiencies); the pale yellow is
/// replaced by a darker one so it stays visible on a light base.
constexpr QRgb kHues[] = {0xE69F00, 0x56B4E9, 0x009E73, 0xD55E00, 0xCC79A7, 0x0072B2, 0xB8A300, 0x7F63B8};

QString memberName(const cc::AttendanceRecord &r)
{
    return cc::memberDisplayName(r.callerIdName, r.callerIdNumber, r.memberId);
}

/// "Alice", "Alice and Bob", "Alice, Bob and Carol".
QString joinNames(QStringList names)
{
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return SpeakerTimeline::tr("%1 and %2").arg(names.join(QLatin1String(", ")), last);
}
} // namespace

SpeakerTimeline::SpeakerTimeline(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("speakerTimeline"));
    setAccessibleName(tr("Speaker timeline"));
    // A fixed height: the strip is exactly as tall as its lanes, the table below gets the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMouseTracking(true);
    // Reachable by Tab; the Menu key (or Shift+F10) then opens the span menu, as a right-click does.
    setFocusPolicy(Qt::TabFocus);
    m_timer->setInterval(1000); // the open span grows; the axis slides
    connect(m_timer, &QTimer::timeout, this, &SpeakerTimeline::refresh);
    refresh();
}

SpeakerTimeline::~SpeakerTimeline() = default;

void SpeakerTimeline::setTracker(cc::AttendanceTracker *tracker)
{
    if (m_tracker == tracker)
        return;
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (m_tracker) {
        connect(m_tracker, &cc::AttendanceTracker::changed, this, &SpeakerTimeline::refresh);
        // QPointer clears itself; refresh so the lanes do not outlive the tracker.
        connect(m_tracker, &QObject::destroyed, this, &SpeakerTimeline::refresh, Qt::QueuedConnection);
        if (isVisible())
            m_timer->start();
    } else {
        m_timer->stop();
    }
    refresh();
}

void SpeakerTimeline::setWindowMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 60);
    if (minutes == m_windowMinutes)
        return;
    m_windowMinutes = minutes;
    refresh();
    emit windowMinutesChanged(minutes);
}

void SpeakerTimeline::setMaxLanes(int lanes)
{
    lanes = std::max(1, lanes);
    if (lanes == m_maxLanes)
        return;
    m_maxLanes = lanes;
    refresh();
}

QMenu *SpeakerTimeline::createWindowMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Speaker timeline &range"), parent);
    menu->setObjectName(QStringLiteral("timelineWindowMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const int minutes : windowChoices()) {
        QAction *action = menu->addAction(tr("Last %n min", nullptr, minutes));
        action->setObjectName(QStringLiteral("timelineWindow%1Action").arg(minutes));
        action->setCheckable(true);
        action->setChecked(minutes == m_windowMinutes);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] { setWindowMinutes(minutes); });
        connect(this, &SpeakerTimeline::windowMinutesChanged, action,
                [action, minutes](int m) { action->setChecked(m == minutes); });
    }
    return menu;
}

void SpeakerTimeline::refresh()
{
    const int oldRows = rowCount();
    m_lanes.clear();
    m_hiddenNames.clear();
    m_nowMs = m_tracker ? m_tracker->now() : 0;
    QList<Lane> all;
    if (m_tracker) {
        const qint64 from = m_nowMs - m_windowMinutes * kMinute;
        const QList<cc::AttendanceRecord> records = m_tracker->records();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const cc::AttendanceRecord &r = records.at(i);
            Lane lane;
            lane.memberId = r.memberId;
            lane.name = memberName(r);
            lane.present = !r.leftAtMs.has_value();
            lane.joinOrder = int(i);
            lane.meetingTalkMs = m_tracker->talkMs(r.memberId);
            for (const cc::TalkSpan &s : r.spans) {
                const qint64 end = s.endMs.value_or(m_nowMs);
                if (end < from || s.startMs > m_nowMs)
                    continue;
                const qint64 start = std::max(s.startMs, from);
                lane.spans.append({start, end});
                lane.spokeMs += end - start;
                ++lane.turns;
                lane.lastSpokeMs = std::max(lane.lastSpokeMs, end);
                if (!s.endMs && lane.present)
                    lane.talking = true;
            }
            if (lane.present || lane.turns > 0)
                all.append(lane);
        }
    }

    // Summary over every lane, hidden ones included.
    QStringList talkers;
    const Lane *top = nullptr;
    for (const Lane &lane : std::as_const(all)) {
        if (lane.talking)
            talkers << lane.name;
        if (lane.spokeMs > 0 && (!top || lane.spokeMs > top->spokeMs))
            top = &lane;
    }
    QStringList sentences;
    if (!m_tracker) {
        sentences << tr("No conference.");
    } else {
        if (talkers.isEmpty())
            sentences << tr("Nobody is talking now.");
        else if (talkers.size() == 1)
            sentences << tr("%1 is talking now.").arg(talkers.first());
        else
            sentences << tr("%1 are talking now.").arg(joinNames(talkers));
        if (top)
            sentences << tr("%1 spoke most in the last %2 (%3).")
                             .arg(top->name, windowText(), cc::formatDuration(top->spokeMs / 1000));
        else
            sentences << tr("Nobody spoke in the last %1.").arg(windowText());
    }
    const QString description = sentences.join(QLatin1Char(' '));
    if (description != accessibleDescription()) // one accessibility event per real change
        setAccessibleDescription(description);

    if (all.size() > m_maxLanes) {
        // Keep the lanes that matter most, then show them in join order again.
        QList<Lane> ranked = all;
        std::stable_sort(ranked.begin(), ranked.end(), [](const Lane &a, const Lane &b) {
            if (a.talking != b.talking)
                return a.talking;
            if (a.lastSpokeMs != b.lastSpokeMs)
                return a.lastSpokeMs > b.lastSpokeMs;
            if (a.present != b.present)
                return a.present;
            return a.joinOrder < b.joinOrder;
        });
        QList<Lane> hidden = ranked.mid(m_maxLanes);
        ranked.resize(m_maxLanes);
        const auto byJoin = [](const Lane &a, const Lane &b) { return a.joinOrder < b.joinOrder; };
        std::sort(ranked.begin(), ranked.end(), byJoin);
        std::sort(hidden.begin(), hidden.end(), byJoin);
        for (const Lane &lane : std::as_const(hidden))
            m_hiddenNames << lane.name;
        m_lanes = ranked;
    } else {
        m_lanes = all;
    }

    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    m_labelWidth = kMinLabelWidth;
    // Name, then the member's talk time over the whole meeting, right-aligned.
    const int timeWidth = fm.horizontalAdvance(QStringLiteral("0:00:00")) + 8;
    for (const Lane &lane : std::as_const(m_lanes))
        m_labelWidth = std::max(m_labelWidth, fm.horizontalAdvance(lane.name) + timeWidth + 10);
    if (!m_hiddenNames.isEmpty())
        m_labelWidth = std::max(m_labelWidth, fm.horizontalAdvance(tr("+%n more", nullptr, 999)) + 10);

    if (rowCount() != oldRows)
        updateGeometry();
    update();
}

int SpeakerTimeline::laneHeight() const
{
    return std::max(14, fontMetrics().height() + 2);
}

int SpeakerTimeline::axisHeight() const
{
    return fontMetrics().height() + 5; // 3 px tick + text
}

int SpeakerTimeline::rowCount() const
{
    return std::max<int>(1, int(m_lanes.size()) + (m_hiddenNames.isEmpty() ? 0 : 1));
}

int SpeakerTimeline::labelWidth() const
{
    // Long names are elided rather than squeezing the bars below a third of the width.
    const int cap = std::max(kMinLabelWidth, (width() - 2 * kMargin) * 35 / 100);
    return std::min(m_labelWidth, cap);
}

QRect SpeakerTimeline::laneRect(int lane) const
{
    if (lane < 0 || lane >= m_lanes.size())
        return {};
    return QRect(kMargin, kMargin + lane * laneHeight(), width() - 2 * kMargin, laneHeight());
}

QRect SpeakerTimeline::moreRect() const
{
    if (m_hiddenNames.isEmpty())
        return {};
    return QRect(kMargin, kMargin + int(m_lanes.size()) * laneHeight(), width() - 2 * kMargin, laneHeight());
}

QRect SpeakerTimeline::plotRect() const
{
    const int left = kMargin + labelWidth();
    return QRect(left, kMargin, std::max(1, width() - kMargin - left), rowCount() * laneHeight());
}

double SpeakerTimeline::xFor(qint64 ms) const
{
    const QRect plot = plotRect();
    const qint64 windowMs = m_windowMinutes * kMinute;
    const qint64 from = m_nowMs - windowMs;
    return plot.left() + double(ms - from) * plot.width() / double(windowMs);
}

QList<QRectF> SpeakerTimeline::spanRects(int lane) const
{
    QList<QRectF> rects;
    const QRect row = laneRect(lane);
    if (row.isEmpty())
        return rects;
    const QRect plot = plotRect();
    const double right = plot.left() + plot.width();
    for (const auto &[start, end] : m_lanes.at(lane).spans) {
        double x1 = xFor(start);
        const double w = std::max(xFor(end) - x1, 2.0); // a short "yes" still shows
        x1 = std::min(x1, right - w);
        rects.append(QRectF(x1, row.top() + 3, w, row.height() - 6));
    }
    return rects;
}

int SpeakerTimeline::laneAt(const QPoint &pos) const
{
    for (int i = 0; i < m_lanes.size(); ++i)
        if (laneRect(i).contains(pos))
            return i;
    return -1;
}

QString SpeakerTimeline::windowText() const
{
    return tr("%n min", nullptr, m_windowMinutes);
}

QString SpeakerTimeline::laneToolTip(int lane) const
{
    if (lane < 0 || lane >= m_lanes.size())
        return {};
    const Lane &l = m_lanes.at(lane);
    QString text = l.turns == 0 ? tr("%1 — silent in the last %2").arg(l.name, windowText())
                                : tr("%1 — spoke %2 in the last %3, %4")
                                      .arg(l.name, cc::formatDuration(l.spokeMs / 1000), windowText(),
                                           tr("%n turn(s)", nullptr, l.turns));
    if (l.talking)
        text = tr("%1; talking now").arg(text);
    else if (!l.present)
        text = tr("%1; left the conference").arg(text);
    if (l.meetingTalkMs > 0)
        text = tr("%1. Talk time in the meeting: %2").arg(text, cc::formatDuration(l.meetingTalkMs / 1000));
    return text;
}

QString SpeakerTimeline::summary() const
{
    return accessibleDescription();
}

QSize SpeakerTimeline::sizeHint() const
{
    return QSize(480, 2 * kMargin + rowCount() * laneHeight() + axisHeight());
}

QSize SpeakerTimeline::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

QColor SpeakerTimeline::laneColor(quint32 memberId) const
{
    const QColor c = QColor::fromRgb(kHues[memberId % std::size(kHues)]);
    // On a dark base the darker hues (blue, green) would sink; lift them a little.
    return palette().color(QPalette::Base).lightness() < 128 ? c.lighter(125) : c;
}

bool SpeakerTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int lane = laneAt(help->pos());
        if (lane >= 0) {
            QToolTip::showText(help->globalPos(), laneToolTip(lane), this, laneRect(lane));
        } else if (moreRect().contains(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               tr("Not shown: %1").arg(m_hiddenNames.join(QLatin1String(", "))), this,
                               moreRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void SpeakerTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QRect plot = plotRect();
    const int labelW = labelWidth();

    p.fillRect(rect(), pal.color(QPalette::Window));
    p.fillRect(plot, pal.color(QPalette::Base));

    QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    QFont italic = normal;
    italic.setItalic(true);

    // Lane backgrounds first so the grid lines stay on top of them.
    for (int i = 0; i < m_lanes.size(); ++i) {
        const QRect row = laneRect(i);
        const QRect plotRow(plot.left(), row.top(), plot.width(), row.height());
        if (i % 2 == 1)
            p.fillRect(plotRow, pal.color(QPalette::AlternateBase));
        if (m_lanes.at(i).talking) {
            QColor tint = pal.color(QPalette::Highlight);
            tint.setAlpha(60);
            p.fillRect(row, tint);
        }
    }

    paintAxis(p);

    // Labels and bars.
    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane &lane = m_lanes.at(i);
        const QRect row = laneRect(i);
        const QRect label(row.left() + 2, row.top(), labelW - 8, row.height());
        p.setFont(lane.talking ? bold : (lane.present ? normal : italic));
        p.setPen(pal.color(lane.present ? QPalette::WindowText : QPalette::PlaceholderText));
        const QString talked = cc::formatDuration(lane.meetingTalkMs / 1000);
        const int talkedWidth = p.fontMetrics().horizontalAdvance(talked) + 8;
        p.drawText(label.adjusted(0, 0, -talkedWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(lane.name, Qt::ElideRight, label.width() - talkedWidth));
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, talked);

        const QColor color = laneColor(lane.memberId);
        const QList<QRectF> rects = spanRects(i);
        p.setRenderHint(QPainter::Antialiasing, true);
        for (int s = 0; s < rects.size(); ++s) {
            const bool open = lane.talking && s == rects.size() - 1;
            p.setBrush(color);
            // The growing span gets a text-coloured edge so "now" reads without colour.
            p.setPen(open ? QPen(pal.color(QPalette::Text), 1.5) : QPen(color.darker(130), 1));
            p.drawRoundedRect(rects.at(s).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        }
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    p.setFont(normal);
    if (!m_hiddenNames.isEmpty()) {
        const QRect more = moreRect();
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(more.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%n more", nullptr, int(m_hiddenNames.size())));
    }
    if (m_lanes.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QString text = m_tracker ? tr("Nobody in the conference.") : tr("No conference.");
        p.drawText(plot.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, plot.width() - 12));
    }

    // "Now" edge and the separator between labels and bars.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.left() - 1, plot.top(), plot.left() - 1, plot.bottom());
    p.setPen(QPen(pal.color(QPalette::Highlight), 2));
    p.drawLine(plot.right(), plot.top(), plot.right(), plot.bottom() + 3);
}

QList<SpeakerTimeline::AxisTick> SpeakerTimeline::axisTicks(const QFontMetrics &fm) const
{
    const QRect plot = plotRect();
    const int windowSec = m_windowMinutes * 60;
    // The smallest step that gives at most five intervals: 1 min -> 15 s, 5 -> 1 min, 15 -> 5 min.
    int step = 900;
    for (const int candidate : {15, 30, 60, 120, 300, 600, 900}) {
        if (windowSec / candidate <= 5) {
            step = candidate;
            break;
        }
    }
    const auto label = [this](int secondsAgo) {
        if (secondsAgo == 0)
            return tr("now");
        if (secondsAgo % 60 == 0)
            return tr("-%1 min").arg(secondsAgo / 60);
        return tr("-%1 s").arg(secondsAgo);
    };
    QList<AxisTick> ticks;
    for (int ago = 0; ago <= windowSec; ago += step) {
        AxisTick tick;
        tick.secondsAgo = ago;
        tick.x = qRound(xFor(m_nowMs - qint64(ago) * 1000));
        tick.text = label(ago);
        // Centred on its grid line; only the ends are pushed inside the widget.
        const int w = fm.horizontalAdvance(tick.text);
        int left = tick.x - w / 2;
        left = std::clamp(left, kMargin, std::max(kMargin, width() - kMargin - w));
        tick.textRect = QRect(left, plot.bottom() + 4, w, fm.height());
        ticks << tick;
    }
    // Label every k-th tick from "now", the smallest k at which no two labels touch: evenly
    // spaced labels, never a gap where one happened not to fit.
    for (int k = 1; k <= ticks.size(); ++k) {
        bool fits = true;
        int lastLeft = std::numeric_limits<int>::max();
        for (int i = 0; i < ticks.size() && fits; i += k) {
            if (ticks.at(i).textRect.right() + 6 > lastLeft)
                fits = false;
            lastLeft = ticks.at(i).textRect.left();
        }
        if (fits) {
            for (int i = 0; i < ticks.size(); ++i)
                ticks[i].labelled = i % k == 0;
            break;
        }
    }
    return ticks;
}

void SpeakerTimeline::paintAxis(QPainter &p) const
{
    const QPalette pal = palette();
    const QRect plot = plotRect();
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    for (const AxisTick &tick : axisTicks(p.fontMetrics())) {
        p.setPen(grid);
        if (tick.x > plot.left() && tick.x < plot.right())
            p.drawLine(tick.x, plot.top(), tick.x, plot.bottom());
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(tick.x, plot.bottom() + 1, tick.x, plot.bottom() + 3);
        if (!tick.labelled)
            continue;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(tick.textRect, Qt::AlignHCenter, tick.text);
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.left(), plot.bottom() + 1, plot.right(), plot.bottom() + 1);
}

void SpeakerTimeline::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createWindowMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos()); // popup(), not exec(): no nested event loop
}

void SpeakerTimeline::keyPressEvent(QKeyEvent *event)
{
    // The Menu key and Shift+F10 open the span menu for keyboard users (no pointer needed).
    if (event->key() == Qt::Key_Menu ||
        (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier)) {
        QMenu *menu = createWindowMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(mapToGlobal(rect().center()));
        return;
    }
    QWidget::keyPressEvent(event);
}

void SpeakerTimeline::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_tracker)
        m_timer->start(); // only a visible strip needs to tick
    refresh();
}

void SpeakerTimeline::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void SpeakerTimeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        refresh();
}

} // namespace gui
