// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnostics/auditlog.h"

#include "core/commands/conferencecommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace cc {

namespace {

const QString kMask = QStringLiteral("********");

QList<quint32> idsIn(const QString &token)
{
    QList<quint32> ids;
    for (const QString &part : token.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const quint32 id = part.toUInt(&ok);
        if (ok)
            ids << id;
    }
    return ids;
}

bool isMemberSelectorCommand(CommandId id)
{
    switch (id) {
    case CommandId::Mute:
    case CommandId::Unmute:
    case CommandId::Deaf:
    case CommandId::Undeaf:
    case CommandId::TMute:
    case CommandId::Kick:
    case CommandId::Hup:
    case CommandId::Hold:
    case CommandId::Unhold:
    case CommandId::Floor:
    case CommandId::Energy:
    case CommandId::VolumeIn:
    case CommandId::VolumeOut:
    case CommandId::Dtmf:
    case CommandId::SayMember:
        return true;
    default:
        return false;
    }
}

} // namespace

QString outcomeKindName(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::Success:
        return QStringLiteral("success");
    case ResponseKind::FreeSwitchError:
        return QStringLiteral("freeswitch-error");
    case ResponseKind::BackendFailure:
        return QStringLiteral("backend-failure");
    case ResponseKind::HttpError:
        return QStringLiteral("http-error");
    case ResponseKind::TransportFailure:
        return QStringLiteral("transport-failure");
    }
    return QStringLiteral("unknown");
}

QJsonObject AuditEntry::toJson() const
{
    QJsonArray targetArray;
    for (const AuditTarget &t : targets) {
        targetArray.append(QJsonObject{{QStringLiteral("id"), qint64(t.memberId)},
                                       {QStringLiteral("name"), t.callerIdName},
                                       {QStringLiteral("number"), t.callerIdNumber}});
    }
    return QJsonObject{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("server"), serverUrl},
        {QStringLiteral("user"), user},
        {QStringLiteral("conference"), conference},
        {QStringLiteral("command"), command},
        {QStringLiteral("request"), request},
        {QStringLiteral("method"), method},
        {QStringLiteral("targets"), targetArray},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("answer"), answer},
        {QStringLiteral("status"), httpStatus},
        {QStringLiteral("latencyMs"), latencyMs},
    };
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!e.time.isValid())
        return std::nullopt;
    e.time = e.time.toUTC();
    e.profile = o.value(QLatin1String("profile")).toString();
    e.serverUrl = o.value(QLatin1String("server")).toString();
    e.user = o.value(QLatin1String("user")).toString();
    e.conference = o.value(QLatin1String("conference")).toString();
    e.command = o.value(QLatin1String("command")).toString();
    e.request = o.value(QLatin1String("request")).toString();
    e.method = o.value(QLatin1String("method")).toString();
    const QJsonArray targetArray = o.value(QLatin1String("targets")).toArray();
    for (const QJsonValue &v : targetArray) {
        const QJsonObject t = v.toObject();
        e.targets.append(AuditTarget{quint32(t.value(QLatin1String("id")).toInteger()),
                                     t.value(QLatin1String("name")).toString(),
                                     t.value(QLatin1String("number")).toString()});
    }
    e.outcome = o.value(QLatin1String("outcome")).toString();
    e.answer = o.value(QLatin1String("answer")).toString();
    e.httpStatus = o.value(QLatin1String("status")).toInt();
    e.latencyMs = o.value(QLatin1String("latencyMs")).toInteger();
    return e;
}

AuditEntry AuditEntry::make(const QString &profile, const QUrl &serverUrl, const QString &user,
                            const QString &conference, const ConferenceCommand &command,
                            const RestResult &result, const CommandOutcome &outcome,
                            const QList<AuditTarget> &targets)
{
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.profile = profile;
    e.serverUrl = serverUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                      .toString(QUrl::FullyEncoded);
    e.user = user;
    e.conference = conference;
    e.command = command.name();
    const std::optional<QString> segment = command.restSegment();
    e.request = segment ? *segment : command.apiLine(conference);
    e.method = QString::fromLatin1(result.method);
    e.targets = targets;
    e.outcome = outcomeKindName(outcome.kind);
    e.answer = outcome.payload.isEmpty() ? outcome.message : outcome.payload.trimmed();
    e.httpStatus = result.httpStatus;
    e.latencyMs = result.latencyMs;
    return e;
}

QList<AuditTarget> AuditEntry::targetsFor(const ConferenceCommand &command,
                                          const ConferenceSnapshot &snapshot)
{
    QList<quint32> ids;
    bool all = false;
    bool nonModerators = false;
    bool last = false;
    const QStringList args = command.arguments();
    const CommandId id = command.id();
    if (isMemberSelectorCommand(id) && !args.isEmpty()) {
        const QString &selector = args.first();
        all = selector == u"all";
        nonModerators = selector == u"non_moderator";
        last = selector == u"last";
        ids = idsIn(selector);
    } else if (id == CommandId::Transfer) {
        for (qsizetype i = 1; i < args.size(); ++i)
            ids += idsIn(args.at(i));
    } else if (id == CommandId::Relate || id == CommandId::RelateList) {
        for (qsizetype i = 0; i < std::min<qsizetype>(args.size(), 2); ++i)
            ids += idsIn(args.at(i));
    } else if (id == CommandId::Play || id == CommandId::Stop) {
        if (args.size() >= 2)
            ids = idsIn(args.last());
    }

    QList<AuditTarget> out;
    quint32 lastId = 0;
    for (const Participant &p : snapshot.members)
        lastId = std::max(lastId, p.id);
    for (const Participant &p : snapshot.members) {
        if (all || (nonModerators && !p.isModerator) || (last && p.id == lastId) || ids.contains(p.id))
            out.append(AuditTarget{p.id, p.callerIdName, p.callerIdNumber});
    }
    // Ids the table no longer knew are still recorded, without caller id.
    for (quint32 missing : ids) {
        if (std::none_of(out.cbegin(), out.cend(),
                         [missing](const AuditTarget &t) { return t.memberId == missing; }))
            out.append(AuditTarget{missing, {}, {}});
    }
    std::sort(out.begin(), out.end(),
              [](const AuditTarget &a, const AuditTarget &b) { return a.memberId < b.memberId; });
    return out;
}

bool AuditFilter::matches(const AuditEntry &e) const
{
    if (from.isValid() && e.time < from)
        return false;
    if (to.isValid() && e.time > to)
        return false;
    if (!conference.isEmpty() && e.conference != conference)
        return false;
    if (text.isEmpty())
        return true;
    QStringList fields = {e.profile, e.serverUrl, e.user,    e.conference, e.command,
                          e.request, e.method,    e.outcome, e.answer,     QString::number(e.httpStatus)};
    for (const AuditTarget &t : e.targets)
        fields << QString::number(t.memberId) << t.callerIdName << t.callerIdNumber;
    return std::any_of(fields.cbegin(), fields.cend(),
                       [this](const QString &f) { return f.contains(text, Qt::CaseInsensitive); });
}

AuditLog::AuditLog(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{}

AuditLog::~AuditLog() = default;

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/audit.jsonl");
}

QString AuditLog::rotatedPath() const
{
    const QFileInfo info(m_path);
    QString base = info.fileName();
    const QString suffix = QStringLiteral(".jsonl");
    if (base.endsWith(suffix))
        base.chop(suffix.size());
    return info.dir().filePath(base + QLatin1String(".1") + suffix);
}

void AuditLog::addSecret(const QString &secret)
{
    // Very short secrets would mask ordinary digits and words all over the log; the URL and
    // the entry fields never carry the password anyway, this is the second line of defence.
    if (secret.size() >= 3 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString AuditLog::redact(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, kMask);
    return text;
}

AuditEntry AuditLog::redacted(const AuditEntry &entry) const
{
    AuditEntry e = entry;
    // Whatever the caller passed: no user info in the server URL.
    const QUrl url(e.serverUrl);
    if (url.isValid() && !url.userInfo().isEmpty())
        e.serverUrl = url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
    for (QString *field : {&e.profile, &e.serverUrl, &e.user, &e.conference, &e.command, &e.request,
                           &e.method, &e.outcome, &e.answer})
        *field = redact(*field);
    for (AuditTarget &t : e.targets) {
        t.callerIdName = redact(t.callerIdName);
        t.callerIdNumber = redact(t.callerIdNumber);
    }
    return e;
}

bool AuditLog::openFile(QString *error)
{
    if (m_file.isOpen())
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("cc::AuditLog",
                                                 "The folder %1 for the audit log cannot be created.")
                         .arg(info.absolutePath());
        return false;
    }
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QCoreApplication::translate("cc::AuditLog", "The audit log %1 cannot be written: %2")
                         .arg(m_path, m_file.errorString());
        return false;
    }
    return true;
}

bool AuditLog::rotate(QString *error)
{
    m_file.close();
    const QString old = rotatedPath();
    if (QFile::exists(old) && !QFile::remove(old)) {
        if (error)
            *error = QCoreApplication::translate("cc::AuditLog", "The old audit log %1 cannot be removed.")
                         .arg(old);
        return false;
    }
    if (!QFile::rename(m_path, old)) {
        if (error)
            *error = QCoreApplication::translate("cc::AuditLog", "The audit log %1 cannot be renamed to %2.")
                         .arg(m_path, old);
        return false;
    }
    return openFile(error);
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    if (!openFile(error))
        return false;
    QByteArray line = QJsonDocument(redacted(entry).toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes && !rotate(error))
        return false;
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        if (error)
            *error = QCoreApplication::translate("cc::AuditLog", "The audit log %1 cannot be written: %2")
                         .arg(m_path, m_file.errorString());
        m_file.close(); // reopen next time; the disk may have space again
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::load(const QString &path, int *skippedLines)
{
    QList<AuditEntry> entries;
    int skipped = 0;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray all = file.readAll();
        for (const QByteArray &raw : all.split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            std::optional<AuditEntry> e;
            if (parseError.error == QJsonParseError::NoError && doc.isObject())
                e = AuditEntry::fromJson(doc.object());
            if (e)
                entries.append(*e);
            else
                ++skipped;
        }
    }
    if (skippedLines)
        *skippedLines = skipped;
    return entries;
}

QList<AuditEntry> AuditLog::loadAll(int *skippedLines) const
{
    int skippedOld = 0;
    int skippedNew = 0;
    QList<AuditEntry> entries = load(rotatedPath(), &skippedOld);
    entries += load(m_path, &skippedNew);
    if (skippedLines)
        *skippedLines = skippedOld + skippedNew;
    return entries;
}

QList<AuditEntry> AuditLog::filter(const QList<AuditEntry> &entries, const AuditFilter &filter)
{
    QList<AuditEntry> out;
    std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(out),
                 [&filter](const AuditEntry &e) { return filter.matches(e); });
    return out;
}

QString AuditLog::csvCell(const QString &value)
{
    QString v = value;
    // OWASP CSV injection: a leading = + - @ (or tab / CR) makes spreadsheets evaluate the cell.
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@' ||
                         v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    const bool quote = v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
                       v.startsWith(u' ') || v.endsWith(u' ');
    if (!quote)
        return v;
    v.replace(u'"', QLatin1String("\"\""));
    return u'"' + v + u'"';
}

bool AuditLog::exportCsv(const QList<AuditEntry> &entries, QIODevice *device)
{
    if (!device || !device->isWritable())
        return false;
    const auto writeRow = [device](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &c : cells)
            quoted << csvCell(c);
        const QByteArray line = quoted.join(u',').toUtf8() + "\r\n";
        return device->write(line) == line.size();
    };
    bool ok = writeRow({QStringLiteral("time"), QStringLiteral("profile"), QStringLiteral("server"),
                        QStringLiteral("user"), QStringLiteral("conference"), QStringLiteral("command"),
                        QStringLiteral("request"), QStringLiteral("method"), QStringLiteral("member ids"),
                        QStringLiteral("caller id names"), QStringLiteral("caller id numbers"),
                        QStringLiteral("outcome"), QStringLiteral("answer"), QStringLiteral("http status"),
                        QStringLiteral("latency ms")});
    for (const AuditEntry &e : entries) {
        QStringList ids;
        QStringList names;
        QStringList numbers;
        for (const AuditTarget &t : e.targets) {
            ids << QString::number(t.memberId);
            names << t.callerIdName;
            numbers << t.callerIdNumber;
        }
        ok = ok && writeRow({e.time.toUTC().toString(Qt::ISODateWithMs), e.profile, e.serverUrl, e.user,
                             e.conference, e.command, e.request, e.method, ids.join(u' '), names.join(u"; "),
                             numbers.join(u"; "), e.outcome, e.answer, QString::number(e.httpStatus),
                             QString::number(e.latencyMs)});
    }
    return ok;
}

bool AuditLog::exportCsv(QIODevice *device, const AuditFilter &filter) const
{
    return exportCsv(AuditLog::filter(loadAll(), filter), device);
}

} // namespace cc
