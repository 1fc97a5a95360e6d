// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The participant table's columns, one entry each. A new column derived from a Participant
// field is one enum value in participantmodel.h and one entry here (and its test).
#include "core/model/participantcolumns.h"

#include "core/model/membername.h"
#include "core/model/participantmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <array>

namespace cc {

namespace {

/// tr() with the model's context, so every column string keeps one translation context.
struct Columns
{
    Q_DECLARE_TR_FUNCTIONS(cc::ParticipantModel)
};

QString signedNumber(int value)
{
    return value > 0 ? QLatin1Char('+') + QString::number(value) : QString::number(value);
}

QString timeOfDay(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time(), QLocale::LongFormat);
}

QString since(const MemberCell &c, qint64 atMs)
{
    return formatDuration((c.nowMs - atMs) / 1000);
}

QString lines(const QStringList &list)
{
    return list.join(QLatin1Char('\n'));
}

constexpr Qt::Alignment kLeft = Qt::AlignLeft | Qt::AlignVCenter;
constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;
constexpr Qt::Alignment kCentre = Qt::AlignCenter;

/// A status column drawn as a glyph: `on` decides the glyph and the check state.
template <bool (*on)(const Participant &), Glyph picture> Glyph glyphWhen(const MemberCell &c)
{
    return on(c.member) ? picture : Glyph::None;
}

bool hasFloor(const Participant &p)
{
    return p.hasFloor;
}
bool isMuted(const Participant &p)
{
    return p.muted();
}
bool isDeaf(const Participant &p)
{
    return p.deaf();
}
bool isModerator(const Participant &p)
{
    return p.isModerator;
}
bool onHold(const Participant &p)
{
    return p.hold;
}
bool sendsVideo(const Participant &p)
{
    return p.hasVideo;
}

constexpr std::array<ParticipantColumn, ParticipantModel::ColumnCount> kColumns = {{
    {
        .column = ParticipantModel::IdColumn,
        .key = "id",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "ID"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel",
                                           "FreeSWITCH member id; a caller who rejoins gets a new one"),
        .width = ColumnWidth::FitContent,
        .minimumWidth = 44,
        .alignment = kRight,
        .ownTerminalColumn = true,
        .display = [](const MemberCell &c) { return QString::number(c.member.id); },
        .toolTip =
            [](const MemberCell &c) {
                return Columns::tr("Member id %1 (FreeSWITCH gives a new id on every join)").arg(c.member.id);
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.id); },
    },
    {
        .column = ParticipantModel::NameColumn,
        .key = "name",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Name"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel",
                                           "Caller-ID name, and any relationships set with relate"),
        .width = ColumnWidth::Stretch,
        .minimumWidth = 120,
        .alignment = kLeft,
        .ownTerminalColumn = true,
        .display = [](const MemberCell &c) { return memberDisplayName(c.member); },
        .toolTip =
            [](const MemberCell &c) {
                const Participant &p = c.member;
                QStringList tip;
                tip << (p.callerIdName.isEmpty() ? Columns::tr("No caller-ID name") : p.callerIdName);
                if (!p.callerIdNumber.isEmpty())
                    tip << Columns::tr("Number: %1").arg(p.callerIdNumber);
                if (p.isGhost)
                    tip << Columns::tr("Ghost member (not counted)");
                if (!p.uuid.isEmpty())
                    tip << Columns::tr("Channel UUID: %1").arg(p.uuid);
                tip << c.relations();
                return lines(tip);
            },
        .sortKey = [](const MemberCell &c) { return QVariant(memberDisplayName(c.member)); },
    },
    {
        .column = ParticipantModel::NumberColumn,
        .key = "number",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Number"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Caller-ID number"),
        .width = ColumnWidth::FitContent,
        .minimumWidth = 80,
        .alignment = kLeft,
        .ownTerminalColumn = true,
        .display = [](const MemberCell &c) { return c.member.callerIdNumber; },
        .toolTip =
            [](const MemberCell &c) {
                const Participant &p = c.member;
                return p.channelName.isEmpty() ? p.callerIdNumber
                                               : Columns::tr("%1 on %2").arg(p.callerIdNumber, p.channelName);
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.callerIdNumber); },
    },
    {
        .column = ParticipantModel::TalkingColumn,
        .key = "talking",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Talking"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Marked while the member is talking"),
        .kind = CellKind::Glyph,
        .width = ColumnWidth::Fixed,
        .minimumWidth = 32,
        .alignment = kCentre,
        .headerGlyph = Glyph::Talking,
        // Short words so the table reads without colour or icons.
        .display =
            [](const MemberCell &c) {
                if (c.member.wantsToSpeak())
                    return Columns::tr("wants to speak");
                return c.member.talking ? Columns::tr("talking") : QString();
            },
        .toolTip =
            [](const MemberCell &c) {
                if (c.member.wantsToSpeak())
                    return Columns::tr("Muted, but talking — wants to speak?");
                return c.member.talking ? Columns::tr("Talking now") : Columns::tr("Not talking");
            },
        .accessibleText =
            [](const MemberCell &c) {
                if (c.member.wantsToSpeak())
                    return Columns::tr("muted but talking, wants to speak");
                return c.member.talking ? Columns::tr("talking") : Columns::tr("not talking");
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.talking); },
        .glyph =
            [](const MemberCell &c) {
                if (c.member.wantsToSpeak())
                    return Glyph::RaisedHand; // muted yet talking: a raised hand, not the speaker glyph
                return c.member.talking ? Glyph::Talking : Glyph::None;
            },
        .checked = [](const MemberCell &c) { return c.member.talking; },
    },
    {
        .column = ParticipantModel::FloorColumn,
        .key = "floor",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Floor"),
        .headerToolTip = QT_TRANSLATE_NOOP(
            "cc::ParticipantModel", "Marked for the member who has the floor (the current main speaker)"),
        .kind = CellKind::Glyph,
        .width = ColumnWidth::Fixed,
        .minimumWidth = 32,
        .alignment = kCentre,
        .headerGlyph = Glyph::Floor,
        .display = [](const MemberCell &c) { return c.member.hasFloor ? Columns::tr("floor") : QString(); },
        .toolTip =
            [](const MemberCell &c) {
                return c.member.hasFloor ? Columns::tr("Has the floor (the loudest speaker)")
                                         : Columns::tr("Does not have the floor");
            },
        .accessibleText =
            [](const MemberCell &c) {
                return c.member.hasFloor ? Columns::tr("has the floor") : Columns::tr("no floor");
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.hasFloor); },
        .glyph = glyphWhen<hasFloor, Glyph::Floor>,
        .checked = [](const MemberCell &c) { return c.member.hasFloor; },
    },
    {
        .column = ParticipantModel::SpeakColumn,
        .key = "muted",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Speak"),
        .headerToolTip =
            QT_TRANSLATE_NOOP("cc::ParticipantModel", "\"muted\" when the others cannot hear this member"),
        .kind = CellKind::Glyph,
        .width = ColumnWidth::Fixed,
        .minimumWidth = 32,
        .alignment = kCentre,
        .headerGlyph = Glyph::Muted,
        .display = [](const MemberCell &c) { return c.member.muted() ? Columns::tr("muted") : QString(); },
        .toolTip =
            [](const MemberCell &c) {
                if (c.member.hold)
                    return Columns::tr("On hold");
                return c.member.canSpeak ? Columns::tr("Can speak")
                                         : Columns::tr("Muted: the others cannot hear this member");
            },
        .accessibleText =
            [](const MemberCell &c) {
                if (c.member.muted())
                    return Columns::tr("muted");
                return c.member.hold ? Columns::tr("on hold") : Columns::tr("can speak");
            },
        .sortKey = [](const MemberCell &c) { return QVariant(!c.member.muted()); },
        .glyph = glyphWhen<isMuted, Glyph::Muted>,
        .checked = [](const MemberCell &c) { return c.member.canSpeak; },
    },
    {
        .column = ParticipantModel::HearColumn,
        .key = "deaf",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Hear"),
        .headerToolTip =
            QT_TRANSLATE_NOOP("cc::ParticipantModel", "\"deaf\" when this member cannot hear the conference"),
        .kind = CellKind::Glyph,
        .width = ColumnWidth::Fixed,
        .minimumWidth = 32,
        .alignment = kCentre,
        .headerGlyph = Glyph::Deaf,
        .display = [](const MemberCell &c) { return c.member.deaf() ? Columns::tr("deaf") : QString(); },
        .toolTip =
            [](const MemberCell &c) {
                if (c.member.hold)
                    return Columns::tr("On hold");
                return c.member.canHear ? Columns::tr("Can hear")
                                        : Columns::tr("Deaf: this member hears nobody");
            },
        .accessibleText =
            [](const MemberCell &c) {
                if (c.member.deaf())
                    return Columns::tr("deaf");
                return c.member.hold ? Columns::tr("on hold") : Columns::tr("can hear");
            },
        .sortKey = [](const MemberCell &c) { return QVariant(!c.member.deaf()); },
        .glyph = glyphWhen<isDeaf, Glyph::Deaf>,
        .checked = [](const MemberCell &c) { return c.member.canHear; },
    },
    {
        .column = ParticipantModel::ModeratorColumn,
        .key = "moderator",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Moderator"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel", "\"mod\" for conference moderators"),
        .kind = CellKind::Glyph,
        .width = ColumnWidth::Fixed,
        .minimumWidth = 32,
        .alignment = kCentre,
        .headerGlyph = Glyph::Moderator,
        .display = [](const MemberCell &c) { return c.member.isModerator ? Columns::tr("mod") : QString(); },
        .toolTip =
            [](const MemberCell &c) {
                const Participant &p = c.member;
                QStringList tip;
                tip << (p.isModerator ? Columns::tr("Moderator") : Columns::tr("Not a moderator"));
                if (p.endConference)
                    tip << Columns::tr("The conference ends when this member leaves");
                if (p.mandatoryMemberEndConference)
                    tip << Columns::tr("Mandatory member: the conference ends when this member leaves");
                return lines(tip);
            },
        .accessibleText =
            [](const MemberCell &c) {
                return c.member.isModerator ? Columns::tr("moderator") : Columns::tr("not a moderator");
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.isModerator); },
        .glyph = glyphWhen<isModerator, Glyph::Moderator>,
        .checked = [](const MemberCell &c) { return c.member.isModerator; },
    },
    {
        .column = ParticipantModel::HoldColumn,
        .key = "hold",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Hold"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel", "\"hold\" while the member is on hold"),
        .kind = CellKind::Glyph,
        .width = ColumnWidth::Fixed,
        .minimumWidth = 32,
        .alignment = kCentre,
        .headerGlyph = Glyph::Hold,
        .display = [](const MemberCell &c) { return c.member.hold ? Columns::tr("hold") : QString(); },
        .toolTip =
            [](const MemberCell &c) {
                return c.member.hold ? Columns::tr("On hold: hears music, is not heard")
                                     : Columns::tr("Not on hold");
            },
        .accessibleText =
            [](const MemberCell &c) {
                return c.member.hold ? Columns::tr("on hold") : Columns::tr("not on hold");
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.hold); },
        .glyph = glyphWhen<onHold, Glyph::Hold>,
        .checked = [](const MemberCell &c) { return c.member.hold; },
    },
    {
        .column = ParticipantModel::VideoColumn,
        .key = "video",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Video"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel", "\"video\" when the member sends video"),
        .kind = CellKind::Glyph,
        .width = ColumnWidth::Fixed,
        .minimumWidth = 32,
        .alignment = kCentre,
        .headerGlyph = Glyph::Video,
        .display = [](const MemberCell &c) { return c.member.hasVideo ? Columns::tr("video") : QString(); },
        .toolTip =
            [](const MemberCell &c) {
                if (!c.member.hasVideo)
                    return Columns::tr("Audio only");
                return c.member.videoBridge ? Columns::tr("Sends video (video bridge)")
                                            : Columns::tr("Sends video");
            },
        .accessibleText =
            [](const MemberCell &c) {
                return c.member.hasVideo ? Columns::tr("video") : Columns::tr("audio only");
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.hasVideo); },
        .glyph = glyphWhen<sendsVideo, Glyph::Video>,
        .checked = [](const MemberCell &c) { return c.member.hasVideo; },
    },
    {
        .column = ParticipantModel::EnergyColumn,
        .key = "energy",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Energy"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel",
                                           "Energy threshold: audio quieter than this is not mixed"),
        .kind = CellKind::Level,
        .width = ColumnWidth::FitContent,
        .minimumWidth = 120,
        .alignment = kRight,
        .ownTerminalColumn = true,
        .display = [](const MemberCell &c) { return QString::number(c.member.energy); },
        .toolTip =
            [](const MemberCell &c) {
                return Columns::tr("Energy threshold %1: quieter audio is not mixed").arg(c.member.energy);
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.energy); },
    },
    {
        .column = ParticipantModel::VolumeInColumn,
        .key = "volumeIn",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Volume in"),
        .headerToolTip =
            QT_TRANSLATE_NOOP("cc::ParticipantModel", "Gain applied to what the member says (-4 to 4)"),
        .width = ColumnWidth::FitContent,
        .minimumWidth = 60,
        .alignment = kRight,
        .ownTerminalColumn = true,
        .display = [](const MemberCell &c) { return signedNumber(c.member.volumeIn); },
        .toolTip =
            [](const MemberCell &c) {
                return Columns::tr("Input volume %1 (range -4 to 4)").arg(signedNumber(c.member.volumeIn));
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.volumeIn); },
    },
    {
        .column = ParticipantModel::VolumeOutColumn,
        .key = "volumeOut",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Volume out"),
        .headerToolTip =
            QT_TRANSLATE_NOOP("cc::ParticipantModel", "Gain applied to what the member hears (-4 to 4)"),
        .width = ColumnWidth::FitContent,
        .minimumWidth = 60,
        .alignment = kRight,
        .ownTerminalColumn = true,
        .display = [](const MemberCell &c) { return signedNumber(c.member.volumeOut); },
        .toolTip =
            [](const MemberCell &c) {
                return Columns::tr("Output volume %1 (range -4 to 4)").arg(signedNumber(c.member.volumeOut));
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.member.volumeOut); },
    },
    {
        .column = ParticipantModel::JoinedColumn,
        .key = "inCall",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "In call"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Time in the conference"),
        .width = ColumnWidth::FitContent,
        .minimumWidth = 70,
        .alignment = kRight,
        .ownTerminalColumn = true,
        .display = [](const MemberCell &c) { return formatElapsed((c.nowMs - c.joinedAtMs) / 1000); },
        .toolTip =
            [](const MemberCell &c) {
                return Columns::tr("Joined at %1, %2 ago")
                    .arg(timeOfDay(c.joinedAtMs), since(c, c.joinedAtMs));
            },
        .sortKey = [](const MemberCell &c) { return QVariant(c.joinedAtMs); },
    },
    {
        .column = ParticipantModel::LastTalkedColumn,
        .key = "lastTalked",
        .header = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Last talked"),
        .headerToolTip = QT_TRANSLATE_NOOP("cc::ParticipantModel", "Time since the member last talked"),
        .width = ColumnWidth::FitContent,
        .minimumWidth = 80,
        .alignment = kRight,
        .display =
            [](const MemberCell &c) {
                if (c.member.talking)
                    return Columns::tr("now");
                return c.lastTalkedAtMs
                           ? Columns::tr("%1 ago").arg(formatElapsed((c.nowMs - *c.lastTalkedAtMs) / 1000))
                           : Columns::tr("never");
            },
        .toolTip =
            [](const MemberCell &c) {
                if (!c.lastTalkedAtMs)
                    return Columns::tr("Has not talked yet");
                return Columns::tr("Last talked at %1, %2 ago")
                    .arg(timeOfDay(*c.lastTalkedAtMs), since(c, *c.lastTalkedAtMs));
            },
        // Never talked sorts as the oldest.
        .sortKey = [](const MemberCell &c) { return QVariant(c.lastTalkedAtMs.value_or(0)); },
    },
}};

constexpr bool columnsInEnumOrder()
{
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (kColumns[i].column != int(i))
            return false;
    }
    return true;
}

} // namespace

MemberCell MemberCell::fromDurations(const Participant &member, qint64 nowMs)
{
    MemberCell cell{member};
    cell.nowMs = nowMs;
    cell.joinedAtMs = nowMs - member.joinTimeSeconds * 1000;
    if (member.lastTalkingSeconds)
        cell.lastTalkedAtMs = nowMs - *member.lastTalkingSeconds * 1000;
    return cell;
}

QStringList MemberCell::relations() const
{
    return model ? model->relationDescriptions(member.id) : QStringList();
}

QString ParticipantColumn::headerText() const
{
    return QCoreApplication::translate("cc::ParticipantModel", header);
}

QString ParticipantColumn::headerToolTipText() const
{
    return QCoreApplication::translate("cc::ParticipantModel", headerToolTip);
}

static_assert(columnsInEnumOrder(), "kColumns lists the columns in ParticipantModel::Column order");

std::span<const ParticipantColumn> participantColumns()
{
    return kColumns;
}

const ParticipantColumn &participantColumn(int column)
{
    if (column < 0 || column >= int(kColumns.size()))
        return kColumns.front();
    return kColumns[std::size_t(column)];
}

} // namespace cc
