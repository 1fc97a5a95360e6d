// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared setup for the ConferenceView suites (tst_conferenceview*.cpp): the in-process bridge
// simulator over real loopback HTTPS, one ServerConnection per suite and a fresh ConferenceView
// on "sales" per test. Every request the simulator handles is recorded, so a test can check an
// action by the request the simulator saw and by the state the next poll shows.
#pragma once

#include "../guitestsupport.h"
#include "core/model/participantmodel.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/serverconnection.h"
#include "sim/bridgeengine.h"
#include "sim/simulator.h"

#include <QApplication>
#include <QList>
#include <QMenu>
#include <QTest>

#include <memory>

namespace conferencetest {

/// The base of each suite: QTest runs these lifecycle slots for every suite derived from it
/// (tests/CMakeLists.txt gives the header to AUTOMOC with the suite).
class ConferenceViewFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { startSimulator(); }
    void init() { openView(); }
    void cleanup() { closeView(); }
    void cleanupTestCase() { stopSimulator(); }

protected:
    /// initTestCase: start the simulator and connect to it.
    void startSimulator()
    {
        guitest::installEnglish();
        qRegisterMetaType<QMenu *>();
        sim::SimulatorOptions options;
        options.tls = true;
        options.activity.enabled = false; // deterministic: nobody talks, joins or leaves
        options.ringDelayMs = 10;
        m_sim = std::make_unique<sim::Simulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        QObject::connect(m_sim.get(), &sim::Simulator::requestHandled, m_sim.get(),
                         [this](const QByteArray &method, const QByteArray &target, int) {
                             m_requests << method + ' ' + target;
                         });

        m_connection = std::make_unique<gui::ServerConnection>(
            guitest::aliceProfile(*m_sim, QStringLiteral("test"), 500), QStringLiteral("wonderland"));
        m_connection->refreshConferences();
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->hasConferenceList(), 10000);
    }

    /// init: a fresh view on "sales" with the scenario's five members, request log cleared.
    void openView()
    {
        m_view = std::make_unique<gui::ConferenceView>(m_connection.get(), QStringLiteral("sales"));
        m_view->resize(1200, 600);
        m_view->show();
        m_view->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), 5, 10000);
        m_requests.clear();
    }

    /// cleanup. Each test puts the conference back the way the scenario defined it for the next.
    void closeView() { m_view.reset(); }

    /// cleanupTestCase.
    void stopSimulator()
    {
        m_connection.reset();
        m_sim.reset();
    }

    quint32 idOf(const QString &name) const
    {
        const cc::ParticipantModel *model = m_view->model();
        for (const quint32 id : model->memberIds()) {
            if (model->participant(id)->callerIdName == name)
                return id;
        }
        return 0;
    }

    QByteArray target(const QString &segment) const
    {
        return "/sipxconfig/rest/my/conference/sales/" + segment.toUtf8();
    }

    /// Whether the simulator saw a request for "…/conference/sales/<segment>" since init().
    bool sawRequest(const QByteArray &segment) const
    {
        const QByteArray wanted = target(QString::fromUtf8(segment));
        for (const QByteArray &request : m_requests) {
            if (request.endsWith(QByteArray(' ' + wanted)))
                return true;
        }
        return false;
    }

    /// An API line straight to the simulator's switch (what another moderator or a caller does).
    QByteArray switchApi(const QString &line)
    {
        QByteArray out;
        bool done = false;
        m_sim->engine()->api(line, m_view.get(), [&](const QByteArray &bytes) {
            out = bytes;
            done = true;
        });
        // What arrived is checked after the wait.
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        return out;
    }

    template <class T> T *findTopLevel(const QString &objectName) const
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == objectName && widget->isVisible())
                if (auto *typed = qobject_cast<T *>(widget))
                    return typed;
        }
        return m_view->findChild<T *>(objectName);
    }

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<gui::ServerConnection> m_connection;
    std::unique_ptr<gui::ConferenceView> m_view;
    QList<QByteArray> m_requests; ///< "METHOD target"
};

} // namespace conferencetest
