// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace gui {

void confirmAction(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                   const QString &acceptText, std::function<void()> onAccept)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(acceptText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [yes, onAccept = std::move(onAccept)](QAbstractButton *button) {
                         if (button == yes)
                             onAccept();
                     });
    box->open();
}

void askForText(QWidget *parent, const QString &objectName, const QString &title, const QString &label,
                const QString &initial, std::function<void(const QString &)> onText)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    dialog->setInputMode(QInputDialog::TextInput);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog,
                     [onText = std::move(onText)](const QString &text) {
                         if (!text.trimmed().isEmpty())
                             onText(text.trimmed());
                     });
    dialog->open();
}

void askForSaveFile(QWidget *parent, const QString &objectName, const QString &title,
                    const QString &nameFilter, const QString &defaultSuffix, const QString &suggestedName,
                    std::function<void(const QString &)> onFile)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({nameFilter, QCoreApplication::translate("gui::Prompts", "All files (*)")});
    dialog->setDefaultSuffix(defaultSuffix);
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, std::move(onFile));
    dialog->open();
}

} // namespace gui
