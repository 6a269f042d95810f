// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteePage.h"

#include "DutiesPanel.h"
#include "MemberDialog.h"
#include "RosterModel.h"
#include "WorkPlanPanel.h"
#include "core/domain/Permissions.h"
#include "core/meetings/Committee.h"
#include "core/meetings/CompositionCheck.h"
#include "core/meetings/RosterChanges.h"
#include "core/storage/Database.h"
#include "ui/edit/ChangeValue.h"
#include "ui/widgets/ActionGate.h"
#include "ui/widgets/NoticeBanner.h"
#include "ui/widgets/UserPrompts.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csc {

CommitteePage::CommitteePage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
    , m_today(QDate::currentDate())
    , m_model(new RosterModel(this))
    , m_view(new QTableView(this))
    , m_banner(new NoticeBanner(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Roster"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* add = new QPushButton(tr("Add…"), this);
    auto* edit = new QPushButton(tr("Edit…"), this);
    m_edit = edit;
    m_endTerm = new QPushButton(tr("End Term…"), this);
    m_endTerm->setToolTip(tr("Ends the member's appointment on a date; they stay in the record "
                             "of the meetings they attended."));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setToolTip(tr("Removes a member entered by mistake (only one who is not part of "
                            "any record)."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(m_endTerm);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_workPlan = new WorkPlanPanel(context.db, undoStack(), this);
    auto* roster = new QWidget(this);
    auto* rosterLayout = new QVBoxLayout(roster);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    rosterLayout->addWidget(m_view, 1);
    rosterLayout->addLayout(buttons);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(roster);
    split->addWidget(m_workPlan);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // The roster and work plan, and the committee's other duties (domain.md §7) beside them.
    m_duties = new DutiesPanel(context.db, this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("committeeTabs"));
    tabs->addTab(split, tr("Roster and Work Plan"));
    tabs->addTab(m_duties, tr("Duties"));
    connect(m_duties, &DutiesPanel::changed, this, &SectionPage::dataChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(tabs, 1);

    connect(add, &QPushButton::clicked, this, &CommitteePage::addMember);
    connect(edit, &QPushButton::clicked, this, &CommitteePage::editMember);
    connect(m_view, &QTableView::doubleClicked, this, &CommitteePage::editMember);
    connect(m_endTerm, &QPushButton::clicked, this, &CommitteePage::endTerm);
    connect(m_remove, &QPushButton::clicked, this, &CommitteePage::removeMember);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommitteePage::updateButtons);
    reload();
}

QString CommitteePage::sectionTitle()
{
    return tr("Committee");
}

QString CommitteePage::title() const
{
    return sectionTitle();
}

QIcon CommitteePage::sectionIcon()
{
    return QIcon(QStringLiteral(":/csc/icons/committee.svg"));
}

QIcon CommitteePage::icon() const
{
    return sectionIcon();
}

void CommitteePage::setToday(QDate today)
{
    m_today = today;
    if (m_duties)
        m_duties->setToday(today);
    reload();
}

void CommitteePage::reload()
{
    if (!context().db)
        return;
    auto members = Committee::members(*context().db);
    m_seen.load(*context().db);
    m_model->setMembers(members.valueOr({}), m_today);
    if (m_workPlan)
        m_workPlan->reload();
    if (m_duties)
        m_duties->reload();
    // The composition check runs on every change (domain.md §1).
    m_warnings.clear();
    bool error = false;
    for (const CompositionIssue& issue : CompositionCheck::run(m_model->members(), m_today)) {
        m_warnings << issue.message;
        error = error || issue.severity == CompositionIssue::Severity::Error;
    }
    if (m_warnings.isEmpty())
        m_banner->showNotice(NoticeBanner::Kind::Info,
                             tr("The roster meets the charter's minimum composition."));
    else
        m_banner->showNotice(error ? NoticeBanner::Kind::Error : NoticeBanner::Kind::Warning,
                             tr("The roster does not meet the charter: %1.")
                                 .arg(m_warnings.join(QStringLiteral("; "))));
    updateButtons();
}

void CommitteePage::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const bool selected = row >= 0 && row < m_model->members().size();
    Status manage = context().db->isReadOnly()
        ? Status(Error { context().db->readOnlyReason(), {} })
        : Permissions::check(context().db->session(), Permission::ManageCommittee);
    const Status select
        = selected ? Status {} : Status(Error { tr("Select a member in the roster first."), {} });
    const auto both = [](const Status& a, const Status& b) { return !a ? a : b; };
    ActionGate::apply(m_edit, both(manage, select));
    Status ended;
    if (selected && m_model->members().at(row).termEnd.isValid()
        && m_model->members().at(row).termEnd <= m_today)
        ended = Error { tr("This member's term has ended already."), {} };
    ActionGate::apply(m_endTerm, both(both(manage, select), ended));
    Status removable = select;
    if (selected)
        removable = RosterChanges::checkRemovable(*context().db, m_model->members().at(row).id);
    ActionGate::apply(m_remove, both(manage, removable));
}

void CommitteePage::endTerm()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->members().size())
        return;
    const Member& m = m_model->members().at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("End the Term of %1").arg(m.name));
    auto* day = new QDateEdit(m_today, &dialog);
    day->setCalendarPopup(true);
    day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    day->setMinimumDate(m.termStart);
    day->setAccessibleName(tr("Last day of the term"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("%1 leaves the committee after this day. Meetings they attended "
                               "keep them in their record.")
                                .arg(m.name),
                            &dialog));
    form->addRow(tr("&Last day:"), day);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    for (QLabel* label : dialog.findChildren<QLabel*>())
        label->setWordWrap(true);
    if (UserPrompts::exec(dialog) == QDialog::Accepted)
        endTermOn(day->date());
}

void CommitteePage::endTermOn(QDate day)
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->members().size())
        return;
    const Member before = m_model->members().at(row);
    Member after = before;
    after.termEnd = day;
    pushUpdate(tr("End the term of %1").arg(before.name), before, after);
}

void CommitteePage::removeMember()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->members().size())
        return;
    const Member m = m_model->members().at(row);
    if (UserPrompts::question(this, tr("Remove %1").arg(m.name),
                              tr("Remove %1 from the roster? Use this only for a member entered "
                                 "by mistake; it cannot be undone (the audit trail keeps the "
                                 "entry).")
                                  .arg(m.name))
        != QMessageBox::Yes)
        return;
    if (auto s = RosterChanges::removeMember(*context().db, m.id); !s)
        return UserPrompts::error(this, tr("Committee"), s.error());
    Q_EMIT statusMessage(tr("%1 was removed from the roster.").arg(m.name));
    reload();
}

void CommitteePage::addMember()
{
    Member blank;
    blank.termStart = m_today;
    MemberDialog dialog(blank, this);
    if (UserPrompts::exec(dialog) != QDialog::Accepted)
        return;
    // A seat once added is part of the record; ending its term is how it leaves.
    if (auto id = Committee::addMember(*context().db, dialog.member()); !id)
        return UserPrompts::error(this, tr("Committee"), id.error());
    reload();
    Q_EMIT dataChanged();
}

void CommitteePage::editMember()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->members().size())
        return;
    const Member before = m_model->members().at(row);
    MemberDialog dialog(before, this);
    if (UserPrompts::exec(dialog) != QDialog::Accepted)
        return;
    pushUpdate(tr("Edit %1").arg(before.name), before, dialog.member());
}

void CommitteePage::pushUpdate(const QString& text, const Member& before, const Member& after)
{
    Database* db = context().db;
    // The command takes the old value from core, not from the view; `before` is what the user
    // saw, for keeping their change when someone else changed the member meanwhile.
    const qint64 id = after.id;
    auto* edit = new ChangeValue<Member>(
        *db, Operation::EditMember, text, after, [db, id] { return Committee::member(*db, id); },
        [db](const Member& m) { return Committee::updateMember(*db, m); },
        { [this] {
             reload();
             Q_EMIT dataChanged();
         },
          [this, text, before, after](const Error& e) {
              if (StaleEdit::ask(this, tr("Committee"), e) != StaleEdit::Answer::SaveMine)
                  return;
              // After the reload: the user's change onto the member as they are now.
              QMetaObject::invokeMethod(
                  this,
                  [this, text, before, after] {
                      auto now = Committee::member(*context().db, after.id);
                      if (!now)
                          return UserPrompts::error(this, tr("Committee"), now.error());
                      pushUpdate(
                          text, now.value(),
                          StaleEdit::mineOnto<&Member::name, &Member::affiliation, &Member::kind,
                                              &Member::voting, &Member::email, &Member::termStart,
                                              &Member::termEnd, &Member::isChair,
                                              &Member::contactRole>(before, after, now.value()));
                  },
                  Qt::QueuedConnection);
          } });
    m_seen.guard(*edit, *db, id);
    undoStack()->push(edit);
}

} // namespace csc
