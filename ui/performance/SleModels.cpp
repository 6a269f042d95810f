// SPDX-License-Identifier: GPL-3.0-or-later
#include "SleModels.h"

#include "ui/edit/RowSync.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace csc {

namespace {

// Missed in the palette's own warning-ish colour: readable in light and dark mode.
QBrush missedBrush()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return QBrush(dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
}

} // namespace

// --- MonthEvaluationModel

void MonthEvaluationModel::setMonth(const MonthEvaluation& evaluation,
                                    const QHash<qint64, MissNarrative>& narratives)
{
    beginResetModel();
    m_evaluation = evaluation;
    m_narratives = narratives;
    endResetModel();
}

int MonthEvaluationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_evaluation.metrics.size());
}

int MonthEvaluationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MonthEvaluationModel::statusText(const MetricEvaluation& m)
{
    switch (m.status) {
    case MetricStatus::Met:
        return tr("Met");
    case MetricStatus::Missed:
        return m.persistent ? tr("Missed — persistent") : tr("Missed");
    case MetricStatus::NoRequests:
        return tr("No requests");
    case MetricStatus::NoData:
        return tr("No figures");
    }
    return {};
}

QVariant MonthEvaluationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_evaluation.metrics.size())
        return {};
    const MetricEvaluation& m = m_evaluation.metrics.at(index.row());
    const bool actual = m.status == MetricStatus::Met || m.status == MetricStatus::Missed;
    if (role == IdRole)
        return m.serviceLevelId;
    if (role == StatusRole)
        return int(m.status);
    if (role == Qt::ForegroundRole && m.status == MetricStatus::Missed)
        return missedBrush();
    if (role == Qt::TextAlignmentRole && index.column() >= Target && index.column() <= Actual)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (m.persistent)
            return tr("Missed in at least the committee's threshold of recent months: consider "
                      "opening a Problem Management case.");
        return tr("Judged by the definition in force since %1.")
            .arg(SleMonth::display(m.version.effectiveFrom));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Category:
        return m.category;
    case Metric:
        return m.metric;
    case Threshold:
        return SleText::threshold(m.version);
    case Target:
        return SleText::percent(m.version.targetPercent, 0);
    case Requests:
        return m.status == MetricStatus::NoData ? QString() : QLocale().toString(m.requests);
    case Met:
        return m.status == MetricStatus::NoData ? QString() : QLocale().toString(m.met);
    case Actual:
        return actual ? SleText::percent(m.compliancePercent) : QString();
    case Result:
        return statusText(m);
    case Narrative:
        return m_narratives.value(m.serviceLevelId).text;
    }
    return {};
}

QVariant MonthEvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Category:
        return tr("Cat.");
    case Metric:
        return tr("Metric");
    case Threshold:
        return tr("Threshold");
    case Target:
        return tr("Target");
    case Requests:
        return tr("Requests");
    case Met:
        return tr("Met");
    case Actual:
        return tr("Actual");
    case Result:
        return tr("Result");
    case Narrative:
        return tr("Narrative");
    }
    return {};
}

// --- MonthStatusModel

void MonthStatusModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int MonthStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonthStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthStatusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const MonthEvaluation& e = r.evaluation;
    if (role == MonthRole)
        return e.month;
    const int persistent
        = int(std::count_if(e.metrics.cbegin(), e.metrics.cend(),
                            [](const MetricEvaluation& m) { return m.persistent; }));
    if (role == Qt::ForegroundRole && index.column() == Missed && !e.misses().isEmpty())
        return missedBrush();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Month:
        return SleMonth::display(e.month);
    case ThresholdsMet:
        return tr("%1 of %2").arg(e.thresholdsMet()).arg(e.defined());
    case Overall:
        return SleText::percent(e.overallPercent());
    case Missed:
        return QLocale().toString(qsizetype(e.misses().size()));
    case Persistent:
        return persistent > 0 ? QLocale().toString(persistent) : QString();
    case Proposed:
        return r.proposed;
    case Decided:
        return r.decided.isEmpty() ? tr("not yet decided") : r.decided;
    }
    return {};
}

QVariant MonthStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Month:
        return tr("Month");
    case ThresholdsMet:
        return tr("Thresholds met");
    case Overall:
        return tr("Overall");
    case Missed:
        return tr("Missed");
    case Persistent:
        return tr("Persistent");
    case Proposed:
        return tr("Proposed rating");
    case Decided:
        return tr("Decided rating");
    }
    return {};
}

// --- CatalogueModel

void CatalogueModel::setLevels(const QList<ServiceLevel>& levels, QDate month)
{
    // Service levels still listed keep their rows (an edited version, a retirement): the view
    // keeps its selection; each row is announced changed (the month may differ too).
    m_month = month;
    RowSync::apply(
        this, m_levels, levels, [](const ServiceLevel& l) { return l.id; },
        [](const ServiceLevel&, const ServiceLevel&) { return false; });
}

const ServiceLevel* CatalogueModel::level(int row) const
{
    return row >= 0 && row < m_levels.size() ? &m_levels.at(row) : nullptr;
}

int CatalogueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int CatalogueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_levels.size())
        return {};
    const ServiceLevel& l = m_levels.at(index.row());
    if (role == IdRole)
        return l.id;
    const ServiceLevelVersion* v = l.versionFor(m_month);
    if (!v && !l.versions.isEmpty())
        v = &l.versions.constLast(); // defined only later
    if (role == Qt::ForegroundRole && !l.isDefinedIn(m_month))
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole || !v)
        return {};
    switch (index.column()) {
    case Category:
        return l.category;
    case Metric:
        return l.metric;
    case Threshold:
        return SleText::threshold(*v);
    case Target:
        return SleText::percent(v->targetPercent, 0);
    case Since:
        return SleMonth::display(v->effectiveFrom);
    case Versions:
        return QLocale().toString(qsizetype(l.versions.size()));
    }
    return {};
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Category:
        return tr("Cat.");
    case Metric:
        return tr("Metric");
    case Threshold:
        return tr("Threshold");
    case Target:
        return tr("Target");
    case Since:
        return tr("In force since");
    case Versions:
        return tr("Versions");
    }
    return {};
}

} // namespace csc
