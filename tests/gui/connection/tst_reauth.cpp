// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the desktop does when a server refuses the password (one non-modal prompt per server,
// no 401 loop, halted updates restart on the right password) or presents a certificate other
// than the pinned one (refused, the dialog says the pin changed).
#include "../guitestsupport.h"
#include "core/esl/eslclient.h"
#include "core/model/participantmodel.h"
#include "core/sources/conferencepoller.h"
#include "gui/window/mainwindow.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/certificatedialog.h"
#include "gui/connection/serverconnection.h"
#include "sim/simulator.h"

#include <QInputDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace gui;

class tst_Reauth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void wrongRestPasswordAsksOnceThenRecovers();
    void wrongEslPasswordCancelStaysHalted();
    void changedPinnedCertificateIsRefused();

private:
    QList<QInputDialog *> visiblePrompts() const;
    int requestsSince(int mark) const { return int(m_requests.size()) - mark; }

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<MainWindow> m_window;
    QList<QByteArray> m_requests;
};

void tst_Reauth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    sim::SimulatorOptions options;
    options.tls = true;
    options.eslPort = 0;
    options.activity.enabled = false;
    m_sim = std::make_unique<sim::Simulator>(options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    connect(m_sim.get(), &sim::Simulator::requestHandled, this,
            [this](const QByteArray &method, const QByteArray &target, int status) {
                m_requests << method + ' ' + target + ' ' + QByteArray::number(status);
            });
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void tst_Reauth::cleanupTestCase()
{
    m_window.reset();
    m_sim.reset();
}

QList<QInputDialog *> tst_Reauth::visiblePrompts() const
{
    QList<QInputDialog *> prompts;
    for (QInputDialog *dialog : m_window->findChildren<QInputDialog *>(QStringLiteral("passwordPrompt"))) {
        if (dialog->isVisible())
            prompts << dialog;
    }
    return prompts;
}

void tst_Reauth::wrongRestPasswordAsksOnceThenRecovers()
{
    ServerConnection *connection = m_window->addConnection(
        guitest::aliceProfile(*m_sim, QStringLiteral("rest-wrong"), 500), QStringLiteral("not-her-password"));
    ConferenceView *sales = m_window->openConference(connection, QStringLiteral("sales"));
    ConferenceView *support = m_window->openConference(connection, QStringLiteral("support"));
    QVERIFY(sales->poller() && support->poller());
    QSignalSpy salesHalted(sales->poller(), &cc::ConferencePoller::pollingHalted);
    QSignalSpy supportHalted(support->poller(), &cc::ConferencePoller::pollingHalted);
    QTRY_VERIFY_WITH_TIMEOUT(salesHalted.size() == 1 && supportHalted.size() == 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(connection->passwordRefused(), 10000);

    // One prompt for the server, not one per tab; it says why.
    QTRY_COMPARE_WITH_TIMEOUT(visiblePrompts().size(), 1, 5000);
    QInputDialog *prompt = visiblePrompts().first();
    QVERIFY(!prompt->isModal());
    QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
    QVERIFY2(prompt->labelText().contains(connection->lastError()), qPrintable(prompt->labelText()));

    // No 401 loop while the prompt waits: neither the pollers nor the list refresh retry.
    const int mark = int(m_requests.size());
    m_window->refreshConferenceLists();
    QTest::qWait(1500); // three poll intervals: a loop would show here
    QCOMPARE(requestsSince(mark), 0);
    QCOMPARE(sales->model()->rowCount(), 0);

    prompt->setTextValue(QStringLiteral("wonderland"));
    prompt->accept();
    QTRY_VERIFY_WITH_TIMEOUT(connection->hasConferenceList(), 10000);
    QVERIFY(!connection->passwordRefused());
    QTRY_COMPARE_WITH_TIMEOUT(sales->model()->rowCount(), 5, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(support->model()->rowCount() > 0 || support->poller()->pollCount() > 1, 10000);
    QVERIFY(support->poller()->isRunning());
    QVERIFY(visiblePrompts().isEmpty());
    m_window->closeConference(sales);
    m_window->closeConference(support);
}

void tst_Reauth::wrongEslPasswordCancelStaysHalted()
{
    ConnectionProfile esl;
    esl.name = QStringLiteral("esl-wrong");
    esl.transport = ConnectionProfile::Transport::EventSocket;
    esl.eslHost = QStringLiteral("127.0.0.1");
    esl.eslPort = m_sim->eslPort();
    ServerConnection *connection = m_window->addConnection(esl, QStringLiteral("NotClueCon"));
    ConferenceView *view = m_window->openConference(connection, QStringLiteral("sales"));
    QTRY_COMPARE_WITH_TIMEOUT(visiblePrompts().size(), 1, 10000);
    QCOMPARE(connection->eslClient()->state(), cc::EslClient::State::Halted);
    const int attempts = connection->eslClient()->connectAttempts();
    QInputDialog *prompt = visiblePrompts().first();
    QVERIFY(prompt->labelText().contains(QStringLiteral("ClueCon")));

    prompt->reject();
    QTRY_VERIFY_WITH_TIMEOUT(visiblePrompts().isEmpty(), 5000);
    m_window->refreshConferenceLists();
    QTest::qWait(300);
    // Halted, explained, and nothing retried or asked again.
    QCOMPARE(connection->eslClient()->state(), cc::EslClient::State::Halted);
    QCOMPARE(connection->eslClient()->connectAttempts(), attempts);
    QVERIFY(visiblePrompts().isEmpty());
    QVERIFY(!connection->lastError().isEmpty());
    QCOMPARE(view->model()->rowCount(), 0);

    // Connecting the profile again with the right password (File ▸ Connect) recovers.
    m_window->addConnection(esl, m_sim->options().eslPassword);
    QTRY_VERIFY_WITH_TIMEOUT(connection->eslClient()->isConnected(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5, 10000);
    QVERIFY(visiblePrompts().isEmpty());
    m_window->closeConference(view);
}

void tst_Reauth::changedPinnedCertificateIsRefused()
{
    // A second bridge generates its own certificate: same profile, different server.
    sim::SimulatorOptions options;
    options.tls = true;
    options.activity.enabled = false;
    sim::Simulator other(options);
    QString error;
    QVERIFY2(other.start(&error), qPrintable(error));
    QVERIFY(other.certificateSha256() != m_sim->certificateSha256());
    int otherRequests = 0;
    connect(&other, &sim::Simulator::requestHandled, this, [&otherRequests] { ++otherRequests; });

    ConnectionProfile profile;
    profile.name = QStringLiteral("pinned");
    profile.baseUrl = other.baseUrl();
    profile.user = QStringLiteral("alice");
    profile.pinnedSha256 = {m_sim->certificateSha256()}; // pinned to the first bridge
    ServerConnection *connection = m_window->addConnection(profile, QStringLiteral("wonderland"));
    ConferenceView *view = m_window->openConference(connection, QStringLiteral("sales"));
    CertificateDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<CertificateDialog *>()) != nullptr, 10000);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->pinnedCertificateChanged());
    QCOMPARE(dialog->sha256(), other.certificateSha256());
    auto *headline = dialog->findChild<QLabel *>(QStringLiteral("headlineLabel"));
    QVERIFY(headline);
    QVERIFY2(headline->text().contains(QStringLiteral("differs from the pinned")),
             qPrintable(headline->text()));

    // Refused: nothing reached the HTTP layer of the other bridge, no list, no members.
    QTRY_VERIFY_WITH_TIMEOUT(view->poller() && !view->poller()->isRunning(), 10000);
    QCOMPARE(otherRequests, 0);
    QVERIFY(!connection->hasConferenceList());
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!connection->profile().pinnedSha256.contains(other.certificateSha256()));
    dialog->reject();
    m_window->closeConference(view);
}

QTEST_MAIN(tst_Reauth)
#include "tst_reauth.moc"
