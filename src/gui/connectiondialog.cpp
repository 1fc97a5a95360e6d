// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "certificatedialog.h"

#include <QFontDatabase>
#include <QPushButton>

#include <cmath>

#include "ui_connectiondialog.h"

namespace gui {

namespace {
// Combo order in connectiondialog.ui.
constexpr cc::MethodPolicy PolicyByIndex[] = {cc::MethodPolicy::Auto, cc::MethodPolicy::Get,
                                              cc::MethodPolicy::Put};
constexpr int PinRole = Qt::UserRole + 1;
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    m_ui->pollIntervalSpin->setRange(ConnectionProfile::MinPollIntervalMs / 1000.0,
                                     ConnectionProfile::MaxPollIntervalMs / 1000.0);
    m_ui->passwordNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->validationLabel->setVisible(false);
    m_ui->pinsList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Room for about three two-line fingerprints; the list should not dominate the dialog.
    m_ui->pinsList->setMaximumHeight(m_ui->pinsList->fontMetrics().lineSpacing() * 7);
    m_ui->removePinButton->setEnabled(false);
    m_ui->methodPolicyCombo->setToolTip(
        tr("Upstream sipXconfig only runs commands on GET and answers PUT with 405; "
           "Auto tries PUT once and remembers GET."));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->userEdit, m_ui->passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_ui->pollIntervalSpin, &QDoubleSpinBox::valueChanged, this, &ConnectionDialog::revalidate);
    connect(m_ui->pinsList, &QListWidget::itemSelectionChanged, this,
            [this] { m_ui->removePinButton->setEnabled(!m_ui->pinsList->selectedItems().isEmpty()); });
    connect(m_ui->removePinButton, &QPushButton::clicked, this, &ConnectionDialog::removeSelectedPins);

    revalidate();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setProfile(const ConnectionProfile &profile, const QString &password)
{
    m_originalName = profile.name;
    m_ui->nameEdit->setText(profile.name);
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->userEdit->setText(profile.user);
    m_ui->passwordEdit->setText(password);
    for (int i = 0; i < int(std::size(PolicyByIndex)); ++i) {
        if (PolicyByIndex[i] == profile.methodPolicy)
            m_ui->methodPolicyCombo->setCurrentIndex(i);
    }
    m_ui->pollIntervalSpin->setValue(profile.pollIntervalMs / 1000.0);

    m_ui->pinsList->clear();
    QStringList pins(profile.pinnedSha256.cbegin(), profile.pinnedSha256.cend());
    pins.sort();
    for (const QString &pin : pins) {
        auto *item = new QListWidgetItem(CertificateDialog::groupFingerprint(pin), m_ui->pinsList);
        item->setData(PinRole, pin);
        item->setToolTip(pin);
    }
    revalidate();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.baseUrl = ConnectionProfile::normalizedBaseUrl(m_ui->baseUrlEdit->text());
    p.user = m_ui->userEdit->text().trimmed();
    const int index = m_ui->methodPolicyCombo->currentIndex();
    p.methodPolicy =
        index >= 0 && index < int(std::size(PolicyByIndex)) ? PolicyByIndex[index] : cc::MethodPolicy::Auto;
    p.pollIntervalMs = int(std::lround(m_ui->pollIntervalSpin->value() * 1000.0));
    for (int i = 0; i < m_ui->pinsList->count(); ++i)
        p.pinnedSha256.insert(m_ui->pinsList->item(i)->data(PinRole).toString());
    return p;
}

QString ConnectionDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void ConnectionDialog::setKeychainAvailable(bool available)
{
    m_ui->passwordNoteLabel->setText(available
                                         ? tr("The password is saved in the system keychain.")
                                         : tr("No system keychain is available: the password is kept in "
                                              "memory for this session only."));
}

void ConnectionDialog::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
    revalidate();
}

QString ConnectionDialog::validationError() const
{
    const ConnectionProfile p = profile();
    QString error = p.validate();
    if (error.isEmpty() && p.name != m_originalName && m_existingNames.contains(p.name))
        error = tr("A connection called \"%1\" already exists.").arg(p.name);
    return error;
}

void ConnectionDialog::accept()
{
    if (!validationError().isEmpty()) {
        revalidate();
        return;
    }
    QDialog::accept();
}

void ConnectionDialog::revalidate()
{
    const QString error = validationError();
    const QString warning = error.isEmpty() ? profile().warning() : QString();
    QString text = !error.isEmpty() ? error : warning;
    if (error.isEmpty() && m_ui->passwordEdit->text().isEmpty())
        text = QString(text + u' ' + tr("No password entered: you will be asked when connecting.")).trimmed();

    m_ui->validationLabel->setText(text);
    m_ui->validationLabel->setVisible(!text.isEmpty());
    // Bold rather than a hard-coded colour, so the message stays readable in every theme.
    QFont font = m_ui->validationLabel->font();
    font.setBold(!error.isEmpty());
    m_ui->validationLabel->setFont(font);
    m_ui->validationLabel->setProperty("severity",
                                       error.isEmpty() ? QStringLiteral("warning") : QStringLiteral("error"));
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(error.isEmpty());
}

void ConnectionDialog::removeSelectedPins()
{
    const QList<QListWidgetItem *> selected = m_ui->pinsList->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    revalidate();
}

} // namespace gui
