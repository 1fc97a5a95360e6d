// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Differential check: one command table run on a real FreeSWITCH and on sim::BridgeEngine seeded with its
// xml_list.
#include "realswitch.h"
#include "sim/bridgeengine.h"
#include "sim/eslserver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace cc;
using namespace realswitch;
using namespace Qt::Literals::StringLiterals;

namespace {
// Own conferences shaped like the `sales` / `support` scenario, so the other tests keep theirs.
const QString kMain = u"diffsales"_s;
const QString kOther = u"diffsupport"_s;
/// On profile `prompts` (resources/realswitch conference.conf.xml): mute, deaf and lock play.
const QString kPrompts = u"diffprompts"_s;

struct Row
{
    QString line;     ///< after "conference "; {name} placeholders are member ids
    int settleMs = 0; ///< wait after the command on both sides (dial, kick, transfer)
};

/// Times, uuids and what the tone makes noisy (talking, floor, last_talking) do not compare.
QString normalise(QString text)
{
    text = maskUuids(text);
    struct Rule
    {
        const char *pattern;
        const char *replacement;
    };
    static const Rule rules[] = {
        {R"(run_time="\d+")", R"(run_time="N")"},
        {R"(<join_time>\d+</join_time>)", "<join_time>N</join_time>"},
        {R"(<last_talking>[^<]*</last_talking>)", "<last_talking>X</last_talking>"},
        {R"(<talking>(true|false)</talking>)", "<talking>X</talking>"},
        {R"(<has_floor>(true|false)</has_floor>)", "<has_floor>X</has_floor>"},
        {R"("run_time":\s*\d+)", R"("run_time":N)"},
        {R"("join_time":\s*\d+)", R"("join_time":N)"},
        {R"("last_talking":\s*\d+)", R"("last_talking":X)"},
        {R"("talking":\s*(true|false))", R"("talking":X)"},
        {R"("has_floor":\s*(true|false))", R"("has_floor":X)"},
        // plain list flags
        {R"(\|talking(?=[|;\n]))", ""},
        {R"(\|floor(?=[|;\n]))", ""},
        {R"(;talking\|)", ";"},
        {R"(;floor\|)", ";"},
        {R"(Run Time:\s*\d+)", "Run Time: N"},
    };
    for (const Rule &rule : rules)
        text.replace(QRegularExpression(QString::fromLatin1(rule.pattern)),
                     QString::fromLatin1(rule.replacement));
    return text;
}

QString visible(QString text, int max = 160)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s).replace(u'|', u"\\|"_s);
    if (text.size() > max)
        text = text.left(max) + u"…"_s;
    return text;
}

/// One-line description of the first difference.
QString describeDiff(const QString &real, const QString &sim)
{
    const QStringList a = real.split(u'\n');
    const QStringList b = sim.split(u'\n');
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = i < a.size() ? a.at(i) : u"<none>"_s;
        const QString y = i < b.size() ? b.at(i) : u"<none>"_s;
        if (x != y) {
            QString more;
            int n = 0;
            for (int j = i; j < std::max(a.size(), b.size()); ++j)
                if ((j < a.size() ? a.at(j) : QString()) != (j < b.size() ? b.at(j) : QString()))
                    ++n;
            if (n > 1)
                more = u" (+%1 more lines differ)"_s.arg(n - 1);
            return u"line %1: real `%2` / sim `%3`%4"_s.arg(i + 1).arg(visible(x, 110), visible(y, 110),
                                                                       more);
        }
    }
    return {};
}
} // namespace

class tst_Differential final : public QObject
{
    Q_OBJECT

    QList<QString> m_uuids; ///< real members this test originated (hung up at the end)

private slots:
    void realSwitchAgainstBridgeEngine()
    {
        REALSWITCH_REQUIRE();
        Session real;
        QVERIFY(real.connected());
        real.body(u"conference "_s + kMain + u" hup all"_s);
        real.body(u"conference "_s + kOther + u" hup all"_s);
        real.body(u"conference "_s + kPrompts + u" hup all"_s);
        QTRY_VERIFY(!real.snapshot(kMain) && !real.snapshot(kOther) && !real.snapshot(kPrompts));

        // The scenario, in our own two conferences.
        struct Spec
        {
            QString conf, ext, name, number, flags;
            QString profile = u"default"_s;
        };
        const QList<Spec> specs{
            {kMain, u"tone"_s, u"Zoë Müller"_s, u"+4930123456"_s, u"moderator"_s},
            {kMain, u"tone"_s, u"Ștefan Ionescu"_s, u"+40211234567"_s, {}},
            {kMain, u"silent"_s, u"Åsa Öberg"_s, u"+46812345678"_s, {}},
            {kMain, u"silent"_s, u"François Côté"_s, u"+33142685300"_s, {}},
            {kMain, u"silent"_s, u"Bob"_s, u"401"_s, {}},
            {kOther, u"silent"_s, u"Jürgen Groß"_s, u"+4989123"_s, {}},
            {kOther, u"silent"_s, u"Anna"_s, u"402"_s, {}},
            {kPrompts, u"silent"_s, u"Petra"_s, u"501"_s, {}, u"prompts"_s},
            {kPrompts, u"silent"_s, u"Paul"_s, u"502"_s, {}, u"prompts"_s},
            {kOther, u"silent"_s, u"Probe"_s, u"999"_s, {}},
        };
        QHash<QString, quint32> ids;
        const QStringList keys{u"zoe"_s,  u"stefan"_s, u"asa"_s,   u"francois"_s, u"bob"_s,
                               u"jurgen"_s, u"anna"_s,  u"petra"_s, u"paul"_s,     u"probe"_s};
        for (int i = 0; i < specs.size(); ++i) {
            const Spec &spec = specs.at(i);
            const quint32 id = real.addMember(spec.conf, spec.ext, spec.name, spec.number, spec.flags, spec.profile);
            QVERIFY2(id, qPrintable(u"originate "_s + spec.name));
            ids.insert(keys.at(i), id);
            m_uuids.append(real.member(spec.conf, id)->uuid);
        }
        // The probe tells the real switch's next member id; then it leaves.
        real.body(u"conference "_s + kOther + u" hup "_s + QString::number(ids.value(u"probe"_s)));
        QTRY_VERIFY(!real.member(kOther, ids.value(u"probe"_s)));
        const quint32 nextId = ids.value(u"probe"_s) + 1;
        QTest::qWait(1500); // enter tones done, the tone members talking

        // The simulator, seeded from the real xml_list, behind its own event socket.
        sim::BridgeEngine engine;
        sim::ActivityConfig activity;
        activity.enabled = false;
        engine.setActivity(activity);
        engine.setRingDelayMs(10);
        for (const QString &conf : {kMain, kOther, kPrompts}) {
            QString error;
            QVERIFY2(engine.loadXmlList(real.body(u"conference "_s + conf + u" xml_list"_s), &error),
                     qPrintable(error));
        }
        // The prompts of profile `prompts`, which xml_list does not carry.
        sim::ConferenceSounds prompts;
        prompts.muted = u"tone_stream://%(3000,0,350);loops=1"_s;
        prompts.unmuted = u"tone_stream://%(3000,0,450);loops=1"_s;
        prompts.deaf = u"tone_stream://%(3000,0,550);loops=1"_s;
        prompts.undeaf = u"tone_stream://%(3000,0,650);loops=1"_s;
        prompts.isLocked = u"tone_stream://%(3000,0,750);loops=1"_s;
        prompts.isUnlocked = u"tone_stream://%(3000,0,850);loops=1"_s;
        engine.setConferenceSounds(kPrompts, prompts);
        engine.setNextMemberIdForTesting(nextId);
        sim::EslServer server(&engine);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        Session simulated(server.port(), u"ClueCon"_s);
        QVERIFY(simulated.connected());

        const QString rec = QDir::tempPath() + u"/realswitch-differential.wav"_s;
        const QList<Row> table{
            // listings
            {u"diffsales list"_s},
            {u"diffsales list count"_s},
            {u"diffsales count"_s},
            {u"diffsales list delim >,<"_s},
            {u"diffsales list pretty"_s},
            {u"diffsales list summary"_s},
            {u"diffsales xml_list"_s},
            {u"diffsales json_list"_s},
            {u"diffsales json_list compact"_s},
            {u"diffsupport xml_list"_s},
            {u"nosuch list"_s},
            {u"nosuch xml_list"_s},
            // energy and friends
            {u"diffsales energy {asa}"_s},
            {u"diffsales energy {asa} 300"_s},
            {u"diffsales energy {asa} abc"_s},
            {u"diffsales energy {asa} up"_s},
            {u"diffsales energy all 150"_s},
            {u"diffsales energy 999"_s},
            {u"diffsales energy"_s},
            {u"diffsales auto-energy {asa}"_s},
            {u"diffsales auto-energy {asa} 500"_s},
            {u"diffsales max-energy {asa}"_s},
            {u"diffsales max-energy {asa} 800"_s},
            {u"diffsales agc {asa}"_s},
            {u"diffsales agc {asa} 1"_s},
            // volumes
            {u"diffsales volume_in {asa}"_s},
            {u"diffsales volume_in {asa} 2"_s},
            {u"diffsales volume_in {asa} 5"_s},
            {u"diffsales volume_in {asa} abc"_s},
            {u"diffsales volume_in {asa} up"_s},
            {u"diffsales volume_in 999 1"_s},
            {u"diffsales volume_out {asa} -1"_s},
            {u"diffsales volume_out {asa} down"_s},
            {u"diffsales volume_out last 1"_s},
            {u"diffsales position {asa} 1:1:1"_s},
            {u"diffsales auto-3d-position on"_s},
            // files and DTMF
            {u"diffsales play tone_stream://%(100,0,300)"_s, 300},
            {u"diffsales play tone_stream://%(3000,0,300) async"_s},
            {u"diffsales play_status"_s},
            {u"diffsales pause_play"_s},
            {u"diffsales file_seek +100"_s},
            {u"diffsales file-vol 1"_s},
            {u"diffsales stop all"_s, 200},
            {u"diffsales play tone_stream://%(3000,0,300) {bob}"_s},
            {u"diffsales play_status {bob}"_s},
            {u"diffsales stop current {bob}"_s, 200},
            {u"diffsales play /nonexistent/file.wav"_s},
            {u"diffsales play"_s},
            {u"diffsales stop"_s},
            {u"diffsales moh off"_s},
            {u"diffsales dtmf {bob} 123"_s},
            {u"diffsales dtmf 999 1"_s},
            {u"diffsales dtmf {bob}"_s},
            // hold
            {u"diffsales hold {bob}"_s},
            {u"diffsales list"_s},
            {u"diffsales hold {bob}"_s},
            {u"diffsales unhold {bob}"_s},
            {u"diffsales hold 999"_s},
            // hold keeps mute and deaf; a held member hears the hold file, which unhold stops
            {u"diffsales mute {asa}"_s},
            {u"diffsales hold {asa}"_s},
            {u"diffsales unhold {asa}"_s},
            {u"diffsales list"_s},
            {u"diffsales unmute {asa}"_s},
            {u"diffsales deaf {bob}"_s},
            {u"diffsales hold {bob} tone_stream://%(1000,0,1000);loops=-1"_s, 200},
            {u"diffsales play_status {bob}"_s},
            {u"diffsales unhold {bob}"_s, 200},
            {u"diffsales play_status {bob}"_s},
            {u"diffsales list"_s},
            {u"diffsales undeaf {bob}"_s},
            // video commands in an audio-only conference (canvas-auto-clear with arguments would
            // crash 1.10.12 here: conference_api_sub_canvas_auto_clear reads canvases[0])
            {u"diffsales vid-floor {stefan}"_s},
            {u"diffsales vid-floor {stefan} force"_s},
            {u"diffsales vid-floor 999"_s},
            {u"diffsales clear-vid-floor"_s},
            {u"diffsales vid-layout 2x2"_s},
            {u"diffsales vid-banner {stefan} hello"_s},
            {u"diffsales vid-mute-img {stefan}"_s},
            {u"diffsales vid-logo-img {stefan} clear"_s},
            {u"diffsales vmute {stefan}"_s},
            {u"diffsales unvmute {stefan}"_s},
            {u"diffsales vblind {stefan}"_s},
            {u"diffsales unvblind {stefan}"_s},
            {u"diffsales tvmute {stefan}"_s},
            {u"diffsales tvmute {stefan}"_s},
            {u"diffsales tvblind {stefan}"_s},
            {u"diffsales tvblind {stefan}"_s},
            {u"diffsales vmute-snap {stefan}"_s},
            {u"diffsales vid-res-id {stefan} 1"_s},
            {u"diffsales vid-role-id {stefan} x"_s},
            {u"diffsales vid-canvas {stefan}"_s},
            {u"diffsales vid-watching-canvas {stefan}"_s},
            {u"diffsales vid-layer {stefan}"_s},
            {u"diffsales vid-fps 15"_s},
            {u"diffsales vid-bandwidth 1mb"_s},
            {u"diffsales vid-personal on"_s},
            {u"diffsales vid-write-png /tmp/x.png"_s},
            {u"diffsales vid-codec-group {stefan} clear"_s},
            {u"diffsales vid-flip {stefan}"_s},
            {u"diffsales vid-border {stefan}"_s},
            {u"diffsales vid-filter {stefan} gray"_s},
            {u"diffsales canvas-auto-clear"_s},
            {u"diffsales xml_list"_s},
            // the prompts mute, deaf and lock play, seen as files
            {u"diffprompts mute {petra}"_s, 300},
            {u"diffprompts play_status {petra}"_s},
            {u"diffprompts stop all {petra}"_s},
            {u"diffprompts unmute {petra} quiet"_s, 300},
            {u"diffprompts play_status {petra}"_s},
            {u"diffprompts deaf {petra}"_s, 300},
            {u"diffprompts play_status {petra}"_s},
            {u"diffprompts undeaf {petra} quiet"_s, 300},
            {u"diffprompts stop all {petra}"_s},
            {u"diffprompts vmute {paul}"_s, 300},
            {u"diffprompts play_status {paul}"_s},
            {u"diffprompts lock"_s, 300},
            {u"diffprompts play_status"_s},
            {u"diffprompts stop all"_s},
            {u"diffprompts play_status"_s},
            {u"diffprompts unlock"_s, 300},
            {u"diffprompts play_status"_s},
            {u"diffprompts stop all"_s},
            // mute / deaf
            {u"diffsales mute {asa}"_s},
            {u"diffsales mute {asa} quiet"_s},
            {u"diffsales tmute {asa}"_s},
            {u"diffsales unmute {asa}"_s},
            {u"diffsales unmute {asa} quiet"_s},
            {u"diffsales mute non_moderator"_s},
            {u"diffsales xml_list"_s},
            {u"diffsales unmute all"_s},
            {u"diffsales mute last"_s},
            {u"diffsales unmute last"_s},
            {u"diffsales mute 999"_s},
            {u"diffsales mute"_s},
            {u"diffsales deaf {asa}"_s},
            {u"diffsales undeaf {asa}"_s},
            {u"diffsales deaf all"_s},
            {u"diffsales undeaf all"_s},
            {u"diffsales deaf 999"_s},
            // relate
            {u"diffsales relate {asa} {bob} nospeak"_s},
            {u"diffsales relate {asa}"_s},
            {u"diffsales relate 0"_s},
            {u"diffsales relate {asa} {bob} nohear"_s},
            {u"diffsales relate {asa},{francois} {bob} nospeak"_s},
            {u"diffsales relate {asa},{francois}"_s},
            {u"diffsales relate {asa},{francois} {bob} clear"_s},
            {u"diffsales relate {asa}"_s},
            {u"diffsales relate {asa} {bob}"_s},
            {u"diffsales relate {asa} 999 clear"_s},
            {u"diffsales relate x y nospeak"_s},
            // variables, lock, pin, sounds, get/set
            {u"diffsales getvar foo"_s},
            {u"diffsales setvar foo bar"_s},
            {u"diffsales getvar foo"_s},
            {u"diffsales lock"_s},
            {u"diffsales get is_locked"_s},
            {u"diffsales unlock"_s},
            {u"diffsales get is_locked"_s},
            {u"diffsales pin 1234"_s},
            {u"diffsales get pin"_s},
            {u"diffsales nopin"_s},
            {u"diffsales exit_sound off"_s},
            {u"diffsales exit_sound on"_s},
            {u"diffsales enter_sound off"_s},
            {u"diffsales enter_sound on"_s},
            {u"diffsales enter_sound bogus"_s},
            {u"diffsales get count"_s},
            {u"diffsales get max_members"_s},
            {u"diffsales get caller_id_name"_s},
            {u"diffsales get endconference_grace_time"_s},
            {u"diffsales get nosuch"_s},
            {u"diffsales set max_members 20"_s},
            {u"diffsales get max_members"_s},
            {u"diffsales set caller_id_name Console"_s},
            {u"diffsales set nosuch 1"_s},
            {u"diffsales set max_members"_s},
            {u"diffsales xml_list"_s},
            // floor, uuid
            {u"diffsales floor {bob}"_s},
            {u"diffsales floor 999"_s},
            {u"diffsales get-uuid {asa}"_s},
            {u"diffsales get-uuid 999"_s},
            // recording
            {u"diffsales record "_s + rec, 300},
            {u"diffsales chkrecord diffsales"_s},
            {u"diffsales recording check"_s},
            {u"diffsales pause "_s + rec},
            {u"diffsales resume "_s + rec},
            {u"diffsales norecord all"_s, 300},
            {u"diffsales norecord /nonexistent.wav"_s},
            // dial, transfer
            {u"diffsales dial loopback/silent/default 4930999 Dialled"_s, 800},
            {u"diffsales xml_list"_s},
            {u"diffsales bgdial loopback/silent/default 4930998 Background"_s, 1200},
            {u"diffsales list count"_s},
            {u"diffsales dial error/user_busy 4930111 Busy"_s, 300},
            {u"diffsales dial loopback/nosuchext/default 4930112 NoRoute"_s, 300},
            {u"diffsales dial nosuchmod/x 4930113 NoModule"_s, 300},
            {u"diffsales bgdial error/user_busy 4930114 BgBusy"_s, 800},
            {u"diffsales list count"_s},
            {u"diffsales dial"_s},
            {u"nosuch dial"_s},
            {u"nosuch dial loopback/silent/default 1 X"_s, 800},
            {u"nosuch xml_list"_s}, // the flags of a conference a dial made
            // a member's state across a transfer: id kept, everything else as a new joiner
            {u"diffsales mute {francois}"_s},
            {u"diffsales deaf {francois}"_s},
            {u"diffsales energy {francois} 300"_s},
            {u"diffsales volume_in {francois} 2"_s},
            {u"diffsales volume_out {francois} -1"_s},
            {u"diffsales relate {francois} {bob} nospeak"_s},
            {u"diffsales relate {bob} {francois} nohear"_s},
            {u"diffsales transfer diffsupport {francois}"_s, 800},
            {u"diffsupport xml_list"_s},
            {u"diffsupport relate {francois}"_s},
            {u"diffsales relate 0"_s},
            {u"diffsales transfer diffsupport {zoe} 999"_s, 800}, // a moderator
            {u"diffsupport list"_s},
            {u"diffsales transfer diffroom {stefan}"_s, 800},
            {u"diffroom xml_list"_s}, // the flags of a conference a transfer made
            {u"diffsales transfer"_s},
            {u"diffsales transfer diffsupport 999"_s},
            // unknown, removal
            {u"diffsales frobnicate"_s},
            {u"diffsales say hello"_s},
            {u"diffsales kick {asa}"_s, 500},
            {u"diffsales kick 999"_s},
            {u"diffsales hup {bob}"_s, 500},
            {u"diffsales hup 999"_s},
            {u"diffsales xml_list"_s},
            {u"diffsales count"_s},
        };

        const auto expand = [&](QString line) {
            for (auto it = ids.cbegin(); it != ids.cend(); ++it)
                line.replace(u'{' + it.key() + u'}', QString::number(it.value()));
            return line;
        };
        QStringList markdown{u"| command | same/different | diff |"_s, u"|---|---|---|"_s};
        QStringList full; // both answers of every differing row, for reading the details
        int different = 0;
        for (const Row &row : table) {
            const QString line = u"conference "_s + expand(row.line);
            const EslReply r = real.api(line);
            const EslReply m = simulated.api(line);
            QVERIFY2(r.ok, qPrintable(line + u": no answer from the real switch"_s));
            if (row.settleMs)
                QTest::qWait(row.settleMs);
            const QString a = normalise(QString::fromUtf8(r.body));
            const QString b =
                m.ok ? normalise(QString::fromUtf8(m.body)) : u"(no answer: "_s + m.error + u')';
            const bool same = a == b;
            if (!same) {
                ++different;
                full << u"=== "_s + line << u"--- real"_s << a << u"--- sim"_s << b;
            }
            const QString diff = same ? u"`"_s + visible(a, 80) + u'`' : describeDiff(a, b);
            markdown.append(
                u"| `%1` | %2 | %3 |"_s.arg(visible(row.line), same ? u"same"_s : u"different"_s, diff));
            qInfo().noquote() << row.line << "|" << (same ? "same" : "different") << "|" << diff;
        }
        markdown.append(QString());
        markdown.append(
            u"%1 commands, %2 different. Normalised: uuids, run_time, join_time, last_talking, "
            "talking, has_floor (list flags talking/floor). Conferences %3/%4, member ids as on the "
            "real switch (BridgeEngine::loadXmlList keeps them)."_s.arg(table.size())
                .arg(different)
                .arg(kMain, kOther));

        QString out = qEnvironmentVariable("REALSWITCH_DIFF_OUT");
        if (out.isEmpty())
            out = QDir::current().filePath(u"realswitch-differential.md"_s);
        QFile file(out);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(out));
        file.write(markdown.join(u'\n').toUtf8() + '\n');
        qInfo().noquote() << "differential table:" << out << "(" << different << "of" << table.size()
                          << "different)";
        QFile details(out + u".full.txt"_s);
        if (details.open(QIODevice::WriteOnly | QIODevice::Truncate))
            details.write(full.join(u'\n').toUtf8() + '\n');

        // `nosuch dial ...` created conference nosuch on the real switch: leave nothing behind.
        for (const QString &conf : {kMain, kOther, kPrompts, u"nosuch"_s, u"diffroom"_s})
            real.body(u"conference "_s + conf + u" hup all"_s);
        QTRY_VERIFY(!real.snapshot(kMain) && !real.snapshot(kOther) && !real.snapshot(u"nosuch"_s) &&
                    !real.snapshot(kPrompts) && !real.snapshot(u"diffroom"_s));
        QFile::remove(rec);
    }
};

QTEST_MAIN(tst_Differential)
#include "tst_differential.moc"
