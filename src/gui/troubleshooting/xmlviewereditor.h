// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace gui {

/// Read-only monospace text with a line-number gutter (the raw xml_list text; FreeSWITCH
/// already indents it, freeswitch-conference.md §4.2, so it is shown as received).
class XmlViewerEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XmlViewerEditor)

public:
    explicit XmlViewerEditor(QWidget *parent = nullptr);

    int gutterWidth() const;
    /// Replaces the text but keeps the scroll position, so a refresh does not jump.
    void setTextKeepingPosition(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();

    QWidget *m_gutter;
};

} // namespace gui
