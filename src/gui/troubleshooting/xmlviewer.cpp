// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/xmlviewer.h"

#include "core/parsers/parsers.h"
#include "gui/troubleshooting/xmlviewereditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <QXmlStreamReader>

#include <utility>

namespace gui {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;

QString itemPath(const QTreeWidgetItem *item)
{
    QString path;
    for (; item; item = item->parent())
        path.prepend(item->data(0, KeyRole).toString() + QLatin1Char('/'));
    return path;
}

QTreeWidgetItem *childByField(QTreeWidgetItem *item, QLatin1String field)
{
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->text(XmlViewer::FieldColumn) == field)
            return item->child(i);
    }
    return nullptr;
}
} // namespace

XmlViewer::XmlViewer(QWidget *parent)
    : QWidget(parent)
    , m_editor(new XmlViewerEditor(this))
    , m_tree(new QTreeWidget(this))
    , m_freeze(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("xmlViewer"));
    m_editor->setObjectName(QStringLiteral("xmlText"));
    m_editor->setPlaceholderText(tr("The raw xml_list answer of the open conference appears here."));
    m_tree->setObjectName(QStringLiteral("xmlTree"));
    m_tree->setColumnCount(TreeColumnCount);
    m_tree->setAccessibleName(tr("Conference fields"));
    m_editor->setAccessibleName(tr("Raw xml_list text"));
    m_freeze->setAccessibleName(tr("Freeze"));
    m_freeze->setAccessibleDescription(tr("Keep the current text while reading"));
    m_tree->setHeaderLabels({tr("Field"), tr("Value as sent"), tr("Decoded")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // Field names fit their contents; the decoded value gets the rest, it is what people read.
    m_tree->header()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ValueColumn, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ValueColumn, m_tree->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);

    m_freeze->setObjectName(QStringLiteral("xmlFreeze"));
    m_freeze->setText(tr("Freeze"));
    m_freeze->setCheckable(true);
    m_freeze->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_freeze->setToolTip(tr("Keep the current text while you read it; new answers are shown when you "
                            "release the button."));
    m_status->setObjectName(QStringLiteral("xmlStatus"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_freeze);
    top->addWidget(m_status, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_freeze, &QToolButton::toggled, this, &XmlViewer::setFrozen);
    updateStatus();
}

XmlViewer::~XmlViewer() = default;

QString XmlViewer::text() const
{
    return m_editor->toPlainText();
}

bool XmlViewer::isUrlEncodedField(QStringView element)
{
    // freeswitch-conference.md §4.2: every add_x_tag child of a caller member.
    static const QStringList fields{QStringLiteral("id"),
                                    QStringLiteral("uuid"),
                                    QStringLiteral("caller_id_name"),
                                    QStringLiteral("caller_id_number"),
                                    QStringLiteral("join_time"),
                                    QStringLiteral("last_talking"),
                                    QStringLiteral("energy"),
                                    QStringLiteral("volume_in"),
                                    QStringLiteral("volume_out"),
                                    QStringLiteral("output-volume")};
    return fields.contains(element);
}

void XmlViewer::setXml(const QByteArray &inner)
{
    if (m_frozen) {
        m_pending = inner;
        m_pendingAt = QDateTime::currentDateTime();
        m_hasPending = true;
        updateStatus();
        return;
    }
    show(inner);
}

void XmlViewer::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    m_frozen = frozen;
    {
        const QSignalBlocker blocker(m_freeze);
        m_freeze->setChecked(frozen);
    }
    if (!frozen && m_hasPending) {
        m_hasPending = false;
        show(std::exchange(m_pending, {}));
    }
    updateStatus();
}

void XmlViewer::clear()
{
    m_shown.clear();
    m_pending.clear();
    m_hasPending = false;
    m_everShown = false;
    m_parseError.clear();
    m_editor->clear();
    m_tree->clear();
    updateStatus();
}

void XmlViewer::show(const QByteArray &xml)
{
    m_shownAt = QDateTime::currentDateTime();
    // An unchanged answer (the common case at one poll a second) costs nothing and never moves.
    if (m_everShown && xml == m_shown) {
        updateStatus();
        return;
    }
    m_shown = xml;
    m_everShown = true;
    m_editor->setTextKeepingPosition(QString::fromUtf8(xml));
    rebuildTree(xml);
    updateStatus();
}

void XmlViewer::rebuildTree(const QByteArray &xml)
{
    const bool first = m_tree->topLevelItemCount() == 0;
    const QSet<QString> expanded = expandedKeys();
    const int scroll = m_tree->verticalScrollBar() ? m_tree->verticalScrollBar()->value() : 0;
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    m_parseError.clear();

    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            auto *item = new QTreeWidgetItem(m_tree);
            readElement(reader, item, false);
        }
    }
    if (reader.hasError()) {
        m_parseError = tr("Not well-formed XML at line %1, column %2: %3")
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber())
                           .arg(reader.errorString());
    }
    if (first) {
        // Conference and member list open, individual members closed: an overview first.
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            const QString key = (*it)->data(0, KeyRole).toString();
            if (key == QLatin1String("conferences") || key.startsWith(QLatin1String("conference:")) ||
                key == QLatin1String("members"))
                (*it)->setExpanded(true);
        }
    } else {
        restoreExpanded(expanded);
    }
    m_tree->setUpdatesEnabled(true);
    if (m_tree->verticalScrollBar())
        m_tree->verticalScrollBar()->setValue(scroll);
}

void XmlViewer::readElement(QXmlStreamReader &reader, QTreeWidgetItem *item, bool callerMember)
{
    const QString name = reader.name().toString();
    const QXmlStreamAttributes attributes = reader.attributes();
    item->setText(FieldColumn, name);
    item->setData(0, KeyRole, name);
    const bool isMember = name == QLatin1String("member");
    const bool isCaller = isMember && attributes.value(QLatin1String("type")) == QLatin1String("caller");
    const bool isVariable = name == QLatin1String("variable");

    if (isVariable) {
        // Variables are only entity-escaped, never URL-encoded (§4.2).
        const QString varName = attributes.value(QLatin1String("name")).toString();
        item->setText(FieldColumn, varName);
        item->setText(ValueColumn, attributes.value(QLatin1String("value")).toString());
        item->setData(0, KeyRole, QString(QLatin1String("variable:") + varName));
    } else {
        for (const QXmlStreamAttribute &attribute : attributes) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(FieldColumn, QLatin1Char('@') + attribute.name().toString());
            child->setText(ValueColumn, attribute.value().toString());
            child->setData(0, KeyRole, QString(QLatin1Char('@') + attribute.name().toString()));
        }
    }

    QString text;
    bool hasChildElements = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            hasChildElements = true;
            readElement(reader, new QTreeWidgetItem(item), isCaller || (callerMember && !isMember));
        } else if (token == QXmlStreamReader::Characters && !reader.isWhitespace()) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }

    if (!hasChildElements && !isVariable) {
        item->setText(ValueColumn, text);
        if (callerMember && isUrlEncodedField(name)) {
            const QString decoded = cc::fsUrlDecode(QStringView(text));
            if (decoded != text) {
                item->setText(DecodedColumn, decoded);
                item->setToolTip(DecodedColumn, tr("%1 → %2").arg(text, decoded));
            }
        }
    }

    if (name == QLatin1String("conference")) {
        const QString conference = attributes.value(QLatin1String("name")).toString();
        item->setText(ValueColumn, conference);
        item->setData(0, KeyRole, QString(QLatin1String("conference:") + conference));
    } else if (isCaller) {
        const QTreeWidgetItem *id = childByField(item, QLatin1String("id"));
        const QTreeWidgetItem *callerName = childByField(item, QLatin1String("caller_id_name"));
        const QString idText = id ? id->text(ValueColumn) : QString();
        item->setText(FieldColumn, tr("member %1").arg(idText));
        if (callerName) {
            item->setText(ValueColumn, callerName->text(ValueColumn));
            item->setText(DecodedColumn, callerName->text(DecodedColumn));
        }
        item->setData(0, KeyRole, QString(QLatin1String("member:") + idText));
    } else if (isMember) {
        const QTreeWidgetItem *path = childByField(item, QLatin1String("record_path"));
        item->setText(FieldColumn, tr("recording"));
        if (path)
            item->setText(ValueColumn, path->text(ValueColumn));
        item->setData(0, KeyRole,
                      QString(QLatin1String("recording:") + (path ? path->text(ValueColumn) : QString())));
    }
}

QSet<QString> XmlViewer::expandedKeys() const
{
    QSet<QString> keys;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->isExpanded())
            keys.insert(itemPath(*it));
    }
    return keys;
}

void XmlViewer::restoreExpanded(const QSet<QString> &keys)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (keys.contains(itemPath(*it)))
            (*it)->setExpanded(true);
    }
}

void XmlViewer::updateStatus()
{
    QString text;
    if (!m_everShown) {
        text = tr("No xml_list answer yet.");
    } else {
        text = tr("Answer of %1, %n byte(s).", nullptr, int(m_shown.size()))
                   .arg(m_shownAt.toString(QStringLiteral("HH:mm:ss")));
        if (m_frozen) {
            text +=
                QLatin1Char(' ') + (m_hasPending ? tr("Frozen — a newer answer (%1) is waiting.")
                                                       .arg(m_pendingAt.toString(QStringLiteral("HH:mm:ss")))
                                                 : tr("Frozen."));
        }
    }
    if (!m_parseError.isEmpty())
        text += QLatin1Char(' ') + m_parseError;
    m_status->setText(text);
}

} // namespace gui
