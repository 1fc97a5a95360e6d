// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace gui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/theme");

// The style and palette the application started with, for going back to "System".
struct Startup
{
    QString styleName;
    QPalette palette;
    bool captured = false;
};

Startup &startup()
{
    static Startup s;
    return s;
}

Theme::Mode g_current = Theme::System;

void setStyle(const QString &name)
{
    if (QApplication::style() && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Light:
        return QStringLiteral("light");
    case Dark:
        return QStringLiteral("dark");
    case System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme::Mode> Theme::fromName(const QString &name)
{
    for (const Mode mode : {System, Light, Dark}) {
        if (name.compare(Theme::name(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette()
{
    // Fusion's own standard palette is the light one.
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    delete fusion;
    return palette;
}

QPalette Theme::darkPalette()
{
    // Contrast: body text on Base is about 12:1, disabled text still above 4.5:1 (WCAG AA).
    const QColor window(0x2d, 0x30, 0x35);
    const QColor base(0x1f, 0x22, 0x26);
    const QColor alternate(0x27, 0x2a, 0x2f);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabledText(0x9a, 0x9f, 0xa6);
    const QColor highlight(0x2f, 0x6f, 0xc4); // white on it: 5:1
    const QColor link(0x7d, 0xb4, 0xff);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3e, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x40, 0x46));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5f, 0x66));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9f, 0xa6)); // used as "secondary text" by the views
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0f));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4e, 0x55));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

void Theme::apply(Mode mode)
{
    Startup &s = startup();
    if (!s.captured) {
        s.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        s.palette = QApplication::palette();
        s.captured = true;
    }
    switch (mode) {
    case System:
        // Untouched so far: leave the palette unset, so a platform theme can still follow the
        // desktop's light/dark switch at run time.
        if (g_current == System)
            break;
        if (!s.styleName.isEmpty())
            setStyle(s.styleName);
        QApplication::setPalette(s.palette);
        break;
    case Light:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Dark:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
    g_current = mode;
}

Theme::Mode Theme::current()
{
    return g_current;
}

Theme::Mode Theme::saved()
{
    return fromName(QSettings().value(kSettingsKey).toString()).value_or(System);
}

void Theme::save(Mode mode)
{
    QSettings().setValue(kSettingsKey, name(mode));
}

QMenu *Theme::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("gui::Theme", "&Theme"), parent);
    menu->setObjectName(QStringLiteral("menuTheme"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const std::pair<Mode, QString> entries[] = {
        {System, QCoreApplication::translate("gui::Theme", "&System")},
        {Light, QCoreApplication::translate("gui::Theme", "&Light")},
        {Dark, QCoreApplication::translate("gui::Theme", "&Dark")},
    };
    for (const auto &[mode, text] : entries) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("actionTheme") + name(mode).at(0).toUpper() + name(mode).mid(1));
        action->setCheckable(true);
        action->setChecked(mode == current());
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [mode = mode] {
            apply(mode);
            save(mode);
        });
    }
    // Keep the check marks right when something else (--theme) changed the mode.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [group] {
        const QList<QAction *> actions = group->actions();
        for (qsizetype i = 0; i < actions.size(); ++i)
            actions.at(i)->setChecked(i == current());
    });
    return menu;
}

} // namespace gui
