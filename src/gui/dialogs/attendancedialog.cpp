// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/attendancedialog.h"
#include "gui/common/tableviews.h"

#include "gui/dialogs/prompts.h"

#include "core/insights/attendancetracker.h"
#include "core/model/participantmodel.h" // cc::formatDuration()

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>
#include <memory>

namespace gui {

namespace {
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kKeyIdRole = Qt::UserRole + 2;     ///< on the first item: member id
constexpr int kKeyJoinedRole = Qt::UserRole + 3; ///< on the first item: joined at

/// Sorts by a number in kSortRole when there is one ("9:00" before "10:00"), else by text.
class SortItem final : public QTableWidgetItem
{
public:
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(kSortRole);
        const QVariant b = other.data(kSortRole);
        if (a.isValid() && b.isValid())
            return a.toLongLong() < b.toLongLong();
        return text().localeAwareCompare(other.text()) < 0;
    }
};

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QStringLiteral("HH:mm:ss"));
}

QString duration(qint64 ms)
{
    return cc::formatDuration(ms / 1000);
}

QString dateTimeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
}
} // namespace

AttendanceDialog::AttendanceDialog(cc::AttendanceTracker *tracker, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_exportPdf(new QPushButton(tr("Export &PDF…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("AttendanceDialog"));
    m_summary->setObjectName(QStringLiteral("attendanceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Name"), tr("Number"), tr("Moderator"), tr("Joined"),
                                        tr("Left"), tr("Present"), tr("Talk time"), tr("Turns"),
                                        tr("Muted")});
    setUpRecordTable(m_table, QStringLiteral("attendanceTable"), tr("Attendance"),
                     {.stretchColumn = NameColumn, .fitToContents = true, .sortColumn = JoinedColumn});

    m_status->setObjectName(QStringLiteral("attendanceStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->hide();

    m_exportCsv->setObjectName(QStringLiteral("attendanceExportCsv"));
    m_exportCsv->setAccessibleName(tr("Export CSV"));
    m_exportPdf->setObjectName(QStringLiteral("attendanceExportPdf"));
    m_exportPdf->setAccessibleName(tr("Export PDF"));
    m_print->setObjectName(QStringLiteral("attendancePrint"));
    m_print->setAccessibleName(tr("Print"));
    // Enter closes the dialog; an export or print needs a deliberate click or mnemonic.
    for (QPushButton *b : {m_exportCsv, m_exportPdf, m_print})
        b->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("attendanceButtons"));
    buttons->addButton(m_exportCsv, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportPdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(m_exportCsv, &QPushButton::clicked, this, &AttendanceDialog::chooseCsvFile);
    connect(m_exportPdf, &QPushButton::clicked, this, &AttendanceDialog::choosePdfFile);
    connect(m_print, &QPushButton::clicked, this, &AttendanceDialog::print);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 420);

    m_tick->setInterval(1000); // present and talk times of open stays grow without changed()
    connect(m_tick, &QTimer::timeout, this, &AttendanceDialog::refresh);

    setTracker(tracker);
}

AttendanceDialog::~AttendanceDialog() = default;

void AttendanceDialog::setTracker(cc::AttendanceTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (m_tracker) {
        connect(m_tracker, &cc::AttendanceTracker::changed, this, &AttendanceDialog::refresh);
        connect(m_tracker, &QObject::destroyed, this, &AttendanceDialog::refresh, Qt::QueuedConnection);
    }
    m_table->setRowCount(0);
    m_rows.clear();
    refresh();
}

void AttendanceDialog::refresh()
{
    const bool has = !m_tracker.isNull();
    setWindowTitle(has ? tr("Attendance — %1").arg(m_tracker->conference()) : tr("Attendance"));
    m_exportCsv->setEnabled(has);
    m_exportPdf->setEnabled(has);
    m_print->setEnabled(has);
    const QList<cc::AttendanceRecord> records = has ? m_tracker->records() : QList<cc::AttendanceRecord>{};
    const qint64 now = has ? m_tracker->now() : 0;

    // Update rows in place (keyed by member id and join time): selection and scroll survive every refresh.
    m_table->setSortingEnabled(false);
    QSet<QPair<quint32, qint64>> seen;
    int present = 0;
    for (const cc::AttendanceRecord &r : records) {
        const QPair<quint32, qint64> key{r.memberId, r.joinedAtMs};
        seen.insert(key);
        int row;
        if (QTableWidgetItem *first = m_rows.value(key)) {
            row = first->row();
        } else {
            row = m_table->rowCount();
            m_table->insertRow(row);
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new SortItem;
                if (c == MemberColumn || c >= PresentColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, c, item);
            }
            QTableWidgetItem *keyItem = m_table->item(row, MemberColumn);
            keyItem->setData(kKeyIdRole, r.memberId);
            keyItem->setData(kKeyJoinedRole, r.joinedAtMs);
            m_rows.insert(key, keyItem);
        }
        const auto set = [&](int column, const QString &text, const QVariant &sortKey = {},
                             const QString &toolTip = {}) {
            QTableWidgetItem *item = m_table->item(row, column);
            item->setText(text);
            item->setData(kSortRole, sortKey);
            item->setToolTip(toolTip);
        };
        // Per record, not AttendanceTracker::talkMs(id): that one is the id's latest stay.
        const qint64 end = r.leftAtMs.value_or(now);
        const bool talking = !r.spans.isEmpty() && !r.spans.constLast().endMs;
        const qint64 talk = r.talkMs + (talking ? std::max<qint64>(0, now - r.spans.constLast().startMs) : 0);
        const qint64 muted = r.mutedMs + (r.mutedSinceMs ? std::max<qint64>(0, now - *r.mutedSinceMs) : 0);
        if (!r.leftAtMs)
            ++present;
        set(MemberColumn, QString::number(r.memberId), r.memberId, tr("Call %1").arg(r.uuid));
        set(NameColumn, r.callerIdName);
        set(NumberColumn, r.callerIdNumber);
        set(ModeratorColumn, r.moderator ? tr("yes") : tr("no"));
        set(JoinedColumn, timeText(r.joinedAtMs), r.joinedAtMs, dateTimeText(r.joinedAtMs));
        if (r.leftAtMs)
            set(LeftColumn, timeText(*r.leftAtMs), *r.leftAtMs, dateTimeText(*r.leftAtMs));
        else
            set(LeftColumn, tr("still here"), std::numeric_limits<qint64>::max());
        set(PresentColumn, duration(end - r.joinedAtMs), end - r.joinedAtMs);
        set(TalkColumn, duration(talk), talk);
        set(TurnsColumn, QString::number(r.talkTurns), r.talkTurns);
        set(MutedColumn, duration(muted), muted);
    }
    for (int row = m_table->rowCount() - 1; row >= 0; --row) {
        const QTableWidgetItem *first = m_table->item(row, MemberColumn);
        const QPair<quint32, qint64> key{first->data(kKeyIdRole).value<quint32>(),
                                         first->data(kKeyJoinedRole).toLongLong()};
        if (!seen.contains(key)) {
            m_rows.remove(key);
            m_table->removeRow(row);
        }
    }
    m_table->setSortingEnabled(true);

    if (!has) {
        m_summary->setText(tr("No conference."));
    } else if (records.isEmpty()) {
        m_summary->setText(tr("Nobody has joined %1 yet.").arg(m_tracker->conference()));
    } else {
        QString text = tr("%n member(s) seen in %1, %2 still in.", nullptr, int(records.size()))
                           .arg(m_tracker->conference(), QString::number(present));
        if (m_tracker->meetingStartMs() > 0)
            text = tr("%1 Meeting started at %2.").arg(text, timeText(m_tracker->meetingStartMs()));
        m_summary->setText(text);
    }
}

bool AttendanceDialog::exportCsv(const QString &path, QString *error) const
{
    if (!m_tracker) {
        if (error)
            *error = tr("There is no attendance to export.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_tracker->toCsv()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool AttendanceDialog::exportPdf(const QString &path, QString *error) const
{
    if (!m_tracker) {
        if (error)
            *error = tr("There is no attendance to export.");
        return false;
    }
    {
        // QPrinter reports nothing useful when it cannot open its file; find out first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error)
                *error =
                    tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), probe.errorString());
            return false;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape); // nine columns
    printer.setDocName(tr("Attendance — %1").arg(m_tracker->conference()));
    printer.setCreator(QCoreApplication::applicationName());
    QTextDocument document;
    document.setHtml(m_tracker->toHtml());
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString AttendanceDialog::suggestedFileName(const QString &suffix) const
{
    QString conference = m_tracker ? m_tracker->conference() : QString();
    conference.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    return QStringLiteral("attendance-%1-%2.%3").arg(conference, stamp, suffix);
}

void AttendanceDialog::report(bool ok, const QString &text)
{
    m_status->setText(text);
    m_status->show();
    emit message(text, !ok);
}

void AttendanceDialog::chooseCsvFile()
{
    askForSaveFile(this, QStringLiteral("attendanceCsvDialog"), tr("Export Attendance as CSV"),
                   tr("CSV files (*.csv)"), QStringLiteral("csv"), suggestedFileName(QStringLiteral("csv")),
                   [this](const QString &fileName) {
                       QString error;
                       const bool ok = exportCsv(fileName, &error);
                       report(ok, ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(fileName)) : error);
                   });
}

void AttendanceDialog::choosePdfFile()
{
    askForSaveFile(this, QStringLiteral("attendancePdfDialog"), tr("Export Attendance as PDF"),
                   tr("PDF files (*.pdf)"), QStringLiteral("pdf"), suggestedFileName(QStringLiteral("pdf")),
                   [this](const QString &fileName) {
                       QString error;
                       const bool ok = exportPdf(fileName, &error);
                       report(ok, ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(fileName)) : error);
                   });
}

void AttendanceDialog::print()
{
    if (!m_tracker)
        return;
    // The printer must outlive the dialog that edits it; the connection owns it.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageOrientation(QPageLayout::Landscape);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("attendancePrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (!m_tracker)
            return;
        QTextDocument document;
        document.setHtml(m_tracker->toHtml());
        document.print(printer.get());
        const bool ok = printer->printerState() != QPrinter::Error;
        report(ok, ok ? tr("Sent the attendance report to %1.").arg(printer->printerName())
                      : tr("Printing failed."));
    });
    dialog->open();
}

void AttendanceDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_tick->start();
    refresh();
}

void AttendanceDialog::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    m_tick->stop();
}

} // namespace gui
