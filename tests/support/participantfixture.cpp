// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipantModel fixture: snapshot builders, spies on every view signal, a model on a fixed clock.
#include "participantfixture.h"

#include <QRegularExpression>
#include <QTest>

namespace testsupport {

cc::Participant member(quint32 id, const QString &name, qint64 joinSeconds)
{
    cc::Participant p;
    p.id = id;
    p.uuid = QStringLiteral("uuid-%1").arg(id);
    p.callerIdName = name;
    p.callerIdNumber = QString::number(1000 + id);
    p.joinTimeSeconds = joinSeconds;
    p.energy = 100;
    return p;
}

cc::ConferenceSnapshot conference(const QList<cc::Participant> &members, qint64 runTime)
{
    cc::ConferenceSnapshot s;
    s.name = QStringLiteral("sales");
    s.uuid = QStringLiteral("conf-uuid");
    s.rate = 8000;
    s.running = true;
    s.runTimeSeconds = runTime;
    s.memberCount = int(members.size());
    s.members = members;
    return s;
}

Spies::Spies(QAbstractItemModel *m)
    : reset(m, &QAbstractItemModel::modelReset)
    , inserted(m, &QAbstractItemModel::rowsInserted)
    , removed(m, &QAbstractItemModel::rowsRemoved)
    , changed(m, &QAbstractItemModel::dataChanged)
    , layout(m, &QAbstractItemModel::layoutChanged)
    , moved(m, &QAbstractItemModel::rowsMoved)
    , header(m, &QAbstractItemModel::headerDataChanged)
{}

int Spies::total() const
{
    return int(reset.size() + inserted.size() + removed.size() + changed.size() + layout.size() +
               moved.size() + header.size());
}

void Spies::clear()
{
    reset.clear();
    inserted.clear();
    removed.clear();
    changed.clear();
    layout.clear();
    moved.clear();
    header.clear();
}

QList<quint32> rowIds(const QAbstractItemModel &m)
{
    QList<quint32> ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.index(r, 0).data(cc::ParticipantModel::MemberIdRole).value<quint32>();
    return ids;
}

void ParticipantModelFixture::init()
{
    // Any warning (QAbstractItemModelTester, checkIndex, connect) is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_now = kT0;
    m_model = std::make_unique<cc::ParticipantModel>();
    m_model->setClock([this] { return m_now; });
    // Created before any mutation and alive for the whole test (qt-style.md §2.6).
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void ParticipantModelFixture::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

} // namespace testsupport
