// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// generateSelfSigned() from httpserver.h, kept apart because it is the only OpenSSL user.
#include "httpd/httpserver.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace httpd {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

void freeBio(BIO *bio)
{
    BIO_free(bio);
}
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, freeBio>>;

QByteArray bioToByteArray(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, length);
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace

SelfSignedIdentity generateSelfSigned(const QString &commonName, int days)
{
    if (days <= 0)
        return SelfSignedIdentity();
    // EC P-256: fast to generate at every simulator start, supported by every TLS client we meet.
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return SelfSignedIdentity();
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1) // X509v3
        return SelfSignedIdentity();

    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return SelfSignedIdentity();
    serialBytes[0] &= 0x7f; // positive serial
    BnPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return SelfSignedIdentity();

    // Valid from an hour ago so that slightly skewed clocks accept it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600))
        return SelfSignedIdentity();
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return SelfSignedIdentity();

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = (commonName.isEmpty() ? QStringLiteral("localhost") : commonName).toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()),
                                   -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), name) != 1)
        return SelfSignedIdentity();

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    // No keyUsage: OpenSSL would then refuse to treat the cert as its own issuer when it is
    // trusted as a CA certificate by a client that pins it.
    if (!addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"))
        return SelfSignedIdentity();

    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return SelfSignedIdentity();

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return SelfSignedIdentity();

    SelfSignedIdentity identity;
    identity.certificate = QSslCertificate(bioToByteArray(certBio.get()), QSsl::Pem);
    identity.key = QSslKey(bioToByteArray(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (identity.certificate.isNull() || identity.key.isNull())
        return SelfSignedIdentity();
    return identity;
}

} // namespace httpd
