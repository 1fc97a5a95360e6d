// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cc {

/// The active/stale bookkeeping ConferencePoller and PushConferenceSource share (they emit the
/// same signals so a view can use either): update the flag, signal only on a change.
template <class Source> void updateActiveState(Source *source, bool &member, bool active)
{
    if (active == member)
        return;
    member = active;
    if (!active)
        emit source->conferenceInactive();
    emit source->activeChanged(active);
}

template <class Source> void updateStaleState(Source *source, bool &member, bool stale)
{
    if (stale == member)
        return;
    member = stale;
    emit source->staleChanged(stale);
}

} // namespace cc
