// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// sipxrecording's record&start/stop/status/duration and the recording clean-up (§5.4).
#include "sim/restfacade.h"

#include "sim/bridgeengine.h"
#include "sim/facadeprivate.h"
#include "sim/scenario.h"

#include <QDir>
#include <QFileInfo>

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
    const QString name = conf.name;
    const QString file = recordingFile(name);
    auto reply = [this, ex](const QByteArray &inner) { finish(ex, commandResponse(inner)); };
    // "In progress" means the file exists (§5.4). Over the relay the file is on the switch's
    // host, so the facade answers from the recordings its record&start began.
    const bool inProgress =
        m_upstream ? m_upstreamRecordings.contains(name) : m_engine->recordingFileExists(file);
    if (action == QLatin1String("start")) {
        if (inProgress) {
            reply(QByteArrayLiteral("IN_PROGRESS"));
            return;
        }
        if (m_upstream) // the servlet creates the directory, then asks FreeSWITCH (§5.4)
            QDir().mkpath(QFileInfo(file).path());
        servletApi(ex, QStringLiteral("conference ") + name + QStringLiteral(" record ") + file,
                   [this, reply, name](const QByteArray &output) {
                       // FreeSWITCH answers "Record file <path>" (1.10: "+OK Record file …")
                       // once the recorder runs; anything else started nothing.
                       const QByteArray text = output.startsWith("+OK ") ? output.mid(4) : output;
                       if (m_upstream && text.startsWith("Record file"))
                           m_upstreamRecordings[name].start();
                       reply(output);
                   });
    } else if (action == QLatin1String("stop")) {
        // No check that a recording was running; the file is removed after the mailbox copy.
        servletApi(ex, QStringLiteral("conference ") + name + QStringLiteral(" norecord ") + file,
                   [this, reply, file, name](const QByteArray &output) {
                       if (m_upstream)
                           m_upstreamRecordings.remove(name);
                       else
                           m_engine->deleteRecordingFile(file);
                       reply(output);
                   });
    } else if (action == QLatin1String("status")) {
        reply(inProgress ? QByteArrayLiteral("IN_PROGRESS") : QByteArrayLiteral("NO_RECORDING"));
    } else if (action == QLatin1String("duration")) {
        int seconds = -1;
        if (!m_upstream)
            seconds = m_engine->recordingDurationSeconds(file);
        else if (inProgress) // whole seconds, rounded, since record&start (§5.4)
            seconds = int((m_upstreamRecordings.value(name).elapsed() + 500) / 1000);
        if (seconds < 0) // the servlet throws, sipXconfig passes on an empty body
            finish(ex, plainText(QByteArray()));
        else
            reply(QByteArray::number(seconds));
    } else {
        reply(QByteArrayLiteral("ERROR: Incorect \"action\" parameter"));
    }
}

} // namespace sim
