// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/esl/eslclient.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

class QPlainTextEdit;

namespace gui {

/// The raw bytes of the event-socket connections (EslClient::rawTraffic), for the troubleshooting
/// dock: time, server, direction and the frame text. `auth` lines are masked here too (the client
/// already masks them; a second line of defence costs nothing). Old lines go first beyond the cap.
class EslTrafficView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EslTrafficView)

public:
    static constexpr int DefaultMaxLines = 20000;
    /// A single frame longer than this is cut (an xml_list of a big conference), with its size noted.
    static constexpr qsizetype MaxFrameBytes = 16 * 1024;

    explicit EslTrafficView(QWidget *parent = nullptr);
    ~EslTrafficView() override;

    /// Shows the traffic of `client` from now on, labelled with `serverName`.
    void watch(cc::EslClient *client, const QString &serverName);
    void addTraffic(const QString &serverName, cc::EslClient::Direction direction, const QByteArray &bytes);
    void clear();

    QString text() const;
    int frameCount() const { return m_frames; }
    QPlainTextEdit *textView() const { return m_text; }

    /// The frame as shown: password lines masked ("auth ******"), long frames cut.
    static QString displayText(const QByteArray &bytes);

private:
    QPlainTextEdit *m_text;
    int m_frames = 0;
};

} // namespace gui
