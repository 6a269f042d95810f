// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/performance/Findings.h"
#include "ui/edit/EditCommand.h"
#include "ui/edit/StaleEdit.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace csc {

class Database;
class MonthEvaluationModel;
class NoticeBanner;

// One month: every metric judged, the summary sentence, persistent misses, and
// the committee's findings (rating, narratives, statement, redline).
class MonthView : public QWidget
{
    Q_OBJECT

public:
    MonthView(Database* db, QUndoStack* undoStack, QWidget* parent = nullptr);

    void showMonth(QDate month);
    QDate month() const { return m_month; }
    void reload();
    MonthEvaluationModel* model() const { return m_model; }

Q_SIGNALS:
    void changed();
    void statusMessage(const QString& text);
    // A Problem Management case was opened from a persistent miss (the case board shows it).
    void caseOpened();

private:
    void openProblemCases();
    void selectionChanged();
    EditHooks keepOnStale(std::function<void()> saveMineAgain);
    EditHooks hooks();
    void recordDecision();
    void reopenRating();
    void saveNarrative();
    void saveStatement();
    qint64 selectedMissedLevel() const;

    Database* m_db;
    QUndoStack* m_undoStack;
    QDate m_month;
    MonthFinding m_finding;
    MonthEvaluationModel* m_model;
    QLabel* m_summary;
    NoticeBanner* m_banner;
    QTableView* m_table;
    QLabel* m_proposed;
    QComboBox* m_rating;
    QLabel* m_narrativeFor;
    QPlainTextEdit* m_narrative;
    QCheckBox* m_explained;
    QPushButton* m_saveNarrative;
    QPlainTextEdit* m_statement;
    QLabel* m_agreement; // why the report cannot be exported, when statement and record disagree
    QPushButton* m_record = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_saveStatement = nullptr;
    // What the view showed of the month's narratives and statement (stale edits are refused).
    SeenVersions m_seenNarratives { QStringLiteral("sle_narrative") };
    SeenVersions m_seenFinding { QStringLiteral("sle_finding") };
    QTextBrowser* m_redline;
    QPushButton* m_openCase = nullptr;
    QList<QPair<qint64, QString>> m_persistent; // service level id, label
};

} // namespace csc
