// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading tests/data and the sipXconfig command wrapper.
#include "testdata.h"

#include <QFile>

namespace testsupport {

QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(CONF_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

QByteArray wrap(const QByteArray &inner)
{
    return "<command-response>" + inner + "</command-response>\n";
}

} // namespace testsupport
