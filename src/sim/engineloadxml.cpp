// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Population from a captured xml_list document (--load-xml-list, tests).
#include "engineprivate.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace sim {

using namespace sim::engine;

bool BridgeEngine::Private::loadXml(const QByteArray &document, QString *error)
{
    QByteArray doc = document;
    const qsizetype open = doc.indexOf("<command-response>");
    if (open >= 0) {
        const qsizetype start = open + qsizetype(qstrlen("<command-response>"));
        const qsizetype close = doc.lastIndexOf("</command-response>");
        doc = doc.mid(start, close > start ? close - start : -1);
    }
    doc = doc.trimmed();
    if (doc.startsWith("-ERR")) {
        if (error)
            *error =
                QCoreApplication::translate("sim::BridgeEngine", "The document is an error reply, not an "
                                                                 "xml_list: %1")
                    .arg(QString::fromUtf8(doc.left(120)));
        return false;
    }
    struct PendingMember
    {
        bool recorder = false;
        quint32 id = 0;
        QByteArray recordPath;
        bool paused = false;
        qint64 epoch = 0;
        QHash<QByteArray, QByteArray> values;
    };
    struct PendingConference
    {
        QXmlStreamAttributes attrs;
        QList<QPair<QByteArray, QByteArray>> variables;
        QList<PendingMember> members;
    };
    QList<PendingConference> pending;
    QXmlStreamReader xml(doc);
    PendingMember *member = nullptr;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("member"))
                member = nullptr;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("conferences")) {
            sawRoot = true;
        } else if (name == QLatin1String("conference")) {
            pending.append(PendingConference{xml.attributes(), {}, {}});
        } else if (pending.isEmpty()) {
            continue;
        } else if (name == QLatin1String("variable")) {
            pending.last().variables.append({xml.attributes().value(QLatin1String("name")).toUtf8(),
                                             xml.attributes().value(QLatin1String("value")).toUtf8()});
        } else if (name == QLatin1String("member")) {
            PendingMember pm;
            pm.recorder = xml.attributes().value(QLatin1String("type")) == QLatin1String("recording_node");
            pending.last().members.append(pm);
            member = &pending.last().members.last();
        } else if (member && name == QLatin1String("record_path")) {
            member->paused = xml.attributes().value(QLatin1String("status")) == QLatin1String("paused");
            member->recordPath = xml.readElementText().toUtf8();
        } else if (member && name != QLatin1String("flags")) {
            const QByteArray key = name.toUtf8();
            member->values.insert(key, xml.readElementText().toUtf8());
        }
    }
    if (xml.hasError() || !sawRoot) {
        if (error)
            *error = xml.hasError() ? QCoreApplication::translate("sim::BridgeEngine",
                                                                  "The xml_list document is not valid XML "
                                                                  "(line %1, column %2): %3")
                                          .arg(xml.lineNumber())
                                          .arg(xml.columnNumber())
                                          .arg(xml.errorString())
                                    : QCoreApplication::translate(
                                          "sim::BridgeEngine", "The document has no <conferences> element.");
        return false;
    }
    const qint64 t = now();
    auto decode = [](const QByteArray &v) { return QByteArray::fromPercentEncoding(v); };
    for (const PendingConference &pc : pending) {
        const QByteArray name = pc.attrs.value(QLatin1String("name")).toUtf8();
        if (name.isEmpty())
            continue;
        Conference *c = find(name);
        if (!c) {
            c = createConference(name, pc.attrs.hasAttribute(QLatin1String("answered")));
            const QByteArray uuid = pc.attrs.value(QLatin1String("uuid")).toUtf8();
            if (!uuid.isEmpty())
                c->uuid = uuid;
        }
        auto flag = [&pc](const char *attr) {
            return pc.attrs.value(QLatin1String(attr)) == QLatin1String("true");
        };
        c->locked = flag("locked");
        c->waitMod = flag("wait_mod");
        c->running = flag("running");
        c->enforceMin = flag("enforce_min");
        c->dynamic = flag("dynamic");
        c->exitSound = flag("exit_sound");
        c->enterSound = flag("enter_sound");
        c->maxMembers = pc.attrs.value(QLatin1String("max_members")).toInt();
        c->graceTime = pc.attrs.value(QLatin1String("endconference_grace_time")).toInt();
        if (const int rate = pc.attrs.value(QLatin1String("rate")).toInt(); rate > 0)
            c->rate = rate;
        if (pc.attrs.hasAttribute(QLatin1String("run_time")))
            c->createdMs = t - pc.attrs.value(QLatin1String("run_time")).toLongLong() * 1000;
        c->variables = pc.variables;
        // members are listed newest first: add them oldest first so the order survives
        for (auto it = pc.members.crbegin(); it != pc.members.crend(); ++it) {
            const PendingMember &pm = *it;
            if (pm.recorder) {
                auto r = std::make_unique<Member>();
                r->id = takeId();
                r->recorder = true;
                r->recordPath = pm.recordPath;
                r->paused = pm.paused;
                r->recordEpochSeconds = pm.values.value("join_time").toLongLong();
                const qint64 ago = qMax<qint64>(0, wallClock() - r->recordEpochSeconds * 1000);
                r->joinMs = t - ago;
                RecordingFile f;
                f.startMs = r->joinMs;
                if (pm.paused)
                    f.pauseStartMs = t;
                recordingFiles.insert(stripParams(pm.recordPath), f);
                ++c->recordCount;
                c->members.insert(c->members.begin(), std::move(r));
                continue;
            }
            auto boolValue = [&pm](const char *key) { return pm.values.value(key) == "true"; };
            MemberSpec spec;
            spec.callerIdName = QString::fromUtf8(decode(pm.values.value("caller_id_name")));
            spec.callerIdNumber = QString::fromUtf8(decode(pm.values.value("caller_id_number")));
            spec.moderator = boolValue("is_moderator");
            spec.hasVideo = boolValue("has_video");
            spec.muteDetect = boolValue("mute_detect");
            const bool hold = boolValue("hold");
            // on hold the three flags read false whatever the real state is: assume unmuted
            spec.muted = !hold && pm.values.contains("can_speak") && !boolValue("can_speak");
            spec.deaf = !hold && pm.values.contains("can_hear") && !boolValue("can_hear");
            spec.energy = pm.values.contains("energy") ? decode(pm.values.value("energy")).toInt() : -1;
            spec.joinedSecondsAgo = decode(pm.values.value("join_time")).toLongLong();
            const QByteArray uuid = decode(pm.values.value("uuid"));
            const quint32 wantedId = decode(pm.values.value("id")).toUInt();
            // keep the captured id when it is free, so the loaded state reads like the capture
            const quint32 savedNext = nextId;
            const bool keepId = wantedId > 0 && !memberAnywhere(wantedId);
            if (keepId)
                nextId = wantedId;
            Member *m = join(*c, spec, false, uuid);
            if (keepId)
                nextId = qMax(savedNext, wantedId + 1);
            m->hold = hold;
            m->endConference = boolValue("end_conference");
            m->ghost = boolValue("is_ghost");
            m->volumeIn = decode(pm.values.value("volume_in")).toInt();
            m->volumeOut = decode(pm.values.value("volume_out")).toInt();
            m->talking = boolValue("talking");
            m->voice = m->talking;
            const QByteArray lastTalking = decode(pm.values.value("last_talking"));
            if (!lastTalking.isEmpty() && lastTalking != "N/A")
                m->lastTalkMs = t - lastTalking.toLongLong() * 1000;
            if (boolValue("has_floor"))
                c->floorHolder = m->id;
        }
        c->answered = pc.attrs.value(QLatin1String("answered")) == QLatin1String("true");
    }
    return true;
}

bool BridgeEngine::loadXmlList(const QByteArray &document, QString *error)
{
    return d->loadXml(document, error);
}

} // namespace sim
