// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingListModel.h"

#include "DeadlineStyle.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"

#include <QGuiApplication>
#include <QLocale>

namespace csc {

MeetingListModel::MeetingListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MeetingListModel::reload(const Database& db, QDate today)
{
    beginResetModel();
    m_rows.clear();
    if (auto list = Meetings::list(db)) {
        for (const Meeting& m : list.value()) {
            const Minutes minutes = MinutesBook::minutes(db, m.id).valueOr({});
            m_rows.append({ m, minutes,
                            m.day() <= today ? MinutesDeadline::status(db, m, minutes, today)
                                             : DeadlineStatus {} });
        }
    }
    endResetModel();
}

qint64 MeetingListModel::meetingId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).meeting.id : 0;
}

int MeetingListModel::rowOf(qint64 meetingId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).meeting.id == meetingId)
            return i;
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == MeetingIdRole)
        return row.meeting.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return row.meeting.number;
        case Date:
            // Shown in local time, stored in UTC.
            return QLocale().toString(row.meeting.startsUtc.toLocalTime(),
                                      QStringLiteral("ddd d MMM yyyy, HH:mm"));
        case Kind:
            switch (row.meeting.kind) {
            case MeetingKind::Monthly:
                return tr("Monthly");
            case MeetingKind::Extraordinary:
                return tr("Extraordinary");
            case MeetingKind::Consultation:
                return tr("Consultation");
            }
            return {};
        case MinutesColumn:
            return row.minutes.exists ? MeetingNames::minutesName(row.minutes.state)
                                      : tr("No minutes yet");
        case Deadline: {
            // Short here; the full sentence is in the tooltip and the minutes tab.
            const QString day = QLocale().toString(row.deadline.due, QStringLiteral("ddd d MMM"));
            switch (row.deadline.state) {
            case DeadlineState::DueToday:
                return tr("due today");
            case DeadlineState::Overdue:
                return tr("overdue since %1").arg(day);
            case DeadlineState::OnTrack:
            case DeadlineState::DueSoon:
                return tr("due %1").arg(day);
            case DeadlineState::Late:
                return tr("published late (%1 business days)").arg(-row.deadline.businessDaysLeft);
            case DeadlineState::Met:
            case DeadlineState::Unanswered:
            case DeadlineState::None:
                break;
            }
            return QString();
        }
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Deadline) {
        const QColor c = DeadlineStyle::background(row.deadline.state, QGuiApplication::palette());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == Deadline)
        return MinutesDeadline::describe(row.deadline);
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case MinutesColumn:
        return tr("Minutes");
    case Deadline:
        return tr("Publication");
    }
    return {};
}

} // namespace csc
