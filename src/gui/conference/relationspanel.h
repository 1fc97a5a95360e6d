// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/participant.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cc {
class ParticipantModel;
}

namespace gui {

/// Lists every relationship read back from the server (`relate` listing,
/// freeswitch-conference.md §7.3) with a Clear button per pair. It shows only what the server
/// reported; clearing asks for a command and the next poll updates the list.
class RelationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationsPanel)

public:
    explicit RelationsPanel(const cc::ParticipantModel *model, QWidget *parent = nullptr);

    void setRelationships(const QList<cc::Relationship> &relationships);
    const QList<cc::Relationship> &relationships() const { return m_relationships; }
    QTreeWidget *view() const { return m_view; }

    /// "Alice (7) cannot speak to Bob (8)" and friends.
    static QString describe(const cc::Relationship &relationship, const QString &from, const QString &to);

signals:
    void clearRequested(quint32 from, quint32 to);

private:
    QString label(quint32 id) const;
    void rebuild();
    void refreshLabels();

    const cc::ParticipantModel *m_model;
    QList<cc::Relationship> m_relationships;
    QTreeWidget *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace gui
