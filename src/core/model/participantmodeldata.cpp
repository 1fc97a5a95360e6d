// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipantModel: what the cells and headers show (display, tool tips, accessibility, sorting).
#include "core/model/participantmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace cc {

namespace {

QString signedNumber(int value)
{
    return value > 0 ? QLatin1Char('+') + QString::number(value) : QString::number(value);
}

} // namespace

QString formatDuration(qint64 seconds, bool padMinutes)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 sec = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(sec, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(m, padMinutes ? 2 : 0, 10, QLatin1Char('0'))
        .arg(sec, 2, 10, QLatin1Char('0'));
}

QString formatElapsed(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 sec = seconds % 60;
    // Units on every number: "21:05" in a "Joined" column read as a time of day.
    if (h > 0)
        return QCoreApplication::translate("cc::ParticipantModel", "%1h %2m", "elapsed hours and minutes")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return QCoreApplication::translate("cc::ParticipantModel", "%1m %2s", "elapsed minutes and seconds")
            .arg(m)
            .arg(sec, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("cc::ParticipantModel", "%1s", "elapsed seconds").arg(sec);
}

QString ParticipantModel::durationText(qint64 ms) const
{
    return formatDuration(ms / 1000);
}

QString ParticipantModel::timeOfDay(qint64 msSinceEpoch) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time(), QLocale::LongFormat);
}

QVariant ParticipantModel::displayData(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case IdColumn:
        return QString::number(p.id);
    case NameColumn:
        return p.callerIdName;
    case NumberColumn:
        return p.callerIdNumber;
    // Short words so the table reads without colour or icons.
    case TalkingColumn:
        return p.talking ? tr("talking") : (p.muteDetect ? tr("muted talk") : QString());
    case FloorColumn:
        return p.hasFloor ? tr("floor") : QString();
    case SpeakColumn:
        return p.muted() ? tr("muted") : QString();
    case HearColumn:
        return p.deaf() ? tr("deaf") : QString();
    case ModeratorColumn:
        return p.isModerator ? tr("mod") : QString();
    case HoldColumn:
        return p.hold ? tr("hold") : QString();
    case VideoColumn:
        return p.hasVideo ? tr("video") : QString();
    case EnergyColumn:
        return QString::number(p.energy);
    case VolumeInColumn:
        return signedNumber(p.volumeIn);
    case VolumeOutColumn:
        return signedNumber(p.volumeOut);
    case JoinedColumn:
        return formatElapsed((now() - row.joinedAtMs) / 1000);
    case LastTalkedColumn:
        if (p.talking)
            return tr("now");
        return row.lastTalkedAtMs ? tr("%1 ago").arg(formatElapsed((now() - *row.lastTalkedAtMs) / 1000))
                                  : tr("never");
    }
    return {};
}

QVariant ParticipantModel::toolTipData(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case IdColumn:
        return tr("Member id %1 (FreeSWITCH gives a new id on every join)").arg(p.id);
    case NameColumn: {
        QStringList lines;
        lines << (p.callerIdName.isEmpty() ? tr("No caller-ID name") : p.callerIdName);
        if (!p.callerIdNumber.isEmpty())
            lines << tr("Number: %1").arg(p.callerIdNumber);
        if (p.isGhost)
            lines << tr("Ghost member (not counted)");
        if (!p.uuid.isEmpty())
            lines << tr("Channel UUID: %1").arg(p.uuid);
        lines << relationDescriptions(p.id);
        return lines.join(QLatin1Char('\n'));
    }
    case NumberColumn:
        return p.channelName.isEmpty() ? p.callerIdNumber
                                       : tr("%1 on %2").arg(p.callerIdNumber, p.channelName);
    case TalkingColumn:
        if (p.talking)
            return tr("Talking now");
        return p.muteDetect ? tr("Talking while muted") : tr("Not talking");
    case FloorColumn:
        return p.hasFloor ? tr("Has the floor (the loudest speaker)") : tr("Does not have the floor");
    case SpeakColumn:
        if (p.hold)
            return tr("On hold");
        return p.canSpeak ? tr("Can speak") : tr("Muted: the others cannot hear this member");
    case HearColumn:
        if (p.hold)
            return tr("On hold");
        return p.canHear ? tr("Can hear") : tr("Deaf: this member hears nobody");
    case ModeratorColumn: {
        QStringList lines;
        lines << (p.isModerator ? tr("Moderator") : tr("Not a moderator"));
        if (p.endConference)
            lines << tr("The conference ends when this member leaves");
        if (p.mandatoryMemberEndConference)
            lines << tr("Mandatory member: the conference ends when this member leaves");
        return lines.join(QLatin1Char('\n'));
    }
    case HoldColumn:
        return p.hold ? tr("On hold: hears music, is not heard") : tr("Not on hold");
    case VideoColumn:
        if (!p.hasVideo)
            return tr("Audio only");
        return p.videoBridge ? tr("Sends video (video bridge)") : tr("Sends video");
    case EnergyColumn:
        return tr("Energy threshold %1: quieter audio is not mixed").arg(p.energy);
    case VolumeInColumn:
        return tr("Input volume %1 (range -4 to 4)").arg(signedNumber(p.volumeIn));
    case VolumeOutColumn:
        return tr("Output volume %1 (range -4 to 4)").arg(signedNumber(p.volumeOut));
    case JoinedColumn:
        return tr("Joined at %1, %2 ago")
            .arg(timeOfDay(row.joinedAtMs), durationText(now() - row.joinedAtMs));
    case LastTalkedColumn:
        if (!row.lastTalkedAtMs)
            return tr("Has not talked yet");
        return tr("Last talked at %1, %2 ago")
            .arg(timeOfDay(*row.lastTalkedAtMs), durationText(now() - *row.lastTalkedAtMs));
    }
    return {};
}

QVariant ParticipantModel::accessibleText(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case TalkingColumn:
        return p.talking ? tr("talking") : tr("not talking");
    case FloorColumn:
        return p.hasFloor ? tr("has the floor") : tr("no floor");
    case SpeakColumn:
        return p.muted() ? tr("muted") : (p.hold ? tr("on hold") : tr("can speak"));
    case HearColumn:
        return p.deaf() ? tr("deaf") : (p.hold ? tr("on hold") : tr("can hear"));
    case ModeratorColumn:
        return p.isModerator ? tr("moderator") : tr("not a moderator");
    case HoldColumn:
        return p.hold ? tr("on hold") : tr("not on hold");
    case VideoColumn:
        return p.hasVideo ? tr("video") : tr("audio only");
    default:
        return displayData(row, column);
    }
}

QVariant ParticipantModel::sortData(const Row &row, int column) const
{
    const Participant &p = row.participant;
    switch (column) {
    case IdColumn:
        return p.id;
    case NameColumn:
        return p.callerIdName;
    case NumberColumn:
        return p.callerIdNumber;
    case TalkingColumn:
        return p.talking;
    case FloorColumn:
        return p.hasFloor;
    case SpeakColumn:
        return !p.muted();
    case HearColumn:
        return !p.deaf();
    case ModeratorColumn:
        return p.isModerator;
    case HoldColumn:
        return p.hold;
    case VideoColumn:
        return p.hasVideo;
    case EnergyColumn:
        return p.energy;
    case VolumeInColumn:
        return p.volumeIn;
    case VolumeOutColumn:
        return p.volumeOut;
    case JoinedColumn:
        return row.joinedAtMs;
    case LastTalkedColumn:
        return row.lastTalkedAtMs.value_or(0); // never talked sorts as the oldest
    }
    return {};
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    // isValid() first: checkIndex() warns about invalid indexes, which views pass routinely.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const Participant &p = row.participant;

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::AccessibleTextRole:
        return accessibleText(row, column);
    case Qt::AccessibleDescriptionRole:
        return isFlagColumn(column) ? toolTipData(row, column) : QVariant();
    case Qt::CheckStateRole:
        // Read-only state for plain views; changes go through commands, never setData().
        switch (column) {
        case TalkingColumn:
            return p.talking ? Qt::Checked : Qt::Unchecked;
        case FloorColumn:
            return p.hasFloor ? Qt::Checked : Qt::Unchecked;
        case SpeakColumn:
            return p.canSpeak ? Qt::Checked : Qt::Unchecked;
        case HearColumn:
            return p.canHear ? Qt::Checked : Qt::Unchecked;
        case ModeratorColumn:
            return p.isModerator ? Qt::Checked : Qt::Unchecked;
        case HoldColumn:
            return p.hold ? Qt::Checked : Qt::Unchecked;
        case VideoColumn:
            return p.hasVideo ? Qt::Checked : Qt::Unchecked;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case NameColumn:
        case NumberColumn:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        case IdColumn:
        case EnergyColumn:
        case VolumeInColumn:
        case VolumeOutColumn:
        case JoinedColumn:
        case LastTalkedColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignCenter);
        }
    case MemberIdRole:
        return p.id;
    case SortRole:
        return sortData(row, column);
    case ParticipantRole:
        return QVariant::fromValue(participantNow(row));
    case StaleRole:
        return m_stale;
    case RelationsRole:
        return relationDescriptions(p.id);
    case JoinedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.joinedAtMs, Qt::UTC);
    case LastTalkedAtRole:
        return row.lastTalkedAtMs ? QDateTime::fromMSecsSinceEpoch(*row.lastTalkedAtMs, Qt::UTC)
                                  : QDateTime();
    }
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};

    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (section) {
        case IdColumn:
            return tr("ID");
        case NameColumn:
            return tr("Name");
        case NumberColumn:
            return tr("Number");
        case TalkingColumn:
            return tr("Talking");
        case FloorColumn:
            return tr("Floor");
        case SpeakColumn:
            return tr("Speak");
        case HearColumn:
            return tr("Hear");
        case ModeratorColumn:
            return tr("Moderator");
        case HoldColumn:
            return tr("Hold");
        case VideoColumn:
            return tr("Video");
        case EnergyColumn:
            return tr("Energy");
        case VolumeInColumn:
            return tr("Volume in");
        case VolumeOutColumn:
            return tr("Volume out");
        case JoinedColumn:
            return tr("In call");
        case LastTalkedColumn:
            return tr("Last talked");
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
        switch (section) {
        case IdColumn:
            return tr("FreeSWITCH member id; a caller who rejoins gets a new one");
        case NameColumn:
            return tr("Caller-ID name, and any relationships set with relate");
        case NumberColumn:
            return tr("Caller-ID number");
        case TalkingColumn:
            return tr("Marked while the member is talking");
        case FloorColumn:
            return tr("Marked for the member who has the floor (the current main speaker)");
        case SpeakColumn:
            return tr("\"muted\" when the others cannot hear this member");
        case HearColumn:
            return tr("\"deaf\" when this member cannot hear the conference");
        case ModeratorColumn:
            return tr("\"mod\" for conference moderators");
        case HoldColumn:
            return tr("\"hold\" while the member is on hold");
        case VideoColumn:
            return tr("\"video\" when the member sends video");
        case EnergyColumn:
            return tr("Energy threshold: audio quieter than this is not mixed");
        case VolumeInColumn:
            return tr("Gain applied to what the member says (-4 to 4)");
        case VolumeOutColumn:
            return tr("Gain applied to what the member hears (-4 to 4)");
        case JoinedColumn:
            return tr("Time in the conference");
        case LastTalkedColumn:
            return tr("Time since the member last talked");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    return {};
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled |
           Qt::ItemIsDropEnabled;
}

bool ParticipantModel::isFlagColumn(int column)
{
    switch (column) {
    case ParticipantModel::TalkingColumn:
    case ParticipantModel::FloorColumn:
    case ParticipantModel::SpeakColumn:
    case ParticipantModel::HearColumn:
    case ParticipantModel::ModeratorColumn:
    case ParticipantModel::HoldColumn:
    case ParticipantModel::VideoColumn:
        return true;
    default:
        return false;
    }
}

} // namespace cc
