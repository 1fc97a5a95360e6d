// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AttendanceDialog over a real cc::AttendanceTracker on a fixed clock: the table follows the
// tracker (rows kept in place, numeric sorting), CSV and PDF exports write real files (the CSV
// byte for byte the tracker's), failures are reported, and a picture of the dialog.
#include "core/insights/attendancetracker.h"
#include "gui/dialogs/attendancedialog.h"
#include "participantfixture.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using gui::AttendanceDialog;
using testsupport::kT0;

namespace {
constexpr qint64 kSecond = 1000;

cc::Participant with(cc::Participant p, bool talking, bool muted = false)
{
    p.talking = talking;
    p.canSpeak = !muted;
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class tst_AttendanceDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tableShowsRecords();
    void followsTrackerKeepingSelection();
    void durationsSortAsNumbers();
    void exportCsvWritesTrackerCsv();
    void exportPdfWritesPdf();
    void exportFailuresAreReported();
    void exportButtonGoesThroughFileDialog();
    void screenshot();

private:
    /// Alice (moderator) talks 0:40 in two turns; Bob is muted 1:00 and leaves; Carol stays.
    void playScript();
    void observe(const QList<cc::Participant> &members)
    {
        m_tracker->observe(testsupport::conference(members));
    }
    QString cell(int row, int column) const { return m_dialog->table()->item(row, column)->text(); }
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < m_dialog->table()->rowCount(); ++row)
            if (cell(row, AttendanceDialog::NameColumn) == name)
                return row;
        return -1;
    }

    qint64 m_now = kT0;
    QTemporaryDir m_dir;
    std::unique_ptr<cc::AttendanceTracker> m_tracker;
    std::unique_ptr<AttendanceDialog> m_dialog;
    cc::Participant m_alice, m_bob, m_carol;
};

void tst_AttendanceDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_now = kT0;
    m_tracker = std::make_unique<cc::AttendanceTracker>(QStringLiteral("sales"));
    m_tracker->setClock([this] { return m_now; });
    m_dialog = std::make_unique<AttendanceDialog>(m_tracker.get());
    m_alice = testsupport::member(1, QStringLiteral("Alice"), 120);
    m_alice.isModerator = true;
    m_bob = testsupport::member(2, QStringLiteral("Bob"), 60);
    m_carol = testsupport::member(3, QStringLiteral("Carol"), 30);
}

void tst_AttendanceDialog::cleanup()
{
    m_dialog.reset();
    m_tracker.reset();
}

void tst_AttendanceDialog::playScript()
{
    observe({m_alice, with(m_bob, false, true), m_carol});
    m_now += 10 * kSecond;
    observe({with(m_alice, true), with(m_bob, false, true), m_carol});
    m_now += 30 * kSecond;
    observe({m_alice, with(m_bob, false, true), m_carol});
    m_now += 20 * kSecond;
    observe({with(m_alice, true), m_carol}); // Bob leaves after 60 s muted
    m_now += 10 * kSecond;
    observe({m_alice, m_carol});
}

void tst_AttendanceDialog::tableShowsRecords()
{
    QCOMPARE(m_dialog->table()->rowCount(), 0);
    QCOMPARE(m_dialog->summaryLabel()->text(), QStringLiteral("Nobody has joined sales yet."));
    playScript();
    QTableWidget *table = m_dialog->table();
    QCOMPARE(table->columnCount(), int(AttendanceDialog::ColumnCount));
    QCOMPARE(table->horizontalHeaderItem(AttendanceDialog::TalkColumn)->text(), QStringLiteral("Talk time"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Attendance — sales"));
    QCOMPARE(table->accessibleName(), QStringLiteral("Attendance"));

    // Sorted by join time: Alice joined 120 s before the first sighting, Carol 30 s.
    QCOMPARE(cell(0, AttendanceDialog::NameColumn), QStringLiteral("Alice"));
    QCOMPARE(cell(2, AttendanceDialog::NameColumn), QStringLiteral("Carol"));
    const int alice = rowOf(QStringLiteral("Alice"));
    QCOMPARE(cell(alice, AttendanceDialog::MemberColumn), QStringLiteral("1"));
    QCOMPARE(cell(alice, AttendanceDialog::NumberColumn), QStringLiteral("1001"));
    QCOMPARE(cell(alice, AttendanceDialog::ModeratorColumn), QStringLiteral("yes"));
    QCOMPARE(cell(alice, AttendanceDialog::LeftColumn), QStringLiteral("still here"));
    QCOMPARE(cell(alice, AttendanceDialog::PresentColumn), QStringLiteral("3:10")); // 120 + 70 s
    QCOMPARE(cell(alice, AttendanceDialog::TalkColumn), QStringLiteral("0:40"));
    QCOMPARE(cell(alice, AttendanceDialog::TurnsColumn), QStringLiteral("2"));
    QCOMPARE(cell(alice, AttendanceDialog::MutedColumn), QStringLiteral("0:00"));

    const int bob = rowOf(QStringLiteral("Bob"));
    QCOMPARE(cell(bob, AttendanceDialog::ModeratorColumn), QStringLiteral("no"));
    QCOMPARE(cell(bob, AttendanceDialog::MutedColumn), QStringLiteral("1:00"));
    QCOMPARE(cell(bob, AttendanceDialog::PresentColumn), QStringLiteral("2:00")); // 60 + 60 s
    QVERIFY(cell(bob, AttendanceDialog::LeftColumn) != QStringLiteral("still here"));
    QVERIFY(cell(bob, AttendanceDialog::LeftColumn).contains(QLatin1Char(':')));
    QVERIFY2(
        m_dialog->summaryLabel()->text().startsWith(QStringLiteral("3 member(s) seen in sales, 2 still in.")),
        qPrintable(m_dialog->summaryLabel()->text()));

    // Read-only.
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void tst_AttendanceDialog::followsTrackerKeepingSelection()
{
    playScript();
    QTableWidget *table = m_dialog->table();
    table->selectRow(rowOf(QStringLiteral("Carol")));
    cc::Participant dave = testsupport::member(4, QStringLiteral("Dave"), 300); // joined first of all
    m_now += kSecond;
    observe({m_alice, m_carol, dave});
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(cell(0, AttendanceDialog::NameColumn), QStringLiteral("Dave")); // sorted in by join time
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    QVERIFY(!selected.isEmpty());
    QCOMPARE(table->item(selected.first()->row(), AttendanceDialog::NameColumn)->text(),
             QStringLiteral("Carol"));

    // Open stays keep growing between changes; a refresh (the 1 s tick) shows it.
    const QString before = cell(rowOf(QStringLiteral("Carol")), AttendanceDialog::PresentColumn);
    m_now += 60 * kSecond;
    m_dialog->refresh();
    QVERIFY(cell(rowOf(QStringLiteral("Carol")), AttendanceDialog::PresentColumn) != before);

    m_tracker->reset();
    QCOMPARE(table->rowCount(), 0);
}

void tst_AttendanceDialog::durationsSortAsNumbers()
{
    // Alice talks 9:00, Bob 10:00: as text "10:00" < "9:00", as durations the other way.
    observe({with(m_alice, true), with(m_bob, true)});
    m_now += 540 * kSecond;
    observe({m_alice, with(m_bob, true)});
    m_now += 60 * kSecond;
    observe({m_alice, m_bob});
    m_dialog->table()->sortByColumn(AttendanceDialog::TalkColumn, Qt::DescendingOrder);
    QCOMPARE(cell(0, AttendanceDialog::TalkColumn), QStringLiteral("10:00"));
    QCOMPARE(cell(1, AttendanceDialog::TalkColumn), QStringLiteral("9:00"));
    // Sorting survives a refresh.
    m_now += kSecond;
    observe({with(m_alice, true), m_bob});
    QCOMPARE(cell(0, AttendanceDialog::NameColumn), QStringLiteral("Bob"));
}

void tst_AttendanceDialog::exportCsvWritesTrackerCsv()
{
    playScript();
    const QString path = m_dir.filePath(QStringLiteral("attendance.csv"));
    QString error;
    QVERIFY2(m_dialog->exportCsv(path, &error), qPrintable(error));
    const QByteArray csv = readAll(path);
    QCOMPARE(csv, m_tracker->toCsv());
    QVERIFY(csv.startsWith("Member,Name,Number"));
    QCOMPARE(csv.count("\r\n"), 4);
}

void tst_AttendanceDialog::exportPdfWritesPdf()
{
    playScript();
    const QString path = m_dir.filePath(QStringLiteral("attendance.pdf"));
    QString error;
    QVERIFY2(m_dialog->exportPdf(path, &error), qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() > 2000, qPrintable(QString::number(pdf.size())));
    QVERIFY(pdf.contains("%%EOF"));
}

void tst_AttendanceDialog::exportFailuresAreReported()
{
    playScript();
    const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/a.csv"));
    QString error;
    QVERIFY(!m_dialog->exportCsv(missing, &error));
    QVERIFY2(error.contains(QStringLiteral("a.csv")), qPrintable(error));
    error.clear();
    QVERIFY(!m_dialog->exportPdf(m_dir.filePath(QStringLiteral("no/such/dir/a.pdf")), &error));
    QVERIFY2(error.contains(QStringLiteral("a.pdf")), qPrintable(error));

    m_dialog->setTracker(nullptr);
    QVERIFY(!m_dialog->exportCsv(m_dir.filePath(QStringLiteral("b.csv")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("b.csv"))));
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("attendanceExportCsv"))->isEnabled());
    QCOMPARE(m_dialog->table()->rowCount(), 0);
}

void tst_AttendanceDialog::exportButtonGoesThroughFileDialog()
{
    playScript();
    m_dialog->show();
    QSignalSpy message(m_dialog.get(), &AttendanceDialog::message);
    auto *button = m_dialog->findChild<QPushButton *>(QStringLiteral("attendanceExportCsv"));
    QVERIFY(button && button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Export &CSV…"));
    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = m_dialog->findChild<QFileDialog *>(QStringLiteral("attendanceCsvDialog"))));
    const QString path = m_dir.filePath(QStringLiteral("chosen.csv"));
    files->selectFile(path);
    QMetaObject::invokeMethod(files, "accept"); // protected in QFileDialog, a slot in QDialog
    QTRY_COMPARE(message.size(), 1);
    QCOMPARE(message.at(0).at(1).toBool(), false);
    QCOMPARE(readAll(path), m_tracker->toCsv());
    auto *status = m_dialog->findChild<QLabel *>(QStringLiteral("attendanceStatus"));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("chosen.csv")));
}

void tst_AttendanceDialog::screenshot()
{
    playScript();
    // Pictures to look at (not compared): WIDGET_SHOTS, or a folder in the temp directory.
    const QString dir = qEnvironmentVariable(
        "WIDGET_SHOTS", QDir::temp().filePath(QStringLiteral("conference-console-widget-shots")));
    QDir().mkpath(dir);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/attendancedialog.png")));
    const QString pdf = dir + QStringLiteral("/attendance.pdf");
    QVERIFY(m_dialog->exportPdf(pdf));
    // What the PDF holds, as a picture (no PDF renderer here): the same HTML on an A4 landscape.
    QTextDocument document;
    document.setHtml(m_tracker->toHtml());
    document.setPageSize(QSizeF(1123, 794));
    QImage page(1123, 794, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    document.drawContents(&painter);
    painter.end();
    QVERIFY(page.save(dir + QStringLiteral("/attendance-page.png")));
}

QTEST_MAIN(tst_AttendanceDialog)
#include "tst_attendancedialog.moc"
