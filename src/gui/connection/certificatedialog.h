// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QLabel;
class QListWidget;
class QPushButton;

namespace gui {

/// Shows a server certificate the system does not trust (or one that differs from the pinned
/// one) and lets the user pin its SHA-256 fingerprint for the current profile.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    CertificateDialog(const QSslCertificate &certificate, const QList<QSslError> &errors,
                      QWidget *parent = nullptr);
    ~CertificateDialog() override;

    /// Variant for a profile that already pins another certificate: the connection was refused
    /// because the certificate changed.
    void setPinnedCertificateChanged(bool changed);
    bool pinnedCertificateChanged() const { return m_pinChanged; }

    QSslCertificate certificate() const { return m_certificate; }
    /// Lower-case hex SHA-256 of the DER certificate (the format of ServerConfig::pinnedSha256).
    QString sha256() const;

    static QString sha256Hex(const QSslCertificate &certificate);
    /// "AB:CD:…" in rows of 16 bytes, for reading aloud and comparing by eye.
    static QString groupFingerprint(const QString &hex);
    /// One sentence per error, in plain words.
    static QString describeError(const QSslError &error);

signals:
    void pinAccepted(const QString &sha256LowerHex);

private:
    void updateTexts();

    QSslCertificate m_certificate;
    QList<QSslError> m_errors;
    bool m_pinChanged = false;
    QLabel *m_headline = nullptr;
    QLabel *m_explanation = nullptr;
    QListWidget *m_errorList = nullptr;
    QPushButton *m_trustButton = nullptr;
};

} // namespace gui
