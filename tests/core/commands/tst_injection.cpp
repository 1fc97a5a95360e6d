// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Security: user-supplied text (say text, caller ids, conference names, selectors, invite
// targets) can never add arguments or path segments, and the password never shows up in a URL,
// a RestResult or a logged exchange (sipxconfig-conference-rest.md §3.1, §3.2, §3.5).
#include "core/commands/conferencecommand.h"
#include "core/rest/restclient.h"
#include "testdata.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString kNul = QString(QChar(0));

/// Strings that try to break out of an argument, a segment or the URL.
QStringList hostile()
{
    return {u"5&kick&all"_s,
            u"5/../../conference/board/kick/all"_s,
            u"%26kick%26all"_s,
            u"%2F..%2Fboard"_s,
            u"5?x=1"_s,
            u"5#frag"_s,
            u"it's \"quoted\""_s,
            u"line1\nconference sales kick all"_s,
            u"cr\r\napi conference sales kick all"_s,
            QString(u"nul"_s + kNul + u"kick"_s),
            u"José Álvarez Ştefan 東京 😀"_s,
            u"a b"_s,
            u".."_s,
            u"tab\there"_s,
            u"semi;colon"_s,
            u"\\backslash"_s,
            u"{var=1}"_s,
            u""_s};
}

/// commons-lang StringUtils.split(segment, '&'): runs of '&' are one separator (§3.2).
QStringList restTokens(const QString &segment)
{
    return segment.split(u'&', Qt::SkipEmptyParts);
}

QString percentDecoded(const QString &token)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(token.toLatin1()));
}

/// The raw path of `url` below the base path, split at '/'.
QStringList pathSegments(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    QStringList out;
    for (const QByteArray &s : path.split('/'))
        out << QString::fromLatin1(s);
    return out;
}

struct Case
{
    QString label;
    std::function<cc::ConferenceCommand(const QString &)> make;
};

QList<Case> cases()
{
    return {
        {u"say"_s, [](const QString &s) { return cc::ConferenceCommand::say(s); }},
        {u"saymember"_s, [](const QString &s) { return cc::ConferenceCommand::sayMember(5, s); }},
        {u"mute selector"_s, [](const QString &s) { return cc::ConferenceCommand::mute(s); }},
        {u"kick selector"_s, [](const QString &s) { return cc::ConferenceCommand::kick(s); }},
        {u"energy value"_s, [](const QString &s) { return cc::ConferenceCommand::energy(u"5"_s, s); }},
        {u"dtmf digits"_s, [](const QString &s) { return cc::ConferenceCommand::dtmf(u"all"_s, s); }},
        {u"invite"_s, [](const QString &s) { return cc::ConferenceCommand::invite(s); }},
        {u"inviteim"_s, [](const QString &s) { return cc::ConferenceCommand::inviteIm(s); }},
        {u"transfer target"_s, [](const QString &s) { return cc::ConferenceCommand::transfer(s, {5}); }},
        {u"pin"_s, [](const QString &s) { return cc::ConferenceCommand::pin(s); }},
        {u"get"_s, [](const QString &s) { return cc::ConferenceCommand::get(s); }},
        {u"set caller_id_name"_s,
         [](const QString &s) { return cc::ConferenceCommand::set(u"caller_id_name"_s, s); }},
        {u"dial caller id name"_s,
         [](const QString &s) {
             cc::DialRequest r{u"sofia"_s, u"gateway/pbx/1000"_s, u"1000"_s, s, {}};
             return cc::ConferenceCommand::dial(r);
         }},
        {u"dial caller id number"_s,
         [](const QString &s) {
             cc::DialRequest r{u"loopback"_s, u"1000"_s, s, u"Name"_s, {}};
             return cc::ConferenceCommand::bgDial(r);
         }},
        {u"parse"_s, [](const QString &s) { return cc::ConferenceCommand::parse(u"mute "_s + s); }},
    };
}

} // namespace

class TstInjection final : public QObject
{
    Q_OBJECT

private:
    /// Starts `server` (plain HTTP, every request answered OK) and points `client` at it (GET).
    static bool serveOk(testsupport::TestServer &server, cc::RestClient &client)
    {
        if (!server.start(false))
            return false;
        server.route({}, "*", testsupport::ScriptedResponse::text(200, testsupport::wrap("OK\n")));
        cc::ServerConfig config;
        config.baseUrl = server.baseUrl();
        config.methodPolicy = cc::MethodPolicy::Get;
        client.setConfig(config);
        return true;
    }

private slots:
    void argumentsNeverAddTokensOrSegments()
    {
        cc::RestClient client;
        cc::ServerConfig config;
        config.baseUrl = QUrl(u"https://pbx.example.com/sipxconfig/rest"_s);
        client.setConfig(config);
        const QStringList base = pathSegments(config.baseUrl); // "", "sipxconfig", "rest"

        int refused = 0;
        int sent = 0;
        for (const Case &c : cases()) {
            for (const QString &input : hostile()) {
                const cc::ConferenceCommand cmd = c.make(input);
                const QString where = c.label + u" / "_s + input.toHtmlEscaped();
                if (!cmd.isValid()) {
                    QVERIFY2(!cmd.error().isEmpty(), qPrintable(where));
                    QVERIFY2(!cmd.restSegment(), qPrintable(where));
                    ++refused;
                    continue;
                }
                // The API line (event socket) is one line: a newline would start another command.
                const QString api = cmd.apiLine(u"sales"_s);
                QVERIFY2(!api.contains(u'\n') && !api.contains(u'\r') && !api.contains(QChar(0)),
                         qPrintable(where));

                const std::optional<QString> segment = cmd.restSegment();
                if (!segment) {
                    QVERIFY2(!cmd.restError().isEmpty(), qPrintable(where));
                    ++refused;
                    continue;
                }
                ++sent;
                const QUrl url = client.commandUrl(u"sales"_s, *segment);
                QVERIFY2(url.isValid(), qPrintable(where));
                QVERIFY2(!url.hasQuery() && !url.hasFragment(), qPrintable(where + u' ' + url.toString()));
                const QStringList segments = pathSegments(url);
                QCOMPARE(segments.size(), base.size() + 4); // my / conference / sales / command
                QCOMPARE(segments.mid(0, base.size()), base);
                QCOMPARE(segments.at(base.size()), u"my"_s);
                QCOMPARE(segments.at(base.size() + 1), u"conference"_s);
                QCOMPARE(segments.at(base.size() + 2), u"sales"_s);
                const QString commandSegment = segments.last();
                QVERIFY2(!commandSegment.contains(u'/'), qPrintable(where));

                // Exactly the command word and its arguments, each decoding back to itself.
                const QStringList tokens = restTokens(commandSegment);
                const QStringList args = cmd.arguments();
                QVERIFY2(tokens.size() == args.size() + 1, qPrintable(where + u" -> "_s + commandSegment));
                QCOMPARE(tokens.first(), cmd.name());
                for (int i = 0; i < args.size(); ++i)
                    QCOMPARE(percentDecoded(tokens.at(i + 1)), args.at(i));
                // Nothing decodes into a separator the next hop would split on.
                for (const QString &t : tokens.mid(1)) {
                    const QString decoded = percentDecoded(t);
                    QVERIFY2(!decoded.contains(u'&') && !decoded.contains(u'/') && !decoded.contains(u'\n') &&
                                 !decoded.contains(QChar(0)),
                             qPrintable(where));
                }
            }
        }
        // Both branches were exercised: hostile text is refused, harmless non-ASCII text goes out.
        QVERIFY(refused > 50);
        QVERIFY(sent > 10);
    }

    void sayKeepsNonAsciiAndQuotesAsOneArgument()
    {
        // Quotes and backslashes are refused outright (the API line could not carry them safely).
        QVERIFY(!cc::ConferenceCommand::say(u"it's"_s).isValid());
        QVERIFY(!cc::ConferenceCommand::say(u"\"x\""_s).isValid());
        const QString text = u"Grüße, José — 東京 😀 a+b=c (ok)!"_s;
        const cc::ConferenceCommand say = cc::ConferenceCommand::say(text);
        QVERIFY(say.isValid());
        const std::optional<QString> segment = say.restSegment();
        QVERIFY(segment);
        const QStringList tokens = restTokens(*segment);
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(percentDecoded(tokens.at(1)), text);
    }

    void conferenceNamesAreExactlyOneSegment_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("dotdot") << u".."_s;
        QTest::newRow("dot") << u"."_s;
        QTest::newRow("traversal") << u"../../../etc/passwd"_s;
        QTest::newRow("query") << u"x?kick=all"_s;
        QTest::newRow("fragment") << u"x#y"_s;
        QTest::newRow("percent") << u"100%25"_s;
        QTest::newRow("amp") << u"a&b"_s;
        QTest::newRow("space") << u"my conf"_s;
        QTest::newRow("newline") << u"a\nb"_s;
        QTest::newRow("nul") << QString(u"a"_s + kNul + u"b"_s);
        QTest::newRow("unicode") << u"Café 東京"_s;
        QTest::newRow("quote") << u"it's \"x\""_s;
        QTest::newRow("backslash") << u"a\\b"_s;
    }

    void conferenceNamesAreExactlyOneSegment()
    {
        QFETCH(QString, name);
        cc::RestClient client;
        cc::ServerConfig config;
        config.baseUrl = QUrl(u"https://pbx.example.com/sipxconfig/rest"_s);
        client.setConfig(config);
        const QUrl url = client.commandUrl(name, u"list&count"_s);
        QVERIFY(url.isValid());
        QVERIFY(!url.hasQuery());
        QVERIFY(!url.hasFragment());
        const QStringList segments = pathSegments(url);
        QCOMPARE(segments.size(), 7);
        QCOMPARE(segments.at(5),
                 QString::fromLatin1(url.path(QUrl::FullyEncoded).toLatin1().split('/').at(5)));
        QCOMPARE(percentDecoded(segments.at(5)), name);
        QCOMPARE(segments.at(6), u"list&count"_s);
    }

    /// Over the wire: what the server receives has the expected segments, and '.' / '..'
    /// conference names are not normalised away by the HTTP stack.
    void wireTargetsKeepTheirSegments()
    {
        testsupport::TestServer server;
        cc::RestClient client;
        QVERIFY(serveOk(server, client));

        const QStringList names = {u"a/b"_s, u"x?kick=all"_s, u"x#y"_s, u"a&b"_s, u"Café"_s, u"..."_s};
        int done = 0;
        for (const QString &name : names)
            client.runCommand(name, u"list&count"_s, true, this, [&done](const cc::RestResult &) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, int(names.size()), 20000);
        const QList<testsupport::RecordedRequest> requests = server.requests();
        QCOMPARE(requests.size(), names.size());
        QSet<QString> seen;
        for (const testsupport::RecordedRequest &r : requests) {
            QVERIFY2(!r.target.contains('?') && !r.target.contains('#'), r.target.constData());
            const QList<QByteArray> segments = r.path.split('/');
            // "", sipxconfig, rest, my, conference, <name>, list&count
            QVERIFY2(segments.size() == 7, r.target.constData());
            QCOMPARE(segments.at(3), QByteArray("my"));
            QCOMPARE(segments.at(4), QByteArray("conference"));
            QCOMPARE(segments.at(6), QByteArray("list&count"));
            seen.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(segments.at(5))));
        }
        QCOMPARE(seen, QSet<QString>(names.cbegin(), names.cend()));
    }

    /// "." and ".." as a conference name: QUrl decodes %2E back to '.', and the HTTP stack then
    /// removes the dot segment, so the request reaches a different resource
    /// (/my/conference/../list&count -> /my/list&count). RestClient should refuse such names.
    void dotSegmentConferenceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("dot") << u"."_s;
        QTest::newRow("dotdot") << u".."_s;
    }

    void dotSegmentConferenceNames()
    {
        QFETCH(QString, name);
        testsupport::TestServer server;
        cc::RestClient client;
        QVERIFY(serveOk(server, client));
        std::optional<cc::RestResult> result;
        client.runCommand(name, u"list&count"_s, true, this,
                          [&result](const cc::RestResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        // Acceptable: refused before sending, or sent with the name as its own segment.
        const bool refused = server.requestCount() == 0 && !result->ok();
        const bool exact =
            server.requestCount() == 1 && server.requests().first().path.split('/').size() == 7;
        QVERIFY2(refused || exact, server.requestCount() ? server.requests().first().path.constData() : "");
    }

    void passwordNeverInUrlsOrExchanges()
    {
        const QString password = u"p@ss:w/rd%41&x"_s;
        testsupport::TestServer server;
        QVERIFY(server.start(false));
        server.requireUser(testsupport::TestServer::AuthMode::Digest, u"alice"_s, password);
        server.route({}, "*", testsupport::ScriptedResponse::text(200, testsupport::wrap("OK\n")));

        cc::RestClient client;
        cc::ServerConfig config;
        QUrl base = server.baseUrl();
        base.setUserName(u"alice"_s);
        base.setPassword(password); // a pasted URL with credentials
        config.baseUrl = base;
        config.user = u"alice"_s;
        config.password = password;
        config.methodPolicy = cc::MethodPolicy::Get;
        client.setConfig(config);
        QVERIFY(client.config().baseUrl.password().isEmpty());

        const auto clean = [&password](const QString &text) {
            return !text.contains(password) &&
                   !text.contains(QString::fromLatin1(QUrl::toPercentEncoding(password)));
        };
        QVERIFY(clean(client.commandUrl(u"sales"_s, u"mute&5"_s).toString(QUrl::FullyEncoded)));
        QVERIFY(clean(client.commandUrl(u"sales"_s, u"mute&5"_s).toString()));

        QList<cc::RestResult> logged;
        connect(&client, &cc::RestClient::exchangeFinished, this,
                [&logged](const cc::RestResult &r) { logged << r; });
        QList<cc::RestResult> results;
        const auto collect = [&results](const cc::RestResult &r) { results << r; };
        client.runCommand(u"sales"_s, u"mute&5"_s, true, this, collect);
        client.runCommand(u"sales"_s, u"kick&5"_s, false, this, collect); // manual digest path
        client.fetchLoginDetails(this, collect);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 20000);
        QCOMPARE(logged.size(), 3);
        for (const cc::RestResult &r : std::as_const(logged) + results) {
            QVERIFY2(r.ok(), qPrintable(r.errorString));
            QVERIFY(clean(r.url.toString(QUrl::FullyEncoded)));
            QVERIFY(clean(r.url.toString()));
            QVERIFY(r.url.password().isEmpty());
            QVERIFY(clean(r.errorString));
            QVERIFY(clean(QString::fromUtf8(r.body)));
        }
        // On the wire only digests travel, never the password itself.
        for (const testsupport::RecordedRequest &r : server.requests()) {
            QVERIFY(!r.target.contains(password.toUtf8()));
            for (const auto &h : r.headers)
                QVERIFY(!h.second.contains(password.toUtf8()));
        }

        // A wrong password: the failure result carries no password either.
        config.password = password + u"-wrong"_s;
        client.setConfig(config);
        results.clear();
        client.runCommand(u"sales"_s, u"mute&5"_s, true, this, collect);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 20000);
        QCOMPARE(results.first().error, cc::TransportError::Authentication);
        QVERIFY(clean(results.first().url.toString()));
        QVERIFY(!results.first().errorString.contains(config.password));
    }
};

QTEST_GUILESS_MAIN(TstInjection)
#include "tst_injection.moc"
