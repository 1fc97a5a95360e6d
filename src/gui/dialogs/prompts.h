// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small non-modal prompts (open() + signals, never exec()) shared by the conference controllers.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace gui {

/// A warning box with Cancel (the default) and `acceptText`; `onAccept` runs only on acceptance.
/// `objectName` lets tests find the box.
void confirmAction(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                   const QString &acceptText, std::function<void()> onAccept);

/// A one-line text prompt prefilled with `initial`; `onText` gets the trimmed text unless it is empty.
void askForText(QWidget *parent, const QString &objectName, const QString &title, const QString &label,
                const QString &initial, std::function<void(const QString &)> onText);

/// A "save as" file dialog offering `nameFilter` (translated, e.g. "CSV files (*.csv)") and all
/// files, with `suggestedName` preselected and `defaultSuffix` added when the user types none;
/// `onFile` gets the chosen path.
void askForSaveFile(QWidget *parent, const QString &objectName, const QString &title,
                    const QString &nameFilter, const QString &defaultSuffix, const QString &suggestedName,
                    std::function<void(const QString &)> onFile);

} // namespace gui
