#pragma once

#include "SectionPage.h"
#include "meetings/Member.h"

#include <QDate>

class QLabel;
class QTableView;

namespace csc {

class DutiesPanel;
class WorkPlanPanel;

class NoticeBanner;
class RosterModel;

// The committee: its roster and what the charter's minimum composition says of it.
class CommitteePage : public SectionPage
{
    Q_OBJECT

public:
    explicit CommitteePage(const AppContext& context, QWidget* parent = nullptr);

    // Known before the page is built: the main window lists sections it has not built yet.
    static QString sectionTitle();
    static QIcon sectionIcon();

    QString title() const override;
    QIcon icon() const override;
    void reload() override;

    void setToday(QDate today);
    QStringList compositionWarnings() const { return m_warnings; }
    RosterModel* model() const { return m_model; }
    WorkPlanPanel* workPlan() const { return m_workPlan; }
    DutiesPanel* duties() const { return m_duties; }

private:
    void addMember();
    void editMember();
    void pushUpdate(const QString& text, const Member& before, const Member& after);

    QDate m_today;
    RosterModel* m_model;
    QTableView* m_view;
    NoticeBanner* m_banner;
    WorkPlanPanel* m_workPlan = nullptr;
    DutiesPanel* m_duties = nullptr;
    QStringList m_warnings;
};

} // namespace csc
