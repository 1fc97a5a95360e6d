// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTableWidget;

namespace gui {

/// Help ▸ Keyboard shortcuts (F1): every key of the console in a two-column table that screen
/// readers can walk. tst_accessibility checks that it lists each shortcut the windows define.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QList<QKeySequence> keys;
        QString description;
        QString group;
    };

    explicit ShortcutsDialog(QWidget *parent = nullptr);

    static QList<Entry> entries();
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace gui
