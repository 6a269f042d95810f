// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/MeetingTypes.h"
#include "core/meetings/MinutesActions.h"
#include "core/rules/BusinessCalendar.h"
#include "core/util/Result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTextEdit;
class QToolButton;
class QUndoStack;

namespace csc {

class Database;
class KeptMailButton;

// The minutes of one meeting: the publication deadline on top, the workflow
// buttons, one rich-text section at a time (any of them confidential), and beside
// it the public preview built exactly as the exporters build the posted document.
class MinutesEditor : public QWidget
{
    Q_OBJECT

public:
    MinutesEditor(Database* db, QUndoStack* undoStack, QWidget* parent = nullptr);

    void setMeeting(qint64 meetingId, QDate today);
    void refresh();
    // Saves the section being edited (an undoable command) if it changed; false when the
    // save was refused (the typed text then stays in the editor, unsaved).
    bool commitSection();

    QString deadlineText() const;
    DeadlineState deadlineState() const { return m_deadline.state; }
    QString previewHtml() const;
    // The row of the section on screen (-1 when none).
    int currentSection() const { return m_current; }
    // The heading of the section the public preview is scrolled to (empty when none).
    QString previewFollows() const { return m_previewFollows; }
    QPushButton* approveButton() const { return m_approve; }
    KeptMailButton* keptMailButton() const { return m_keptMail; }

Q_SIGNALS:
    void changed();
    void statusMessage(const QString& text);

private:
    void showSection(int row);
    void setConfidential(bool confidential);
    // The room or dial-in: an undoable edit until the meeting is held.
    Status setLocation(const QString& location);
    void advance(MinutesState to);
    void exportAs(int format);
    void writePack();
    void updatePreview();
    void followInPreview();
    MinutesSituation currentSituation() const;
    void updateWorkflowButtons(const MinutesSituation& situation);
    void updateDeadline();
    void showError(const Error& error);

    Database* m_db;
    QUndoStack* m_undoStack;
    qint64 m_meetingId = 0;
    QDate m_today;
    Meeting m_meeting;
    Minutes m_minutes;
    DeadlineStatus m_deadline;
    int m_current = -1;
    // The version of the shown section when it was loaded: a save refuses a section that
    // someone else changed meanwhile (on a shared server), keeping the typed text.
    qint64 m_sectionVersion = 0;
    qint64 m_locationVersion = 0; // the meeting's version when its location was shown
    bool m_loading = false;
    QString m_previewFollows;

    QLabel* m_deadlineLabel;
    QLabel* m_stateLabel;
    QPushButton* m_generate;
    QPushButton* m_circulate;
    QPushButton* m_backToDraft;
    QPushButton* m_approve;
    QLineEdit* m_publishWhere;
    QLineEdit* m_location;
    QPushButton* m_publish;
    QToolButton* m_export;
    QPushButton* m_pack;
    KeptMailButton* m_keptMail;
    QListWidget* m_sections;
    QLineEdit* m_heading;
    QCheckBox* m_confidential;
    QTextEdit* m_body;
    QPushButton* m_save;
    QLabel* m_saved;
    QTextBrowser* m_preview;
};

} // namespace csc
