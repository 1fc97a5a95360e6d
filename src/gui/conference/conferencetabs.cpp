// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conference/conferencetabs.h"

#include "core/commands/commandresponse.h"
#include "core/commands/commandtransport.h"
#include "core/commands/conferencecommand.h"
#include "core/model/membername.h"
#include "core/model/participantmodel.h"
#include "core/sources/conferencepoller.h"
#include "gui/common/statusicons.h"
#include "gui/conference/commandcontroller.h"
#include "gui/conference/conferenceview.h"
#include "gui/conference/tabtransferdrop.h"
#include "gui/connection/serverconnection.h"

#include <QPointer>
#include <QTabWidget>

namespace gui {

ConferenceTabs::ConferenceTabs(QTabWidget *tabs, std::shared_ptr<cc::AuditLog> audit, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_audit(std::move(audit))
{
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *view = qobject_cast<ConferenceView *>(m_tabs->widget(index)))
            close(view);
    });
    auto *drop = new TabTransferDrop(m_tabs);
    connect(drop, &TabTransferDrop::transferRequested, this,
            [this](ConferenceView *target, const QString &from, const QList<quint32> &ids) {
                transferByDrop(target->connection(), from, target->conference(), ids);
            });
}

ConferenceTabs::~ConferenceTabs() = default;

ConferenceView *ConferenceTabs::find(ServerConnection *connection, const QString &conference) const
{
    for (ConferenceView *view : views()) {
        if (view->connection() == connection && view->conference() == conference)
            return view;
    }
    return nullptr;
}

QList<ConferenceView *> ConferenceTabs::views() const
{
    QList<ConferenceView *> views;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ConferenceView *>(m_tabs->widget(i)))
            views.append(view);
    }
    return views;
}

ConferenceView *ConferenceTabs::current() const
{
    return qobject_cast<ConferenceView *>(m_tabs->currentWidget());
}

ConferenceView *ConferenceTabs::open(ServerConnection *connection, const QString &conference)
{
    if (!connection || conference.trimmed().isEmpty())
        return nullptr;
    if (ConferenceView *existing = find(connection, conference)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    auto *view = new ConferenceView(connection, conference, m_tabs);
    m_tabs->addTab(view, conference);
    updateLabel(view);
    connect(view, &ConferenceView::statusMessage, this, [this, connection](const QString &text, bool error) {
        emit statusMessage(connection, text, error);
    });
    {
        const ConnectionProfile &profile = connection->profile();
        // ESL: an esl://host:port address; it has no user (the socket knows only a password).
        const QUrl server = profile.isEventSocket() ? QUrl(profile.displayAddress()) : profile.baseUrl;
        view->controller()->setAudit(m_audit, profile.name, server, profile.user, view->model());
    }
    if (cc::ConferencePoller *poller = view->poller()) {
        connect(poller, &cc::ConferencePoller::pollingHalted, this,
                [this, connection](const cc::CommandOutcome &outcome) {
                    if (outcome.httpStatus == 401) // TLS halts have the certificate dialog
                        emit passwordRefused(connection, outcome.message);
                });
    }
    const auto live = [this, view] {
        const int i = m_tabs->indexOf(view);
        if (i >= 0) {
            const bool locked = view->model()->snapshot().locked;
            m_tabs->setTabIcon(i, locked ? StatusIcons::icon(cc::Glyph::Lock) : QIcon());
        }
        emit liveStateChanged(view);
    };
    connect(view, &ConferenceView::memberCountChanged, this, live);
    connect(view, &ConferenceView::openConferenceRequested, this,
            [this, connection](const QString &name) { open(connection, name); });
    connect(view->model(), &cc::ParticipantModel::conferenceStateChanged, this, live);
    connect(view->model(), &cc::ParticipantModel::snapshotApplied, this, live);
    connect(view->controller(), &CommandController::commandFinished, this,
            [this, view](const cc::ConferenceCommand &command, const cc::CommandOutcome &outcome) {
                emit commandFinished(view, command, outcome);
            });
    m_tabs->setCurrentWidget(view);
    emit countChanged(m_tabs->count());
    view->start();
    emit opened(view);
    return view;
}

void ConferenceTabs::close(ConferenceView *view)
{
    if (!view)
        return;
    view->stop();
    m_tabs->removeTab(m_tabs->indexOf(view));
    emit closed(view->connection(), view->conference());
    view->deleteLater();
    emit countChanged(m_tabs->count());
}

void ConferenceTabs::restart(ServerConnection *connection)
{
    for (ConferenceView *view : views()) {
        if (view->connection() == connection)
            view->start();
    }
}

void ConferenceTabs::closeAll(ServerConnection *connection)
{
    for (ConferenceView *view : views()) {
        if (view->connection() == connection)
            close(view);
    }
}

void ConferenceTabs::stopAll()
{
    for (ConferenceView *view : views())
        view->stop();
}

void ConferenceTabs::transferByDrop(ServerConnection *connection, const QString &from, const QString &to,
                                    const QList<quint32> &ids)
{
    ConferenceView *source = find(connection, from);
    if (!source) {
        // A drag from another server's table: transfer only moves members within one switch.
        emit statusMessage(connection,
                           tr("Members can only be moved between conferences of the same server."), true);
        return;
    }
    // Names now: once moved, the members are no longer in this tab's table.
    QStringList names;
    for (const quint32 id : ids) {
        const auto p = source->model()->participant(id);
        names << (p ? cc::memberDisplayName(*p) : cc::memberLabel(id));
    }
    const QString who = names.size() <= 3 ? names.join(QStringLiteral(", "))
                                          : ConferenceView::memberCountText(int(names.size()));
    const QPointer<ServerConnection> guard(connection);
    source->transferMembers(
        to, ids, [this, guard, from, to, who](const QList<quint32> &moved, const QList<quint32> &) {
            if (guard && !moved.isEmpty())
                emit membersMoved(guard, from, to, moved, who);
        });
}

void ConferenceTabs::moveBack(ServerConnection *connection, const QString &from, const QString &to,
                              const QList<quint32> &ids)
{
    // Through the target's tab when it is open (its table re-polls), else straight on the transport.
    const cc::ConferenceCommand command = cc::ConferenceCommand::transfer(from, ids);
    if (ConferenceView *target = find(connection, to)) {
        target->controller()->send(command);
    } else {
        const QPointer<ServerConnection> guard(connection);
        connection->transport()->run(
            to, command, this, [this, guard, from](const cc::CommandOutcome &outcome) {
                if (guard)
                    emit statusMessage(guard,
                                       outcome.ok() ? tr("Moved back to %1").arg(from) : outcome.message,
                                       !outcome.ok());
            });
    }
    if (ConferenceView *source = find(connection, from))
        source->refreshNow();
}

void ConferenceTabs::setServerCount(int count)
{
    if (count == m_serverCount)
        return;
    m_serverCount = count;
    for (ConferenceView *view : views())
        updateLabel(view);
}

void ConferenceTabs::updateLabel(ConferenceView *view)
{
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    const QString conference = view->conference();
    const QString server = view->connection()->name();
    // Every tab the same way: with one server the conference alone, with several its server too.
    m_tabs->setTabText(index, m_serverCount > 1 ? tr("%1 @ %2").arg(conference, server) : conference);
    m_tabs->setTabToolTip(index, tr("%1 on %2").arg(conference, server));
}

} // namespace gui
