// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferenceinsights.h"

#include "core/commands/conferencecommand.h"
#include "core/insights/attendancetracker.h"
#include "core/insights/raisehandqueue.h"
#include "core/model/membername.h"
#include "core/model/participantmodel.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/memberactions.h"
#include "gui/conference/raisehandpanel.h"
#include "gui/conference/relationspanel.h"
#include "gui/conference/speakertimeline.h"
#include "gui/dialogs/attendancedialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gui {

ConferenceInsights::ConferenceInsights(ConferenceView *view)
    : QObject(view)
    , m_view(view)
    , m_tracker(new cc::AttendanceTracker(view->conference(), this))
    , m_queue(new cc::RaiseHandQueue(this))
{
    setObjectName(QStringLiteral("conferenceInsights"));
    connect(view->model(), &cc::ParticipantModel::snapshotApplied, this, &ConferenceInsights::observe);
    connect(m_tracker, &cc::AttendanceTracker::memberJoined, this, [this](quint32 id) {
        if (m_seeded)
            emit memberJoined(m_view->conference(), nameOf(id));
    });
    connect(m_tracker, &cc::AttendanceTracker::memberLeft, this, [this](quint32 id) {
        if (m_seeded)
            emit memberLeft(m_view->conference(), nameOf(id));
    });
}

ConferenceInsights::~ConferenceInsights() = default;

void ConferenceInsights::observe()
{
    const cc::ConferenceSnapshot &snapshot = m_view->model()->snapshot();
    m_tracker->observe(snapshot);
    m_queue->applySnapshot(snapshot);
    m_seeded = true;
}

QString ConferenceInsights::nameOf(quint32 memberId) const
{
    const auto record = m_tracker->record(memberId);
    return record ? cc::memberDisplayName(record->callerIdName, record->callerIdNumber, memberId)
                  : cc::memberLabel(memberId);
}

QWidget *ConferenceInsights::createStrip(RelationsPanel *relations, QWidget *parent)
{
    auto *strip = new QWidget(parent);
    strip->setObjectName(QStringLiteral("insightsStrip"));
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(12);

    auto *timelineBox = new QWidget(strip);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(2);
    auto *title = new QLabel(tr("<b>Who spoke when</b>"), timelineBox);
    title->setToolTip(
        tr("Talking over the last minutes, one lane per member; right-click to change the span."));
    timelineLayout->addWidget(title);
    m_timeline = new SpeakerTimeline(timelineBox);
    m_timeline->setObjectName(QStringLiteral("speakerTimeline"));
    m_timeline->setTracker(m_tracker);
    timelineLayout->addWidget(m_timeline);
    timelineLayout->addStretch(1);
    layout->addWidget(timelineBox, 5);

    m_raiseHands = new RaiseHandPanel(strip);
    m_raiseHands->setObjectName(QStringLiteral("raiseHandPanel"));
    m_raiseHands->setQueue(m_queue);
    connect(m_raiseHands, &RaiseHandPanel::giveFloorRequested, this, &ConferenceInsights::giveFloor);
    layout->addWidget(m_raiseHands, 3, Qt::AlignTop);

    relations->setParent(strip);
    layout->addWidget(relations, 3, Qt::AlignTop);
    return strip;
}

void ConferenceInsights::giveFloor(quint32 memberId)
{
    // Unmute first: the floor goes to someone the others can hear.
    m_view->controller()->send(cc::ConferenceCommand::unmute(QString::number(memberId)));
    m_view->memberActions()->handFloorTo(memberId);
}

AttendanceDialog *ConferenceInsights::showAttendance()
{
    if (!m_attendance) {
        m_attendance = new AttendanceDialog(m_tracker, m_view);
        m_attendance->setAttribute(Qt::WA_DeleteOnClose);
        m_attendance->setWindowTitle(tr("Attendance — %1").arg(m_view->conference()));
        connect(m_attendance, &AttendanceDialog::message, m_view, &ConferenceView::statusMessage);
    }
    m_attendance->show();
    m_attendance->raise();
    m_attendance->activateWindow();
    return m_attendance;
}

} // namespace gui
