// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/troubleexplainpanel.h"

#include <QFontDatabase>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gui {

TroubleExplainPanel::TroubleExplainPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_when(new QLabel(this))
    , m_what(new QLabel(this))
    , m_checkHeading(new QLabel(tr("What to check:"), this))
    , m_checks(new QLabel(this))
    , m_retry(new QLabel(this))
    , m_server(new QLabel(this))
{
    setObjectName(QStringLiteral("troubleExplainPanel"));
    m_title->setObjectName(QStringLiteral("explainTitle"));
    m_checkHeading->setObjectName(QStringLiteral("explainCheckHeading"));
    QFont headingFont = m_checkHeading->font();
    headingFont.setBold(true);
    m_checkHeading->setFont(headingFont);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_when->setObjectName(QStringLiteral("explainWhen"));
    m_when->setForegroundRole(QPalette::PlaceholderText);
    m_what->setObjectName(QStringLiteral("explainWhat"));
    m_what->setWordWrap(true);
    m_what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks->setObjectName(QStringLiteral("explainChecks"));
    m_checks->setAccessibleName(tr("What to check"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("explainRetry"));
    m_retry->setWordWrap(true);
    m_server->setObjectName(QStringLiteral("explainServerText"));
    m_server->setWordWrap(true);
    m_server->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Long explanations scroll instead of squeezing the dock.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_what);
    layout->addSpacing(6);
    layout->addWidget(m_checkHeading);
    layout->addWidget(m_checks);
    layout->addSpacing(6);
    layout->addWidget(m_retry);
    layout->addWidget(m_server);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    clear();
}

TroubleExplainPanel::~TroubleExplainPanel() = default;

void TroubleExplainPanel::clear()
{
    m_explanation = {};
    m_title->setText(tr("No failure"));
    m_when->clear();
    m_when->hide();
    m_what->setText(tr("When a command or a poll of the current conference fails, this tab explains in plain "
                       "words what happened and what to check."));
    m_checkHeading->hide();
    m_checks->clear();
    m_checks->hide();
    m_retry->hide();
    m_server->hide();
}

void TroubleExplainPanel::showFailure(const cc::CommandOutcome &outcome, const cc::RestResult *result,
                                      const QSet<QString> &pinnedSha256, const QString &context)
{
    cc::FailureExplanation explanation = cc::explainFailure(outcome, result, pinnedSha256);
    if (explanation.isEmpty())
        return;
    m_explanation = explanation;
    m_title->setText(explanation.title);
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    m_when->setText(context.isEmpty() ? time : tr("%1 — %2").arg(time, context));
    m_when->show();
    m_what->setText(explanation.whatHappened);
    QString list = QStringLiteral("<ol style=\"margin-left:0px; -qt-list-indent:1\">");
    for (const QString &step : std::as_const(explanation.whatToCheck))
        list += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
    m_checks->setText(list + QStringLiteral("</ol>"));
    m_checks->setToolTip(explanation.whatToCheck.join(QLatin1Char('\n')));
    m_checkHeading->setVisible(!explanation.whatToCheck.isEmpty());
    m_checks->setVisible(!explanation.whatToCheck.isEmpty());
    m_retry->setText(explanation.retryMayHelp ? tr("Trying again later may work without changing anything.")
                                              : tr("Trying again unchanged will fail the same way."));
    m_retry->show();
    // The server's own words, for searching logs or a bug report.
    QString serverText = outcome.payload.trimmed();
    if (serverText.isEmpty())
        serverText = outcome.detail.trimmed();
    if (serverText.isEmpty() && result && !result->errorString.isEmpty())
        serverText = result->errorString;
    m_server->setText(serverText.isEmpty() ? QString() : tr("Server said: %1").arg(serverText.left(500)));
    m_server->setVisible(!serverText.isEmpty());
}

} // namespace gui
