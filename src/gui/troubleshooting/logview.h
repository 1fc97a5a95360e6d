// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace gui {

class ExchangeLogModel;
class LogFilterProxyModel;

/// The "Log" tab: every REST exchange with a filter, the raw exchange of the selected row,
/// "Copy as curl" and "Save to file…".
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    ExchangeLogModel *model() const { return m_model; }
    LogFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    /// The curl line of the current row (empty without a selection); also put on the clipboard
    /// by the button.
    QString currentCurlCommand() const;
    /// Writes every row (with bodies) as text; false and `error` on failure.
    bool saveTo(const QString &fileName, QString *error) const;

public slots:
    void copyAsCurl();
    /// Opens a non-modal file dialog and writes the log where the user chooses.
    void saveToFile();

signals:
    void message(const QString &text, bool error);

private:
    void updateDetails();
    int currentSourceRow() const;

    ExchangeLogModel *m_model;
    LogFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_statusFilter;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_curlButton;
    QPushButton *m_saveButton;
    QPushButton *m_clearButton;
    QTimer *m_filterTimer;
    bool m_followTail = true;
};

} // namespace gui
