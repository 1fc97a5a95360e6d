// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meeting/timebox.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace gui {

/// "This meeting ends at HH:MM" or "in N minutes", the warning before (minutes and a file), what
/// happens at the end (nothing, lock, end the meeting — asking first if wanted), and the
/// long-speaker limit. Emits chosen() on OK; opened with open().
class TimeBoxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeBoxDialog)

public:
    /// `eventSocket` false: the warning file travels over sipXconfig REST (no "/" in it).
    TimeBoxDialog(const cc::TimeBoxSettings &current, bool eventSocket, QWidget *parent = nullptr);
    ~TimeBoxDialog() override;

    /// What the dialog would choose now (`nowSecs`: the current time, seconds since the epoch).
    cc::TimeBoxSettings settingsAt(qint64 nowSecs) const;

    QRadioButton *atTimeRadio() const { return m_atTime; }
    QRadioButton *inMinutesRadio() const { return m_inMinutes; }
    QTimeEdit *timeEdit() const { return m_time; }
    QSpinBox *minutesSpin() const { return m_minutes; }
    QComboBox *endActionCombo() const { return m_endAction; }

    /// OK: checks the choice, emits chosen() and closes, or says what is wrong and stays open.
    void accept() override;

signals:
    void chosen(const cc::TimeBoxSettings &settings);

private:
    bool m_eventSocket;
    QRadioButton *m_atTime;
    QRadioButton *m_inMinutes;
    QRadioButton *m_noEnd;
    QTimeEdit *m_time;
    QSpinBox *m_minutes;
    QSpinBox *m_warnMinutes;
    QLineEdit *m_warningFile;
    QComboBox *m_endAction;
    QCheckBox *m_ask;
    QSpinBox *m_speakerLimit;
    QLabel *m_error;
};

} // namespace gui
