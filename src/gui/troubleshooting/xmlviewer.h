// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QXmlStreamReader;

namespace gui {

class XmlViewerEditor;

/// The "XML" tab: the inner xml_list text of the current conference exactly as received, with
/// line numbers, and beside it a tree of every conference, variable and member field with the
/// URL-decoded value next to the encoded one (freeswitch-conference.md §4.2). "Freeze" holds
/// the current text while reading; newer data is kept and shown on thaw.
class XmlViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XmlViewer)

public:
    enum TreeColumn { FieldColumn, ValueColumn, DecodedColumn, TreeColumnCount };

    explicit XmlViewer(QWidget *parent = nullptr);
    ~XmlViewer() override;

    bool isFrozen() const { return m_frozen; }
    bool hasPending() const { return m_hasPending; }
    QByteArray shownXml() const { return m_shown; }
    QString text() const;
    QTreeWidget *tree() const { return m_tree; }
    XmlViewerEditor *editor() const { return m_editor; }
    /// Empty when the last shown text parsed cleanly.
    QString parseError() const { return m_parseError; }

    /// Elements whose text FreeSWITCH URL-encodes (add_x_tag children of a caller member).
    static bool isUrlEncodedField(QStringView element);

public slots:
    /// The inner FreeSWITCH text of one xml_list answer (ConferencePoller::rawXmlReceived).
    void setXml(const QByteArray &inner);
    void setFrozen(bool frozen);
    /// Back to the empty state (no conference).
    void clear();

private:
    void show(const QByteArray &xml);
    void rebuildTree(const QByteArray &xml);
    void readElement(QXmlStreamReader &reader, QTreeWidgetItem *item, bool callerMember);
    void updateStatus();
    QSet<QString> expandedKeys() const;
    void restoreExpanded(const QSet<QString> &keys);

    XmlViewerEditor *m_editor;
    QTreeWidget *m_tree;
    QToolButton *m_freeze;
    QLabel *m_status;
    QByteArray m_shown;
    QByteArray m_pending;
    QDateTime m_shownAt;
    QDateTime m_pendingAt;
    QString m_parseError;
    bool m_frozen = false;
    bool m_hasPending = false;
    bool m_everShown = false;
};

} // namespace gui
