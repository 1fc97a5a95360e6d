// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/dialoutdialog.h"

#include "core/model/membername.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

#include "ui_dialoutdialog.h"

namespace gui {

namespace {
const QString GatewayPlaceholder = QStringLiteral("<gw>");

/// Plain words for the Q.850 causes `dial` reports (freeswitch-conference.md §3.5).
QString describeCause(const QString &cause)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("USER_BUSY"), QT_TRANSLATE_NOOP("gui::DialOutDialog", "the line is busy")},
        {QStringLiteral("NO_ANSWER"), QT_TRANSLATE_NOOP("gui::DialOutDialog", "nobody answered")},
        {QStringLiteral("NO_USER_RESPONSE"),
         QT_TRANSLATE_NOOP("gui::DialOutDialog", "the phone did not respond")},
        {QStringLiteral("CALL_REJECTED"), QT_TRANSLATE_NOOP("gui::DialOutDialog", "the call was rejected")},
        {QStringLiteral("USER_NOT_REGISTERED"),
         QT_TRANSLATE_NOOP("gui::DialOutDialog", "the phone is not registered")},
        {QStringLiteral("SUBSCRIBER_ABSENT"),
         QT_TRANSLATE_NOOP("gui::DialOutDialog", "the subscriber is not reachable")},
        {QStringLiteral("UNALLOCATED_NUMBER"),
         QT_TRANSLATE_NOOP("gui::DialOutDialog", "the number does not exist")},
        {QStringLiteral("NORMAL_TEMPORARY_FAILURE"),
         QT_TRANSLATE_NOOP("gui::DialOutDialog", "a temporary failure in the network")},
        {QStringLiteral("RECOVERY_ON_TIMER_EXPIRE"),
         QT_TRANSLATE_NOOP("gui::DialOutDialog", "the call timed out")},
        {QStringLiteral("DESTINATION_OUT_OF_ORDER"),
         QT_TRANSLATE_NOOP("gui::DialOutDialog", "the destination is out of order")},
        {QStringLiteral("CHAN_NOT_IMPLEMENTED"),
         QT_TRANSLATE_NOOP("gui::DialOutDialog", "the endpoint module is not available on the bridge")},
        {QStringLiteral("ORIGINATOR_CANCEL"),
         QT_TRANSLATE_NOOP("gui::DialOutDialog", "the call was cancelled")},
    };
    const auto it = words.constFind(cause);
    return it == words.cend() ? QString() : QCoreApplication::translate("gui::DialOutDialog", it.value());
}
} // namespace

DialOutDialog::DialOutDialog(const QString &conference, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DialOutDialog>())
    , m_conference(conference)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Dial out — %1").arg(conference));
    m_ui->conferenceLabel->setText(tr("Bring a participant into conference \"%1\".").arg(conference));

    m_sendButton = m_ui->buttonBox->addButton(tr("Dial"), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(QStringLiteral("dialButton"));
    m_sendButton->setDefault(true);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->previewRestLabel->setFont(fixed);
    m_ui->previewApiLabel->setFont(fixed);
    m_ui->variablesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->variablesTable->setToolTip(
        tr("Channel variables for the new call, sent as {name=value,…} in front of the dial string, "
           "e.g. originate_timeout = 30."));
    m_ui->endpointCombo->setToolTip(
        tr("FreeSWITCH endpoint: sofia/internal for a SIP user or address, sofia/gateway/<gw> for a "
           "carrier gateway, user for a directory user, loopback for a dialplan extension."));
    m_ui->busyIndicator->setVisible(false);
    m_ui->statusLabel->clear();
    m_ui->restLimitationFrame->setVisible(false);
    QFont bold = m_ui->validationLabel->font();
    bold.setBold(true);
    m_ui->validationLabel->setFont(bold);

    for (QAbstractButton *radio :
         {static_cast<QAbstractButton *>(m_ui->dialRadio), static_cast<QAbstractButton *>(m_ui->bgDialRadio),
          static_cast<QAbstractButton *>(m_ui->inviteRadio),
          static_cast<QAbstractButton *>(m_ui->inviteImRadio)}) {
        connect(radio, &QAbstractButton::toggled, this, [this](bool on) {
            if (on)
                onModeToggled();
        });
    }
    for (QLineEdit *edit :
         {m_ui->destinationEdit, m_ui->callerIdNumberEdit, m_ui->callerIdNameEdit, m_ui->inviteTargetEdit})
        connect(edit, &QLineEdit::textChanged, this, &DialOutDialog::revalidate);
    connect(m_ui->endpointCombo, &QComboBox::currentTextChanged, this, &DialOutDialog::revalidate);
    connect(m_ui->variablesTable, &QTableWidget::itemChanged, this, &DialOutDialog::revalidate);
    connect(m_ui->variablesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->removeVariableButton->setEnabled(!m_ui->variablesTable->selectedItems().isEmpty());
    });
    connect(m_ui->addVariableButton, &QPushButton::clicked, this, [this] {
        addVariableRow();
        const int row = m_ui->variablesTable->rowCount() - 1;
        m_ui->variablesTable->setCurrentCell(row, 0);
        m_ui->variablesTable->editItem(m_ui->variablesTable->item(row, 0));
    });
    connect(m_ui->removeVariableButton, &QPushButton::clicked, this, &DialOutDialog::removeSelectedVariables);
    connect(m_ui->useInviteButton, &QPushButton::clicked, this, &DialOutDialog::useInviteInstead);
    connect(m_sendButton, &QPushButton::clicked, this, &DialOutDialog::requestCommand);
    m_ui->removeVariableButton->setEnabled(false);

    onModeToggled();
}

DialOutDialog::~DialOutDialog() = default;

DialOutDialog::Mode DialOutDialog::mode() const
{
    if (m_ui->bgDialRadio->isChecked())
        return Mode::BgDial;
    if (m_ui->inviteRadio->isChecked())
        return Mode::Invite;
    if (m_ui->inviteImRadio->isChecked())
        return Mode::InviteIm;
    return Mode::Dial;
}

void DialOutDialog::setMode(Mode mode)
{
    switch (mode) {
    case Mode::Dial:
        m_ui->dialRadio->setChecked(true);
        break;
    case Mode::BgDial:
        m_ui->bgDialRadio->setChecked(true);
        break;
    case Mode::Invite:
        m_ui->inviteRadio->setChecked(true);
        break;
    case Mode::InviteIm:
        m_ui->inviteImRadio->setChecked(true);
        break;
    }
}

cc::DialRequest DialOutDialog::dialRequest() const
{
    cc::DialRequest request;
    // "sofia/internal" + "1000@pbx" -> endpoint "sofia", destination "internal/1000@pbx": the
    // module is the endpoint, everything after it belongs to the dial string's destination.
    const QString endpointText = m_ui->endpointCombo->currentText().trimmed();
    const qsizetype slash = endpointText.indexOf(u'/');
    request.endpoint = slash < 0 ? endpointText : endpointText.left(slash);
    const QString prefix = slash < 0 ? QString() : endpointText.mid(slash + 1);
    const QString destination = m_ui->destinationEdit->text().trimmed();
    if (!destination.isEmpty())
        request.destination = prefix.isEmpty() ? destination : prefix + u'/' + destination;
    request.callerIdNumber = m_ui->callerIdNumberEdit->text().trimmed();
    request.callerIdName = m_ui->callerIdNameEdit->text().trimmed();
    for (int row = 0; row < m_ui->variablesTable->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_ui->variablesTable->item(row, 0);
        const QTableWidgetItem *valueItem = m_ui->variablesTable->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue; // a freshly added row the user has not filled in yet
        request.variables.append({key, value});
    }
    return request;
}

cc::ConferenceCommand DialOutDialog::currentCommand() const
{
    switch (mode()) {
    case Mode::Dial:
        return cc::ConferenceCommand::dial(dialRequest());
    case Mode::BgDial:
        return cc::ConferenceCommand::bgDial(dialRequest());
    case Mode::Invite:
        return cc::ConferenceCommand::invite(m_ui->inviteTargetEdit->text().trimmed());
    case Mode::InviteIm:
        return cc::ConferenceCommand::inviteIm(m_ui->inviteTargetEdit->text().trimmed());
    }
    return {};
}

void DialOutDialog::setGateways(const QStringList &gateways)
{
    for (const QString &gateway : gateways) {
        const QString text = QStringLiteral("sofia/gateway/") + gateway;
        if (m_ui->endpointCombo->findText(text) < 0)
            m_ui->endpointCombo->addItem(text);
    }
}

void DialOutDialog::setRestClient(const cc::RestClient *client)
{
    m_restClient = client;
    revalidate();
}

void DialOutDialog::setEventSocket(bool eventSocket)
{
    m_apiLineTransport = eventSocket;
    for (QWidget *restOnly :
         {static_cast<QWidget *>(m_ui->inviteRadio), static_cast<QWidget *>(m_ui->inviteImRadio),
          static_cast<QWidget *>(m_ui->previewRestCaption), static_cast<QWidget *>(m_ui->previewRestLabel)})
        restOnly->setVisible(!eventSocket);
    if (eventSocket && (mode() == Mode::Invite || mode() == Mode::InviteIm))
        setMode(Mode::Dial);
    revalidate();
}

QString DialOutDialog::userPart(const QString &destination)
{
    QString text = destination.trimmed();
    // Drop a display name and angle brackets: "Alice <sip:1000@pbx>".
    const qsizetype open = text.indexOf(u'<');
    if (open >= 0) {
        const qsizetype close = text.indexOf(u'>', open);
        text = text.mid(open + 1, close < 0 ? -1 : close - open - 1);
    }
    for (const QLatin1String scheme :
         {QLatin1String("sips:"), QLatin1String("sip:"), QLatin1String("tel:")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            text = text.mid(scheme.size());
            break;
        }
    }
    // The user part ends at '@', ';' or a further '/' (loopback "1000/default").
    const qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("[@;/]")));
    return (end < 0 ? text : text.left(end)).trimmed();
}

void DialOutDialog::onModeToggled()
{
    const Mode m = mode();
    const bool dialing = m == Mode::Dial || m == Mode::BgDial;
    QWidget *page = dialing ? m_ui->dialPage : m_ui->invitePage;
    QWidget *hidden = dialing ? m_ui->invitePage : m_ui->dialPage;
    // A stacked widget sizes itself for its largest page; let the hidden page take no room so
    // the short invite form does not leave a hole.
    hidden->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    page->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_ui->modeStack->setCurrentWidget(page);
    m_ui->modeStack->updateGeometry();
    if (m == Mode::InviteIm) {
        m_ui->inviteTargetLabel->setText(tr("I&M ID:"));
        m_ui->inviteTargetEdit->setPlaceholderText(tr("alice.smith"));
        m_ui->inviteHintLabel->setText(
            tr("sipXconfig looks the IM ID up and invites that user; an unknown IM ID fails with an error."));
    } else {
        m_ui->inviteTargetLabel->setText(tr("&Target:"));
        m_ui->inviteTargetEdit->setPlaceholderText(tr("1000, alice or sip:alice@pbx.example.com"));
        m_ui->inviteHintLabel->setText(
            tr("sipXconfig calls the target with the conference owner's account and transfers the call into "
               "the conference. It reports no progress; the participant appears when the call is answered."));
    }
    // No mnemonic: Enter sends, and "&Dial"/"&Invite" would collide with "A&dd" and the
    // "&Invite" mode, so Alt+I would cycle instead of choosing the mode.
    m_sendButton->setText(dialing ? tr("Dial") : tr("Invite"));
    revalidate();
}

QString DialOutDialog::restLimitationText() const
{
    // sipxconfig-conference-rest.md §3.5: '/' ends the {command} segment and %2F is refused.
    return tr("sipXconfig cannot pass this on: a dial string always contains '/', which ends the command in "
              "the REST address (%2F is refused). Dial and bgdial need a direct FreeSWITCH connection; "
              "sipXconfig's invite can call the same person instead.");
}

bool DialOutDialog::canSend(const cc::ConferenceCommand &command, QString *why) const
{
    if (!command.isValid()) {
        *why = command.error();
        return false;
    }
    if (command.restSegment())
        return true;
    if (m_apiLineTransport && !command.isSipXconfigOnly() && !command.apiLine(m_conference).isEmpty())
        return true;
    *why = command.restError();
    return false;
}

void DialOutDialog::revalidate()
{
    const Mode m = mode();
    const bool dialing = m == Mode::Dial || m == Mode::BgDial;
    const cc::ConferenceCommand command = currentCommand();

    QString error;
    if (dialing && m_ui->endpointCombo->currentText().contains(GatewayPlaceholder))
        error = tr("Replace <gw> in the endpoint with the name of a gateway.");
    else if (dialing && m_ui->destinationEdit->text().trimmed().isEmpty())
        error = tr("Enter whom to call, for example 1000@pbx.example.com."); // as the field's placeholder
    bool sendable = false;
    QString why;
    if (error.isEmpty()) {
        sendable = canSend(command, &why);
        if (!command.isValid())
            error = why;
    }

    // The REST limitation is not the user's typing mistake: explain it separately.
    const bool restBlocked = error.isEmpty() && command.isValid() && !command.restSegment();
    const bool showLimitation = restBlocked && dialing && !m_apiLineTransport;
    m_ui->restLimitationFrame->setVisible(showLimitation);
    if (showLimitation) {
        m_ui->restLimitationLabel->setText(restLimitationText());
        m_ui->restLimitationLabel->setToolTip(command.restError());
        m_ui->useInviteButton->setEnabled(!userPart(m_ui->destinationEdit->text()).isEmpty());
    }
    if (restBlocked && !dialing)
        error = command.restError(); // e.g. an invite target containing '/' or '#'

    m_ui->validationLabel->setText(error);
    m_ui->validationLabel->setVisible(!error.isEmpty());

    // Preview: exactly what would be sent.
    if (command.isValid()) {
        if (const auto segment = command.restSegment()) {
            QString preview;
            if (m_restClient)
                preview = QString::fromLatin1(m_restClient->effectiveCommandMethod()) + u' ' +
                          m_restClient->commandUrl(m_conference, *segment).toString(QUrl::FullyEncoded);
            else
                preview = QStringLiteral("GET …/my/conference/") + m_conference + u'/' + *segment;
            m_ui->previewRestLabel->setText(preview);
        } else {
            m_ui->previewRestLabel->setText(tr("not possible (see above)"));
        }
        const QString api = command.apiLine(m_conference);
        m_ui->previewApiLabel->setText(
            !api.isEmpty() ? api
                           : (command.isSipXconfigOnly() ? tr("none: sipXconfig handles this command itself")
                                                         : command.apiError()));
    } else {
        m_ui->previewRestLabel->setText(QStringLiteral("—"));
        m_ui->previewApiLabel->setText(QStringLiteral("—"));
    }

    m_sendButton->setEnabled(sendable && error.isEmpty() && m_state != State::WaitingForOutcome);
}

void DialOutDialog::addVariableRow(const QString &key, const QString &value)
{
    QTableWidget *table = m_ui->variablesTable;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(key));
    table->setItem(row, 1, new QTableWidgetItem(value));
    revalidate();
}

void DialOutDialog::removeSelectedVariables()
{
    QList<int> rows;
    const auto ranges = m_ui->variablesTable->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row) {
            if (!rows.contains(row))
                rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_ui->variablesTable->removeRow(row);
    revalidate();
}

void DialOutDialog::useInviteInstead()
{
    const QString user = userPart(m_ui->destinationEdit->text());
    setMode(Mode::Invite);
    if (!user.isEmpty())
        m_ui->inviteTargetEdit->setText(user);
    m_ui->inviteTargetEdit->setFocus();
    revalidate();
}

void DialOutDialog::requestCommand()
{
    if (m_state == State::WaitingForOutcome)
        return; // never send a dial twice (not retryable)
    const cc::ConferenceCommand command = currentCommand();
    QString why;
    if (!canSend(command, &why)) {
        revalidate();
        return;
    }
    m_sentMode = mode();
    m_acceptLateJoin = false;
    m_state = State::WaitingForOutcome;
    setBusy(true, tr("Ringing…"));
    revalidate();
    emit commandRequested(command);
}

void DialOutDialog::showOutcome(const cc::CommandOutcome &outcome)
{
    if (m_state != State::WaitingForOutcome)
        return; // a late answer to something this dialog no longer waits for
    m_state = State::Idle;
    const QString payload = outcome.payload.trimmed();

    if (!outcome.ok()) {
        QString text = outcome.message.isEmpty() ? tr("The request failed.") : outcome.message;
        if (!outcome.detail.isEmpty())
            text += u'\n' + outcome.detail;
        setBusy(false, text);
        revalidate();
        return;
    }

    switch (m_sentMode) {
    case Mode::Dial: {
        // "+OK Call Requested: result: [CAUSE]" (freeswitch-conference.md §3.5)
        static const QRegularExpression causePattern(QStringLiteral("result:\\s*\\[([A-Z0-9_]+)\\]"));
        const QRegularExpressionMatch match = causePattern.match(payload);
        const QString cause = match.hasMatch() ? match.captured(1) : QString();
        if (cause.isEmpty() || cause == QLatin1String("SUCCESS")) {
            m_acceptLateJoin = true;
            setBusy(false, cause.isEmpty() ? payload
                                           : tr("%1 — answered; the participant is joining.").arg(payload));
        } else {
            const QString words = describeCause(cause);
            setBusy(false, words.isEmpty() ? tr("The call failed: %1").arg(payload)
                                           : tr("The call failed: %1 (%2).").arg(words, payload));
        }
        break;
    }
    case Mode::BgDial:
        m_state = State::WaitingForMember;
        setBusy(true, tr("%1 — calling in the background; waiting for the participant to join…")
                          .arg(payload.isEmpty() ? tr("Call started") : payload));
        break;
    case Mode::Invite:
    case Mode::InviteIm:
        m_state = State::WaitingForMember;
        setBusy(true, tr("%1 — waiting for the participant to answer and join…")
                          .arg(payload.isEmpty() ? tr("Invitation sent") : payload));
        break;
    }
    revalidate();
}

void DialOutDialog::memberJoined(const cc::Participant &participant)
{
    if (m_state != State::WaitingForMember && !m_acceptLateJoin)
        return;
    m_state = State::Idle;
    m_acceptLateJoin = false;
    const bool nameless = participant.callerIdName.isEmpty() && participant.callerIdNumber.isEmpty();
    setBusy(false,
            nameless
                ? tr("Joined as member %1").arg(participant.id)
                : tr("Joined as member %1 (%2)").arg(participant.id).arg(cc::memberDisplayName(participant)));
    revalidate();
}

void DialOutDialog::setBusy(bool busy, const QString &status)
{
    m_ui->busyIndicator->setVisible(busy);
    m_ui->statusLabel->setText(status);
}

} // namespace gui
