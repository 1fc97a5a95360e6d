// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/leveldialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gui {

LevelDialog::LevelDialog(Kind kind, const QString &who, int current, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("levelDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *down = new QPushButton(this);
    auto *up = new QPushButton(this);
    down->setObjectName(QStringLiteral("stepDown"));
    up->setObjectName(QStringLiteral("stepUp"));
    down->setAutoDefault(false);
    up->setAutoDefault(false);

    if (kind == Kind::Energy) {
        setWindowTitle(tr("Energy threshold"));
        intro->setText(tr("Energy threshold for %1. Sound below it is not mixed; 0 mixes everything. "
                          "Higher values make the member less sensitive.")
                           .arg(who));
        m_spin = new QSpinBox(this);
        m_spin->setObjectName(QStringLiteral("energySpin"));
        // freeswitch-conference.md §11.3: 0..1800 is the sensible range (up/down clamp there).
        m_spin->setRange(0, 1800);
        m_spin->setSingleStep(50);
        m_spin->setValue(qBound(0, current, 1800));
        down->setText(tr("Down (−200)"));
        up->setText(tr("Up (+200)"));
        row->addWidget(m_spin, 1);
    } else {
        setWindowTitle(kind == Kind::VolumeIn ? tr("Volume in") : tr("Volume out"));
        intro->setText(kind == Kind::VolumeIn ? tr("How loud the others hear %1 (−4 … 4).").arg(who)
                                              : tr("How loud %1 hears the conference (−4 … 4).").arg(who));
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setObjectName(QStringLiteral("volumeSlider"));
        // FreeSWITCH clamps volume to -4..4 (freeswitch-conference.md §3.1).
        m_slider->setRange(-4, 4);
        m_slider->setPageStep(1);
        m_slider->setTickPosition(QSlider::TicksBelow);
        m_slider->setTickInterval(1);
        m_slider->setValue(qBound(-4, current, 4));
        m_valueLabel = new QLabel(this);
        m_valueLabel->setMinimumWidth(24);
        m_valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_valueLabel->setNum(m_slider->value());
        connect(m_slider, &QSlider::valueChanged, m_valueLabel, qOverload<int>(&QLabel::setNum));
        down->setText(tr("Down (−1)"));
        up->setText(tr("Up (+1)"));
        row->addWidget(m_slider, 1);
        row->addWidget(m_valueLabel);
    }
    layout->addLayout(row);

    auto *steps = new QHBoxLayout;
    steps->addWidget(down);
    steps->addWidget(up);
    steps->addStretch(1);
    layout->addLayout(steps);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit valueChosen(QString::number(value()));
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(down, &QPushButton::clicked, this, [this] {
        emit valueChosen(QStringLiteral("down"));
        accept();
    });
    connect(up, &QPushButton::clicked, this, [this] {
        emit valueChosen(QStringLiteral("up"));
        accept();
    });
}

int LevelDialog::value() const
{
    return m_spin ? m_spin->value() : m_slider->value();
}

void LevelDialog::setValue(int value)
{
    if (m_spin)
        m_spin->setValue(value);
    else
        m_slider->setValue(value);
}

} // namespace gui
