// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/logexchangemodel.h"

#include <QColor>
#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSslKey>

namespace gui {

namespace {
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Only quote a user name when the shell would otherwise split or expand it.
QString shellWord(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._@+-]+$"));
    return plain.match(text).hasMatch() ? text : shellQuote(text);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

ExchangeLogModel::ExchangeLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ExchangeLogModel::~ExchangeLogModel() = default;

int ExchangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ExchangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExchangeLogModel::statusText(const ExchangeLogEntry &entry)
{
    if (entry.error != cc::TransportError::None) {
        // A 401 after credentials were tried still has a status worth showing.
        if (entry.httpStatus > 0)
            return QStringLiteral("%1 (%2)").arg(entry.httpStatus).arg(cc::transportErrorText(entry.error));
        return cc::transportErrorText(entry.error);
    }
    if (entry.reasonPhrase.isEmpty())
        return QString::number(entry.httpStatus);
    return QString::number(entry.httpStatus) + QLatin1Char(' ') + QString::fromLatin1(entry.reasonPhrase);
}

QVariant ExchangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeLogEntry &e = m_entries.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn:
            return QString::fromLatin1(e.method);
        case UrlColumn:
            return e.url.toDisplayString();
        case StatusColumn:
            return statusText(e);
        case LatencyColumn:
            return tr("%1 ms").arg(e.latencyMs);
        case SizeColumn:
            return sizeText(e.size);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time;
        case StatusColumn:
            return e.httpStatus;
        case LatencyColumn:
            return e.latencyMs;
        case SizeColumn:
            return e.size;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !e.errorString.isEmpty())
            return e.errorString;
        if (index.column() == UrlColumn)
            return e.url.toDisplayString();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LatencyColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!e.ok() && index.column() == StatusColumn)
            return QColor(Qt::red).darker(130);
        return {};
    case OkRole:
        return e.ok();
    case RawTextRole:
        return rawText(e);
    }
    return {};
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

void ExchangeLogModel::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    const int excess = int(m_entries.size()) - m_maxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
}

void ExchangeLogModel::addExchange(const cc::RestResult &result, const QString &user, bool pinned)
{
    // RestResult promises a credential-free URL; the log must never show a password even if a
    // caller breaks that promise.
    Q_ASSERT_X(result.url.password().isEmpty(), "ExchangeLogModel::addExchange", "URL carries a password");
    ExchangeLogEntry e;
    e.time = QDateTime::currentDateTime();
    e.method = result.method;
    e.url = result.url.adjusted(QUrl::RemoveUserInfo);
    e.httpStatus = result.httpStatus;
    e.reasonPhrase = result.reasonPhrase;
    e.contentType = result.contentType;
    e.size = result.body.size();
    e.bodyTruncated = result.body.size() > MaxBodyBytes;
    e.body = e.bodyTruncated ? result.body.left(MaxBodyBytes) : result.body;
    e.error = result.error;
    e.errorString = result.errorString;
    e.latencyMs = result.latencyMs;
    e.fellBackToGet = result.fellBackToGet;
    e.user = user;
    e.pinned = pinned;
    e.peerCertificate = result.peerCertificate;

    // Drop the oldest first so the count never exceeds the cap, even transiently.
    if (int(m_entries.size()) >= m_maxRows) {
        const int excess = int(m_entries.size()) - m_maxRows + 1;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(e));
    endInsertRows();
}

void ExchangeLogModel::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString ExchangeLogModel::rawText(const ExchangeLogEntry &e)
{
    QString text;
    text += e.time.toString(Qt::ISODateWithMs) + QLatin1Char('\n');
    text += QString::fromLatin1(e.method) + QLatin1Char(' ') + QString::fromUtf8(e.url.toEncoded()) +
            QLatin1Char('\n');
    text += tr("Status: %1").arg(statusText(e)) + QLatin1Char('\n');
    if (!e.errorString.isEmpty())
        text += tr("Error: %1").arg(e.errorString) + QLatin1Char('\n');
    text += tr("Latency: %1 ms").arg(e.latencyMs) + QLatin1Char('\n');
    if (!e.contentType.isEmpty())
        text += tr("Content-Type: %1").arg(QString::fromLatin1(e.contentType)) + QLatin1Char('\n');
    if (e.fellBackToGet)
        text += tr("The server refused PUT (405); the request was repeated with GET.") + QLatin1Char('\n');
    text += tr("Body: %1 bytes").arg(e.size);
    if (e.bodyTruncated)
        text += QLatin1Char(' ') + tr("(only the first %1 bytes were kept)").arg(MaxBodyBytes);
    text += QLatin1String("\n\n");
    text += QString::fromUtf8(e.body);
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

QString ExchangeLogModel::curlCommand(const ExchangeLogEntry &e)
{
    QString text;
    const bool https = e.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (https && e.pinned) {
        // Never suggest -k: give curl the pinned certificate instead (self-signed leaf = its own CA).
        text += QLatin1String("# ") +
                tr("The server certificate is pinned in Conference Console, not trusted by the system.") +
                QLatin1Char('\n');
        text += QLatin1String("# ") + tr("Save it as server.pem and add: --cacert server.pem");
        if (!e.peerCertificate.isNull()) {
            const QByteArray spki = e.peerCertificate.publicKey().toDer();
            if (!spki.isEmpty()) {
                const QByteArray hash = QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
                text += QLatin1String(" --pinnedpubkey 'sha256//") + QString::fromLatin1(hash) +
                        QLatin1Char('\'');
            }
        }
        text += QLatin1Char('\n');
    }
    text += QLatin1String("curl --digest");
    if (!e.user.isEmpty())
        text += QLatin1String(" -u ") + shellWord(e.user); // curl asks for the password itself
    text +=
        QLatin1String(" -X ") + QString::fromLatin1(e.method.isEmpty() ? QByteArrayLiteral("GET") : e.method);
    text +=
        QLatin1Char(' ') + shellQuote(QString::fromUtf8(e.url.adjusted(QUrl::RemoveUserInfo).toEncoded()));
    return text;
}

QString ExchangeLogModel::toText() const
{
    QString text;
    for (const ExchangeLogEntry &e : m_entries) {
        text += rawText(e);
        text += QLatin1String("----------------------------------------\n");
    }
    return text;
}

} // namespace gui
