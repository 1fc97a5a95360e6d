// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The test support's look-up of a built program (tests/support/testdata.h): the source folder
// src/confctl is executable as a folder, but it is not the program.
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class tst_BuiltProgram final : public QObject
{
    Q_OBJECT

private slots:
    void onlyAnExecutableFileIsTheProgram()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("tests")));
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("src/confctl"))); // a folder, as in the sources
        const QString tests = root.filePath(QStringLiteral("tests"));
        QCOMPARE(testsupport::builtProgram(QStringLiteral("confctl"), tests), QString());

        QVERIFY(QDir(root.filePath(QStringLiteral("src"))).rmdir(QStringLiteral("confctl")));
        QFile program(root.filePath(QStringLiteral("src/confctl")));
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.write("#!/bin/sh\n");
        program.close();
        QCOMPARE(testsupport::builtProgram(QStringLiteral("confctl"), tests), QString()); // not executable
        QVERIFY(program.setPermissions(program.permissions() | QFileDevice::ExeOwner));
        QCOMPARE(testsupport::builtProgram(QStringLiteral("confctl"), tests),
                 QFileInfo(program).absoluteFilePath());
    }
};

QTEST_MAIN(tst_BuiltProgram)
#include "tst_builtprogram.moc"
