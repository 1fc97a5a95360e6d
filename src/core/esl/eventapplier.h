// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/esl/eslframe.h"
#include "core/model/participant.h"

#include <QString>

namespace cc {

/// Applies `conference::maintenance` events (freeswitch-conference.md §8) of one conference to a
/// ConferenceSnapshot, so ParticipantModel::applySnapshot() stays the only way the model changes
/// (diff-driven). Member events carry the member's complete raw flags (§8.1), so each one
/// refreshes the whole member, masked by hold the way xml_list reports it (§3.1, §4.3).
/// Things events cannot tell (a member missed while disconnected, a new conference instance,
/// join times) are flagged with `resyncWanted`: the caller then re-reads `xml_list`.
class EventApplier final
{
public:
    struct Result
    {
        bool relevant = false;     ///< a maintenance event of this conference
        bool changed = false;      ///< the snapshot was modified
        bool resyncWanted = false; ///< the snapshot may be incomplete: re-read xml_list soon
        QString action;
    };

    explicit EventApplier(const QString &conference);

    QString conference() const { return m_conference; }
    Result apply(ConferenceSnapshot &snapshot, const EslEvent &event) const;

    static bool isMaintenanceEvent(const EslEvent &event);

private:
    static bool applyMemberData(Participant &p, const EslEvent &event);
    static Participant memberFromEvent(const EslEvent &event);

    QString m_conference;
};

} // namespace cc
