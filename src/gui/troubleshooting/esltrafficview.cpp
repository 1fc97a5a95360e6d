// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/esltrafficview.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gui {

EslTrafficView::EslTrafficView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("eslTrafficView"));
    m_text->setObjectName(QStringLiteral("eslTrafficText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(DefaultMaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Event socket traffic"));
    m_text->setPlaceholderText(tr("The bytes exchanged with event-socket servers appear here."));
    auto *clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(QStringLiteral("eslTrafficClear"));
    connect(clearButton, &QPushButton::clicked, this, &EslTrafficView::clear);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
}

EslTrafficView::~EslTrafficView() = default;

void EslTrafficView::watch(cc::EslClient *client, const QString &serverName)
{
    if (!client)
        return;
    connect(client, &cc::EslClient::rawTraffic, this,
            [this, serverName](cc::EslClient::Direction direction, const QByteArray &bytes) {
                addTraffic(serverName, direction, bytes);
            });
}

QString EslTrafficView::displayText(const QByteArray &bytes)
{
    QByteArray shown = bytes.left(MaxFrameBytes);
    // freeswitch-conference.md §9.1: `auth <password>` is the only line that carries a secret.
    QList<QByteArray> lines = shown.split('\n');
    for (QByteArray &line : lines) {
        if (line.startsWith("auth ") || line.startsWith("userauth "))
            line = line.left(line.indexOf(' ') + 1) + "******";
    }
    shown = lines.join('\n');
    while (shown.endsWith('\n'))
        shown.chop(1);
    QString text = QString::fromUtf8(shown);
    if (bytes.size() > MaxFrameBytes)
        text += u'\n' + tr("… (%1 bytes in all)").arg(bytes.size());
    return text;
}

void EslTrafficView::addTraffic(const QString &serverName, cc::EslClient::Direction direction,
                                const QByteArray &bytes)
{
    ++m_frames;
    const QString arrow = direction == cc::EslClient::Direction::Sent ? tr("sent") : tr("received");
    // One multi-arg call: a '%' in the server name or the frame must not be substituted.
    m_text->appendPlainText(tr("%1  %2  %3 (%4 bytes)\n%5\n")
                                .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                     serverName, arrow, QString::number(bytes.size()), displayText(bytes)));
}

void EslTrafficView::clear()
{
    m_text->clear();
    m_frames = 0;
}

QString EslTrafficView::text() const
{
    return m_text->toPlainText();
}

} // namespace gui
