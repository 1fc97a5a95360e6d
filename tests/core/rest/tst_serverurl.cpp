// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a user pastes as the server: bare hosts, host URLs and whole API URLs become the base URL.
#include "core/rest/serverurl.h"

#include <QTest>

class tst_ServerUrl : public QObject
{
    Q_OBJECT

private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("conference");
        QTest::addColumn<int>("assumptions");
        QTest::newRow("base url as documented")
            << QStringLiteral("https://pbx.example.com/sipxconfig/rest")
            << QStringLiteral("https://pbx.example.com/sipxconfig/rest") << QString() << 0;
        QTest::newRow("host url with port")
            << QStringLiteral("https://127.0.0.1:8443")
            << QStringLiteral("https://127.0.0.1:8443/sipxconfig/rest") << QString() << 1;
        QTest::newRow("host url, trailing slash")
            << QStringLiteral("https://127.0.0.1:8443/")
            << QStringLiteral("https://127.0.0.1:8443/sipxconfig/rest") << QString() << 1;
        QTest::newRow("bare host") << QStringLiteral("  pbx.example.com ")
                                   << QStringLiteral("https://pbx.example.com/sipxconfig/rest") << QString()
                                   << 2;
        QTest::newRow("half path") << QStringLiteral("http://10.0.0.5:12000/sipxconfig")
                                   << QStringLiteral("http://10.0.0.5:12000/sipxconfig/rest") << QString()
                                   << 1;
        QTest::newRow("whole command url")
            << QStringLiteral("https://pbx.example.com/sipxconfig/rest/my/conference/sales/mute&7")
            << QStringLiteral("https://pbx.example.com/sipxconfig/rest") << QStringLiteral("sales") << 1;
        QTest::newRow("encoded conference name")
            << QStringLiteral("https://pbx/sipxconfig/rest/my/conference/team%20a%2Fb/xml_list")
            << QStringLiteral("https://pbx/sipxconfig/rest") << QStringLiteral("team a/b") << 1;
        QTest::newRow("conferences list url")
            << QStringLiteral("https://pbx/sipxconfig/rest/my/conferences")
            << QStringLiteral("https://pbx/sipxconfig/rest") << QString() << 1;
        QTest::newRow("proxy mount kept")
            << QStringLiteral("https://gw.example.org/pbx1/rest")
            << QStringLiteral("https://gw.example.org/pbx1/rest") << QString() << 0;
        QTest::newRow("proxy mount with resource")
            << QStringLiteral("https://gw.example.org/pbx1/rest/my/conference/board")
            << QStringLiteral("https://gw.example.org/pbx1/rest") << QStringLiteral("board") << 1;
        QTest::newRow("query dropped") << QStringLiteral("https://pbx/sipxconfig/rest?x=1#top")
                                       << QStringLiteral("https://pbx/sipxconfig/rest") << QString() << 1;
        QTest::newRow("not the root prefix")
            << QStringLiteral("https://pbx/sipxconfig/restful")
            << QStringLiteral("https://pbx/sipxconfig/restful") << QString() << 0;
    }
    void reads()
    {
        QFETCH(QString, text);
        QFETCH(QString, base);
        QFETCH(QString, conference);
        QFETCH(int, assumptions);
        const cc::ServerUrlReading r = cc::interpretServerUrl(text);
        QVERIFY2(r.isValid(), qPrintable(r.error));
        QCOMPARE(r.baseUrl.toString(), base);
        QCOMPARE(r.conference, conference);
        QCOMPARE(r.assumptions.size(), assumptions);
        for (const QString &sentence : r.assumptions)
            QVERIFY(sentence.endsWith(u'.'));
    }

    void assumptionsSayWhat()
    {
        const cc::ServerUrlReading r = cc::interpretServerUrl(QStringLiteral("127.0.0.1:8443"));
        QVERIFY(r.isValid());
        QCOMPARE(r.baseUrl.toString(), QStringLiteral("https://127.0.0.1:8443/sipxconfig/rest"));
        QVERIFY(r.assumptions.join(u' ').contains(QLatin1String("https://")));
        QVERIFY(r.assumptions.join(u' ').contains(QLatin1String("/sipxconfig/rest")));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("No server address");
        QTest::newRow("credentials") << QStringLiteral("https://alice:secret@pbx/sipxconfig/rest")
                                     << QStringLiteral("credentials");
        QTest::newRow("ftp") << QStringLiteral("ftp://pbx/sipxconfig/rest") << QStringLiteral("http(s)");
        QTest::newRow("no host") << QStringLiteral("https:///sipxconfig/rest")
                                 << QStringLiteral("not a server");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const cc::ServerUrlReading r = cc::interpretServerUrl(text);
        QVERIFY(!r.isValid());
        QVERIFY(r.baseUrl.isEmpty());
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(tst_ServerUrl)
#include "tst_serverurl.moc"
