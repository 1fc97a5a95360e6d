// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/breakoutdialog.h"

#include "core/commands/conferencecommand.h"
#include "core/model/membername.h"
#include "gui/dialogs/prompts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString clock(qint64 seconds)
{
    const qint64 s = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

// --- MemberDropList --------------------------------------------------------------------------------

MemberDropList::MemberDropList(const QString &room, bool reportOnly, QWidget *parent)
    : QListWidget(parent)
    , m_room(room)
    , m_reportOnly(reportOnly)
{
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setMinimumWidth(150);
    setAccessibleDescription(
        reportOnly ? BreakoutDialog::tr("Drag a member onto another room to move them there.")
                   : BreakoutDialog::tr("Drag members between the lists to choose their room."));
}

QList<quint32> MemberDropList::memberIds() const
{
    QList<quint32> ids;
    for (int i = 0; i < count(); ++i)
        ids << item(i)->data(kIdRole).value<quint32>();
    return ids;
}

void MemberDropList::dropEvent(QDropEvent *event)
{
    auto *source = qobject_cast<MemberDropList *>(event->source());
    if (!source || source == this) {
        event->ignore();
        return;
    }
    if (!m_reportOnly) {
        QListWidget::dropEvent(event);
        return;
    }
    // While the rooms run the switch decides: report, and let the record redraw the lists.
    for (QListWidgetItem *item : source->selectedItems())
        emit memberDropped(item->data(kIdRole).value<quint32>(), m_room);
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
}

// --- BreakoutDialog ----------------------------------------------------------------------------------

BreakoutDialog::BreakoutDialog(cc::BreakoutSession *session, const BreakoutChoices &choices, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_choices(choices)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("breakoutDialog"));
    setWindowTitle(tr("Breakout Rooms — %1").arg(choices.origin));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    buildSetup();
    buildRunning();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    resize(760, 480);

    if (m_session) {
        connect(m_session, &cc::BreakoutSession::stateChanged, this, &BreakoutDialog::showState);
        connect(m_session, &cc::BreakoutSession::recordChanged, this, &BreakoutDialog::refreshRunning);
        connect(m_session, &cc::BreakoutSession::tick, this,
                [this](qint64 left) { m_countdown->setText(tr("The rooms close in %1.").arg(clock(left))); });
    }
    showState();
}

BreakoutDialog::~BreakoutDialog() = default;

void BreakoutDialog::setMembers(const QList<cc::Participant> &members)
{
    // Merged, never replaced: members in a room are no longer in the origin's list, and their
    // names are still wanted.
    for (const cc::Participant &p : members) {
        auto it = std::find_if(m_choices.members.begin(), m_choices.members.end(),
                               [&p](const cc::Participant &known) { return known.id == p.id; });
        if (it == m_choices.members.end())
            m_choices.members << p;
        else
            *it = p;
    }
    if (m_pages->currentIndex() == 1)
        refreshRunning();
}

QString BreakoutDialog::nameOf(quint32 id) const
{
    for (const cc::Participant &p : m_choices.members) {
        if (p.id == id)
            return cc::memberDisplayName(p);
    }
    return cc::memberLabel(id);
}

QListWidgetItem *BreakoutDialog::memberItem(quint32 id) const
{
    auto *item = new QListWidgetItem(nameOf(id));
    item->setData(kIdRole, QVariant::fromValue(id));
    for (const cc::Participant &p : m_choices.members) {
        if (p.id == id && !p.callerIdNumber.isEmpty())
            item->setToolTip(tr("%1 (%2)").arg(cc::memberDisplayName(p), p.callerIdNumber));
    }
    return item;
}

// --- setup ---------------------------------------------------------------------------------------------

void BreakoutDialog::buildSetup()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("breakoutSetupPage"));
    auto *layout = new QVBoxLayout(page);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Rooms:"), page));
    m_roomCount = new QSpinBox(page);
    m_roomCount->setObjectName(QStringLiteral("breakoutRoomCount"));
    m_roomCount->setRange(1, 20);
    m_roomCount->setValue(2);
    if (m_choices.roomsMustExist)
        m_roomCount->setMaximum(std::max<int>(1, int(m_choices.roomCandidates.size())));
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_roomCount);
    top->addWidget(m_roomCount);
    top->addSpacing(16);
    const int callers = int(std::count_if(m_choices.members.cbegin(), m_choices.members.cend(),
                                          [](const cc::Participant &p) { return !p.isModerator; }));
    m_everyone = new QRadioButton(tr("Everyone but the &moderators (%1)").arg(callers), page);
    m_everyone->setObjectName(QStringLiteral("breakoutEveryone"));
    m_selected = new QRadioButton(tr("The &selected members (%1)").arg(m_choices.selected.size()), page);
    m_selected->setObjectName(QStringLiteral("breakoutSelected"));
    m_selected->setEnabled(!m_choices.selected.isEmpty());
    (m_choices.selected.size() > 1 ? m_selected : m_everyone)->setChecked(true);
    auto *who = new QButtonGroup(page);
    who->addButton(m_everyone);
    who->addButton(m_selected);
    top->addWidget(m_everyone);
    top->addWidget(m_selected);
    top->addStretch(1);
    m_evenly = new QPushButton(tr("Split &evenly"), page);
    m_evenly->setObjectName(QStringLiteral("breakoutEvenly"));
    m_random = new QPushButton(tr("Split at r&andom"), page);
    m_random->setObjectName(QStringLiteral("breakoutRandomly"));
    top->addWidget(m_evenly);
    top->addWidget(m_random);
    layout->addLayout(top);

    auto *hint =
        new QLabel(tr("Drag members between the lists to choose their room. Moderators lose the moderator "
                      "flag in a room "
                      "(a transfer rejoins as a plain member), so they stay here unless you move them."),
                   page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    auto *columnsBox = new QWidget(page);
    m_columns = new QHBoxLayout(columnsBox);
    m_columns->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(columnsBox, 1);

    auto *form = new QFormLayout;
    m_minutes = new QSpinBox(page);
    m_minutes->setObjectName(QStringLiteral("breakoutMinutes"));
    m_minutes->setRange(0, 600);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("until I bring them back"));
    form->addRow(tr("Close the rooms &after:"), m_minutes);
    auto *warnRow = new QHBoxLayout;
    m_warningFile = new QLineEdit(m_session ? m_session->warningFile() : QString(), page);
    m_warningFile->setObjectName(QStringLiteral("breakoutWarningFile"));
    m_warningFile->setPlaceholderText(m_choices.roomsMustExist
                                          ? tr("a file name in the sound folder (no “/”)")
                                          : QStringLiteral("tone_stream://%(500,500,880);loops=3"));
    m_warningSeconds = new QSpinBox(page);
    m_warningSeconds->setObjectName(QStringLiteral("breakoutWarningSeconds"));
    m_warningSeconds->setRange(10, 3600);
    m_warningSeconds->setValue(m_session ? std::max(10, m_session->warningSeconds()) : 60);
    m_warningSeconds->setSuffix(tr(" s before the end"));
    warnRow->addWidget(m_warningFile, 1);
    warnRow->addWidget(m_warningSeconds);
    form->addRow(tr("&Warning:"), warnRow);
    layout->addLayout(form);
    if (m_choices.roomsMustExist) {
        auto *rest =
            new QLabel(tr("Over sipXconfig REST, rooms must be conferences you own: sipXconfig answers "
                          "“not found” or “not owner” for any other, so only yours are offered."),
                       page);
        rest->setWordWrap(true);
        rest->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(rest);
    }
    m_setupError = new QLabel(page);
    m_setupError->setObjectName(QStringLiteral("breakoutSetupError"));
    m_setupError->setWordWrap(true);
    m_setupError->hide();
    layout->addWidget(m_setupError);
    m_start = new QPushButton(tr("&Open the Rooms"), page);
    m_start->setObjectName(QStringLiteral("breakoutStart"));
    m_start->setDefault(true);
    auto *startRow = new QHBoxLayout;
    startRow->addStretch(1);
    startRow->addWidget(m_start);
    layout->addLayout(startRow);
    m_pages->addWidget(page);

    connect(m_roomCount, &QSpinBox::valueChanged, this, &BreakoutDialog::rebuildRoomColumns);
    connect(m_evenly, &QPushButton::clicked, this, [this] { distribute(cc::SplitMode::Evenly); });
    connect(m_random, &QPushButton::clicked, this, [this] { distribute(cc::SplitMode::Randomly); });
    connect(m_everyone, &QRadioButton::toggled, this, [this] { distribute(cc::SplitMode::Evenly); });
    connect(m_start, &QPushButton::clicked, this, &BreakoutDialog::start);
    rebuildRoomColumns();
    distribute(cc::SplitMode::Evenly);
}

QStringList BreakoutDialog::roomNames() const
{
    QStringList names;
    for (QWidget *editor : m_roomNameEditors) {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            names << line->text().trimmed();
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            names << combo->currentText();
    }
    return names;
}

void BreakoutDialog::rebuildRoomColumns()
{
    // Keep who is where; members of rooms that go away stay here.
    QList<QList<quint32>> kept;
    for (MemberDropList *list : std::as_const(m_setupLists))
        kept << list->memberIds();
    const QStringList oldNames = roomNames();
    while (QLayoutItem *item = m_columns->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_setupLists.clear();
    m_roomNameEditors.clear();

    const int rooms = m_roomCount->value();
    const QStringList defaults = cc::defaultRoomNames(m_choices.origin, rooms);
    auto column = [this](QWidget *header, MemberDropList *list) {
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(header);
        v->addWidget(list, 1);
        m_columns->addWidget(box, 1);
    };
    auto *stay = new MemberDropList(m_choices.origin, false);
    stay->setObjectName(QStringLiteral("breakoutStayList"));
    stay->setAccessibleName(tr("Staying in %1").arg(m_choices.origin));
    column(new QLabel(tr("<b>Staying in %1</b>").arg(m_choices.origin.toHtmlEscaped())), stay);
    m_setupLists << stay;
    for (int i = 0; i < rooms; ++i) {
        QWidget *editor = nullptr;
        if (m_choices.roomsMustExist) {
            auto *combo = new QComboBox;
            combo->addItems(m_choices.roomCandidates);
            combo->setCurrentIndex(std::min<int>(i, int(m_choices.roomCandidates.size()) - 1));
            if (i < oldNames.size() && m_choices.roomCandidates.contains(oldNames.at(i)))
                combo->setCurrentText(oldNames.at(i));
            editor = combo;
        } else {
            auto *line = new QLineEdit(i < oldNames.size() && !oldNames.at(i).isEmpty() ? oldNames.at(i)
                                                                                        : defaults.at(i));
            line->setAccessibleName(tr("Name of room %1").arg(i + 1));
            editor = line;
        }
        editor->setObjectName(QStringLiteral("breakoutRoomName%1").arg(i + 1));
        m_roomNameEditors << editor;
        auto *list = new MemberDropList(QString(), false);
        list->setObjectName(QStringLiteral("breakoutRoomList%1").arg(i + 1));
        list->setAccessibleName(tr("Room %1").arg(i + 1));
        column(editor, list);
        m_setupLists << list;
    }
    for (int i = 0; i < kept.size(); ++i) {
        MemberDropList *target = i < m_setupLists.size() ? m_setupLists.at(i) : m_setupLists.first();
        for (quint32 id : kept.at(i))
            target->addItem(memberItem(id));
    }
}

QList<quint32> BreakoutDialog::whoGoes() const
{
    if (m_selected->isChecked())
        return m_choices.selected;
    QList<quint32> ids;
    for (const cc::Participant &p : m_choices.members) {
        if (!p.isModerator)
            ids << p.id;
    }
    std::sort(ids.begin(), ids.end()); // join order
    return ids;
}

void BreakoutDialog::distribute(cc::SplitMode mode)
{
    if (m_setupLists.size() < 2)
        return;
    const QList<quint32> going = whoGoes();
    for (MemberDropList *list : std::as_const(m_setupLists))
        list->clear();
    for (const cc::Participant &p : m_choices.members) {
        if (!going.contains(p.id))
            m_setupLists.first()->addItem(memberItem(p.id));
    }
    const auto rooms = cc::splitIntoRooms(going, roomNames(), mode, m_seed++);
    for (int i = 0; i < rooms.size(); ++i) {
        for (quint32 id : rooms.at(i).memberIds)
            m_setupLists.at(i + 1)->addItem(memberItem(id));
    }
}

void BreakoutDialog::start()
{
    if (!m_session)
        return;
    const QStringList names = roomNames();
    QString error;
    QSet<QString> seen;
    for (const QString &name : names) {
        const cc::ConferenceCommand probe = cc::ConferenceCommand::transfer(name, {1});
        if (name.isEmpty())
            error = tr("Give every room a name.");
        else if (name == m_choices.origin)
            error = tr("A room cannot be %1 itself.").arg(m_choices.origin);
        else if (seen.contains(name))
            error = tr("Two rooms are called “%1”.").arg(name);
        else if (!probe.isValid())
            error = probe.error();
        seen.insert(name);
        if (!error.isEmpty())
            break;
    }
    cc::BreakoutRecord record;
    record.origin = m_choices.origin;
    for (int i = 0; error.isEmpty() && i < names.size(); ++i)
        record.rooms << cc::BreakoutRoom{names.at(i), m_setupLists.at(i + 1)->memberIds()};
    if (error.isEmpty() && record.allMemberIds().isEmpty())
        error = tr("Nobody would go to a room: drag members into the rooms, or split them.");
    const QString warning = m_warningFile->text().trimmed();
    if (error.isEmpty() && !warning.isEmpty()) {
        const cc::ConferenceCommand play = cc::ConferenceCommand::play(warning);
        if (!play.isValid())
            error = play.error();
        else if (m_choices.roomsMustExist && !play.restSegment())
            error = play.restError();
    }
    if (!error.isEmpty()) {
        m_setupError->setText(error);
        m_setupError->show();
        return;
    }
    m_setupError->hide();
    if (m_minutes->value() > 0)
        record.endsAtEpochSeconds = QDateTime::currentSecsSinceEpoch() + qint64(m_minutes->value()) * 60;
    m_session->setWarning(warning, m_warningSeconds->value());
    emit warningChosen(warning, m_warningSeconds->value());
    m_session->start(record);
}

// --- running -------------------------------------------------------------------------------------------

void BreakoutDialog::buildRunning()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("breakoutRunningPage"));
    auto *layout = new QVBoxLayout(page);
    m_countdown = new QLabel(page);
    m_countdown->setObjectName(QStringLiteral("breakoutCountdown"));
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);
    layout->addWidget(m_countdown);
    auto *hint =
        new QLabel(tr("Drag a member onto another room to move them there; double-click a room's name to "
                      "open its tab."),
                   page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto *columnsBox = new QWidget(page);
    m_runningColumns = new QHBoxLayout(columnsBox);
    m_runningColumns->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(columnsBox, 1);
    auto *buttons = new QHBoxLayout;
    m_broadcast = new QPushButton(tr("&Play to All Rooms…"), page);
    m_broadcast->setObjectName(QStringLiteral("breakoutBroadcast"));
    m_recall = new QPushButton(tr("&Bring Everyone Back"), page);
    m_recall->setObjectName(QStringLiteral("breakoutRecall"));
    buttons->addWidget(m_broadcast);
    buttons->addStretch(1);
    buttons->addWidget(m_recall);
    layout->addLayout(buttons);
    m_pages->addWidget(page);

    connect(m_recall, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->recall();
    });
    connect(m_broadcast, &QPushButton::clicked, this, [this] {
        askForText(this, QStringLiteral("breakoutBroadcastPrompt"), tr("Play to All Rooms"),
                   tr("File to play in every room:"), m_warningFile->text(), [this](const QString &file) {
                       if (m_session)
                           m_session->broadcast(file);
                   });
    });
}

void BreakoutDialog::refreshRunning()
{
    while (QLayoutItem *item = m_runningColumns->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_runningLists.clear();
    if (!m_session)
        return;
    const cc::BreakoutRecord record = m_session->record();
    for (int i = 0; i < record.rooms.size(); ++i) {
        const cc::BreakoutRoom &room = record.rooms.at(i);
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        auto *open = new QPushButton(room.name, box);
        open->setObjectName(QStringLiteral("breakoutOpenRoom%1").arg(i + 1));
        open->setFlat(true);
        open->setToolTip(tr("Open the tab of %1").arg(room.name));
        connect(open, &QPushButton::clicked, this,
                [this, name = room.name] { emit openRoomRequested(name); });
        v->addWidget(open);
        auto *list = new MemberDropList(room.name, true, box);
        list->setObjectName(QStringLiteral("breakoutRunningList%1").arg(i + 1));
        list->setAccessibleName(tr("Room %1").arg(room.name));
        for (quint32 id : room.memberIds)
            list->addItem(memberItem(id));
        connect(list, &MemberDropList::memberDropped, this, [this](quint32 id, const QString &to) {
            if (m_session)
                m_session->moveMember(id, to);
        });
        v->addWidget(list, 1);
        m_runningColumns->addWidget(box, 1);
        m_runningLists << list;
    }
}

void BreakoutDialog::showState()
{
    const auto state = m_session ? m_session->state() : cc::BreakoutSession::State::Idle;
    const bool running = state == cc::BreakoutSession::State::Starting ||
                         state == cc::BreakoutSession::State::Running ||
                         state == cc::BreakoutSession::State::Recalling;
    m_pages->setCurrentIndex(running ? 1 : 0);
    m_recall->setEnabled(state == cc::BreakoutSession::State::Running);
    m_broadcast->setEnabled(state == cc::BreakoutSession::State::Running);
    m_start->setEnabled(state == cc::BreakoutSession::State::Idle ||
                        state == cc::BreakoutSession::State::Finished);
    switch (state) {
    case cc::BreakoutSession::State::Starting:
        m_countdown->setText(tr("Opening the rooms…"));
        break;
    case cc::BreakoutSession::State::Recalling:
        m_countdown->setText(tr("Bringing everyone back…"));
        break;
    case cc::BreakoutSession::State::Running:
        if (const auto left = m_session->secondsLeft())
            m_countdown->setText(tr("The rooms close in %1.").arg(clock(*left)));
        else
            m_countdown->setText(tr("The rooms stay open until you bring everyone back."));
        break;
    default:
        break;
    }
    if (running)
        refreshRunning();
}

} // namespace gui
