// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferenceheader.h"

#include "core/model/participantmodel.h"
#include "core/sources/conferencesource.h"
#include "gui/common/statusicons.h"
#include "gui/common/theme.h"
#include "gui/conference/conferencefeed.h"
#include "gui/conference/conferenceview.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace gui {

namespace {

// A rounded "pill" for the header badges: glyph plus word, so the meaning never rests on colour.
QToolButton *makeBadge(QWidget *parent, const QString &objectName, cc::Glyph glyph)
{
    auto *badge = new QToolButton(parent);
    badge->setObjectName(objectName);
    badge->setIcon(StatusIcons::icon(glyph));
    badge->setIconSize(QSize(14, 14));
    badge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    badge->setFocusPolicy(Qt::NoFocus);
    badge->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; "
                                        "padding: 1px 8px 1px 6px; font-weight: 600; }"));
    badge->hide();
    return badge;
}

} // namespace

ConferenceHeader::ConferenceHeader(ConferenceFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
{
    setObjectName(QStringLiteral("conferenceHeader"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conferenceTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(feed->conference());
    layout->addWidget(m_title);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCountLabel"));
    layout->addWidget(m_count);

    m_lockBadge = makeBadge(this, QStringLiteral("lockedBadge"), cc::Glyph::Lock);
    m_lockBadge->setText(tr("Locked"));
    m_lockBadge->setToolTip(tr("The conference is locked: nobody new can join."));
    m_lockBadge->setAccessibleName(tr("Conference locked"));
    m_lockBadge->setAccessibleDescription(m_lockBadge->toolTip());
    layout->addWidget(m_lockBadge);
    m_recBadge = makeBadge(this, QStringLiteral("recordingBadge"), cc::Glyph::Recording);
    m_recBadge->setToolTip(tr("The conference is being recorded."));
    layout->addWidget(m_recBadge);
    layout->addStretch(1);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("staleWarning"));
    m_warning->setWordWrap(false);
    m_warning->hide();
    layout->addWidget(m_warning);

    m_meeting = new QLabel(this);
    m_meeting->setObjectName(QStringLiteral("meetingLabel"));
    m_meeting->setToolTip(tr("What runs for this meeting while this console is open (Meeting menu)."));
    QFont meetingFont = m_meeting->font();
    meetingFont.setBold(true);
    m_meeting->setFont(meetingFont);
    m_meeting->hide();
    layout->addWidget(m_meeting);

    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    m_updated->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    layout->addWidget(m_updated);
    layout->addSpacing(8);
    m_trailing = new QHBoxLayout;
    m_trailing->setSpacing(8);
    layout->addLayout(m_trailing);

    connect(feed, &ConferenceFeed::changed, this, &ConferenceHeader::refresh);
    connect(feed, &ConferenceFeed::recordingChanged, this, &ConferenceHeader::refresh);
    refresh();
}

QString ConferenceHeader::memberCountText() const
{
    return m_count->text();
}

QString ConferenceHeader::recordingBadgeText() const
{
    if (!m_feed->isRecording())
        return {};
    return tr("● REC %1").arg(cc::formatDuration(m_feed->recordingSeconds().value_or(0), true));
}

QString ConferenceHeader::text() const
{
    QStringList parts{m_feed->conference(), m_count->text()};
    if (m_lockBadge->isVisible() || m_feed->model()->snapshot().locked)
        parts << tr("Locked");
    const QString rec = recordingBadgeText();
    if (!rec.isEmpty())
        parts << rec;
    if (!m_warning->text().isEmpty() && !m_warning->isHidden())
        parts << m_warning->text();
    if (!m_meeting->text().isEmpty())
        parts << m_meeting->text();
    parts << m_updated->text();
    return parts.join(QStringLiteral(" · "));
}

void ConferenceHeader::refresh()
{
    const cc::ConferenceSnapshot &snapshot = m_feed->model()->snapshot();
    const cc::ConferenceSource *source = m_feed->source();
    if (!m_feed->hasSnapshot())
        m_count->setText(tr("connecting…"));
    else if (!source->isActive())
        m_count->setText(tr("not running (nobody in it)"));
    else
        m_count->setText(ConferenceView::memberCountText(m_feed->model()->rowCount()));

    m_lockBadge->setVisible(snapshot.locked);

    const QString rec = recordingBadgeText();
    m_recBadge->setVisible(!rec.isEmpty());
    m_recBadge->setText(rec.mid(rec.indexOf(QLatin1Char(' ')) + 1)); // the icon replaces the dot
    // The visible text is only a clock: say what it counts.
    m_recBadge->setAccessibleName(rec.isEmpty() ? tr("Not recording")
                                                : tr("Recording for %1").arg(m_recBadge->text()));
    if (!rec.isEmpty()) {
        QStringList paths;
        for (const cc::RecordingNode &node : snapshot.recordings)
            paths << (node.paused ? tr("%1 (paused)").arg(node.path) : node.path);
        m_recBadge->setToolTip(paths.isEmpty() ? tr("Recording (sipXconfig)")
                                               : paths.join(QLatin1Char('\n')));
    }

    const QDateTime last = source->lastSuccess();
    if (last.isValid()) {
        const qint64 ago = qMax<qint64>(0, last.secsTo(QDateTime::currentDateTimeUtc()));
        if (m_feed->isEventSocket())
            m_updated->setText(ago < 1 ? tr("live via event socket · re-synced just now")
                                       : tr("live via event socket · re-synced %n s ago", nullptr, int(ago)));
        else
            m_updated->setText(ago < 1 ? tr("updated just now") : tr("updated %n s ago", nullptr, int(ago)));
    } else {
        m_updated->setText(tr("not updated yet"));
    }

    QString warning;
    if (source->isStale())
        warning = tr("⚠ Data may be out of date");
    const QString error = m_feed->lastPollError();
    if (!error.isEmpty())
        warning = warning.isEmpty() ? QString(QStringLiteral("⚠ ") + error)
                                    : QString(warning + QStringLiteral(": ") + error);
    m_warning->setText(warning);
    // The colour follows the theme, which may change while the tab is open.
    const QString warningStyle = Theme::isDark(palette())
                                     ? QStringLiteral("QLabel { color: #ff8a80; font-weight: 600; }")
                                     : QStringLiteral("QLabel { color: #8a1f11; font-weight: 600; }");
    if (m_warning->styleSheet() != warningStyle)
        m_warning->setStyleSheet(warningStyle);
    m_warning->setToolTip(error);
    m_warning->setVisible(!warning.isEmpty());
}

void ConferenceHeader::setMeetingText(const QString &text)
{
    m_meeting->setText(text);
    m_meeting->setVisible(!text.isEmpty());
}

} // namespace gui
