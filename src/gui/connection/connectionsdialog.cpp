// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/connectionsdialog.h"

#include "gui/common/tableviews.h"
#include "gui/connection/connectionlistmodel.h"
#include "gui/connection/connectionmanager.h"
#include "gui/connection/profilestore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gui {

ConnectionsDialog::ConnectionsDialog(ConnectionManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_model(new ConnectionListModel(manager, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));
    setModal(false);

    auto *intro = new QLabel(
        tr("Saved servers and the ones open now. Passwords stay in the system keychain, or are asked "
           "for again when there is none."),
        this);
    intro->setWordWrap(true);

    m_table->setModel(m_model);
    setUpRecordTable(m_table, QStringLiteral("connectionsTable"), tr("Connections"),
                     {.stretchColumn = ConnectionListModel::StateColumn,
                      .fitToContents = true,
                      .selection = QAbstractItemView::SingleSelection});
    m_table->setAccessibleDescription(tr("Enter connects, Delete removes"));

    const auto button = [this](const QString &objectName, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        return b;
    };
    m_connect = button(QStringLiteral("connectionsConnect"), tr("&Connect"));
    m_disconnect = button(QStringLiteral("connectionsDisconnect"), tr("&Disconnect"));
    m_edit = button(QStringLiteral("connectionsEdit"), tr("&Edit…"));
    m_duplicate = button(QStringLiteral("connectionsDuplicate"), tr("D&uplicate…"));
    m_remove = button(QStringLiteral("connectionsRemove"), tr("&Remove…"));
    QPushButton *create = button(QStringLiteral("connectionsNew"), tr("&New…"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {create, m_connect, m_disconnect, m_edit, m_duplicate, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(close);
    resize(760, 340);

    connect(create, &QPushButton::clicked, manager, &ConnectionManager::showConnectionDialog);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionsDialog::connectCurrent);
    connect(m_table, &QAbstractItemView::activated, this, &ConnectionsDialog::connectCurrent);
    connect(m_disconnect, &QPushButton::clicked, this,
            [this] { m_manager->disconnectFrom(m_manager->connectionFor(currentName())); });
    connect(m_edit, &QPushButton::clicked, this, [this] { m_manager->editProfile(currentName()); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { m_manager->duplicateProfile(currentName()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_manager->removeProfile(currentName()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectionsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConnectionsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectionsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConnectionsDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

QString ConnectionsDialog::currentName() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->nameAt(current.row()) : QString();
}

void ConnectionsDialog::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
}

void ConnectionsDialog::connectCurrent()
{
    const QString name = currentName();
    if (!name.isEmpty() && m_manager->profiles()->contains(name))
        m_manager->connectProfile(name);
}

void ConnectionsDialog::updateButtons()
{
    const QString name = currentName();
    const bool open = !name.isEmpty() && m_manager->connectionFor(name);
    const bool saved = !name.isEmpty() && m_manager->profiles()->contains(name);
    m_connect->setEnabled(saved && !open);
    m_disconnect->setEnabled(open);
    m_edit->setEnabled(saved || open);
    m_duplicate->setEnabled(saved || open);
    m_remove->setEnabled(saved);
}

} // namespace gui
