// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/keychaincredentialstore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace gui {

namespace {
const QString ProbeKey = QStringLiteral("__conference-console-probe__");
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : QObject(parent)
{}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("conference-console");
}

bool KeychainCredentialStore::keychainAvailable() const
{
    return m_availability != Availability::Unavailable;
}

void KeychainCredentialStore::setJobTimeoutMs(int ms)
{
    m_jobTimeoutMs = qMax(1, ms);
}

void KeychainCredentialStore::readPassword(const QString &profile, QObject *context,
                                           std::function<void(std::optional<QString>)> done)
{
    // A null context means "no lifetime guard": the store itself then stands in.
    QPointer<QObject> guard = context ? context : this;
    auto deliver = [guard, done](std::optional<QString> value) {
        if (guard && done)
            done(std::move(value));
    };

    if (m_memory.contains(profile) || m_availability == Availability::Unavailable) {
        const std::optional<QString> value =
            m_memory.contains(profile) ? std::optional<QString>(m_memory.value(profile)) : std::nullopt;
        // Always answer from the event loop so callers see one behaviour, keychain or not.
        QMetaObject::invokeMethod(
            guard ? guard.data() : this, [deliver, value] { deliver(value); }, Qt::QueuedConnection);
        return;
    }

    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(profile);
    runJob(job, JobKind::Read, [this, profile, deliver](bool failed, const QString &text) {
        if (!failed && !text.isNull()) {
            // A password typed during the read wins over the stored one.
            if (!m_memory.contains(profile))
                m_memory.insert(profile, text);
        }
        deliver(m_memory.contains(profile) ? std::optional<QString>(m_memory.value(profile)) : std::nullopt);
    });
}

void KeychainCredentialStore::writePassword(const QString &profile, const QString &password)
{
    m_memory.insert(profile, password);
    if (m_availability == Availability::Unavailable)
        return;
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(profile);
    job->setTextData(password);
    runJob(job, JobKind::Write, {});
}

void KeychainCredentialStore::removePassword(const QString &profile)
{
    m_memory.remove(profile);
    if (m_availability == Availability::Unavailable)
        return;
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(profile);
    runJob(job, JobKind::Delete, {});
}

void KeychainCredentialStore::probe()
{
    if (m_availability != Availability::Unknown)
        return;
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(ProbeKey);
    runJob(job, JobKind::Read, {});
}

void KeychainCredentialStore::runJob(QKeychain::Job *job, JobKind kind,
                                     std::function<void(bool, const QString &)> finished)
{
    // Passwords must never land in a plain-text QSettings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    auto settled = std::make_shared<bool>(false);

    connect(job, &QKeychain::Job::finished, this, [this, kind, settled, finished](QKeychain::Job *j) {
        if (*settled)
            return; // already reported as timed out
        *settled = true;
        const QKeychain::Error error = j->error();
        QString text;
        bool failed = false;
        if (error == QKeychain::NoError) {
            markAvailable();
            if (kind == JobKind::Read)
                text = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        } else if (error == QKeychain::EntryNotFound && kind != JobKind::Write) {
            // The keychain answered; it just has nothing under this key.
            markAvailable();
        } else {
            failed = true;
            const QString detail =
                j->errorString().isEmpty() ? tr("error %1").arg(int(error)) : j->errorString();
            markUnavailable(tr("The system keychain cannot be used (%1).").arg(detail));
        }
        if (finished)
            finished(failed, text);
    });

    QTimer::singleShot(m_jobTimeoutMs, this, [this, settled, finished] {
        if (*settled)
            return;
        *settled = true;
        // The job may still finish later; its result is then ignored (see `settled`).
        markUnavailable(
            tr("The system keychain did not answer within %1 seconds.").arg(m_jobTimeoutMs / 1000.0));
        if (finished)
            finished(true, QString());
    });

    job->start();
}

void KeychainCredentialStore::markUnavailable(const QString &reason)
{
    if (m_availability == Availability::Unavailable)
        return;
    m_availability = Availability::Unavailable;
    m_reason = reason;
    emit keychainUnavailable(reason);
}

void KeychainCredentialStore::markAvailable()
{
    if (m_availability != Availability::Unknown)
        return;
    m_availability = Availability::Available;
    emit keychainAvailableConfirmed();
}

} // namespace gui
