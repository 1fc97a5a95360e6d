// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceView against the in-process bridge simulator over real loopback HTTPS: every
// action is checked by the request the simulator saw and by the state the next poll shows.
#include "core/conferencepoller.h"
#include "core/participantmodel.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/participantdelegate.h"
#include "gui/conference/participantproxymodel.h"
#include "gui/conference/relationspanel.h"
#include "gui/connection/serverconnection.h"
#include "gui/dialogs/dialoutdialog.h"
#include "gui/dialogs/leveldialog.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace gui;
using cc::ParticipantModel;

class tst_ConferenceView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void rowsInJoinOrder();
    void muteFromContextMenu();
    void wholeTableUsesAll();
    void nonModeratorsSelector();
    void multiSelectionSendsPerMember();
    void kickNeedsConfirmation();
    void selectionSurvivesPolls();
    void filterMatchesNameAndNumber();
    void lockToolbarReflectsServer();
    void energyDialogShowsCurrentValue();
    void volumeSliderSetsVolumeOut();
    void invalidCommandIsRefused();
    void dropOffersRelateMenu();
    void relateSubmenuAndClearButton();
    void recordStartStop();
    void keyboardToggleMute();
    void dialOutInvite();
    void rightClickPopsUpMenuForClickedRow();
    void typingInFilterIsNotAShortcut();
    void transferToOtherConference();
    void delegateGlyphs();
    void transferInBatchesOf22();

private:
    quint32 idOf(const QString &name) const;
    bool sawRequest(const QByteArray &suffix) const;
    QByteArray target(const QString &segment) const;
    template <class T> T *findTopLevel(const QString &objectName) const;

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<ConferenceView> m_view;
    QList<QByteArray> m_requests; ///< "METHOD target"
};

void tst_ConferenceView::initTestCase()
{
    qRegisterMetaType<QMenu *>();
    sim::SimulatorOptions options;
    options.tls = true;
    options.activity.enabled = false; // deterministic: nobody talks, joins or leaves
    options.ringDelayMs = 10;
    m_sim = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    connect(m_sim.get(), &sim::Simulator::requestHandled, this,
            [this](const QByteArray &method, const QByteArray &target, int) {
                m_requests << method + ' ' + target;
            });

    ConnectionProfile profile;
    profile.name = QStringLiteral("test");
    profile.baseUrl = m_sim->baseUrl();
    profile.user = QStringLiteral("alice");
    profile.pollIntervalMs = 500;
    profile.pinnedSha256 = {m_sim->certificateSha256()};
    m_connection = std::make_unique<ServerConnection>(profile, QStringLiteral("wonderland"));
    m_connection->refreshConferences();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->hasConferenceList(), 10000);
}

void tst_ConferenceView::init()
{
    m_view = std::make_unique<ConferenceView>(m_connection.get(), QStringLiteral("sales"));
    m_view->resize(1200, 600);
    m_view->show();
    m_view->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 5, 10000);
    m_requests.clear();
}

void tst_ConferenceView::cleanup()
{
    // Put the conference back the way the scenario defined it for the next test.
    m_view.reset();
}

void tst_ConferenceView::cleanupTestCase()
{
    m_connection.reset();
    m_sim.reset();
}

quint32 tst_ConferenceView::idOf(const QString &name) const
{
    const ParticipantModel *model = m_view->model();
    for (const quint32 id : model->memberIds()) {
        if (model->participant(id)->callerIdName == name)
            return id;
    }
    return 0;
}

QByteArray tst_ConferenceView::target(const QString &segment) const
{
    return "/sipxconfig/rest/my/conference/sales/" + segment.toUtf8();
}

bool tst_ConferenceView::sawRequest(const QByteArray &segment) const
{
    const QByteArray wanted = target(QString::fromUtf8(segment));
    for (const QByteArray &request : m_requests) {
        if (request.endsWith(QByteArray(' ' + wanted)))
            return true;
    }
    return false;
}

template <class T> T *tst_ConferenceView::findTopLevel(const QString &objectName) const
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == objectName && widget->isVisible())
            if (auto *typed = qobject_cast<T *>(widget))
                return typed;
    }
    return m_view->findChild<T *>(objectName);
}

void tst_ConferenceView::rowsInJoinOrder()
{
    const QAbstractItemModel *proxy = m_view->proxy();
    QCOMPARE(proxy->rowCount(), 5);
    QCOMPARE(proxy->index(0, ParticipantModel::NameColumn).data().toString(),
             QStringLiteral("Alice Liddell"));
    QCOMPARE(proxy->index(4, ParticipantModel::NameColumn).data().toString(), QStringLiteral("Priya Raman"));
    quint32 previous = 0;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const quint32 id = proxy->index(row, 0).data(ParticipantModel::MemberIdRole).toUInt();
        QVERIFY(id > previous);
        previous = id;
    }
    QVERIFY(m_view->table()->dragEnabled());
    QVERIFY(m_view->table()->showDropIndicator());
    QCOMPARE(m_view->table()->dragDropMode(), QAbstractItemView::DragDrop);
    QVERIFY(m_view->headerText().contains(QStringLiteral("5 members")));
}

void tst_ConferenceView::muteFromContextMenu()
{
    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    QVERIFY(jose != 0);
    QVERIFY(!m_view->model()->participant(jose)->muted());
    m_view->selectMembers({jose});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    QVERIFY(menu);
    auto *mute = menu->findChild<QAction *>(QStringLiteral("actionMemberMute"));
    QVERIFY(mute);
    QVERIFY(mute->isEnabled());
    QSignalSpy finished(m_view->controller(), &CommandController::commandFinished);
    mute->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("mute&" + QByteArray::number(jose)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(jose)->muted(), 5000);
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().at(1).value<cc::CommandOutcome>();
    QVERIFY(outcome.ok());
    QVERIFY(outcome.payload.contains(QStringLiteral("+OK mute %1").arg(jose)));

    // Unmute restores it (and the menu now offers Unmute).
    m_view->selectMembers({jose});
    menu.reset(m_view->createMemberMenu());
    auto *unmute = menu->findChild<QAction *>(QStringLiteral("actionMemberUnmute"));
    QVERIFY(unmute->isEnabled());
    unmute->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("unmute&" + QByteArray::number(jose)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(jose)->muted(), 5000);
}

void tst_ConferenceView::wholeTableUsesAll()
{
    m_view->table()->selectAll();
    QCOMPARE(m_view->selectedMemberIds().size(), 5);
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberDeaf"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("deaf&all"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(idOf(QStringLiteral("Priya Raman")))->deaf(), 5000);
    for (const quint32 id : m_view->model()->memberIds())
        QVERIFY(m_view->model()->participant(id)->deaf());

    // Toolbar: Undeaf all.
    auto *undeafAll = m_view->findChild<QAction *>(QStringLiteral("actionUndeafAll"));
    QVERIFY(undeafAll);
    undeafAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("undeaf&all"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(idOf(QStringLiteral("Priya Raman")))->deaf(),
                             5000);
}

void tst_ConferenceView::nonModeratorsSelector()
{
    QList<quint32> nonModerators;
    for (const quint32 id : m_view->model()->memberIds()) {
        if (!m_view->model()->participant(id)->isModerator)
            nonModerators << id;
    }
    QCOMPARE(nonModerators.size(), 4);
    QCOMPARE(m_view->bulkSelector(nonModerators), std::optional<QString>(QStringLiteral("non_moderator")));
    m_view->selectMembers(nonModerators);
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberMute"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("mute&non_moderator"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(idOf(QStringLiteral("Priya Raman")))->muted(),
                             5000);
    QVERIFY(!m_view->model()->participant(idOf(QStringLiteral("Alice Liddell")))->muted());

    m_view->findChild<QAction *>(QStringLiteral("actionUnmuteAll"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("unmute&all"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(idOf(QStringLiteral("Priya Raman")))->muted(),
                             5000);
}

void tst_ConferenceView::multiSelectionSendsPerMember()
{
    const quint32 a = idOf(QStringLiteral("José Álvarez"));
    const quint32 b = idOf(QStringLiteral("Priya Raman"));
    m_view->selectMembers({a, b});
    QCOMPARE(m_view->selectedMemberIds(), (QList<quint32>{a, b}));
    QVERIFY(!m_view->bulkSelector({a, b}));
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberHold"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        sawRequest("hold&" + QByteArray::number(a)) && sawRequest("hold&" + QByteArray::number(b)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(a)->hold && m_view->model()->participant(b)->hold,
                             5000);
    m_view->selectMembers({a, b});
    menu.reset(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberUnhold"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(a)->hold && !m_view->model()->participant(b)->hold,
                             5000);
}

void tst_ConferenceView::kickNeedsConfirmation()
{
    // Kick a member added for this test so the scenario stays intact for the others.
    sim::MemberSpec spec;
    spec.callerIdName = QStringLiteral("Temp Caller");
    spec.callerIdNumber = QStringLiteral("555");
    const quint32 temp = m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowForMember(temp) >= 0, 5000);

    m_view->selectMembers({temp});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberKick"))->trigger();
    auto *box = m_view->findChild<QMessageBox *>(QStringLiteral("confirmKick"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal); // QMessageBox::open(), not exec()
    QCoreApplication::processEvents();
    QVERIFY(!sawRequest("kick&" + QByteArray::number(temp))); // nothing without confirmation
    auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(yes);
    yes->click();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("kick&" + QByteArray::number(temp)), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowForMember(temp), -1, 5000);

    // Cancel sends nothing.
    const quint32 temp2 = m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowForMember(temp2) >= 0, 5000);
    m_view->selectMembers({temp2});
    menu.reset(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberHangup"))->trigger();
    box = m_view->findChild<QMessageBox *>(QStringLiteral("confirmHangup"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    const int polls = m_view->poller()->pollCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->poller()->pollCount() >= polls + 2, 5000);
    QVERIFY(!sawRequest("hup&" + QByteArray::number(temp2)));
    QVERIFY(m_view->model()->rowForMember(temp2) >= 0);
    // Tidy up through the same path.
    m_view->selectMembers({temp2});
    menu.reset(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberHangup"))->trigger();
    m_view->findChild<QMessageBox *>(QStringLiteral("confirmHangup"))
        ->findChild<QPushButton *>(QStringLiteral("confirmButton"))
        ->click();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("hup&" + QByteArray::number(temp2)), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowForMember(temp2), -1, 5000);
}

void tst_ConferenceView::selectionSurvivesPolls()
{
    // Make the table short so it scrolls, then scroll and select.
    m_view->resize(900, 200);
    const quint32 zoe = idOf(QStringLiteral("Zoë Müller"));
    const quint32 priya = idOf(QStringLiteral("Priya Raman"));
    m_view->selectMembers({zoe});
    const QModelIndex current = m_view->table()->currentIndex();
    QCOMPARE(current.data(ParticipantModel::MemberIdRole).toUInt(), zoe);
    m_view->table()->scrollToBottom();
    const int scroll = m_view->table()->verticalScrollBar()->value();

    QSignalSpy selectionChanged(m_view->table()->selectionModel(), &QItemSelectionModel::selectionChanged);
    QSignalSpy reset(m_view->proxy(), &QAbstractItemModel::modelReset);
    // A state change elsewhere plus a join: rows change around the selection.
    m_view->controller()->send(cc::ConferenceCommand::mute(QString::number(priya)));
    sim::MemberSpec spec;
    spec.callerIdName = QStringLiteral("Late Joiner");
    spec.callerIdNumber = QStringLiteral("556");
    const quint32 late = m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_view->model()->participant(priya)->muted() && m_view->model()->rowForMember(late) >= 0, 5000);
    const int polls = m_view->poller()->pollCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->poller()->pollCount() >= polls + 2, 5000);

    QCOMPARE(m_view->selectedMemberIds(), QList<quint32>{zoe});
    QCOMPARE(m_view->table()->currentIndex().data(ParticipantModel::MemberIdRole).toUInt(), zoe);
    QCOMPARE(selectionChanged.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_view->table()->verticalScrollBar()->value(), scroll);

    m_view->controller()->send(cc::ConferenceCommand::unmute(QString::number(priya)));
    m_view->controller()->send(cc::ConferenceCommand::kick(QString::number(late)));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_view->model()->participant(priya)->muted() && m_view->model()->rowForMember(late) < 0, 5000);
    QCOMPARE(m_view->selectedMemberIds(), QList<quint32>{zoe});
}

void tst_ConferenceView::filterMatchesNameAndNumber()
{
    QLineEdit *filter = m_view->filterEdit();
    filter->setText(QStringLiteral("zoë"));
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    filter->setText(QStringLiteral("+9198"));
    QCOMPARE(m_view->proxy()->rowCount(), 1);
    QCOMPARE(m_view->proxy()->index(0, ParticipantModel::NameColumn).data().toString(),
             QStringLiteral("Priya Raman"));
    filter->setText(QStringLiteral("nobody-matches-this"));
    QCOMPARE(m_view->proxy()->rowCount(), 0);
    filter->clear();
    QCOMPARE(m_view->proxy()->rowCount(), 5);
    // Ctrl+F focuses the filter.
    auto *find = m_view->findChild<QAction *>(QStringLiteral("actionFind"));
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
}

void tst_ConferenceView::lockToolbarReflectsServer()
{
    auto *lock = m_view->findChild<QAction *>(QStringLiteral("actionLock"));
    QVERIFY(lock);
    QVERIFY(lock->isCheckable());
    QVERIFY(!lock->isChecked());
    lock->trigger();             // user checks it
    QVERIFY(!lock->isChecked()); // not faked: waits for the server
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("lock"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isChecked(), 5000);
    QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("lockedBadge"))->isVisible());
    QVERIFY(m_view->model()->snapshot().locked);
    lock->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("unlock"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!lock->isChecked(), 5000);
    QVERIFY(!m_view->findChild<QWidget *>(QStringLiteral("lockedBadge"))->isVisible());
}

void tst_ConferenceView::energyDialogShowsCurrentValue()
{
    const quint32 stefan = idOf(QStringLiteral("Ștefan Popescu"));
    QCOMPARE(m_view->model()->participant(stefan)->energy, 300);
    m_view->selectMembers({stefan});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberEnergy"))->trigger();
    auto *dialog = m_view->findChild<LevelDialog *>(QStringLiteral("levelDialog"));
    QVERIFY(dialog);
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("energySpin"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 300);
    spin->setValue(500);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("energy&" + QByteArray::number(stefan) + "&500"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->participant(stefan)->energy, 500, 5000);

    // "+" key path: energy up by FreeSWITCH's own step.
    m_view->selectMembers({stefan});
    m_view->findChild<QAction *>(QStringLiteral("actionEnergyDown"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("energy&" + QByteArray::number(stefan) + "&down"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->participant(stefan)->energy, 300, 5000);
}

void tst_ConferenceView::volumeSliderSetsVolumeOut()
{
    const quint32 priya = idOf(QStringLiteral("Priya Raman"));
    m_view->selectMembers({priya});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberVolumeOut"))->trigger();
    auto *dialog = m_view->findChild<LevelDialog *>(QStringLiteral("levelDialog"));
    QVERIFY(dialog);
    auto *slider = dialog->findChild<QSlider *>(QStringLiteral("volumeSlider"));
    QCOMPARE(slider->minimum(), -4);
    QCOMPARE(slider->maximum(), 4);
    QCOMPARE(slider->value(), m_view->model()->participant(priya)->volumeOut);
    slider->setValue(-2);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("volume_out&" + QByteArray::number(priya) + "&-2"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->participant(priya)->volumeOut, -2, 5000);
    m_view->controller()->send(cc::ConferenceCommand::volumeOut(QString::number(priya), QStringLiteral("0")));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->participant(priya)->volumeOut, 0, 5000);
}

void tst_ConferenceView::invalidCommandIsRefused()
{
    QSignalSpy refused(m_view->controller(), &CommandController::commandRefused);
    QSignalSpy status(m_view.get(), &ConferenceView::statusMessage);
    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    m_view->selectMembers({jose});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionMemberPlay"))->trigger();
    auto *input = m_view->findChild<QInputDialog *>(QStringLiteral("playMemberDialog"));
    QVERIFY(input);
    input->setTextValue(QStringLiteral("sounds/a&b.wav")); // '&' cannot cross the REST route
    input->accept();
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().at(1).toBool(), true);
    QCOMPARE(m_view->controller()->pendingCount(), 0); // nothing was sent
}

void tst_ConferenceView::dropOffersRelateMenu()
{
    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    const quint32 zoe = idOf(QStringLiteral("Zoë Müller"));
    ParticipantModel *model = m_view->model();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(model->rowForMember(jose), 0)}));
    QVERIFY(mime);
    QSignalSpy menus(m_view.get(), &ConferenceView::relateMenuShown);
    QVERIFY(
        model->dropMimeData(mime.get(), Qt::LinkAction, -1, -1, model->index(model->rowForMember(zoe), 0)));
    QCOMPARE(menus.size(), 1);
    auto *menu = menus.first().first().value<QMenu *>();
    QVERIFY(menu);
    auto *noSpeak = menu->findChild<QAction *>(QStringLiteral("actionRelateNoSpeak"));
    QVERIFY(noSpeak);
    QVERIFY(noSpeak->text().contains(QStringLiteral("nospeak")));
    noSpeak->trigger();
    menu->close();
    const QByteArray relate =
        "relate&" + QByteArray::number(jose) + '&' + QByteArray::number(zoe) + "&nospeak";
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest(relate), 5000);
    // Read back through the relate listing: panel row and row badge.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->relationsPanel()->relationships().size(), 1, 5000);
    const cc::Relationship r = m_view->relationsPanel()->relationships().first();
    QCOMPARE(r.from, jose);
    QCOMPARE(r.to, zoe);
    QVERIFY(!r.canSpeak);
    QVERIFY(r.canHear);
    QVERIFY(!model->index(model->rowForMember(jose), 0)
                 .data(ParticipantModel::RelationsRole)
                 .toStringList()
                 .isEmpty());

    // Clear button per pair.
    auto *clear = m_view->relationsPanel()->findChild<QToolButton *>(
        QStringLiteral("clearRelation_%1_%2").arg(jose).arg(zoe));
    QVERIFY(clear);
    clear->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        sawRequest("relate&" + QByteArray::number(jose) + '&' + QByteArray::number(zoe) + "&clear"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->relationsPanel()->relationships().size(), 0, 5000);

    // A drop onto the dragged member itself is refused by the model: no menu.
    std::unique_ptr<QMimeData> self(model->mimeData({model->index(model->rowForMember(zoe), 0)}));
    QVERIFY(
        !model->dropMimeData(self.get(), Qt::LinkAction, -1, -1, model->index(model->rowForMember(zoe), 0)));
    QCOMPARE(menus.size(), 1);
}

void tst_ConferenceView::relateSubmenuAndClearButton()
{
    const quint32 alice = idOf(QStringLiteral("Alice Liddell"));
    const quint32 priya = idOf(QStringLiteral("Priya Raman"));
    m_view->selectMembers({priya});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    auto *both = menu->findChild<QAction *>(QStringLiteral("actionRelate_%1_both").arg(alice));
    QVERIFY(both);
    both->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("relate&" + QByteArray::number(priya) + '&' +
                                        QByteArray::number(alice) + "&nospeak,nohear"),
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->relationsPanel()->relationships().size(), 1, 5000);
    QVERIFY(!m_view->relationsPanel()->relationships().first().canHear);
    m_view->selectMembers({priya});
    menu.reset(m_view->createMemberMenu());
    menu->findChild<QAction *>(QStringLiteral("actionRelate_%1_clear").arg(alice))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->relationsPanel()->relationships().size(), 0, 5000);
}

void tst_ConferenceView::recordStartStop()
{
    auto *record = m_view->findChild<QAction *>(QStringLiteral("actionRecord"));
    QVERIFY(record);
    QVERIFY(!m_view->isRecording());
    record->trigger();
    // sipxconfig-conference-rest.md §5.4: "record" and "record&start" both start.
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("record") || sawRequest("record&start"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<QWidget *>(QStringLiteral("recordingBadge"))->isVisible(),
                             5000);
    QVERIFY(m_view->recordingBadgeText().contains(QStringLiteral("REC")));
    QTRY_VERIFY_WITH_TIMEOUT(record->isChecked(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("record&status"), 5000);
    // The recording node is never a member row.
    QCOMPARE(m_view->model()->rowCount(), 5);
    record->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("record&stop"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<QWidget *>(QStringLiteral("recordingBadge"))->isVisible(),
                             8000);
    QTRY_VERIFY_WITH_TIMEOUT(!record->isChecked(), 5000);
}

void tst_ConferenceView::keyboardToggleMute()
{
    const quint32 jose = idOf(QStringLiteral("José Álvarez"));
    m_view->activateWindow();
    m_view->table()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->selectMembers({jose});
    QTest::keyClick(m_view->table(), Qt::Key_M);
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("mute&" + QByteArray::number(jose)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(jose)->muted(), 5000);
    QTest::keyClick(m_view->table(), Qt::Key_M);
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("unmute&" + QByteArray::number(jose)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->participant(jose)->muted(), 5000);
    const int before = int(m_requests.size());
    QTest::keyClick(m_view->table(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_requests.size() > before, 5000);
}

void tst_ConferenceView::rightClickPopsUpMenuForClickedRow()
{
    const quint32 stefan = idOf(QStringLiteral("Ștefan Popescu"));
    m_view->selectMembers({idOf(QStringLiteral("Alice Liddell"))});
    QTableView *table = m_view->table();
    const QModelIndex index = m_view->proxy()->mapFromSource(
        m_view->model()->index(m_view->model()->rowForMember(stefan), ParticipantModel::NameColumn));
    const QPoint pos = table->visualRect(index).center();
    emit table->customContextMenuRequested(pos);
    // Right-clicking an unselected row selects it; the menu acts on that member.
    QCOMPARE(m_view->selectedMemberIds(), QList<quint32>{stefan});
    QMenu *menu = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("memberMenu") && widget->isVisible())
            menu = qobject_cast<QMenu *>(widget);
    }
    QVERIFY(menu);
    menu->findChild<QAction *>(QStringLiteral("actionMemberFloor"))->trigger();
    menu->close();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("floor&" + QByteArray::number(stefan)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(stefan)->hasFloor, 5000);
}

void tst_ConferenceView::typingInFilterIsNotAShortcut()
{
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->selectMembers({idOf(QStringLiteral("José Álvarez"))});
    m_view->filterEdit()->setFocus();
    QTest::keyClicks(m_view->filterEdit(), QStringLiteral("md"));
    QTest::keyClick(m_view->filterEdit(), Qt::Key_Backspace);
    QCOMPARE(m_view->filterEdit()->text(), QStringLiteral("m"));
    const int polls = m_view->poller()->pollCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->poller()->pollCount() >= polls + 1, 5000);
    for (const QByteArray &request : std::as_const(m_requests)) {
        QVERIFY2(!request.contains("/mute&") && !request.contains("/deaf&"), request.constData());
    }
    QVERIFY(!m_view->findChild<QMessageBox *>());
}

void tst_ConferenceView::dialOutInvite()
{
    m_view->findChild<QAction *>(QStringLiteral("actionDialOut"))->trigger();
    auto *dialog = m_view->findChild<DialOutDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->conference(), QStringLiteral("sales"));
    // Triggering again focuses the same dialog.
    m_view->findChild<QAction *>(QStringLiteral("actionDialOut"))->trigger();
    QCOMPARE(m_view->findChildren<DialOutDialog *>().size(), 1);

    const int before = m_view->model()->rowCount();
    emit dialog->commandRequested(cc::ConferenceCommand::invite(QStringLiteral("bob")));
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("invite&bob"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), before + 1, 10000);
    QVERIFY(!dialog->isWaitingForOutcome());
    // Tidy up: the new member leaves again.
    const QList<quint32> ids = m_view->model()->memberIds();
    const quint32 newest = *std::max_element(ids.begin(), ids.end());
    m_view->controller()->send(cc::ConferenceCommand::hup(QString::number(newest)));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), before, 5000);
    dialog->close();
}

void tst_ConferenceView::transferToOtherConference()
{
    sim::MemberSpec spec;
    spec.callerIdName = QStringLiteral("Moving Caller");
    spec.callerIdNumber = QStringLiteral("557");
    const quint32 moving = m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowForMember(moving) >= 0, 5000);
    m_view->selectMembers({moving});
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    auto *toSupport = menu->findChild<QAction *>(QStringLiteral("actionTransferTo_support"));
    QVERIFY(toSupport);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("actionTransferTo_sales")));
    toSupport->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sawRequest("transfer&support&" + QByteArray::number(moving)), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowForMember(moving), -1, 5000);
    // It re-joined support with a new id; remove it there so support keeps its scenario.
    m_sim->engine()->api(QStringLiteral("conference support hup last"), this, [](const QByteArray &) {});
}

void tst_ConferenceView::delegateGlyphs()
{
    const quint32 alice = idOf(QStringLiteral("Alice Liddell"));
    const quint32 zoe = idOf(QStringLiteral("Zoë Müller"));
    const QAbstractItemModel *model = m_view->model();
    const int aliceRow = m_view->model()->rowForMember(alice);
    const int zoeRow = m_view->model()->rowForMember(zoe);
    QCOMPARE(ParticipantDelegate::glyphFor(model->index(aliceRow, ParticipantModel::ModeratorColumn)),
             std::optional(StatusIcons::Moderator));
    QCOMPARE(ParticipantDelegate::glyphFor(model->index(zoeRow, ParticipantModel::ModeratorColumn)),
             std::nullopt);
    m_view->controller()->send(cc::ConferenceCommand::mute(QString::number(zoe)));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->participant(zoe)->muted(), 5000);
    QCOMPARE(ParticipantDelegate::glyphFor(model->index(zoeRow, ParticipantModel::SpeakColumn)),
             std::optional(StatusIcons::Muted));
    QCOMPARE(ParticipantDelegate::glyphFor(model->index(aliceRow, ParticipantModel::SpeakColumn)),
             std::nullopt);
    // Every glyph renders (SVG or painted fallback) and the shapes differ without colour.
    QSet<QByteArray> shapes;
    for (int g = StatusIcons::Talking; g <= StatusIcons::Lock; ++g) {
        const QIcon icon = StatusIcons::icon(StatusIcons::Glyph(g));
        QVERIFY(!icon.isNull());
        QImage image = icon.pixmap(24).toImage().convertToFormat(QImage::Format_Alpha8);
        QVERIFY(!image.isNull());
        shapes.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
        QVERIFY(!StatusIcons::text(StatusIcons::Glyph(g)).isEmpty());
    }
    QCOMPARE(shapes.size(), StatusIcons::Lock - StatusIcons::Talking + 1);
    // Header tooltips come from the model.
    QVERIFY(!m_view->proxy()
                 ->headerData(ParticipantModel::EnergyColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void tst_ConferenceView::transferInBatchesOf22()
{
    // 30 members: FreeSWITCH reads at most 22 ids per transfer line, so two commands (22 + 8).
    QList<quint32> moving;
    for (int i = 0; i < 30; ++i) {
        sim::MemberSpec spec;
        spec.callerIdName = QStringLiteral("Batch %1").arg(i);
        spec.callerIdNumber = QString::number(700 + i);
        moving << m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowForMember(moving.last()) >= 0, 5000);
    m_view->selectMembers(moving);
    QCOMPARE(m_view->selectedMemberIds().size(), 30);
    std::unique_ptr<QMenu> menu(m_view->createMemberMenu());
    auto *toSupport = menu->findChild<QAction *>(QStringLiteral("actionTransferTo_support"));
    QVERIFY(toSupport);
    QSignalSpy finished(m_view->controller(), &CommandController::commandFinished);
    QSignalSpy status(m_view.get(), &ConferenceView::statusMessage);
    toSupport->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QList<int> batchSizes;
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto command = args.at(0).value<cc::ConferenceCommand>();
        QCOMPARE(command.name(), QStringLiteral("transfer"));
        QVERIFY2(args.at(1).value<cc::CommandOutcome>().ok(),
                 qPrintable(args.at(1).value<cc::CommandOutcome>().message));
        batchSizes << int(command.arguments().size()) - 1; // target, then one id per argument
    }
    std::sort(batchSizes.begin(), batchSizes.end());
    QCOMPARE(batchSizes, (QList<int>{8, 22}));
    int transferRequests = 0;
    for (const QByteArray &request : std::as_const(m_requests))
        transferRequests += request.contains("/transfer&support&") ? 1 : 0;
    QCOMPARE(transferRequests, 2);
    QTRY_VERIFY_WITH_TIMEOUT(
        !status.isEmpty() && status.last().at(0).toString().contains(QStringLiteral("2 of 2")), 5000);
    for (const quint32 id : std::as_const(moving))
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowForMember(id), -1, 5000);
    // They re-joined support with new ids; remove them so support keeps its scenario.
    for (int i = 0; i < 30; ++i)
        m_sim->engine()->api(QStringLiteral("conference support hup last"), this, [](const QByteArray &) {});
}

QTEST_MAIN(tst_ConferenceView)
#include "tst_conferenceview.moc"
