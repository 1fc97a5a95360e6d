// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The relations panel: a relation names two members, so in a narrow panel it wraps rather than
// cutting off the second name.
#include "core/model/participantmodel.h"
#include "gui/conference/relationspanel.h"
#include "participantfixture.h"

#include <QHeaderView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

class tst_RelationsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void longRelationsWrapInANarrowPanel()
    {
        cc::ParticipantModel model;
        cc::Participant a = testsupport::member(4, u"Søren Kierkegård"_s);
        cc::Participant b = testsupport::member(2, u"Łukasz Wiśniewski-Nowak"_s);
        model.applySnapshot(testsupport::conference({a, b}));
        gui::RelationsPanel panel(&model);
        cc::Relationship r;
        r.from = 4;
        r.to = 2;
        r.canHear = false;
        panel.setRelationships({r});
        panel.resize(520, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTreeWidget *view = panel.view();
        QTreeWidgetItem *item = view->topLevelItem(0);
        QVERIFY(item);
        const QString text = item->text(0);
        QVERIFY2(text.contains(u"Søren Kierkegård"_s) && text.contains(u"Łukasz Wiśniewski-Nowak"_s),
                 qPrintable(text));
        QCOMPARE(item->toolTip(0), text);
        const int oneLine = view->fontMetrics().height();
        QTRY_VERIFY(view->visualItemRect(item).height() < 2 * oneLine); // wide: one line
        panel.resize(240, 200); // narrow: the same relation on more lines, nothing cut off
        QTRY_VERIFY(view->visualItemRect(item).height() >= 2 * oneLine);
    }
};

QTEST_MAIN(tst_RelationsPanel)
#include "tst_relationspanel.moc"
