// SPDX-FileCopyrightText: 2026 Conference Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/troubleshooting/diagnosticsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QColor statusColor(cc::DiagnosticStep::Status status)
{
    switch (status) {
    case cc::DiagnosticStep::Status::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case cc::DiagnosticStep::Status::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case cc::DiagnosticStep::Status::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case cc::DiagnosticStep::Status::Skipped:
        break;
    }
    return QColor(Qt::gray);
}

QString statusWord(cc::DiagnosticStep::Status status)
{
    switch (status) {
    case cc::DiagnosticStep::Status::Ok:
        return DiagnosticsDialog::tr("ok");
    case cc::DiagnosticStep::Status::Warning:
        return DiagnosticsDialog::tr("warning");
    case cc::DiagnosticStep::Status::Failed:
        return DiagnosticsDialog::tr("FAILED");
    case cc::DiagnosticStep::Status::Skipped:
        break;
    }
    return DiagnosticsDialog::tr("skipped");
}

QString factText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1String(", "));
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts << v.toString();
        return parts.join(QLatin1String(", "));
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? DiagnosticsDialog::tr("yes") : DiagnosticsDialog::tr("no");
    return value.toString();
}
} // namespace

DiagnosticsDialog::DiagnosticsDialog(const ConnectionProfile &profile, const QString &password,
                                     QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_password(password)
    , m_diagnostics(new cc::ConnectionDiagnostics(this))
    , m_target(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_again(new QPushButton(tr("Run Again"), this))
    , m_copy(new QPushButton(tr("Copy Report"), this))
{
    setObjectName(QStringLiteral("DiagnosticsDialog"));
    setWindowTitle(tr("Connection Diagnostics — %1").arg(profile.name));
    m_target->setObjectName(QStringLiteral("diagnosticsTarget"));
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setText(profile.isEventSocket()
                          ? tr("Checking the event socket %1.").arg(profile.displayAddress())
                          : tr("Checking %1 as “%2”.").arg(profile.baseUrl.toDisplayString(), profile.user));

    m_steps->setObjectName(QStringLiteral("diagnosticsSteps"));
    m_steps->setColumnCount(ColumnCount);
    m_steps->setAccessibleName(tr("Diagnostic steps"));
    m_steps->setHeaderLabels({QString(), tr("Step"), tr("Time"), tr("Result")});
    m_steps->setAlternatingRowColors(true);
    m_steps->setWordWrap(true);
    m_steps->header()->setStretchLastSection(true);
    m_steps->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    // One row per step from the start, so the list does not grow while it runs.
    for (const cc::DiagnosticStep::Id id : cc::ConnectionDiagnostics::stepIds(profile.isEventSocket())) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setData(0, IdRole, int(id));
        item->setText(StepColumn, cc::ConnectionDiagnostics::stepName(id));
    }

    // Step results can be long (certificate chains): the selected one is shown in full here.
    m_detail->setObjectName(QStringLiteral("diagnosticsDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_again->setObjectName(QStringLiteral("diagnosticsRunAgain"));
    m_copy->setObjectName(QStringLiteral("diagnosticsCopyReport"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 440);

    connect(m_diagnostics, &cc::ConnectionDiagnostics::stepStarted, this, &DiagnosticsDialog::onStepStarted);
    connect(m_diagnostics, &cc::ConnectionDiagnostics::stepFinished, this,
            &DiagnosticsDialog::onStepFinished);
    connect(m_diagnostics, &cc::ConnectionDiagnostics::finished, this, &DiagnosticsDialog::onFinished);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &DiagnosticsDialog::showDetail);
    connect(m_again, &QPushButton::clicked, this, &DiagnosticsDialog::start);
    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsDialog::copyReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Closing stops the probes: no sockets linger behind a closed dialog.
    connect(this, &QDialog::finished, m_diagnostics, &cc::ConnectionDiagnostics::cancel);
}

DiagnosticsDialog::~DiagnosticsDialog() = default;

bool DiagnosticsDialog::isRunning() const
{
    return m_diagnostics->isRunning();
}

QString DiagnosticsDialog::glyph(cc::DiagnosticStep::Status status)
{
    switch (status) {
    case cc::DiagnosticStep::Status::Ok:
        return QStringLiteral("✔");
    case cc::DiagnosticStep::Status::Warning:
        return QStringLiteral("⚠");
    case cc::DiagnosticStep::Status::Failed:
        return QStringLiteral("✖");
    case cc::DiagnosticStep::Status::Skipped:
        break;
    }
    return QStringLiteral("–");
}

void DiagnosticsDialog::start()
{
    m_results.clear();
    m_summaryText.clear();
    m_startedAt = QDateTime::currentDateTime();
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        qDeleteAll(item->takeChildren());
        item->setText(StatusColumn, QString());
        item->setText(TimeColumn, QString());
        item->setText(DetailColumn, tr("Waiting…"));
        item->setForeground(DetailColumn, palette().color(QPalette::PlaceholderText));
    }
    m_summary->setText(tr("Running…"));
    m_steps->setCurrentItem(nullptr);
    m_detail->clear();
    m_again->setEnabled(false);
    m_copy->setEnabled(false);
    if (m_profile.isEventSocket())
        m_diagnostics->startEventSocket(m_profile.eslHost, m_profile.eslPort, m_password);
    else
        m_diagnostics->start(m_profile.toServerConfig(m_password));
}

QTreeWidgetItem *DiagnosticsDialog::itemFor(cc::DiagnosticStep::Id id)
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        if (m_steps->topLevelItem(i)->data(0, IdRole).toInt() == int(id))
            return m_steps->topLevelItem(i);
    }
    return nullptr;
}

void DiagnosticsDialog::onStepStarted(cc::DiagnosticStep::Id id, const QString &)
{
    if (QTreeWidgetItem *item = itemFor(id)) {
        item->setText(StatusColumn, QStringLiteral("…"));
        item->setText(DetailColumn, tr("Checking…"));
        m_steps->scrollToItem(item);
    }
}

void DiagnosticsDialog::onStepFinished(const cc::DiagnosticStep &step)
{
    m_results.append(step);
    QTreeWidgetItem *item = itemFor(step.id);
    if (!item)
        return;
    const QColor color = statusColor(step.status);
    item->setText(StatusColumn, glyph(step.status));
    item->setForeground(StatusColumn, color);
    item->setToolTip(StatusColumn, statusWord(step.status));
    item->setText(TimeColumn,
                  step.status == cc::DiagnosticStep::Status::Skipped ? QString() : tr("%1 ms").arg(step.ms));
    item->setText(DetailColumn, step.detail);
    item->setToolTip(DetailColumn, step.detail);
    // Follow the run; stop at the first failure so its full text stays in view.
    const QTreeWidgetItem *current = m_steps->currentItem();
    const bool currentFailed =
        current && current->text(StatusColumn) == glyph(cc::DiagnosticStep::Status::Failed);
    if (!currentFailed && step.status != cc::DiagnosticStep::Status::Skipped)
        m_steps->setCurrentItem(item);
    item->setForeground(DetailColumn, step.status == cc::DiagnosticStep::Status::Skipped
                                          ? palette().color(QPalette::PlaceholderText)
                                          : palette().color(QPalette::Text));
    // The raw findings (fingerprint, schemes, samples…) as collapsed children.
    qDeleteAll(item->takeChildren());
    showDetail();
    for (auto it = step.facts.cbegin(); it != step.facts.cend(); ++it) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(StepColumn, it.key());
        child->setText(DetailColumn, factText(it.value()));
        child->setToolTip(DetailColumn, factText(it.value()));
    }
}

void DiagnosticsDialog::onFinished(const cc::DiagnosticsSummary &summary)
{
    m_summaryText = summary.text;
    m_summary->setText(summary.text);
    QPalette pal = m_summary->palette();
    pal.setColor(QPalette::WindowText, summary.failures > 0 ? statusColor(cc::DiagnosticStep::Status::Failed)
                                       : summary.warnings > 0
                                           ? statusColor(cc::DiagnosticStep::Status::Warning)
                                           : statusColor(cc::DiagnosticStep::Status::Ok));
    m_summary->setPalette(pal);
    m_again->setEnabled(true);
    m_copy->setEnabled(true);
    emit finished(summary);
}

void DiagnosticsDialog::showDetail()
{
    QTreeWidgetItem *item = m_steps->currentItem();
    if (item && item->parent())
        item = item->parent();
    if (!item || item->text(StatusColumn).isEmpty()) {
        m_detail->clear();
        return;
    }
    m_detail->setText(QStringLiteral("%1 %2: %3")
                          .arg(item->text(StatusColumn), item->text(StepColumn), item->text(DetailColumn)));
}

QString DiagnosticsDialog::report() const
{
    QString text = tr("Conference Console connection diagnostics, %1").arg(m_startedAt.toString(Qt::ISODate));
    text += QLatin1Char('\n');
    text += tr("Server: %1").arg(m_profile.baseUrl.adjusted(QUrl::RemoveUserInfo).toDisplayString()) +
            QLatin1Char('\n');
    text += tr("User: %1").arg(m_profile.user) + QLatin1Char('\n');
    text += tr("Command method setting: %1").arg(ConnectionProfile::methodPolicyKey(m_profile.methodPolicy)) +
            QLatin1Char('\n');
    text += tr("Pinned certificates: %1").arg(m_profile.pinnedSha256.size()) + QLatin1String("\n\n");
    for (const cc::DiagnosticStep &step : m_results) {
        text += QStringLiteral("%1 %2")
                    .arg(QLatin1Char('[') + statusWord(step.status).toUpper() + QLatin1Char(']'), -10)
                    .arg(step.name);
        if (step.status != cc::DiagnosticStep::Status::Skipped)
            text += QStringLiteral(" (%1 ms)").arg(step.ms);
        text += QLatin1String(": ") + step.detail + QLatin1Char('\n');
        for (auto it = step.facts.cbegin(); it != step.facts.cend(); ++it)
            text += QStringLiteral("      %1: %2\n").arg(it.key(), factText(it.value()));
    }
    if (!m_summaryText.isEmpty())
        text += QLatin1Char('\n') + tr("Summary: %1").arg(m_summaryText) + QLatin1Char('\n');
    // Belt and braces: the password is never part of any field above, but make sure.
    if (m_password.size() >= 4)
        text.replace(m_password, QStringLiteral("********"));
    return text;
}

void DiagnosticsDialog::copyReport()
{
    QApplication::clipboard()->setText(report());
}

} // namespace gui
