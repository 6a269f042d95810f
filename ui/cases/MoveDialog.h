// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/rules/BusinessCalendar.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace csc {

struct MoveDefinition;
struct StepDefinition;

// Asks for what a move needs (from the process definition): the date, a note,
// the document, the period of the step entered. OK stays disabled until complete.
class MoveDialog : public QDialog
{
    Q_OBJECT

public:
    MoveDialog(const CaseSummary& c, const MoveDefinition& move, const StepDefinition& target,
               int settingDays, const BusinessCalendar& calendar, QWidget* parent = nullptr);

    MoveRequest request() const;

    // Test seams: what a user would type.
    void setNote(const QString& note);
    void setDocumentPath(const QString& path);
    void setPeriodDays(int days);

private:
    void chooseDocument();
    void updateState();

    const CaseSummary m_case;
    const bool m_needsNote;
    const bool m_needsDocument;
    const QString m_documentKind;
    const bool m_entersDays;
    const int m_settingDays;
    const int m_rule;
    const QString m_toStep;
    BusinessCalendar m_calendar;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
    QLineEdit* m_document = nullptr;
    QSpinBox* m_days = nullptr;
    QLabel* m_due;
    QDialogButtonBox* m_buttons;
    bool m_waitsForResponse = false; // the step left waited for someone's response
};

} // namespace csc
