// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libFuzzer glue shared by the fuzz_*.cpp entry points (the properties live in harness.h).

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>

namespace fuzz {

// Parsers may legitimately warn on hostile input; an argument mismatch in QString::arg() is a bug
// in our message code, though, and qFatal always is.
inline void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || message.contains(QLatin1String("QString::arg"))) {
        std::fprintf(stderr, "Qt message: %s\n", qPrintable(message));
        __builtin_trap();
    }
}

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace fuzz

#define FUZZ_INIT                                                                                            \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                     \
    {                                                                                                        \
        qInstallMessageHandler(fuzz::messageHandler);                                                        \
        return 0;                                                                                            \
    }
