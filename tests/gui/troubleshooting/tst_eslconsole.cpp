// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console over FreeSWITCH's event socket, against the in-process bridge simulator on
// loopback (ESL on any free port, REST over HTTPS for the comparisons): conference list of the
// whole bridge, member table fed by events, commands only the socket can carry, the
// mute-detect indicator and the raw event stream view.
#include "../guitestsupport.h"
#include "core/commands/commandtransport.h"
#include "core/esl/eslclient.h"
#include "core/model/participantmodel.h"
#include "core/sources/pushconferencesource.h"
#include "gui/window/mainwindow.h"
#include "gui/common/statusicons.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/participantdelegate.h"
#include "gui/conference/participantproxymodel.h"
#include "gui/connection/serverconnection.h"
#include "app/demobridge.h"
#include "gui/dialogs/dialoutdialog.h"
#include "gui/troubleshooting/eventstreamview.h"
#include "gui/troubleshooting/logdock.h"
#include "gui/troubleshooting/troubleshootingdock.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace gui;

class tst_EslConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void conferenceListIsTheWholeBridge();
    void openConferenceOverEsl();
    void muteShownFromTheEvent();
    void playFileToMemberOnlyOverEsl();
    void dialOutAllowsDialStrings();
    void recordToPathOverEsl();
    void muteDetectIndicator_data();
    void muteDetectIndicator();
    void eventStreamViewReceivesAndFilters();
    void wrongPasswordIsReported();
    void demoOffersEventSocketProfile();

private:
    std::unique_ptr<ConferenceView> openView(ServerConnection *connection, const QString &conference,
                                             int resyncMs = 60000);
    quint32 idOf(ConferenceView *view, const QString &name) const;
    /// Actions of the engine's conference::maintenance events since the last clear.
    QStringList actions() const;
    QString headerOfLast(const QByteArray &action, const QByteArray &header) const;

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<ServerConnection> m_esl;
    std::unique_ptr<ServerConnection> m_rest;
    QList<QList<QPair<QByteArray, QByteArray>>> m_events;
    QList<QByteArray> m_requests;
};

void tst_EslConsole::initTestCase()
{
    guitest::installEnglish();
    sim::SimulatorOptions options;
    options.tls = true;
    options.eslPort = 0;              // any free loopback port
    options.activity.enabled = false; // deterministic: nobody talks, joins or leaves
    options.ringDelayMs = 10;
    m_sim = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QVERIFY(m_sim->eslPort() != 0);
    connect(m_sim->engine(), &sim::BridgeEngine::conferenceEvent, this,
            [this](const QList<QPair<QByteArray, QByteArray>> &headers) { m_events << headers; });
    connect(m_sim.get(), &sim::Simulator::requestHandled, this,
            [this](const QByteArray &method, const QByteArray &target, int) {
                m_requests << method + ' ' + target;
            });

    ConnectionProfile esl;
    esl.name = QStringLiteral("bridge");
    esl.transport = ConnectionProfile::Transport::EventSocket;
    esl.eslHost = QStringLiteral("127.0.0.1");
    esl.eslPort = m_sim->eslPort();
    QVERIFY(esl.validate().isEmpty());
    m_esl = std::make_unique<ServerConnection>(esl, options.eslPassword);
    QVERIFY(m_esl->isEventSocket());
    QVERIFY(!m_esl->client());
    QVERIFY(m_esl->eslClient());
    QVERIFY(m_esl->transport()->supportsPush());

    ConnectionProfile rest;
    rest.name = QStringLiteral("rest");
    rest.baseUrl = m_sim->baseUrl();
    rest.user = QStringLiteral("alice");
    rest.pollIntervalMs = 500;
    rest.pinnedSha256 = {m_sim->certificateSha256()};
    m_rest = std::make_unique<ServerConnection>(rest, QStringLiteral("wonderland"));
    QVERIFY(!m_rest->transport()->supportsPush());
    m_rest->refreshConferences();
    QTRY_VERIFY_WITH_TIMEOUT(m_esl->hasConferenceList(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_rest->hasConferenceList(), 10000);
}

void tst_EslConsole::cleanup()
{
    m_events.clear();
    m_requests.clear();
}

void tst_EslConsole::cleanupTestCase()
{
    m_esl.reset();
    m_rest.reset();
    m_sim.reset();
}

std::unique_ptr<ConferenceView> tst_EslConsole::openView(ServerConnection *connection,
                                                         const QString &conference, int resyncMs)
{
    auto view = std::make_unique<ConferenceView>(connection, conference);
    if (view->pushSource()) {
        // Long re-sync: what the table shows after a command must come from the event.
        view->pushSource()->setResyncInterval(resyncMs);
        view->pushSource()->setSequenceGapResync(false);
    }
    view->resize(1200, 500);
    view->show();
    view->start();
    return view;
}

quint32 tst_EslConsole::idOf(ConferenceView *view, const QString &name) const
{
    for (const cc::Participant &p : view->model()->snapshot().members) {
        if (p.callerIdName == name)
            return p.id;
    }
    return 0;
}

QStringList tst_EslConsole::actions() const
{
    QStringList result;
    for (const auto &headers : m_events) {
        for (const auto &[name, value] : headers) {
            if (name == "Action")
                result << QString::fromUtf8(value);
        }
    }
    return result;
}

QString tst_EslConsole::headerOfLast(const QByteArray &action, const QByteArray &header) const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        bool match = false;
        QString found;
        for (const auto &[name, value] : *it) {
            if (name == "Action" && value == action)
                match = true;
            if (name == header)
                found = QString::fromUtf8(value);
        }
        if (match)
            return found;
    }
    return {};
}

void tst_EslConsole::conferenceListIsTheWholeBridge()
{
    // No sipXconfig ownership on a FreeSWITCH socket: every conference of the bridge, while
    // REST lists only alice's.
    QStringList bridge = m_sim->engine()->conferenceNames();
    bridge.sort();
    QStringList listed = m_esl->conferenceNames();
    listed.sort();
    QCOMPARE(listed, bridge);
    QVERIFY(listed.contains(QStringLiteral("board"))); // bob's
    QVERIFY(!m_rest->conferenceNames().contains(QStringLiteral("board")));
    for (const cc::ConferenceInfo &info : m_esl->conferences())
        QVERIFY(info.enabled);
}

void tst_EslConsole::openConferenceOverEsl()
{
    auto view = openView(m_esl.get(), QStringLiteral("sales"));
    QVERIFY(view->isEventSocket());
    QVERIFY(!view->poller());
    QVERIFY(view->pushSource());
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 10000);
    // Same members as FreeSWITCH has, in join order.
    QCOMPARE(view->model()->snapshot().members.size(), 5);
    QVERIFY(idOf(view.get(), QStringLiteral("José Álvarez")) != 0);
    QVERIFY(view->headerText().contains(QLatin1String("5 members")));
}

void tst_EslConsole::muteShownFromTheEvent()
{
    auto view = openView(m_esl.get(), QStringLiteral("sales"), 300000);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view->pushSource()->resyncCount(), 1, 5000);
    const quint32 jose = idOf(view.get(), QStringLiteral("José Álvarez"));
    QVERIFY(jose != 0);
    QVERIFY(!view->model()->participant(jose)->muted());

    // Record the source's counters at the moment the table first shows the mute.
    int resyncsWhenShown = -1;
    int eventsWhenShown = -1;
    connect(view->model(), &cc::ParticipantModel::snapshotApplied, this, [&] {
        const auto p = view->model()->participant(jose);
        if (resyncsWhenShown < 0 && p && p->muted()) {
            resyncsWhenShown = view->pushSource()->resyncCount();
            eventsWhenShown = view->pushSource()->eventsApplied();
        }
    });
    const int eventsBefore = view->pushSource()->eventsApplied();

    view->selectMembers({jose});
    std::unique_ptr<QMenu> menu(view->createMemberMenu());
    QVERIFY(menu);
    auto *mute = menu->findChild<QAction *>(QStringLiteral("actionMemberMute"));
    QVERIFY(mute && mute->isEnabled());
    QSignalSpy finished(view->controller(), &CommandController::commandFinished);
    mute->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->participant(jose)->muted(), 5000);
    QCOMPARE(resyncsWhenShown, 1);           // no xml_list re-read in between...
    QVERIFY(eventsWhenShown > eventsBefore); // ...the mute-member event did it
    QVERIFY(actions().contains(QStringLiteral("mute-member")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const auto outcome = finished.first().at(1).value<cc::CommandOutcome>();
    QVERIFY(outcome.ok());
    QVERIFY(outcome.payload.contains(QStringLiteral("+OK mute %1").arg(jose)));
    QVERIFY(m_requests.isEmpty()); // nothing went over REST

    // Unmute comes back the same way.
    view->controller()->send(cc::ConferenceCommand::unmute(QString::number(jose)));
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->participant(jose)->muted(), 5000);
    QCOMPARE(view->pushSource()->resyncCount(), 1);
}

void tst_EslConsole::playFileToMemberOnlyOverEsl()
{
    const QString file = QStringLiteral("/usr/share/freeswitch/sounds/en/us/callie/conference/8000/"
                                        "conf-you_are_muted.wav");
    // Over the event socket the path travels as an API line.
    {
        auto view = openView(m_esl.get(), QStringLiteral("sales"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 10000);
        const quint32 priya = idOf(view.get(), QStringLiteral("Priya Raman"));
        QVERIFY(priya != 0);
        view->selectMembers({priya});
        std::unique_ptr<QMenu> menu(view->createMemberMenu());
        QSignalSpy refused(view->controller(), &CommandController::commandRefused);
        QSignalSpy finished(view->controller(), &CommandController::commandFinished);
        menu->findChild<QAction *>(QStringLiteral("actionMemberPlay"))->trigger();
        auto *input = view->findChild<QInputDialog *>(QStringLiteral("playMemberDialog"));
        QVERIFY(input);
        input->setTextValue(file);
        input->accept();
        QTRY_VERIFY_WITH_TIMEOUT(actions().contains(QStringLiteral("play-file-member")), 5000);
        QCOMPARE(headerOfLast("play-file-member", "File"), file);
        QCOMPARE(headerOfLast("play-file-member", "Member-ID"), QString::number(priya));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(finished.first().at(1).value<cc::CommandOutcome>().ok());
        QCOMPARE(refused.size(), 0);
        view->controller()->send(cc::ConferenceCommand::stop(QStringLiteral("all"), priya));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
    }
    m_events.clear();
    // Over REST the same command is refused, with the reason, and nothing is sent.
    {
        auto view = openView(m_rest.get(), QStringLiteral("sales"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 10000);
        const quint32 priya = idOf(view.get(), QStringLiteral("Priya Raman"));
        m_requests.clear();
        QSignalSpy refused(view->controller(), &CommandController::commandRefused);
        QSignalSpy status(view.get(), &ConferenceView::statusMessage);
        QVERIFY(!view->controller()->send(cc::ConferenceCommand::play(file, priya)));
        QCOMPARE(refused.size(), 1);
        const QString reason = refused.first().first().toString();
        QVERIFY(!reason.isEmpty());
        QCOMPARE(reason, cc::ConferenceCommand::play(file, priya).restError());
        QVERIFY(status.size() >= 1);
        QCOMPARE(status.last().at(1).toBool(), true);
        QCOMPARE(view->controller()->pendingCount(), 0);
        QTest::qWait(100);
        QVERIFY(!actions().contains(QStringLiteral("play-file-member")));
        for (const QByteArray &request : std::as_const(m_requests))
            QVERIFY2(!request.contains("play"), request.constData());
    }
}

void tst_EslConsole::dialOutAllowsDialStrings()
{
    auto esl = openView(m_esl.get(), QStringLiteral("sales"));
    esl->findChild<QAction *>(QStringLiteral("actionDialOut"))->trigger();
    auto *dialog = esl->findChild<DialOutDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isEventSocket());
    dialog->close();

    auto rest = openView(m_rest.get(), QStringLiteral("sales"));
    rest->findChild<QAction *>(QStringLiteral("actionDialOut"))->trigger();
    auto *restDialog = rest->findChild<DialOutDialog *>();
    QVERIFY(restDialog);
    QVERIFY(!restDialog->isEventSocket());

    // bgdial with a dial string goes out over the socket and a member joins.
    QTRY_COMPARE_WITH_TIMEOUT(esl->model()->rowCount(), 5, 10000);
    cc::DialRequest request;
    request.endpoint = QStringLiteral("sofia");
    request.destination = QStringLiteral("gateway/pstn/15551230000"); // '/' cannot cross REST
    request.callerIdNumber = QStringLiteral("15551230000");
    request.callerIdName = QStringLiteral("Dialled In");
    QVERIFY(!cc::ConferenceCommand::bgDial(request).restSegment().has_value());
    QSignalSpy finished(esl->controller(), &CommandController::commandFinished);
    QVERIFY(esl->controller()->send(cc::ConferenceCommand::bgDial(request)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY2(finished.first().at(1).value<cc::CommandOutcome>().ok(),
             qPrintable(finished.first().at(1).value<cc::CommandOutcome>().message));
    QTRY_VERIFY_WITH_TIMEOUT(idOf(esl.get(), QStringLiteral("Dialled In")) != 0, 5000);
    const quint32 dialled = idOf(esl.get(), QStringLiteral("Dialled In"));
    esl->controller()->send(cc::ConferenceCommand::hup(QString::number(dialled)));
    QTRY_COMPARE_WITH_TIMEOUT(esl->model()->rowCount(), 5, 5000);
}

void tst_EslConsole::recordToPathOverEsl()
{
    auto view = openView(m_esl.get(), QStringLiteral("support"));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
    auto *record = view->findChild<QAction *>(QStringLiteral("actionRecord"));
    QVERIFY(record);
    record->trigger(); // checked -> asks for a path
    auto *input = view->findChild<QInputDialog *>(QStringLiteral("recordPathDialog"));
    QVERIFY(input);
    QVERIFY(input->textValue().startsWith(u'/'));
    const QString path = QStringLiteral("/tmp/eslgui-test-support.wav");
    input->setTextValue(path);
    input->accept();
    QTRY_VERIFY_WITH_TIMEOUT(actions().contains(QStringLiteral("start-recording")), 5000);
    QCOMPARE(headerOfLast("start-recording", "Path"), path);
    QTRY_VERIFY_WITH_TIMEOUT(view->isRecording(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(record->isChecked(), 5000);
    record->trigger(); // unchecked -> norecord all
    QTRY_VERIFY_WITH_TIMEOUT(actions().contains(QStringLiteral("stop-recording")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isRecording(), 5000);
}

void tst_EslConsole::muteDetectIndicator_data()
{
    QTest::addColumn<bool>("overEsl");
    QTest::newRow("event socket") << true;
    QTest::newRow("REST") << false;
}

void tst_EslConsole::muteDetectIndicator()
{
    QFETCH(bool, overEsl);
    sim::MemberSpec spec;
    spec.callerIdName = overEsl ? QStringLiteral("Hand Raiser") : QStringLiteral("Rest Raiser");
    spec.callerIdNumber = QStringLiteral("1777");
    spec.muted = true;
    spec.muteDetect = true;
    const quint32 id = m_sim->engine()->addMember(QStringLiteral("sales"), spec);
    sim::MemberSpec quiet;
    quiet.callerIdName = QStringLiteral("Quiet Muted");
    quiet.callerIdNumber = QStringLiteral("1778");
    quiet.muted = true;
    quiet.muteDetect = true;
    const quint32 quietId = m_sim->engine()->addMember(QStringLiteral("sales"), quiet);

    auto view = openView(overEsl ? m_esl.get() : m_rest.get(), QStringLiteral("sales"));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->participant(id).has_value(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->participant(quietId).has_value(), 10000);
    m_sim->engine()->setTalkingForTesting(id, true);
    if (overEsl)
        QTRY_VERIFY_WITH_TIMEOUT(actions().contains(QStringLiteral("mute-detect")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->participant(id)->talking, 5000);
    const cc::Participant p = *view->model()->participant(id);
    QVERIFY(!p.canSpeak);
    QVERIFY(p.muteDetect);
    QVERIFY(p.wantsToSpeak());

    auto *proxy = view->proxy();
    auto cell = [&](quint32 member) {
        const QModelIndex source =
            view->model()->index(view->model()->rowForMember(member), cc::ParticipantModel::TalkingColumn);
        return proxy->mapFromSource(source);
    };
    const QModelIndex raised = cell(id);
    QVERIFY(raised.isValid());
    QCOMPARE(raised.data(Qt::ToolTipRole).toString(), QStringLiteral("Muted, but talking — wants to speak?"));
    QVERIFY(raised.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("wants to speak")));
    QCOMPARE(ParticipantDelegate::glyphFor(raised), std::optional(cc::Glyph::RaisedHand));
    QVERIFY(!StatusIcons::icon(cc::Glyph::RaisedHand).pixmap(18).isNull());
    // A muted mute-detect member who is silent shows nothing; a talking unmuted one the speaker.
    const QModelIndex silent = cell(quietId);
    QCOMPARE(ParticipantDelegate::glyphFor(silent), std::nullopt);
    QVERIFY(!silent.data(Qt::ToolTipRole).toString().contains(QLatin1String("wants to speak")));

    if (overEsl && qEnvironmentVariableIsSet("ESLGUI_SCREENSHOT")) {
        QTest::qWait(50);
        QVERIFY(view->grab().save(qEnvironmentVariable("ESLGUI_SCREENSHOT")));
    }

    // Silence ends the signal; the members leave again.
    m_sim->engine()->setTalkingForTesting(id, false);
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->participant(id)->talking, 5000);
    QCOMPARE(ParticipantDelegate::glyphFor(cell(id)), std::nullopt);
    view->controller()->send(cc::ConferenceCommand::hup(QString::number(id)));
    view->controller()->send(cc::ConferenceCommand::hup(QString::number(quietId)));
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->participant(id).has_value(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->participant(quietId).has_value(), 5000);
}

void tst_EslConsole::eventStreamViewReceivesAndFilters()
{
    EventStreamView stream;
    stream.resize(900, 300);
    stream.show();
    stream.watch(m_esl->eslClient(), m_esl->name());
    auto view = openView(m_esl.get(), QStringLiteral("sales"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 10000);
    const quint32 jose = idOf(view.get(), QStringLiteral("José Álvarez"));
    const quint32 priya = idOf(view.get(), QStringLiteral("Priya Raman"));
    auto *controller = view->controller();
    controller->send(cc::ConferenceCommand::mute(QString::number(jose)));
    controller->send(cc::ConferenceCommand::mute(QString::number(priya)));
    controller->send(cc::ConferenceCommand::unmute(QString::number(jose)));
    controller->send(cc::ConferenceCommand::unmute(QString::number(priya)));
    QTRY_VERIFY_WITH_TIMEOUT(stream.eventCount() >= 4, 5000);
    QCOMPARE(stream.visibleCount(), stream.eventCount());

    // Rows: time, server, Action, Member-ID, Conference-Name.
    auto *model = stream.view()->model();
    QCOMPARE(model->index(0, EventStreamView::ServerColumn).data().toString(), QStringLiteral("bridge"));
    QCOMPARE(model->index(0, EventStreamView::ActionColumn).data().toString(), QStringLiteral("mute-member"));
    QCOMPARE(model->index(0, EventStreamView::MemberColumn).data().toString(), QString::number(jose));
    QCOMPARE(model->index(0, EventStreamView::ConferenceColumn).data().toString(), QStringLiteral("sales"));
    QVERIFY(!model->index(0, EventStreamView::TimeColumn).data().toString().isEmpty());

    // Filter on the action (and any header), details show every header of the selection.
    stream.filterEdit()->setText(QStringLiteral("unmute-member"));
    QCOMPARE(stream.visibleCount(), 2);
    stream.view()->setCurrentIndex(model->index(1, 0));
    const QString details = stream.detailsPane()->toPlainText();
    QVERIFY(details.contains(QLatin1String("Action: unmute-member")));
    QVERIFY(details.contains(QStringLiteral("Member-ID: %1").arg(priya)));
    QVERIFY(details.contains(QLatin1String("Event-Subclass: conference::maintenance")));
    QVERIFY(details.contains(QLatin1String("Caller-Caller-ID-Name: Priya Raman")));
    stream.filterEdit()->setText(QStringLiteral("Priya Raman")); // a header that is not a column
    QCOMPARE(stream.visibleCount(), 2);
    stream.filterEdit()->clear();
    QCOMPARE(stream.visibleCount(), stream.eventCount());

    // Pause holds new events; resume adds them.
    const int before = stream.eventCount();
    QTest::mouseClick(stream.pauseButton(), Qt::LeftButton);
    QVERIFY(stream.isPaused());
    controller->send(cc::ConferenceCommand::deaf(QString::number(jose)));
    controller->send(cc::ConferenceCommand::undeaf(QString::number(jose)));
    QTRY_COMPARE_WITH_TIMEOUT(stream.heldCount(), 2, 5000);
    QCOMPARE(stream.eventCount(), before);
    QTest::mouseClick(stream.pauseButton(), Qt::LeftButton);
    QVERIFY(!stream.isPaused());
    QCOMPARE(stream.eventCount(), before + 2);
    QCOMPARE(stream.heldCount(), 0);

    // The cap drops the oldest.
    stream.setCap(3);
    QCOMPARE(stream.eventCount(), 3);
    QCOMPARE(model->index(2, EventStreamView::ActionColumn).data().toString(),
             QStringLiteral("undeaf-member"));
    QCOMPARE(EventStreamView::DefaultCap, 2000);

    // Non-maintenance events (e.g. BACKGROUND_JOB) are not listed.
    cc::EslEvent job;
    job.headers = {{QStringLiteral("Event-Name"), QStringLiteral("BACKGROUND_JOB")}};
    stream.setCap(100);
    const int count = stream.eventCount();
    stream.addEvent(QStringLiteral("x"), job);
    QCOMPARE(stream.eventCount(), count);
}

void tst_EslConsole::wrongPasswordIsReported()
{
    ConnectionProfile esl = m_esl->profile();
    esl.name = QStringLiteral("wrong");
    ServerConnection wrong(esl, QStringLiteral("not-ClueCon"));
    QSignalSpy failed(&wrong, &ServerConnection::conferencesFailed);
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, 5000);
    QVERIFY(wrong.lastError().contains(QLatin1String("password")));
    QVERIFY(!wrong.hasConferenceList());
    QTRY_COMPARE_WITH_TIMEOUT(wrong.eslClient()->state(), cc::EslClient::State::Halted, 5000);
    // A command is refused with a reason rather than hanging.
    ConferenceView view(&wrong, QStringLiteral("sales"));
    QSignalSpy finished(view.controller(), &CommandController::commandFinished);
    QVERIFY(view.controller()->send(cc::ConferenceCommand::mute(QStringLiteral("1"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(!finished.first().at(1).value<cc::CommandOutcome>().ok());
}

void tst_EslConsole::demoOffersEventSocketProfile()
{
    MainWindow window;
    QString error;
    DemoBridge *demo = gui::startDemo(window, &error);
    QVERIFY2(demo, qPrintable(error));
    QVERIFY(demo->simulator()->eslPort() != 0);
    const int tabs = window.tabs()->count();
    QCOMPARE(window.connections().size(), 1); // REST only at first: the demo screen is unchanged
    QVERIFY(!window.connections().first()->isEventSocket());
    auto *action = window.findChild<QAction *>(QStringLiteral("actionDemoEventSocket"));
    QVERIFY(action);
    // The event stream is a tab of the (hidden) troubleshooting dock, shown from the View menu.
    QVERIFY(window.troubleshootingDock()->isHidden());
    QCOMPARE(window.troubleshootingDock()->tabs()->widget(window.eventStreamTab()),
             static_cast<QWidget *>(window.eventStreamView()));
    action->trigger();
    QCOMPARE(window.connections().size(), 2);
    ServerConnection *esl = window.connections().at(1);
    QVERIFY(esl->isEventSocket());
    QCOMPARE(esl->name(), QStringLiteral("Demo bridge (event socket)"));
    QTRY_VERIFY_WITH_TIMEOUT(esl->hasConferenceList(), 10000);
    QVERIFY(esl->conferenceNames().contains(QStringLiteral("board")));
    QCOMPARE(window.tabs()->count(), tabs); // no tabs opened automatically
    ConferenceView *view = window.openConference(esl, QStringLiteral("board"));
    QVERIFY(view && view->isEventSocket());
    QTRY_VERIFY_WITH_TIMEOUT(view->memberCount() > 0, 10000);
    // Its events reach the Events view.
    const quint32 member = view->model()->snapshot().members.first().id;
    view->controller()->send(cc::ConferenceCommand::mute(QString::number(member)));
    QTRY_VERIFY_WITH_TIMEOUT(window.eventStreamView()->eventCount() > 0, 5000);
    window.findChild<QAction *>(QStringLiteral("actionShowEventStream"))->trigger();
    QVERIFY(!window.troubleshootingDock()->isHidden());
    QCOMPARE(window.troubleshootingDock()->tabs()->currentWidget(),
             static_cast<QWidget *>(window.eventStreamView()));
    // The Events tab counts what it holds.
    QVERIFY(window.troubleshootingDock()->tabs()->tabText(window.eventStreamTab()).contains(u'('));

    // The request log shows the event-socket command as sent, its answer and the time between.
    auto *log = window.logDock()->findChild<QTreeWidget *>(QStringLiteral("logView"));
    QVERIFY(log);
    const QString line = QStringLiteral("conference board mute %1").arg(member);
    QTreeWidgetItem *row = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < log->topLevelItemCount(); ++i) {
                if (log->topLevelItem(i)->text(LogDock::UrlColumn).startsWith(line))
                    row = log->topLevelItem(i);
            }
            return row != nullptr;
        }(),
        5000);
    QCOMPARE(row->text(LogDock::MethodColumn), QStringLiteral("api"));
    QVERIFY2(row->text(LogDock::UrlColumn).contains(QStringLiteral("⇒  +OK mute %1").arg(member)),
             qPrintable(row->text(LogDock::UrlColumn)));
    QCOMPARE(row->text(LogDock::StatusColumn), QStringLiteral("ok"));
    QVERIFY(row->text(LogDock::LatencyColumn).endsWith(QLatin1String(" ms")));
    QCOMPARE(row->text(LogDock::ServerColumn), esl->name());
}

QTEST_MAIN(tst_EslConsole)
#include "tst_eslconsole.moc"
