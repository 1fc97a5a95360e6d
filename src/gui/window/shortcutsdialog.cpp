// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gui {

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries()
{
    const QString table = tr("Member table");
    const QString window = tr("Window");
    // Keep in step with MemberActions::buildKeyboardActions, ConferenceToolbar and ui/mainwindow.ui
    // (tst_accessibility).
    return {
        {{QKeySequence(Qt::Key_M)}, tr("Mute or unmute the selected members"), table},
        {{QKeySequence(Qt::Key_D)}, tr("Deaf or undeaf the selected members"), table},
        {{QKeySequence(QKeySequence::Delete)}, tr("Kick the selected members (asks first)"), table},
        {{QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}, tr("Energy threshold up"), table},
        {{QKeySequence(Qt::Key_Minus)}, tr("Energy threshold down"), table},
        {{QKeySequence(Qt::Key_BracketRight)}, tr("Speaking volume up"), table},
        {{QKeySequence(Qt::Key_BracketLeft)}, tr("Speaking volume down"), table},
        {{QKeySequence(Qt::Key_T), QKeySequence(Qt::CTRL | Qt::Key_J)},
         tr("Select the member who is talking now"),
         table},
        {{QKeySequence(QKeySequence::Find)}, tr("Filter members by name or number"), table},
        {{QKeySequence(Qt::Key_F5)}, tr("Refresh the conference now"), table},
        {{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, tr("Dial out into the conference"), table},
        {{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, tr("Attendance report of the conference"), table},
        {{QKeySequence(Qt::CTRL | Qt::Key_N)}, tr("Connect to a server"), window},
        {{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, tr("Saved and open connections"), window},
        {{QKeySequence(Qt::CTRL | Qt::Key_O)}, tr("Open a conference by name"), window},
        {{QKeySequence(Qt::CTRL | Qt::Key_R)}, tr("Refresh the conference lists"), window},
        {{QKeySequence(Qt::CTRL | Qt::Key_W)}, tr("Close the conference tab"), window},
        {{QKeySequence(QKeySequence::Undo)},
         tr("Undo moving members to another conference (while offered)"),
         window},
        {{QKeySequence(Qt::CTRL | Qt::Key_Q)}, tr("Quit"), window},
        {{QKeySequence(QKeySequence::HelpContents)}, tr("Show this list"), window},
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Member keys act on the selected rows of the conference tab that has the focus."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<Entry> all = entries();
    m_table = new QTableWidget(int(all.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Action"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < all.size(); ++row) {
        const Entry &entry = all.at(row);
        QStringList keys;
        for (const QKeySequence &key : entry.keys)
            keys << key.toString(QKeySequence::NativeText);
        auto *keyItem = new QTableWidgetItem(keys.join(tr(" or ")));
        QFont bold = keyItem->font();
        bold.setBold(true);
        keyItem->setFont(bold);
        keyItem->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(keys.join(tr(" or ")), entry.description));
        m_table->setItem(row, 0, keyItem);
        m_table->setItem(row, 1, new QTableWidgetItem(entry.description));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.group));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace gui
