// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipantModel fixture: snapshot builders, spies on every view signal, a model on a fixed clock.
#pragma once

#include "core/model/participantmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <memory>

namespace testsupport {

constexpr qint64 kT0 = 1'780'000'000'000; // a fixed "now" for the injected clock

cc::Participant member(quint32 id, const QString &name, qint64 joinSeconds = 60);
cc::ConferenceSnapshot conference(const QList<cc::Participant> &members, qint64 runTime = 300);

// Every model signal that a view reacts to.
struct Spies
{
    explicit Spies(QAbstractItemModel *m);
    int total() const;
    void clear();
    QSignalSpy reset, inserted, removed, changed, layout, moved, header;
};

/// The member ids of the rows, top to bottom.
QList<quint32> rowIds(const QAbstractItemModel &m);

/// A fresh model per test, its clock at kT0 + whatever the test adds to m_now.
/// QTest runs the slots below for every suite that derives from the fixture.
class ParticipantModelFixture : public QObject
{
    Q_OBJECT

private slots:
    /// Any warning fails the test; the tester lives as long as the model.
    void init();
    void cleanup();

protected:
    qint64 m_now = kT0;
    std::unique_ptr<cc::ParticipantModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace testsupport
