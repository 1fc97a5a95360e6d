// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rest/restclient.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <deque>

namespace gui {

/// One finished REST exchange as the troubleshooting log keeps it. Holds no credentials: the
/// URL is stripped of any user info and the user name is only kept for "Copy as curl".
struct ExchangeLogEntry
{
    QDateTime time;
    QByteArray method;
    QUrl url;
    int httpStatus = 0;
    QByteArray reasonPhrase;
    QByteArray contentType;
    QByteArray body; ///< capped at ExchangeLogModel::MaxBodyBytes
    qint64 size = 0; ///< full body size as received
    bool bodyTruncated = false;
    cc::TransportError error = cc::TransportError::None;
    QString errorString;
    qint64 latencyMs = 0;
    bool fellBackToGet = false;
    QString user;        ///< the account used, for "curl -u USER" (never the password)
    bool pinned = false; ///< the server certificate is pinned rather than system-trusted
    QSslCertificate peerCertificate;

    bool ok() const { return error == cc::TransportError::None && httpStatus >= 200 && httpStatus < 300; }
};

/// The request/response log of the troubleshooting dock: rows are only ever appended (one
/// beginInsertRows per exchange) and the oldest are dropped beyond maxRows(), so views keep
/// their selection and scroll position (qt-style.md §2.4: no resets except clear()).
class ExchangeLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLogModel)

public:
    enum Column { TimeColumn, MethodColumn, UrlColumn, StatusColumn, LatencyColumn, SizeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value for sorting
        OkRole,                      ///< bool: 2xx without transport error
        RawTextRole,                 ///< the whole exchange as text (details pane)
    };
    Q_ENUM(Role)

    static constexpr int DefaultMaxRows = 5000;
    static constexpr qsizetype MaxBodyBytes = 256 * 1024;

    explicit ExchangeLogModel(QObject *parent = nullptr);
    ~ExchangeLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Older rows beyond this are removed (oldest first). At least 1.
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }

    const ExchangeLogEntry &entry(int row) const { return m_entries.at(size_t(row)); }

    /// Appends one exchange. `user` and `pinned` come from the client's ServerConfig.
    void addExchange(const cc::RestResult &result, const QString &user = {}, bool pinned = false);
    /// The only reset: the user asked for an empty log.
    void clear();

    /// Request line, status, timing, error and body: what the details pane and the file show.
    static QString rawText(const ExchangeLogEntry &entry);
    /// `curl --digest -u USER -X METHOD 'URL'`; never a password and never -k. A pinned server
    /// gets a comment on how to trust its certificate instead.
    static QString curlCommand(const ExchangeLogEntry &entry);
    static QString statusText(const ExchangeLogEntry &entry);
    /// Every row with its raw text, oldest first, for "Save to file…".
    QString toText() const;

private:
    std::deque<ExchangeLogEntry> m_entries;
    int m_maxRows = DefaultMaxRows;
};

} // namespace gui
