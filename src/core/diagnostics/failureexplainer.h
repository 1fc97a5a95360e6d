// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/rest/restclient.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace cc {

/// A failed exchange explained for an administrator: what went wrong and what to look at,
/// in plain words (sipxconfig-conference-rest.md §1, §4, §5.1).
struct FailureExplanation
{
    enum class Cause {
        None, ///< the outcome was a success: nothing to explain
        WrongCredentials,
        NotOwner,
        ConferenceUnknown,
        WrongAddress,
        NoCommand,
        BadInvite,
        BadRequest,
        MethodNotAllowed,
        ConferenceNotActive,
        NotAcceptable,
        ServerError,
        BridgeUnreachable,    ///< 500 error.connect / FreeswitchApiConnectException
        ProxyTimeout,         ///< 502/503/504 from Apache
        RecordingServiceDown, ///< "ERROR: ..." body
        EmptyAnswer,
        CutOffAnswer,
        BridgeTimeout,   ///< <command-exception>
        MemberGone,      ///< Non-Existant ID
        ConferenceEmpty, ///< Conference X not found
        UnknownCommand,
        BadArguments,
        FreeSwitchError,
        TlsUntrusted,
        TlsPinMismatch,
        TlsExpired,
        TlsHostMismatch,
        Timeout,
        ConnectionRefused,
        HostNotFound,
        ResponseTooLarge,
        Network,
        Cancelled,
        Other,
    };

    Cause cause = Cause::None;
    QString title;             ///< a few words, for a heading
    QString whatHappened;      ///< one or two sentences
    QStringList whatToCheck;   ///< concrete steps, most likely first
    bool retryMayHelp = false; ///< true when the same request may succeed later unchanged

    bool isEmpty() const { return cause == Cause::None; }
};

/// Explains `outcome`. `result`, when given, adds what only the transport knows (TLS errors,
/// the peer certificate, the URL). `pinnedSha256` (lower-case hex) tells a changed pinned
/// certificate from a never-trusted one.
FailureExplanation explainFailure(const CommandOutcome &outcome, const RestResult *result = nullptr,
                                  const QSet<QString> &pinnedSha256 = {});

} // namespace cc
