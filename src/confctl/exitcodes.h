// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace confctl {

/// Process exit codes of confctl (also listed in --help). Scripts rely on them: keep them stable.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,          ///< bad command line or a command that failed validation
    ExitAuthentication = 3, ///< wrong user name or password (HTTP 401)
    ExitNotFound = 4,       ///< HTTP 404/406, "Conference X not found", "Non-Existant ID"
    ExitForbidden = 5,      ///< HTTP 403: not the owner of the conference
    ExitServer = 6,         ///< 5xx, ERROR:, empty body, command-exception, -ERR from FreeSWITCH
    ExitNetwork = 7,        ///< connection, TLS (untrusted certificate) or timeout
};

} // namespace confctl
