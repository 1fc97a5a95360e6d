// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../guitestsupport.h"
#include "gui/dialogs/dialoutdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using cc::ConferenceCommand;
using gui::DialOutDialog;

class tst_DialOutDialog final : public QObject
{
    Q_OBJECT

    template <class T> static T *child(QWidget *dialog, const char *name)
    {
        return guitest::requireChild<T>(dialog, name);
    }

    static void type(QWidget *dialog, const char *edit, const QString &text)
    {
        QLineEdit *line = child<QLineEdit>(dialog, edit);
        line->clear();
        if (!text.isEmpty())
            QTest::keyClicks(line, text);
    }

    static void setVariable(DialOutDialog &dialog, int row, const QString &key, const QString &value)
    {
        auto *table = child<QTableWidget>(&dialog, "variablesTable");
        while (table->rowCount() <= row)
            QTest::mouseClick(child<QPushButton>(&dialog, "addVariableButton"), Qt::LeftButton);
        table->item(row, 0)->setText(key);
        table->item(row, 1)->setText(value);
    }

    static QPushButton *dialButton(DialOutDialog &dialog)
    {
        return child<QPushButton>(&dialog, "dialButton");
    }
    static QLabel *validation(DialOutDialog &dialog) { return child<QLabel>(&dialog, "validationLabel"); }
    static QLabel *status(DialOutDialog &dialog) { return child<QLabel>(&dialog, "statusLabel"); }
    static QProgressBar *busy(DialOutDialog &dialog) { return child<QProgressBar>(&dialog, "busyIndicator"); }

    static cc::DialRequest request(const QString &destination, const QString &number = {},
                                   const QString &name = {})
    {
        cc::DialRequest r;
        r.endpoint = QStringLiteral("sofia");
        r.destination = destination.isEmpty() ? QString() : QStringLiteral("internal/") + destination;
        r.callerIdNumber = number;
        r.callerIdName = name;
        return r;
    }

    static cc::CommandOutcome success(const QString &payload)
    {
        cc::CommandOutcome o;
        o.kind = cc::ResponseKind::Success;
        o.httpStatus = 200;
        o.payload = payload;
        o.message = payload;
        return o;
    }

    static cc::Participant member(quint32 id, const QString &name, const QString &number)
    {
        cc::Participant p;
        p.id = id;
        p.callerIdName = name;
        p.callerIdNumber = number;
        return p;
    }

    // A dial through sipXconfig is impossible ('/'); these tests need the direct-API variant.
    static void fillValidDial(DialOutDialog &dialog)
    {
        dialog.setEventSocket(true);
        type(&dialog, "destinationEdit", QStringLiteral("1000@pbx.example.com"));
        type(&dialog, "callerIdNumberEdit", QStringLiteral("2000"));
        type(&dialog, "callerIdNameEdit", QStringLiteral("Sales desk"));
        setVariable(dialog, 0, QStringLiteral("originate_timeout"), QStringLiteral("30"));
    }

private slots:
    void defaults()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        QCOMPARE(dialog.mode(), DialOutDialog::Mode::Dial);
        QVERIFY(child<QRadioButton>(&dialog, "dialRadio")->isChecked());
        QCOMPARE(child<QComboBox>(&dialog, "endpointCombo")->currentText(), QStringLiteral("sofia/internal"));
        QVERIFY(child<QComboBox>(&dialog, "endpointCombo")->isEditable());
        QVERIFY(!dialButton(dialog)->isEnabled());
        QVERIFY(busy(dialog)->isHidden());
        QVERIFY(child<QLabel>(&dialog, "conferenceLabel")->text().contains(QLatin1String("sales")));
    }

    void emptyDestination()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        dialog.setEventSocket(true);
        type(&dialog, "destinationEdit", QStringLiteral("1000"));
        QVERIFY(validation(dialog)->isHidden());
        type(&dialog, "destinationEdit", QString());
        // The example in the message is the one the empty field shows.
        const QString placeholder = child<QLineEdit>(&dialog, "destinationEdit")->placeholderText();
        QVERIFY(!placeholder.isEmpty());
        QVERIFY(!validation(dialog)->isHidden());
        QVERIFY2(validation(dialog)->text().contains(placeholder), qPrintable(validation(dialog)->text()));
        QVERIFY(!dialButton(dialog)->isEnabled());
        QCOMPARE(child<QLabel>(&dialog, "previewApiLabel")->text(), QStringLiteral("—"));
    }

    void badCallerIdNumber()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        dialog.setEventSocket(true);
        type(&dialog, "destinationEdit", QStringLiteral("1000@pbx.example.com"));
        QVERIFY(dialButton(dialog)->isEnabled());
        type(&dialog, "callerIdNumberEdit", QStringLiteral("20x0"));
        const QString expected =
            ConferenceCommand::dial(request(QStringLiteral("1000@pbx.example.com"), QStringLiteral("20x0")))
                .error();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(validation(dialog)->text(), expected);
        QVERIFY(!validation(dialog)->isHidden());
        QVERIFY(!dialButton(dialog)->isEnabled());
        type(&dialog, "callerIdNumberEdit", QStringLiteral("+4930123"));
        QVERIFY(validation(dialog)->isHidden());
        QVERIFY(dialButton(dialog)->isEnabled());
    }

    void badVariableKey()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        dialog.setEventSocket(true);
        type(&dialog, "destinationEdit", QStringLiteral("1000@pbx.example.com"));
        // A new, still empty row is not an error.
        QTest::mouseClick(child<QPushButton>(&dialog, "addVariableButton"), Qt::LeftButton);
        QVERIFY(dialButton(dialog)->isEnabled());
        setVariable(dialog, 0, QStringLiteral("bad key"), QStringLiteral("30"));
        cc::DialRequest r = request(QStringLiteral("1000@pbx.example.com"));
        r.variables = {{QStringLiteral("bad key"), QStringLiteral("30")}};
        const QString expected = ConferenceCommand::dial(r).error();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(validation(dialog)->text(), expected);
        QVERIFY(!dialButton(dialog)->isEnabled());

        // Removing the row makes the form valid again.
        auto *table = child<QTableWidget>(&dialog, "variablesTable");
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeVariableButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(dialButton(dialog)->isEnabled());
    }

    void gatewayPlaceholderMustBeReplaced()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        dialog.setEventSocket(true);
        dialog.setGateways({QStringLiteral("carrier1")});
        auto *combo = child<QComboBox>(&dialog, "endpointCombo");
        type(&dialog, "destinationEdit", QStringLiteral("15551234"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("sofia/gateway/<gw>")));
        QVERIFY(!dialButton(dialog)->isEnabled());
        QVERIFY(validation(dialog)->text().contains(QLatin1String("<gw>")));
        combo->setCurrentIndex(combo->findText(QStringLiteral("sofia/gateway/carrier1")));
        QVERIFY(dialButton(dialog)->isEnabled());
        QCOMPARE(dialog.dialRequest().endpoint, QStringLiteral("sofia"));
        QCOMPARE(dialog.dialRequest().destination, QStringLiteral("gateway/carrier1/15551234"));
    }

    void restLimitationAndInviteSuggestion()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        auto *frame = child<QFrame>(&dialog, "restLimitationFrame");
        type(&dialog, "destinationEdit", QStringLiteral("sip:1000@pbx.example.com"));
        const ConferenceCommand command = dialog.currentCommand();
        QVERIFY(command.isValid());
        QVERIFY(!command.restSegment().has_value()); // the '/' in the dial string
        QVERIFY(!frame->isHidden());
        const QString explanation = child<QLabel>(&dialog, "restLimitationLabel")->text();
        QVERIFY(explanation.contains(QLatin1String("'/'")));
        QVERIFY(explanation.contains(QLatin1String("invite")));
        QVERIFY(validation(dialog)->isHidden()); // not a typing mistake
        QVERIFY(!dialButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "previewApiLabel")
                    ->text()
                    .startsWith(QLatin1String("conference sales dial ")));

        QTest::mouseClick(child<QPushButton>(&dialog, "useInviteButton"), Qt::LeftButton);
        QCOMPARE(dialog.mode(), DialOutDialog::Mode::Invite);
        QVERIFY(child<QRadioButton>(&dialog, "inviteRadio")->isChecked());
        auto *stack = child<QStackedWidget>(&dialog, "modeStack");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("invitePage"));
        QCOMPARE(child<QLineEdit>(&dialog, "inviteTargetEdit")->text(), QStringLiteral("1000"));
        QVERIFY(frame->isHidden());
        QVERIFY(dialButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "previewRestLabel")
                    ->text()
                    .endsWith(QLatin1String("/my/conference/sales/invite&1000")));
    }

    void eventSocketShowsOnlyWhatApplies()
    {
        // Over the event socket: no '/' rule, no invite, no REST preview; the dial goes out.
        DialOutDialog dialog(QStringLiteral("sales"));
        dialog.show();
        QTest::mouseClick(child<QRadioButton>(&dialog, "inviteRadio"), Qt::LeftButton);
        dialog.setEventSocket(true);
        QCOMPARE(dialog.mode(), DialOutDialog::Mode::Dial); // invite does not exist there
        for (const char *restOnly :
             {"inviteRadio", "inviteImRadio", "previewRestCaption", "previewRestLabel"})
            QVERIFY2(!child<QWidget>(&dialog, restOnly)->isVisible(), restOnly);
        type(&dialog, "destinationEdit", QStringLiteral("sip:1000@pbx.example.com"));
        QVERIFY(!child<QFrame>(&dialog, "restLimitationFrame")->isVisible());
        QVERIFY(dialButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "previewApiLabel")->isVisible());
        // Back on REST everything returns.
        dialog.setEventSocket(false);
        QVERIFY(child<QWidget>(&dialog, "inviteRadio")->isVisible());
        QVERIFY(child<QFrame>(&dialog, "restLimitationFrame")->isVisible());
    }

    void restPreviewIsWhatTheClientSends()
    {
        cc::RestClient client;
        cc::ServerConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://pbx.example.com/sipxconfig/rest"));
        config.methodPolicy = cc::MethodPolicy::Put;
        client.setConfig(config);
        DialOutDialog dialog(QStringLiteral("sales"));
        dialog.setRestClient(&client);
        QTest::mouseClick(child<QRadioButton>(&dialog, "inviteRadio"), Qt::LeftButton);
        type(&dialog, "inviteTargetEdit", QStringLiteral("1000"));
        QCOMPARE(
            child<QLabel>(&dialog, "previewRestLabel")->text(),
            QStringLiteral("PUT https://pbx.example.com/sipxconfig/rest/my/conference/sales/invite&1000"));
        config.methodPolicy = cc::MethodPolicy::Get;
        client.setConfig(config);
        type(&dialog, "inviteTargetEdit", QStringLiteral("1001"));
        QVERIFY(child<QLabel>(&dialog, "previewRestLabel")->text().startsWith(QLatin1String("GET https://")));
    }

    void userPart()
    {
        QCOMPARE(DialOutDialog::userPart(QStringLiteral("1000@pbx")), QStringLiteral("1000"));
        QCOMPARE(DialOutDialog::userPart(QStringLiteral("sip:alice@pbx;transport=tls")),
                 QStringLiteral("alice"));
        QCOMPARE(DialOutDialog::userPart(QStringLiteral("Alice <sip:alice@pbx>")), QStringLiteral("alice"));
        QCOMPARE(DialOutDialog::userPart(QStringLiteral("1000/default")), QStringLiteral("1000"));
        QCOMPARE(DialOutDialog::userPart(QStringLiteral("+15551234")), QStringLiteral("+15551234"));
    }

    void dialRequestsCommand_data()
    {
        QTest::addColumn<bool>("background");
        QTest::newRow("dial") << false;
        QTest::newRow("bgdial") << true;
    }

    void dialRequestsCommand()
    {
        QFETCH(bool, background);
        DialOutDialog dialog(QStringLiteral("sales"));
        if (background)
            QTest::mouseClick(child<QRadioButton>(&dialog, "bgDialRadio"), Qt::LeftButton);
        QCOMPARE(dialog.mode(), background ? DialOutDialog::Mode::BgDial : DialOutDialog::Mode::Dial);
        fillValidDial(dialog);
        QSignalSpy requested(&dialog, &DialOutDialog::commandRequested);
        QVERIFY(dialButton(dialog)->isEnabled());
        QTest::mouseClick(dialButton(dialog), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        const auto command = requested.at(0).at(0).value<ConferenceCommand>();
        QCOMPARE(command.id(), background ? cc::CommandId::BgDial : cc::CommandId::Dial);
        QCOMPARE(command.arguments(),
                 (QStringList{QStringLiteral("{originate_timeout=30}sofia/internal/1000@pbx.example.com"),
                              QStringLiteral("2000"), QStringLiteral("Sales desk")}));
        QCOMPARE(
            command.apiLine(QStringLiteral("sales")),
            QStringLiteral("conference sales %1 {originate_timeout=30}sofia/internal/1000@pbx.example.com "
                           "2000 'Sales desk'")
                .arg(background ? QStringLiteral("bgdial") : QStringLiteral("dial")));
        QCOMPARE(child<QLabel>(&dialog, "previewApiLabel")->text(), command.apiLine(QStringLiteral("sales")));

        // Busy until the outcome; a second click sends nothing (dial is never retried).
        QVERIFY(!busy(dialog)->isHidden());
        QCOMPARE(status(dialog)->text(), QStringLiteral("Ringing…"));
        QVERIFY(dialog.isWaitingForOutcome());
        QVERIFY(!dialButton(dialog)->isEnabled());
        dialog.requestCommand();
        QCOMPARE(requested.count(), 1);
    }

    void dialOutcomeSuccess()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        fillValidDial(dialog);
        dialog.requestCommand();
        dialog.memberJoined(
            member(3, QStringLiteral("early"), QStringLiteral("1"))); // not waiting for it yet
        QCOMPARE(status(dialog)->text(), QStringLiteral("Ringing…"));
        dialog.showOutcome(success(QStringLiteral("+OK Call Requested: result: [SUCCESS]\n")));
        QVERIFY(busy(dialog)->isHidden());
        QVERIFY(status(dialog)->text().startsWith(QLatin1String("+OK Call Requested: result: [SUCCESS]")));
        QVERIFY(dialButton(dialog)->isEnabled());
        dialog.memberJoined(member(9, QStringLiteral("Bob"), QStringLiteral("1000")));
        QVERIFY(status(dialog)->text().startsWith(QLatin1String("Joined as member 9")));
    }

    void dialOutcomeCallFailed()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        fillValidDial(dialog);
        dialog.requestCommand();
        dialog.showOutcome(success(QStringLiteral("+OK Call Requested: result: [USER_BUSY]\n")));
        QVERIFY(busy(dialog)->isHidden());
        QVERIFY(status(dialog)->text().contains(QLatin1String("busy")));
        QVERIFY(status(dialog)->text().contains(QLatin1String("USER_BUSY")));
        // No join is expected after a failed call.
        dialog.memberJoined(member(9, QStringLiteral("Bob"), QStringLiteral("1000")));
        QVERIFY(!status(dialog)->text().contains(QLatin1String("Joined")));
    }

    void failureOutcome()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        fillValidDial(dialog);
        dialog.requestCommand();
        cc::CommandOutcome failure;
        failure.kind = cc::ResponseKind::HttpError;
        failure.httpStatus = 403;
        failure.message = QStringLiteral("You are not the owner of this conference.");
        dialog.showOutcome(failure);
        QVERIFY(busy(dialog)->isHidden());
        QVERIFY(status(dialog)->text().contains(failure.message));
        QVERIFY(!dialog.isWaitingForOutcome());
        QVERIFY(dialButton(dialog)->isEnabled());
    }

    void bgDialWaitsForMember()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        dialog.setMode(DialOutDialog::Mode::BgDial);
        fillValidDial(dialog);
        dialog.requestCommand();
        dialog.showOutcome(success(QStringLiteral("+OK Job-UUID: 7f4c7a4e-1111-2222-3333-444455556666\n")));
        QVERIFY(!busy(dialog)->isHidden());
        QVERIFY(dialog.isWaitingForMember());
        QVERIFY(status(dialog)->text().contains(QLatin1String("Job-UUID")));
        QVERIFY(dialButton(dialog)->isEnabled()); // waiting for the join does not lock the form
        dialog.memberJoined(member(12, QStringLiteral("Sales desk"), QStringLiteral("1000")));
        QVERIFY(busy(dialog)->isHidden());
        QVERIFY(status(dialog)->text().startsWith(QLatin1String("Joined as member 12")));
        QVERIFY(!dialog.isWaitingForMember());
    }

    void inviteRequestsCommand_data()
    {
        QTest::addColumn<bool>("im");
        QTest::addColumn<QString>("target");
        QTest::newRow("invite extension") << false << QStringLiteral("1000");
        QTest::newRow("invite uri") << false << QStringLiteral("sip:alice@pbx.example.com");
        QTest::newRow("inviteim") << true << QStringLiteral("alice.smith");
    }

    void inviteRequestsCommand()
    {
        QFETCH(bool, im);
        QFETCH(QString, target);
        DialOutDialog dialog(QStringLiteral("sales"));
        QTest::mouseClick(child<QRadioButton>(&dialog, im ? "inviteImRadio" : "inviteRadio"), Qt::LeftButton);
        QCOMPARE(child<QStackedWidget>(&dialog, "modeStack")->currentWidget()->objectName(),
                 QStringLiteral("invitePage"));
        QVERIFY(!dialButton(dialog)->isEnabled());
        QVERIFY(!validation(dialog)->isHidden()); // empty target
        type(&dialog, "inviteTargetEdit", target);
        QVERIFY(validation(dialog)->isHidden());
        QVERIFY(dialButton(dialog)->isEnabled());

        QSignalSpy requested(&dialog, &DialOutDialog::commandRequested);
        QTest::mouseClick(dialButton(dialog), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        const auto command = requested.at(0).at(0).value<ConferenceCommand>();
        QCOMPARE(command.id(), im ? cc::CommandId::InviteIm : cc::CommandId::Invite);
        QCOMPARE(command.arguments(), QStringList{target});
        QCOMPARE(
            command.restSegment(),
            std::optional<QString>((im ? QStringLiteral("inviteim&") : QStringLiteral("invite&")) + target));

        QCOMPARE(status(dialog)->text(), QStringLiteral("Ringing…"));
        dialog.showOutcome(success(QStringLiteral("Invitation sent")));
        QVERIFY(!busy(dialog)->isHidden());
        QVERIFY(status(dialog)->text().startsWith(QLatin1String("Invitation sent")));
        dialog.memberJoined(member(4, QString(), QStringLiteral("1000")));
        QVERIFY(busy(dialog)->isHidden());
        QCOMPARE(status(dialog)->text(), QStringLiteral("Joined as member 4 (1000)"));
    }

    void inviteTargetThatRestCannotCarry()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        dialog.setMode(DialOutDialog::Mode::Invite);
        type(&dialog, "inviteTargetEdit", QStringLiteral("alice#1"));
        const ConferenceCommand command = ConferenceCommand::invite(QStringLiteral("alice#1"));
        QVERIFY(!dialButton(dialog)->isEnabled());
        QVERIFY(!validation(dialog)->isHidden());
        QCOMPARE(validation(dialog)->text(), command.isValid() ? command.restError() : command.error());
    }

    void closeNeverBlocks()
    {
        DialOutDialog dialog(QStringLiteral("sales"));
        dialog.show();
        fillValidDial(dialog);
        dialog.requestCommand();
        QVERIFY(dialog.isWaitingForOutcome());
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
        dialog.showOutcome(
            success(QStringLiteral("+OK Call Requested: result: [SUCCESS]"))); // harmless late answer
    }
};

QTEST_MAIN(tst_DialOutDialog)
#include "tst_dialoutdialog.moc"
