// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/logview.h"
#include "gui/common/tableviews.h"

#include "gui/troubleshooting/logexchangemodel.h"
#include "gui/troubleshooting/logfilterproxymodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gui {

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExchangeLogModel(this))
    , m_proxy(new LogFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_curlButton(new QPushButton(tr("Copy as curl"), this))
    , m_saveButton(new QPushButton(tr("Save to file…"), this))
    , m_clearButton(new QPushButton(tr("Clear"), this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("logView"));
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setPlaceholderText(tr("Filter by URL, status or body text"));
    m_filter->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(QStringLiteral("logStatusFilter"));
    m_statusFilter->addItem(tr("All exchanges"), QVariant::fromValue(LogFilterProxyModel::StatusFilter::All));
    m_statusFilter->addItem(tr("Failures only"),
                            QVariant::fromValue(LogFilterProxyModel::StatusFilter::Failures));
    m_statusFilter->addItem(tr("Successes only"),
                            QVariant::fromValue(LogFilterProxyModel::StatusFilter::Successes));
    m_curlButton->setObjectName(QStringLiteral("logCopyCurl"));
    m_curlButton->setToolTip(tr("Copy a curl command that repeats the selected request. curl asks for the "
                                "password itself; it is never copied."));
    m_saveButton->setObjectName(QStringLiteral("logSave"));
    m_clearButton->setObjectName(QStringLiteral("logClear"));

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    // Arrival order is the useful order for a log: no sorting.
    setUpRecordTable(
        m_view, QStringLiteral("logTable"), tr("Request log"),
        {.stretchColumn = ExchangeLogModel::UrlColumn, .selection = QAbstractItemView::SingleSelection});
    m_details->setAccessibleName(tr("Selected exchange"));
    m_filter->setAccessibleName(tr("Log filter"));
    m_statusFilter->setAccessibleName(tr("Show exchanges"));
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(ExchangeLogModel::TimeColumn, digit * 14);
    m_view->setColumnWidth(ExchangeLogModel::MethodColumn, digit * 7);
    m_view->setColumnWidth(ExchangeLogModel::StatusColumn, digit * 16);
    m_view->setColumnWidth(ExchangeLogModel::LatencyColumn, digit * 9);
    m_view->setColumnWidth(ExchangeLogModel::SizeColumn, digit * 10);

    m_details->setObjectName(QStringLiteral("logDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an exchange to see the request and the raw answer."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_statusFilter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_curlButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    // Filtering searches bodies too; wait until typing pauses.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_proxy->setText(m_filter->text()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_statusFilter->currentData().value<LogFilterProxyModel::StatusFilter>());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogView::updateDetails);
    connect(m_curlButton, &QPushButton::clicked, this, &LogView::copyAsCurl);
    connect(m_saveButton, &QPushButton::clicked, this, &LogView::saveToFile);
    connect(m_clearButton, &QPushButton::clicked, m_model, &ExchangeLogModel::clear);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogView::updateDetails);

    // Follow the newest row unless the user scrolled up to read something.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_followTail = bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            QTimer::singleShot(0, m_view, &QTableView::scrollToBottom);
    });
    updateDetails();
}

LogView::~LogView() = default;

int LogView::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_proxy->mapToSource(current).row();
}

void LogView::updateDetails()
{
    const int row = currentSourceRow();
    m_curlButton->setEnabled(row >= 0);
    if (row < 0) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(ExchangeLogModel::rawText(m_model->entry(row)));
}

QString LogView::currentCurlCommand() const
{
    const int row = currentSourceRow();
    return row < 0 ? QString() : ExchangeLogModel::curlCommand(m_model->entry(row));
}

void LogView::copyAsCurl()
{
    const QString command = currentCurlCommand();
    if (command.isEmpty())
        return;
    QApplication::clipboard()->setText(command);
    emit message(tr("curl command copied; curl will ask for the password."), false);
}

bool LogView::saveTo(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    file.write(m_model->toText().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void LogView::saveToFile()
{
    auto *dialog = new QFileDialog(this, tr("Save Request Log"));
    dialog->setObjectName(QStringLiteral("logSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Text files (*.txt *.log)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(QStringLiteral("conference-console-log.txt"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) {
        QString error;
        if (saveTo(fileName, &error))
            emit message(tr("Log saved to %1 (%n exchange(s)).", nullptr, m_model->rowCount()).arg(fileName),
                         false);
        else
            emit message(error, true);
    });
    dialog->open();
}

} // namespace gui
