// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarPage.h"

#include "CalendarEventModel.h"
#include "core/export/PublicOutputs.h"
#include "core/meetings/ObligationCalendar.h"
#include "core/storage/Database.h"
#include "ui/edit/ChangeValue.h"
#include "ui/widgets/ReadablePalette.h"
#include "ui/widgets/UserPrompts.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextCharFormat>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csc {

namespace {

QDateEdit* anchorEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(1999, 1, 1));
    edit->setSpecialValueText(CalendarPage::tr("not set"));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate anchorOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

CalendarPage::CalendarPage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
    , m_today(QDate::currentDate())
    , m_calendar(new QCalendarWidget(this))
    , m_model(new CalendarEventModel(this))
    , m_view(new QTableView(this))
    , m_transition(anchorEdit(this))
    , m_consultation(anchorEdit(this))
    , m_lastAudit(anchorEdit(this))
    , m_firstMeeting(anchorEdit(this))
{
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setAccessibleName(tr("Month view"));
    // Qt leaves the calendar's own parts unnamed for screen readers.
    const QList<QPair<const char*, QString>> parts {
        { "qt_calendar_prevmonth", tr("Previous month") },
        { "qt_calendar_nextmonth", tr("Next month") },
        { "qt_calendar_calendarview", tr("Days of the month") },
    };
    for (const auto& [name, label] : parts) {
        if (auto* part = m_calendar->findChild<QWidget*>(QLatin1String(name)))
            part->setAccessibleName(label);
    }
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Events of the month"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* anchors = new QGroupBox(tr("Dates the obligations are computed from"), this);
    auto* form = new QFormLayout(anchors);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Stewardship transition:"), m_transition);
    form->addRow(tr("First meeting:"), m_firstMeeting);
    form->addRow(tr("Annual consultation:"), m_consultation);
    form->addRow(tr("Last audit:"), m_lastAudit);
    m_transition->setToolTip(
        tr("The review team meets 3 years after the transition, then every 4 years."));
    m_firstMeeting->setToolTip(
        tr("The charter is reviewed 12 months after the first meeting (default: meeting no. 1)."));
    m_consultation->setToolTip(tr("The annual consultation repeats on this day each year."));
    m_lastAudit->setToolTip(tr("An independent audit is due every 3 years."));
    auto* save = new QPushButton(tr("Save dates"), anchors);
    form->addRow(QString(), save);

    auto* exportButton = new QPushButton(tr("Export as iCalendar (.ics)…"), this);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_calendar);
    leftLayout->addWidget(anchors);
    leftLayout->addStretch();

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_view, 1);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(exportButton);
    rightLayout->addLayout(row);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarPage::showMonth);
    connect(exportButton, &QPushButton::clicked, this, &CalendarPage::exportIcs);
    connect(save, &QPushButton::clicked, this, &CalendarPage::saveAnchors);
    // Explanations wrap, so the section keeps a small minimum width.
    for (QLabel* label : findChildren<QLabel*>())
        label->setWordWrap(true);
    reload();
}

QString CalendarPage::sectionTitle()
{
    return tr("Calendar");
}

QString CalendarPage::title() const
{
    return sectionTitle();
}

QIcon CalendarPage::sectionIcon()
{
    return QIcon(QStringLiteral(":/csc/icons/calendar.svg"));
}

QIcon CalendarPage::icon() const
{
    return sectionIcon();
}

void CalendarPage::setToday(QDate today)
{
    m_today = today;
    m_calendar->setSelectedDate(today);
    reload();
}

void CalendarPage::reload()
{
    if (!context().db)
        return;
    const ObligationAnchors a = ObligationCalendar::anchors(*context().db);
    const auto set
        = [](QDateEdit* edit, QDate d) { edit->setDate(d.isValid() ? d : edit->minimumDate()); };
    set(m_transition, a.transition);
    set(m_consultation, a.consultation);
    set(m_lastAudit, a.lastAudit);
    set(m_firstMeeting, a.firstMeeting);
    showMonth(m_calendar->yearShown(), m_calendar->monthShown());
}

void CalendarPage::showMonth(int year, int month)
{
    for (const QDate& d : std::as_const(m_marked))
        m_calendar->setDateTextFormat(d, {});
    m_marked.clear();
    const QDate first(year, month, 1);
    auto events = ObligationCalendar::events(*context().db, first, first.addMonths(1).addDays(-1));
    m_model->setEvents(events.valueOr({}));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    // The highlight hue, raised to 4.5:1 on the calendar's base, and underlined, so a day with
    // events shows in any palette and not by colour alone.
    bold.setForeground(ReadablePalette::readableOn(palette().color(QPalette::Highlight),
                                                   palette().color(QPalette::Base),
                                                   palette().color(QPalette::Text)));
    bold.setFontUnderline(true);
    for (const CalendarEvent& e : m_model->events()) {
        const QDate d = CalendarEventModel::dayOf(e);
        m_calendar->setDateTextFormat(d, bold);
        m_marked.append(d);
    }
}

void CalendarPage::exportIcs()
{
    const QString path = UserPrompts::saveFileName(this, tr("Export the committee calendar"),
                                                   QStringLiteral("csc-calendar.ics"),
                                                   tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto s = PublicOutputs::exportCalendar(*context().db, path, m_today,
                                               QDateTime::currentDateTimeUtc());
        !s)
        return UserPrompts::error(this, tr("Calendar"), s.error());
    Q_EMIT statusMessage(tr("Calendar written to %1").arg(path));
}

void CalendarPage::saveAnchors()
{
    const ObligationAnchors after { anchorOf(m_transition), anchorOf(m_firstMeeting),
                                    anchorOf(m_consultation), anchorOf(m_lastAudit) };
    Database* db = context().db;
    undoStack()->push(new ChangeValue<ObligationAnchors>(
        *db, Operation::SetCalendarAnchors, tr("Change calendar dates"), after,
        [db]() -> Result<ObligationAnchors> { return ObligationCalendar::anchors(*db); },
        [db](const ObligationAnchors& a) { return ObligationCalendar::setAnchors(*db, a); },
        { [this] {
             reload();
             Q_EMIT dataChanged();
         },
          [this](const Error& e) { UserPrompts::error(this, tr("Calendar"), e); } }));
}

} // namespace csc
