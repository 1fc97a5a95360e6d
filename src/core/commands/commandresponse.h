// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/restclient.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace cc {

enum class ResponseKind { Success, FreeSwitchError, BackendFailure, HttpError, TransportFailure };

/// What one command exchange meant, for the moderator and for the log.
struct CommandOutcome
{
    ResponseKind kind = ResponseKind::TransportFailure;
    int httpStatus = 0;
    QString payload; ///< inner FreeSWITCH text (wrapper stripped)
    QString message; ///< plain words for a moderator (translated)
    QString raw;     ///< the body as received (lossy-decoded, truncated for display), for the log
    QString detail;  ///< server-supplied explanation (Jetty <title>/<pre>, 500 "error"/"type"), may be empty
    QByteArray method; ///< HTTP method of the final attempt (REST), empty over the event socket
    /// Why no HTTP answer arrived (TransportFailure from a REST exchange); None otherwise, also
    /// for failures of other transports, which explainFailure() reads as a network failure.
    TransportError transportError = TransportError::None;
    /// FreeSWITCH printed a command's usage text: the arguments were not accepted.
    bool argumentsRejected = false;

    bool ok() const { return kind == ResponseKind::Success; }
};

/// Classifies a command exchange (sipxconfig-conference-rest.md §3.6, §4.1, §8;
/// freeswitch-conference.md §1.1, §1.5). `commandName` refines the few cases that depend on the
/// command: the command word ("relate"), the REST segment ("record&duration") or the API
/// arguments ("mute last") are all accepted.
CommandOutcome classifyCommandResponse(const RestResult &result, const QString &commandName = {});

/// Classifies FreeSWITCH's own output of one `conference` API call, as it arrives over the event
/// socket (api/response body, freeswitch-conference.md §9.2) or inside the sipXconfig wrapper. Same
/// rules as classifyCommandResponse(), which uses it for the wrapper's inner text; `-ERR no reply`
/// (an empty output through ESL, §1.5) is judged per command.
CommandOutcome classifyFreeSwitchOutput(QByteArrayView output, const QString &commandName = {});

/// The bytes between the first `<command-response>` and the last `</command-response>`, or
/// nullopt when the body is not such a wrapper. Lets the poller feed xml_list bytes straight to
/// parseXmlList without a QString round trip.
std::optional<QByteArrayView> commandResponseInner(QByteArrayView body);

} // namespace cc
