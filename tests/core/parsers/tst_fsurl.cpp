// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parsers/parsers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFsUrl final : public QObject
{
    Q_OBJECT

private slots:
    void encode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("expected");
        // freeswitch-conference.md §4.2 examples
        QTest::newRow("space") << u"Alice Smith"_s << "Alice%20Smith"_ba;
        QTest::newRow("plus") << u"+15551234567"_s << "%2B15551234567"_ba;
        QTest::newRow("utf8") << u"José"_s << "Jos%C3%A9"_ba;
        QTest::newRow("cjk") << u"李雷"_s << "%E6%9D%8E%E9%9B%B7"_ba;
        QTest::newRow("unsafe set")
            << u"\r\n #&+:;<=>?@[\\]^`{|}\""_s
            << "%0D%0A%20%23%26%2B%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E%60%7B%7C%7D%22"_ba;
        QTest::newRow("safe punctuation") << u"a-b_c.d~e!f$g'h(i)j*k,l/m"_s << "a-b_c.d~e!f$g'h(i)j*k,l/m"_ba;
        QTest::newRow("control and DEL") << u"\x01\x1f\x7f"_s << "%01%1F%7F"_ba;
        QTest::newRow("existing upper escape kept") << u"100%2B"_s << "100%2B"_ba;
        QTest::newRow("lower escape encoded") << u"100%2b"_s << "100%252b"_ba;
        QTest::newRow("lone percent") << u"100%"_s << "100%25"_ba;
        QTest::newRow("percent one digit at end") << u"%A"_s << "%25A"_ba;
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void encode()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(cc::fsUrlEncode(input), expected);
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("space") << "Bob%20Jones"_ba << u"Bob Jones"_s;
        QTest::newRow("plus stays") << "a+b%2Bc"_ba << u"a+b+c"_s;
        QTest::newRow("utf8 split escapes") << "Jos%C3%A9"_ba << u"José"_s;
        QTest::newRow("lower hex") << "Zo%c3%ab"_ba << u"Zoë"_s;
        QTest::newRow("romanian") << "%C8%98tefan"_ba << u"Ștefan"_s;
        QTest::newRow("invalid escape literal") << "100%zz%"_ba << u"100%zz%"_s;
        QTest::newRow("truncated escape") << "abc%4"_ba << u"abc%4"_s;
        QTest::newRow("invalid utf8 replaced") << "a%FFb"_ba << u"a\uFFFDb"_s;
        QTest::newRow("raw invalid utf8") << "a\xff"_ba << u"a\uFFFD"_s;
        QTest::newRow("nul byte") << "a%00b"_ba << QString(u"a\0b"_s);
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void decode()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(cc::fsUrlDecode(QByteArrayView(input)), expected);
        // The QStringView overload (text already entity-decoded) agrees for ASCII input.
        bool ascii = true;
        for (char c : input)
            ascii = ascii && uchar(c) < 0x80;
        if (ascii)
            QCOMPARE(cc::fsUrlDecode(QStringView(QString::fromLatin1(input))), expected);
    }

    void decodeStringViewNonAscii()
    {
        // Non-ASCII characters from character references mixed with escapes.
        QCOMPARE(cc::fsUrlDecode(QStringView(u"Zoë%20%E6%9D%8E 😀"_s)), u"Zoë 李 😀"_s);
    }

    void roundTrip()
    {
        const QString samples[] = {u"Zoë 100% Müller+Co"_s, u"李雷 <x> & \"y\""_s, u"Ștefan;Popescu|x"_s,
                                   u"tab\there\nline"_s};
        for (const QString &s : samples)
            QCOMPARE(cc::fsUrlDecode(QByteArrayView(cc::fsUrlEncode(s))), s);
    }
};

QTEST_GUILESS_MAIN(TestFsUrl)
#include "tst_fsurl.moc"
