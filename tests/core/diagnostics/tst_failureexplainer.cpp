// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every failure the console can meet maps to a specific explanation with concrete steps.
#include "core/commands/commandresponse.h"
#include "core/diagnostics/failureexplainer.h"
#include "httpd/httpserver.h"

#include <QCryptographicHash>
#include <QSslKey>
#include <QTest>

using namespace Qt::StringLiterals;
using Cause = cc::FailureExplanation::Cause;

namespace {

cc::RestResult http(int status, const QByteArray &body, const QByteArray &reason = {})
{
    cc::RestResult r;
    r.method = "GET";
    r.url = QUrl(u"https://pbx.example.com/sipxconfig/rest/my/conference/sales/xml_list"_s);
    r.httpStatus = status;
    r.reasonPhrase = reason;
    r.body = body;
    return r;
}

cc::RestResult transport(cc::TransportError error)
{
    cc::RestResult r = http(0, {});
    r.error = error;
    r.errorString = u"Qt says something"_s;
    return r;
}

QByteArray jettyPage(int status, const QByteArray &text)
{
    return "<html><head><title>Error " + QByteArray::number(status) + ' ' + text +
           "</title></head><body><pre>" + text + "</pre></body></html>";
}

} // namespace

class TstFailureExplainer final : public QObject
{
    Q_OBJECT

private slots:
    void explains_data()
    {
        QTest::addColumn<cc::RestResult>("result");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("mustMention"); // a word the steps or text must contain

        QTest::newRow("401") << transport(cc::TransportError::Authentication) << u"xml_list"_s
                             << int(Cause::WrongCredentials) << u"LDAP"_s;
        cc::RestResult plain401 = http(401, jettyPage(401, "Unauthorized"));
        QTest::newRow("401 as http") << plain401 << u"xml_list"_s << int(Cause::WrongCredentials)
                                     << u"realm"_s;
        QTest::newRow("403") << http(403, jettyPage(403, "User is not owner of this conference")) << u"mute"_s
                             << int(Cause::NotOwner) << u"owner"_s;
        QTest::newRow("404 conference") << http(404, jettyPage(404, "Conference not found")) << u"mute"_s
                                        << int(Cause::ConferenceUnknown) << u"conference list"_s;
        QTest::newRow("404 route") << http(404, jettyPage(404, "Not Found")) << u"mute"_s
                                   << int(Cause::WrongAddress) << u"/sipxconfig/rest"_s;
        QTest::newRow("400 no command") << http(400, jettyPage(400, "No conference command specified"))
                                        << u"&"_s << int(Cause::NoCommand) << u"command"_s;
        QTest::newRow("400 invite") << http(400, jettyPage(400, "Incorect invite command")) << u"invite"_s
                                    << int(Cause::BadInvite) << u"exactly one"_s;
        QTest::newRow("400 other") << http(400, "bad") << u"mute"_s << int(Cause::BadRequest) << u"%"_s;
        QTest::newRow("405") << http(405, jettyPage(405, "Method Not Allowed")) << u"mute"_s
                             << int(Cause::MethodNotAllowed) << u"GET"_s;
        QTest::newRow("406 inactive") << http(406, jettyPage(406, "Conference found, but not active"))
                                      << u"details"_s << int(Cause::ConferenceNotActive) << u"dials into"_s;
        QTest::newRow("406 accept") << http(406, jettyPage(406, "Not Acceptable")) << u"details"_s
                                    << int(Cause::NotAcceptable) << u"Accept"_s;
        QTest::newRow("500 json")
            << http(500, "{\"error\":\"Internal error: boom\",\"type\":\"java.lang.NullPointerException\"} ")
            << u"mute"_s << int(Cause::ServerError) << u"NullPointerException"_s;
        QTest::newRow("500 connect")
            << http(500, "{\"error\":\"error.connect\",\"type\":"
                         "\"org.sipfoundry.sipxconfig.freeswitch.api.FreeswitchApiConnectException\"} ")
            << u"details"_s << int(Cause::BridgeUnreachable) << u"mod_xml_rpc"_s;
        QTest::newRow("502") << http(502, "<html>Proxy Error</html>") << u"mute"_s << int(Cause::ProxyTimeout)
                             << u"proxy timeout"_s;
        QTest::newRow("ERROR body") << http(200, "ERROR: Connection refused") << u"mute"_s
                                    << int(Cause::RecordingServiceDown) << u"Conference Event Listener"_s;
        QTest::newRow("empty body") << http(200, "") << u"mute"_s << int(Cause::EmptyAnswer) << u"8021"_s;
        QTest::newRow("command-exception") << http(200, "<command-exception>Timeout</command-exception>\n")
                                           << u"mute"_s << int(Cause::BridgeTimeout) << u"60 seconds"_s;
        QTest::newRow("cut off") << http(200, "<command-response>OK mu") << u"mute"_s
                                 << int(Cause::CutOffAnswer) << u"network"_s;
        QTest::newRow("Non-Existant ID")
            << http(200, "<command-response>Non-Existant ID 17\n</command-response>\n") << u"mute 17"_s
            << int(Cause::MemberGone) << u"rejoin"_s;
        QTest::newRow("Conference not found")
            << http(200, "<command-response>-ERR Conference sales not found\n</command-response>\n")
            << u"mute"_s << int(Cause::ConferenceEmpty) << u"dials in"_s;
        QTest::newRow("unknown command")
            << http(200, "<command-response>Conference command 'frob' not found.\n</command-response>\n")
            << u"frob"_s << int(Cause::UnknownCommand) << u"newer"_s;
        QTest::newRow("timeout") << transport(cc::TransportError::Timeout) << u"mute"_s << int(Cause::Timeout)
                                 << u"60 s"_s;
        QTest::newRow("refused") << transport(cc::TransportError::ConnectionRefused) << u"mute"_s
                                 << int(Cause::ConnectionRefused) << u"port"_s;
        QTest::newRow("host not found") << transport(cc::TransportError::HostNotFound) << u"mute"_s
                                        << int(Cause::HostNotFound) << u"DNS"_s;
        QTest::newRow("too large") << transport(cc::TransportError::ResponseTooLarge) << u"xml_list"_s
                                   << int(Cause::ResponseTooLarge) << u"size limit"_s;
        QTest::newRow("network") << transport(cc::TransportError::Network) << u"kick"_s << int(Cause::Network)
                                 << u"never resent"_s;
        QTest::newRow("cancelled") << transport(cc::TransportError::Cancelled) << u"kick"_s
                                   << int(Cause::Cancelled) << u"twice"_s;
        QTest::newRow("tls untrusted") << transport(cc::TransportError::Tls) << u"mute"_s
                                       << int(Cause::TlsUntrusted) << u"fingerprint"_s;
    }

    void explains()
    {
        QFETCH(cc::RestResult, result);
        QFETCH(QString, command);
        QFETCH(int, cause);
        QFETCH(QString, mustMention);
        const cc::CommandOutcome outcome = cc::classifyCommandResponse(result, command);
        QVERIFY(!outcome.ok());
        const cc::FailureExplanation e = cc::explainFailure(outcome, &result);
        QCOMPARE(int(e.cause), cause);
        QVERIFY(!e.title.isEmpty());
        QVERIFY(!e.whatHappened.isEmpty());
        QVERIFY(!e.whatToCheck.isEmpty());
        const QString all = e.title + u'\n' + e.whatHappened + u'\n' + e.whatToCheck.join(u'\n');
        QVERIFY2(all.contains(mustMention, Qt::CaseInsensitive), qPrintable(all));

        // Without the RestResult the outcome alone gives the same cause (transport texts included).
        const cc::FailureExplanation alone = cc::explainFailure(outcome);
        QCOMPARE(int(alone.cause), cause);
    }

    void successNeedsNoExplanation()
    {
        const cc::RestResult r = http(200, "<command-response>OK mute 5\n</command-response>\n");
        const cc::CommandOutcome o = cc::classifyCommandResponse(r, u"mute"_s);
        QVERIFY(o.ok());
        QVERIFY(cc::explainFailure(o, &r).isEmpty());
    }

    void tlsDetails()
    {
        // A certificate with a known fingerprint: expired, pin mismatch and untrusted.
        const QSslCertificate cert = httpd::generateSelfSigned(u"pbx.example.com"_s).certificate;
        QVERIFY(!cert.isNull());

        cc::RestResult r = transport(cc::TransportError::Tls);
        r.sslErrors = {QSslError(QSslError::SelfSignedCertificate, cert)};
        r.peerCertificate = cert;
        const cc::CommandOutcome o = cc::classifyCommandResponse(r, u"xml_list"_s);
        QCOMPARE(int(cc::explainFailure(o, &r).cause), int(Cause::TlsUntrusted));
        QVERIFY(cc::explainFailure(o, &r).whatToCheck.join(u' ').contains(u"pin"));

        const cc::FailureExplanation changed = cc::explainFailure(o, &r, {u"00ff"_s});
        QCOMPARE(int(changed.cause), int(Cause::TlsPinMismatch));
        const QString fp =
            QString::fromLatin1(QCryptographicHash::hash(cert.toDer(), QCryptographicHash::Sha256).toHex());
        QVERIFY(changed.whatHappened.contains(fp));
        // The pinned certificate itself is not a mismatch (the failure was something else).
        QCOMPARE(int(cc::explainFailure(o, &r, {fp}).cause), int(Cause::TlsUntrusted));

        r.sslErrors = {QSslError(QSslError::CertificateExpired, cert)};
        QCOMPARE(int(cc::explainFailure(o, &r).cause), int(Cause::TlsExpired));
        r.sslErrors = {QSslError(QSslError::HostNameMismatch, cert)};
        QCOMPARE(int(cc::explainFailure(o, &r).cause), int(Cause::TlsHostMismatch));
    }
};

QTEST_GUILESS_MAIN(TstFailureExplainer)
#include "tst_failureexplainer.moc"
