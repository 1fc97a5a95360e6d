// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AttendanceTracker: records, talk spans and muted time on an injected clock; CSV, text and HTML.
#include "core/insights/attendancetracker.h"
#include "core/model/participantmodel.h"
#include "participantfixture.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using cc::AttendanceTracker;
using cc::Participant;
using cc::TalkSpan;
using namespace testsupport;
using namespace Qt::Literals::StringLiterals;

namespace {

Participant talking(Participant p, bool on = true)
{
    p.talking = on;
    return p;
}

Participant muted(Participant p, bool on = true)
{
    p.canSpeak = !on;
    return p;
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"HH:mm:ss"_s);
}

} // namespace

class tst_AttendanceTracker final : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = kT0;
    std::unique_ptr<AttendanceTracker> m_tracker;

    void observe(const QList<Participant> &members) { m_tracker->observe(conference(members)); }

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_now = kT0;
        m_tracker = std::make_unique<AttendanceTracker>(u"sales"_s);
        m_tracker->setClock([this] { return m_now; });
    }
    void cleanup() { m_tracker.reset(); }

    void joinLeaveRejoin();
    void joinTimeIsADuration();
    void talkSpansExactMs();
    void openSpanCreditedUpToNow();
    void talkingAtFirstSightingStartsNow();
    void mutedTime();
    void holdIsNotMuted();
    void retentionPrunesOldSpans();
    void conferenceEndedClosesEverything();
    void emptySnapshotMeansEveryoneLeft();
    void noChangedWhenNothingChanged();
    void detailsChangeEmitsChanged();
    void resetForgetsEverything();
    void csvHeaderAndRows();
    void csvQuoting();
    void csvInjectionGuard();
    void textReport();
    void textReportEmpty();
    void htmlReport();
};

void tst_AttendanceTracker::joinLeaveRejoin()
{
    QSignalSpy joined(m_tracker.get(), &AttendanceTracker::memberJoined);
    QSignalSpy left(m_tracker.get(), &AttendanceTracker::memberLeft);
    QSignalSpy changed(m_tracker.get(), &AttendanceTracker::changed);

    observe({member(8, u"Bob"_s, 10), member(7, u"Alice"_s, 60)});
    QCOMPARE(joined.size(), 2);
    QCOMPARE(joined.at(0).at(0).value<quint32>(), 8u);
    QCOMPARE(joined.at(1).at(0).value<quint32>(), 7u);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_tracker->meetingStartMs(), kT0 - 60'000);

    m_now += 5000;
    observe({member(7, u"Alice"_s, 65)});
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).at(0).value<quint32>(), 8u);
    QCOMPARE(m_tracker->record(8)->leftAtMs, std::optional<qint64>(kT0 + 5000));
    QVERIFY(!m_tracker->record(7)->leftAtMs);
    QCOMPARE(changed.size(), 2);

    // The same id seen again is a new stay with a record of its own.
    m_now += 5000;
    observe({member(8, u"Bob"_s, 0), member(7, u"Alice"_s, 70)});
    QCOMPARE(joined.size(), 3);
    const auto records = m_tracker->records();
    QCOMPARE(records.size(), 3);
    // Order of joining: Alice (-60 s), Bob's first stay (-10 s), Bob again (+10 s).
    QCOMPARE(records.at(0).memberId, 7u);
    QCOMPARE(records.at(1).memberId, 8u);
    QCOMPARE(records.at(1).joinedAtMs, kT0 - 10'000);
    QCOMPARE(records.at(1).leftAtMs, std::optional<qint64>(kT0 + 5000));
    QCOMPARE(records.at(2).memberId, 8u);
    QCOMPARE(records.at(2).joinedAtMs, kT0 + 10'000);
    QVERIFY(!records.at(2).leftAtMs);
    // record() answers with the current stay.
    QCOMPARE(m_tracker->record(8)->joinedAtMs, kT0 + 10'000);
    QVERIFY(!m_tracker->record(99));
    QCOMPARE(m_tracker->talkMs(99), 0);
}

void tst_AttendanceTracker::joinTimeIsADuration()
{
    m_now = kT0 + 123;
    observe({member(7, u"Alice"_s, 3600)});
    QCOMPARE(m_tracker->record(7)->joinedAtMs, kT0 + 123 - 3'600'000);
    // A later poll with a grown join_time does not move the join instant.
    m_now += 2000;
    observe({member(7, u"Alice"_s, 3602)});
    QCOMPARE(m_tracker->record(7)->joinedAtMs, kT0 + 123 - 3'600'000);
}

void tst_AttendanceTracker::talkSpansExactMs()
{
    const Participant a = member(7, u"Alice"_s);
    observe({a});
    m_now = kT0 + 1000;
    observe({talking(a)});
    m_now = kT0 + 3500;
    observe({talking(a, false)});
    auto r = *m_tracker->record(7);
    QCOMPARE(r.talkMs, 2500);
    QCOMPARE(r.talkTurns, 1);
    QCOMPARE(r.spans, (QList<TalkSpan>{{kT0 + 1000, kT0 + 3500}}));

    m_now = kT0 + 4000;
    observe({talking(a)});
    m_now = kT0 + 4700;
    observe({talking(a, false)});
    r = *m_tracker->record(7);
    QCOMPARE(r.talkMs, 3200);
    QCOMPARE(r.talkTurns, 2);
    QCOMPARE(r.spans, (QList<TalkSpan>{{kT0 + 1000, kT0 + 3500}, {kT0 + 4000, kT0 + 4700}}));
    QCOMPARE(m_tracker->talkMs(7), 3200);
    m_now += 10'000; // not talking: nothing more
    QCOMPARE(m_tracker->talkMs(7), 3200);
}

void tst_AttendanceTracker::openSpanCreditedUpToNow()
{
    const Participant a = member(7, u"Alice"_s);
    observe({a});
    m_now = kT0 + 1000;
    observe({talking(a)});
    m_now = kT0 + 5321;
    QCOMPARE(m_tracker->talkMs(7), 4321);
    const auto r = *m_tracker->record(7);
    QCOMPARE(r.talkMs, 0); // closed spans only
    QCOMPARE(r.talkTurns, 1);
    QCOMPARE(r.spans.size(), 1);
    QVERIFY(!r.spans.constLast().endMs);
    // Still talking at the next poll: no new turn, the same span.
    m_now = kT0 + 6000;
    observe({talking(a)});
    QCOMPARE(m_tracker->record(7)->talkTurns, 1);
    QCOMPARE(m_tracker->talkMs(7), 5000);
    // Leaving closes the span at the time it was noticed.
    m_now = kT0 + 7000;
    observe({});
    QCOMPARE(m_tracker->record(7)->talkMs, 6000);
    m_now = kT0 + 60'000;
    QCOMPARE(m_tracker->talkMs(7), 6000);
}

void tst_AttendanceTracker::talkingAtFirstSightingStartsNow()
{
    // Whatever happened before the tracker started is unknown: the span starts at the sighting.
    observe({talking(member(7, u"Alice"_s, 600))});
    QCOMPARE(m_tracker->record(7)->spans, (QList<TalkSpan>{{kT0, std::nullopt}}));
    QCOMPARE(m_tracker->record(7)->talkTurns, 1);
    m_now += 1500;
    QCOMPARE(m_tracker->talkMs(7), 1500);
}

void tst_AttendanceTracker::mutedTime()
{
    const Participant b = member(8, u"Bob"_s);
    observe({muted(b)});
    QCOMPARE(m_tracker->record(8)->mutedSinceMs, std::optional<qint64>(kT0));
    m_now = kT0 + 3000;
    QCOMPARE(m_tracker->mutedMs(8), 3000);
    QCOMPARE(m_tracker->record(8)->mutedMs, 0);
    m_now = kT0 + 4000;
    observe({b}); // unmuted
    QCOMPARE(m_tracker->mutedMs(8), 4000);
    QCOMPARE(m_tracker->record(8)->mutedMs, 4000);
    QVERIFY(!m_tracker->record(8)->mutedSinceMs);
    m_now = kT0 + 10'000;
    observe({muted(b)});
    m_now = kT0 + 10'250;
    observe({b});
    QCOMPARE(m_tracker->mutedMs(8), 4250);
    // Muted while leaving: closed at the leave.
    observe({muted(b)});
    m_now = kT0 + 11'250;
    observe({});
    QCOMPARE(m_tracker->record(8)->mutedMs, 5250);
    m_now += 5000;
    QCOMPARE(m_tracker->mutedMs(8), 5250);
}

void tst_AttendanceTracker::holdIsNotMuted()
{
    Participant b = member(8, u"Bob"_s);
    b.canSpeak = false;
    b.hold = true; // xml_list clears can_speak on hold; that is not a mute (participant.h)
    observe({b});
    m_now += 5000;
    QCOMPARE(m_tracker->mutedMs(8), 0);
}

void tst_AttendanceTracker::retentionPrunesOldSpans()
{
    m_tracker->setRetentionMs(10'000);
    QCOMPARE(m_tracker->retentionMs(), 10'000);
    const Participant a = member(7, u"Alice"_s);
    observe({talking(a)});
    m_now = kT0 + 1000;
    observe({a});
    m_now = kT0 + 5000;
    observe({talking(a)});
    m_now = kT0 + 6000;
    observe({a});
    QCOMPARE(m_tracker->record(7)->spans.size(), 2);

    // Cut-off kT0 + 1500: the first span (ended kT0 + 1000) goes, its time stays.
    QSignalSpy changed(m_tracker.get(), &AttendanceTracker::changed);
    m_now = kT0 + 11'500;
    observe({a});
    QCOMPARE(changed.size(), 1);
    auto r = *m_tracker->record(7);
    QCOMPARE(r.spans, (QList<TalkSpan>{{kT0 + 5000, kT0 + 6000}}));
    QCOMPARE(r.talkMs, 2000);
    QCOMPARE(r.talkTurns, 2);
    QCOMPARE(m_tracker->talkMs(7), 2000);

    // A span still open never expires, however old its start.
    observe({talking(a)});
    m_now = kT0 + 100'000;
    observe({talking(a)});
    r = *m_tracker->record(7);
    QCOMPARE(r.spans, (QList<TalkSpan>{{kT0 + 11'500, std::nullopt}}));
    QCOMPARE(m_tracker->talkMs(7), 2000 + 100'000 - 11'500);

    // Shrinking the window prunes at once.
    m_now = kT0 + 101'000;
    observe({a});
    changed.clear();
    m_now = kT0 + 102'000;
    m_tracker->setRetentionMs(500);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_tracker->record(7)->spans.isEmpty());
    QCOMPARE(m_tracker->talkMs(7), 2000 + 101'000 - 11'500);
}

void tst_AttendanceTracker::conferenceEndedClosesEverything()
{
    observe({talking(member(7, u"Alice"_s)), muted(member(8, u"Bob"_s))});
    QSignalSpy left(m_tracker.get(), &AttendanceTracker::memberLeft);
    QSignalSpy changed(m_tracker.get(), &AttendanceTracker::changed);
    m_now = kT0 + 2000;
    m_tracker->conferenceEnded();
    QCOMPARE(left.size(), 2);
    QCOMPARE(changed.size(), 1);
    for (const auto &r : m_tracker->records()) {
        QCOMPARE(r.leftAtMs, std::optional<qint64>(kT0 + 2000));
        QVERIFY(!r.mutedSinceMs);
        QVERIFY(r.spans.isEmpty() || r.spans.constLast().endMs);
    }
    QCOMPARE(m_tracker->record(7)->talkMs, 2000);
    QCOMPARE(m_tracker->record(8)->mutedMs, 2000);
    // Nothing is open any more: time does not add up, a second end changes nothing.
    m_now = kT0 + 9000;
    QCOMPARE(m_tracker->talkMs(7), 2000);
    QCOMPARE(m_tracker->mutedMs(8), 2000);
    m_tracker->conferenceEnded();
    QCOMPARE(left.size(), 2);
    QCOMPARE(changed.size(), 1);
}

void tst_AttendanceTracker::emptySnapshotMeansEveryoneLeft()
{
    observe({member(7, u"Alice"_s), member(8, u"Bob"_s)});
    QSignalSpy left(m_tracker.get(), &AttendanceTracker::memberLeft);
    m_now += 1000;
    observe({});
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).at(0).value<quint32>(), 7u);
    QCOMPARE(left.at(1).at(0).value<quint32>(), 8u);
    for (const auto &r : m_tracker->records())
        QCOMPARE(r.leftAtMs, std::optional<qint64>(kT0 + 1000));
}

void tst_AttendanceTracker::noChangedWhenNothingChanged()
{
    Participant a = talking(member(7, u"Alice"_s, 100));
    Participant b = muted(member(8, u"Bob"_s, 50));
    observe({a, b});
    QSignalSpy changed(m_tracker.get(), &AttendanceTracker::changed);
    QSignalSpy joined(m_tracker.get(), &AttendanceTracker::memberJoined);
    QSignalSpy left(m_tracker.get(), &AttendanceTracker::memberLeft);
    // A steady conference polled for a minute: durations and energy change, nothing we keep.
    for (int i = 1; i <= 60; ++i) {
        m_now = kT0 + i * 1000;
        a.joinTimeSeconds = 100 + i;
        b.joinTimeSeconds = 50 + i;
        a.energy = 100 + i;
        m_tracker->observe(conference({a, b}, 300 + i));
    }
    m_tracker->conferenceEnded();
    QCOMPARE(changed.size(), 1); // the end only
    QCOMPARE(joined.size(), 0);
    QCOMPARE(left.size(), 2);
    changed.clear();
    observe({});
    m_tracker->conferenceEnded();
    QCOMPARE(changed.size(), 0);
}

void tst_AttendanceTracker::detailsChangeEmitsChanged()
{
    Participant a = member(7, u"Alice"_s);
    observe({a});
    QSignalSpy changed(m_tracker.get(), &AttendanceTracker::changed);
    a.callerIdName = u"Alice Smith"_s;
    observe({a});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_tracker->record(7)->callerIdName, u"Alice Smith"_s);
    a.isModerator = true;
    observe({a});
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_tracker->record(7)->moderator);
}

void tst_AttendanceTracker::resetForgetsEverything()
{
    observe({member(7, u"Alice"_s)});
    QSignalSpy changed(m_tracker.get(), &AttendanceTracker::changed);
    m_tracker->reset();
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_tracker->records().isEmpty());
    QCOMPARE(m_tracker->meetingStartMs(), 0);
    m_tracker->reset();
    QCOMPARE(changed.size(), 1);
    // The next sighting opens a new record (a new meeting).
    observe({member(7, u"Alice"_s)});
    QCOMPARE(m_tracker->records().size(), 1);
}

void tst_AttendanceTracker::csvHeaderAndRows()
{
    // kT0 is 2026-05-28T20:26:40Z.
    Participant a = member(7, u"Alice"_s, 60);
    a.isModerator = true;
    const Participant b = member(8, u"Bob"_s, 10);
    observe({a, b});
    m_now = kT0 + 1000;
    observe({talking(a), muted(b)});
    m_now = kT0 + 4000;
    observe({a});
    m_now = kT0 + 10'000;
    const QByteArray csv = m_tracker->toCsv();
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the final CRLF
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(lines.at(0), "Member,Name,Number,Moderator,Joined (UTC),Left (UTC),Present (s),Talk time (s),"
                          "Talk turns,Muted (s)\r");
    QCOMPARE(lines.at(1), "7,Alice,1007,yes,2026-05-28T20:25:40Z,,70,3,1,0\r");
    QCOMPARE(lines.at(2), "8,Bob,1008,no,2026-05-28T20:26:30Z,2026-05-28T20:26:44Z,14,0,0,3\r");
    QCOMPARE(lines.at(3), QByteArray());
}

void tst_AttendanceTracker::csvQuoting()
{
    Participant a = member(7, u"Smith, John"_s);
    Participant b = member(8, u"Say \"hi\""_s);
    Participant c = member(9, u"Two\nLines"_s);
    Participant d = member(10, u"José Álvarez"_s);
    observe({a, b, c, d});
    const QString csv = QString::fromUtf8(m_tracker->toCsv());
    QVERIFY2(csv.contains(u"\r\n7,\"Smith, John\",1007,"_s), qPrintable(csv));
    QVERIFY(csv.contains(u"\r\n8,\"Say \"\"hi\"\"\",1008,"_s));
    QVERIFY(csv.contains(u"\r\n9,\"Two\nLines\",1009,"_s));
    QVERIFY(csv.contains(u"\r\n10,José Álvarez,1010,"_s)); // UTF-8, no quotes needed
}

void tst_AttendanceTracker::csvInjectionGuard()
{
    Participant a = member(7, u"=HYPERLINK(\"http://x\")"_s);
    Participant b = member(8, u"@SUM(A1)"_s);
    Participant c = member(9, u"-2+3"_s);
    c.callerIdNumber = u"+4930555019"_s; // a phone number is prefixed too (documented, safe)
    Participant d = member(10, u"Plain"_s);
    d.callerIdNumber = u"0301234"_s;
    observe({a, b, c, d});
    const QString csv = QString::fromUtf8(m_tracker->toCsv());
    QVERIFY2(csv.contains(u"\r\n7,\"'=HYPERLINK(\"\"http://x\"\")\",1007,"_s), qPrintable(csv));
    QVERIFY(csv.contains(u"\r\n8,'@SUM(A1),1008,"_s));
    QVERIFY(csv.contains(u"\r\n9,'-2+3,'+4930555019,"_s));
    QVERIFY(csv.contains(u"\r\n10,Plain,0301234,"_s));
}

void tst_AttendanceTracker::textReport()
{
    Participant a = member(7, u"Alice"_s, 60);
    const Participant b = member(8, u"Bartholomew"_s, 10);
    observe({a, b});
    m_now = kT0 + 1000;
    observe({talking(a), muted(b)});
    m_now = kT0 + 76'000;
    observe({a});
    m_now = kT0 + 80'000;
    const QString text = m_tracker->toText();
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.at(0), u"Attendance — sales"_s);
    QVERIFY(text.contains(
        u"Meeting start: "_s +
        QDateTime::fromMSecsSinceEpoch(kT0 - 60'000).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)));

    const qsizetype h = lines.indexOf(QRegularExpression(u"^Member.*"_s));
    QVERIFY2(h > 0, qPrintable(text));
    const QString header = lines.at(h);
    const QString alice = lines.at(h + 1);
    const QString bob = lines.at(h + 2);
    for (const QString &column : {u"Name"_s, u"Number"_s, u"Joined"_s, u"Left"_s, u"Present"_s,
                                  u"Talk time"_s, u"Talk turns"_s, u"Muted"_s})
        QVERIFY2(header.contains(column), qPrintable(header));
    QVERIFY2(alice.simplified().startsWith(u"7 Alice 1007 no "_s), qPrintable(alice));
    QVERIFY(bob.simplified().startsWith(u"8 Bartholomew 1008 no "_s));
    // Names are padded to the widest, so the number column starts at the same place.
    QCOMPARE(alice.indexOf(u"1007"_s), bob.indexOf(u"1008"_s));
    QCOMPARE(alice.indexOf(u"1007"_s), header.indexOf(u"Number"_s));
    // The last column is right-aligned: every table line has the same length.
    QCOMPARE(alice.size(), header.size());
    QCOMPARE(bob.size(), header.size());
    QVERIFY(!header.endsWith(u' '));
    // Durations through formatDuration(): Alice talked 1:15 and is still here, Bob was muted 1:15.
    QVERIFY2(alice.contains(u"  1:15  "_s), qPrintable(alice));
    QVERIFY(alice.contains(u"still here"_s));
    QVERIFY(alice.contains(localTime(kT0 - 60'000)));
    QVERIFY(bob.contains(localTime(kT0 + 76'000)));
    QVERIFY(bob.endsWith(cc::formatDuration(75)));
    QVERIFY2(text.contains(u"Totals: members 2, talk time 1:15, talk turns 1, muted 1:15"_s),
             qPrintable(text));
    QVERIFY(text.endsWith(u'\n'));
}

void tst_AttendanceTracker::textReportEmpty()
{
    const QString text = m_tracker->toText();
    QVERIFY(text.startsWith(u"Attendance — sales\n"_s));
    QVERIFY(text.contains(u"Nobody has been seen"_s));
    QVERIFY(text.contains(u"Totals: members 0"_s));
}

void tst_AttendanceTracker::htmlReport()
{
    m_tracker = std::make_unique<AttendanceTracker>(u"R&D <weekly>"_s);
    m_tracker->setClock([this] { return m_now; });
    Participant a = member(7, u"<b>Evil</b> & Co"_s, 60);
    a.callerIdNumber = u"\"1007\""_s;
    observe({a, member(8, u"Bob"_s)});
    m_now += 5000;
    const QString html = m_tracker->toHtml();
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY2(html.contains(u"<title>Attendance — R&amp;D &lt;weekly&gt;</title>"_s), qPrintable(html));
    QVERIFY(html.contains(u"Meeting start: "_s));
    QVERIFY(html.contains(u"<th>Talk time</th>"_s));
    QVERIFY(html.contains(u"<td>&lt;b&gt;Evil&lt;/b&gt; &amp; Co</td>"_s));
    QVERIFY(html.contains(u"<td>&quot;1007&quot;</td>"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    QCOMPARE(html.count(u"<tr>"_s), 3); // header and two members
    QVERIFY(html.contains(u"Totals: members 2"_s));
    QVERIFY(html.trimmed().endsWith(u"</html>"_s));
}

QTEST_GUILESS_MAIN(tst_AttendanceTracker)
#include "tst_attendancetracker.moc"
