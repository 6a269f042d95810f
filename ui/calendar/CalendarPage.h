// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/SectionPage.h"

#include <QDate>

class QCalendarWidget;
class QDateEdit;
class QTableView;

namespace csc {

class CalendarEventModel;

// The committee's calendar: a month view with the days that carry an event in
// bold, the month's agenda beside it, the anchor dates the obligations are
// computed from, and an iCalendar export for members' own calendars.
class CalendarPage : public SectionPage
{
    Q_OBJECT

public:
    explicit CalendarPage(const AppContext& context, QWidget* parent = nullptr);

    // Known before the page is built: the main window lists sections it has not built yet.
    static QString sectionTitle();
    static QIcon sectionIcon();

    QString title() const override;
    QIcon icon() const override;
    void reload() override;

    void setToday(QDate today);
    CalendarEventModel* model() const { return m_model; }
    QCalendarWidget* calendar() const { return m_calendar; }

private:
    void showMonth(int year, int month);
    void exportIcs();
    void saveAnchors();

    QDate m_today;
    QCalendarWidget* m_calendar;
    CalendarEventModel* m_model;
    QTableView* m_view;
    QList<QDate> m_marked;
    QDateEdit* m_transition;
    QDateEdit* m_consultation;
    QDateEdit* m_lastAudit;
    QDateEdit* m_firstMeeting;
};

} // namespace csc
