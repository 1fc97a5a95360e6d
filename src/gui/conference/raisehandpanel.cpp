// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/raisehandpanel.h"

#include "core/insights/raisehandqueue.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace gui {

namespace {

/// "1. Alice            waiting 0:42": position and name on the left, the wait on the right;
/// the name is bold while the member talks (muted) right now.
class RaiseHandDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear(); // the style draws background, selection and focus; we draw the text
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QString name = index.data(Qt::DisplayRole).toString();
        const QString waiting = index.data(cc::RaiseHandQueue::WaitingTextRole).toString();
        const bool talking = index.data(cc::RaiseHandQueue::TalkingNowRole).toBool();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;

        painter->save();
        const QRect r = opt.rect.adjusted(6, 0, -6, 0);
        QFont waitFont = opt.font;
        painter->setFont(waitFont);
        const int waitWidth = painter->fontMetrics().horizontalAdvance(waiting);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, waiting);

        QFont nameFont = opt.font;
        nameFont.setBold(talking);
        painter->setFont(nameFont);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QString text = RaiseHandPanel::tr("%1. %2").arg(index.row() + 1).arg(name);
        const QRect nameRect = r.adjusted(0, 0, -(waitWidth + 8), 0);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(text, Qt::ElideRight, nameRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        return QSize(200, QFontMetrics(bold).height() + 6);
    }
};

} // namespace

RaiseHandPanel::RaiseHandPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QListView(this))
    , m_giveFloor(new QPushButton(tr("&Give the floor"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_buttons(new QWidget(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("raiseHandPanel"));
    setAccessibleName(tr("Raised hands"));

    m_title->setObjectName(QStringLiteral("raiseHandTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setToolTip(tr("Muted members who tried to speak, in the order they did."));

    m_empty->setObjectName(QStringLiteral("raiseHandEmpty"));
    m_empty->setText(tr("Nobody is waiting to speak."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("raiseHandView"));
    m_view->setAccessibleName(tr("Raised hands"));
    m_view->setAccessibleDescription(
        tr("Members waiting to speak, first raised on top. Enter gives the floor, Delete dismisses."));
    m_view->setItemDelegate(new RaiseHandDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_view->installEventFilter(this);
    // Double click, not activated(): single-click activation styles would unmute on one click.
    connect(m_view, &QListView::doubleClicked, this, &RaiseHandPanel::giveFloorToCurrent);

    m_giveFloor->setObjectName(QStringLiteral("raiseHandGiveFloor"));
    m_giveFloor->setAccessibleName(tr("Give the floor"));
    m_giveFloor->setToolTip(tr("Unmute the selected member (Enter)."));
    m_giveFloor->setAutoDefault(false); // Enter in a dialog must not reach it by accident
    m_dismiss->setObjectName(QStringLiteral("raiseHandDismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Lower the selected hand without unmuting (Delete)."));
    m_dismiss->setAutoDefault(false);
    connect(m_giveFloor, &QPushButton::clicked, this, &RaiseHandPanel::giveFloorToCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &RaiseHandPanel::dismissCurrent);

    auto *buttonRow = new QHBoxLayout(m_buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addWidget(m_giveFloor);
    buttonRow->addWidget(m_dismiss);
    buttonRow->addStretch(1);

    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_empty, 1); // beside the title: the empty state costs no extra line

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(m_view);
    layout->addWidget(m_buttons);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFocusProxy(m_view);

    // "waiting 0:42" is computed when painted: repaint each second while someone waits.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));

    updateState();
}

RaiseHandPanel::~RaiseHandPanel() = default;

void RaiseHandPanel::setQueue(cc::RaiseHandQueue *queue)
{
    if (m_queue == queue)
        return;
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    m_view->setModel(queue);
    if (queue) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(queue, signal, this, &RaiseHandPanel::updateState);
        connect(queue, &QAbstractItemModel::modelReset, this, &RaiseHandPanel::updateState);
        connect(queue, &QAbstractItemModel::layoutChanged, this, &RaiseHandPanel::updateState);
        connect(queue, &QObject::destroyed, this, &RaiseHandPanel::updateState, Qt::QueuedConnection);
    }
    // setModel() made a new selection model.
    if (QItemSelectionModel *selection = m_view->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, this, &RaiseHandPanel::updateButtons);
    updateState();
}

int RaiseHandPanel::count() const
{
    return m_queue ? m_queue->rowCount() : 0;
}

quint32 RaiseHandPanel::currentMemberId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_queue || !current.isValid())
        return 0;
    return current.data(cc::RaiseHandQueue::MemberIdRole).value<quint32>();
}

bool RaiseHandPanel::setCurrentMemberId(quint32 memberId)
{
    if (!m_queue)
        return false;
    const int row = m_queue->position(memberId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_queue->index(row));
    return true;
}

void RaiseHandPanel::giveFloorToCurrent()
{
    if (const quint32 id = currentMemberId())
        emit giveFloorRequested(id);
}

void RaiseHandPanel::dismissCurrent()
{
    const quint32 id = currentMemberId();
    if (!id || !m_queue)
        return;
    if (m_queue->dismiss(id))
        emit dismissed(id);
}

bool RaiseHandPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            giveFloorToCurrent();
            return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            dismissCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RaiseHandPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isEmpty())
        m_tick->start();
}

void RaiseHandPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop();
}

void RaiseHandPanel::updateState()
{
    const int n = count();
    m_title->setText(tr("Raised hands (%1)").arg(n));
    m_empty->setVisible(n == 0);
    m_view->setVisible(n > 0);
    m_buttons->setVisible(n > 0);
    if (n > 0) {
        const int rowHeight = std::max(m_view->sizeHintForRow(0), 1);
        m_view->setFixedHeight(std::min(n, kMaxVisibleRows) * rowHeight + 2 * m_view->frameWidth());
        // Keep a row current so Enter and Delete always have a target.
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_queue->index(0));
        if (isVisible())
            m_tick->start();
    } else {
        m_tick->stop();
    }
    m_view->setAccessibleDescription(
        tr("%n member(s) waiting to speak. Enter gives the floor, Delete dismisses.", nullptr, n));
    updateButtons();
    if (n != m_lastCount) {
        m_lastCount = n;
        emit queueSizeChanged(n);
    }
}

void RaiseHandPanel::updateButtons()
{
    const bool has = currentMemberId() != 0;
    m_giveFloor->setEnabled(has);
    m_dismiss->setEnabled(has);
}

} // namespace gui
