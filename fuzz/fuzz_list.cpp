// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry for fuzz::checkList (the properties are in harness.h).
#include "fuzzcommon.h"
#include "harness.h"

FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::checkList(fuzz::bytes(data, size));
    return 0;
}
