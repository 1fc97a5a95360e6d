// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/logdock.h"

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
#include "core/rest/restclient.h"

#include <QAction>
#include <QFontDatabase>
#include <QHeaderView>
#include <QScrollBar>
#include <QTime>
#include <QTreeWidget>

namespace gui {

LogDock::LogDock(QWidget *parent)
    : QDockWidget(tr("Log"), parent)
    , m_view(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels(
        {tr("Time"), tr("Server"), tr("Method"), tr("URL / answer"), tr("Status"), tr("Latency")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TimeColumn, 100);
    m_view->setColumnWidth(ServerColumn, 110);
    m_view->setColumnWidth(MethodColumn, 60);
    m_view->setColumnWidth(StatusColumn, 70);
    m_view->setColumnWidth(LatencyColumn, 70);

    auto *clearAction = new QAction(tr("Clear log"), m_view);
    clearAction->setObjectName(QStringLiteral("actionClearLog"));
    connect(clearAction, &QAction::triggered, this, &LogDock::clear);
    m_view->addAction(clearAction);
    m_showPollsAction = new QAction(tr("Show polling requests"), m_view);
    m_showPollsAction->setObjectName(QStringLiteral("actionShowPolls"));
    m_showPollsAction->setCheckable(true);
    connect(m_showPollsAction, &QAction::toggled, this, &LogDock::setShowPolls);
    m_view->addAction(m_showPollsAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    setWidget(m_view);
}

int LogDock::rowCount() const
{
    return m_view->topLevelItemCount();
}

void LogDock::setShowPolls(bool show)
{
    m_showPolls = show;
    m_showPollsAction->setChecked(show);
}

bool LogDock::isPollRequest(const QUrl &url)
{
    const QString path = url.path();
    const QString last = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    return last == QLatin1String("xml_list") || last.startsWith(QLatin1String("relate&0")) ||
           last == QLatin1String("record&status") || last == QLatin1String("record&duration") ||
           last == QLatin1String("count"); // the Conferences dock's member counts
}

void LogDock::addExchange(const QString &server, const cc::RestResult &result)
{
    if (!m_showPolls && result.ok() && isPollRequest(result.url))
        return;
    QString status;
    bool error = !result.ok();
    if (result.error == cc::TransportError::None)
        status = QString::number(result.httpStatus);
    else
        status = cc::transportErrorText(result.error);
    QString url = result.url.toDisplayString(QUrl::RemoveUserInfo);
    if (result.fellBackToGet)
        url += tr("  (PUT refused with 405, repeated as GET)");
    append({QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), server,
            QString::fromLatin1(result.method), url, status, tr("%1 ms").arg(result.latencyMs)},
           error);
}

void LogDock::addMessage(const QString &server, const QString &text, bool error)
{
    QString oneLine = text.trimmed();
    oneLine.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    append({QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), server, QStringLiteral("→"),
            oneLine, error ? tr("failed") : tr("ok"), QString()},
           error);
}

void LogDock::addEslCommand(const QString &server, const cc::ConferenceCommand &command,
                            const QString &apiLine, const cc::CommandOutcome &outcome, qint64 latencyMs)
{
    // The event socket's equivalents of the REST polls: the re-syncs and relationship reads.
    const bool poll = command.id() == cc::CommandId::XmlList || command.id() == cc::CommandId::RelateList;
    if (!m_showPolls && outcome.ok() && poll)
        return;
    QString answer = outcome.payload.trimmed();
    if (answer.isEmpty())
        answer = outcome.message;
    answer = answer.section(QLatin1Char('\n'), 0, 0);       // the first line; the console tab has it all
    const bool bgapi = command.id() == cc::CommandId::Dial; // sent as bgapi, §9.2
    append({QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), server,
            bgapi ? QStringLiteral("bgapi") : QStringLiteral("api"),
            answer.isEmpty() ? apiLine : tr("%1  ⇒  %2").arg(apiLine, answer),
            outcome.ok() ? tr("ok") : tr("failed"), tr("%1 ms").arg(latencyMs)},
           !outcome.ok());
}

void LogDock::clear()
{
    m_view->clear();
}

void LogDock::append(const QStringList &columns, bool error)
{
    // Keep memory bounded on a console that runs all day.
    while (m_view->topLevelItemCount() >= MaxRows)
        delete m_view->takeTopLevelItem(0);
    auto *item = new QTreeWidgetItem(columns);
    // Every cell's whole text in its tooltip; the short columns grow to what they show (a
    // server's name, a failure's words) up to a limit, so the URL keeps most of the room.
    const QFontMetrics fm(m_view->font());
    for (int c = 0; c < ColumnCount; ++c) {
        item->setToolTip(c, columns.value(c));
        if (c == UrlColumn)
            continue;
        const int wanted = std::min(fm.horizontalAdvance(columns.value(c)) + 16, 320);
        if (wanted > m_view->columnWidth(c))
            m_view->setColumnWidth(c, wanted);
    }
    if (error) {
        for (int c = 0; c < ColumnCount; ++c)
            item->setForeground(c, QColor(0xb0, 0x1c, 0x1c));
    }
    // Follow the tail only when the user has not scrolled up to read something.
    const QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    m_view->addTopLevelItem(item);
    if (atBottom)
        m_view->scrollToItem(item);
}

} // namespace gui
