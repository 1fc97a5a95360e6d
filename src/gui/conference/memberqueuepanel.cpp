// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/memberqueuepanel.h"

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
/// the name is bold when the bold role says so (a raised hand talking right now).
class QueueDelegate final : public QStyledItemDelegate
{
public:
    QueueDelegate(const MemberQueuePanel::Roles &roles, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_roles(roles)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear(); // the style draws background, selection and focus; we draw the text
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QString name = index.data(Qt::DisplayRole).toString();
        const QString waiting = index.data(m_roles.waitedText).toString();
        const bool bold = m_roles.bold >= 0 && index.data(m_roles.bold).toBool();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;

        painter->save();
        const QRect r = opt.rect.adjusted(6, 0, -6, 0);
        painter->setFont(opt.font);
        const int waitWidth = painter->fontMetrics().horizontalAdvance(waiting);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, waiting);

        QFont nameFont = opt.font;
        nameFont.setBold(bold);
        painter->setFont(nameFont);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QString text = MemberQueuePanel::tr("%1. %2").arg(index.row() + 1).arg(name);
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

private:
    MemberQueuePanel::Roles m_roles;
};

QPushButton *makeButton(QWidget *parent, const QString &objectName, const QString &text,
                        const QString &toolTip, const QString &accessible)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(toolTip);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false); // Enter in a dialog must not reach it by accident
    return b;
}

} // namespace

MemberQueuePanel::MemberQueuePanel(const QString &prefix, const Texts &texts, const Roles &roles,
                                   QWidget *parent)
    : QWidget(parent)
    , m_texts(texts)
    , m_roles(roles)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QListView(this))
    , m_primary(makeButton(this, texts.primaryObjectName, texts.primary, texts.primaryToolTip,
                           texts.primaryAccessible))
    , m_secondary(makeButton(this, texts.secondaryObjectName, texts.secondary, texts.secondaryToolTip,
                             texts.secondaryAccessible))
    , m_buttons(new QWidget(this))
    , m_tick(new QTimer(this))
{
    setObjectName(prefix + QStringLiteral("Panel"));
    setAccessibleName(texts.accessibleName);

    m_title->setObjectName(prefix + QStringLiteral("Title"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setToolTip(texts.titleToolTip);

    m_empty->setObjectName(prefix + QStringLiteral("Empty"));
    m_empty->setText(texts.empty);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(prefix + QStringLiteral("View"));
    m_view->setAccessibleName(texts.accessibleName);
    m_view->setItemDelegate(new QueueDelegate(roles, m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_view->installEventFilter(this);
    // Double click, not activated(): single-click activation styles would act on one click.
    connect(m_view, &QListView::doubleClicked, this, [this] { actOnCurrent(true); });
    connect(m_primary, &QPushButton::clicked, this, [this] { actOnCurrent(true); });
    connect(m_secondary, &QPushButton::clicked, this, [this] { actOnCurrent(false); });

    auto *buttonRow = new QHBoxLayout(m_buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addWidget(m_primary);
    buttonRow->addWidget(m_secondary);
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

MemberQueuePanel::~MemberQueuePanel() = default;

QPushButton *MemberQueuePanel::addButton(const QString &objectName, const QString &text,
                                         const QString &toolTip)
{
    auto *b = makeButton(m_buttons, objectName, text, toolTip, text);
    auto *row = static_cast<QHBoxLayout *>(m_buttons->layout());
    row->insertWidget(row->count() - 1, b); // before the stretch
    m_more << b;
    updateButtons();
    return b;
}

void MemberQueuePanel::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setModel(model);
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &MemberQueuePanel::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &MemberQueuePanel::updateState);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MemberQueuePanel::updateState);
        connect(model, &QObject::destroyed, this, &MemberQueuePanel::updateState, Qt::QueuedConnection);
    }
    // setModel() made a new selection model.
    if (QItemSelectionModel *selection = m_view->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, this, &MemberQueuePanel::updateButtons);
    updateState();
}

int MemberQueuePanel::count() const
{
    return m_model ? m_model->rowCount() : 0;
}

quint32 MemberQueuePanel::currentMemberId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model || !current.isValid())
        return 0;
    return current.data(m_roles.memberId).value<quint32>();
}

bool MemberQueuePanel::setCurrentMemberId(quint32 memberId)
{
    if (!m_model)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row, 0);
        if (i.data(m_roles.memberId).value<quint32>() == memberId) {
            m_view->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QList<quint32> MemberQueuePanel::memberIds() const
{
    QList<quint32> ids;
    for (int row = 0; row < count(); ++row)
        ids << m_model->index(row, 0).data(m_roles.memberId).value<quint32>();
    return ids;
}

void MemberQueuePanel::actOnCurrent(bool primary)
{
    const quint32 id = currentMemberId();
    if (!id)
        return;
    if (primary)
        primaryAction(id);
    else
        secondaryAction(id);
}

bool MemberQueuePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter and Delete belong to the list while it has the focus: the tab's own shortcuts (Delete
    // kicks the table's selection) must not take them first.
    if (watched == m_view && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ours = !(key->modifiers() & ~Qt::KeypadModifier) &&
                          (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                           key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace);
        if (ours) {
            event->accept();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            actOnCurrent(true);
            return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            actOnCurrent(false);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MemberQueuePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isEmpty())
        m_tick->start();
}

void MemberQueuePanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop();
}

void MemberQueuePanel::updateState()
{
    const int n = count();
    m_title->setText(m_texts.titleWithCount.arg(n));
    m_empty->setVisible(n == 0);
    m_view->setVisible(n > 0);
    m_buttons->setVisible(n > 0);
    if (n > 0) {
        const int rowHeight = std::max(m_view->sizeHintForRow(0), 1);
        m_view->setFixedHeight(std::min(n, kMaxVisibleRows) * rowHeight + 2 * m_view->frameWidth());
        // Keep a row current so Enter and Delete always have a target.
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        if (isVisible())
            m_tick->start();
    } else {
        m_tick->stop();
    }
    if (m_texts.listDescription)
        m_view->setAccessibleDescription(m_texts.listDescription(n));
    updateButtons();
    if (n != m_lastCount) {
        m_lastCount = n;
        emit queueSizeChanged(n);
    }
}

void MemberQueuePanel::updateButtons()
{
    const bool has = currentMemberId() != 0;
    m_primary->setEnabled(has);
    m_secondary->setEnabled(has);
    for (QPushButton *b : std::as_const(m_more))
        b->setEnabled(count() > 0);
}

} // namespace gui
