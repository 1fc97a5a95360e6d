// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/troubleconsole.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStringListModel>
#include <QTime>
#include <QUrl>
#include <QVBoxLayout>

namespace gui {

namespace {
QString firstWord(const QString &line)
{
    const QString trimmed = line.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    return (space < 0 ? trimmed : trimmed.left(space)).toLower();
}

QString now()
{
    return QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
}
} // namespace

TroubleConsole::TroubleConsole(QWidget *parent)
    : QWidget(parent)
    , m_transcript(new QPlainTextEdit(this))
    , m_input(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_completer(new QCompleter(cc::ConferenceCommand::knownCommands(), this))
    , m_historyKey(QStringLiteral("troubleshooting/consoleHistory"))
{
    setObjectName(QStringLiteral("troubleConsole"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_transcript->setObjectName(QStringLiteral("consoleTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setFont(fixed);
    m_transcript->setMaximumBlockCount(5000);
    m_transcript->setPlaceholderText(
        tr("Commands typed below go to the open conference; the server's answers appear here."));

    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_input->setFont(fixed);
    m_input->setPlaceholderText(tr("mod_conference command, e.g. mute 5 or relate 1,2 3 nospeak"));
    m_input->setClearButtonEnabled(true);
    m_input->setAccessibleName(tr("Command line"));
    m_input->setAccessibleDescription(tr("Type a mod_conference command and press Enter to send it"));
    m_transcript->setAccessibleName(tr("Console transcript"));
    m_input->installEventFilter(this);

    m_completer->setObjectName(QStringLiteral("consoleCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    // Only the command word is completed: once a space is typed nothing matches any more.
    m_input->setCompleter(m_completer);

    m_hint->setObjectName(QStringLiteral("consoleHint"));
    m_hint->setFont(fixed);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Command syntax"));
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send->setObjectName(QStringLiteral("consoleSend"));

    // The transcript keeps the last 5000 blocks; Clear starts afresh (the history stays).
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("consoleClear"));
    clear->setToolTip(tr("Clear the transcript; the command history stays"));
    connect(clear, &QPushButton::clicked, this, &TroubleConsole::clearTranscript);

    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_send);
    row->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_transcript, 1);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    connect(m_input, &QLineEdit::textChanged, this, &TroubleConsole::updateHint);
    connect(m_input, &QLineEdit::returnPressed, this, &TroubleConsole::submit);
    connect(m_send, &QPushButton::clicked, this, &TroubleConsole::submit);

    loadHistory();
    setConference({});
}

TroubleConsole::~TroubleConsole() = default;

void TroubleConsole::setConference(const QString &conference)
{
    m_conference = conference;
    m_send->setEnabled(!conference.isEmpty());
    updateHint();
}

void TroubleConsole::setRestPrefix(const QString &prefix)
{
    m_restPrefix = prefix;
}

void TroubleConsole::setHistoryKey(const QString &key)
{
    m_historyKey = key;
    loadHistory();
}

QString TroubleConsole::hintText() const
{
    return m_hint->text();
}

QString TroubleConsole::transcript() const
{
    return m_transcript->toPlainText();
}

void TroubleConsole::updateHint()
{
    m_hint->setStyleSheet({});
    const QString text = m_input->text();
    const QString word = firstWord(text);
    if (m_conference.isEmpty() && text.trimmed().isEmpty()) {
        m_hint->setText(tr("Open a conference to send commands to it."));
        return;
    }
    if (word.isEmpty()) {
        m_hint->setText(
            tr("Type a command; pick from the list to complete it, Up/Down recall earlier lines."));
        return;
    }
    const QStringList known = cc::ConferenceCommand::knownCommands();
    if (known.contains(word)) {
        const QString syntax = cc::ConferenceCommand::syntaxHint(word);
        m_hint->setText(syntax.isEmpty() ? word : word + QLatin1Char(' ') + syntax);
        return;
    }
    const QStringList matches = known.filter(QRegularExpression(
        QLatin1Char('^') + QRegularExpression::escape(word), QRegularExpression::CaseInsensitiveOption));
    if (!matches.isEmpty() && !text.trimmed().contains(QLatin1Char(' ')))
        m_hint->setText(matches.join(QLatin1String("  ")));
    else
        m_hint->setText(tr("Unknown command “%1”.").arg(word));
}

void TroubleConsole::append(const QString &text, const QColor &color)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    if (color.isValid())
        html = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), html);
    m_transcript->appendHtml(QStringLiteral("<span style=\"white-space:pre-wrap\">%1</span>").arg(html));
}

void TroubleConsole::submit()
{
    // Return while the completion list is open picks the completion; it does not send.
    if (m_completer->popup() && m_completer->popup()->isVisible())
        return;
    const QString line = m_input->text().trimmed();
    if (line.isEmpty())
        return;
    addToHistory(line);
    const QColor errorColor = QColor(Qt::red).darker(130);
    const auto refuse = [&](const QString &why) {
        append(now() + QStringLiteral(" › ") + line);
        append(QLatin1String("  ") + why, errorColor);
        m_hint->setText(why);
        m_hint->setStyleSheet(QStringLiteral("color:%1").arg(errorColor.name()));
    };
    if (m_conference.isEmpty()) {
        refuse(tr("No conference is open; nothing was sent."));
        return;
    }
    const cc::ConferenceCommand command = cc::ConferenceCommand::parse(line);
    if (!command.isValid()) {
        refuse(command.error());
        return;
    }
    const std::optional<QString> segment = command.restSegment();
    if (!segment) {
        refuse(command.restError());
        return;
    }
    append(now() + QStringLiteral(" › ") + line);
    const QString path = QStringLiteral("/my/conference/%1/%2")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_conference)), *segment);
    append(QLatin1String("  ") + tr("REST: %1").arg(m_restPrefix + path),
           palette().color(QPalette::PlaceholderText));
    const QString api = command.apiLine(m_conference);
    if (!api.isEmpty())
        append(QLatin1String("  ") + tr("API:  %1").arg(api), palette().color(QPalette::PlaceholderText));
    m_input->clear();
    emit commandSubmitted(command);
}

void TroubleConsole::showOutcome(const cc::CommandOutcome &outcome, const QString &segmentOrApiLine)
{
    QString text = now() + QStringLiteral(" ← ");
    if (outcome.httpStatus > 0)
        text += QStringLiteral("[%1] ").arg(outcome.httpStatus);
    // The FreeSWITCH text is what an admin compares with fs_cli; failures without one get words.
    const bool hasPayload =
        !outcome.payload.trimmed().isEmpty() &&
        (outcome.kind == cc::ResponseKind::Success || outcome.kind == cc::ResponseKind::FreeSwitchError);
    text += hasPayload ? outcome.payload.trimmed() : outcome.message;
    if (!outcome.ok() && !outcome.detail.isEmpty())
        text += QLatin1Char('\n') + QLatin1String("  ") + outcome.detail;
    if (!segmentOrApiLine.isEmpty())
        text += QLatin1Char('\n') + QLatin1String("  ") + tr("(sent as %1)").arg(segmentOrApiLine);
    append(text, outcome.ok() ? QColor() : QColor(Qt::red).darker(130));
}

void TroubleConsole::clearTranscript()
{
    m_transcript->clear();
}

bool TroubleConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // While the completion popup is open, Up/Down belong to it.
        const bool popupOpen = m_completer->popup() && m_completer->popup()->isVisible();
        if (!popupOpen && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            recall(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TroubleConsole::recall(int step)
{
    if (m_history.isEmpty())
        return;
    if (m_historyPos < 0) {
        if (step > 0)
            return;
        m_draft = m_input->text();
        m_historyPos = int(m_history.size());
    }
    const int pos = m_historyPos + step;
    if (pos < 0)
        return;
    m_historyPos = pos;
    if (pos >= m_history.size()) {
        m_historyPos = -1;
        m_input->setText(m_draft);
        return;
    }
    m_input->setText(m_history.at(pos));
}

void TroubleConsole::loadHistory()
{
    QSettings settings;
    m_history = settings.value(m_historyKey).toStringList();
    if (m_history.size() > MaxHistory)
        m_history = m_history.mid(m_history.size() - MaxHistory);
    m_historyPos = -1;
}

void TroubleConsole::saveHistory()
{
    QSettings settings;
    settings.setValue(m_historyKey, m_history);
}

void TroubleConsole::addToHistory(const QString &line)
{
    m_historyPos = -1;
    m_draft.clear();
    if (!m_history.isEmpty() && m_history.constLast() == line)
        return;
    m_history.removeAll(line); // one entry per line, most recent last, like a shell's erasedups
    m_history.append(line);
    while (m_history.size() > MaxHistory)
        m_history.removeFirst();
    saveHistory();
}

} // namespace gui
