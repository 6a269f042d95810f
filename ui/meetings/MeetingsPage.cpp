// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingsPage.h"

#include "ActionItemModel.h"
#include "AgendaPanel.h"
#include "AttendanceModel.h"
#include "ChoiceDelegate.h"
#include "DecisionModel.h"
#include "MeetingListModel.h"
#include "MinutesDueWidget.h"
#include "MinutesEditor.h"
#include "MinutesReviewPanel.h"
#include "core/export/MinutesExporter.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/AttendanceRecord.h"
#include "core/meetings/Committee.h"
#include "core/meetings/DecisionRules.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesBook.h"
#include "core/storage/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "ui/edit/ChangeValue.h"
#include "ui/widgets/ActionGate.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/UserPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csc {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    return view;
}

// The attendance of some members as core holds it now: what an undo compares with.
std::function<Result<QMap<qint64, AttendanceStatus>>()> statusesOf(Database* db, qint64 meetingId,
                                                                   const QList<qint64>& members)
{
    return [=]() -> Result<QMap<qint64, AttendanceStatus>> {
        auto roll = Meetings::attendance(*db, meetingId);
        if (!roll)
            return roll.error();
        QMap<qint64, AttendanceStatus> statuses;
        for (const AttendanceEntry& e : roll.value()) {
            if (members.contains(e.memberId))
                statuses.insert(e.memberId, e.status);
        }
        return statuses;
    };
}

} // namespace

MeetingsPage::MeetingsPage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
    , m_today(QDate::currentDate())
    , m_list(new MeetingListModel(this))
    , m_listView(makeTable(m_list, this, tr("Meetings")))
    , m_due(new MinutesDueWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_minutes(new MinutesEditor(context.db, undoStack(), this))
    , m_agenda(new AgendaPanel(context.db, undoStack(), this))
    , m_attendance(new AttendanceModel(this))
    , m_quorum(new QLabel(this))
    , m_decisions(new DecisionModel(this))
    , m_review(new MinutesReviewPanel(context.db, this))
    , m_decisionText(new QLineEdit(this))
    , m_decisionConfidential(new QCheckBox(tr("Confidential"), this))
    , m_decisionByEmail(new QCheckBox(tr("Taken by e-mail"), this))
    , m_actions(new ActionItemModel(this))
    , m_actionText(new QLineEdit(this))
    , m_actionOwner(new QComboBox(this))
    , m_actionDue(new QDateTimeEdit(this))
    , m_newKind(new QComboBox(this))
    , m_newStart(new QDateTimeEdit(this))
{
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setMinimumWidth(220);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setStretchLastSection(true);

    for (MeetingKind kind :
         { MeetingKind::Monthly, MeetingKind::Extraordinary, MeetingKind::Consultation })
        m_newKind->addItem(MeetingNames::kindName(kind), int(kind));
    m_newStart->setTimeSpec(Qt::UTC);
    m_newStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_newStart->setDateTime(QDateTime(m_today, QTime(13, 0), Qt::UTC));
    m_newStart->setCalendarPopup(true);
    auto* create = new QPushButton(tr("New meeting"), this);
    connect(create, &QPushButton::clicked, this, &MeetingsPage::createMeeting);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listView, 1);
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(m_newKind, 1);
    newRow->addWidget(m_newStart, 1);
    leftLayout->addLayout(newRow);
    auto* createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(create);
    leftLayout->addLayout(createRow);

    m_tabs->addTab(m_minutes, tr("Minutes"));
    m_tabs->addTab(m_agenda, tr("Agenda"));
    m_tabs->addTab(createAttendanceTab(), tr("Attendance"));
    m_tabs->addTab(createDecisionsTab(), tr("Decisions"));
    m_tabs->addTab(createActionItemsTab(), tr("Action items"));
    m_tabs->addTab(m_review, tr("Members' review"));
    connect(m_review, &MinutesReviewPanel::changed, this, &MeetingsPage::afterChange);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({ 560, 1400 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_due);
    layout->addWidget(split, 1);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showMeeting(m_list->meetingId(current.row())); });
    connect(m_due, &MinutesDueWidget::meetingActivated, this, &MeetingsPage::selectMeeting);
    connect(m_minutes, &MinutesEditor::changed, this, &MeetingsPage::afterChange);
    connect(m_minutes, &MinutesEditor::statusMessage, this, &SectionPage::statusMessage);
    connect(m_agenda, &AgendaPanel::changed, this, &MeetingsPage::afterChange);
    reload();
}

QWidget* MeetingsPage::createAttendanceTab()
{
    auto* tab = new QWidget(this);
    auto* view = makeTable(m_attendance, tab, tr("Attendance"));
    view->setItemDelegateForColumn(
        AttendanceModel::Status,
        new ChoiceDelegate({ MeetingNames::attendanceName(AttendanceStatus::Present),
                             MeetingNames::attendanceName(AttendanceStatus::Apologies),
                             MeetingNames::attendanceName(AttendanceStatus::Absent) },
                           view));
    // Typing, F2 or a double-click edits the status; a click only moves the current cell, so
    // arrow keys walk the roll call and the editor belongs to the row under the cursor.
    view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked
                          | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setAccessibleDescription(
        tr("Arrow keys move between members; F2 or typing changes the attendance"));
    view->setWhatsThis(tr("The roll call of the meeting. Move with the arrow keys and press F2 "
                          "(or start typing) to change a member's attendance; Mark all present "
                          "fills it in one step."));
    m_attendanceView = view;
    m_quorum->setObjectName(QStringLiteral("quorumText"));
    m_quorum->setWordWrap(true);
    m_quorum->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_allPresent = new QPushButton(tr("Mark all present"), tab);
    m_allPresent->setObjectName(QStringLiteral("markAllPresent"));
    m_allPresent->setToolTip(tr("Marks every member and liaison present in one step (undoable)."));
    connect(m_allPresent, &QPushButton::clicked, this, &MeetingsPage::markAllPresent);
    m_attendance->setEditHandler([this](qint64 memberId, AttendanceStatus status) {
        Database* db = context().db;
        const qint64 meeting = m_meetingId;
        QMetaObject::invokeMethod(
            this,
            [=, this] {
                using Statuses = QMap<qint64, AttendanceStatus>;
                undoStack()->push(new ChangeValue<Statuses>(
                    *db, Operation::SetAttendance, tr("Change attendance"),
                    Statuses { { memberId, status } }, statusesOf(db, meeting, { memberId }),
                    [=](const Statuses& s) {
                        return Meetings::setAttendance(*db, meeting, memberId, s.value(memberId));
                    },
                    { [this] { afterChange(); },
                      [this](const Error& e) { UserPrompts::error(this, tr("Attendance"), e); } }));
            },
            Qt::QueuedConnection);
    });
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(view, 1);
    auto* below = new QHBoxLayout;
    below->addWidget(m_quorum, 1);
    below->addWidget(m_allPresent, 0, Qt::AlignTop);
    layout->addLayout(below);
    return tab;
}

QWidget* MeetingsPage::createDecisionsTab()
{
    auto* tab = new QWidget(this);
    auto* view = makeTable(m_decisions, tab, tr("Decisions"));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_decisionsView = view;
    // The decision and its outcome take the width; the ratification state is a short sentence.
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(DecisionModel::Text, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(DecisionModel::Outcome, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(DecisionModel::Ratification,
                                                   QHeaderView::ResizeToContents);
    // domain.md §6: a decision of a meeting that was not quorate stands once an e-mail decision
    // ratifies it; core says when each step is possible.
    m_markRatify = new QPushButton(tr("To Be Ratified by E-mail"), tab);
    m_markRatify->setObjectName(QStringLiteral("markToRatify"));
    m_markRatify->setToolTip(tr("Mark the selected decision, taken at a meeting that was not "
                                "quorate, to be ratified by e-mail."));
    m_ratify = new QPushButton(tr("Ratified by E-mail…"), tab);
    m_ratify->setObjectName(QStringLiteral("ratifyByEmail"));
    m_ratify->setToolTip(
        tr("Record the carried e-mail decision that ratified the selected decision."));
    connect(m_markRatify, &QPushButton::clicked, this, &MeetingsPage::markToRatify);
    connect(m_ratify, &QPushButton::clicked, this, &MeetingsPage::ratify);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MeetingsPage::updateRatifyButtons);
    connect(m_decisions, &QAbstractItemModel::modelReset, this, &MeetingsPage::updateRatifyButtons);
    m_decisionText->setPlaceholderText(tr("The decision, as it will read in the minutes"));
    auto* record = new QPushButton(tr("Record decision"), tab);
    record->setToolTip(
        tr("Records the votes of the voting members present as in favour; liaisons do not vote."));
    connect(record, &QPushButton::clicked, this, [this] {
        Decision d;
        d.text = m_decisionText->text();
        d.byEmail = m_decisionByEmail->isChecked();
        d.meetingId = d.byEmail ? 0 : m_meetingId;
        d.confidential = m_decisionConfidential->isChecked();
        auto meeting = Meetings::meeting(*context().db, m_meetingId);
        d.decidedOn = d.byEmail ? m_today : (meeting ? meeting.value().day() : m_today);
        d.votes = DecisionRules::defaultVotes(d.byEmail, m_attendance->entries());
        // A recorded decision is part of the record, like a workflow step: not undoable.
        if (auto id = Decisions::add(*context().db, d); !id)
            return UserPrompts::error(this, tr("Decisions"), id.error());
        m_decisionText->clear();
        afterChange();
    });
    // A member casts their own vote (in the committee's database or offline in a review copy).
    auto* castVote = new QPushButton(tr("Cast My Vote…"), tab);
    castVote->setToolTip(tr("Record your own vote on the selected decision."));
    connect(castVote, &QPushButton::clicked, this, [this, view] {
        const UserSession& me = context().db->session();
        const QModelIndex current = view->currentIndex();
        if (!current.isValid())
            return UserPrompts::information(this, tr("Decisions"),
                                            tr("Select the decision you vote on."));
        if (auto may = DecisionRules::mayCastOwnVote(me); !may)
            return UserPrompts::error(this, tr("Decisions"), may.error());
        QStringList choices;
        for (VoteChoice c : DecisionRules::voteChoices())
            choices << MeetingNames::voteName(c);
        bool ok = false;
        const QString chosen = UserPrompts::item(
            this, tr("Cast My Vote"), m_decisions->decisionAt(current.row()).text, choices, 0, &ok);
        if (!ok)
            return;
        const VoteChoice choice = DecisionRules::voteChoices().at(choices.indexOf(chosen));
        if (auto s = Decisions::recordVote(*context().db, m_decisions->decisionAt(current.row()).id,
                                           me.memberId, choice);
            !s)
            return UserPrompts::error(this, tr("Decisions"), s.error());
        afterChange();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_decisionText, 1);
    row->addWidget(m_decisionByEmail);
    row->addWidget(m_decisionConfidential);
    row->addWidget(record);
    row->addWidget(castVote);
    row->addWidget(m_markRatify);
    row->addWidget(m_ratify);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(view, 1);
    layout->addLayout(row);
    return tab;
}

QWidget* MeetingsPage::createActionItemsTab()
{
    auto* tab = new QWidget(this);
    auto* view = makeTable(m_actions, tab, tr("Action items"));
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    m_actions->setEditHandler([this](const ActionItem& before, const ActionItem& after) {
        QMetaObject::invokeMethod(
            this, [=, this] { pushActionEdit(before, after); }, Qt::QueuedConnection);
    });
    m_actionText->setPlaceholderText(tr("New action item"));
    m_actionDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_actionDue->setCalendarPopup(true);
    m_actionDue->setDate(m_today.addDays(14));
    auto* add = new QPushButton(tr("Add"), tab);
    connect(add, &QPushButton::clicked, this, [this] {
        // New items get the next "Action item NN MM YYYY" number; they are part of the record
        // (archived, never deleted).
        auto id = ActionItems::add(*context().db, m_meetingId, m_actionText->text(),
                                   m_actionOwner->currentData().toLongLong(), m_actionDue->date());
        if (!id)
            return UserPrompts::error(this, tr("Action items"), id.error());
        m_actionText->clear();
        afterChange();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_actionText, 1);
    row->addWidget(m_actionOwner);
    row->addWidget(m_actionDue);
    row->addWidget(add);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(
        new QLabel(tr("Raised at this meeting, then the open ones carried over from earlier "
                      "meetings. Tick to complete; double-click the note to edit."),
                   tab));
    layout->addWidget(view, 1);
    layout->addLayout(row);
    for (QLabel* label : tab->findChildren<QLabel*>())
        label->setWordWrap(true);
    return tab;
}

QString MeetingsPage::sectionTitle()
{
    return tr("Meetings & Minutes");
}

QString MeetingsPage::title() const
{
    return sectionTitle();
}

QIcon MeetingsPage::sectionIcon()
{
    return QIcon(QStringLiteral(":/csc/icons/meetings.svg"));
}

QIcon MeetingsPage::icon() const
{
    return sectionIcon();
}

void MeetingsPage::setToday(QDate today)
{
    m_today = today;
    reload();
}

void MeetingsPage::reload()
{
    if (!context().db)
        return;
    const qint64 keep = m_meetingId;
    m_list->reload(*context().db, m_today);
    m_due->reload(*context().db, m_today);
    // A reload after a change elsewhere keeps the owner the user picked.
    const QVariant owner = m_actionOwner->currentData();
    m_actionOwner->clear();
    if (auto members = Committee::activeMembers(*context().db, m_today)) {
        for (const Member& m : members.value())
            m_actionOwner->addItem(m.name, m.id);
    }
    m_actionOwner->setCurrentIndex(qMax(0, m_actionOwner->findData(owner)));
    const int row = keep ? m_list->rowOf(keep) : 0;
    if (m_list->rowCount() > 0)
        m_listView->selectRow(std::max(row, 0));
    else
        showMeeting(0);
}

void MeetingsPage::selectMeeting(qint64 meetingId)
{
    const int row = m_list->rowOf(meetingId);
    if (row >= 0) {
        m_listView->selectRow(row);
        m_tabs->setCurrentWidget(m_minutes);
    }
}

void MeetingsPage::showMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    m_tabs->setEnabled(meetingId != 0);
    m_minutes->setMeeting(meetingId, m_today);
    m_agenda->setMeeting(meetingId);
    refreshDetails();
}

void MeetingsPage::refreshDetails()
{
    m_review->showMeeting(m_meetingId);
    Database& db = *context().db;
    auto record = Meetings::load(db, m_meetingId);
    if (!record) {
        m_attendance->setEntries({});
        m_decisions->setDecisions({}, {});
        m_actions->setItems({});
        m_quorum->clear();
        return;
    }
    const MeetingRecord& r = record.value();
    m_attendance->setEntries(r.attendance);
    const QuorumRules& rules = r.rules; // a held meeting's, as recorded with its roll
    m_quorum->setText(DecisionRules::quorumSummary(rules, r.attendance).text);

    QList<Decision> decisions = r.emailDecisions + r.decisions;
    QList<DecisionOutcome> outcomes;
    for (const Decision& d : std::as_const(decisions))
        outcomes.append(Decisions::evaluate(rules, d, r.attendance));
    m_decisions->setDecisions(decisions, outcomes);

    QList<ActionItem> items = r.actionItems;
    for (const AgendaItem& a : r.agenda) {
        if (a.actionItemId) {
            if (auto item = ActionItems::item(db, a.actionItemId))
                items.append(item.value());
        }
    }
    m_seenActions.load(db);
    m_actions->setItems(items);
}

void MeetingsPage::pushActionEdit(const ActionItem& before, const ActionItem& after)
{
    Database* db = context().db;
    const qint64 id = after.id;
    auto* edit = new ChangeValue<ActionItem>(
        *db, Operation::EditActionItem,
        after.completed != before.completed ? tr("Change action item status")
                                            : tr("Edit action item note"),
        after, [db, id] { return ActionItems::item(*db, id); },
        [db](const ActionItem& a) {
            return ActionItems::setStatus(*db, a.id, a.completed, a.note);
        },
        { [this] { afterChange(); },
          [this, before, after](const Error& e) {
              if (StaleEdit::ask(this, tr("Action items"), e) != StaleEdit::Answer::SaveMine)
                  return;
              // After the refresh: the user's change onto the item as it is now.
              QMetaObject::invokeMethod(
                  this,
                  [this, before, after] {
                      auto now = ActionItems::item(*context().db, after.id);
                      if (!now)
                          return UserPrompts::error(this, tr("Action items"), now.error());
                      pushActionEdit(now.value(),
                                     StaleEdit::mineOnto<&ActionItem::completed, &ActionItem::note>(
                                         before, after, now.value()));
                  },
                  Qt::QueuedConnection);
          } });
    m_seenActions.guard(*edit, *db, id);
    undoStack()->push(edit);
}

void MeetingsPage::createMeeting()
{
    const auto kind = MeetingKind(m_newKind->currentData().toInt());
    const QDateTime start = m_newStart->dateTime().toUTC();
    Database* db = context().db;
    auto id = Meetings::create(*db, kind, start);
    if (!id)
        return UserPrompts::error(this, tr("New meeting"), id.error());
    Q_EMIT statusMessage(tr("Meeting created with the standing agenda and the open action items."));
    m_meetingId = id.value();
    reload();
    Q_EMIT dataChanged();
}

void MeetingsPage::updateRatifyButtons()
{
    if (!m_decisionsView || !m_markRatify)
        return;
    const QModelIndex current = m_decisionsView->currentIndex();
    const UserSession& me = context().db->session();
    const Status none { Error { tr("Select a decision first."), {} } };
    if (!current.isValid() || current.row() >= m_decisions->rowCount()) {
        ActionGate::apply(m_markRatify, none);
        ActionGate::apply(m_ratify, none);
        return;
    }
    const Decision& d = m_decisions->decisionAt(current.row());
    const DecisionOutcome outcome = m_decisions->outcomeAt(current.row());
    ActionGate::apply(m_markRatify, DecisionRules::mayMarkToRatify(me, d, outcome));
    ActionGate::apply(m_ratify, DecisionRules::mayRatify(me, d, outcome));
}

void MeetingsPage::markToRatify()
{
    const QModelIndex current = m_decisionsView->currentIndex();
    if (!current.isValid())
        return;
    // Part of the record, like the decision itself: not undoable.
    if (auto s
        = Decisions::markToRatifyByEmail(*context().db, m_decisions->decisionAt(current.row()).id);
        !s)
        return UserPrompts::error(this, tr("Decisions"), s.error());
    const int row = current.row();
    afterChange();
    m_decisionsView->setCurrentIndex(m_decisions->index(row, 0));
}

void MeetingsPage::ratify()
{
    const QModelIndex current = m_decisionsView->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const Decision decision = m_decisions->decisionAt(row);
    auto found = DecisionRules::carriedEmailDecisionsSince(*context().db, decision.decidedOn);
    if (!found)
        return UserPrompts::error(this, tr("Decisions"), found.error());
    const QList<Decision>& carried = found.value();
    if (carried.isEmpty())
        return UserPrompts::information(
            this, tr("Decisions"),
            tr("No carried e-mail decision since %1: record the e-mail decision that ratifies it "
               "first (tick “By e-mail”).")
                .arg(QLocale().toString(decision.decidedOn, QLocale::ShortFormat)));
    QStringList labels;
    for (const Decision& d : carried)
        labels << DecisionRules::label(d);
    bool ok = false;
    const QString chosen = UserPrompts::item(
        this, tr("Ratified by E-mail"),
        tr("The e-mail decision that ratified “%1”:").arg(decision.text), labels, 0, &ok);
    if (!ok)
        return;
    if (auto s
        = Decisions::ratify(*context().db, decision.id, carried.at(labels.indexOf(chosen)).id);
        !s)
        return UserPrompts::error(this, tr("Decisions"), s.error());
    afterChange();
    m_decisionsView->setCurrentIndex(m_decisions->index(row, 0));
}

void MeetingsPage::afterChange()
{
    const qint64 keep = m_meetingId;
    m_list->reload(*context().db, m_today);
    m_due->reload(*context().db, m_today);
    const int row = m_list->rowOf(keep);
    if (row >= 0 && m_listView->currentIndex().row() != row) {
        m_listView->selectRow(row);
    } else {
        m_minutes->refresh();
        refreshDetails();
    }
    Q_EMIT dataChanged();
}

void MeetingsPage::markAllPresent()
{
    QMap<qint64, AttendanceStatus> after;
    for (const AttendanceEntry& e : m_attendance->entries()) {
        if (e.status != AttendanceStatus::Present)
            after.insert(e.memberId, AttendanceStatus::Present);
    }
    if (after.isEmpty())
        return Q_EMIT statusMessage(tr("Everyone is marked present already."));
    Database* db = context().db;
    const qint64 meeting = m_meetingId;
    undoStack()->push(new ChangeValue<QMap<qint64, AttendanceStatus>>(
        *db, Operation::SetAttendance, tr("Mark all present"), after,
        statusesOf(db, meeting, after.keys()),
        [=](const QMap<qint64, AttendanceStatus>& s) {
            return AttendanceRecord::setStatuses(*db, meeting, s);
        },
        { [this] { afterChange(); },
          [this](const Error& e) { UserPrompts::error(this, tr("Attendance"), e); } }));
}

QString MeetingsPage::quorumText() const
{
    return m_quorum->text();
}

bool MeetingsPage::showsChange(const DataChange& change) const
{
    return change.touchesAny({ "meeting", "minutes", "minutes_section", "minutes_comment",
                               "attendance", "agenda_item", "action_item", "decision", "vote",
                               "member", "holiday_calendar", "setting" });
}

Status MeetingsPage::canPrint() const
{
    if (m_meetingId == 0)
        return Error { tr("Select a meeting to print its public minutes."), {} };
    const auto minutes = MinutesBook::minutes(*context().db, m_meetingId);
    if (!minutes || !minutes.value().exists)
        return Error { tr("This meeting has no minutes yet: generate the draft first."), {} };
    return {};
}

Result<SectionPage::Printable> MeetingsPage::printable() const
{
    if (auto can = canPrint(); !can)
        return can.error();
    // The public minutes, exactly as exported and posted: the registry's "minutes".
    auto pub = MinutesExporter::publicMinutes(*context().db, m_meetingId);
    if (!pub)
        return pub.error();
    auto meeting = Meetings::meeting(*context().db, m_meetingId);
    if (!meeting)
        return meeting.error();
    Printable printable { MinutesExporter::title(pub.value()), {}, QStringLiteral("minutes"), {} };
    printable.request.meetingId = m_meetingId;
    printable.request.meetingDay = meeting.value().day();
    return printable;
}

QStringList MeetingsPage::startupNotices(const Database& db)
{
    // Minutes due or overdue greet the secretariat when the database opens.
    const QString due = MinutesDueWidget::summary(db, QDate::currentDate());
    return due.isEmpty() ? QStringList() : QStringList { due };
}

} // namespace csc
