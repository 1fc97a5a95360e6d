// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simulator.h"

#include "sim/bridgeengine.h"

#include "httpd/httpserver.h"
#include "sim/eslserver.h"
#include "sim/restfacade.h"
#include "sim/upstreamesl.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSslKey>

// A static library's resources must be registered by hand, from the global namespace.
static void initSimResources()
{
    Q_INIT_RESOURCE(sim);
}

namespace sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sim::Simulator", text);
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace

struct Simulator::Private
{
    SimulatorOptions options;
    Scenario scenario;
    BridgeEngine *engine = nullptr;
    RestFacade *facade = nullptr;
    httpd::Server *server = nullptr;
    EslServer *esl = nullptr;
    QSslCertificate certificate;
    QSslKey key;
    bool started = false;
};

Simulator::Simulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    initSimResources();
    d->options = options;
    d->engine = new BridgeEngine(this);
}

Simulator::~Simulator() = default;

bool Simulator::start(QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (d->started) {
        err = tr("the simulator is already running");
        return false;
    }

    // 1. The world: scenario, then captured xml_list documents.
    const QString scenarioPath = d->options.scenarioFile.isEmpty()
                                     ? QStringLiteral(":/sim/default-scenario.json")
                                     : d->options.scenarioFile;
    QString scenarioError;
    std::optional<Scenario> scenario = Scenario::load(scenarioPath, &scenarioError);
    if (!scenario) {
        err = tr("invalid scenario: %1").arg(scenarioError);
        return false;
    }
    d->scenario = std::move(*scenario);

    d->engine->clear();
    d->engine->setActivity(d->options.activity);
    d->engine->setRingDelayMs(d->options.ringDelayMs);
    // Captures first, so that their member ids (one counter across all conferences, as in
    // FreeSWITCH) stay as captured and a captured state reads back byte for byte; a captured
    // conference replaces the scenario's members of the same name.
    for (const QString &path : std::as_const(d->options.loadXmlListFiles)) {
        QString readError;
        const QByteArray document = readFile(path, &readError);
        if (!readError.isEmpty()) {
            err = tr("cannot load the xml_list capture: %1").arg(readError);
            return false;
        }
        const QStringList before = d->engine->conferenceNames();
        QString loadError;
        if (!d->engine->loadXmlList(document, &loadError)) {
            err = tr("cannot load the xml_list capture %1: %2").arg(path, loadError);
            return false;
        }
        // A captured conference unknown to the scenario gets a sipXconfig record owned by the
        // first user, so that it is reachable over REST at all.
        for (const QString &name : d->engine->conferenceNames()) {
            if (before.contains(name) || d->scenario.findConference(name))
                continue;
            ScenarioConference conf;
            conf.name = name;
            conf.extension = name;
            conf.description = tr("Loaded from %1").arg(path);
            conf.owner = d->scenario.users.first().user;
            d->scenario.conferences << conf;
        }
    }

    QStringList captured = d->engine->conferenceNames();
    for (const ScenarioConference &conf : std::as_const(d->scenario.conferences)) {
        if (captured.contains(conf.name))
            continue;
        for (const MemberSpec &member : conf.members)
            d->engine->addMember(conf.name, member);
    }

    // 2. The server (a failed earlier start may have left one behind).
    delete d->facade;
    d->facade = nullptr;
    delete d->server;
    d->server = new httpd::Server(this);
    if (d->options.tls) {
        if (!d->options.certFile.isEmpty() || !d->options.keyFile.isEmpty()) {
            if (d->options.certFile.isEmpty() || d->options.keyFile.isEmpty()) {
                err = tr("--cert and --key must be given together");
                return false;
            }
            QString readError;
            const QByteArray certPem = readFile(d->options.certFile, &readError);
            const QByteArray keyPem =
                readError.isEmpty() ? readFile(d->options.keyFile, &readError) : QByteArray();
            if (!readError.isEmpty()) {
                err = readError;
                return false;
            }
            const QList<QSslCertificate> certs = QSslCertificate::fromData(certPem, QSsl::Pem);
            if (certs.isEmpty()) {
                err = tr("%1 holds no PEM certificate").arg(d->options.certFile);
                return false;
            }
            d->certificate = certs.first();
            for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
                d->key = QSslKey(keyPem, algorithm, QSsl::Pem);
                if (!d->key.isNull())
                    break;
            }
            if (d->key.isNull()) {
                err = tr("%1 holds no unencrypted PEM private key (RSA, EC or DSA)").arg(d->options.keyFile);
                return false;
            }
        } else {
            const httpd::SelfSignedIdentity identity =
                httpd::generateSelfSigned(QStringLiteral("conference-bridge-sim"));
            if (identity.certificate.isNull() || identity.key.isNull()) {
                err = tr("could not generate a self-signed certificate");
                return false;
            }
            d->certificate = identity.certificate;
            d->key = identity.key;
        }
        d->server->setTls(d->certificate, d->key);
    }

    d->facade = new RestFacade(d->engine, &d->scenario, this);
    QString realm = d->options.realm;
    if (realm.isEmpty())
        realm = d->scenario.realm.isEmpty() ? QStringLiteral("example.com") : d->scenario.realm;
    d->options.realm = realm;
    d->facade->setRealm(realm);
    d->facade->setNonceLifetimeMs(d->options.nonceLifetimeMs);
    d->facade->setMethodPolicy(d->options.methodPolicy);
    d->facade->setFault(d->options.fault);
    d->facade->setLatencyMs(d->options.latencyMs);
    d->facade->setDropRate(d->options.dropRate, d->options.activity.seed);
    d->facade->setHangLimitMs(d->options.hangLimitMs);
    if (!d->options.upstreamEslHost.isEmpty()) {
        auto upstream = std::make_unique<UpstreamEsl>(d->options.upstreamEslHost, d->options.upstreamEslPort,
                                                      d->options.upstreamEslPassword);
        upstream->setApiTimeoutMs(d->options.upstreamEslTimeoutMs);
        d->facade->setUpstream(std::move(upstream));
    }
    connect(d->facade, &RestFacade::requestHandled, this, &Simulator::requestHandled);
    RestFacade *facade = d->facade;
    d->server->setHandler([facade](const httpd::Request &request, const httpd::Responder &responder) {
        facade->handle(request, responder);
    });

    if (!d->server->listen(d->options.address, d->options.port)) {
        err = tr("cannot listen on %1 port %2: %3")
                  .arg(d->options.address.toString())
                  .arg(d->options.port)
                  .arg(d->server->errorString());
        return false;
    }
    delete d->esl;
    d->esl = nullptr;
    if (d->options.eslPort >= 0) {
        d->esl = new EslServer(d->engine, this);
        d->esl->setPassword(d->options.eslPassword);
        if (!d->esl->listen(d->options.address, quint16(d->options.eslPort), &err)) {
            d->server->close();
            return false;
        }
    }
    d->started = true;
    return true;
}

quint16 Simulator::eslPort() const
{
    return d->esl && d->esl->isListening() ? d->esl->port() : 0;
}

EslServer *Simulator::eslServer() const
{
    return d->esl;
}

void Simulator::stop()
{
    if (d->server)
        d->server->close();
    if (d->esl)
        d->esl->close();
    d->started = false;
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(d->options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(d->options.address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/sipxconfig/rest"));
    return url;
}

quint16 Simulator::port() const
{
    return d->server ? d->server->port() : d->options.port;
}

QSslCertificate Simulator::certificate() const
{
    return d->certificate;
}

QString Simulator::certificateSha256() const
{
    return d->certificate.isNull() ? QString() : httpd::sha256Fingerprint(d->certificate);
}

BridgeEngine *Simulator::engine() const
{
    return d->engine;
}

QList<UserAccount> Simulator::users() const
{
    return d->scenario.users;
}

QStringList Simulator::conferencesOwnedBy(const QString &user) const
{
    QStringList names;
    for (const ScenarioConference &c : std::as_const(d->scenario.conferences)) {
        if (!c.owner.isEmpty() && c.owner == user)
            names << c.name;
    }
    return names;
}

void Simulator::setFault(BackendFault fault)
{
    d->options.fault = fault;
    if (d->facade)
        d->facade->setFault(fault);
}

void Simulator::setLatencyMs(int ms)
{
    d->options.latencyMs = ms;
    if (d->facade)
        d->facade->setLatencyMs(ms);
}

void Simulator::setDropRate(double rate)
{
    d->options.dropRate = rate;
    if (d->facade)
        d->facade->setDropRate(rate);
}

int Simulator::hungRequestCount() const
{
    return d->facade ? d->facade->hungRequestCount() : 0;
}

const SimulatorOptions &Simulator::options() const
{
    return d->options;
}

const Scenario &Simulator::scenario() const
{
    return d->scenario;
}

} // namespace sim
