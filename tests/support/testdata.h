// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading tests/data and the sipXconfig command wrapper, shared by the suites.
#pragma once

#include <QByteArray>
#include <QString>

namespace testsupport {

/// The bytes of tests/data/<relativePath>; a missing file stops the run (qFatal).
QByteArray readTestData(const QString &relativePath);

/// `inner` in sipXconfig's command wrapper, as the REST API answers
/// (sipxconfig-conference-rest.md §3.6).
QByteArray wrap(const QByteArray &inner);

/// One of the project's programs built beside the tests (<build>/src/<name>): its absolute
/// path when it is an executable file, else empty. A folder of the same name (src/confctl in
/// the source tree) is never taken for it.
/// `binDir` defaults to the test's own folder.
QString builtProgram(const QString &name, const QString &binDir = {});

} // namespace testsupport
