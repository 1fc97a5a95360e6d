// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostics/auditlog.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace gui {

/// "Audit trail…": every command this console sent (cc::AuditLog), filterable by conference
/// and text, exportable as CSV. Read-only; shown with open(), never exec().
class AuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDialog)

public:
    enum Column {
        TimeColumn,
        ConferenceColumn,
        UserColumn,
        CommandColumn,
        TargetsColumn,
        OutcomeColumn,
        StatusColumn,
        AnswerColumn,
        RequestColumn,
        ServerColumn,
        ColumnCount
    };

    /// `path`: the audit file; empty = cc::AuditLog::defaultPath() (the rotated file is read too).
    explicit AuditDialog(const QString &path = {}, QWidget *parent = nullptr);
    ~AuditDialog() override;

    QTableWidget *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *conferenceCombo() const { return m_conference; }
    /// Entries currently shown (after the filter), oldest first.
    const QList<cc::AuditEntry> &shownEntries() const { return m_shown; }
    int totalEntries() const { return int(m_entries.size()); }

    /// Writes the shown entries as CSV; false and `error` on failure.
    bool exportTo(const QString &fileName, QString *error) const;

public slots:
    void reload();
    /// Opens a non-modal file dialog and exports the shown entries.
    void exportCsv();

signals:
    void message(const QString &text, bool error);

private:
    void applyFilter();

    QString m_path;
    QList<cc::AuditEntry> m_entries;
    QList<cc::AuditEntry> m_shown;
    int m_skipped = 0;
    QLineEdit *m_filter;
    QComboBox *m_conference;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_export;
    QTimer *m_filterTimer;
};

} // namespace gui
