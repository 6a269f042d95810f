// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesEditor.h"

#include "DeadlineStyle.h"
#include "core/domain/Permissions.h"
#include "core/export/CirculationMail.h"
#include "core/export/MeetingPack.h"
#include "core/export/MinutesExporter.h"
#include "core/export/PublicOutputs.h"
#include "core/meetings/MeetingLocation.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesActions.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/MinutesDeadline.h"
#include "core/meetings/MinutesReview.h"
#include "core/meetings/PublicationPlace.h"
#include "core/storage/Database.h"
#include "core/storage/EditGuard.h"
#include "ui/edit/ChangeValue.h"
#include "ui/edit/StaleEdit.h"
#include "ui/publish/KeptMailButton.h"
#include "ui/publish/MailClient.h"
#include "ui/widgets/ActionGate.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QTime>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace csc {

namespace {

// An edit of the minutes' text can be undone only while they are a draft: once circulated or
// published the undo entry would be refused, so the page drops it.
std::function<bool()> draftStill(Database* db, qint64 meetingId)
{
    return [db, meetingId] {
        const auto m = MinutesBook::minutes(*db, meetingId);
        return m && m.value().exists && m.value().state == MinutesState::Draft;
    };
}

// The section as core holds it now: what an edit's undo compares with.
std::function<Result<MinutesSection>()> sectionOf(Database* db, qint64 meetingId, qint64 id)
{
    return [db, meetingId, id]() -> Result<MinutesSection> {
        auto minutes = MinutesBook::minutes(*db, meetingId);
        if (!minutes)
            return minutes.error();
        for (const MinutesSection& s : minutes.value().sections) {
            if (s.id == id)
                return s;
        }
        return Error { MinutesEditor::tr("The minutes section is no longer there."), {} };
    };
}

} // namespace

MinutesEditor::MinutesEditor(Database* db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_deadlineLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_generate(new QPushButton(tr("Generate draft"), this))
    , m_circulate(new QPushButton(tr("Circulate to members"), this))
    , m_backToDraft(new QPushButton(tr("Return to draft"), this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_publishWhere(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_publish(new QPushButton(tr("Mark published"), this))
    , m_export(new QToolButton(this))
    , m_pack(new QPushButton(tr("Meeting pack…"), this))
    , m_keptMail(new KeptMailButton(this))
    , m_sections(new QListWidget(this))
    , m_heading(new QLineEdit(this))
    , m_confidential(new QCheckBox(tr("Confidential (left out of the public minutes)"), this))
    , m_body(new QTextEdit(this))
    , m_save(new QPushButton(tr("Save section"), this))
    , m_saved(new QLabel(this))
    , m_preview(new QTextBrowser(this))
{
    m_deadlineLabel->setObjectName(QStringLiteral("minutesDeadline"));
    m_deadlineLabel->setAutoFillBackground(true);
    m_deadlineLabel->setMargin(8);
    m_deadlineLabel->setWordWrap(true);
    QFont big = m_deadlineLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_deadlineLabel->setFont(big);
    m_stateLabel->setWordWrap(true);
    m_publishWhere->setPlaceholderText(tr("Where published (web address)"));
    m_publishWhere->setAccessibleName(tr("Where the minutes are published"));
    m_export->setText(tr("Export public minutes"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("HTML…"), this, [this] { exportAs(int(DocumentWriter::Format::Html)); });
    menu->addAction(tr("PDF…"), this, [this] { exportAs(int(DocumentWriter::Format::Pdf)); });
    menu->addAction(tr("Markdown…"), this,
                    [this] { exportAs(int(DocumentWriter::Format::Markdown)); });
    m_export->setMenu(menu);
    m_sections->setAccessibleName(tr("Minutes sections"));
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setTextElideMode(Qt::ElideRight);
    m_heading->setAccessibleName(tr("Section heading"));
    m_body->setAccessibleName(tr("Section text"));
    m_body->setAcceptRichText(true);
    m_preview->setObjectName(QStringLiteral("publicPreview"));
    m_preview->setAccessibleName(tr("Public preview"));
    m_preview->setOpenExternalLinks(false);
    m_saved->setObjectName(QStringLiteral("sectionSaved"));
    m_saved->setAccessibleName(tr("Save state of the section"));
    m_save->setToolTip(
        tr("Saves the section (Ctrl+S). Switching to another section saves it too."));
    m_confidential->setWhatsThis(
        tr("A confidential section stays in the members' draft and is left out of the public "
           "minutes, the preview and every export. The tick applies to the section on screen."));
    m_preview->setWhatsThis(tr("The public minutes exactly as they will be posted. It follows the "
                               "section you edit; confidential sections are not in it."));
    m_publishWhere->setWhatsThis(
        tr("The web address (https://…) or mailing list where the minutes were posted. It is "
           "part of the record of publication."));
    m_circulate->setAccessibleName(tr("Circulate the minutes to members"));
    m_backToDraft->setAccessibleName(tr("Return the minutes to draft"));
    m_approve->setAccessibleName(tr("Approve the minutes"));
    m_publish->setAccessibleName(tr("Mark the minutes published"));
    m_export->setAccessibleName(tr("Export the public minutes"));
    m_confidential->setAccessibleName(tr("Confidential section"));
    m_confidential->setAccessibleDescription(tr("Left out of the public minutes"));
    m_save->setAccessibleName(tr("Save section"));

    // Two rows, so the section fits a laptop screen beside the navigation.
    auto* workflow = new QHBoxLayout;
    for (QWidget* w : { static_cast<QWidget*>(m_generate), static_cast<QWidget*>(m_circulate),
                        static_cast<QWidget*>(m_backToDraft), static_cast<QWidget*>(m_approve) })
        workflow->addWidget(w);
    workflow->addStretch();
    // Where the meeting is held: the calendar invitation's LOCATION.
    m_location->setObjectName(QStringLiteral("meetingLocation"));
    m_location->setPlaceholderText(tr("Room or dial-in"));
    m_location->setAccessibleName(tr("Where the meeting is held (room or dial-in)"));
    workflow->addWidget(m_location, 1);
    connect(m_location, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || m_meetingId == 0
            || m_location->text().trimmed() == MeetingLocation::of(*m_db, m_meetingId))
            return;
        // Refused when someone changed the meeting since it was shown (the typed text stays
        // in the field); otherwise an undoable edit until the meeting is held.
        Status saved;
        {
            EditGuard guard(*m_db, QStringLiteral("meeting"), m_meetingId, m_locationVersion);
            saved = setLocation(m_location->text().trimmed());
        }
        if (!saved) {
            switch (StaleEdit::ask(this, tr("Minutes"), saved.error())) {
            case StaleEdit::Answer::NotStale:
                return showError(saved.error());
            case StaleEdit::Answer::Reload:
                return refresh();
            case StaleEdit::Answer::SaveMine:
                if (auto again = setLocation(m_location->text().trimmed()); !again)
                    return showError(again.error());
                break;
            }
        }
        m_locationVersion
            = EditGuard::versionOf(*m_db, QStringLiteral("meeting"), m_meetingId).valueOr(0);
    });
    auto* publishRow = new QHBoxLayout;
    publishRow->addWidget(m_publishWhere, 1);
    publishRow->addWidget(m_publish);
    publishRow->addWidget(m_export);
    publishRow->addWidget(m_pack);
    // The e-mails circulating and publishing prepared, beside the buttons that made them.
    publishRow->addWidget(m_keptMail);
    connect(m_keptMail, &KeptMailButton::statusMessage, this, &MinutesEditor::statusMessage);

    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* sectionSplit = new QSplitter(Qt::Vertical, editor);
    sectionSplit->addWidget(m_sections);
    auto* sectionForm = new QWidget(sectionSplit);
    auto* form = new QVBoxLayout(sectionForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(m_heading);
    form->addWidget(m_confidential);
    form->addWidget(m_body, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saved, 1);
    saveRow->addWidget(m_save);
    form->addLayout(saveRow);
    sectionSplit->addWidget(sectionForm);
    sectionSplit->setStretchFactor(1, 2);
    editorLayout->addWidget(new QLabel(tr("<b>Draft</b> (members only)"), editor));
    editorLayout->addWidget(sectionSplit, 1);

    auto* previewPane = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("<b>Public preview</b> — exactly what will be posted; "
                                           "confidential sections and case details are left out"),
                                        previewPane));
    previewLayout->addWidget(m_preview, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(editor);
    split->addWidget(previewPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_deadlineLabel);
    layout->addWidget(m_stateLabel);
    layout->addLayout(workflow);
    layout->addLayout(publishRow);
    layout->addWidget(split, 1);

    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        // A refused save keeps the user on the section that holds the unsaved text.
        if (!commitSection())
            return;
        m_loading = true;
        m_sections->setCurrentRow(row);
        m_loading = false;
        showSection(row);
        followInPreview();
    });
    connect(m_confidential, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            setConfidential(on);
    });
    connect(m_save, &QPushButton::clicked, this, &MinutesEditor::commitSection);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &MinutesEditor::commitSection);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        if (auto s = MinutesBook::generateDraft(*m_db, m_meetingId); !s)
            return showError(s.error());
        refresh();
        Q_EMIT changed();
    });
    connect(m_circulate, &QPushButton::clicked, this,
            [this] { advance(MinutesState::Circulated); });
    connect(m_backToDraft, &QPushButton::clicked, this, [this] { advance(MinutesState::Draft); });
    connect(m_approve, &QPushButton::clicked, this, [this] { advance(MinutesState::Approved); });
    connect(m_publish, &QPushButton::clicked, this, [this] { advance(MinutesState::Published); });
    m_pack->setObjectName(QStringLiteral("meetingPack"));
    m_pack->setToolTip(tr("One PDF for members: agenda, previous minutes, the month's performance "
                          "and findings draft, open action items and open cases"));
    connect(m_pack, &QPushButton::clicked, this, &MinutesEditor::writePack);
    // Explanations wrap, so the section keeps a small minimum width.
    for (QLabel* label : findChildren<QLabel*>())
        label->setWordWrap(true);
}

void MinutesEditor::setMeeting(qint64 meetingId, QDate today)
{
    commitSection();
    // The same meeting shown again (after a change elsewhere) keeps the section on screen: the
    // editor never moves the selection on its own.
    if (meetingId != m_meetingId) {
        m_current = -1;
        m_saved->clear();
    }
    m_meetingId = meetingId;
    m_today = today;
    refresh();
}

void MinutesEditor::refresh()
{
    m_loading = true;
    m_location->setText(m_meetingId ? MeetingLocation::of(*m_db, m_meetingId) : QString());
    m_locationVersion = m_meetingId
        ? EditGuard::versionOf(*m_db, QStringLiteral("meeting"), m_meetingId).valueOr(0)
        : 0;
    const int keep = m_current;
    auto meeting = Meetings::meeting(*m_db, m_meetingId);
    m_meeting = meeting ? meeting.value() : Meeting {};
    m_minutes = MinutesBook::minutes(*m_db, m_meetingId).valueOr({});
    m_sections->clear();
    for (const MinutesSection& s : std::as_const(m_minutes.sections)) {
        auto* item = new QListWidgetItem(
            s.confidential ? tr("Confidential: %1").arg(s.heading) : s.heading, m_sections);
        item->setToolTip(s.heading);
        if (s.confidential) {
            // Italic rather than a faded colour: placeholder grey is unreadable on a dark palette.
            QFont italic = m_sections->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
    }
    const bool draft = m_minutes.exists && m_minutes.state == MinutesState::Draft;
    const MinutesSituation situation = currentSituation();
    updateWorkflowButtons(situation);
    // Section edits follow core's answer; the editor never re-derives the workflow.
    const bool canEdit
        = MinutesActions::of(m_db->session(), situation, MinutesAction::EditSections).enabled;
    for (QWidget* w : { static_cast<QWidget*>(m_heading), static_cast<QWidget*>(m_confidential),
                        static_cast<QWidget*>(m_save) })
        w->setEnabled(canEdit);
    m_body->setReadOnly(!canEdit);
    m_loading = false;

    QString state;
    if (!m_minutes.exists) {
        state = tr("No minutes yet: generate the draft from the meeting's attendance, agenda, "
                   "decisions and action items.");
    } else {
        state = tr("Minutes: %1").arg(MeetingNames::minutesName(m_minutes.state));
        const QLocale locale;
        if (m_minutes.circulatedUtc.isValid())
            state += tr(" · circulated %1")
                         .arg(locale.toString(m_minutes.circulatedUtc.toLocalTime(),
                                              QLocale::ShortFormat));
        if (m_minutes.approvedUtc.isValid() && m_minutes.state != MinutesState::Draft
            && m_minutes.state != MinutesState::Circulated)
            state += tr(" · approved by %1 on %2")
                         .arg(m_minutes.approvedBy,
                              locale.toString(m_minutes.approvedUtc.toLocalTime(),
                                              QLocale::ShortFormat));
        if (m_minutes.state == MinutesState::Published)
            state += tr(" · published %1 at %2")
                         .arg(locale.toString(m_minutes.publishedUtc.toLocalTime(),
                                              QLocale::ShortFormat),
                              m_minutes.publishedWhere);
        // Where the members' approvals stand, so nobody clicks Approve to be told no.
        if (situation.approvals)
            state += QStringLiteral(" · ") + situation.approvals->explanation;
        if (!draft)
            state += tr(" — only a draft can be edited");
    }
    m_stateLabel->setText(state);
    m_keptMail->showFor(m_db, m_meetingId);
    updateDeadline();
    if (!m_minutes.sections.isEmpty()) {
        m_loading = true;
        m_sections->setCurrentRow(qBound(0, keep, int(m_minutes.sections.size()) - 1));
        m_loading = false;
        showSection(m_sections->currentRow());
    } else {
        showSection(-1);
    }
    updatePreview();
    followInPreview();
}

MinutesSituation MinutesEditor::currentSituation() const
{
    MinutesSituation situation;
    situation.meetingId = m_meetingId;
    situation.minutes = m_minutes;
    situation.readOnly = m_db->isReadOnly();
    situation.readOnlyReason = m_db->readOnlyReason();
    if (m_meetingId && m_minutes.exists && m_minutes.state == MinutesState::Circulated) {
        if (auto approvals = MinutesReview::approvals(*m_db, m_meetingId))
            situation.approvals = approvals.value();
    }
    return situation;
}

void MinutesEditor::updateWorkflowButtons(const MinutesSituation& situation)
{
    // Each button says, when disabled, what core says it needs (the role or the state).
    const UserSession& session = m_db->session();
    const auto gate = [&](QWidget* w, MinutesAction action) {
        ActionGate::apply(w, MinutesActions::of(session, situation, action).status());
    };
    m_generate->setVisible(!m_minutes.exists);
    gate(m_generate, MinutesAction::Generate);
    gate(m_circulate, MinutesAction::Circulate);
    gate(m_backToDraft, MinutesAction::ReturnToDraft);
    gate(m_approve, MinutesAction::Approve);
    gate(m_publish, MinutesAction::Publish);
    gate(m_publishWhere, MinutesAction::Publish);
    gate(m_export, MinutesAction::Export);
}

void MinutesEditor::followInPreview()
{
    // The preview scrolls to the section being edited; a confidential one is not in it, so the
    // preview stays where the public text around it is.
    m_previewFollows.clear();
    if (m_current < 0 || m_current >= m_minutes.sections.size())
        return;
    const MinutesSection& s = m_minutes.sections.at(m_current);
    if (s.confidential)
        return;
    QTextDocument* doc = m_preview->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2
            && block.text().trimmed() == s.heading.trimmed()) {
            m_preview->verticalScrollBar()->setValue(
                int(doc->documentLayout()->blockBoundingRect(block).top()));
            m_previewFollows = s.heading;
            return;
        }
    }
}

void MinutesEditor::updateDeadline()
{
    if (m_meetingId == 0) {
        m_deadlineLabel->clear();
        return;
    }
    m_deadline = MinutesDeadline::status(*m_db, m_meeting, m_minutes, m_today);
    QString text = m_meeting.day() > m_today
        ? tr("Minutes will be due %1")
              .arg(QLocale().toString(m_deadline.due, QStringLiteral("ddd d MMM")))
        : tr("Minutes %1").arg(MinutesDeadline::describe(m_deadline));
    m_deadlineLabel->setText(text);
    QPalette p = palette();
    const QColor bg = DeadlineStyle::background(m_deadline.state, p);
    if (bg.isValid())
        p.setColor(QPalette::Window, bg);
    p.setColor(QPalette::WindowText, DeadlineStyle::foreground(m_deadline.state, palette()));
    m_deadlineLabel->setPalette(p);
    m_deadlineLabel->setAccessibleName(text);
}

QString MinutesEditor::deadlineText() const
{
    return m_deadlineLabel->text();
}

QString MinutesEditor::previewHtml() const
{
    return m_preview->toHtml();
}

void MinutesEditor::showSection(int row)
{
    m_loading = true;
    m_current = row;
    const bool valid = row >= 0 && row < m_minutes.sections.size();
    const MinutesSection s = valid ? m_minutes.sections.at(row) : MinutesSection {};
    m_sectionVersion = valid && m_db
        ? EditGuard::versionOf(*m_db, QStringLiteral("minutes_section"), s.id).valueOr(0)
        : 0;
    m_heading->setText(s.heading);
    m_confidential->setChecked(s.confidential);
    m_body->setHtml(s.bodyHtml);
    m_body->document()->setModified(false);
    m_heading->setModified(false);
    m_loading = false;
}

bool MinutesEditor::commitSection()
{
    if (m_current < 0 || m_current >= m_minutes.sections.size() || m_body->isReadOnly())
        return true;
    if (!m_body->document()->isModified() && !m_heading->isModified())
        return true;
    const MinutesSection before = m_minutes.sections.at(m_current);
    MinutesSection after = before;
    after.heading
        = m_heading->text().trimmed().isEmpty() ? before.heading : m_heading->text().trimmed();
    after.bodyHtml = m_body->toHtml();
    m_body->document()->setModified(false);
    m_heading->setModified(false);
    Database* db = m_db;
    // A refused save (a full disk, say) must not cost the user what they typed:
    // after the refresh the typed text goes back into the editor, still unsaved.
    auto failed = std::make_shared<bool>(false);
    auto refused = std::make_shared<bool>(false);
    auto theirs = std::make_shared<bool>(false); // the user chose the newer version
    const int row = m_current;
    const QString typedHeading = m_heading->text();
    // The first save is of what the user saw: on a shared server it is refused when someone
    // changed the section since (EditGuard); an undo or redo is of our own change.
    auto firstSave = std::make_shared<bool>(true);
    const qint64 seen = m_sectionVersion;
    auto* edit = new ChangeValue<MinutesSection>(
        *db, Operation::EditMinutesSection, tr("Edit minutes section “%1”").arg(after.heading),
        after, sectionOf(db, m_meetingId, after.id),
        [db, firstSave, seen](const MinutesSection& s) {
            if (!std::exchange(*firstSave, false))
                return MinutesBook::updateSection(*db, s);
            EditGuard guard(*db, QStringLiteral("minutes_section"), s.id, seen);
            return MinutesBook::updateSection(*db, s);
        },
        { [this, failed, theirs, row, typedHeading, after] {
             refresh();
             if (!*failed) {
                 const QString when
                     = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
                 m_saved->setText(tr("“%1” saved at %2").arg(after.heading, when));
                 Q_EMIT statusMessage(tr("Minutes section “%1” saved.").arg(after.heading));
             }
             if (*failed && row == m_current && !std::exchange(*theirs, false)) {
                 *failed = false;
                 m_loading = true;
                 m_heading->setText(typedHeading);
                 m_heading->setModified(true);
                 m_body->setHtml(after.bodyHtml);
                 m_body->document()->setModified(true);
                 m_loading = false;
             }
             Q_EMIT changed();
         },
          [this, failed, refused, theirs](const Error& e) {
              *refused = true;
              // The typed text goes back into the editor unless the user chose the newer one;
              // "Save" saves it again once the refresh has noted the newer version.
              const auto answer = StaleEdit::ask(this, tr("Minutes"), e);
              *failed = true;
              *theirs = answer == StaleEdit::Answer::Reload;
              if (answer == StaleEdit::Answer::SaveMine)
                  QMetaObject::invokeMethod(
                      this, [this] { commitSection(); }, Qt::QueuedConnection);
          } },
        MergeId::MinutesSectionText, after.id);
    edit->setApplicable(draftStill(m_db, m_meetingId));
    m_undoStack->push(edit);
    return !*refused;
}

Status MinutesEditor::setLocation(const QString& location)
{
    const QString said = tr("Meeting no. %1 is held at: %2").arg(m_meeting.number).arg(location);
    Database* db = m_db;
    const qint64 meetingId = m_meetingId;
    if (!MeetingLocation::isReversible(*db, meetingId)) {
        // The meeting is held: the notice and the minutes' header said where. A correction is
        // audited, and nothing offers to undo it (Operation::SetMeetingLocation).
        if (auto s = MeetingLocation::set(*db, meetingId, location); !s)
            return s;
        Q_EMIT statusMessage(said);
        return {};
    }
    // The first run's refusal is the caller's to show (it may be a stale edit); undo's and
    // redo's are shown here.
    auto firstRun = std::make_shared<bool>(true);
    auto refusal = std::make_shared<Status>();
    auto* edit = new ChangeValue<QString>(
        *db, Operation::SetMeetingLocation, Operations::name(Operation::SetMeetingLocation),
        location,
        [db, meetingId]() -> Result<QString> { return MeetingLocation::of(*db, meetingId); },
        [db, meetingId](const QString& l) { return MeetingLocation::set(*db, meetingId, l); },
        { [this, meetingId] {
             if (meetingId == m_meetingId) {
                 m_loading = true;
                 m_location->setText(MeetingLocation::of(*m_db, meetingId));
                 m_loading = false;
             }
         },
          [this, firstRun, refusal](const Error& e) {
              if (*firstRun)
                  *refusal = e;
              else
                  showError(e);
          } });
    edit->setApplicable([db, meetingId] { return MeetingLocation::isReversible(*db, meetingId); });
    m_undoStack->push(edit);
    *firstRun = false;
    if (*refusal)
        Q_EMIT statusMessage(said);
    return *refusal;
}

void MinutesEditor::setConfidential(bool confidential)
{
    commitSection();
    if (m_current < 0 || m_current >= m_minutes.sections.size())
        return;
    const MinutesSection before = m_minutes.sections.at(m_current);
    MinutesSection after = before;
    after.confidential = confidential;
    Database* db = m_db;
    auto* flag = new ChangeValue<MinutesSection>(
        *db, Operation::EditMinutesSection,
        confidential ? tr("Mark section confidential") : tr("Make section public"), after,
        sectionOf(db, m_meetingId, after.id),
        [db](const MinutesSection& s) { return MinutesBook::updateSection(*db, s); },
        { [this] {
             refresh();
             Q_EMIT changed();
         },
          [this](const Error& e) { showError(e); } });
    flag->setApplicable(draftStill(m_db, m_meetingId));
    m_undoStack->push(flag);
}

void MinutesEditor::advance(MinutesState to)
{
    if (!commitSection())
        return; // the unsaved text stays; nothing moves on without it
    if (to == MinutesState::Published) {
        if (auto place = PublicationPlace::check(m_publishWhere->text()); !place) {
            m_publishWhere->setFocus();
            return showError(place.error());
        }
    }
    // Steps that cannot be undone ask first.
    QString question;
    if (to == MinutesState::Draft)
        question = tr("Return the minutes of meeting no. %1 to draft? The members' approvals of "
                      "the circulated text are withdrawn and it must be circulated again. This "
                      "cannot be undone.")
                       .arg(m_meeting.number);
    else if (to == MinutesState::Published)
        question = tr("Mark the minutes of meeting no. %1 published at %2? Published minutes "
                      "are the public record and can never be changed. This cannot be undone.")
                       .arg(m_meeting.number)
                       .arg(m_publishWhere->text().trimmed());
    if (!question.isEmpty()
        && UserPrompts::question(this, tr("Minutes"), question) != QMessageBox::Yes)
        return;
    // Workflow steps are recorded events (who approved, when it was posted), not undoable edits.
    if (auto s = MinutesBook::advance(*m_db, m_meetingId, to, m_publishWhere->text().trimmed()); !s)
        return showError(s.error());
    m_publishWhere->clear();
    Q_EMIT statusMessage(tr("Minutes of meeting no. %1: %2")
                             .arg(m_meeting.number)
                             .arg(MeetingNames::minutesName(to).toLower()));
    // Circulating and publishing come with the e-mail to the roster, kept in the record.
    if (to == MinutesState::Circulated || to == MinutesState::Published) {
        auto eml = CirculationMail::prepare(*m_db,
                                            to == MinutesState::Circulated
                                                ? CirculationMail::Purpose::Circulate
                                                : CirculationMail::Purpose::Publish,
                                            m_meetingId, {}, MailClient::folder());
        if (eml)
            MailClient::open(eml.value());
        else
            Q_EMIT statusMessage(tr("No e-mail prepared: %1").arg(eml.error().message));
    }
    refresh();
    Q_EMIT changed();
}

void MinutesEditor::exportAs(int format)
{
    commitSection();
    const auto fmt = DocumentWriter::Format(format);
    const QString path = UserPrompts::saveFileName(
        this, tr("Export public minutes"), MinutesExporter::fileName(m_meeting.day(), fmt),
        tr("%1 files (*.%2)")
            .arg(DocumentWriter::extension(fmt).toUpper(), DocumentWriter::extension(fmt)));
    if (path.isEmpty())
        return;
    OutputRequest request;
    request.meetingId = m_meetingId;
    request.meetingDay = m_meeting.day();
    if (auto s = PublicOutputs::produceToFile(*m_db, QStringLiteral("minutes"),
                                              DocumentWriter::extension(fmt), request, path);
        !s)
        return showError(s.error());
    Q_EMIT statusMessage(tr("Public minutes written to %1").arg(path));
}

void MinutesEditor::writePack()
{
    commitSection();
    const QString path = UserPrompts::saveFileName(
        this, tr("Meeting pack"), MeetingPack::fileName(m_meeting.day()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = MeetingPack::write(*m_db, m_meetingId, path); !s)
        return showError(s.error());
    Q_EMIT statusMessage(tr("Meeting pack written to %1").arg(path));
}

void MinutesEditor::updatePreview()
{
    if (!m_minutes.exists) {
        m_preview->setHtml(
            QStringLiteral("<p><i>%1</i></p>").arg(tr("Nothing to preview yet.").toHtmlEscaped()));
        return;
    }
    // Exactly what gets posted: the registry's HTML, the bytes the export writes.
    OutputRequest request;
    request.meetingId = m_meetingId;
    request.meetingDay = m_meeting.day();
    auto page
        = PublicOutputs::produce(*m_db, QStringLiteral("minutes"), QStringLiteral("html"), request);
    if (!page) {
        m_preview->setPlainText(page.error().fullText());
        return;
    }
    m_preview->setHtml(QString::fromUtf8(page.value()));
}

void MinutesEditor::showError(const Error& error)
{
    UserPrompts::error(this, tr("Minutes"), error);
}

} // namespace csc
