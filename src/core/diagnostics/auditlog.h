// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandresponse.h"
#include "core/model/participant.h"
#include "core/rest/restclient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QIODevice;

namespace cc {

class ConferenceCommand;

/// One member a command was aimed at, as the console knew it when the command left.
struct AuditTarget
{
    quint32 memberId = 0;
    QString callerIdName;
    QString callerIdNumber;

    friend bool operator==(const AuditTarget &, const AuditTarget &) = default;
};

/// One command sent to a server: who, where, what, to whom, and what came back.
struct AuditEntry
{
    QDateTime time;    ///< UTC
    QString profile;   ///< connection profile name
    QString serverUrl; ///< base URL, never with user info
    QString user;      ///< the login used (never the password)
    QString conference;
    QString command; ///< command word, e.g. "kick"
    QString request; ///< REST segment ("kick&5") or API line
    QString method;  ///< GET / PUT
    QList<AuditTarget> targets;
    QString outcome; ///< "success", "freeswitch-error", "backend-failure", "http-error", "transport-failure"
    QString answer;  ///< FreeSWITCH's text (or the outcome message when there is none)
    int httpStatus = 0;
    qint64 latencyMs = 0;

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &object);
    /// Builds the entry for one finished command. `targets` come from the member table at send time.
    static AuditEntry make(const QString &profile, const QUrl &serverUrl, const QString &user,
                           const QString &conference, const ConferenceCommand &command,
                           const RestResult &result, const CommandOutcome &outcome,
                           const QList<AuditTarget> &targets);
    /// Targets of a command's member selector, resolved against the snapshot ("all" = everybody).
    static QList<AuditTarget> targetsFor(const ConferenceCommand &command,
                                         const ConferenceSnapshot &snapshot);

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

QString outcomeKindName(ResponseKind kind);

struct AuditFilter
{
    QDateTime from; ///< inclusive; invalid = unbounded
    QDateTime to;   ///< inclusive; invalid = unbounded
    QString conference;
    QString text; ///< case-insensitive substring of any text field

    bool matches(const AuditEntry &entry) const;
};

/// Append-only JSON-lines audit trail of sent commands, `<AppDataLocation>/audit.jsonl`.
/// One line per command, flushed at once; rotates to audit.1.jsonl at maxBytes (one old file
/// kept). Passwords never get in: the URL loses its user info and registered secrets are masked.
class AuditLog final
{
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    static constexpr qint64 kDefaultMaxBytes = 10LL * 1024 * 1024;

    /// Empty path: defaultPath().
    explicit AuditLog(const QString &path = {});
    ~AuditLog();

    static QString defaultPath();
    QString path() const { return m_path; }
    /// The rotated predecessor: "audit.1.jsonl" next to path().
    QString rotatedPath() const;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    /// Strings (passwords) that must never be written; each occurrence becomes "********".
    void addSecret(const QString &secret);

    /// Appends one line. False (and `error` in plain words) when the file cannot be written.
    bool append(const AuditEntry &entry, QString *error = nullptr);

    /// Entries of one file, oldest first. Corrupt lines (e.g. a truncated last line after a
    /// crash) are skipped and counted.
    static QList<AuditEntry> load(const QString &path, int *skippedLines = nullptr);
    /// Rotated file then current file.
    QList<AuditEntry> loadAll(int *skippedLines = nullptr) const;
    static QList<AuditEntry> filter(const QList<AuditEntry> &entries, const AuditFilter &filter);

    /// RFC 4180 CSV (CRLF, quoted where needed, header row). Cells starting with = + - @ (or
    /// tab / CR) get a leading apostrophe so spreadsheets do not run them as formulas.
    static bool exportCsv(const QList<AuditEntry> &entries, QIODevice *device);
    bool exportCsv(QIODevice *device, const AuditFilter &filter = {}) const;
    static QString csvCell(const QString &value);

private:
    bool openFile(QString *error);
    bool rotate(QString *error);
    QString redact(QString text) const;
    AuditEntry redacted(const AuditEntry &entry) const;

    QString m_path;
    QFile m_file;
    qint64 m_maxBytes = kDefaultMaxBytes;
    QStringList m_secrets;
};

} // namespace cc
