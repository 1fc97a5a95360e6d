// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eslserver.h"

#include "bridgeengine.h"
#include "fsutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

#include <deque>
#include <map>

namespace sim {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// §9.1 text/disconnect-notice body.
constexpr QByteArrayView kGoodbye = "Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n";
constexpr qint64 kMaxPendingWrite = 64LL * 1024 * 1024;
constexpr qsizetype kMaxCommandBytes = 1024 * 1024;

QByteArray replyBlock(const QByteArray &replyText, const Headers &extra = {})
{
    QByteArray out = "Content-Type: command/reply\nReply-Text: " + replyText + "\n";
    for (const auto &[k, v] : extra)
        out += k + ": " + v + "\n";
    return out + "\n";
}

QByteArray apiBlock(const QByteArray &body)
{
    // api/response puts Content-Type first (§9.1).
    return "Content-Type: api/response\nContent-Length: " + QByteArray::number(body.size()) + "\n\n" + body;
}

QByteArray disconnectBlock()
{
    return "Content-Type: text/disconnect-notice\nContent-Length: " + QByteArray::number(kGoodbye.size()) +
           "\n\n" + kGoodbye.toByteArray();
}

QByteArray header(const Headers &h, QByteArrayView name)
{
    for (const auto &[k, v] : h)
        if (QByteArrayView(k).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

} // namespace

struct Session
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    std::deque<QList<QByteArray>> queue; ///< command blocks: line + header lines
    bool authed = false;
    bool busy = false; ///< a command is running (its answer is pending)
    bool closing = false;
    bool json = false;
    bool allEvents = false;
    QSet<QByteArray> events;     ///< event names (upper case)
    QSet<QByteArray> subclasses; ///< CUSTOM subclasses
    QList<QPair<QByteArray, QByteArray>> filters;
};

struct EslServer::Private
{
    EslServer *q = nullptr;
    QPointer<BridgeEngine> engine;
    QTcpServer server;
    QByteArray password = "ClueCon";
    std::map<QTcpSocket *, std::unique_ptr<Session>> sessions;
    int suppress = 0;
    int accepted = 0;
    int authFailures = 0;
    quint64 jobSequence = 0;
    QByteArray coreUuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();

    void write(Session &s, const QByteArray &bytes)
    {
        if (!s.socket || s.closing)
            return;
        if (s.socket->bytesToWrite() > kMaxPendingWrite) {
            // A client that never reads: drop it rather than grow without bound.
            s.closing = true;
            s.socket->abort();
            return;
        }
        s.socket->write(bytes);
    }

    void closeSession(Session &s)
    {
        if (s.closing || !s.socket)
            return;
        write(s, disconnectBlock());
        s.closing = true;
        s.socket->disconnectFromHost();
    }

    void onNewConnection()
    {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++accepted;
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // events are small and urgent
            auto session = std::make_unique<Session>();
            session->socket = socket;
            Session *raw = session.get();
            sessions.emplace(socket, std::move(session));
            QObject::connect(socket, &QTcpSocket::readyRead, q, [this, socket] { onReadyRead(socket); });
            // Queued: a write may abort the socket while the sessions are being iterated.
            QObject::connect(
                socket, &QTcpSocket::disconnected, q,
                [this, socket] {
                    if (sessions.erase(socket) == 0)
                        return;
                    socket->deleteLater();
                    emit q->clientDisconnected();
                },
                Qt::QueuedConnection);
            write(*raw, "Content-Type: auth/request\n\n"); // §9.2.1
            emit q->clientConnected();
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        const auto it = sessions.find(socket);
        if (it == sessions.end())
            return;
        Session &s = *it->second;
        QByteArray bytes = socket->readAll();
        bytes.replace("\r", ""); // CR is ignored (§9.1)
        s.buffer += bytes;
        qsizetype end;
        while (!s.closing && (end = s.buffer.indexOf("\n\n")) >= 0) {
            const QByteArray block = s.buffer.left(end);
            s.buffer.remove(0, end + 2);
            QList<QByteArray> lines = block.split('\n');
            while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
                lines.removeFirst();
            if (!lines.isEmpty())
                s.queue.push_back(lines);
        }
        if (s.buffer.size() > kMaxCommandBytes) {
            closeSession(s);
            return;
        }
        processQueue(socket);
    }

    void processQueue(QTcpSocket *socket)
    {
        // Re-look the session up each time: a command may close it.
        for (;;) {
            const auto it = sessions.find(socket);
            if (it == sessions.end())
                return;
            Session &s = *it->second;
            if (s.busy || s.closing || s.queue.empty())
                return;
            const QList<QByteArray> block = s.queue.front();
            s.queue.pop_front();
            runCommand(socket, s, block);
        }
    }

    void runCommand(QTcpSocket *socket, Session &s, const QList<QByteArray> &block)
    {
        const QByteArray line = block.first().trimmed();
        Headers extra;
        for (qsizetype i = 1; i < block.size(); ++i) {
            const qsizetype colon = block.at(i).indexOf(':');
            if (colon > 0)
                extra.append({block.at(i).left(colon).trimmed(), block.at(i).mid(colon + 1).trimmed()});
        }
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).toLower();
        const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
        emit q->commandReceived(verb == "auth" ? QByteArray("auth ********") : line);

        if (!s.authed) {
            if (verb != "auth") {
                write(s, replyBlock("-ERR command not found"));
                return;
            }
            if (rest == password) {
                s.authed = true;
                write(s, replyBlock("+OK accepted"));
            } else {
                // §9.2.2: -ERR invalid, then a disconnect notice and close.
                ++authFailures;
                write(s, replyBlock("-ERR invalid"));
                closeSession(s);
            }
            return;
        }
        if (verb == "api") {
            runApi(socket, s, rest);
        } else if (verb == "bgapi") {
            runBgApi(s, rest, header(extra, "Job-UUID"));
        } else if (verb == "event") {
            subscribe(s, rest);
        } else if (verb == "nixevent") {
            unsubscribe(s, rest);
        } else if (verb == "noevents") {
            s.allEvents = false;
            s.events.clear();
            s.subclasses.clear();
            write(s, replyBlock("+OK no longer listening for events"));
        } else if (verb == "filter") {
            filter(s, rest);
        } else if (verb == "exit") {
            write(s, replyBlock("+OK bye"));
            closeSession(s);
        } else if (verb == "auth") {
            write(s, replyBlock("-ERR already authenticated"));
        } else {
            write(s, replyBlock("-ERR command not found"));
        }
    }

    static QByteArray esl(QByteArray output)
    {
        // Through mod_event_socket an empty result reads "-ERR no reply\n" (§1.5, §9.2.3).
        return output.isEmpty() ? QByteArrayLiteral("-ERR no reply\n") : output;
    }

    void runApi(QTcpSocket *socket, Session &s, const QByteArray &command)
    {
        if (!engine) {
            write(s, apiBlock("-ERR no reply\n"));
            return;
        }
        s.busy = true; // answers stay in request order, even for a ringing dial
        const QPointer<QTcpSocket> guard(socket);
        engine->api(QString::fromUtf8(command), socket, [this, guard](const QByteArray &output) {
            if (!guard)
                return;
            const auto it = sessions.find(guard.data());
            if (it == sessions.end())
                return;
            Session &session = *it->second;
            session.busy = false;
            write(session, apiBlock(esl(output)));
            // Continue with queued commands once the current call stack has unwound.
            QMetaObject::invokeMethod(
                q,
                [this, guard] {
                    if (guard)
                        processQueue(guard.data());
                },
                Qt::QueuedConnection);
        });
    }

    void runBgApi(Session &s, const QByteArray &command, QByteArray job)
    {
        if (job.isEmpty())
            job = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
        write(s, replyBlock("+OK Job-UUID: " + job, {{"Job-UUID", job}})); // §9.2.4
        const qsizetype space = command.indexOf(' ');
        const QByteArray cmd = space < 0 ? command : command.left(space);
        const QByteArray arg = space < 0 ? QByteArray() : command.mid(space + 1);
        const auto finish = [this, job, cmd, arg](const QByteArray &output) {
            Headers h = coreHeaders("BACKGROUND_JOB", ++jobSequence);
            h.append({"Job-UUID", job});
            h.append({"Job-Command", cmd});
            h.append({"Job-Command-Arg", arg});
            broadcast(h, esl(output));
        };
        if (!engine) {
            QMetaObject::invokeMethod(
                q, [finish] { finish({}); }, Qt::QueuedConnection);
            return;
        }
        // The job runs in its own thread in FreeSWITCH: its event never precedes the reply.
        QMetaObject::invokeMethod(
            q,
            [this, command, finish] {
                if (engine)
                    engine->api(QString::fromUtf8(command), q, finish);
            },
            Qt::QueuedConnection);
    }

    Headers coreHeaders(const QByteArray &eventName, quint64 sequence) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return {
            {"Event-Name", eventName},
            {"Core-UUID", coreUuid},
            {"FreeSWITCH-Hostname", "conference-bridge-sim"},
            {"FreeSWITCH-Switchname", "conference-bridge-sim"},
            {"FreeSWITCH-IPv4", "127.0.0.1"},
            {"FreeSWITCH-IPv6", "::1"},
            {"Event-Date-Local", now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8()},
            {"Event-Date-GMT", now.toString(Qt::RFC2822Date).toUtf8()},
            {"Event-Date-Timestamp", QByteArray::number(now.toMSecsSinceEpoch() * 1000)},
            {"Event-Calling-File", "mod_event_socket.c"},
            {"Event-Calling-Function", "api_exec"},
            {"Event-Calling-Line-Number", "1557"},
            {"Event-Sequence", QByteArray::number(sequence)}};
    }

    void subscribe(Session &s, const QByteArray &args)
    {
        const QList<QByteArray> tokens = args.simplified().split(' ');
        QByteArray format = tokens.value(0).toLower();
        qsizetype first = 1;
        if (format != "plain" && format != "json" && format != "xml") {
            format = "plain"; // FreeSWITCH defaults to plain when no format is given
            first = 0;
        }
        bool custom = false;
        bool any = false;
        for (qsizetype i = first; i < tokens.size(); ++i) {
            const QByteArray &t = tokens.at(i);
            if (t.isEmpty())
                continue;
            if (custom) {
                s.subclasses.insert(t);
                any = true;
            } else if (t.toUpper() == "CUSTOM") {
                custom = true;
                any = true;
            } else if (t.toUpper() == "ALL") {
                s.allEvents = true;
                any = true;
            } else {
                s.events.insert(t.toUpper());
                any = true;
            }
        }
        if (!any) {
            write(s, replyBlock("-ERR no keywords supplied"));
            return;
        }
        s.json = format == "json";
        write(s, replyBlock("+OK event listener enabled " + format));
    }

    void unsubscribe(Session &s, const QByteArray &args)
    {
        const QList<QByteArray> tokens = args.simplified().split(' ');
        bool custom = false;
        bool any = false;
        for (const QByteArray &t : tokens) {
            if (t.isEmpty())
                continue;
            any = true;
            if (custom)
                s.subclasses.remove(t);
            else if (t.toUpper() == "CUSTOM")
                custom = true;
            else if (t.toUpper() == "ALL")
                s.allEvents = false, s.events.clear(), s.subclasses.clear();
            else
                s.events.remove(t.toUpper());
        }
        write(s, replyBlock(any ? "+OK events nixed" : "-ERR no keywords supplied"));
    }

    void filter(Session &s, const QByteArray &args)
    {
        QList<QByteArray> tokens = args.simplified().split(' ');
        if (tokens.value(0) == "delete") {
            tokens.removeFirst();
            const QByteArray h = tokens.value(0);
            const QByteArray v = tokens.mid(1).join(' ');
            if (h.isEmpty()) {
                write(s, replyBlock("-ERR invalid syntax"));
                return;
            }
            if (h == "all") {
                s.filters.clear();
            } else {
                s.filters.removeIf(
                    [&](const auto &f) { return f.first == h && (v.isEmpty() || f.second == v); });
            }
            write(s, replyBlock("+OK filter deleted. [" + h + "]=[" + v + "]"));
            return;
        }
        const QByteArray h = tokens.value(0);
        const QByteArray v = tokens.mid(1).join(' ');
        if (h.isEmpty() || v.isEmpty()) {
            write(s, replyBlock("-ERR invalid syntax"));
            return;
        }
        s.filters.append({h, v});
        write(s, replyBlock("+OK filter added. [" + h + "]=[" + v + "]"));
    }

    static bool wants(const Session &s, const Headers &h)
    {
        if (!s.authed || s.closing)
            return false;
        const QByteArray name = header(h, "Event-Name");
        bool subscribed = s.allEvents || s.events.contains(name.toUpper());
        if (!subscribed && name == "CUSTOM")
            subscribed = s.subclasses.contains(header(h, "Event-Subclass"));
        if (!subscribed)
            return false;
        if (s.filters.isEmpty())
            return true;
        for (const auto &[fh, fv] : s.filters)
            if (header(h, fh) == fv)
                return true;
        return false;
    }

    static QByteArray framePlain(const Headers &h, const QByteArray &body)
    {
        QByteArray payload;
        payload.reserve(2048 + body.size());
        for (const auto &[k, v] : h) {
            payload += k;
            payload += ": ";
            if (v.isEmpty())
                payload += "_undef_"; // §8.3
            else
                fs::appendUrlEncoded(payload, v);
            payload += '\n';
        }
        if (!body.isEmpty())
            payload += "Content-Length: " + QByteArray::number(body.size()) + "\n\n" + body; // §9.2.5
        else
            payload += '\n';
        return "Content-Length: " + QByteArray::number(payload.size()) +
               "\nContent-Type: text/event-plain\n\n" + payload;
    }

    static QByteArray frameJson(const Headers &h, const QByteArray &body)
    {
        QJsonObject o;
        for (const auto &[k, v] : h)
            o.insert(QString::fromUtf8(k), QString::fromUtf8(v));
        if (!body.isEmpty())
            o.insert(QStringLiteral("_body"), QString::fromUtf8(body));
        const QByteArray payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return "Content-Length: " + QByteArray::number(payload.size()) +
               "\nContent-Type: text/event-json\n\n" + payload;
    }

    void broadcast(const Headers &h, const QByteArray &body = {})
    {
        QByteArray plain;
        QByteArray json;
        for (auto &[socket, session] : sessions) {
            Session &s = *session;
            if (!wants(s, h))
                continue;
            if (s.json) {
                if (json.isEmpty())
                    json = frameJson(h, body);
                write(s, json);
            } else {
                if (plain.isEmpty())
                    plain = framePlain(h, body);
                write(s, plain);
            }
        }
    }

    void onEngineEvent(const Headers &h)
    {
        if (suppress > 0) {
            --suppress; // a lost event, for re-sync tests
            return;
        }
        broadcast(h);
    }
};

EslServer::EslServer(BridgeEngine *engine, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->engine = engine;
    connect(&d->server, &QTcpServer::newConnection, this, [this] { d->onNewConnection(); });
    if (engine)
        connect(engine, &BridgeEngine::conferenceEvent, this,
                [this](const Headers &h) { d->onEngineEvent(h); });
}

EslServer::~EslServer()
{
    for (auto &[socket, session] : d->sessions) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    d->sessions.clear();
}

void EslServer::setPassword(const QString &password)
{
    d->password = password.toUtf8();
}

bool EslServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (d->server.listen(address, port))
        return true;
    if (error)
        *error = tr("The event socket cannot listen on %1 port %2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(d->server.errorString());
    return false;
}

quint16 EslServer::port() const
{
    return d->server.serverPort();
}

bool EslServer::isListening() const
{
    return d->server.isListening();
}

void EslServer::close()
{
    d->server.close();
    std::vector<QTcpSocket *> sockets;
    for (auto &[socket, session] : d->sessions)
        sockets.push_back(socket);
    for (QTcpSocket *socket : sockets) {
        const auto it = d->sessions.find(socket);
        if (it != d->sessions.end())
            d->closeSession(*it->second);
    }
}

int EslServer::connectionCount() const
{
    return int(d->sessions.size());
}

void EslServer::suppressNextEventsForTesting(int count)
{
    d->suppress = std::max(0, count);
}

int EslServer::acceptedConnections() const
{
    return d->accepted;
}

int EslServer::failedAuthentications() const
{
    return d->authFailures;
}

} // namespace sim
