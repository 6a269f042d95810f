// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseListModel.h"

#include "core/cases/CaseDeadlines.h"
#include "core/cases/ProcessDefinition.h"

#include <QMimeData>

#include <algorithm>

namespace csc {

const QString CaseListModel::kMimeType = QStringLiteral("application/x-cscdesk-case");

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void CaseListModel::setCases(QList<CaseSummary> cases, const BusinessCalendar& calendar,
                             QDate today, int dueSoonDays)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfCase.clear();
    m_rows.reserve(cases.size());
    addRows(cases, calendar, today, dueSoonDays);
    endResetModel();
}

void CaseListModel::appendCases(QList<CaseSummary> cases, const BusinessCalendar& calendar,
                                QDate today, int dueSoonDays)
{
    // A case archived since the board was read may be held already: updated, never twice.
    QList<CaseSummary> held;
    for (qsizetype i = cases.size() - 1; i >= 0; --i) {
        if (m_rowOfCase.contains(cases.at(i).id))
            held << cases.takeAt(i);
    }
    if (!held.isEmpty())
        updateCases(std::move(held), {}, calendar, today, dueSoonDays);
    if (cases.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(cases.size()) - 1);
    addRows(cases, calendar, today, dueSoonDays);
    endInsertRows();
}

CaseListModel::Row CaseListModel::makeRow(CaseSummary c, const BusinessCalendar& calendar,
                                          QDate today, int dueSoonDays)
{
    Row row;
    row.deadline = CaseDeadlines::status(calendar, c, today, dueSoonDays);
    row.daysInStep = c.isOpen() ? int(c.stepSince.daysTo(today)) : 0;
    row.searchText = QString(c.reference + QLatin1Char(' ') + c.title + QLatin1Char(' ')
                             + c.complainant + QLatin1String(" .") + c.tld)
                         .toCaseFolded();
    row.c = std::move(c);
    return row;
}

bool CaseListModel::sameRow(const Row& a, const Row& b)
{
    return a.c == b.c && a.daysInStep == b.daysInStep && a.deadline.due == b.deadline.due
        && a.deadline.state == b.deadline.state
        && a.deadline.businessDaysLeft == b.deadline.businessDaysLeft
        && a.deadline.unit == b.deadline.unit;
}

void CaseListModel::addRows(QList<CaseSummary>& cases, const BusinessCalendar& calendar,
                            QDate today, int dueSoonDays)
{
    for (CaseSummary& c : cases) {
        Row row = makeRow(std::move(c), calendar, today, dueSoonDays);
        m_rowOfCase.insert(row.c.id, int(m_rows.size()));
        m_rows << std::move(row);
    }
}

void CaseListModel::updateCases(QList<CaseSummary> fresh, const QList<qint64>& gone,
                                const BusinessCalendar& calendar, QDate today, int dueSoonDays)
{
    removeCases(gone);
    QList<CaseSummary> added;
    for (CaseSummary& c : fresh) {
        const int at = m_rowOfCase.value(c.id, -1);
        if (at < 0) {
            added << std::move(c);
            continue;
        }
        Row row = makeRow(std::move(c), calendar, today, dueSoonDays);
        if (sameRow(row, m_rows.at(at)))
            continue;
        m_rows[at] = std::move(row);
        Q_EMIT dataChanged(index(at, 0), index(at, 0));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    addRows(added, calendar, today, dueSoonDays);
    endInsertRows();
}

void CaseListModel::removeCases(const QList<qint64>& ids)
{
    QList<int> rows;
    for (qint64 id : ids) {
        if (const int at = m_rowOfCase.value(id, -1); at >= 0)
            rows << at;
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Bottom up, a run of neighbouring rows at a time, so the positions stay right.
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        qsizetype first = i;
        while (first > 0 && rows.at(first - 1) == rows.at(first) - 1)
            --first;
        beginRemoveRows({}, rows.at(first), rows.at(i));
        for (int r = rows.at(i); r >= rows.at(first); --r)
            m_rowOfCase.remove(m_rows.at(r).c.id);
        m_rows.remove(rows.at(first), rows.at(i) - rows.at(first) + 1);
        // The index of the rows below moves up; it is right again before the signal goes out.
        for (int r = rows.at(first); r < m_rows.size(); ++r)
            m_rowOfCase[m_rows.at(r).c.id] = r;
        endRemoveRows();
        i = first - 1;
    }
}

void CaseListModel::recompute(const BusinessCalendar& calendar, QDate today, int dueSoonDays)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        Row row = makeRow(m_rows.at(r).c, calendar, today, dueSoonDays);
        if (sameRow(row, m_rows.at(r)))
            continue;
        m_rows[r] = std::move(row);
        Q_EMIT dataChanged(index(r, 0), index(r, 0));
    }
}

QList<qint64> CaseListModel::boardCasesNotIn(const QSet<qint64>& ids) const
{
    QList<qint64> result;
    for (const Row& row : m_rows) {
        if (!row.c.archived && !ids.contains(row.c.id))
            result << row.c.id;
    }
    return result;
}

QList<qint64> CaseListModel::archivedCasesNotIn(const QSet<qint64>& ids) const
{
    QList<qint64> result;
    for (const Row& row : m_rows) {
        if (row.c.archived && !ids.contains(row.c.id))
            result << row.c.id;
    }
    return result;
}

const CaseSummary* CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).c : nullptr;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    return m_rowOfCase.value(caseId, -1);
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const CaseSummary& c = row.c;
    switch (role) {
    case Qt::DisplayRole:
        return c.title;
    case Qt::ToolTipRole:
        return tr("%1 — %2\n%3\n%4")
            .arg(c.reference, c.title, ProcessDefinition::of(c.process).stepName(c.step),
                 CaseDeadlines::badge(row.deadline));
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(c.reference, c.title);
    case CaseIdRole:
        return c.id;
    case ReferenceRole:
        return c.reference;
    case ProcessRole:
        return int(c.process);
    case StepRole:
        return c.step;
    case OperatorRole:
        return c.tld.isEmpty() ? c.complainant : tr("%1 · .%2").arg(c.complainant, c.tld);
    case DaysInStepRole:
        return row.daysInStep;
    case DeadlineStateRole:
        return int(row.deadline.state);
    case DueDateRole:
        return row.deadline.due;
    case ConfidentialRole:
        return c.confidential;
    case ExerciseRole:
        return c.exercise;
    case ArchivedRole:
        return c.archived;
    case OpenRole:
        return c.isOpen();
    case ServiceLevelRole:
        return c.serviceLevelId;
    case SearchTextRole:
        return row.searchText;
    case ClosedDateRole:
        return c.closed;
    case LinkCountRole:
        return c.linkCount;
    case BadgeRole:
        return CaseDeadlines::badge(row.deadline);
    default:
        return {};
    }
}

Qt::ItemFlags CaseListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const CaseSummary& c = m_rows.at(index.row()).c;
    if (c.isOpen() && !c.archived)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList CaseListModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData* CaseListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kMimeType, QByteArray::number(indexes.first().data(CaseIdRole).toLongLong()));
    mime->setText(indexes.first().data(ReferenceRole).toString());
    return mime;
}

qint64 CaseListModel::caseIdFromMime(const QMimeData* mime)
{
    return mime && mime->hasFormat(kMimeType) ? mime->data(kMimeType).toLongLong() : 0;
}

} // namespace csc
