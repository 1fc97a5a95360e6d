// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connection/certificatedialog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gui {

namespace {
QString joinInfo(const QSslCertificate &cert, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo what) {
        return (issuer ? cert.issuerInfo(what) : cert.subjectInfo(what)).join(QLatin1String(", "));
    };
    QStringList parts;
    for (auto what :
         {QSslCertificate::CommonName, QSslCertificate::Organization, QSslCertificate::OrganizationalUnitName,
          QSslCertificate::LocalityName, QSslCertificate::CountryName}) {
        const QString value = info(what);
        if (!value.isEmpty())
            parts << value;
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

CertificateDialog::CertificateDialog(const QSslCertificate &certificate, const QList<QSslError> &errors,
                                     QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
    , m_errors(errors)
{
    setObjectName(QStringLiteral("CertificateDialog"));
    setWindowTitle(tr("Server certificate"));

    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    layout->addWidget(m_headline);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString none = tr("(none)");
    const QString subject = joinInfo(certificate, false);
    auto *subjectLabel = valueLabel(subject.isEmpty() ? none : subject, this);
    subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    form->addRow(tr("Issued to:"), subjectLabel);

    QStringList names;
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
        names << it.value();
    if (!names.isEmpty()) {
        auto *namesLabel = valueLabel(names.join(QLatin1String(", ")), this);
        namesLabel->setObjectName(QStringLiteral("alternativeNamesLabel"));
        form->addRow(tr("Host names:"), namesLabel);
    }

    const QString issuer = joinInfo(certificate, true);
    auto *issuerLabel =
        valueLabel(certificate.isSelfSigned() ? tr("%1 (self-signed)").arg(issuer.isEmpty() ? none : issuer)
                                              : (issuer.isEmpty() ? none : issuer),
                   this);
    issuerLabel->setObjectName(QStringLiteral("issuerLabel"));
    form->addRow(tr("Issued by:"), issuerLabel);

    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString validity =
        tr("%1 to %2")
            .arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                 locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat));
    if (certificate.isNull())
        validity = none;
    else if (certificate.expiryDate() < now)
        validity += u' ' + tr("(expired)");
    else if (certificate.effectiveDate() > now)
        validity += u' ' + tr("(not yet valid)");
    auto *validityLabel = valueLabel(validity, this);
    validityLabel->setObjectName(QStringLiteral("validityLabel"));
    form->addRow(tr("Valid:"), validityLabel);

    auto *fingerprintLabel = valueLabel(groupFingerprint(sha256()), this);
    fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256:"), fingerprintLabel);
    layout->addLayout(form);

    auto *problemsLabel = new QLabel(tr("Problems found:"), this);
    layout->addWidget(problemsLabel);
    m_errorList = new QListWidget(this);
    m_errorList->setObjectName(QStringLiteral("errorList"));
    m_errorList->setWordWrap(true);
    m_errorList->setSelectionMode(QAbstractItemView::NoSelection);
    m_errorList->setFocusPolicy(Qt::NoFocus);
    QStringList described;
    for (const QSslError &error : errors) {
        const QString text = describeError(error);
        if (!described.contains(text))
            described << text;
    }
    m_errorList->addItems(described);
    m_errorList->setMaximumHeight(qMax(3, int(described.size()) + 1) * fontMetrics().height() * 3 / 2);
    problemsLabel->setVisible(!described.isEmpty());
    m_errorList->setVisible(!described.isEmpty());
    layout->addWidget(m_errorList);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_trustButton =
        buttons->addButton(tr("Trust this certificate for this profile"), QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setEnabled(!certificate.isNull());
    buttons->addButton(QDialogButtonBox::Cancel);
    // Cancel is the safe default: Enter must not pin a certificate by accident.
    m_trustButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        emit pinAccepted(sha256());
        accept();
    });

    updateTexts();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

CertificateDialog::~CertificateDialog() = default;

void CertificateDialog::setPinnedCertificateChanged(bool changed)
{
    m_pinChanged = changed;
    updateTexts();
}

QString CertificateDialog::sha256() const
{
    return sha256Hex(m_certificate);
}

QString CertificateDialog::sha256Hex(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString CertificateDialog::groupFingerprint(const QString &hex)
{
    const QString upper = hex.toUpper();
    QString out;
    for (int i = 0; i < upper.size(); i += 2) {
        if (i > 0)
            out += (i % 32 == 0) ? u'\n' : u':';
        out += upper.mid(i, 2);
    }
    return out;
}

QString CertificateDialog::describeError(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return tr("The certificate is self-signed: no certificate authority vouches for it.");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return tr("The certificate was issued by an authority this computer does not know.");
    case QSslError::CertificateUntrusted:
        return tr("The certificate is not trusted for identifying servers.");
    case QSslError::CertificateExpired:
        return tr("The certificate has expired.");
    case QSslError::CertificateNotYetValid:
        return tr("The certificate is not valid yet (check this computer's clock).");
    case QSslError::HostNameMismatch:
        return tr("The certificate was issued for a different host name than the one you connected to.");
    case QSslError::CertificateRevoked:
        return tr("The certificate has been revoked by its issuer.");
    case QSslError::CertificateSignatureFailed:
    case QSslError::CertificateBlacklisted:
        return tr("The certificate's signature is invalid or the certificate is blocked.");
    default:
        break;
    }
    return error.errorString();
}

void CertificateDialog::updateTexts()
{
    if (m_pinChanged) {
        // The pin is the only trust anchor for this profile: a different certificate may mean
        // the server was re-keyed or that someone is intercepting the connection.
        m_headline->setText(tr("Refused: the certificate differs from the pinned one"));
        m_explanation->setText(
            tr("This profile trusts a specific certificate, and the server now presents a different one. "
               "That happens when the server's certificate was renewed, but it can also mean someone is "
               "intercepting the connection. Compare the fingerprint with the server administrator "
               "before trusting it."));
        m_trustButton->setText(tr("Trust the new certificate for this profile"));
    } else {
        m_headline->setText(tr("The server's certificate is not trusted"));
        m_explanation->setText(
            tr("The connection was stopped because this computer cannot verify the server's identity. "
               "If the fingerprint below matches the one your administrator gave you, you can trust this "
               "certificate for this profile; it will be pinned and checked on every connection."));
        m_trustButton->setText(tr("Trust this certificate for this profile"));
    }
}

} // namespace gui
