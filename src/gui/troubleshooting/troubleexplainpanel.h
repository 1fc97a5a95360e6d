// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostics/failureexplainer.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace gui {

/// The "Explain" tab: the last failure of the current conference in plain words
/// (cc::explainFailure): a title, what happened and a checklist of what to look at.
class TroubleExplainPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TroubleExplainPanel)

public:
    explicit TroubleExplainPanel(QWidget *parent = nullptr);
    ~TroubleExplainPanel() override;

    /// Explains and shows `outcome`; a success is ignored (the last failure stays visible).
    /// `result` adds transport facts (TLS errors, URL); `context` names what was being done.
    void showFailure(const cc::CommandOutcome &outcome, const cc::RestResult *result = nullptr,
                     const QSet<QString> &pinnedSha256 = {}, const QString &context = {});
    /// Back to "no failure" (another conference became current).
    void clear();

    const cc::FailureExplanation &explanation() const { return m_explanation; }
    bool hasFailure() const { return !m_explanation.isEmpty(); }

private:
    cc::FailureExplanation m_explanation;
    QLabel *m_title;
    QLabel *m_when;
    QLabel *m_what;
    QLabel *m_checkHeading;
    QLabel *m_checks;
    QLabel *m_retry;
    QLabel *m_server;
};

} // namespace gui
