// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command audit trail: JSON lines, rotation, tolerant reading, filters, safe CSV export.
#include "core/commands/conferencecommand.h"
#include "core/diagnostics/auditlog.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

cc::AuditEntry entry(int n, const QString &conference = u"sales"_s)
{
    cc::AuditEntry e;
    e.time = QDateTime(QDate(2026, 3, 1), QTime(10, 0, n % 60, 123), Qt::UTC);
    e.profile = u"Main PBX"_s;
    e.serverUrl = u"https://pbx.example.com/sipxconfig/rest"_s;
    e.user = u"alice"_s;
    e.conference = conference;
    e.command = u"kick"_s;
    e.request = u"kick&%1"_s.arg(n);
    e.method = u"GET"_s;
    e.targets = {cc::AuditTarget{quint32(n), u"José Álvarez"_s, u"+34915550142"_s}};
    e.outcome = u"success"_s;
    e.answer = u"OK kicked %1"_s.arg(n);
    e.httpStatus = 200;
    e.latencyMs = 42 + n;
    return e;
}

/// RFC 4180 reader for the export test (quoted fields, doubled quotes, CRLF records).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

cc::ConferenceSnapshot snapshot()
{
    cc::ConferenceSnapshot s;
    s.name = u"sales"_s;
    for (quint32 id : {3u, 5u, 9u}) {
        cc::Participant p;
        p.id = id;
        p.callerIdName = u"Caller %1"_s.arg(id);
        p.callerIdNumber = u"10%1"_s.arg(id);
        p.isModerator = id == 3;
        s.members << p;
    }
    return s;
}

QList<quint32> ids(const QList<cc::AuditTarget> &targets)
{
    QList<quint32> out;
    for (const auto &t : targets)
        out << t.memberId;
    return out;
}

} // namespace

class TstAuditLog final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAndFlushedPerLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/audit.jsonl"_s);
        cc::AuditLog log(path);
        QVERIFY(log.append(entry(1)));
        // Flushed at once: another reader sees the line while the log is still open.
        QFile reader(path);
        QVERIFY(reader.open(QIODevice::ReadOnly));
        const QByteArray bytes = reader.readAll();
        QCOMPARE(bytes.count('\n'), 1);
        QVERIFY(bytes.contains("\"request\":\"kick&1\""));
        QVERIFY(log.append(entry(2)));
        QVERIFY(log.append(entry(3)));
        const QList<cc::AuditEntry> loaded = cc::AuditLog::load(path);
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(loaded.at(0), entry(1));
        QCOMPARE(loaded.at(2), entry(3));
        QCOMPARE(loaded.at(1).targets.first().callerIdName, u"José Álvarez"_s);
    }

    void appendOnlyAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        {
            cc::AuditLog log(path);
            QVERIFY(log.append(entry(1)));
        }
        cc::AuditLog log(path);
        QVERIFY(log.append(entry(2)));
        QCOMPARE(cc::AuditLog::load(path).size(), 2);
    }

    void toleratesCorruptAndTruncatedLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        {
            cc::AuditLog log(path);
            QVERIFY(log.append(entry(1)));
            QVERIFY(log.append(entry(2)));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("not json at all\n");
        f.write("{\"time\":\"2026-03-01T10:00:09.000Z\",\"conference\":\"sal"); // crash mid-line
        f.close();
        int skipped = -1;
        const QList<cc::AuditEntry> loaded = cc::AuditLog::load(path, &skipped);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(skipped, 2);
        // Appending after a torn line still yields readable lines afterwards.
        cc::AuditLog log(path);
        QVERIFY(log.append(entry(3)));
        QVERIFY(log.append(entry(4)));
        const QList<cc::AuditEntry> after = cc::AuditLog::load(path, &skipped);
        QCOMPARE(after.size(), 3); // entry 3 shares the torn line
        QCOMPARE(after.last(), entry(4));
        QCOMPARE(cc::AuditLog::load(dir.filePath(u"missing.jsonl"_s), &skipped).size(), 0);
        QCOMPARE(skipped, 0);
    }

    void neverContainsThePassword()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        cc::AuditLog log(path);
        const QString password = u"s3cr3t-Pw"_s;
        log.addSecret(password);

        cc::RestResult r;
        r.method = "GET";
        r.url = QUrl(u"https://pbx.example.com/sipxconfig/rest/my/conference/sales/kick&5"_s);
        r.httpStatus = 200;
        r.latencyMs = 17;
        r.body = "<command-response>OK kicked 5\n</command-response>\n";
        cc::CommandOutcome o;
        o.kind = cc::ResponseKind::Success;
        o.httpStatus = 200;
        o.payload = u"OK kicked 5\n"_s;
        const QUrl withCredentials(u"https://alice:%1@pbx.example.com/sipxconfig/rest"_s.arg(password));
        const cc::ConferenceCommand kick = cc::ConferenceCommand::kick(u"5"_s);
        cc::AuditEntry e = cc::AuditEntry::make(u"Main"_s, withCredentials, u"alice"_s, u"sales"_s, kick, r,
                                                o, cc::AuditEntry::targetsFor(kick, snapshot()));
        QCOMPARE(e.request, u"kick&5"_s);
        QCOMPARE(e.answer, u"OK kicked 5"_s);
        QCOMPARE(e.outcome, u"success"_s);
        QCOMPARE(e.latencyMs, 17);
        QCOMPARE(e.targets.size(), 1);
        QCOMPARE(e.targets.first().callerIdName, u"Caller 5"_s);
        QVERIFY(!e.serverUrl.contains(password));
        QVERIFY(log.append(e));

        // Even a careless caller that puts it into free text does not get it written.
        cc::AuditEntry careless = entry(7);
        careless.serverUrl = withCredentials.toString();
        careless.answer = u"password was %1"_s.arg(password);
        QVERIFY(log.append(careless));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(password.toUtf8()));
        QVERIFY(!bytes.contains(QUrl::toPercentEncoding(password)));
        QVERIFY(bytes.contains("password was ********"));
        QCOMPARE(cc::AuditLog::load(path).size(), 2);
    }

    void rotates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.jsonl"_s);
        cc::AuditLog log(path);
        QCOMPARE(log.rotatedPath(), dir.filePath(u"audit.1.jsonl"_s));
        const qint64 lineSize = QJsonDocument(entry(10).toJson()).toJson(QJsonDocument::Compact).size() + 1;
        log.setMaxBytes(lineSize * 3); // three lines per file
        for (int n = 10; n < 17; ++n)
            QVERIFY(log.append(entry(n)));
        QVERIFY(QFile::exists(log.rotatedPath()));
        QVERIFY(QFileInfo(path).size() <= lineSize * 3);
        QVERIFY(QFileInfo(log.rotatedPath()).size() <= lineSize * 3);
        // 7 lines: 10 11 12 | 13 14 15 | 16 -> the oldest file was dropped, 13..16 remain.
        const QList<cc::AuditEntry> all = log.loadAll();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first(), entry(13));
        QCOMPARE(all.last(), entry(16));
    }

    void filters()
    {
        QList<cc::AuditEntry> entries = {entry(1), entry(2, u"board"_s), entry(3), entry(4, u"board"_s)};
        entries[2].answer = u"Non-Existant ID 3"_s;
        cc::AuditFilter f;
        QCOMPARE(cc::AuditLog::filter(entries, f).size(), 4);
        f.conference = u"board"_s;
        QCOMPARE(cc::AuditLog::filter(entries, f).size(), 2);
        f = {};
        f.from = entry(2).time;
        f.to = entry(3).time;
        QCOMPARE(cc::AuditLog::filter(entries, f).size(), 2);
        f = {};
        f.text = u"non-existant"_s;
        QCOMPARE(cc::AuditLog::filter(entries, f).size(), 1);
        f.text = u"josé"_s; // caller ids are searched too
        QCOMPARE(cc::AuditLog::filter(entries, f).size(), 4);
        f.text = u"nobody"_s;
        QCOMPARE(cc::AuditLog::filter(entries, f).size(), 0);
    }

    void csvQuotingAndFormulaGuard()
    {
        QCOMPARE(cc::AuditLog::csvCell(u"plain"_s), u"plain"_s);
        QCOMPARE(cc::AuditLog::csvCell(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(cc::AuditLog::csvCell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(cc::AuditLog::csvCell(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
        QCOMPARE(cc::AuditLog::csvCell(u"+1"_s), u"'+1"_s);
        QCOMPARE(cc::AuditLog::csvCell(u"-ERR no"_s), u"'-ERR no"_s);
        QCOMPARE(cc::AuditLog::csvCell(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(cc::AuditLog::csvCell(u"line1\nline2"_s), u"\"line1\nline2\""_s);

        cc::AuditEntry e = entry(5);
        e.targets = {cc::AuditTarget{5, u"=cmd|' /C calc'!A0"_s, u"+15551234"_s},
                     cc::AuditTarget{6, u"Smith, \"Jr\"\nII"_s, u"@x"_s}};
        e.answer = u"-ERR Conference sales not found\n"_s;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(cc::AuditLog::exportCsv({e, entry(6)}, &buffer));
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.endsWith(u"\r\n"_s));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).size(), 15);
        QCOMPARE(rows.at(1).size(), 15);
        QCOMPARE(rows.at(0).at(0), u"time"_s);
        QCOMPARE(rows.at(1).at(8), u"5 6"_s);
        QCOMPARE(rows.at(1).at(9), u"'=cmd|' /C calc'!A0; Smith, \"Jr\"\nII"_s);
        QCOMPARE(rows.at(1).at(10), u"'+15551234; @x"_s);
        QCOMPARE(rows.at(1).at(12), u"'-ERR Conference sales not found\n"_s);
        QCOMPARE(rows.at(2).at(6), u"kick&6"_s);
        for (const QStringList &row : rows) {
            for (const QString &cell : row)
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()), qPrintable(cell));
        }
        QBuffer closed;
        QVERIFY(!cc::AuditLog::exportCsv({e}, &closed)); // not open: refused, no crash
    }

    void exportsFilteredFromFiles()
    {
        QTemporaryDir dir;
        cc::AuditLog log(dir.filePath(u"audit.jsonl"_s));
        QVERIFY(log.append(entry(1)));
        QVERIFY(log.append(entry(2, u"board"_s)));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        cc::AuditFilter f;
        f.conference = u"board"_s;
        QVERIFY(log.exportCsv(&buffer, f));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data()));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(4), u"board"_s);
    }

    void resolvesTargets()
    {
        const cc::ConferenceSnapshot s = snapshot();
        QCOMPARE(ids(cc::AuditEntry::targetsFor(cc::ConferenceCommand::mute(u"all"_s), s)),
                 (QList<quint32>{3, 5, 9}));
        QCOMPARE(ids(cc::AuditEntry::targetsFor(cc::ConferenceCommand::mute(u"non_moderator"_s), s)),
                 (QList<quint32>{5, 9}));
        QCOMPARE(ids(cc::AuditEntry::targetsFor(cc::ConferenceCommand::kick(u"last"_s), s)),
                 (QList<quint32>{9}));
        QCOMPARE(ids(cc::AuditEntry::targetsFor(cc::ConferenceCommand::transfer(u"board"_s, {9, 3}), s)),
                 (QList<quint32>{3, 9}));
        // A member that left before the command keeps its id, without caller id.
        const auto gone = cc::AuditEntry::targetsFor(cc::ConferenceCommand::kick(u"42"_s), s);
        QCOMPARE(ids(gone), (QList<quint32>{42}));
        QVERIFY(gone.first().callerIdName.isEmpty());
        QVERIFY(cc::AuditEntry::targetsFor(cc::ConferenceCommand::lock(), s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAuditLog)
#include "tst_auditlog.moc"
