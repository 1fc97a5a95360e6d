// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace gui {

class ConferenceFeed;

/// The line above a conference's table: its name, the member count, Locked and REC badges
/// (glyph and word, never colour alone), a warning when the data may be out of date, and how
/// fresh the data is. It shows what its ConferenceFeed knows and changes nothing.
class ConferenceHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConferenceHeader)

public:
    explicit ConferenceHeader(ConferenceFeed *feed, QWidget *parent = nullptr);

    /// Room at the right end of the line (the view puts its filter there).
    QHBoxLayout *trailingLayout() const { return m_trailing; }

    /// Everything the line says, joined with " · " (tests, the window title).
    QString text() const;
    /// "● REC 01:23" while recording, empty otherwise.
    QString recordingBadgeText() const;
    QString memberCountText() const;

public slots:
    void refresh();
    /// What the meeting automations are doing ("Waiting room · Ends in 12:34"), empty for none.
    void setMeetingText(const QString &text);

private:
    ConferenceFeed *m_feed;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_lockBadge = nullptr;
    QToolButton *m_recBadge = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_meeting = nullptr;
    QHBoxLayout *m_trailing = nullptr;
};

} // namespace gui
