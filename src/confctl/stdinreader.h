// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace confctl {

/// Reads the first line of standard input without blocking the event loop (--password-stdin).
class StdinReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdinReader)

public:
    explicit StdinReader(QObject *parent = nullptr);

    void start();

signals:
    /// The first line without its line ending; `complete` is false when stdin could not be read.
    void lineRead(const QByteArray &line, bool complete);

private:
    void onReadable();
    void finish(bool complete);

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_done = false;
};

} // namespace confctl
