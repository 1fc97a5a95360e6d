// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// FailureExplainer: explainFailure()'s explanations, one failure family per file.
// Internal to failureexplainer.cpp, failuretransport.cpp and failurehttp.cpp.
#pragma once

#include "core/diagnostics/failureexplainer.h"

#include <QCoreApplication>

namespace cc {

/// The explanations of each failure family: transport and TLS (failuretransport.cpp), HTTP
/// status (failurehttp.cpp), the conference service and FreeSWITCH (failureexplainer.cpp).
/// Static members only; their tr() keeps the translation context "cc::FailureExplainer".
class FailureExplainer
{
    Q_DECLARE_TR_FUNCTIONS(cc::FailureExplainer)

public:
    using Cause = FailureExplanation::Cause;

    static FailureExplanation make(Cause cause, const QString &title, const QString &what,
                                   const QStringList &steps, bool retryMayHelp = false);
    /// The request's host name, or "the server".
    static QString hostOf(const RestResult *result);

    static FailureExplanation explainTransport(TransportError error, const CommandOutcome &outcome,
                                               const RestResult *result, const QSet<QString> &pins);
    static FailureExplanation explainTls(const CommandOutcome &outcome, const RestResult *result,
                                         const QSet<QString> &pins);
    static FailureExplanation explainHttp(const CommandOutcome &outcome, const RestResult *result);
    static FailureExplanation explainBackend(const CommandOutcome &outcome, const RestResult *result);
    static FailureExplanation explainFreeSwitch(const CommandOutcome &outcome);
};

} // namespace cc
