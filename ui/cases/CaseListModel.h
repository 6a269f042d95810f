// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/rules/BusinessCalendar.h"

#include <QAbstractListModel>

namespace csc {

// Every case the board can show, loaded once from core; the columns and filters
// are proxies over it, so typing in the search field never re-queries the database.
class CaseListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        ReferenceRole,
        ProcessRole, // int(CaseProcess)
        StepRole,
        OperatorRole, // "Northgate Registry · .northgate"
        DaysInStepRole,
        DeadlineStateRole, // int(DeadlineState)
        DueDateRole,
        ConfidentialRole,
        ExerciseRole,
        ArchivedRole,
        OpenRole,
        ServiceLevelRole,
        SearchTextRole, // what the quick filter matches without the database
        ClosedDateRole,
        LinkCountRole, // cases linked either way (hand-overs)
        BadgeRole, // the deadline badge with its unit ("Late by 4 working days")
    };

    static const QString kMimeType;

    explicit CaseListModel(QObject* parent = nullptr);

    void setCases(QList<CaseSummary> cases, const BusinessCalendar& calendar, QDate today,
                  int dueSoonDays);
    // Adds cases after those held (the archive, fetched behind the board's own cases); a case
    // held already is updated in place instead.
    void appendCases(QList<CaseSummary> cases, const BusinessCalendar& calendar, QDate today,
                     int dueSoonDays);
    // After an edit: brings the rows up to fresh reads without a reset. A held case that
    // differs announces dataChanged on its row, a new one is inserted (at the end; the
    // columns sort), and the cases in `gone` are removed. Indexed by case id, so an edit
    // costs the rows it touches, not a diff of the whole board and archive.
    void updateCases(QList<CaseSummary> fresh, const QList<qint64>& gone,
                     const BusinessCalendar& calendar, QDate today, int dueSoonDays);
    // Recomputes what depends on the calendar and the day (deadlines, days in step) for every
    // row, announcing the rows whose values changed (a holiday or a setting was edited).
    void recompute(const BusinessCalendar& calendar, QDate today, int dueSoonDays);
    // Held cases not archived whose ids are not in `ids` (they left the board).
    QList<qint64> boardCasesNotIn(const QSet<qint64>& ids) const;
    // Held archived cases whose ids are not in `ids`.
    QList<qint64> archivedCasesNotIn(const QSet<qint64>& ids) const;
    bool holds(qint64 caseId) const { return m_rowOfCase.contains(caseId); }
    const CaseSummary* caseAt(int row) const;
    int rowOfCase(qint64 caseId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    static qint64 caseIdFromMime(const QMimeData* mime);

private:
    struct Row
    {
        CaseSummary c;
        DeadlineStatus deadline;
        int daysInStep = 0;
        QString searchText;
    };
    static Row makeRow(CaseSummary c, const BusinessCalendar& calendar, QDate today,
                       int dueSoonDays);
    static bool sameRow(const Row& a, const Row& b);
    void addRows(QList<CaseSummary>& cases, const BusinessCalendar& calendar, QDate today,
                 int dueSoonDays);
    void removeCases(const QList<qint64>& ids);

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfCase;
};

} // namespace csc
