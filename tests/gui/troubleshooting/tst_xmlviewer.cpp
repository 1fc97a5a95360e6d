// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The troubleshooting XML viewer: URL-decoded values next to the raw ones, freezing while a
// newer answer waits, and a readable parse error for broken XML.
#include "gui/troubleshooting/xmlviewer.h"
#include "gui/troubleshooting/xmlviewereditor.h"
#include "troubleshootingfixture.h"

#include <QTest>
#include <QTreeWidget>

using namespace gui;
using namespace troubleshootingtest;

class tst_XmlViewer final : public QObject, private TroubleshootingFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(QStringLiteral("tst_xmlviewer")); }

    void xmlViewerDecodesAndFreezes();
    void xmlViewerReportsBadXml();
};

void tst_XmlViewer::xmlViewerDecodesAndFreezes()
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<conferences>\n"
                           "  <conference name=\"sales\" member-count=\"1\" ghost-count=\"0\" rate=\"8000\" "
                           "uuid=\"u-1\" running=\"true\" run_time=\"5\">\n"
                           "    <variables>\n      <variable name=\"billing\" value=\"A%20B\"></variable>\n"
                           "    </variables>\n    <members>\n      <member type=\"caller\">\n"
                           "        <id>7</id>\n        <flags>\n          <can_speak>true</can_speak>\n"
                           "        </flags>\n        <caller_id_name>Jos%C3%A9</caller_id_name>\n"
                           "        <caller_id_number>%2B34915550142</caller_id_number>\n"
                           "      </member>\n    </members>\n  </conference>\n</conferences>\n";
    XmlViewer viewer;
    viewer.resize(900, 500);
    viewer.setXml(xml);
    QCOMPARE(viewer.text(), QString::fromUtf8(xml));
    QVERIFY(viewer.parseError().isEmpty());
    QTreeWidgetItem *name = findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("caller_id_name"));
    QVERIFY(name);
    QCOMPARE(name->text(XmlViewer::ValueColumn), QStringLiteral("Jos%C3%A9"));
    QCOMPARE(name->text(XmlViewer::DecodedColumn), QStringLiteral("José"));
    QTreeWidgetItem *number =
        findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("caller_id_number"));
    QVERIFY(number);
    QCOMPARE(number->text(XmlViewer::DecodedColumn), QStringLiteral("+34915550142")); // '+' kept, not a space
    QTreeWidgetItem *member = findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("member 7"));
    QVERIFY(member);
    QCOMPARE(member->text(XmlViewer::DecodedColumn), QStringLiteral("José"));
    // Variables are not URL-encoded: no decoded value.
    QTreeWidgetItem *variable = findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("billing"));
    QVERIFY(variable);
    QCOMPARE(variable->text(XmlViewer::ValueColumn), QStringLiteral("A%20B"));
    QVERIFY(variable->text(XmlViewer::DecodedColumn).isEmpty());
    QVERIFY(viewer.editor()->gutterWidth() > 0);

    // Frozen: the text does not move; the newer answer waits and appears on thaw.
    member->setExpanded(true);
    viewer.setFrozen(true);
    QByteArray newer = xml;
    newer.replace("Jos%C3%A9", "Jos%C3%A9%20Alvarez");
    viewer.setXml(newer);
    QCOMPARE(viewer.text(), QString::fromUtf8(xml));
    QVERIFY(viewer.hasPending());
    viewer.setFrozen(false);
    QCOMPARE(viewer.text(), QString::fromUtf8(newer));
    QVERIFY(!viewer.hasPending());
    QVERIFY(findItem(viewer.tree(), XmlViewer::DecodedColumn, QStringLiteral("José Alvarez")));
    // Expansion survives a refresh.
    member = findItem(viewer.tree(), XmlViewer::FieldColumn, QStringLiteral("member 7"));
    QVERIFY(member && member->isExpanded());
    shot(&viewer, QStringLiteral("xml"));
}

void tst_XmlViewer::xmlViewerReportsBadXml()
{
    XmlViewer viewer;
    viewer.setXml("<conferences>\n  <conference name=\"x\">\n</conferences>\n");
    QVERIFY(!viewer.parseError().isEmpty());
    QVERIFY(viewer.parseError().contains(QLatin1String("line")));
    viewer.setXml("<?xml version=\"1.0\"?>\n<conferences></conferences>\n");
    QVERIFY(viewer.parseError().isEmpty());
}

QTEST_MAIN(tst_XmlViewer)
#include "tst_xmlviewer.moc"
