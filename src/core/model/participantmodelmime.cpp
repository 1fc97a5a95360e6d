// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParticipantModel: drag and drop of members for "relate" (the member-id payload).
#include "core/model/participantmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace cc {

namespace {

constexpr quint8 kMimeFormatVersion = 1;

} // namespace

QStringList ParticipantModel::mimeTypes() const
{
    return {kMimeType};
}

QByteArray ParticipantModel::encodeMemberIds(const QString &conference, const QList<quint32> &ids)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMimeFormatVersion << conference << ids;
    return payload;
}

bool ParticipantModel::decodeMemberIds(const QByteArray &payload, QString *conference, QList<quint32> *ids)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    QString name;
    QList<quint32> list;
    in >> version;
    if (in.status() != QDataStream::Ok || version != kMimeFormatVersion)
        return false;
    in >> name >> list;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    if (conference)
        *conference = name;
    if (ids)
        *ids = list;
    return true;
}

QMimeData *ParticipantModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !index.parent().isValid())
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return nullptr;
    QList<quint32> ids;
    for (int row : std::as_const(rows))
        ids << m_rows.at(row).participant.id;
    auto *data = new QMimeData;
    data->setData(kMimeType, encodeMemberIds(m_snapshot.name, ids));
    return data;
}

bool ParticipantModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent) const
{
    Q_UNUSED(column)
    // Move would make the view delete the dragged rows; a relate is a link.
    if (!data || (action != Qt::LinkAction && action != Qt::CopyAction))
        return false;
    // Only a drop onto a member names a target; between rows (row >= 0, invalid parent) is not.
    if (!parent.isValid() || parent.model() != this || parent.parent().isValid() || row >= 0 ||
        parent.row() >= m_rows.size())
        return false;
    if (!data->hasFormat(kMimeType))
        return false;
    QString conference;
    QList<quint32> ids;
    if (!decodeMemberIds(data->data(kMimeType), &conference, &ids) || ids.isEmpty())
        return false;
    if (conference != m_snapshot.name)
        return false;
    const quint32 target = m_rows.at(parent.row()).participant.id;
    return !ids.contains(target);
}

bool ParticipantModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<quint32> ids;
    decodeMemberIds(data->data(kMimeType), nullptr, &ids);
    // The model mirrors the server: the controller sends relate, the next poll shows it.
    emit relateRequested(ids, m_rows.at(parent.row()).participant.id);
    return true;
}

Qt::DropActions ParticipantModel::supportedDropActions() const
{
    return Qt::LinkAction | Qt::CopyAction;
}

Qt::DropActions ParticipantModel::supportedDragActions() const
{
    return Qt::LinkAction | Qt::CopyAction;
}

} // namespace cc
