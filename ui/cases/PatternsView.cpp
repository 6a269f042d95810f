// SPDX-License-Identifier: GPL-3.0-or-later
#include "PatternsView.h"

#include "PatternTableModel.h"
#include "core/cases/CaseCategories.h"
#include "core/duties/IfoComplaints.h"
#include "core/settings/CommitteeSettings.h"
#include "ui/widgets/NoticeBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace csc {

namespace {
constexpr int kMonths = 12;
}

PatternsView::PatternsView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_by(new QComboBox(this))
    , m_suggestionBox(new QWidget(this))
    , m_suggestionLayout(new QVBoxLayout(m_suggestionBox))
    , m_table(new QTableView(this))
    , m_ifoEscalated(new QLabel(this))
    , m_model(new PatternTableModel(this))
{
    setObjectName(QStringLiteral("patternsView"));
    auto* layout = new QVBoxLayout(this);
    m_suggestionLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_suggestionBox);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Complaints per month, by"), this));
    m_by->addItems({ tr("service level"), tr("category") });
    top->addWidget(m_by);
    top->addStretch();
    layout->addLayout(top);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);
    // domain.md §7: the committee reads the IFO's summaries of escalated naming complaints for
    // patterns, next to its own cases.
    m_ifoEscalated->setObjectName(QStringLiteral("ifoEscalated"));
    m_ifoEscalated->setWordWrap(true);
    layout->addWidget(m_ifoEscalated);
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] { reload(m_asOf); });
}

void PatternsView::reload(QDate asOf)
{
    m_asOf = asOf;
    while (QLayoutItem* item = m_suggestionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_suggestions = ComplaintPatterns::suggestions(m_db, asOf).valueOr({});
    const int threshold
        = CommitteeSettings::intValue(m_db, CommitteeSettings::Key::ComplaintPatternCount);
    const int window
        = CommitteeSettings::intValue(m_db, CommitteeSettings::Key::ComplaintPatternWindowDays);
    if (m_suggestions.isEmpty()) {
        auto* none = new QLabel(tr("No service level has %1 or more complaints within %2 days: no "
                                   "Problem Management case is suggested.")
                                    .arg(threshold)
                                    .arg(window),
                                m_suggestionBox);
        none->setWordWrap(true);
        m_suggestionLayout->addWidget(none);
    }
    for (const ComplaintPattern& p : std::as_const(m_suggestions)) {
        auto* row = new QWidget(m_suggestionBox);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto* banner = new NoticeBanner(row);
        banner->showNotice(NoticeBanner::Kind::Warning,
                           tr("%n complaint(s) about “%1” within %2 days (%3). Consider opening a "
                              "Problem Management case linked to them.",
                              nullptr, int(p.caseIds.size()))
                               .arg(p.serviceLevelLabel)
                               .arg(window)
                               .arg(p.references.join(QStringLiteral(", "))));
        auto* open = new QPushButton(tr("Open Problem Management case…"), row);
        open->setObjectName(QStringLiteral("openProblem"));
        connect(open, &QPushButton::clicked, this, [this, p] { Q_EMIT openProblemRequested(p); });
        h->addWidget(banner, 1);
        h->addWidget(open);
        m_suggestionLayout->addWidget(row);
    }
    const QDate first = QDate(asOf.year(), asOf.month(), 1).addMonths(-(kMonths - 1));
    auto series = m_by->currentIndex() == 0
        ? ComplaintPatterns::byServiceLevel(m_db, first, kMonths)
        : ComplaintPatterns::byCategory(m_db, first, kMonths);
    // Only service levels have a threshold; a month at it stands out (the rule itself counts a
    // sliding window).
    m_model->setSeries(series.valueOr({}), first, m_by->currentIndex() == 0 ? threshold : 0);
    const QDate last = QDate(asOf.year(), asOf.month(), 1).addMonths(1).addDays(-1);
    QStringList counts;
    int total = 0;
    for (const auto& [kind, n] : IfoComplaints::escalatedCounts(m_db, first, last).valueOr({})) {
        counts << tr("%1: %2").arg(CaseCategories::displayName(kind)).arg(n);
        total += n;
    }
    m_ifoEscalated->setText(
        total == 0
            ? tr("The IFO's summaries report no escalated complaints in these months.")
            : tr("The IFO's summaries report %n escalated complaint(s) in these months (%1).",
                 nullptr, total)
                  .arg(counts.join(QStringLiteral(", "))));
}

QString PatternsView::ifoEscalatedText() const
{
    return m_ifoEscalated->text();
}

} // namespace csc
