// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace confctl {

/// Turns SIGINT/SIGTERM into a Qt signal through a self-pipe: the handler only write()s one byte,
/// the event loop does the rest (async-signal-safe).
class SigintWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigintWatcher)

public:
    explicit SigintWatcher(QObject *parent = nullptr);
    ~SigintWatcher() override;

    bool isInstalled() const { return m_notifier != nullptr; }

signals:
    void interrupted();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace confctl
