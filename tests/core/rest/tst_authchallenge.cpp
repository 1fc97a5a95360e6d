// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WWW-Authenticate parsing shared by RestClient (digest answer) and ConnectionDiagnostics.
#include "core/rest/authchallenge.h"

#include <QTest>

using namespace cc;

class tst_AuthChallenge final : public QObject
{
    Q_OBJECT

private slots:
    void digestParams();
    void joinedHeaders();
    void schemeOnlyAsToken();
    void malformedDoesNotHang();
};

void tst_AuthChallenge::digestParams()
{
    bool offered = false;
    const auto p = authChallengeParams(
        R"(Digest realm="example.com", qop="auth,auth-int", nonce="a\"b,c", algorithm=MD5, stale=TRUE)",
        "Digest", &offered);
    QVERIFY(offered);
    QCOMPARE(p.value("realm"), QByteArray("example.com"));
    QCOMPARE(p.value("qop"), QByteArray("auth,auth-int"));
    QCOMPARE(p.value("nonce"), QByteArray("a\"b,c"));
    QCOMPARE(p.value("algorithm"), QByteArray("MD5"));
    QCOMPARE(p.value("stale"), QByteArray("TRUE"));
}

void tst_AuthChallenge::joinedHeaders()
{
    // Qt joins repeated headers with ", ": each scheme keeps its own parameters.
    const QByteArray header = R"(Basic realm="basic-realm", Digest realm="digest-realm", nonce="n1")";
    bool basic = false;
    bool digest = false;
    QCOMPARE(authChallengeParams(header, "Basic", &basic).value("realm"), QByteArray("basic-realm"));
    QVERIFY(basic);
    const auto d = authChallengeParams(header, "digest", &digest); // schemes are case-insensitive
    QVERIFY(digest);
    QCOMPARE(d.value("realm"), QByteArray("digest-realm"));
    QCOMPARE(d.value("nonce"), QByteArray("n1"));
    // Digest first, Basic after: the Digest params stop at Basic.
    const auto d2 = authChallengeParams(R"(Digest realm="a", nonce="n",Basic realm="b")", "Digest");
    QCOMPARE(d2.value("realm"), QByteArray("a"));
    QCOMPARE(authChallengeParams(R"(Digest realm="a", nonce="n",Basic realm="b")", "Basic").value("realm"),
             QByteArray("b"));
}

void tst_AuthChallenge::schemeOnlyAsToken()
{
    // "Basic" inside a quoted value or as a parameter name is no offer.
    QCOMPARE(authSchemeParamsAt(R"(Digest realm="Basic stuff", nonce="x")", "Basic"), -1);
    QCOMPARE(authSchemeParamsAt(R"(Bearer basic=1)", "Basic"), -1);
    QCOMPARE(authSchemeParamsAt("Negotiate", "Digest"), -1);
    QCOMPARE(authSchemeParamsAt("Basic", "Basic"), 5);
    QVERIFY(authChallengeParams("Basic", "Basic").isEmpty());
}

void tst_AuthChallenge::malformedDoesNotHang()
{
    for (const QByteArray &header : {QByteArray("Digest realm=\"unterminated"), QByteArray("Digest ,,,==,"),
                                     QByteArray("Digest =x"), QByteArray("Digest realm=\\"), QByteArray()}) {
        (void)authChallengeParams(header, "Digest");
        (void)authSchemeParamsAt(header, "Basic");
    }
    QCOMPARE(authChallengeParams("Digest realm=\"unterminated", "Digest").value("realm"),
             QByteArray("unterminated"));
}

QTEST_GUILESS_MAIN(tst_AuthChallenge)
#include "tst_authchallenge.moc"
