// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The REST exchange log of the troubleshooting dock: the capped model and its filter, and
// "copy as curl" / "save" against the bridge simulator, which never carry the password.
#include "core/rest/restclient.h"
#include "gui/troubleshooting/logexchangemodel.h"
#include "gui/troubleshooting/logfilterproxymodel.h"
#include "gui/troubleshooting/logview.h"
#include "gui/troubleshooting/troubleshootingdock.h"
#include "troubleshootingfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace gui;
using namespace troubleshootingtest;

class tst_ExchangeLog final : public QObject, private TroubleshootingFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings(QStringLiteral("tst_exchangelog"));
        startSimulator();
    }
    void cleanupTestCase() { stopSimulator(); }

    void logModelAppendsAndCaps();
    void logFilter();
    void curlNeverCarriesThePassword();
};

void tst_ExchangeLog::logModelAppendsAndCaps()
{
    ExchangeLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model.maxRows(), ExchangeLogModel::DefaultMaxRows);
    model.setMaxRows(5);

    for (int i = 0; i < 8; ++i)
        model.addExchange(fakeResult(i, i == 6 ? 404 : 200), QStringLiteral("alice"));

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.count(), 8);
    QCOMPARE(removed.count(), 3);
    QCOMPARE(resets.count(), 0);
    // Every insert is one row at the end; every removal drops exactly the oldest row.
    for (const QList<QVariant> &args : std::as_const(inserted))
        QCOMPARE(args.at(1).toInt(), args.at(2).toInt());
    for (const QList<QVariant> &args : std::as_const(removed)) {
        QCOMPARE(args.at(1).toInt(), 0);
        QCOMPARE(args.at(2).toInt(), 0);
    }
    // Oldest kept is #3, newest #7.
    QVERIFY(model.index(0, ExchangeLogModel::UrlColumn).data().toString().endsWith(QLatin1String("n=3")));
    QVERIFY(model.index(4, ExchangeLogModel::UrlColumn).data().toString().endsWith(QLatin1String("n=7")));
    QCOMPARE(model.index(0, ExchangeLogModel::MethodColumn).data().toString(), QStringLiteral("GET"));
    QCOMPARE(model.index(0, ExchangeLogModel::StatusColumn).data().toString(), QStringLiteral("200 OK"));
    QCOMPARE(model.index(3, ExchangeLogModel::StatusColumn).data().toString(),
             QStringLiteral("404 Not Found"));
    QCOMPARE(model.index(3, 0).data(ExchangeLogModel::OkRole).toBool(), false);
    QCOMPARE(model.index(0, ExchangeLogModel::LatencyColumn).data(ExchangeLogModel::SortRole).toLongLong(),
             3);
    QVERIFY(
        model.index(2, 0).data(ExchangeLogModel::RawTextRole).toString().contains(QLatin1String("body 5")));

    // Lowering the cap drops the oldest rows, again without a reset.
    model.setMaxRows(2);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, ExchangeLogModel::UrlColumn).data().toString().endsWith(QLatin1String("n=6")));
    QCOMPARE(resets.count(), 0);

    // At the default cap of 5,000 the count stays put.
    ExchangeLogModel big;
    for (int i = 0; i < ExchangeLogModel::DefaultMaxRows + 25; ++i)
        big.addExchange(fakeResult(i));
    QCOMPARE(big.rowCount(), ExchangeLogModel::DefaultMaxRows);
    QVERIFY(big.index(0, ExchangeLogModel::UrlColumn).data().toString().endsWith(QLatin1String("n=25")));
}

void tst_ExchangeLog::logFilter()
{
    ExchangeLogModel model;
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 6; ++i)
        model.addExchange(fakeResult(i, i % 3 == 0 ? 404 : 200));
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setStatusFilter(LogFilterProxyModel::StatusFilter::Failures);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStatusFilter(LogFilterProxyModel::StatusFilter::Successes);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setStatusFilter(LogFilterProxyModel::StatusFilter::All);
    proxy.setText(QStringLiteral("n=4"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("BODY 2")); // bodies are searched, case-insensitively
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("404"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), 6);
}

void tst_ExchangeLog::curlNeverCarriesThePassword()
{
    const QString password = QStringLiteral("wonderland");
    cc::RestClient client;
    client.setConfig(config(password));
    TroubleshootingDock dock;
    dock.setRestClient(&client);
    bool done = false;
    client.runCommand(QStringLiteral("sales"), QStringLiteral("xml_list"), true, this,
                      [&](const cc::RestResult &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);

    ExchangeLogModel *model = dock.logView()->model();
    QVERIFY(model->rowCount() >= 1);
    const int row = model->rowCount() - 1;
    QCOMPARE(model->entry(row).httpStatus, 200);
    dock.logView()->view()->selectRow(dock.logView()->proxy()->mapFromSource(model->index(row, 0)).row());

    const QString curl = dock.logView()->currentCurlCommand();
    const QString url = QString::fromUtf8(model->entry(row).url.toEncoded());
    QVERIFY2(curl.contains(QStringLiteral("curl --digest -u alice -X %1 '%2'")
                               .arg(QString::fromLatin1(model->entry(row).method), url)),
             qPrintable(curl));
    QVERIFY(url.contains(QLatin1String("/my/conference/sales/xml_list")));
    QVERIFY2(!curl.contains(password), qPrintable(curl));
    QVERIFY(!curl.contains(QLatin1String(" -k")) && !curl.contains(QLatin1String("--insecure")));
    // The pinned self-signed certificate gets a hint instead of -k.
    QVERIFY2(curl.contains(QLatin1String("--cacert")), qPrintable(curl));
    QVERIFY(curl.contains(QLatin1String("--pinnedpubkey 'sha256//")));

    dock.logView()->copyAsCurl();
    QCOMPARE(QApplication::clipboard()->text(), curl);

    // Nothing anywhere in the log holds the password: cells, raw text, the saved file.
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY(!model->index(r, c).data().toString().contains(password));
        QVERIFY(!model->index(r, 0).data(ExchangeLogModel::RawTextRole).toString().contains(password));
        QVERIFY(model->entry(r).url.password().isEmpty());
    }
    // The log with its curl command is one of the troubleshooting tabs.
    QVERIFY(dock.tabs()->indexOf(dock.logView()) >= 0);
    const QString file = m_dir.filePath(QStringLiteral("log.txt"));
    QString error;
    QVERIFY2(dock.logView()->saveTo(file, &error), qPrintable(error));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray contents = saved.readAll();
    QVERIFY(!contents.contains(password.toUtf8()));
    QVERIFY(contents.contains("/my/conference/sales/xml_list"));
    QVERIFY(contents.contains("<conferences>")); // raw bodies are written too

    // Without a pin (plain http or system trust) there is no certificate comment.
    ExchangeLogEntry plain;
    plain.method = "PUT";
    plain.url = QUrl(QStringLiteral("http://pbx.example.com/sipxconfig/rest/my/conference/sales/mute&5"));
    plain.user = QStringLiteral("bob smith");
    QCOMPARE(ExchangeLogModel::curlCommand(plain),
             QStringLiteral("curl --digest -u 'bob smith' -X PUT "
                            "'http://pbx.example.com/sipxconfig/rest/my/conference/sales/mute&5'"));
}

QTEST_MAIN(tst_ExchangeLog)
#include "tst_exchangelog.moc"
