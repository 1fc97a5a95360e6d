// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostics/connectiondiagnostics.h"
#include "gui/connection/connectionprofile.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gui {

/// "Connection diagnostics…": runs cc::ConnectionDiagnostics for one profile and shows each
/// step live (name lookup, TCP, TLS, authentication, login, command method, round trip) with an
/// ok / warning / failed glyph and what was found. "Copy report" puts a plain-text report (never
/// the password) on the clipboard. Shown with open(); the run is asynchronous.
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)

public:
    enum Column { StatusColumn, StepColumn, TimeColumn, DetailColumn, ColumnCount };

    /// The password joins the profile only inside toServerConfig(); it is never displayed.
    DiagnosticsDialog(const ConnectionProfile &profile, const QString &password, QWidget *parent = nullptr);
    ~DiagnosticsDialog() override;

    QTreeWidget *stepList() const { return m_steps; }
    cc::ConnectionDiagnostics *diagnostics() const { return m_diagnostics; }
    bool isRunning() const;
    /// The report "Copy report" copies.
    QString report() const;
    static QString glyph(cc::DiagnosticStep::Status status);

public slots:
    /// Starts (or restarts) the run.
    void start();
    void copyReport();

signals:
    void finished(const cc::DiagnosticsSummary &summary);

private:
    void onStepStarted(cc::DiagnosticStep::Id id, const QString &name);
    void onStepFinished(const cc::DiagnosticStep &step);
    void onFinished(const cc::DiagnosticsSummary &summary);
    QTreeWidgetItem *itemFor(cc::DiagnosticStep::Id id);
    void showDetail();

    ConnectionProfile m_profile;
    QString m_password;
    cc::ConnectionDiagnostics *m_diagnostics;
    QLabel *m_target;
    QTreeWidget *m_steps;
    QLabel *m_detail;
    QLabel *m_summary;
    QPushButton *m_again;
    QPushButton *m_copy;
    QList<cc::DiagnosticStep> m_results;
    QString m_summaryText;
    QDateTime m_startedAt;
};

} // namespace gui
