// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading tests/data and the sipXconfig command wrapper.
#include "testdata.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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

QString builtProgram(const QString &name, const QString &binDir)
{
    const QString dir = binDir.isEmpty() ? QCoreApplication::applicationDirPath() : binDir;
    for (const QString &relative : {QStringLiteral("/../src/"), QStringLiteral("/../../src/")}) {
        const QFileInfo info(dir + relative + name);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace testsupport
