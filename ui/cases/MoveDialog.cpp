// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveDialog.h"

#include "core/cases/CaseDeadlines.h"
#include "core/cases/ProcessDefinition.h"
#include "ui/widgets/UserPrompts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>

namespace csc {

MoveDialog::MoveDialog(const CaseSummary& c, const MoveDefinition& move,
                       const StepDefinition& target, int settingDays,
                       const BusinessCalendar& calendar, QWidget* parent)
    : QDialog(parent)
    , m_case(c)
    , m_needsNote(move.needsNote)
    , m_needsDocument(!move.documentKind.isEmpty())
    , m_documentKind(move.documentKind)
    , m_entersDays(target.deadline == DeadlineRule::EnteredDays
                   || target.deadline == DeadlineRule::PanelRemedyDays)
    , m_settingDays(settingDays)
    , m_rule(int(target.deadline))
    , m_toStep(target.key)
    , m_calendar(calendar)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QPlainTextEdit(this))
    , m_due(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("moveDialog"));
    setWindowTitle(tr("Move %1").arg(c.reference));
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    const StepDefinition* source = def.step(c.step);
    m_waitsForResponse = source && !source->awaits.isEmpty();
    auto* form = new QFormLayout(this);
    auto* what
        = new QLabel(tr("<b>%1</b><br/>%2 → %3<br/><small>%4</small>")
                         .arg(move.label.toHtmlEscaped(), def.stepName(c.step).toHtmlEscaped(),
                              target.name.toHtmlEscaped(), target.summary.toHtmlEscaped()),
                     this);
    what->setWordWrap(true);
    form->addRow(what);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(c.stepSince);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date of the move:"), m_date);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(m_needsNote ? tr("Required: why the case moves") : tr("Optional"));
    m_note->setTabChangesFocus(true);
    form->addRow(m_needsNote ? tr("&Note (required):") : tr("&Note:"), m_note);
    if (m_needsDocument) {
        auto* row = new QHBoxLayout;
        m_document = new QLineEdit(this);
        m_document->setObjectName(QStringLiteral("document"));
        m_document->setPlaceholderText(tr("Required: %1").arg(move.documentKind));
        auto* browse = new QPushButton(tr("&Choose…"), this);
        connect(browse, &QPushButton::clicked, this, &MoveDialog::chooseDocument);
        connect(m_document, &QLineEdit::textChanged, this, &MoveDialog::updateState);
        row->addWidget(m_document, 1);
        row->addWidget(browse);
        form->addRow(tr("%1:").arg(move.documentKind), row);
    }
    if (m_entersDays) {
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("days"));
        m_days->setRange(0, 365);
        m_days->setSuffix(DeadlineRules::unitOf(target.deadline) == DayUnit::Business
                              ? tr(" working days")
                              : tr(" days"));
        m_days->setSpecialValueText(tr("Required"));
        connect(m_days, &QSpinBox::valueChanged, this, &MoveDialog::updateState);
        form->addRow(tr("&Period:"), m_days);
    }
    form->addRow(tr("Deadline:"), m_due);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter adds a line to the note; Ctrl+Enter submits the move (when it is complete).
    for (const QKeySequence& keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto* submit = new QShortcut(keys, this);
        connect(submit, &QShortcut::activated, this, [this] {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
        });
    }
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Move the case (Ctrl+Enter)"));
    connect(m_note, &QPlainTextEdit::textChanged, this, &MoveDialog::updateState);
    connect(m_date, &QDateEdit::dateChanged, this, &MoveDialog::updateState);
    setMinimumWidth(460);
    updateState();
}

void MoveDialog::chooseDocument()
{
    const QString file = UserPrompts::openFileName(this, tr("Choose the document"));
    if (!file.isEmpty())
        m_document->setText(file);
}

void MoveDialog::updateState()
{
    const int days = m_entersDays ? m_days->value() : m_settingDays;
    const QDate due
        = CaseDeadlines::dueDate(m_calendar, DeadlineRule(m_rule), m_date->date(), days);
    m_due->setText(due.isValid() ? tr("due %1 (%2 after the move)")
                                       .arg(QLocale().toString(due, QLocale::LongFormat),
                                            DeadlineRules::period(
                                                days, DeadlineRules::unitOf(DeadlineRule(m_rule))))
                                 : tr("none at this step"));
    // Core's rule, mirrored so the dialog asks only for what is needed: a step that waited for
    // a response needs no document once the response is recorded, or its due date has passed.
    const bool silent = m_waitsForResponse
        && (m_case.response == ResponseState::None
            || (m_case.response == ResponseState::Pending && m_case.dueDate.isValid()
                && m_date->date() > m_case.dueDate));
    const bool documentWaived
        = silent || (m_waitsForResponse && m_case.response == ResponseState::Received);
    if (m_document)
        m_document->setPlaceholderText(
            documentWaived
                ? (silent ? tr("Not needed: no response by %1")
                                .arg(QLocale().toString(m_case.dueDate, QLocale::ShortFormat))
                          : tr("Not needed: the response recorded is used"))
                : tr("Required: %1").arg(m_documentKind));
    bool complete = true;
    if (m_needsNote && !silent && m_note->toPlainText().trimmed().isEmpty())
        complete = false;
    if (m_needsDocument && !documentWaived && m_document->text().trimmed().isEmpty())
        complete = false;
    if (m_entersDays && m_days->value() <= 0)
        complete = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

MoveRequest MoveDialog::request() const
{
    MoveRequest r;
    r.caseId = m_case.id;
    r.toStep = m_toStep;
    r.reason = m_note->toPlainText().trimmed();
    r.effectiveDate = m_date->date();
    r.deadlineDays = m_days ? m_days->value() : 0;
    r.documentPath = m_document ? m_document->text().trimmed() : QString();
    return r;
}

void MoveDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

void MoveDialog::setDocumentPath(const QString& path)
{
    if (m_document)
        m_document->setText(path);
}

void MoveDialog::setPeriodDays(int days)
{
    if (m_days)
        m_days->setValue(days);
}

} // namespace csc
