// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The waiting room and mute on entry, over the sipXconfig REST route and the event socket alike:
// what the switch shows after each arrival and each moderator decision.
#include "core/meeting/arrivalrules.h"
#include "core/meeting/meetingvariables.h"
#include "core/meeting/waitinglist.h"
#include "meetingfixture.h"
#include "simsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kSales = u"sales"_s;

sim::MemberSpec moderator(const QString &name, const QString &number)
{
    sim::MemberSpec spec = caller(name, number);
    spec.moderator = true;
    return spec;
}

} // namespace

class tst_ArrivalRules final : public QObject
{
    Q_OBJECT

    /// The rules and the waiting list of `sales`, fed by the rig's source, once the first listing
    /// (the baseline) arrived.
    struct Setup
    {
        std::unique_ptr<MeetingRig> rig;
        std::unique_ptr<CommandSender> sender;
        std::unique_ptr<ArrivalRules> rules;
        std::unique_ptr<WaitingList> waiting;
        std::unique_ptr<QAbstractItemModelTester> tester;
        QList<ArrivalAction> actions;
        QList<QString> sent; ///< "conference: api words"
    };

    static void routes()
    {
        QTest::addColumn<Route>("route");
        QTest::newRow("rest") << Route::Rest;
        QTest::newRow("event socket") << Route::EventSocket;
    }

    std::unique_ptr<Setup> setUp(Route route)
    {
        auto s = std::make_unique<Setup>();
        s->rig = std::make_unique<MeetingRig>(route);
        QString why;
        if (!s->rig->ready(&why)) {
            qWarning("%s", qPrintable(why));
            return nullptr;
        }
        s->sender = std::make_unique<CommandSender>(s->rig->transport());
        s->rules = std::make_unique<ArrivalRules>(s->sender.get(), kSales);
        s->waiting = std::make_unique<WaitingList>();
        s->tester = std::make_unique<QAbstractItemModelTester>(
            s->waiting.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Setup *raw = s.get();
        connect(s->rules.get(), &ArrivalRules::acted, this,
                [raw](const ArrivalAction &a) { raw->actions << a; });
        connect(s->sender.get(), &CommandSender::commandFinished, this,
                [raw](const QString &conf, const ConferenceCommand &c, const CommandOutcome &) {
                    raw->sent << conf + u": "_s + c.name() + u' ' + c.arguments().join(u' ');
                });
        ConferenceSource *source = s->rig->follow(kSales);
        QSignalSpy first(source, &ConferenceSource::snapshotReceived);
        connect(source, &ConferenceSource::snapshotReceived, s->rules.get(), &ArrivalRules::observe);
        connect(source, &ConferenceSource::snapshotReceived, s->waiting.get(), &WaitingList::applySnapshot);
        if (!first.wait(5000))
            return nullptr;
        return s;
    }

    static const ArrivalAction *actionFor(const Setup &s, quint32 id, ArrivalAction::Kind kind)
    {
        for (const ArrivalAction &a : s.actions) {
            if (a.memberId == id && a.kind == kind)
                return &a;
        }
        return nullptr;
    }

private slots:
    void waitingRoomHoldsCallersAndLetsThemIn_data() { routes(); }
    void waitingRoomHoldsCallersAndLetsThemIn()
    {
        QFETCH(Route, route);
        auto s = setUp(route);
        QVERIFY(s);
        const ConferenceSnapshot before = s->rig->engineSnapshot(kSales);
        QVERIFY(before.members.size() >= 2);

        ArrivalSettings settings;
        settings.waitingRoom = true;
        s->rules->setSettings(settings);
        // The switch knows: another console, confctl and a restart read it there.
        QTRY_COMPARE(meetingvar::value(s->rig->engineSnapshot(kSales), meetingvar::WaitingRoom), u"on"_s);

        const quint32 nadia =
            s->rig->engine()->addMember(kSales, caller(u"Nadia Petrova"_s, u"+359888123456"_s));
        const quint32 chair = s->rig->engine()->addMember(kSales, moderator(u"Chair"_s, u"+4930100"_s));
        QTRY_VERIFY(actionFor(*s, nadia, ArrivalAction::Kind::Held));
        const ArrivalAction held = *actionFor(*s, nadia, ArrivalAction::Kind::Held);
        QVERIFY2(held.ok, qPrintable(held.message));
        QVERIFY(held.latencyMs >= 0);
        QCOMPARE(held.memberLabel, u"Nadia Petrova (%1)"_s.arg(nadia));
        QVERIFY(RouteHeld(s->rig->engineSnapshot(kSales), nadia));
        // The waiting list shows her; nobody else was touched.
        QTRY_COMPARE(s->waiting->memberIds(), QList<quint32>{nadia});
        QCOMPARE(s->waiting->index(0).data(WaitingList::NumberRole).toString(), u"+359888123456"_s);
        const ConferenceSnapshot after = s->rig->engineSnapshot(kSales);
        for (const Participant &p : before.members)
            QVERIFY2(!MeetingRig::member(after, p.id)->hold, qPrintable(p.callerIdName));
        QVERIFY(!MeetingRig::member(after, chair)->hold); // moderators never wait
        QVERIFY(!actionFor(*s, chair, ArrivalAction::Kind::Held));

        // Held and deafened: once let in she hears again (xml_list hides can_hear while on hold).
        s->rules->admit({nadia});
        QTRY_VERIFY(actionFor(*s, nadia, ArrivalAction::Kind::Admitted));
        QVERIFY(actionFor(*s, nadia, ArrivalAction::Kind::Admitted)->ok);
        const Participant *in = MeetingRig::member(s->rig->engineSnapshot(kSales), nadia);
        QVERIFY(in && !in->hold && in->canHear && in->canSpeak);
        QTRY_VERIFY(s->waiting->memberIds().isEmpty());
        QVERIFY(s->sent.contains(u"sales: deaf %1"_s.arg(nadia)));
        QVERIFY(s->sent.contains(u"sales: undeaf %1"_s.arg(nadia)));

        // Back to the waiting room, on the moderator's word.
        s->rules->sendToWaitingRoom({nadia});
        QTRY_VERIFY(actionFor(*s, nadia, ArrivalAction::Kind::SentBack));
        QVERIFY(RouteHeld(s->rig->engineSnapshot(kSales), nadia));
        QTRY_COMPARE(s->waiting->memberIds(), QList<quint32>{nadia});
    }

    void muteOnEntryCombinesWithTheWaitingRoom_data() { routes(); }
    void muteOnEntryCombinesWithTheWaitingRoom()
    {
        QFETCH(Route, route);
        auto s = setUp(route);
        QVERIFY(s);
        ArrivalSettings settings;
        settings.muteOnEntry = true; // except moderators
        s->rules->setSettings(settings);
        QTRY_COMPARE(meetingvar::value(s->rig->engineSnapshot(kSales), meetingvar::MuteOnEntry),
                     u"callers"_s);

        const quint32 omar = s->rig->engine()->addMember(kSales, caller(u"Omar"_s, u"+20223456789"_s));
        const quint32 chair = s->rig->engine()->addMember(kSales, moderator(u"Chair"_s, u"+4930100"_s));
        QTRY_VERIFY(actionFor(*s, omar, ArrivalAction::Kind::Muted));
        QVERIFY(actionFor(*s, omar, ArrivalAction::Kind::Muted)->ok);
        QTRY_VERIFY(MeetingRig::member(s->rig->engineSnapshot(kSales), omar)->muted());
        QVERIFY(!MeetingRig::member(s->rig->engineSnapshot(kSales), chair)->muted());

        // With the waiting room: held on arrival, and let in muted.
        settings.waitingRoom = true;
        settings.muteModerators = true;
        s->rules->setSettings(settings);
        const quint32 lea = s->rig->engine()->addMember(kSales, caller(u"Léa"_s, u"+33612345678"_s));
        const quint32 chair2 = s->rig->engine()->addMember(kSales, moderator(u"Co-chair"_s, u"+4930101"_s));
        QTRY_VERIFY(actionFor(*s, lea, ArrivalAction::Kind::Held));
        QTRY_VERIFY(actionFor(*s, chair2, ArrivalAction::Kind::Muted)); // moderators too, now
        s->rules->admit({lea});
        QTRY_VERIFY(actionFor(*s, lea, ArrivalAction::Kind::Admitted));
        const Participant *in = MeetingRig::member(s->rig->engineSnapshot(kSales), lea);
        QVERIFY(in && !in->hold && in->canHear && in->muted());

        // Turned off: the next caller arrives as they are.
        s->rules->setSettings({});
        QTRY_VERIFY(!meetingvar::value(s->rig->engineSnapshot(kSales), meetingvar::MuteOnEntry));
        const quint32 ken = s->rig->engine()->addMember(kSales, caller(u"Ken"_s, u"+81312345678"_s));
        QTRY_VERIFY(s->waiting->rowCount() == 0 && MeetingRig::member(s->rig->engineSnapshot(kSales), ken));
        QTest::qWait(600); // a few listings later, still nothing done to him
        QVERIFY(!actionFor(*s, ken, ArrivalAction::Kind::Muted));
        QVERIFY(!MeetingRig::member(s->rig->engineSnapshot(kSales), ken)->muted());
    }

    void settingsComeBackFromTheSwitch_data() { routes(); }
    void settingsComeBackFromTheSwitch()
    {
        QFETCH(Route, route);
        auto s = setUp(route);
        QVERIFY(s);
        ArrivalSettings settings;
        settings.waitingRoom = true;
        settings.muteOnEntry = true;
        s->rules->setSettings(settings);
        QTRY_COMPARE(meetingvar::value(s->rig->engineSnapshot(kSales), meetingvar::WaitingRoom), u"on"_s);
        QTRY_COMPARE(meetingvar::value(s->rig->engineSnapshot(kSales), meetingvar::MuteOnEntry),
                     u"callers"_s);

        // A second console (or this one after a restart) starts with nothing chosen...
        CommandSender sender(s->rig->transport());
        ArrivalRules again(&sender, kSales);
        QSignalSpy changed(&again, &ArrivalRules::settingsChanged);
        ConferenceSource *source = s->rig->follow(kSales);
        connect(source, &ConferenceSource::snapshotReceived, &again, &ArrivalRules::observe);
        // ...and reads the settings from the conference.
        QTRY_VERIFY(again.settings().waitingRoom);
        QVERIFY(again.settings().muteOnEntry);
        QVERIFY(!again.settings().muteModerators);
        QCOMPARE(changed.count(), 1);

        // Another moderator turns the waiting room off with the troubleshooting console.
        // setvar fires no event (freeswitch-conference.md §8): over the event socket the next
        // re-sync tells, over REST the next poll.
        s->rig->api(u"conference sales setvar cc_waiting_room"_s);
        source->refreshNow();
        QTRY_VERIFY(!again.settings().waitingRoom);
        QTRY_VERIFY_WITH_TIMEOUT(!s->rules->settings().waitingRoom || route == Route::EventSocket, 5000);
    }

    void ownCallsAndReturnsAreNotHeld_data() { routes(); }
    void ownCallsAndReturnsAreNotHeld()
    {
        QFETCH(Route, route);
        auto s = setUp(route);
        QVERIFY(s);
        ArrivalSettings settings;
        settings.waitingRoom = true;
        s->rules->setSettings(settings);
        s->rules->expectOwnCall({u"+49 30 999"_s, u"Dialled"_s});
        const quint32 dialled = s->rig->engine()->addMember(kSales, caller(u"Someone"_s, u"+4930999"_s));
        const quint32 stranger = s->rig->engine()->addMember(kSales, caller(u"Stranger"_s, u"+4930999"_s));
        QTRY_VERIFY(actionFor(*s, stranger, ArrivalAction::Kind::Held)); // the expectation was used up
        QVERIFY(!actionFor(*s, dialled, ArrivalAction::Kind::Held));
        QVERIFY(!MeetingRig::member(s->rig->engineSnapshot(kSales), dialled)->hold);

        s->rules->expectReturn({4242});
        s->rig->engine()->setNextMemberIdForTesting(4242);
        s->rig->engine()->addMember(kSales, caller(u"Back from a room"_s, u"+4930555"_s));
        const quint32 other = s->rig->engine()->addMember(kSales, caller(u"New"_s, u"+4930556"_s));
        QTRY_VERIFY(actionFor(*s, other, ArrivalAction::Kind::Held));
        QVERIFY(!actionFor(*s, 4242, ArrivalAction::Kind::Held));
    }

    void denyPlaysTheFileThenKicks_data() { routes(); }
    void denyPlaysTheFileThenKicks()
    {
        QFETCH(Route, route);
        auto s = setUp(route);
        QVERIFY(s);
        ArrivalSettings settings;
        settings.waitingRoom = true;
        s->rules->setSettings(settings);
        s->rules->setPlayStatusIntervalMs(200);
        const quint32 spam = s->rig->engine()->addMember(kSales, caller(u"Robocall"_s, u"+18005550100"_s));
        QTRY_VERIFY(actionFor(*s, spam, ArrivalAction::Kind::Held));
        s->rules->deny(spam, u"goodbye.wav"_s);
        // The file plays to the member alone, then the kick follows (the simulator plays 8 s).
        QTRY_VERIFY(s->sent.contains(u"sales: play goodbye.wav %1"_s.arg(spam)));
        QTRY_VERIFY(s->sent.contains(u"sales: play_status %1"_s.arg(spam)));
        QVERIFY(MeetingRig::member(s->rig->engineSnapshot(kSales), spam)); // still there while it plays
        QTRY_VERIFY_WITH_TIMEOUT(actionFor(*s, spam, ArrivalAction::Kind::Denied), 15000);
        QVERIFY(actionFor(*s, spam, ArrivalAction::Kind::Denied)->ok);
        QTRY_VERIFY(!MeetingRig::member(s->rig->engineSnapshot(kSales), spam));

        // Without a file: at once.
        const quint32 other = s->rig->engine()->addMember(kSales, caller(u"Other"_s, u"+18005550101"_s));
        QTRY_VERIFY(actionFor(*s, other, ArrivalAction::Kind::Held));
        s->rules->deny(other);
        QTRY_VERIFY(actionFor(*s, other, ArrivalAction::Kind::Denied));
        QTRY_VERIFY(!MeetingRig::member(s->rig->engineSnapshot(kSales), other));
    }

    void aFailedCommandIsReported()
    {
        // The transport closed under the rules: every decision still gets an answer.
        ArrivalSettings settings;
        settings.waitingRoom = true;
        ConferenceSnapshot baseline;
        CommandSender closed(nullptr);
        ArrivalRules cut(&closed, kSales);
        QList<ArrivalAction> cutActions;
        connect(&cut, &ArrivalRules::acted, this, [&](const ArrivalAction &a) { cutActions << a; });
        cut.setSettings(settings, false);
        cut.observe(baseline);
        ConferenceSnapshot withCaller;
        withCaller.uuid = u"u"_s;
        Participant p;
        p.id = 77;
        p.callerIdName = u"Late"_s;
        withCaller.members << p;
        cut.observe(withCaller);
        QTRY_COMPARE(cutActions.size(), 1);
        QVERIFY(!cutActions.first().ok);
        QVERIFY2(cutActions.first().message.contains(u"closed"_s), qPrintable(cutActions.first().message));
    }

private:
    static bool RouteHeld(const ConferenceSnapshot &s, quint32 id)
    {
        const Participant *p = MeetingRig::member(s, id);
        return p && p->hold;
    }
};

QTEST_MAIN(tst_ArrivalRules)
#include "tst_arrivalrules.moc"
