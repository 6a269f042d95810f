// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Member.h"
#include "ui/SectionPage.h"
#include "ui/edit/StaleEdit.h"

#include <QDate>

class QLabel;
class QTableView;

class QPushButton;

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
    QTableView* rosterView() const { return m_view; }
    // Ends the selected member's term on `day` (undoable); the test seam of End Term….
    void endTermOn(QDate day);
    DutiesPanel* duties() const { return m_duties; }

private:
    void addMember();
    void editMember();
    void endTerm();
    void removeMember();
    void updateButtons();
    void pushUpdate(const QString& text, const Member& before, const Member& after);

    QDate m_today;
    RosterModel* m_model;
    SeenVersions m_seen { QStringLiteral("member") };
    QTableView* m_view;
    NoticeBanner* m_banner;
    WorkPlanPanel* m_workPlan = nullptr;
    DutiesPanel* m_duties = nullptr;
    QStringList m_warnings;
    QPushButton* m_edit = nullptr;
    QPushButton* m_endTerm = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace csc
