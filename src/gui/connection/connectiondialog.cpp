// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/connectiondialog.h"

#include "core/rest/serverurl.h"
#include "gui/connection/certificatedialog.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QPushButton>

#include <cmath>

#include "ui_connectiondialog.h"

namespace gui {

namespace {
// Combo order in connectiondialog.ui.
constexpr cc::MethodPolicy PolicyByIndex[] = {cc::MethodPolicy::Auto, cc::MethodPolicy::Get,
                                              cc::MethodPolicy::Put};
constexpr int PinRole = Qt::UserRole + 1;
// Combo order in connectiondialog.ui.
constexpr ConnectionProfile::Transport TransportByIndex[] = {ConnectionProfile::Transport::Rest,
                                                             ConnectionProfile::Transport::EventSocket};
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

    m_ui->transportCombo->setToolTip(
        tr("sipXconfig REST: the conferences you own, polled. Event socket: every conference on the "
           "FreeSWITCH bridge, updated by events; also plays files, records to a path and dials."));
    m_ui->eslPortSpin->setRange(1, 65535);
    m_ui->eslPortSpin->setValue(ConnectionProfile::DefaultEslPort);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->userEdit, m_ui->passwordEdit, m_ui->eslHostEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    connect(m_ui->eslPortSpin, &QSpinBox::valueChanged, this, &ConnectionDialog::revalidate);
    connect(m_ui->transportCombo, &QComboBox::currentIndexChanged, this, [this] {
        // The one spin box edits the poll interval (REST) or the re-sync interval (ESL).
        // Blocked so that clamping to the new range never overwrites the other interval.
        const bool esl = transport() == ConnectionProfile::Transport::EventSocket;
        const bool blocked = m_ui->pollIntervalSpin->blockSignals(true);
        updateTransportFields();
        m_ui->pollIntervalSpin->setValue((esl ? m_resyncMs : m_pollMs) / 1000.0);
        m_ui->pollIntervalSpin->blockSignals(blocked);
        revalidate();
    });
    connect(m_ui->pollIntervalSpin, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        (transport() == ConnectionProfile::Transport::EventSocket ? m_resyncMs : m_pollMs) =
            int(std::lround(seconds * 1000.0));
        revalidate();
    });
    connect(m_ui->pinsList, &QListWidget::itemSelectionChanged, this,
            [this] { m_ui->removePinButton->setEnabled(!m_ui->pinsList->selectedItems().isEmpty()); });
    connect(m_ui->removePinButton, &QPushButton::clicked, this, &ConnectionDialog::removeSelectedPins);

    updateTransportFields();
    revalidate();
}

ConnectionDialog::~ConnectionDialog() = default;

ConnectionProfile::Transport ConnectionDialog::transport() const
{
    const int index = m_ui->transportCombo->currentIndex();
    return index >= 0 && index < int(std::size(TransportByIndex)) ? TransportByIndex[index]
                                                                  : ConnectionProfile::Transport::Rest;
}

void ConnectionDialog::setTransport(ConnectionProfile::Transport transport)
{
    for (int i = 0; i < int(std::size(TransportByIndex)); ++i) {
        if (TransportByIndex[i] == transport)
            m_ui->transportCombo->setCurrentIndex(i);
    }
}

void ConnectionDialog::updateTransportFields()
{
    const bool esl = transport() == ConnectionProfile::Transport::EventSocket;
    // Only touch rows whose state changes: showing a child activates the layout of a dialog
    // that may not be shown yet and moves its widgets.
    QFormLayout *form = m_ui->formLayout;
    const auto setRow = [this, form](QWidget *field, bool visible) {
        if (field->isVisibleTo(this) != visible)
            form->setRowVisible(field, visible);
    };
    setRow(m_ui->baseUrlEdit, !esl);
    setRow(m_ui->userEdit, !esl);
    setRow(m_ui->methodPolicyCombo, !esl);
    setRow(m_ui->eslHostEdit, esl);
    if (m_ui->eslPortSpin->isVisibleTo(this) != esl)
        form->setRowVisible(m_ui->eslPortLayout, esl);
    if (m_ui->pinsGroup->isVisibleTo(this) == esl)
        m_ui->pinsGroup->setHidden(esl);
    m_ui->passwordLabel->setText(esl ? tr("Event socket &password:") : tr("&Password:"));
    m_ui->pollIntervalLabel->setText(esl ? tr("Full &re-sync every:") : tr("&Refresh every:"));
    m_ui->pollIntervalSpin->setRange(
        (esl ? ConnectionProfile::MinEslResyncIntervalMs : ConnectionProfile::MinPollIntervalMs) / 1000.0,
        (esl ? ConnectionProfile::MaxEslResyncIntervalMs : ConnectionProfile::MaxPollIntervalMs) / 1000.0);
    m_ui->pollIntervalSpin->setToolTip(
        esl ? tr("Changes arrive as events at once; the whole member list is re-read this often as a "
                 "safety net.")
            : tr("How often the member list is polled."));
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile, const QString &password)
{
    m_originalName = profile.name;
    m_pollMs = profile.pollIntervalMs;
    m_resyncMs = profile.eslResyncIntervalMs;
    m_ui->nameEdit->setText(profile.name);
    setTransport(profile.transport);
    m_ui->eslHostEdit->setText(profile.eslHost);
    m_ui->eslPortSpin->setValue(profile.eslPort);
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->userEdit->setText(profile.user);
    m_ui->passwordEdit->setText(password);
    for (int i = 0; i < int(std::size(PolicyByIndex)); ++i) {
        if (PolicyByIndex[i] == profile.methodPolicy)
            m_ui->methodPolicyCombo->setCurrentIndex(i);
    }
    updateTransportFields();
    m_ui->pollIntervalSpin->setValue(
        (profile.isEventSocket() ? profile.eslResyncIntervalMs : profile.pollIntervalMs) / 1000.0);

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
    p.transport = transport();
    const int spinMs = int(std::lround(m_ui->pollIntervalSpin->value() * 1000.0));
    p.pollIntervalMs = p.isEventSocket() ? m_pollMs : spinMs;
    p.eslResyncIntervalMs = p.isEventSocket() ? spinMs : m_resyncMs;
    p.eslHost = m_ui->eslHostEdit->text().trimmed();
    p.eslPort = quint16(m_ui->eslPortSpin->value());
    for (int i = 0; i < m_ui->pinsList->count(); ++i)
        p.pinnedSha256.insert(m_ui->pinsList->item(i)->data(PinRole).toString());
    return p;
}

QString ConnectionDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void ConnectionDialog::setKeychainState(KeychainCredentialStore::Availability availability)
{
    switch (availability) {
    case KeychainCredentialStore::Availability::Unknown:
        m_ui->passwordNoteLabel->setText(tr("Checking whether a system keychain can keep the password…"));
        break;
    case KeychainCredentialStore::Availability::Available:
        m_ui->passwordNoteLabel->setText(tr("The password will be saved in the system keychain."));
        break;
    case KeychainCredentialStore::Availability::Unavailable:
        m_ui->passwordNoteLabel->setText(
            tr("No system keychain is available: the password will be kept in "
               "memory until the console closes, and asked for again next time."));
        break;
    }
}

void ConnectionDialog::followKeychain(KeychainCredentialStore *store)
{
    setKeychainState(store->availability());
    connect(store, &KeychainCredentialStore::keychainAvailableConfirmed, this,
            [this] { setKeychainState(KeychainCredentialStore::Availability::Available); });
    connect(store, &KeychainCredentialStore::keychainUnavailable, this,
            [this] { setKeychainState(KeychainCredentialStore::Availability::Unavailable); });
    if (store->availability() == KeychainCredentialStore::Availability::Unknown)
        store->probe();
}

void ConnectionDialog::setKeepsPasswordWhenEmpty(bool keeps)
{
    m_keepPassword = keeps;
    m_ui->passwordEdit->setPlaceholderText(keeps ? tr("unchanged") : QString());
    revalidate();
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
    if (error.isEmpty() && transport() == ConnectionProfile::Transport::Rest) {
        // Say what was made of a host or a pasted API URL, so nothing is guessed silently.
        const cc::ServerUrlReading reading = cc::interpretServerUrl(m_ui->baseUrlEdit->text());
        if (reading.isValid() && !reading.assumptions.isEmpty())
            text = QString(tr("Server address: %1.").arg(reading.baseUrl.toDisplayString()) + u' ' +
                           reading.assumptions.join(u' ') + u' ' + text)
                       .trimmed();
    }
    if (error.isEmpty() && m_ui->passwordEdit->text().isEmpty())
        text = QString(text + u' ' +
                       (m_keepPassword ? tr("The password stays as it is unless you type a new one.")
                                       : tr("No password entered: you will be asked when connecting.")))
                   .trimmed();

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
