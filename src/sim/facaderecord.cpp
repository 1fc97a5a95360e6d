// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// sipxrecording's record&start/stop/status/duration and the recording clean-up (§5.4).
#include "sim/restfacade.h"

#include "sim/bridgeengine.h"
#include "sim/facadeprivate.h"
#include "sim/scenario.h"

namespace sim {

using namespace facade;

namespace {

/// RecordConferenceServlet's temporary file for `conference` (§5.4).
QString recordingFile(const QString &conference)
{
    return QStringLiteral("/tmp/freeswitch/recordings/") + conference + QStringLiteral(".wav");
}

} // namespace

void RestFacade::watchRecordings()
{
    // When a conference ends with a REST-started recording still running, sipxrecording's
    // ConfRecordThread delivers it to the owner's mailbox (§5.4), so its temporary file is gone
    // and record&status says NO_RECORDING again.
    connect(m_engine, &BridgeEngine::conferenceEvent, this,
            [this](const QList<QPair<QByteArray, QByteArray>> &headers) {
                QByteArray action;
                QByteArray name;
                for (const auto &[key, value] : headers) {
                    if (key == "Action")
                        action = value;
                    else if (key == "Conference-Name")
                        name = value;
                }
                if (action == "conference-destroy" && !name.isEmpty())
                    m_engine->deleteRecordingFile(recordingFile(QString::fromUtf8(name)));
            });
}

void RestFacade::record(const Exchange &ex, const ScenarioConference &conf, const QList<QByteArray> &tokens)
{
    // sipxrecording RecordConferenceServlet (§5.4); action "start" when no second token.
    const QString action = tokens.size() == 1 ? QStringLiteral("start") : jettyDecode(tokens.at(1));
    const QString file = recordingFile(conf.name);
    auto reply = [this, ex](const QByteArray &inner) { finish(ex, commandResponse(inner)); };
    if (action == QLatin1String("start")) {
        if (m_engine->recordingFileExists(file)) {
            reply(QByteArrayLiteral("IN_PROGRESS"));
            return;
        }
        m_engine->api(QStringLiteral("conference ") + conf.name + QStringLiteral(" record ") + file, this,
                      reply);
    } else if (action == QLatin1String("stop")) {
        // No check that a recording was running; the file is removed after the mailbox copy.
        m_engine->api(QStringLiteral("conference ") + conf.name + QStringLiteral(" norecord ") + file, this,
                      [this, reply, file](const QByteArray &output) {
                          m_engine->deleteRecordingFile(file);
                          reply(output);
                      });
    } else if (action == QLatin1String("status")) {
        reply(m_engine->recordingFileExists(file) ? QByteArrayLiteral("IN_PROGRESS")
                                                  : QByteArrayLiteral("NO_RECORDING"));
    } else if (action == QLatin1String("duration")) {
        const int seconds = m_engine->recordingDurationSeconds(file);
        if (seconds < 0) // the servlet throws, sipXconfig passes on an empty body
            finish(ex, plainText(QByteArray()));
        else
            reply(QByteArray::number(seconds));
    } else {
        reply(QByteArrayLiteral("ERROR: Incorect \"action\" parameter"));
    }
}

} // namespace sim
