// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gui {

/// The raw command console: type a mod_conference command ("mute 5", "relate 1,2 3 nospeak"),
/// see its syntax while typing, and send it to the current conference. Lines are validated with
/// cc::ConferenceCommand::parse first; an invalid line is explained and nothing is sent. The
/// console only emits commandSubmitted(); whoever owns the conference sends it and hands the
/// answer back through showOutcome().
class TroubleConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TroubleConsole)

public:
    static constexpr int MaxHistory = 100;

    explicit TroubleConsole(QWidget *parent = nullptr);
    ~TroubleConsole() override;

    /// The conference commands go to; empty disables sending.
    void setConference(const QString &conference);
    QString conference() const { return m_conference; }

    /// Base URL of the server, only to show the full REST path that was used.
    void setRestPrefix(const QString &prefix);

    /// QSettings key of the history; tests point it elsewhere.
    void setHistoryKey(const QString &key);
    QStringList history() const { return m_history; }

    QLineEdit *input() const { return m_input; }
    QCompleter *completer() const { return m_completer; }
    /// The live syntax hint / validation text under the input.
    QString hintText() const;
    QString transcript() const;

public slots:
    /// Validates the input line and, when valid, emits commandSubmitted.
    void submit();
    /// Appends the answer (FreeSWITCH text or the failure in plain words) with the time and the
    /// REST segment or API line that was used.
    void showOutcome(const cc::CommandOutcome &outcome, const QString &segmentOrApiLine = {});
    void clearTranscript();

signals:
    void commandSubmitted(const cc::ConferenceCommand &command);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHint();
    void append(const QString &text, const QColor &color = {});
    void recall(int step);
    void loadHistory();
    void saveHistory();
    void addToHistory(const QString &line);

    QPlainTextEdit *m_transcript;
    QLineEdit *m_input;
    QLabel *m_hint;
    QPushButton *m_send;
    QCompleter *m_completer;
    QString m_conference;
    QString m_restPrefix;
    QString m_historyKey;
    QStringList m_history;
    int m_historyPos = -1; ///< -1: editing a new line
    QString m_draft;       ///< the unsent line while browsing the history
};

} // namespace gui
