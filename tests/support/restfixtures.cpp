// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RestClient test helpers: a ServerConfig for a TestServer.
#include "restfixtures.h"

namespace testsupport {

cc::ServerConfig configFor(const TestServer &server, const QString &password, cc::MethodPolicy policy)
{
    cc::ServerConfig config;
    config.baseUrl = server.baseUrl();
    config.user = QStringLiteral("alice");
    config.password = password;
    config.methodPolicy = policy;
    config.timeoutMs = 10000;
    return config;
}

cc::ServerConfig getConfigFor(const TestServer &server, const QString &password)
{
    return configFor(server, password, cc::MethodPolicy::Get);
}

} // namespace testsupport
