// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Argument checks of cc::ConferenceCommand, one per argument kind (internal to confcore).
// Messages use the translation context "cc::ConferenceCommand".

#include "core/commands/commandtable.h"
#include "core/commands/commandtext.h"

#include <QString>
#include <QStringList>

namespace cc::command {

/// The word sent for a relate flag (§7.1).
QString relateFlagWord(RelateFlag flag);

/// Checks a member selector, appending its normal form to `out`. `command` names the command in
/// the message. Returns the error text, empty when the selector is valid.
QString checkSelector(Selector kind, const QString &selector, const QString &command, QStringList &out);
/// The checks of the argument kinds (kRules in commandtable.cpp): `in` holds the inputs of the kind;
/// the tokens to send are appended to `out`. Each returns the error text, empty when they are valid.
QString checkEnergyLevel(const QStringList &in, QStringList &out);
QString checkVolumeLevel(const QStringList &in, QStringList &out);
QString checkDtmfDigits(const QStringList &in, QStringList &out);
QString checkSpeechText(const QStringList &in, QStringList &out);
QString checkListener(const QStringList &in, QStringList &out);
QString checkSoundFile(const QStringList &in, QStringList &out);
QString checkPlayTarget(const QStringList &in, QStringList &out);
QString checkStopMode(const QStringList &in, QStringList &out);
QString checkMemberId(const QStringList &in, QStringList &out);
QString checkConferenceName(const QStringList &in, QStringList &out);
QString checkTransferIds(const QStringList &in, QStringList &out);
QString checkRelation(const QStringList &in, QStringList &out);
QString checkKeyword(const QStringList &in, QStringList &out);
QString checkIdsOrAll(const QStringList &in, QStringList &out);
QString checkPin(const QStringList &in, QStringList &out);
QString checkDelimiter(const QStringList &in, QStringList &out);
QString checkRecordFile(const QStringList &in, QStringList &out);
QString checkRecordingOrAll(const QStringList &in, QStringList &out);
QString checkRecordingFile(const QStringList &in, QStringList &out);
QString checkDialRequest(const QStringList &in, QStringList &out);
QString checkInviteTarget(const QStringList &in, QStringList &out);
QString checkImId(const QStringList &in, QStringList &out);
QString checkGetParameter(const QStringList &in, QStringList &out);
QString checkSetParameter(const QStringList &in, QStringList &out);
QString checkSetValue(const QStringList &in, QStringList &out);
QString checkOptionalFile(const QStringList &in, QStringList &out);
QString checkVariableName(const QStringList &in, QStringList &out);
QString checkVariableValue(const QStringList &in, QStringList &out);

} // namespace cc::command
