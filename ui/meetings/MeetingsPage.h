// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/MeetingTypes.h"
#include "ui/SectionPage.h"
#include "ui/edit/StaleEdit.h"

#include <QDate>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QCheckBox;
class QPushButton;
class QTableView;
class QTabWidget;

namespace csc {

class ActionItemModel;
class AgendaPanel;
class AttendanceModel;
class DecisionModel;
class MeetingListModel;
class MinutesDueWidget;
class MinutesEditor;
class MinutesReviewPanel;

// Meetings & Minutes: the meetings newest first, and for the selected one its
// minutes (with the publication deadline and the public preview), agenda,
// attendance, decisions and action items.
class MeetingsPage : public SectionPage
{
    Q_OBJECT

public:
    explicit MeetingsPage(const AppContext& context, QWidget* parent = nullptr);

    // Known before the page is built: the main window lists sections it has not built yet.
    static QString sectionTitle();
    static QIcon sectionIcon();

    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    bool focusSearch() override { return false; }
    Result<Printable> printable() const override;
    Status canPrint() const override;
    // What the main window's banner says when the database opens, without building the page.
    static QStringList startupNotices(const Database& db);

    // Tests and screenshots pin "today"; otherwise it is the current date.
    void setToday(QDate today);
    void selectMeeting(qint64 meetingId);
    qint64 currentMeetingId() const { return m_meetingId; }

    MinutesEditor* minutesEditor() const { return m_minutes; }
    AgendaPanel* agendaPanel() const { return m_agenda; }
    MinutesDueWidget* minutesDue() const { return m_due; }
    QTabWidget* tabs() const { return m_tabs; }
    MinutesReviewPanel* reviewPanel() const { return m_review; }
    QTableView* attendanceView() const { return m_attendanceView; }
    QString quorumText() const;
    QTableView* meetingList() const { return m_listView; }
    QTableView* decisionsView() const { return m_decisionsView; }
    QPushButton* markRatifyButton() const { return m_markRatify; }
    QPushButton* ratifyButton() const { return m_ratify; }

private:
    QWidget* createAttendanceTab();
    QWidget* createDecisionsTab();
    QWidget* createActionItemsTab();
    void showMeeting(qint64 meetingId);
    void refreshDetails();
    void createMeeting();
    void afterChange();
    void markAllPresent();
    void updateRatifyButtons();
    void markToRatify();
    void ratify();
    // The user's edit of an action item, refused when someone changed it since it was shown.
    void pushActionEdit(const ActionItem& before, const ActionItem& after);

protected:
    bool showsChange(const DataChange& change) const override;

private:
    QDate m_today;
    qint64 m_meetingId = 0;
    MeetingListModel* m_list;
    QTableView* m_listView;
    MinutesDueWidget* m_due;
    QTabWidget* m_tabs;
    MinutesEditor* m_minutes;
    AgendaPanel* m_agenda;
    AttendanceModel* m_attendance;
    QTableView* m_attendanceView = nullptr;
    QPushButton* m_allPresent = nullptr;
    QLabel* m_quorum;
    DecisionModel* m_decisions;
    MinutesReviewPanel* m_review;
    QLineEdit* m_decisionText;
    QCheckBox* m_decisionConfidential;
    QCheckBox* m_decisionByEmail;
    QTableView* m_decisionsView = nullptr;
    QPushButton* m_markRatify = nullptr;
    QPushButton* m_ratify = nullptr;
    ActionItemModel* m_actions;
    SeenVersions m_seenActions { QStringLiteral("action_item") };
    QLineEdit* m_actionText;
    QComboBox* m_actionOwner;
    QDateTimeEdit* m_actionDue;
    QComboBox* m_newKind;
    QDateTimeEdit* m_newStart;
};

} // namespace csc
