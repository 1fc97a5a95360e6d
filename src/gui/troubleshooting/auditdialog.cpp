// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/auditdialog.h"
#include "gui/common/tableviews.h"

#include "gui/dialogs/prompts.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gui {

namespace {
QString outcomeText(const QString &key)
{
    if (key == QLatin1String("success"))
        return AuditDialog::tr("OK");
    if (key == QLatin1String("freeswitch-error"))
        return AuditDialog::tr("FreeSWITCH error");
    if (key == QLatin1String("backend-failure"))
        return AuditDialog::tr("Bridge unreachable");
    if (key == QLatin1String("http-error"))
        return AuditDialog::tr("HTTP error");
    if (key == QLatin1String("transport-failure"))
        return AuditDialog::tr("No answer");
    return key;
}

QString targetsText(const QList<cc::AuditTarget> &targets)
{
    QStringList parts;
    for (const cc::AuditTarget &t : targets) {
        QString who = QString::number(t.memberId);
        if (!t.callerIdName.isEmpty())
            who += QLatin1Char(' ') + t.callerIdName;
        if (!t.callerIdNumber.isEmpty())
            who += QStringLiteral(" <%1>").arg(t.callerIdNumber);
        parts << who;
    }
    return parts.join(QLatin1String(", "));
}
} // namespace

AuditDialog::AuditDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path.isEmpty() ? cc::AuditLog::defaultPath() : path)
    , m_filter(new QLineEdit(this))
    , m_conference(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("AuditDialog"));
    setWindowTitle(tr("Audit Trail"));
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter by command, member, user, answer…"));
    m_filter->setClearButtonEnabled(true);
    m_conference->setObjectName(QStringLiteral("auditConference"));
    m_conference->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setColumnCount(ColumnCount);
    setUpRecordTable(m_table, QStringLiteral("auditTable"), tr("Sent commands"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Conference"), tr("User"), tr("Command"),
                                        tr("Members"), tr("Outcome"), tr("HTTP"), tr("Answer"), tr("Request"),
                                        tr("Server")});
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_export->setObjectName(QStringLiteral("auditExport"));

    auto *reloadButton = new QPushButton(tr("Reload"), this);
    reloadButton->setObjectName(QStringLiteral("auditReload"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(reloadButton, QDialogButtonBox::ResetRole);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(new QLabel(tr("Conference:"), this));
    top->addWidget(m_conference);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(960, 520);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &AuditDialog::applyFilter);
    connect(m_conference, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditDialog::exportCsv);
    connect(reloadButton, &QPushButton::clicked, this, &AuditDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

AuditDialog::~AuditDialog() = default;

void AuditDialog::reload()
{
    // The trail is a local file of at most two rotated 10 MB parts: reading it is quick.
    const cc::AuditLog log(m_path);
    m_skipped = 0;
    m_entries = log.loadAll(&m_skipped);

    const QString current = m_conference->currentData().toString();
    QStringList conferences;
    for (const cc::AuditEntry &e : std::as_const(m_entries)) {
        if (!conferences.contains(e.conference))
            conferences << e.conference;
    }
    conferences.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker blocker(m_conference);
        m_conference->clear();
        m_conference->addItem(tr("All"), QString());
        for (const QString &c : std::as_const(conferences))
            m_conference->addItem(c, c);
        m_conference->setCurrentIndex(std::max(0, m_conference->findData(current)));
    }
    applyFilter();
}

void AuditDialog::applyFilter()
{
    cc::AuditFilter filter;
    filter.conference = m_conference->currentData().toString();
    filter.text = m_filter->text().trimmed();
    m_shown = cc::AuditLog::filter(m_entries, filter);

    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_shown.size()));
    // Newest first: that is what someone checking "who kicked whom" looks for.
    for (int i = 0; i < m_shown.size(); ++i) {
        const cc::AuditEntry &e = m_shown.at(m_shown.size() - 1 - i);
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(i, column, item);
        };
        set(TimeColumn, e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        set(ConferenceColumn, e.conference);
        set(UserColumn, e.user);
        set(CommandColumn, e.command);
        set(TargetsColumn, targetsText(e.targets));
        set(OutcomeColumn, outcomeText(e.outcome));
        set(StatusColumn, e.httpStatus > 0 ? QString::number(e.httpStatus) : QString());
        set(AnswerColumn, e.answer.simplified());
        set(RequestColumn, e.request);
        set(ServerColumn, e.serverUrl);
        if (e.outcome != QLatin1String("success"))
            m_table->item(i, OutcomeColumn)->setForeground(QColor(Qt::red).darker(130));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));

    QString summary = tr("%1 of %n command(s) shown.", nullptr, int(m_entries.size())).arg(m_shown.size());
    if (m_skipped > 0)
        summary += QLatin1Char(' ') + tr("%n damaged line(s) skipped.", nullptr, m_skipped);
    if (m_entries.isEmpty())
        summary = tr("No commands recorded yet in %1.").arg(QDir::toNativeSeparators(m_path));
    m_summary->setText(summary);
    m_export->setEnabled(!m_shown.isEmpty());
}

bool AuditDialog::exportTo(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !cc::AuditLog::exportCsv(m_shown, &file) || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void AuditDialog::exportCsv()
{
    askForSaveFile(
        this, QStringLiteral("auditExportDialog"), tr("Export Audit Trail"), tr("CSV files (*.csv)"),
        QStringLiteral("csv"), QStringLiteral("conference-audit.csv"), [this](const QString &fileName) {
            QString error;
            if (exportTo(fileName, &error))
                emit message(tr("Exported %n command(s) to %1.", nullptr, int(m_shown.size())).arg(fileName),
                             false);
            else
                emit message(error, true);
        });
}

} // namespace gui
