// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QSlider;
class QSpinBox;

namespace gui {

/// A small non-modal value picker shown with open(): a slider for volume (-4..4) or a spin
/// box for the energy threshold, plus relative "up"/"down" steps that FreeSWITCH applies
/// itself (freeswitch-conference.md §3.1).
class LevelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelDialog)

public:
    enum class Kind { Energy, VolumeIn, VolumeOut };

    LevelDialog(Kind kind, const QString &who, int current, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    int value() const;
    void setValue(int value);

signals:
    /// An absolute number, or "up" / "down".
    void valueChosen(const QString &value);

private:
    Kind m_kind;
    QSlider *m_slider = nullptr;
    QSpinBox *m_spin = nullptr;
    QLabel *m_valueLabel = nullptr;
};

} // namespace gui
