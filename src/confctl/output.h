// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/model/participantcolumns.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace confctl {

/// Plain-text and JSON renderings of what confctl prints. Pure functions, so the layout can be
/// checked without a server.
namespace output {

QString duration(qint64 seconds); ///< "mm:ss" (minutes keep counting past 59)
QStringList memberFlags(const cc::MemberCell &member);
QString conferencesTable(const QList<cc::ConferenceInfo> &conferences);
QJsonObject conferencesJson(const QList<cc::ConferenceInfo> &conferences);
QString snapshotTable(const cc::ConferenceSnapshot &snapshot);
QJsonObject snapshotJson(const cc::ConferenceSnapshot &snapshot);
QString kindName(cc::ResponseKind kind);

} // namespace output
} // namespace confctl
