// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/ICalendar.h"

#include <QAbstractTableModel>

namespace csc {

// The agenda list of the calendar page: one row per event, by date.
class CalendarEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Time, What, Category, ColumnCount };

    explicit CalendarEventModel(QObject* parent = nullptr);

    void setEvents(const QList<CalendarEvent>& events);
    const QList<CalendarEvent>& events() const { return m_events; }
    static QDate dayOf(const CalendarEvent& event);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CalendarEvent> m_events;
};

} // namespace csc
