#include "CommitteePage.h"

#include "DutiesPanel.h"
#include "MemberDialog.h"
#include "RosterModel.h"
#include "WorkPlanPanel.h"
#include "meetings/Committee.h"
#include "meetings/CompositionCheck.h"
#include "meetings/CoreCommand.h"
#include "storage/Database.h"
#include "widgets/NoticeBanner.h"
#include "widgets/UserPrompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
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
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
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
}

void CommitteePage::addMember()
{
    Member blank;
    blank.termStart = m_today;
    MemberDialog dialog(blank, this);
    if (dialog.exec() != QDialog::Accepted)
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    pushUpdate(tr("Edit %1").arg(before.name), before, dialog.member());
}

void CommitteePage::pushUpdate(const QString& text, const Member& before, const Member& after)
{
    Database* db = context().db;
    undoStack()->push(new CoreCommand(
        text, [db, after] { return Committee::updateMember(*db, after); },
        [db, before] { return Committee::updateMember(*db, before); },
        [this] {
            reload();
            Q_EMIT dataChanged();
        },
        [this](const Error& e) { UserPrompts::error(this, tr("Committee"), e); }));
}

} // namespace csc
