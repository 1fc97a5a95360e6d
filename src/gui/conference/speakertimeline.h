// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/insights/attendancetracker.h" // QPointer<cc::AttendanceTracker> needs the complete type

#include <QList>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QWidget>

class QMenu;
class QTimer;

namespace gui {

/// A compact strip showing who spoke when over the last few minutes of one conference: one lane
/// per member who is present or spoke within the window, a coloured bar per talking span
/// (cc::AttendanceTracker::TalkSpan), a time axis ending at "now". Current talkers are
/// highlighted. Lanes keep the order of joining so a lane never jumps while people talk; when
/// there are more lanes than fit, the most relevant ones (talking, then spoke most recently,
/// then present) are shown and a "+N more" row stands for the rest.
class SpeakerTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerTimeline)

public:
    /// One lane as drawn. Times are ms since the epoch, clipped to the window.
    struct Lane
    {
        quint32 memberId = 0;
        QString name;
        bool present = false;     ///< still in the conference
        bool talking = false;     ///< a span is open right now
        qint64 spokeMs = 0;       ///< talk time within the window
        int turns = 0;            ///< spans that touch the window
        qint64 lastSpokeMs = 0;   ///< end of the latest span (now while talking), 0 = never
        int joinOrder = 0;        ///< index in AttendanceTracker::records()
        qint64 meetingTalkMs = 0; ///< talk time over the whole meeting (shown beside the name)
        QList<std::pair<qint64, qint64>> spans;
    };

    static constexpr int kDefaultWindowMinutes = 5;
    static constexpr int kDefaultMaxLanes = 8;

    explicit SpeakerTimeline(QWidget *parent = nullptr);
    ~SpeakerTimeline() override;

    /// Follows `tracker` (not owned; may be null). Repaints on its changed() and every second.
    void setTracker(cc::AttendanceTracker *tracker);
    cc::AttendanceTracker *tracker() const { return m_tracker; }

    /// How far back the strip reaches (1 to 60 minutes).
    void setWindowMinutes(int minutes);
    int windowMinutes() const { return m_windowMinutes; }
    static QList<int> windowChoices() { return {1, 5, 15}; }

    /// Lanes drawn before the "+N more" row.
    void setMaxLanes(int lanes);
    int maxLanes() const { return m_maxLanes; }

    /// Exclusive "Show the last N minutes" actions, as in the context menu (for a View menu).
    QMenu *createWindowMenu(QWidget *parent);

    /// The lanes drawn, top to bottom, as of the last refresh().
    const QList<Lane> &lanes() const { return m_lanes; }
    /// Names of the members that did not fit ("+N more").
    const QStringList &hiddenNames() const { return m_hiddenNames; }
    /// The time that lanes() and the geometry refer to.
    qint64 nowMs() const { return m_nowMs; }

    // Geometry, for hit-testing and tests.
    QRect laneRect(int lane) const; ///< the whole row, label included
    QRect moreRect() const;         ///< the "+N more" row; empty when all lanes fit
    QRect plotRect() const;         ///< where bars go (all lanes)
    QList<QRectF> spanRects(int lane) const;
    int laneAt(const QPoint &pos) const; ///< -1 outside any lane
    /// "Alice — spoke 0:42 in the last 5 min, 3 turns".
    QString laneToolTip(int lane) const;

    /// One mark of the time axis: a grid line at x, and its label ("-4 min") centred under it
    /// when `labelled` (every k-th mark from "now", so the labels are evenly spaced).
    struct AxisTick
    {
        int secondsAgo = 0;
        int x = 0;
        QString text;
        QRect textRect;
        bool labelled = false;
    };
    QList<AxisTick> axisTicks(const QFontMetrics &fm) const;
    /// Who talks now, who spoke most: the accessible description.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    /// Re-reads the tracker at its current time and repaints.
    void refresh();

signals:
    void windowMinutesChanged(int minutes);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int laneHeight() const;
    int axisHeight() const;
    int rowCount() const; ///< lanes + the "+N more" row, at least 1 (the empty text)
    int labelWidth() const;
    double xFor(qint64 ms) const;
    QString windowText() const; ///< "5 min"
    void paintAxis(QPainter &p) const;
    QColor laneColor(quint32 memberId) const;

    QPointer<cc::AttendanceTracker> m_tracker;
    QTimer *m_timer;
    int m_windowMinutes = kDefaultWindowMinutes;
    int m_maxLanes = kDefaultMaxLanes;
    qint64 m_nowMs = 0;
    QList<Lane> m_lanes;
    QStringList m_hiddenNames;
    int m_labelWidth = 0;
};

} // namespace gui
