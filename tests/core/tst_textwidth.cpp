// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Terminal columns of text (confctl pads its tables with them).
#include "core/textwidth.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_TextWidth final : public QObject
{
    Q_OBJECT

private slots:
    void columns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("ascii") << u"Alice"_s << 5;
        QTest::newRow("latin accents") << u"José Álvarez"_s << 12;
        QTest::newRow("combining accent") << u"Jose\u0301"_s << 4;
        QTest::newRow("romanian comma below") << u"Ștefan"_s << 6;
        QTest::newRow("cjk") << u"王芳"_s << 4;
        QTest::newRow("hangul") << u"김민준"_s << 6;
        QTest::newRow("kana fullwidth") << u"ｶﾀｶﾅ"_s << 4; // halfwidth katakana: one each
        QTest::newRow("fullwidth latin") << u"ＡＢ"_s << 4;
        QTest::newRow("emoji") << u"\U0001F600"_s << 2;
        QTest::newRow("zero width joiner") << u"a\u200Db"_s << 2;
        QTest::newRow("empty") << QString() << 0;
    }

    void columns()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QCOMPARE(cc::displayWidth(text), columns);
    }

    void padding()
    {
        QCOMPARE(cc::padToWidth(u"王芳"_s, 6), u"王芳  "_s);
        QCOMPARE(cc::padToWidth(u"7"_s, 3, true), u"  7"_s);
        QCOMPARE(cc::padToWidth(u"longer"_s, 3), u"longer"_s); // never cut
        QCOMPARE(cc::displayWidth(cc::padToWidth(u"Zoë 王"_s, 10)), 10);
    }
};

QTEST_MAIN(tst_TextWidth)
#include "tst_textwidth.moc"
