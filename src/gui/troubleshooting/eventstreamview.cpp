// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/eventstreamview.h"

#include "core/esl/eslclient.h"
#include "core/esl/eventapplier.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace gui {

namespace {
constexpr int HeadersRole = Qt::UserRole + 1;

QString headerText(const cc::EslEvent &event)
{
    QStringList lines;
    lines.reserve(event.headers.size() + 2);
    for (const auto &[name, value] : event.headers)
        lines << name + QStringLiteral(": ") + value;
    if (!event.body.isEmpty())
        lines << QString() << QString::fromUtf8(event.body);
    return lines.join(u'\n');
}

// Event-Date-Timestamp is in microseconds (freeswitch-conference.md §8.1); fall back to arrival.
QString timeText(const cc::EslEvent &event, qint64 receivedMs)
{
    bool ok = false;
    const qint64 us = event.header(u"Event-Date-Timestamp").toLongLong(&ok);
    const qint64 ms = ok && us > 0 ? us / 1000 : receivedMs;
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}
} // namespace

EventStreamView::EventStreamView(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, HeadersColumn + 1, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("eventStreamView"));
    m_model->setHorizontalHeaderLabels(
        {tr("Time"), tr("Server"), tr("Action"), tr("Member"), tr("Conference"), tr("Headers")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // any column, including the hidden full headers
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("eventFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter events (action, member, conference, any header)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &EventStreamView::setFilterText);
    bar->addWidget(m_filter, 1);
    m_pause = new QToolButton(this);
    m_pause->setObjectName(QStringLiteral("eventPauseButton"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold new events so the list stands still; they are added on resume."));
    connect(m_pause, &QToolButton::toggled, this, &EventStreamView::setPaused);
    bar->addWidget(m_pause);
    auto *clearButton = new QToolButton(this);
    clearButton->setObjectName(QStringLiteral("eventClearButton"));
    clearButton->setText(tr("Clear"));
    connect(clearButton, &QToolButton::clicked, this, &EventStreamView::clear);
    bar->addWidget(clearButton);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("eventStatusLabel"));
    bar->addWidget(m_status);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new QTreeView(splitter);
    m_view->setObjectName(QStringLiteral("eventList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setColumnHidden(HeadersColumn, true);
    m_view->header()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Conference events"));
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an event to see all its headers."));
    m_details->setAccessibleName(tr("Event headers"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventStreamView::showDetails);
    updateStatus();
}

EventStreamView::~EventStreamView() = default;

void EventStreamView::watch(cc::EslClient *client, const QString &serverName)
{
    if (!client)
        return;
    connect(client, &cc::EslClient::eventReceived, this,
            [this, serverName](const cc::EslEvent &event) { addEvent(serverName, event); });
}

void EventStreamView::addEvent(const QString &serverName, const cc::EslEvent &event)
{
    if (!cc::EventApplier::isMaintenanceEvent(event))
        return;
    Held held{serverName, event, QDateTime::currentMSecsSinceEpoch()};
    if (m_paused) {
        m_held.append(held);
        // Held events obey the cap too: the oldest go first.
        if (m_held.size() > m_cap)
            m_held.remove(0, m_held.size() - m_cap);
        updateStatus();
        return;
    }
    append(held);
    trimToCap();
    updateStatus();
}

void EventStreamView::append(const Held &held)
{
    QScrollBar *scroll = m_view->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum() - 2;
    const cc::EslEvent &e = held.event;
    QList<QStandardItem *> row;
    row << new QStandardItem(timeText(e, held.receivedMs)) << new QStandardItem(held.server)
        << new QStandardItem(e.action()) << new QStandardItem(e.header(u"Member-ID"))
        << new QStandardItem(e.header(u"Conference-Name")) << new QStandardItem(headerText(e));
    for (QStandardItem *item : row)
        item->setEditable(false);
    row.first()->setData(headerText(e), HeadersRole);
    m_model->appendRow(row);
    if (atBottom)
        m_view->scrollToBottom(); // follow the stream unless the user scrolled up to read
}

void EventStreamView::trimToCap()
{
    const int excess = m_model->rowCount() - m_cap;
    if (excess > 0)
        m_model->removeRows(0, excess);
}

void EventStreamView::clear()
{
    m_model->removeRows(0, m_model->rowCount());
    m_held.clear();
    m_details->clear();
    updateStatus();
}

void EventStreamView::setCap(int maxEvents)
{
    m_cap = qMax(1, maxEvents);
    trimToCap();
    updateStatus();
}

void EventStreamView::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused) {
        const QList<Held> held = std::exchange(m_held, {});
        for (const Held &h : held)
            append(h);
        trimToCap();
    }
    updateStatus();
}

void EventStreamView::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // re-enters through textChanged
    m_proxy->setFilterFixedString(text.trimmed());
    updateStatus();
}

int EventStreamView::eventCount() const
{
    return m_model->rowCount();
}

int EventStreamView::visibleCount() const
{
    return m_proxy->rowCount();
}

QString EventStreamView::detailsText(int row) const
{
    return m_proxy->index(row, 0).data(HeadersRole).toString();
}

void EventStreamView::updateStatus()
{
    QString text = m_proxy->filterRegularExpression().pattern().isEmpty()
                       ? tr("%1 events").arg(eventCount())
                       : tr("%1 of %2 events").arg(visibleCount()).arg(eventCount());
    if (m_paused)
        text += tr(" · paused, %1 held").arg(m_held.size());
    m_status->setText(text);
    emit countChanged(eventCount());
}

void EventStreamView::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    m_details->setPlainText(current.isValid() ? detailsText(current.row()) : QString());
}

} // namespace gui
