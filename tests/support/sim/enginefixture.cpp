// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BridgeEngine fixture: a fresh engine per test on injected clocks and UUIDs, event-header helpers.
#include "enginefixture.h"

#include "simsupport.h"

namespace testsupport {

QByteArray header(const Headers &h, QByteArrayView name)
{
    for (const auto &kv : h)
        if (kv.first == name)
            return kv.second;
    return {};
}

QByteArrayList actions(const QSignalSpy &spy)
{
    QByteArrayList out;
    for (const auto &args : spy)
        out.append(header(args.at(0).value<Headers>(), "Action"));
    return out;
}

void EngineFixture::resetEngine()
{
    qRegisterMetaType<Headers>("QList<QPair<QByteArray,QByteArray>>");
    m_engine = std::make_unique<sim::BridgeEngine>();
    sim::ActivityConfig off;
    off.enabled = false;
    m_engine->setActivity(off);
    m_engine->setRingDelayMs(20);
    m_now = 1'000'000;
    m_wall = 1714558500000;
    m_uuidCounter = 0;
    m_uuids.clear();
    m_engine->setClockForTesting([this] { return m_now; });
    m_engine->setWallClockForTesting([this] { return m_wall; });
    m_engine->setUuidGeneratorForTesting([this] {
        if (!m_uuids.isEmpty())
            return m_uuids.takeFirst();
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(++m_uuidCounter, 12, 10, QLatin1Char('0'));
    });
}

QByteArray EngineFixture::api(const QString &line)
{
    QByteArray result;
    bool called = false;
    m_engine->api(line, this, [&](const QByteArray &out) {
        result = out;
        called = true;
    });
    if (!called)
        return "<<deferred>>";
    return result;
}

quint32 EngineFixture::add(const QString &conf, const QString &name, const QString &number, bool moderator)
{
    sim::MemberSpec spec = caller(name, number);
    spec.moderator = moderator;
    return m_engine->addMember(conf, spec);
}

} // namespace testsupport
