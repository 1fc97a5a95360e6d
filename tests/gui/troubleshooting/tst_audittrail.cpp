// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail of the desktop: every command a conference view sends (REST and event socket,
// failures too) becomes one JSON line in the MainWindow's audit.jsonl, never with a password.
#include "../guitestsupport.h"
#include "core/diagnostics/auditlog.h"
#include "core/model/participantmodel.h"
#include "gui/window/mainwindow.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/serverconnection.h"
#include "sim/simulator.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace gui;

namespace {
const QString kRestPassword = QStringLiteral("wonderland");
const QString kEslPassword = QStringLiteral("S3cretSock");
} // namespace

class tst_AuditTrail final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void restContextMenuCommandIsAudited();
    void failedCommandIsAudited();
    void eventSocketCommandIsAudited();

private:
    QList<QJsonObject> lines() const;
    static quint32 idOf(ConferenceView *view, const QString &name);
    static QByteArray fileBytes(const QString &path);

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<MainWindow> m_window;
};

void tst_AuditTrail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // audit.jsonl and profiles in a test location
    sim::SimulatorOptions options;
    options.tls = true;
    options.eslPort = 0;
    options.eslPassword = kEslPassword;
    options.activity.enabled = false;
    options.ringDelayMs = 10;
    m_sim = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->auditLog());
    QVERIFY(m_window->auditLog()->path().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QFile::remove(m_window->auditLog()->path());
    QFile::remove(m_window->auditLog()->rotatedPath());
    m_window->show();
}

void tst_AuditTrail::cleanupTestCase()
{
    m_window.reset();
    m_sim.reset();
}

QByteArray tst_AuditTrail::fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<QJsonObject> tst_AuditTrail::lines() const
{
    QList<QJsonObject> result;
    const QList<QByteArray> raw = fileBytes(m_window->auditLog()->path()).split('\n');
    for (const QByteArray &line : raw) {
        if (!line.trimmed().isEmpty())
            result << QJsonDocument::fromJson(line).object();
    }
    return result;
}

quint32 tst_AuditTrail::idOf(ConferenceView *view, const QString &name)
{
    for (const quint32 id : view->model()->memberIds()) {
        if (view->model()->participant(id)->callerIdName == name)
            return id;
    }
    return 0;
}

void tst_AuditTrail::restContextMenuCommandIsAudited()
{
    ServerConnection *connection = m_window->addConnection(
        guitest::aliceProfile(*m_sim, QStringLiteral("pbx-rest"), 500), kRestPassword);
    ConferenceView *view = m_window->openConference(connection, QStringLiteral("sales"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 10000);
    const quint32 jose = idOf(view, QStringLiteral("José Álvarez"));
    QVERIFY(jose != 0);
    const QString number = view->model()->participant(jose)->callerIdNumber;

    view->selectMembers({jose});
    std::unique_ptr<QMenu> menu(view->createMemberMenu());
    auto *mute = menu->findChild<QAction *>(QStringLiteral("actionMemberMute"));
    QVERIFY(mute && mute->isEnabled());
    QSignalSpy finished(view->controller(), &CommandController::commandFinished);
    QVERIFY(lines().isEmpty());
    mute->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

    const QList<QJsonObject> entries = lines();
    QCOMPARE(entries.size(), 1);
    const QJsonObject e = entries.first();
    QCOMPARE(e.value(u"profile").toString(), QStringLiteral("pbx-rest"));
    QCOMPARE(e.value(u"server").toString(), m_sim->baseUrl().toString());
    QCOMPARE(e.value(u"user").toString(), QStringLiteral("alice"));
    QCOMPARE(e.value(u"conference").toString(), QStringLiteral("sales"));
    QCOMPARE(e.value(u"command").toString(), QStringLiteral("mute"));
    QCOMPARE(e.value(u"request").toString(), QStringLiteral("mute&%1").arg(jose));
    QVERIFY(e.value(u"method").toString() == u"PUT" || e.value(u"method").toString() == u"GET");
    QCOMPARE(e.value(u"outcome").toString(), QStringLiteral("success"));
    QVERIFY2(e.value(u"answer").toString().contains(QStringLiteral("+OK mute %1").arg(jose)),
             qPrintable(e.value(u"answer").toString()));
    QCOMPARE(e.value(u"status").toInt(), 200);
    QVERIFY(e.value(u"latencyMs").toInteger(-1) >= 0);
    const QJsonArray targets = e.value(u"targets").toArray();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().toObject().value(u"id").toInteger(), qint64(jose));
    QCOMPARE(targets.first().toObject().value(u"name").toString(), QStringLiteral("José Álvarez"));
    QCOMPARE(targets.first().toObject().value(u"number").toString(), number);
    QVERIFY(!fileBytes(m_window->auditLog()->path()).contains(kRestPassword.toUtf8()));
}

void tst_AuditTrail::failedCommandIsAudited()
{
    ConferenceView *view = m_window->conferenceViews().first();
    const int before = lines().size();
    QSignalSpy finished(view->controller(), &CommandController::commandFinished);
    // A member that does not exist: FreeSWITCH answers with an error, which is audited too.
    QVERIFY(view->controller()->send(cc::ConferenceCommand::mute(QStringLiteral("9999"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto outcome = finished.first().at(1).value<cc::CommandOutcome>();
    QVERIFY(!outcome.ok());
    const QList<QJsonObject> entries = lines();
    QCOMPARE(entries.size(), before + 1);
    QCOMPARE(entries.last().value(u"request").toString(), QStringLiteral("mute&9999"));
    QCOMPARE(entries.last().value(u"outcome").toString(), cc::outcomeKindName(outcome.kind));
    QVERIFY(entries.last().value(u"outcome").toString() != u"success");
    // Nobody had that id when it left: the target is the bare id, without a caller ID.
    const QJsonArray targets = entries.last().value(u"targets").toArray();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.first().toObject().value(u"id").toInteger(), 9999);
    QVERIFY(targets.first().toObject().value(u"name").toString().isEmpty());
}

void tst_AuditTrail::eventSocketCommandIsAudited()
{
    ConnectionProfile esl;
    esl.name = QStringLiteral("pbx-esl");
    esl.transport = ConnectionProfile::Transport::EventSocket;
    esl.eslHost = QStringLiteral("127.0.0.1");
    esl.eslPort = m_sim->eslPort();
    ServerConnection *connection = m_window->addConnection(esl, kEslPassword);
    ConferenceView *view = m_window->openConference(connection, QStringLiteral("sales"));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 10000);
    const quint32 priya = idOf(view, QStringLiteral("Priya Raman"));
    QVERIFY(priya != 0);
    const int before = lines().size();

    view->selectMembers({priya});
    std::unique_ptr<QMenu> menu(view->createMemberMenu());
    auto *deaf = menu->findChild<QAction *>(QStringLiteral("actionMemberDeaf"));
    QVERIFY(deaf && deaf->isEnabled());
    QSignalSpy finished(view->controller(), &CommandController::commandFinished);
    deaf->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

    const QList<QJsonObject> entries = lines();
    QCOMPARE(entries.size(), before + 1);
    const QJsonObject e = entries.last();
    QCOMPARE(e.value(u"profile").toString(), QStringLiteral("pbx-esl"));
    QCOMPARE(e.value(u"server").toString(), QStringLiteral("esl://127.0.0.1:%1").arg(m_sim->eslPort()));
    QCOMPARE(e.value(u"command").toString(), QStringLiteral("deaf"));
    QCOMPARE(e.value(u"request").toString(), QStringLiteral("conference sales deaf %1").arg(priya));
    QCOMPARE(e.value(u"method").toString(), QStringLiteral("api"));
    QCOMPARE(e.value(u"outcome").toString(), QStringLiteral("success"));
    QCOMPARE(e.value(u"status").toInt(), 0);
    QCOMPARE(e.value(u"targets").toArray().first().toObject().value(u"name").toString(),
             QStringLiteral("Priya Raman"));
    QVERIFY(!fileBytes(m_window->auditLog()->path()).contains(kEslPassword.toUtf8()));
}

QTEST_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
