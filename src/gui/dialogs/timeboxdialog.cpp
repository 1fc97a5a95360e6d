// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/timeboxdialog.h"

#include "core/commands/conferencecommand.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace gui {

TimeBoxDialog::TimeBoxDialog(const cc::TimeBoxSettings &current, bool eventSocket, QWidget *parent)
    : QDialog(parent)
    , m_eventSocket(eventSocket)
    , m_atTime(new QRadioButton(tr("Ends &at"), this))
    , m_inMinutes(new QRadioButton(tr("Ends &in"), this))
    , m_noEnd(new QRadioButton(tr("&No end (only the speaker limit)"), this))
    , m_time(new QTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_warnMinutes(new QSpinBox(this))
    , m_warningFile(new QLineEdit(current.warningFile, this))
    , m_endAction(new QComboBox(this))
    , m_ask(new QCheckBox(tr("As&k me before ending it"), this))
    , m_speakerLimit(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("timeBoxDialog"));
    setWindowTitle(tr("Time Box"));
    m_atTime->setObjectName(QStringLiteral("timeBoxAtTime"));
    m_inMinutes->setObjectName(QStringLiteral("timeBoxInMinutes"));
    m_noEnd->setObjectName(QStringLiteral("timeBoxNoEnd"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_atTime, m_inMinutes, m_noEnd})
        group->addButton(r);

    m_time->setObjectName(QStringLiteral("timeBoxTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_minutes->setObjectName(QStringLiteral("timeBoxMinutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (current.endsAtEpochSeconds > now) {
        m_atTime->setChecked(true);
        m_time->setTime(QDateTime::fromSecsSinceEpoch(current.endsAtEpochSeconds).time());
        m_minutes->setValue(int((current.endsAtEpochSeconds - now + 59) / 60));
    } else {
        m_inMinutes->setChecked(true);
        m_minutes->setValue(30);
        m_time->setTime(QDateTime::fromSecsSinceEpoch(now + 30 * 60).time());
    }
    m_warnMinutes->setObjectName(QStringLiteral("timeBoxWarnMinutes"));
    m_warnMinutes->setRange(0, 120);
    m_warnMinutes->setValue(current.warnMinutesBefore);
    m_warnMinutes->setSuffix(tr(" min before"));
    m_warnMinutes->setSpecialValueText(tr("no warning"));
    m_warningFile->setObjectName(QStringLiteral("timeBoxWarningFile"));
    m_warningFile->setPlaceholderText(eventSocket ? QStringLiteral("tone_stream://%(500,500,880);loops=3")
                                                  : tr("a file name in the sound folder (no “/”)"));
    m_endAction->setObjectName(QStringLiteral("timeBoxEndAction"));
    m_endAction->addItem(tr("Nothing: only tell me"), int(cc::TimeBoxSettings::EndAction::Nothing));
    m_endAction->addItem(tr("Lock the conference"), int(cc::TimeBoxSettings::EndAction::Lock));
    m_endAction->addItem(tr("End the meeting (disconnect everyone)"),
                         int(cc::TimeBoxSettings::EndAction::EndMeeting));
    m_endAction->setCurrentIndex(m_endAction->findData(int(current.endAction)));
    m_ask->setObjectName(QStringLiteral("timeBoxAsk"));
    m_ask->setChecked(current.askBeforeEnding);
    m_speakerLimit->setObjectName(QStringLiteral("timeBoxSpeakerLimit"));
    m_speakerLimit->setRange(0, 120);
    m_speakerLimit->setValue(current.speakerLimitMinutes);
    m_speakerLimit->setSuffix(tr(" min"));
    m_speakerLimit->setSpecialValueText(tr("no limit"));
    m_speakerLimit->setToolTip(tr("Tell me (not the speaker) when one member has talked longer than this."));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *at = new QHBoxLayout;
    at->addWidget(m_atTime);
    at->addWidget(m_time);
    at->addSpacing(12);
    at->addWidget(m_inMinutes);
    at->addWidget(m_minutes);
    at->addStretch(1);
    form->addRow(tr("End:"), at);
    form->addRow(QString(), m_noEnd);
    auto *warn = new QHBoxLayout;
    warn->addWidget(m_warnMinutes);
    warn->addWidget(m_warningFile, 1);
    form->addRow(tr("&Warning:"), warn);
    form->addRow(tr("At the &end:"), m_endAction);
    form->addRow(QString(), m_ask);
    form->addRow(tr("&Speaker limit:"), m_speakerLimit);
    layout->addLayout(form);
    auto *note =
        new QLabel(tr("The time box runs while this console is open; it is remembered if you close and "
                      "reopen the tab."),
                   this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_error->setObjectName(QStringLiteral("timeBoxError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TimeBoxDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto follow = [this] {
        const bool ending = !m_noEnd->isChecked();
        m_time->setEnabled(m_atTime->isChecked());
        m_minutes->setEnabled(m_inMinutes->isChecked());
        m_warnMinutes->setEnabled(ending);
        m_warningFile->setEnabled(ending && m_warnMinutes->value() > 0);
        m_endAction->setEnabled(ending);
        m_ask->setEnabled(ending && m_endAction->currentData().toInt() ==
                                        int(cc::TimeBoxSettings::EndAction::EndMeeting));
    };
    for (QRadioButton *r : {m_atTime, m_inMinutes, m_noEnd})
        connect(r, &QRadioButton::toggled, this, follow);
    connect(m_warnMinutes, &QSpinBox::valueChanged, this, follow);
    connect(m_endAction, &QComboBox::currentIndexChanged, this, follow);
    follow();
}

TimeBoxDialog::~TimeBoxDialog() = default;

cc::TimeBoxSettings TimeBoxDialog::settingsAt(qint64 nowSecs) const
{
    cc::TimeBoxSettings s;
    if (m_inMinutes->isChecked()) {
        s.endsAtEpochSeconds = nowSecs + qint64(m_minutes->value()) * 60;
    } else if (m_atTime->isChecked()) {
        // The next time the clock shows HH:mm: later today, else tomorrow.
        const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSecs);
        QDateTime end(now.date(), m_time->time());
        if (end <= now)
            end = end.addDays(1);
        s.endsAtEpochSeconds = end.toSecsSinceEpoch();
    }
    s.warnMinutesBefore = m_warnMinutes->value();
    s.warningFile = m_warningFile->text().trimmed();
    s.endAction = cc::TimeBoxSettings::EndAction(m_endAction->currentData().toInt());
    s.askBeforeEnding = m_ask->isChecked();
    s.speakerLimitMinutes = m_speakerLimit->value();
    return s;
}

void TimeBoxDialog::accept()
{
    const cc::TimeBoxSettings s = settingsAt(QDateTime::currentSecsSinceEpoch());
    QString error;
    if (s.endsAtEpochSeconds == 0 && s.speakerLimitMinutes == 0)
        error = tr("Choose an end, a speaker limit, or both.");
    if (error.isEmpty() && !s.warningFile.isEmpty() && s.warnMinutesBefore > 0) {
        const cc::ConferenceCommand play = cc::ConferenceCommand::play(s.warningFile);
        if (!play.isValid())
            error = play.error();
        else if (!m_eventSocket && !play.restSegment())
            error = play.restError();
    }
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    emit chosen(s);
    QDialog::accept();
}

} // namespace gui
