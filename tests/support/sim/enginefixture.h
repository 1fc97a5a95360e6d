// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BridgeEngine fixture: a fresh engine per test on injected clocks and UUIDs, event-header helpers.
#pragma once

#include "sim/bridgeengine.h"

#include <QSignalSpy>

#include <memory>

namespace testsupport {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// The value of `name` in an event's headers (empty when absent).
QByteArray header(const Headers &h, QByteArrayView name);
/// The "Action" header of every conferenceEvent a spy caught, in order.
QByteArrayList actions(const QSignalSpy &spy);

/// QTest runs the slots below for every suite that derives from the fixture.
class EngineFixture : public QObject
{
    Q_OBJECT

private slots:
    void init() { resetEngine(); }
    void cleanup() { m_engine.reset(); }

protected:
    /// A new engine: activity off, 20 ms ring delay, clocks at their start values, UUIDs counted
    /// up from 00000000-0000-4000-8000-000000000001 unless m_uuids lists the next ones.
    void resetEngine();

    /// The output of an API line, or "<<deferred>>" when it does not answer at once.
    QByteArray api(const QString &line);
    quint32 add(const QString &conf, const QString &name, const QString &number, bool moderator = false);

    std::unique_ptr<sim::BridgeEngine> m_engine;
    qint64 m_now = 1'000'000;
    qint64 m_wall = 1714558500000;
    int m_uuidCounter = 0;
    QStringList m_uuids;
};

} // namespace testsupport
