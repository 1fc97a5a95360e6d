// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/windowstatekeeper.h"

#include <QEvent>
#include <QMainWindow>
#include <QSettings>

#include <memory>

namespace gui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

WindowStateKeeper::WindowStateKeeper(QMainWindow *window, const QString &settingsFile)
    : QObject(window)
    , m_window(window)
    , m_settingsFile(settingsFile)
{
    window->installEventFilter(this);
}

std::unique_ptr<QSettings> WindowStateKeeper::settings() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

bool WindowStateKeeper::restore()
{
    if (!m_window)
        return false;
    const std::unique_ptr<QSettings> s = settings();
    const QByteArray geometry = s->value(kGeometryKey).toByteArray();
    const QByteArray state = s->value(kStateKey).toByteArray();
    bool restored = false;
    if (!geometry.isEmpty())
        restored = m_window->restoreGeometry(geometry);
    // restoreState rejects a layout saved with another version (or corrupted) and keeps ours.
    if (!state.isEmpty())
        restored = m_window->restoreState(state, kStateVersion) && restored;
    return restored;
}

void WindowStateKeeper::save()
{
    if (!m_window)
        return;
    const std::unique_ptr<QSettings> s = settings();
    s->setValue(kGeometryKey, m_window->saveGeometry());
    s->setValue(kStateKey, m_window->saveState(kStateVersion));
}

bool WindowStateKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace gui
