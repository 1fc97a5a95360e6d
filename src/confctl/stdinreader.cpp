// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stdinreader.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <unistd.h>

namespace confctl {

namespace {
constexpr qsizetype kMaxLine = 4096; // a password, not a file
}

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
{}

void StdinReader::start()
{
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::onReadable);
}

void StdinReader::onReadable()
{
    if (m_done)
        return;
    char chunk[512];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n < 0) {
        if (errno == EINTR || errno == EAGAIN)
            return;
        finish(false);
        return;
    }
    if (n == 0) { // end of input: a password without a trailing newline is fine
        finish(true);
        return;
    }
    m_buffer.append(chunk, n);
    if (m_buffer.contains('\n') || m_buffer.size() > kMaxLine)
        finish(true);
}

void StdinReader::finish(bool complete)
{
    m_done = true;
    m_notifier->setEnabled(false);
    QByteArray line = m_buffer.left(
        std::min(m_buffer.indexOf('\n') < 0 ? m_buffer.size() : m_buffer.indexOf('\n'), kMaxLine));
    if (line.endsWith('\r'))
        line.chop(1);
    m_buffer.fill('\0'); // do not keep the secret around longer than needed
    m_buffer.clear();
    emit lineRead(line, complete);
}

} // namespace confctl
