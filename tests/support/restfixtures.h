// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RestClient test helpers: a callback collector and a ServerConfig for a TestServer.
#pragma once

#include "core/rest/restclient.h"
#include "testserver.h"

#include <optional>

namespace testsupport {

/// Collects the callback result; tests wait on it with WAIT_RESULT.
struct Waiter
{
    std::optional<cc::RestResult> result;
    int calls = 0;
    cc::RestClient::Callback callback()
    {
        return [this](const cc::RestResult &r) {
            ++calls;
            result = r;
        };
    }
};

/// The raw path prefix of the command resource: "/sipxconfig/rest/my/conference/".
inline const QByteArray kConfPath = TestServer::basePath() + "/my/conference/";
/// A FreeSWITCH answer in sipXconfig's wrapper, what most scripted routes send back.
inline const QByteArray kOk = "<command-response>OK mute 1\n</command-response>\n";

/// A client configuration for `server` as alice (the examples' user) with `password`, a 10 s
/// timeout and the given method policy.
cc::ServerConfig configFor(const TestServer &server, const QString &password = QStringLiteral("wonderland"),
                           cc::MethodPolicy policy = cc::MethodPolicy::Auto);
/// The same with commands sent as GET, as upstream sipXconfig needs (sipxconfig-conference-rest.md §0).
cc::ServerConfig getConfigFor(const TestServer &server,
                              const QString &password = QStringLiteral("wonderland"));

} // namespace testsupport

#define WAIT_RESULT(w) QTRY_VERIFY_WITH_TIMEOUT((w).result.has_value(), 20000)
