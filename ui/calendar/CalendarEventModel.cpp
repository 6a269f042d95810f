// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarEventModel.h"

#include <QLocale>

namespace csc {

CalendarEventModel::CalendarEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CalendarEventModel::setEvents(const QList<CalendarEvent>& events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

QDate CalendarEventModel::dayOf(const CalendarEvent& e)
{
    return e.isAllDay() ? e.day : e.startUtc.toLocalTime().date();
}

int CalendarEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CalendarEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const CalendarEvent& e = m_events.at(index.row());
    const QLocale locale;
    switch (index.column()) {
    case Date:
        return locale.toString(dayOf(e), QStringLiteral("ddd d MMM yyyy"));
    case Time:
        return e.isAllDay()
            ? tr("all day")
            : locale.toString(e.startUtc.toLocalTime().time(), QStringLiteral("HH:mm"));
    case What:
        return e.summary;
    case Category:
        return e.category;
    }
    return {};
}

QVariant CalendarEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers { tr("Date"), tr("Time"), tr("What"), tr("Kind") };
    return headers.value(section);
}

} // namespace csc
