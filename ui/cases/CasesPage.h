// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseFilterProxy.h"
#include "core/cases/ComplaintPatterns.h"
#include "core/rules/BusinessCalendar.h"
#include "core/storage/Session.h"
#include "ui/SectionPage.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTabBar;
class QTimer;

namespace csc {

class CaseBoard;
class CaseDetailPane;
class CaseListModel;
class NoticeBanner;
class PatternsView;
struct CaseCommandHooks;

// The Cases section: a board per process, the patterns view, search and filters,
// and the detail pane of the selected case. Every change goes through core; moves,
// archiving and publication through the undo stack.
class CasesPage : public SectionPage
{
    Q_OBJECT

public:
    explicit CasesPage(const AppContext& context, QWidget* parent = nullptr);

    // Known before the page is built: the main window lists sections it has not built yet.
    static QString sectionTitle();
    static QIcon sectionIcon();

    QString title() const override;
    QIcon icon() const override;
    void reload() override;
    bool focusSearch() override;
    Result<Printable> printable() const override;
    Status canPrint() const override;

    // The cases on the board load first (what the visible board shows); the archive and
    // the complaint patterns follow a page at a time while the window is idle, and at once
    // when something needs them (the archive filter, the Patterns tab, the accessors below).
    void ensureFullyLoaded() const;
    // (A refresh of the archive after a change that did not name its cases runs in the
    // background only: the rows held meanwhile are those read before.)
    bool isFullyLoaded() const
    {
        return (m_archiveOffset < 0 || m_archiveRefresh) && !m_patternsPending;
    }

    // For tests and the keyboard path: the board of a process, the shown notice.
    CaseBoard* board(CaseProcess process);
    void showProcess(CaseProcess process);
    CaseDetailPane* detailPane() const { return m_detail; }
    PatternsView* patternsView() const
    {
        ensureFullyLoaded();
        return m_patterns;
    }
    QString noticeText() const;
    CaseListModel* model() const
    {
        ensureFullyLoaded();
        return m_model;
    }
    void setSearchText(const QString& text); // applies at once, as Enter does

    // Asks what the move needs and pushes it; refuses an illegal one with the reason.
    void requestMove(qint64 caseId, const QString& toStep);

Q_SIGNALS:
    // The archive and the patterns have loaded behind the board.
    void fullyLoaded();

protected:
    void noteChange(const DataChange& change) override;

private:
    // The first read: the cases on the board, the rest scheduled behind them.
    // The cases on the board (not the archive); nothing, with the error shown, when refused.
    std::optional<QList<CaseSummary>> readBoardCases(Database& db);
    void loadBoard();
    // After a write or a reload: the rows concerned are brought up to date in place (the
    // views keep their selection and scroll position); see noteChange.
    void refreshRows();
    // The end of a read of the archive: held archived cases it did not meet (archived or
    // changed meanwhile) are read again by id, or removed when gone.
    void finishArchiveRefresh();
    // One page of the archive, then the patterns; false when done. `background`: from the
    // idle steps (the shown filter is re-applied when the archive is complete).
    bool loadRestStep(bool background);
    void scheduleRest();
    // The first time: once the board has painted (what the user waits for comes first).
    void scheduleRestAfterFirstPaint();
    void fillOperators();
    void fillServiceLevels();
    void buildFilters(QWidget* bar);
    void applyCriteria();
    // The board of the process at `index` (in ProcessDefinition::all()), built on first use.
    CaseBoard* boardAt(int index);
    void runSearch();
    void showMoveMenu(qint64 caseId, const QPoint& globalPos);
    void selectCase(qint64 caseId);
    void openNewCase();
    void openProblemFrom(const ComplaintPattern& pattern);
    void makePublic(qint64 caseId);
    void escalate(qint64 caseId);
    void attach(qint64 caseId);
    void comment(qint64 caseId, const QString& text);
    void refuse(const QString& text);
    CaseCommandHooks hooks();
    // Hooks of the user's own step on a case they looked at with `seen` (EditGuard): a stale
    // step is explained, and "Save" runs `again` (the same step, with what the user wrote).
    CaseCommandHooks staleAware(qint64 caseId, std::function<void()> again);
    void pushMove(const MoveRequest& request, const QString& text, qint64 seenVersion);
    void pushPublicity(qint64 caseId, const QString& consent, const QString& text,
                       qint64 seenVersion);
    void afterChange(qint64 caseId);

    CaseListModel* m_model;
    QTabBar* m_tabs;
    QStackedWidget* m_stack;
    QList<CaseBoard*> m_boards; // null until built (boardAt)
    PatternsView* m_patterns;
    CaseDetailPane* m_detail;
    NoticeBanner* m_notice;
    QLineEdit* m_search;
    QComboBox* m_operator;
    QComboBox* m_serviceLevel;
    QComboBox* m_state;
    QCheckBox* m_overdue;
    QTimer* m_searchTimer;
    QSet<qint64> m_textHits;
    QString m_hitsFor;
    int m_archiveOffset = -1; // archived cases fetched so far; -1: all of them
    bool m_loaded = false;
    // What the writes announced since the last refresh (noteChange).
    QSet<qint64> m_changedCases; // case ids named by typed change events
    bool m_untypedCases = false; // cases changed without saying which (another client, a merge)
    bool m_calendarChanged = false; // a setting or the holidays: deadlines to recompute
    bool m_archiveRefresh = false; // the archive pages now re-read what is held
    QSet<qint64> m_archiveSeen; // archived cases met by the running re-read
    UserSession m_readAs; // the session the rows were read for (its role decides visibility)
    bool m_patternsPending = false;
    bool m_restScheduled = false;
    bool m_painted = false; // the page has painted once
    bool m_restAwaitsPaint = false;
    BusinessCalendar m_calendar; // of the last reload, for the archive's pages
    QDate m_today;
    int m_dueSoonDays = 0;
};

} // namespace csc
