// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting dialogs: the audit trail (filters, CSV export, a missing file) and
// connection diagnostics against the bridge simulator, step by step, with the right and a wrong
// password; neither report carries the password.
#include "../guitestsupport.h"
#include "core/diagnostics/auditlog.h"
#include "core/diagnostics/connectiondiagnostics.h"
#include "gui/connection/connectionprofile.h"
#include "gui/troubleshooting/auditdialog.h"
#include "gui/troubleshooting/diagnosticsdialog.h"
#include "troubleshootingfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace gui;
using namespace troubleshootingtest;

class tst_TroubleshootingDialogs final : public QObject, private TroubleshootingFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(QStringLiteral("tst_troubleshootingdialogs"));
        startSimulator();
    }
    void cleanupTestCase() { stopSimulator(); }

    void auditDialogFiltersAndExports();
    void diagnosticsDialogShowsSteps();
    void diagnosticsDialogWrongPassword();
};

void tst_TroubleshootingDialogs::auditDialogFiltersAndExports()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.jsonl"));
    {
        cc::AuditLog log(path);
        log.addSecret(QStringLiteral("wonderland"));
        const QDateTime base = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const struct
        {
            const char *conference, *command, *request, *outcome, *answer;
            quint32 member;
            const char *name;
        } rows[] = {
            {"sales", "mute", "mute&7", "success", "+OK mute 7", 7, "José Álvarez"},
            {"sales", "kick", "kick&8", "freeswitch-error", "-ERR Non-Existant ID 8", 8, "Bob"},
            {"board", "lock", "lock", "success", "+OK board locked", 0, nullptr},
            {"sales", "say", "say&=cmd|calc", "success", "+OK", 0, nullptr},
        };
        int i = 0;
        for (const auto &r : rows) {
            cc::AuditEntry e;
            e.time = base.addSecs(60 * i++);
            e.profile = QStringLiteral("test");
            e.serverUrl = QStringLiteral("https://pbx.example.com/sipxconfig/rest");
            e.user = QStringLiteral("alice");
            e.conference = QString::fromUtf8(r.conference);
            e.command = QString::fromUtf8(r.command);
            e.request = QString::fromUtf8(r.request);
            e.method = QStringLiteral("GET");
            if (r.member)
                e.targets = {cc::AuditTarget{r.member, QString::fromUtf8(r.name), {}}};
            e.outcome = QString::fromUtf8(r.outcome);
            e.answer = QString::fromUtf8(r.answer);
            e.httpStatus = 200;
            QString error;
            QVERIFY2(log.append(e, &error), qPrintable(error));
        }
    }
    AuditDialog dialog(path);
    QCOMPARE(dialog.totalEntries(), 4);
    QCOMPARE(dialog.table()->rowCount(), 4);
    // Newest first.
    QCOMPARE(dialog.table()->item(0, AuditDialog::CommandColumn)->text(), QStringLiteral("say"));
    QCOMPARE(dialog.table()->item(3, AuditDialog::TargetsColumn)->text(), QStringLiteral("7 José Álvarez"));

    const int board = dialog.conferenceCombo()->findData(QStringLiteral("board"));
    QVERIFY(board > 0);
    dialog.conferenceCombo()->setCurrentIndex(board);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, AuditDialog::RequestColumn)->text(), QStringLiteral("lock"));
    dialog.conferenceCombo()->setCurrentIndex(0);
    dialog.filterEdit()->setText(QStringLiteral("non-existant"));
    QTRY_COMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.shownEntries().at(0).command, QStringLiteral("kick"));
    dialog.filterEdit()->clear();
    QTRY_COMPARE(dialog.table()->rowCount(), 4);

    const QString csvPath = m_dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    QVERIFY2(dialog.exportTo(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QCOMPARE(text.count(QLatin1String("\r\n")), 5); // header + 4 rows
    QVERIFY(text.contains(QStringLiteral("José Álvarez")));
    QVERIFY(text.contains(QLatin1String("kick&8")));

    dialog.show();
    shot(&dialog, QStringLiteral("audit"));

    // A missing file is an empty trail with a message, not an error.
    AuditDialog empty(m_dir.filePath(QStringLiteral("none.jsonl")));
    QCOMPARE(empty.table()->rowCount(), 0);
    QVERIFY(empty.findChild<QLabel *>(QStringLiteral("auditSummary"))
                ->text()
                .contains(QLatin1String("none.jsonl")));
}

void tst_TroubleshootingDialogs::diagnosticsDialogShowsSteps()
{
    DiagnosticsDialog dialog(guitest::aliceProfile(*m_sim, QStringLiteral("sim")),
                             QStringLiteral("wonderland"));
    QSignalSpy finished(&dialog, &DiagnosticsDialog::finished);
    QSignalSpy stepFinished(dialog.diagnostics(), &cc::ConnectionDiagnostics::stepFinished);
    dialog.open();
    dialog.start();
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(stepFinished.count(), 7); // one per step, shown live

    QTreeWidget *list = dialog.stepList();
    QCOMPARE(list->topLevelItemCount(), 7);
    const auto summary = finished.at(0).at(0).value<cc::DiagnosticsSummary>();
    QVERIFY2(summary.ok(), qPrintable(summary.text));
    for (const cc::DiagnosticStep &step : summary.steps) {
        QTreeWidgetItem *item = list->topLevelItem(int(step.id));
        QCOMPARE(item->text(DiagnosticsDialog::StepColumn), step.name);
        QCOMPARE(item->text(DiagnosticsDialog::StatusColumn), DiagnosticsDialog::glyph(step.status));
        QCOMPARE(item->text(DiagnosticsDialog::DetailColumn), step.detail);
        QVERIFY(step.status != cc::DiagnosticStep::Status::Failed);
    }
    const int login = int(cc::DiagnosticStep::Id::Login);
    QCOMPARE(list->topLevelItem(login)->text(DiagnosticsDialog::StatusColumn), QStringLiteral("✔"));
    QCOMPARE(list->topLevelItem(int(cc::DiagnosticStep::Id::Tls))->text(DiagnosticsDialog::StatusColumn),
             DiagnosticsDialog::glyph(summary.steps.at(int(cc::DiagnosticStep::Id::Tls)).status));

    dialog.copyReport();
    const QString report = QApplication::clipboard()->text();
    QCOMPARE(report, dialog.report());
    for (const cc::DiagnosticStep &step : summary.steps)
        QVERIFY2(report.contains(step.name), qPrintable(step.name));
    QVERIFY(report.contains(summary.text));
    QVERIFY(!report.contains(QLatin1String("wonderland")));
    list->expandItem(list->topLevelItem(int(cc::DiagnosticStep::Id::Tls)));
    shot(&dialog, QStringLiteral("diagnostics"));
    dialog.close();
}

void tst_TroubleshootingDialogs::diagnosticsDialogWrongPassword()
{
    DiagnosticsDialog dialog(guitest::aliceProfile(*m_sim, QStringLiteral("sim")),
                             QStringLiteral("not-the-password"));
    QSignalSpy finished(&dialog, &DiagnosticsDialog::finished);
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto summary = finished.at(0).at(0).value<cc::DiagnosticsSummary>();
    QVERIFY(!summary.ok());
    QCOMPARE(dialog.stepList()
                 ->topLevelItem(int(cc::DiagnosticStep::Id::Login))
                 ->text(DiagnosticsDialog::StatusColumn),
             QStringLiteral("✖"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("diagnosticsSummary"))->text() == summary.text);
    QVERIFY(!dialog.report().contains(QLatin1String("not-the-password")));
    dialog.show();
    shot(&dialog, QStringLiteral("diagnostics-failed"));
}

QTEST_MAIN(tst_TroubleshootingDialogs)
#include "tst_troubleshootingdialogs.moc"
