// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/memberactions.h"

#include "core/model/membername.h"
#include "core/model/participantmodel.h"
#include "gui/common/statusicons.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferencemeeting.h"
#include "gui/conference/conferenceview.h"
#include "gui/connection/serverconnection.h"
#include "gui/dialogs/leveldialog.h"
#include "gui/dialogs/prompts.h"

#include <QAction>
#include <QClipboard>
#include <QCursor>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QTableView>

#include <algorithm>
#include <memory>

namespace gui {

using cc::ConferenceCommand;

namespace {

using MakeCommand = ConferenceCommand (*)(const QString &);

} // namespace

MemberActions::MemberActions(ConferenceView *view)
    : QObject(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("memberActions"));
    buildKeyboardActions();
}

// --- keyboard actions on the selection --------------------------------------------------------

void MemberActions::buildKeyboardActions()
{
    ConferenceView *v = m_view;
    auto onSelection = [this](auto make) {
        return [this, make] { sendToMembers(m_view->selectedMemberIds(), make); };
    };

    auto *toggleMuteAction = v->makeAction(QStringLiteral("actionToggleMute"), tr("Toggle mute"));
    toggleMuteAction->setShortcut(QKeySequence(Qt::Key_M));
    connect(toggleMuteAction, &QAction::triggered, this, [this] { toggleMute(m_view->selectedMemberIds()); });
    auto *toggleDeafAction = v->makeAction(QStringLiteral("actionToggleDeaf"), tr("Toggle deaf"));
    toggleDeafAction->setShortcut(QKeySequence(Qt::Key_D));
    connect(toggleDeafAction, &QAction::triggered, this, [this] { toggleDeaf(m_view->selectedMemberIds()); });
    auto *kickSelected = v->makeAction(QStringLiteral("actionKickSelected"), tr("Kick selected…"));
    kickSelected->setShortcut(QKeySequence::Delete);
    connect(kickSelected, &QAction::triggered, this,
            [this] { kickMembers(m_view->selectedMemberIds(), false); });

    auto *energyUp = v->makeAction(QStringLiteral("actionEnergyUp"), tr("Energy up"));
    energyUp->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    connect(energyUp, &QAction::triggered, this,
            onSelection([](const QString &s) { return ConferenceCommand::energy(s, QStringLiteral("up")); }));
    auto *energyDown = v->makeAction(QStringLiteral("actionEnergyDown"), tr("Energy down"));
    energyDown->setShortcut(QKeySequence(Qt::Key_Minus));
    connect(energyDown, &QAction::triggered, this, onSelection([](const QString &s) {
                return ConferenceCommand::energy(s, QStringLiteral("down"));
            }));

    auto *find = v->makeAction(QStringLiteral("actionFind"), tr("Filter members"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_view->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_view->filterEdit()->selectAll();
    });
    // Speaking volume (volume_in: what the others hear of the member), one step per key.
    auto *volumeUp = v->makeAction(QStringLiteral("actionVolumeUp"), tr("Speaking volume up"));
    volumeUp->setShortcut(QKeySequence(Qt::Key_BracketRight));
    connect(volumeUp, &QAction::triggered, this, onSelection([](const QString &s) {
                return ConferenceCommand::volumeIn(s, QStringLiteral("up"));
            }));
    auto *volumeDown = v->makeAction(QStringLiteral("actionVolumeDown"), tr("Speaking volume down"));
    volumeDown->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    connect(volumeDown, &QAction::triggered, this, onSelection([](const QString &s) {
                return ConferenceCommand::volumeIn(s, QStringLiteral("down"));
            }));

    auto *talker = v->makeAction(QStringLiteral("actionJumpToTalker"), tr("Select the current talker"));
    talker->setShortcuts({QKeySequence(Qt::Key_T), QKeySequence(Qt::CTRL | Qt::Key_J)});
    connect(talker, &QAction::triggered, this, [this] {
        if (!m_view->selectCurrentTalker())
            emit statusMessage(tr("Nobody is talking in %1 right now.").arg(m_view->conference()), false);
    });
}

// --- sending to a selection -------------------------------------------------------------------

std::optional<QString> MemberActions::bulkSelector(const QList<quint32> &ids) const
{
    if (ids.size() < 2)
        return std::nullopt;
    const cc::ParticipantModel *model = m_view->model();
    QList<quint32> all = model->memberIds();
    QList<quint32> chosen = ids;
    std::sort(all.begin(), all.end());
    std::sort(chosen.begin(), chosen.end());
    if (chosen == all)
        return QStringLiteral("all");
    QList<quint32> nonModerators;
    bool anyModerator = false;
    for (const quint32 id : std::as_const(all)) {
        const auto p = model->participant(id);
        if (p && p->isModerator)
            anyModerator = true;
        else
            nonModerators << id;
    }
    if (anyModerator && chosen == nonModerators)
        return QStringLiteral("non_moderator");
    return std::nullopt;
}

void MemberActions::sendToMembers(const QList<quint32> &ids,
                                  const std::function<ConferenceCommand(const QString &)> &make)
{
    if (ids.isEmpty()) {
        emit statusMessage(tr("Select one or more members first."), true);
        return;
    }
    if (const auto selector = bulkSelector(ids)) {
        m_view->controller()->send(make(*selector));
        return;
    }
    for (const quint32 id : ids)
        m_view->controller()->send(make(QString::number(id)));
}

QString MemberActions::memberLabel(quint32 id) const
{
    const auto p = m_view->model()->participant(id);
    return p ? cc::memberLabel(*p) : cc::memberLabel(id);
}

QString MemberActions::membersLabel(const QList<quint32> &ids) const
{
    if (ids.size() == 1)
        return memberLabel(ids.first());
    return ConferenceView::memberCountText(int(ids.size()));
}

void MemberActions::transferMembers(const QString &target, const QList<quint32> &ids, TransferDone done)
{
    CommandController *controller = m_view->controller();
    constexpr qsizetype batchSize = ConferenceCommand::MaxTransferIds;
    const qsizetype batches = (ids.size() + batchSize - 1) / batchSize;
    // Each batch is its own command with its own answer (shown as it arrives); once all have
    // answered, the summary says how many made it and `done` learns which members moved.
    struct Tally
    {
        qsizetype answered = 0;
        qsizetype succeeded = 0;
        QList<quint32> moved;
        QList<quint32> failed;
    };
    const auto tally = std::make_shared<Tally>();
    const QPointer<MemberActions> self(this);
    const auto finished = [self, tally, batches, target, total = ids.size(), done] {
        if (tally->answered != batches)
            return;
        if (self && batches > 1)
            emit self->statusMessage(tr("Transfer of %1 members to %2: %3 of %4 batches succeeded")
                                         .arg(QString::number(total), target,
                                              QString::number(tally->succeeded), QString::number(batches)),
                                     tally->succeeded != batches);
        if (done)
            done(tally->moved, tally->failed);
    };
    for (qsizetype start = 0; start < ids.size(); start += batchSize) {
        const QList<quint32> batch = ids.mid(start, batchSize);
        const ConferenceCommand command = ConferenceCommand::transfer(target, batch);
        const bool sent =
            controller->send(command, [tally, batch, finished](const cc::CommandOutcome &outcome) {
                ++tally->answered;
                if (outcome.ok()) {
                    ++tally->succeeded;
                    tally->moved += batch;
                } else {
                    tally->failed += batch;
                }
                finished();
            });
        if (!sent) {
            ++tally->answered; // refused (and reported) without an answer to wait for
            tally->failed += batch;
            finished();
        }
    }
}

// --- dialogs behind the actions ---------------------------------------------------------------

void MemberActions::openLevelDialog(int kind, const QList<quint32> &ids)
{
    if (ids.isEmpty())
        return;
    const auto first = m_view->model()->participant(ids.first());
    const auto k = LevelDialog::Kind(kind);
    int current = 0;
    if (first) {
        current = k == LevelDialog::Kind::Energy     ? first->energy
                  : k == LevelDialog::Kind::VolumeIn ? first->volumeIn
                                                     : first->volumeOut;
    }
    auto *dialog = new LevelDialog(k, membersLabel(ids), current, m_view);
    connect(dialog, &LevelDialog::valueChosen, this, [this, k, ids](const QString &value) {
        sendToMembers(ids, [k, value](const QString &selector) {
            switch (k) {
            case LevelDialog::Kind::Energy:
                return ConferenceCommand::energy(selector, value);
            case LevelDialog::Kind::VolumeIn:
                return ConferenceCommand::volumeIn(selector, value);
            case LevelDialog::Kind::VolumeOut:
                break;
            }
            return ConferenceCommand::volumeOut(selector, value);
        });
    });
    dialog->open();
}

void MemberActions::toggleMute(const QList<quint32> &ids)
{
    if (ids.isEmpty())
        return;
    // Decide from the first member so a mixed selection ends up uniform.
    const auto first = m_view->model()->participant(ids.first());
    const MakeCommand make =
        (first && first->muted()) ? &ConferenceCommand::unmute : &ConferenceCommand::mute;
    sendToMembers(ids, make);
}

void MemberActions::toggleDeaf(const QList<quint32> &ids)
{
    if (ids.isEmpty())
        return;
    const auto first = m_view->model()->participant(ids.first());
    const MakeCommand make = (first && first->deaf()) ? &ConferenceCommand::undeaf : &ConferenceCommand::deaf;
    sendToMembers(ids, make);
}

void MemberActions::kickMembers(const QList<quint32> &ids, bool hangup)
{
    if (ids.isEmpty())
        return;
    const QString who = membersLabel(ids);
    if (hangup) {
        confirmAction(m_view, QStringLiteral("confirmHangup"), tr("Hang up"),
                      tr("Hang up %1? The call ends without the kicked sound.").arg(who), tr("Hang up"),
                      [this, ids] { sendToMembers(ids, &ConferenceCommand::hup); });
    } else {
        confirmAction(m_view, QStringLiteral("confirmKick"), tr("Kick"),
                      tr("Remove %1 from %2?").arg(who, m_view->conference()), tr("Kick"), [this, ids] {
                          sendToMembers(ids, [](const QString &s) { return ConferenceCommand::kick(s); });
                      });
    }
}

// --- context menu and relate ------------------------------------------------------------------

void MemberActions::showContextMenu(const QPoint &pos)
{
    QTableView *table = m_view->table();
    const QModelIndex index = table->indexAt(pos);
    if (index.isValid() && !table->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        table->selectionModel()->select(index,
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (QMenu *menu = createMemberMenu(m_view))
        menu->popup(table->viewport()->mapToGlobal(pos));
}

namespace {

QAction *addMenuAction(QMenu *target, QMenu *owner, const QString &name, const QString &text,
                       std::function<void()> slot)
{
    QAction *action = target->addAction(text);
    action->setObjectName(name);
    QObject::connect(action, &QAction::triggered, owner, std::move(slot));
    return action;
}

} // namespace

QMenu *MemberActions::createMemberMenu(QWidget *parent)
{
    // Capture ids now: a poll may reorder or remove rows while the menu is open.
    const QList<quint32> ids = m_view->selectedMemberIds();
    if (ids.isEmpty())
        return nullptr;
    const bool single = ids.size() == 1;
    const auto first = m_view->model()->participant(ids.first());

    auto *menu = new QMenu(parent ? parent : m_view);
    menu->setObjectName(QStringLiteral("memberMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addSection(membersLabel(ids));

    auto add = [menu](const QString &name, const QString &text, std::function<void()> slot) {
        return addMenuAction(menu, menu, name, text, std::move(slot));
    };
    auto each = [this, ids](MakeCommand make) { return [this, ids, make] { sendToMembers(ids, make); }; };

    QAction *mute = add(QStringLiteral("actionMemberMute"), tr("Mute"), each(&ConferenceCommand::mute));
    mute->setIcon(StatusIcons::icon(cc::Glyph::Muted));
    mute->setShortcut(QKeySequence(Qt::Key_M));
    QAction *unmute =
        add(QStringLiteral("actionMemberUnmute"), tr("Unmute"), each(&ConferenceCommand::unmute));
    QAction *deaf = add(QStringLiteral("actionMemberDeaf"), tr("Deaf"), each(&ConferenceCommand::deaf));
    deaf->setIcon(StatusIcons::icon(cc::Glyph::Deaf));
    deaf->setShortcut(QKeySequence(Qt::Key_D));
    QAction *undeaf =
        add(QStringLiteral("actionMemberUndeaf"), tr("Undeaf"), each(&ConferenceCommand::undeaf));
    menu->addSeparator();

    add(QStringLiteral("actionMemberEnergy"), tr("Energy…"),
        [this, ids] { openLevelDialog(int(LevelDialog::Kind::Energy), ids); });
    add(QStringLiteral("actionMemberVolumeIn"), tr("Volume in…"),
        [this, ids] { openLevelDialog(int(LevelDialog::Kind::VolumeIn), ids); });
    add(QStringLiteral("actionMemberVolumeOut"), tr("Volume out…"),
        [this, ids] { openLevelDialog(int(LevelDialog::Kind::VolumeOut), ids); });
    menu->addSeparator();

    addMediaItems(menu, ids);
    menu->addSeparator();
    addTransferMenu(menu, ids);
    addRelateMenu(menu, ids);
    menu->addSeparator();

    const bool holdsFloor = single && first && first->hasFloor;
    QAction *floor = add(QStringLiteral("actionMemberFloor"), tr("Give floor"), [this, ids, holdsFloor] {
        if (holdsFloor) // "Release floor": the toggle takes it back
            m_view->controller()->send(ConferenceCommand::floor(QString::number(ids.first())));
        else
            handFloorTo(ids.first());
    });
    floor->setIcon(StatusIcons::icon(cc::Glyph::Floor));
    floor->setEnabled(single);
    if (holdsFloor)
        floor->setText(tr("Release floor"));
    QAction *hold = add(QStringLiteral("actionMemberHold"), tr("Hold"),
                        each([](const QString &s) { return ConferenceCommand::hold(s); }));
    hold->setIcon(StatusIcons::icon(cc::Glyph::Hold));
    QAction *unhold =
        add(QStringLiteral("actionMemberUnhold"), tr("Unhold"), each(&ConferenceCommand::unhold));
    // The waiting room keeps members held and deafened: sending back and admitting do both.
    QAction *toWaiting = add(QStringLiteral("actionMemberToWaitingRoom"), tr("Send to Waiting Room"),
                             [this, ids] { m_view->meeting()->sendToWaitingRoom(ids); });
    QAction *admit =
        add(QStringLiteral("actionMemberAdmit"), tr("Admit"), [this, ids] { m_view->meeting()->admit(ids); });
    menu->addSeparator();

    // Each action is offered when it would change at least one selected member's state
    // (a muted member on hold can still be muted: hold masks the flags, §4.3).
    const auto anyMember = [this, &ids](bool (*changes)(const cc::Participant &)) {
        for (const quint32 id : ids) {
            const auto p = m_view->model()->participant(id);
            if (!p || changes(*p))
                return true; // unknown state: let the server decide
        }
        return false;
    };
    mute->setEnabled(anyMember([](const cc::Participant &p) { return !p.muted() || p.hold; }));
    unmute->setEnabled(anyMember([](const cc::Participant &p) { return p.muted(); }));
    deaf->setEnabled(anyMember([](const cc::Participant &p) { return !p.deaf() || p.hold; }));
    undeaf->setEnabled(anyMember([](const cc::Participant &p) { return p.deaf(); }));
    hold->setEnabled(anyMember([](const cc::Participant &p) { return !p.hold; }));
    unhold->setEnabled(anyMember([](const cc::Participant &p) { return p.hold; }));
    toWaiting->setEnabled(anyMember([](const cc::Participant &p) { return !p.hold; }));
    admit->setEnabled(anyMember([](const cc::Participant &p) { return p.hold; }));

    add(QStringLiteral("actionMemberKick"), tr("Kick…"), [this, ids] {
        kickMembers(ids, false);
    })->setShortcut(QKeySequence::Delete);
    add(QStringLiteral("actionMemberHangup"), tr("Hang up…"), [this, ids] { kickMembers(ids, true); });
    menu->addSeparator();

    add(QStringLiteral("actionCopyCallerId"), tr("Copy caller ID"),
        [this, ids] { copyToClipboard(ids, false); });
    add(QStringLiteral("actionCopyUuid"), tr("Copy UUID"), [this, ids] { copyToClipboard(ids, true); });
    return menu;
}

void MemberActions::addMediaItems(QMenu *menu, const QList<quint32> &ids)
{
    CommandController *controller = m_view->controller();
    addMenuAction(menu, menu, QStringLiteral("actionMemberDtmf"), tr("Send DTMF…"), [this, ids] {
        askForText(m_view, QStringLiteral("dtmfDialog"), tr("Send DTMF"),
                   tr("Digits to send to %1:").arg(membersLabel(ids)), QString(),
                   [this, ids](const QString &digits) {
                       sendToMembers(
                           ids, [digits](const QString &s) { return ConferenceCommand::dtmf(s, digits); });
                   });
    });
    addMenuAction(menu, menu, QStringLiteral("actionMemberSay"), tr("Say to member…"),
                  [this, controller, ids] {
                      askForText(m_view, QStringLiteral("sayMemberDialog"), tr("Say to member"),
                                 tr("Text to speak to %1:").arg(membersLabel(ids)), QString(),
                                 [controller, ids](const QString &text) {
                                     for (const quint32 id : ids)
                                         controller->send(ConferenceCommand::sayMember(id, text));
                                 });
                  });
    addMenuAction(menu, menu, QStringLiteral("actionMemberPlay"), tr("Play file to member…"),
                  [this, controller, ids] {
                      askForText(m_view, QStringLiteral("playMemberDialog"), tr("Play file to member"),
                                 tr("File to play to %1:").arg(membersLabel(ids)), QString(),
                                 [controller, ids](const QString &file) {
                                     // play accepts only one member id, never all/non_moderator
                                     // (freeswitch-conference.md §2).
                                     for (const quint32 id : ids)
                                         controller->send(ConferenceCommand::play(file, id));
                                 });
                  });
    addMenuAction(menu, menu, QStringLiteral("actionMemberStopPlay"), tr("Stop playback"), [controller, ids] {
        for (const quint32 id : ids)
            controller->send(ConferenceCommand::stop(QStringLiteral("all"), id));
    });
}

void MemberActions::addTransferMenu(QMenu *menu, const QList<quint32> &ids)
{
    // Transfer ▸ the server's other conferences.
    QMenu *transfer = menu->addMenu(tr("Transfer to conference"));
    transfer->setObjectName(QStringLiteral("menuTransfer"));
    int targets = 0;
    for (const QString &name : m_view->connection()->conferenceNames()) {
        if (name == m_view->conference())
            continue;
        ++targets;
        addMenuAction(transfer, menu, QStringLiteral("actionTransferTo_") + name, name,
                      [this, ids, name] { transferMembers(name, ids); });
    }
    if (targets == 0) {
        QAction *none = transfer->addAction(tr("No other conferences known"));
        none->setEnabled(false);
    }
    transfer->addSeparator();
    addMenuAction(transfer, menu, QStringLiteral("actionTransferByName"), tr("Other conference…"),
                  [this, ids] {
                      askForText(m_view, QStringLiteral("transferDialog"), tr("Transfer"),
                                 tr("Transfer %1 to conference:").arg(membersLabel(ids)), QString(),
                                 [this, ids](const QString &name) { transferMembers(name, ids); });
                  });
}

void MemberActions::addRelateMenu(QMenu *menu, const QList<quint32> &ids)
{
    // Relate ▸ each other member.
    QMenu *relate = menu->addMenu(StatusIcons::icon(cc::Glyph::Relation), tr("Relate"));
    relate->setObjectName(QStringLiteral("menuRelate"));
    int others = 0;
    for (const quint32 other : m_view->model()->memberIds()) {
        if (ids.contains(other))
            continue;
        ++others;
        const QString label = memberLabel(other);
        QMenu *sub = relate->addMenu(label);
        sub->setObjectName(QStringLiteral("menuRelate_%1").arg(other));
        const struct
        {
            const char *key;
            cc::RelateFlag flag;
            QString text;
        } choices[] = {
            {"nospeak", cc::RelateFlag::NoSpeak, tr("Cannot speak to %1 (nospeak)").arg(label)},
            {"nohear", cc::RelateFlag::NoHear, tr("Cannot hear %1 (nohear)").arg(label)},
            {"both", cc::RelateFlag::NoSpeakNoHear, tr("Neither speak to nor hear %1").arg(label)},
            {"clear", cc::RelateFlag::Clear, tr("Clear relation")},
        };
        for (const auto &choice : choices) {
            const cc::RelateFlag flag = choice.flag;
            addMenuAction(sub, menu,
                          QStringLiteral("actionRelate_%1_%2").arg(other).arg(QLatin1String(choice.key)),
                          choice.text, [this, ids, other, flag] {
                              m_view->controller()->send(ConferenceCommand::relate(ids, {other}, flag));
                          });
        }
    }
    if (others == 0) {
        QAction *none = relate->addAction(tr("No other members"));
        none->setEnabled(false);
    }
}

void MemberActions::copyToClipboard(const QList<quint32> &ids, bool uuids) const
{
    QStringList lines;
    for (const quint32 id : ids) {
        const auto p = m_view->model()->participant(id);
        if (!p)
            continue;
        if (uuids)
            lines << p->uuid;
        else if (p->callerIdNumber.isEmpty() || p->callerIdName.isEmpty())
            lines << cc::memberDisplayName(*p);
        else // the contact form mail and chat programs read: "Alice <1001>"
            lines << QStringLiteral("%1 <%2>").arg(p->callerIdName, p->callerIdNumber);
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

QMenu *MemberActions::createRelateMenu(const QList<quint32> &from, quint32 to, QWidget *parent)
{
    auto *menu = new QMenu(parent ? parent : m_view);
    menu->setObjectName(QStringLiteral("relateMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString a = membersLabel(from);
    const QString b = memberLabel(to);
    menu->addSection(tr("%1 → %2").arg(a, b));
    const struct
    {
        const char *name;
        cc::RelateFlag flag;
        QString text;
    } choices[] = {
        {"actionRelateNoSpeak", cc::RelateFlag::NoSpeak, tr("%1 cannot speak to %2 (nospeak)").arg(a, b)},
        {"actionRelateNoHear", cc::RelateFlag::NoHear, tr("%1 cannot hear %2 (nohear)").arg(a, b)},
        {"actionRelateBoth", cc::RelateFlag::NoSpeakNoHear, tr("Both (nospeak, nohear)")},
        {"actionRelateClear", cc::RelateFlag::Clear, tr("Clear relation")},
    };
    for (const auto &choice : choices) {
        const cc::RelateFlag flag = choice.flag;
        addMenuAction(menu, menu, QLatin1String(choice.name), choice.text, [this, from, to, flag] {
            m_view->controller()->send(ConferenceCommand::relate(from, {to}, flag));
        });
    }
    return menu;
}

void MemberActions::handFloorTo(quint32 id)
{
    quint32 holder = 0;
    for (const cc::Participant &p : m_view->model()->snapshot().members)
        if (p.hasFloor)
            holder = p.id;
    if (holder == id)
        return;
    CommandController *controller = m_view->controller();
    const QString target = QString::number(id);
    if (holder == 0) {
        controller->send(ConferenceCommand::floor(target));
        return;
    }
    const QPointer<CommandController> guard(controller);
    controller->send(ConferenceCommand::floor(QString::number(holder)),
                     [guard, target](const cc::CommandOutcome &outcome) {
                         if (guard && outcome.ok())
                             guard->send(ConferenceCommand::floor(target));
                     });
}

void MemberActions::offerRelate(const QList<quint32> &from, quint32 to)
{
    QMenu *menu = createRelateMenu(from, to, m_view);
    menu->popup(QCursor::pos());
    emit relateMenuShown(menu);
}

} // namespace gui
