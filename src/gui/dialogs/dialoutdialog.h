// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/commands/conferencecommand.h"
#include "core/model/participant.h"

#include "core/rest/restclient.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>

class QPushButton;

namespace Ui {
class DialOutDialog;
}

namespace gui {

/// Brings a participant into a conference: FreeSWITCH dial / bgdial, or sipXconfig invite /
/// inviteim. Validates with cc::ConferenceCommand as the user types, previews the exact REST
/// segment and API line, emits commandRequested() and then shows progress until the outcome
/// (and, for bgdial and invites, until the participant joins). Never blocks; show with open().
class DialOutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialOutDialog)

public:
    enum class Mode { Dial, BgDial, Invite, InviteIm };
    Q_ENUM(Mode)

    explicit DialOutDialog(const QString &conference, QWidget *parent = nullptr);
    ~DialOutDialog() override;

    QString conference() const { return m_conference; }

    Mode mode() const;
    void setMode(Mode mode);

    /// The command the form describes right now (may be invalid; see error()).
    cc::ConferenceCommand currentCommand() const;
    /// The dial request the FreeSWITCH fields describe (endpoint module split at the first '/').
    cc::DialRequest dialRequest() const;

    /// Adds "sofia/gateway/<name>" entries to the endpoint list.
    void setGateways(const QStringList &gateways);
    /// The REST preview shows the method and URL this client would send; without one "GET …".
    void setRestClient(const cc::RestClient *client);
    /// The conference is reached over FreeSWITCH's event socket: API lines go out directly, so
    /// dial and bgdial work despite the '/' in the dial string; sipXconfig's invite does not
    /// exist there, and nothing about the REST route applies, so none of it is shown.
    void setEventSocket(bool eventSocket);
    bool isEventSocket() const { return m_apiLineTransport; }

    /// True between commandRequested() and the outcome.
    bool isWaitingForOutcome() const { return m_state == State::WaitingForOutcome; }
    /// True while an invite / bgdial waits for the new member.
    bool isWaitingForMember() const { return m_state == State::WaitingForMember; }

    /// The user part of a dial destination ("sip:1000@pbx" -> "1000"), for the invite suggestion.
    static QString userPart(const QString &destination);

public slots:
    void showOutcome(const cc::CommandOutcome &outcome);
    void memberJoined(const cc::Participant &participant);
    /// Same as pressing the Dial / Invite button.
    void requestCommand();
    /// Switches to invite mode with the destination's user part (the REST workaround).
    void useInviteInstead();

signals:
    void commandRequested(const cc::ConferenceCommand &command);

private:
    enum class State { Idle, WaitingForOutcome, WaitingForMember };

    void onModeToggled();
    void revalidate();
    void addVariableRow(const QString &key = {}, const QString &value = {});
    void removeSelectedVariables();
    void setBusy(bool busy, const QString &status);
    QString restLimitationText() const;
    bool canSend(const cc::ConferenceCommand &command, QString *why) const;

    std::unique_ptr<Ui::DialOutDialog> m_ui;
    QString m_conference;
    QPointer<const cc::RestClient> m_restClient;
    bool m_apiLineTransport = false;
    State m_state = State::Idle;
    Mode m_sentMode = Mode::Dial;
    bool m_acceptLateJoin = false; ///< a successful dial: show the join if it is reported
    QPushButton *m_sendButton = nullptr;
};

} // namespace gui
