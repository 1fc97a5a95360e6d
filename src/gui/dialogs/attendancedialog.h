// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/insights/attendancetracker.h" // QPointer<cc::AttendanceTracker> needs the complete type

#include <QDialog>
#include <QHash>
#include <QPair>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTimer;

namespace gui {

/// "Attendance…": one row per stay in the conference (cc::AttendanceRecord) with join and leave
/// times, time present, talk time, turns and time muted, live while open; exportable as CSV and
/// PDF (the tracker's own toCsv()/toHtml(), so the files match confctl's report) and printable.
/// Read-only; shown with open(), file and print dialogs too.
class AttendanceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceDialog)

public:
    /// The CSV's columns, in its order.
    enum Column {
        MemberColumn,
        NameColumn,
        NumberColumn,
        ModeratorColumn,
        JoinedColumn,
        LeftColumn,
        PresentColumn,
        TalkColumn,
        TurnsColumn,
        MutedColumn,
        ColumnCount
    };

    explicit AttendanceDialog(cc::AttendanceTracker *tracker, QWidget *parent = nullptr);
    ~AttendanceDialog() override;

    /// Follows `tracker` (not owned; may be null).
    void setTracker(cc::AttendanceTracker *tracker);
    cc::AttendanceTracker *tracker() const { return m_tracker; }

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Writes tracker()->toCsv() to `path`; false and `error` (translated) on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    /// Prints tracker()->toHtml() to a PDF at `path`; false and `error` on failure.
    bool exportPdf(const QString &path, QString *error = nullptr) const;

public slots:
    /// Re-reads the tracker (also every second while shown: open stays keep growing).
    void refresh();
    /// Non-modal file dialogs, then exportCsv() / exportPdf().
    void chooseCsvFile();
    void choosePdfFile();
    /// Non-modal print dialog, then prints the report.
    void print();

signals:
    /// What an export did, for the status bar; `error` when it failed.
    void message(const QString &text, bool error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString suggestedFileName(const QString &suffix) const;
    void report(bool ok, const QString &text);

    QPointer<cc::AttendanceTracker> m_tracker;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QPushButton *m_print;
    QTimer *m_tick;
    /// (member id, joined at) -> the row's first item; rows move when sorted. Not the member id
    /// alone: the tracker may keep two stays of one id.
    QHash<QPair<quint32, qint64>, QTableWidgetItem *> m_rows;
};

} // namespace gui
