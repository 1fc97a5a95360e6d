// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/commandresponse.h"
#include "core/esl/eslframe.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cc;

class TestEslFrame final : public QObject
{
    Q_OBJECT

private:
    static QList<EslMessage> drain(EslFrameParser &p)
    {
        QList<EslMessage> out;
        while (auto m = p.next())
            out.append(*m);
        return out;
    }

    static QByteArray sampleStream()
    {
        const QByteArray api = "<conferences>\n  <conference name=\"3000\"/>\n</conferences>\n";
        const QByteArray eventPayload = "Event-Name: CUSTOM\nEvent-Subclass: conference%3A%3Amaintenance\n"
                                        "Caller-Caller-ID-Name: Bob%20Jones\nAction: mute-member\n\n";
        return "Content-Type: auth/request\n\n"
               "Content-Type: command/reply\nReply-Text: +OK accepted\n\n"
               "Content-Length: " +
               QByteArray::number(eventPayload.size()) + "\nContent-Type: text/event-plain\n\n" +
               eventPayload +
               "Content-Type: api/response\nContent-Length: " + QByteArray::number(api.size()) + "\n\n" +
               api + "Content-Type: text/disconnect-notice\nContent-Length: 23\n\nDisconnected, goodbye.\n";
    }

    static void checkSample(const QList<EslMessage> &m)
    {
        QCOMPARE(m.size(), 5);
        QCOMPARE(m.at(0).type(), EslMessageType::AuthRequest);
        QVERIFY(m.at(0).body.isEmpty());
        QCOMPARE(m.at(1).type(), EslMessageType::CommandReply);
        QCOMPARE(m.at(1).header("reply-text"), QByteArray("+OK accepted"));
        QCOMPARE(m.at(2).type(), EslMessageType::EventPlain);
        QCOMPARE(m.at(3).type(), EslMessageType::ApiResponse);
        QVERIFY(m.at(3).body.startsWith("<conferences>"));
        QVERIFY(m.at(3).body.endsWith("</conferences>\n"));
        QCOMPARE(m.at(4).type(), EslMessageType::DisconnectNotice);
        QCOMPARE(m.at(4).body, QByteArray("Disconnected, goodbye.\n"));
        const auto event = decodePlainEvent(m.at(2).body);
        QVERIFY(event);
        QCOMPARE(event->subclass(), QStringLiteral("conference::maintenance"));
        QCOMPARE(event->header(u"Caller-Caller-ID-Name"), QStringLiteral("Bob Jones"));
    }

private slots:
    void severalMessagesInOneRead()
    {
        EslFrameParser p;
        p.feed(sampleStream());
        checkSample(drain(p));
        QCOMPARE(p.bufferedBytes(), 0);
        QVERIFY(!p.hasError());
    }

    void byteByByte()
    {
        EslFrameParser p;
        QList<EslMessage> all;
        const QByteArray stream = sampleStream();
        for (char c : stream) {
            p.feed(QByteArrayView(&c, 1));
            all += drain(p);
        }
        checkSample(all);
    }

    void randomChunks()
    {
        const QByteArray stream = sampleStream().repeated(20);
        QRandomGenerator rng(42);
        EslFrameParser p;
        QList<EslMessage> all;
        for (qsizetype pos = 0; pos < stream.size();) {
            const qsizetype n = std::min<qsizetype>(1 + rng.bounded(97), stream.size() - pos);
            p.feed(QByteArrayView(stream).sliced(pos, n));
            pos += n;
            all += drain(p);
        }
        QCOMPARE(all.size(), 100);
        for (int i = 0; i < 20; ++i)
            checkSample(all.mid(i * 5, 5));
    }

    void crIgnored()
    {
        EslFrameParser p;
        p.feed("Content-Type: api/response\r\nContent-Length: 4\r\n\r\n+OK\n");
        const auto m = p.next();
        QVERIFY(m);
        QCOMPARE(m->type(), EslMessageType::ApiResponse);
        QCOMPARE(m->body, QByteArray("+OK\n"));
    }

    void bodyCountsBytesNotCharacters()
    {
        const QByteArray body = "Müller – 😀\n"; // multi-byte UTF-8
        EslFrameParser p;
        p.feed(QByteArray("Content-Type: api/response\nContent-Length: " + QByteArray::number(body.size()) +
                          "\n\n" + body + "Content-Type: auth/request\n\n"));
        const auto all = drain(p);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).body, body);
    }

    void bodyContainingBlankLinesAndHeaders()
    {
        // A body is exactly N bytes, whatever it contains.
        const QByteArray body = "Content-Type: auth/request\n\n\n\nReply-Text: x\n\n";
        EslFrameParser p;
        p.feed(QByteArray("Content-Type: api/response\nContent-Length: " + QByteArray::number(body.size()) +
                          "\n\n" + body));
        const auto all = drain(p);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).body, body);
    }

    void largeBody()
    {
        QByteArray body(8 * 1024 * 1024, 'x');
        for (qsizetype i = 0; i < body.size(); i += 1000)
            body[i] = '\n';
        const QByteArray frame =
            "Content-Type: api/response\nContent-Length: " + QByteArray::number(body.size()) + "\n\n" + body;
        EslFrameParser p;
        for (qsizetype pos = 0; pos < frame.size(); pos += 65536)
            p.feed(QByteArrayView(frame).sliced(pos, std::min<qsizetype>(65536, frame.size() - pos)));
        const auto m = p.next();
        QVERIFY(m);
        QCOMPARE(m->body.size(), body.size());
        QVERIFY(m->body == body);
        QVERIFY(!p.next());
    }

    void bodyLimit()
    {
        EslFrameParser p;
        p.setMaxBodyBytes(100);
        p.feed("Content-Type: api/response\nContent-Length: 101\n\n");
        QVERIFY(!p.next());
        QVERIFY(p.hasError());
    }

    void malformedFramingNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("error");
        QTest::newRow("negative length") << QByteArray("Content-Length: -5\n\nabc") << true;
        QTest::newRow("text length") << QByteArray("Content-Length: ten\n\n") << true;
        QTest::newRow("huge length") << QByteArray("Content-Length: 999999999999999999999\n\n") << true;
        QTest::newRow("no colon") << QByteArray("garbage line\nContent-Type: auth/request\n\n") << false;
        QTest::newRow("only newlines") << QByteArray("\n\n\n\n\n") << false;
        QTest::newRow("binary") << QByteArray("\x00\x01\xff:\xfe\n\n", 7) << false;
        QTest::newRow("endless header") << QByteArray(300 * 1024, 'a') << true;
        QTest::newRow("truncated body")
            << QByteArray("Content-Length: 10\n\nabc") << false; // waits for 7 more
    }

    void malformedFramingNeverCrashes()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, error);
        EslFrameParser p;
        p.feed(input);
        drain(p);
        QCOMPARE(p.hasError(), error);
        if (error)
            QVERIFY(!p.errorString().isEmpty());
        // Sticky: nothing more comes out after an error; reset() recovers.
        if (QByteArray(QTest::currentDataTag()) == "truncated body") {
            QVERIFY(!p.next());
            p.feed("defghij");
            const auto m = p.next();
            QVERIFY(m);
            QCOMPARE(m->body, QByteArray("abcdefghij"));
        }
        p.feed("Content-Type: auth/request\n\n");
        if (error) {
            QVERIFY(!p.next());
            p.reset();
            p.feed("Content-Type: auth/request\n\n");
        }
        const auto all = drain(p);
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.last().type(), EslMessageType::AuthRequest);
    }

    void plainEventDecoding()
    {
        const QByteArray body = "Event-Name: CUSTOM\n"
                                "Event-Date-Local: 2024-05-01%2010%3A20%3A31\n"
                                "Channel-Name: sofia/internal/%2B15551234567%4010.1.1.20\n"
                                "Caller-Caller-ID-Name: J%C3%BCrgen%20%26%20Co\n"
                                "Empty-One: _undef_\n"
                                "Plus: a+b\n"
                                "Member-ID: 8\n"
                                "Action: mute-member\n\n";
        QString error;
        const auto e = decodePlainEvent(body, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->headers.size(), 8);
        QCOMPARE(e->header(u"Event-Date-Local"), QStringLiteral("2024-05-01 10:20:31"));
        QCOMPARE(e->header(u"channel-name"), QStringLiteral("sofia/internal/+15551234567@10.1.1.20"));
        QCOMPARE(e->header(u"Caller-Caller-ID-Name"), QStringLiteral("Jürgen & Co"));
        QVERIFY(e->hasHeader(u"Empty-One"));
        QCOMPARE(e->header(u"Empty-One"), QString());
        QCOMPARE(e->header(u"Plus"), QStringLiteral("a+b"));
        QCOMPARE(e->action(), QStringLiteral("mute-member"));
        QVERIFY(e->body.isEmpty());
    }

    void plainEventWithBody()
    {
        const QByteArray inner = "+OK Job-UUID: 1\nsecond line\n\nafter blank\n";
        const QByteArray body =
            "Event-Name: BACKGROUND_JOB\nJob-UUID: abc\nContent-Length: " + QByteArray::number(inner.size()) +
            "\n\n" + inner;
        const auto e = decodePlainEvent(body);
        QVERIFY(e);
        QCOMPARE(e->eventName(), QStringLiteral("BACKGROUND_JOB"));
        QCOMPARE(e->header(u"Job-UUID"), QStringLiteral("abc"));
        QCOMPARE(e->body, inner);

        // A body shorter than announced is an error, not a crash.
        QString error;
        QVERIFY(!decodePlainEvent(body.chopped(5), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!decodePlainEvent(QByteArray("\n\n\n")));
        QVERIFY(!decodePlainEvent(QByteArray("Event-Name: X\nContent-Length: zz\n\n")));
    }

    void jsonEventDecoding()
    {
        const QByteArray body = R"({"Event-Name":"CUSTOM","Caller-Caller-ID-Name":"Bob Jones%20",)"
                                R"("Member-ID":"8","_body":"out\n"})";
        const auto e = decodeJsonEvent(body);
        QVERIFY(e);
        QCOMPARE(e->header(u"Caller-Caller-ID-Name"), QStringLiteral("Bob Jones%20")); // not URL-decoded
        QCOMPARE(e->body, QByteArray("out\n"));
        QVERIFY(!decodeJsonEvent(QByteArray("[1,2]")));
        QVERIFY(!decodeJsonEvent(QByteArray("{broken")));
    }

    void messageTypes()
    {
        QCOMPARE(eslMessageType("text/event-json"), EslMessageType::EventJson);
        QCOMPARE(eslMessageType("text/rude-rejection"), EslMessageType::RudeRejection);
        QCOMPARE(eslMessageType("log/data"), EslMessageType::LogData);
        QCOMPARE(eslMessageType("text/event-xml"), EslMessageType::EventXml);
        QCOMPARE(eslMessageType("something/else"), EslMessageType::Unknown);
    }

    void classifyFreeSwitchOutputOverEsl()
    {
        // The same classifier as the REST route, without the wrapper.
        QVERIFY(classifyFreeSwitchOutput("+OK mute 5\n", QStringLiteral("mute 5")).ok());
        const CommandOutcome missing =
            classifyFreeSwitchOutput("-ERR Non-Existant ID 9\n", QStringLiteral("mute 9"));
        QCOMPARE(missing.kind, ResponseKind::FreeSwitchError);
        QVERIFY(missing.message.contains(u"9"));
        // "-ERR no reply" (an empty output through ESL) depends on the command (§1.5).
        QVERIFY(classifyFreeSwitchOutput("-ERR no reply\n", QStringLiteral("mute last")).ok());
        QCOMPARE(classifyFreeSwitchOutput("-ERR no reply\n", QStringLiteral("mute 5")).kind,
                 ResponseKind::FreeSwitchError);
    }
};

QTEST_GUILESS_MAIN(TestEslFrame)
#include "tst_eslframe.moc"
