// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConferenceSource: flag updates, back-off and the "not found" rule shared by both sources.
#include "core/sources/conferencesource.h"

#include <QRegularExpression>

#include <algorithm>

namespace cc {

ConferenceSource::ConferenceSource(const QString &conference, QObject *parent)
    : QObject(parent)
    , m_conference(conference)
{}

ConferenceSource::~ConferenceSource() = default;

void ConferenceSource::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active)
        emit conferenceInactive();
    emit activeChanged(active);
}

void ConferenceSource::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

void ConferenceSource::noteSuccess()
{
    resetBackoff();
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_sinceSuccess.start();
}

void ConferenceSource::noteFailure()
{
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(2 * m_backoffMs, kMaxBackoffMs);
}

bool ConferenceSource::isNotFoundText(const QString &text)
{
    // "-ERR Conference <name> not found" (no period) since 1.8; older builds lack "-ERR "
    // (freeswitch-conference.md §1.1, sipxconfig-conference-rest.md §3.6). "Conference command
    // 'x' not found." is a different error.
    static const QRegularExpression re(QStringLiteral("^(?:-ERR\\s+)?Conference (.+) not found\\.?$"));
    const auto m = re.match(text.trimmed());
    return m.hasMatch() && !m.captured(1).startsWith(QLatin1String("command '"));
}

} // namespace cc
