// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseListModel.h"

#include "core/cases/CaseDeadlines.h"
#include "core/cases/ProcessDefinition.h"

#include <QMimeData>

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
    if (cases.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(cases.size()) - 1);
    addRows(cases, calendar, today, dueSoonDays);
    endInsertRows();
}

void CaseListModel::addRows(QList<CaseSummary>& cases, const BusinessCalendar& calendar,
                            QDate today, int dueSoonDays)
{
    for (CaseSummary& c : cases) {
        Row row;
        row.deadline = CaseDeadlines::status(calendar, c, today, dueSoonDays);
        row.daysInStep = c.isOpen() ? int(c.stepSince.daysTo(today)) : 0;
        row.searchText = QString(c.reference + QLatin1Char(' ') + c.title + QLatin1Char(' ')
                                 + c.complainant + QLatin1String(" .") + c.tld)
                             .toCaseFolded();
        row.c = std::move(c);
        m_rowOfCase.insert(row.c.id, int(m_rows.size()));
        m_rows << std::move(row);
    }
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
