// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace gui {

/// Passwords per profile in the system keychain (QtKeychain, service "conference-console").
/// Every job is asynchronous; no nested event loop. Whether a keychain works is learnt from
/// the first job: any failure other than "no such entry" marks it unavailable for the rest of
/// the run (a headless machine answers OtherError, not NoBackendAvailable: qt-style.md §2.5),
/// keychainUnavailable() is emitted once and passwords are then kept in memory only. The
/// in-memory copy is never written anywhere else (QtKeychain's insecure fallback stays off).
class KeychainCredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    static constexpr int DefaultJobTimeoutMs = 10000;

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    /// Calls `done` exactly once, later from the event loop (never inside this call), unless
    /// `context` is destroyed first. std::nullopt: no password known for this profile.
    void readPassword(const QString &profile, QObject *context,
                      std::function<void(std::optional<QString>)> done);
    /// Keeps the password in memory at once and stores it in the keychain when one works.
    void writePassword(const QString &profile, const QString &password);
    /// Forgets the in-memory copy and deletes the keychain entry.
    void removePassword(const QString &profile);

    /// False once any keychain job has failed; true while unknown or after a success.
    bool keychainAvailable() const;
    Availability availability() const { return m_availability; }
    /// The reason given when the keychain failed (empty otherwise).
    QString unavailableReason() const { return m_reason; }

    /// Starts a harmless read so availability is known before the first real use
    /// (the connection dialog can then say where the password goes).
    void probe();

    /// A job that has not finished after this long counts as a failed keychain. Without a
    /// D-Bus session some backends never answer; this keeps callers from waiting forever.
    void setJobTimeoutMs(int ms);
    int jobTimeoutMs() const { return m_jobTimeoutMs; }

    static QString serviceName();

signals:
    /// Emitted once per store, the first time the keychain fails. `reason` is translated.
    void keychainUnavailable(const QString &reason);
    /// Emitted once when a keychain job has succeeded (or answered "no such entry").
    void keychainAvailableConfirmed();

private:
    enum class JobKind { Read, Write, Delete };
    /// Runs `job`, arms the timeout and calls `finished(error, errorString, textData)` once.
    void runJob(QKeychain::Job *job, JobKind kind,
                std::function<void(bool failed, const QString &text)> finished);
    void markUnavailable(const QString &reason);
    void markAvailable();

    Availability m_availability = Availability::Unknown;
    QString m_reason;
    int m_jobTimeoutMs = DefaultJobTimeoutMs;
    QHash<QString, QString> m_memory; ///< session copy; also the fallback store
};

} // namespace gui
