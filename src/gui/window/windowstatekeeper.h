// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QMainWindow;
class QSettings;

namespace gui {

/// Remembers a main window's geometry and its toolbar/dock layout in QSettings: restore() once
/// the docks exist, saved automatically when the window closes. Not used for `--screenshot`,
/// whose pictures must not depend on the last session.
class WindowStateKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStateKeeper)

public:
    /// `settingsFile` empty: the application's QSettings (tests pass an .ini path).
    explicit WindowStateKeeper(QMainWindow *window, const QString &settingsFile = {});

    /// Returns false when nothing (valid) was saved; the window keeps its default layout then.
    bool restore();
    void save();

    static constexpr int kStateVersion = 1; ///< bump when docks change incompatibly

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<QSettings> settings() const;

    QPointer<QMainWindow> m_window;
    QString m_settingsFile;
};

} // namespace gui
