// SPDX-License-Identifier: GPL-3.0-or-later
#include "CasesPage.h"

#include "BoardColumnView.h"
#include "CaseBoard.h"
#include "CaseDetailPane.h"
#include "CaseListModel.h"
#include "CaseStepActions.h"
#include "CaseUndoCommands.h"
#include "MoveDialog.h"
#include "NewCaseDialog.h"
#include "PatternsView.h"
#include "core/cases/CaseComments.h"
#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseDetailDocument.h"
#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseSearch.h"
#include "core/cases/ProcessDefinition.h"
#include "core/domain/Permissions.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/EditGuard.h"
#include "ui/edit/StaleEdit.h"
#include "ui/widgets/AccessibleNames.h"
#include "ui/widgets/ActionGate.h"
#include "ui/widgets/FirstPaint.h"
#include "ui/widgets/NoticeBanner.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csc {

CasesPage::CasesPage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
    , m_model(new CaseListModel(this))
    , m_tabs(new QTabBar(this))
    , m_stack(new QStackedWidget(this))
    , m_patterns(new PatternsView(*context.db, this))
    , m_detail(new CaseDetailPane(*context.db, this))
    , m_notice(new NoticeBanner(this))
    , m_search(new QLineEdit(this))
    , m_operator(new QComboBox(this))
    , m_serviceLevel(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("casesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* bar = new QWidget(this);
    buildFilters(bar);
    layout->addWidget(bar);
    m_notice->hide();

    // A board is built when its tab is first shown (or a case on it is selected): the window
    // starts with the one board it shows, not the columns of all four processes.
    for (CaseProcess p : ProcessDefinition::all()) {
        m_tabs->addTab(ProcessDefinition::of(p).name);
        auto* host = new QWidget(m_stack);
        auto* hostLayout = new QVBoxLayout(host);
        hostLayout->setContentsMargins(0, 0, 0, 0);
        m_stack->addWidget(host);
        m_boards << nullptr;
    }
    m_tabs->addTab(tr("Patterns"));
    m_stack->addWidget(m_patterns);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_boards.size())
            boardAt(index);
    });
    connect(m_tabs, &QTabBar::currentChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_tabs, &QTabBar::currentChanged, this, &CasesPage::applyCriteria);
    // The Patterns tab shows what the background load prepares: at once when chosen.
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index == m_boards.size())
            ensureFullyLoaded();
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_tabs);
    leftLayout->addWidget(m_stack, 1);
    splitter->addWidget(left);
    // A refusal shows above the detail pane, so the board never jumps down under the pointer.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_detail, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 1100, 360 });
    layout->addWidget(splitter, 1);

    connect(m_detail, &CaseDetailPane::moveMenuRequested, this, &CasesPage::showMoveMenu);
    connect(m_detail, &CaseDetailPane::commentRequested, this, &CasesPage::comment);
    connect(m_detail, &CaseDetailPane::attachRequested, this, &CasesPage::attach);
    connect(m_detail, &CaseDetailPane::publicRequested, this, &CasesPage::makePublic);
    connect(m_detail, &CaseDetailPane::escalateRequested, this, &CasesPage::escalate);
    connect(m_detail, &CaseDetailPane::linkActivated, this, &CasesPage::selectCase);
    connect(m_detail, &CaseDetailPane::responseRequested, this, [this](qint64 caseId) {
        if (const qint64 shown = CaseStepActions::recordResponse(this, *this->context().db, caseId))
            afterChange(shown);
    });
    connect(m_detail, &CaseDetailPane::handOverRequested, this, [this](qint64 caseId) {
        if (const qint64 shown = CaseStepActions::handOver(this, *this->context().db, caseId))
            afterChange(shown);
    });
    connect(m_detail, &CaseDetailPane::archiveRequested, this, [this](qint64 caseId, bool archive) {
        auto c = CaseRepository::summary(*this->context().db, caseId);
        if (!c)
            return;
        undoStack()->push(new ArchiveCaseCommand(*this->context().db, caseId, archive,
                                                 archive
                                                     ? tr("Archive %1").arg(c.value().reference)
                                                     : tr("Restore %1").arg(c.value().reference),
                                                 hooks()));
    });
    connect(m_patterns, &PatternsView::openProblemRequested, this, &CasesPage::openProblemFrom);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_searchTimer, &QTimer::timeout, this, &CasesPage::runSearch);
    reload();
}

void CasesPage::buildFilters(QWidget* bar)
{
    auto* h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search titles, descriptions, comments and notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_state->addItem(tr("On the board"), int(BoardCriteria::State::OnBoard));
    m_state->addItem(tr("Archive"), int(BoardCriteria::State::Archived));
    m_state->addItem(tr("Board and archive"), int(BoardCriteria::State::All));
    // The filters shrink with the window rather than widen it.
    for (QComboBox* combo : { m_operator, m_serviceLevel }) {
        combo->setMinimumContentsLength(18);
        combo->view()->setTextElideMode(Qt::ElideNone);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    auto* open
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Case…"), bar);
    ActionGate::apply(open,
                      context().db->isReadOnly()
                          ? Status(Error { context().db->readOnlyReason(), {} })
                          : Permissions::check(context().db->session(), Permission::EditCases));
    h->addWidget(m_search, 2);
    h->addWidget(m_operator);
    h->addWidget(m_serviceLevel);
    h->addWidget(m_state);
    h->addWidget(m_overdue);
    h->addStretch();
    h->addWidget(open);
    connect(open, &QPushButton::clicked, this, &CasesPage::openNewCase);
    // Each keystroke re-filters the board from what it holds (titles, operators, TLDs);
    // the full-text hits in comments and notes follow after a pause in typing.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        applyCriteria();
        m_searchTimer->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CasesPage::runSearch);
    for (QComboBox* combo : { m_operator, m_serviceLevel, m_state })
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::applyCriteria);
    connect(m_overdue, &QCheckBox::toggled, this, &CasesPage::applyCriteria);
}

QString CasesPage::sectionTitle()
{
    return tr("Cases");
}

QString CasesPage::title() const
{
    return sectionTitle();
}

QIcon CasesPage::sectionIcon()
{
    return QIcon(QStringLiteral(":/csc/icons/cases.svg"));
}

QIcon CasesPage::icon() const
{
    return sectionIcon();
}

void CasesPage::reload()
{
    if (m_loaded)
        refreshRows();
    else
        loadBoard();
}

std::optional<QList<CaseSummary>> CasesPage::readBoardCases(Database& db)
{
    CaseListFilter onBoard;
    onBoard.includeArchived = false;
    auto cases = CaseRepository::list(db, onBoard);
    if (!cases) {
        m_notice->showNotice(NoticeBanner::Kind::Error, cases.error().message);
        m_notice->show();
        return std::nullopt;
    }
    return std::move(cases).value();
}

void CasesPage::loadBoard()
{
    Database& db = *context().db;
    // What the board shows first: the cases on it. The archive (most of a long record) and
    // the complaint patterns follow behind (loadRestStep).
    auto cases = readBoardCases(db);
    if (!cases)
        return;
    m_loaded = true;
    m_readAs = db.session();
    m_changedCases.clear();
    m_untypedCases = m_calendarChanged = m_archiveRefresh = false;
    m_archiveSeen.clear();
    m_today = QDate::currentDate();
    m_calendar = CommitteeSettings::businessCalendar(db);
    m_dueSoonDays = CommitteeSettings::intValue(db, CommitteeSettings::Key::DueSoonDays);
    m_model->setCases(std::move(*cases), m_calendar, m_today, m_dueSoonDays);
    m_archiveOffset = 0;
    m_patternsPending = true;
    fillOperators();
    fillServiceLevels();
    m_hitsFor.clear();
    runSearch();
    m_detail->showCase(m_detail->caseId());
    scheduleRestAfterFirstPaint();
}

void CasesPage::scheduleRestAfterFirstPaint()
{
    if (m_painted) {
        scheduleRest();
        return;
    }
    if (std::exchange(m_restAwaitsPaint, true))
        return;
    // The archive's first page would otherwise be read before the board is painted.
    FirstPaint::then(this, [this] {
        m_painted = true;
        m_restAwaitsPaint = false;
        scheduleRest();
    });
    // Built out of sight (another section shown, or no window): nothing to wait for.
    QTimer::singleShot(0, this, [this] {
        if (m_restAwaitsPaint && !isVisible())
            scheduleRest();
    });
}

void CasesPage::noteChange(const DataChange& change)
{
    const QList<EntityChange> rows = change.rowsOf(QStringLiteral("case"));
    for (const EntityChange& row : rows) {
        bool ok = false;
        if (const qint64 id = row.id.toLongLong(&ok); ok)
            m_changedCases.insert(id);
    }
    // Another client's commit (PostgreSQL's notification names the entity only) or a merged
    // review copy: which cases changed is not said.
    if ((change.touches(QStringLiteral("case")) && rows.isEmpty())
        || change.touches(QStringLiteral("review_merge")))
        m_untypedCases = true;
    if (change.touchesAny({ "setting", "holiday_calendar" }))
        m_calendarChanged = true;
}

void CasesPage::refreshRows()
{
    Database& db = *context().db;
    auto cases = readBoardCases(db);
    if (!cases)
        return;
    // Another role sees other cases (Settings changed the profile): the whole archive again.
    const UserSession session = db.session();
    const bool otherReader = session.role != m_readAs.role || session.memberId != m_readAs.memberId;
    m_readAs = session;
    if (std::exchange(m_calendarChanged, false) || otherReader || m_today != QDate::currentDate()) {
        m_today = QDate::currentDate();
        m_calendar = CommitteeSettings::businessCalendar(db);
        m_dueSoonDays = CommitteeSettings::intValue(db, CommitteeSettings::Key::DueSoonDays);
        m_model->recompute(m_calendar, m_today, m_dueSoonDays);
    }
    QList<CaseSummary> fresh = std::move(*cases);
    QSet<qint64> onBoardIds;
    onBoardIds.reserve(fresh.size());
    for (const CaseSummary& c : std::as_const(fresh))
        onBoardIds.insert(c.id);
    // Held cases that left the board (archived, or hidden now) and archived ones a write
    // named: read again by id, removed when no longer there for this session.
    QList<qint64> recheck = m_model->boardCasesNotIn(onBoardIds);
    for (qint64 id : std::as_const(m_changedCases)) {
        if (!onBoardIds.contains(id) && m_model->holds(id) && !recheck.contains(id))
            recheck << id;
    }
    m_changedCases.clear();
    QList<qint64> gone;
    if (!recheck.isEmpty()) {
        auto again = CaseRepository::summaries(db, recheck);
        if (!again) {
            m_notice->showNotice(NoticeBanner::Kind::Error, again.error().message);
            m_notice->show();
            return;
        }
        QSet<qint64> found;
        for (const CaseSummary& c : again.value())
            found.insert(c.id);
        for (qint64 id : std::as_const(recheck)) {
            if (!found.contains(id))
                gone << id;
        }
        fresh += std::move(again).value();
    }
    m_model->updateCases(std::move(fresh), gone, m_calendar, m_today, m_dueSoonDays);
    if (std::exchange(m_untypedCases, false) || otherReader) {
        // The archive is re-read behind the board, a page at a time, updating what it holds.
        // While the first read of the archive still runs, it starts again as it was (what
        // needs the whole archive waits for it); a complete archive is re-read in the background.
        m_archiveRefresh = m_archiveRefresh || m_archiveOffset < 0;
        m_archiveOffset = 0;
        m_archiveSeen.clear();
    }
    m_patternsPending = true;
    fillOperators();
    fillServiceLevels();
    m_hitsFor.clear();
    runSearch();
    m_detail->showCase(m_detail->caseId());
    scheduleRest();
}

void CasesPage::finishArchiveRefresh()
{
    const QList<qint64> unseen = m_model->archivedCasesNotIn(m_archiveSeen);
    m_archiveSeen.clear();
    if (unseen.isEmpty())
        return;
    auto again = CaseRepository::summaries(*context().db, unseen);
    if (!again)
        return;
    QSet<qint64> found;
    for (const CaseSummary& c : again.value())
        found.insert(c.id);
    QList<qint64> gone;
    for (qint64 id : unseen) {
        if (!found.contains(id))
            gone << id;
    }
    m_model->updateCases(std::move(again).value(), gone, m_calendar, m_today, m_dueSoonDays);
}

void CasesPage::fillServiceLevels()
{
    const QSignalBlocker b2(m_serviceLevel);
    const qint64 currentLevel = m_serviceLevel->currentData().toLongLong();
    m_serviceLevel->clear();
    m_serviceLevel->addItem(tr("Any service level"), 0);
    for (const ServiceLevelRef& sl : CaseRepository::serviceLevels(*context().db).valueOr({}))
        m_serviceLevel->addItem(sl.label, sl.id);
    m_serviceLevel->setCurrentIndex(qMax(0, m_serviceLevel->findData(currentLevel)));
}

void CasesPage::fillOperators()
{
    QStringList operators;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (const CaseSummary* c = m_model->caseAt(r); c && !c->complainant.isEmpty())
            operators << c->complainant;
    }
    operators.removeDuplicates();
    operators.sort(Qt::CaseInsensitive);
    const QSignalBlocker b1(m_operator);
    const QString currentOperator = m_operator->currentData().toString();
    m_operator->clear();
    m_operator->addItem(tr("Any operator"), QString());
    for (const QString& o : std::as_const(operators))
        m_operator->addItem(o, o);
    m_operator->setCurrentIndex(qMax(0, m_operator->findData(currentOperator)));
}

void CasesPage::scheduleRest()
{
    if (std::exchange(m_restScheduled, true))
        return;
    // One page per turn of the event loop: the window keeps answering meanwhile.
    QTimer::singleShot(0, this, [this] {
        m_restScheduled = false;
        if (loadRestStep(true))
            scheduleRest();
    });
}

bool CasesPage::loadRestStep(bool background)
{
    // A page of the archive per step: each is a few milliseconds of work. A re-read of the
    // archive (after a change that did not name its cases) runs only in the background: the
    // rows held meanwhile are those read before, so nothing needs to wait for it.
    constexpr int kArchivePage = 1500;
    if (m_archiveOffset >= 0 && (background || !m_archiveRefresh)) {
        auto page = CaseRepository::archivedPage(*context().db, m_archiveOffset, kArchivePage);
        const int fetched = page ? int(page.value().size()) : 0;
        if (page) {
            for (const CaseSummary& c : page.value())
                m_archiveSeen.insert(c.id);
            m_model->appendCases(std::move(page).value(), m_calendar, m_today, m_dueSoonDays);
        }
        m_archiveOffset = fetched == kArchivePage ? m_archiveOffset + fetched : -1;
        if (m_archiveOffset < 0) {
            m_archiveRefresh = false;
            if (page)
                finishArchiveRefresh();
            fillOperators(); // the archive's operators too
            // The archive may be on screen (its filter), with the detail of one of its cases.
            if (background
                && BoardCriteria::State(m_state->currentData().toInt())
                    != BoardCriteria::State::OnBoard)
                applyCriteria();
        }
        return true;
    }
    if (m_patternsPending) {
        m_patternsPending = false;
        m_patterns->reload(m_today);
        Q_EMIT fullyLoaded();
    }
    return false;
}

void CasesPage::ensureFullyLoaded() const
{
    // Const callers (the accessors) see the whole record: the loading is not their concern.
    auto* self = const_cast<CasesPage*>(this);
    while (self->loadRestStep(false)) { }
}

Status CasesPage::canPrint() const
{
    if (m_detail->caseId() == 0)
        return Error { tr("Select a case to print its detail."), {} };
    return {};
}

Result<SectionPage::Printable> CasesPage::printable() const
{
    if (auto can = canPrint(); !can)
        return can.error();
    auto detail = CaseRepository::detail(*context().db, m_detail->caseId());
    if (!detail)
        return detail.error();
    return Printable { CaseDetailDocument::title(detail.value()),
                       CaseDetailDocument::bodyHtml(detail.value()),
                       {},
                       {} };
}

bool CasesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void CasesPage::setSearchText(const QString& text)
{
    m_search->setText(text);
    runSearch();
}

void CasesPage::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    // The full-text query runs once per settled text, never per keystroke.
    if (text != m_hitsFor) {
        m_textHits = text.isEmpty() ? QSet<qint64>()
                                    : CaseSearch::matchingCases(*context().db, text).valueOr({});
        m_hitsFor = text;
    }
    applyCriteria();
}

void CasesPage::applyCriteria()
{
    BoardCriteria criteria;
    criteria.text = m_search->text().trimmed();
    // Hits of an earlier text would show cases the new one does not match.
    if (criteria.text == m_hitsFor)
        criteria.textHits = m_textHits;
    criteria.operatorName = m_operator->currentData().toString();
    criteria.serviceLevelId = m_serviceLevel->currentData().toLongLong();
    criteria.state = BoardCriteria::State(m_state->currentData().toInt());
    // The archive is fetched behind the board: a filter that shows it waits for all of it.
    if (criteria.state != BoardCriteria::State::OnBoard)
        ensureFullyLoaded();
    criteria.overdueOnly = m_overdue->isChecked();
    const int tab = m_tabs->currentIndex();
    // Only the visible board filters now; the others catch up when shown.
    if (tab < 0 || tab >= m_boards.size())
        return;
    criteria.process = ProcessDefinition::all().at(tab);
    CaseBoard* shown = boardAt(tab);
    shown->setCriteria(criteria);
    // A case the filter hides no longer stays open (with its actions) in the detail pane.
    if (m_detail->caseId() != 0 && !shown->containsCase(m_detail->caseId()))
        m_detail->showCase(0);
}

CaseBoard* CasesPage::boardAt(int index)
{
    if (index < 0 || index >= m_boards.size())
        return nullptr;
    if (CaseBoard* built = m_boards.at(index))
        return built;
    const ProcessDefinition& def = ProcessDefinition::of(ProcessDefinition::all().at(index));
    QWidget* host = m_stack->widget(index);
    auto* board = new CaseBoard(def, m_model, host);
    host->layout()->addWidget(board);
    m_boards[index] = board;
    connect(board, &CaseBoard::moveRequested, this, &CasesPage::requestMove);
    connect(board, &CaseBoard::caseSelected, m_detail, &CaseDetailPane::showCase);
    connect(board, &CaseBoard::contextMenuRequested, this, &CasesPage::showMoveMenu);
    // The section's controls were named when it was built; this board's are named now.
    AccessibleNames::fill(board);
    return board;
}

CaseBoard* CasesPage::board(CaseProcess process)
{
    ensureFullyLoaded();
    return boardAt(int(process));
}

void CasesPage::showProcess(CaseProcess process)
{
    m_tabs->setCurrentIndex(int(process));
}

QString CasesPage::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void CasesPage::refuse(const QString& text)
{
    m_notice->showNotice(NoticeBanner::Kind::Warning, text);
    m_notice->show();
    Q_EMIT statusMessage(text);
}

CaseCommandHooks CasesPage::hooks()
{
    return { [this](qint64 caseId) { afterChange(caseId); },
             [this](const Error& error) {
                 refuse(error.message);
                 UserPrompts::error(this, tr("Cases"), error);
             } };
}

CaseCommandHooks CasesPage::staleAware(qint64 caseId, std::function<void()> again)
{
    return { [this](qint64 id) { afterChange(id); },
             [this, caseId, again](const Error& error) {
                 switch (StaleEdit::ask(this, tr("Cases"), error)) {
                 case StaleEdit::Answer::NotStale:
                     return refuse(error.message);
                 case StaleEdit::Answer::Reload:
                     // Queued: the stack is still running the refused step.
                     QMetaObject::invokeMethod(
                         this, [this, caseId] { afterChange(caseId); }, Qt::QueuedConnection);
                     return;
                 case StaleEdit::Answer::SaveMine:
                     QMetaObject::invokeMethod(this, again, Qt::QueuedConnection);
                     return;
                 }
             } };
}

void CasesPage::pushMove(const MoveRequest& request, const QString& text, qint64 seenVersion)
{
    Database& db = *context().db;
    // "Save" moves again from where the case is now: core checks that move as any other.
    auto* move = new MoveCaseCommand(
        db, request, text, staleAware(request.caseId, [this, request, text] {
            pushMove(request, text,
                     EditGuard::versionOf(*context().db, QStringLiteral("case"), request.caseId)
                         .valueOr(0));
        }));
    move->guardFirstRun(db, QStringLiteral("case"), request.caseId, seenVersion);
    undoStack()->push(move);
}

void CasesPage::pushPublicity(qint64 caseId, const QString& consent, const QString& text,
                              qint64 seenVersion)
{
    Database& db = *context().db;
    auto* publicity = new PublicityCommand(
        db, caseId, consent, text, staleAware(caseId, [this, caseId, consent, text] {
            pushPublicity(
                caseId, consent, text,
                EditGuard::versionOf(*context().db, QStringLiteral("case"), caseId).valueOr(0));
        }));
    publicity->guardFirstRun(db, QStringLiteral("case"), caseId, seenVersion);
    undoStack()->push(publicity);
}

void CasesPage::afterChange(qint64 caseId)
{
    m_notice->hide();
    m_detail->showCase(caseId);
    reload();
    selectCase(caseId);
    Q_EMIT dataChanged();
}

void CasesPage::requestMove(qint64 caseId, const QString& toStep)
{
    ensureFullyLoaded();
    Database& db = *context().db;
    const int row = m_model->rowOfCase(caseId);
    const CaseSummary* c = m_model->caseAt(row);
    if (!c)
        return;
    const ProcessDefinition& def = ProcessDefinition::of(c->process);
    if (c->step == toStep)
        return; // dropped back where it was
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return refuse(s.error().message);
    if (db.isReadOnly())
        return refuse(db.readOnlyReason());
    if (auto legal = def.checkMove(c->step, toStep); !legal)
        return refuse(tr("%1 cannot move to “%2”: %3")
                          .arg(c->reference, def.stepName(toStep), legal.error().message));
    const MoveDefinition& move = *def.move(c->step, toStep);
    const StepDefinition& target = *def.step(toStep);
    // What the user decides on is the case as it is now; a colleague's step meanwhile (another
    // move, a response) refuses this one, naming them (EditGuard). Comments do not.
    const qint64 seen = EditGuard::versionOf(db, QStringLiteral("case"), caseId).valueOr(0);
    MoveDialog dialog(*c, move, target, CaseDeadlines::periodDays(db, target.deadline, 0),
                      CommitteeSettings::businessCalendar(db), this);
    if (UserPrompts::exec(dialog) != QDialog::Accepted)
        return;
    pushMove(dialog.request(), tr("Move %1 to “%2”").arg(c->reference, target.name), seen);
}

void CasesPage::showMoveMenu(qint64 caseId, const QPoint& globalPos)
{
    ensureFullyLoaded();
    const CaseSummary* c = m_model->caseAt(m_model->rowOfCase(caseId));
    if (!c)
        return;
    const ProcessDefinition& def = ProcessDefinition::of(c->process);
    // The legal next steps directly in the menu (under a "Move to" heading), not in a submenu
    // whose only item would be "Move to… ▸".
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("caseMenu"));
    menu.addSection(tr("Move %1 to").arg(c->reference));
    const QList<MoveDefinition> moves = def.movesFrom(c->step);
    for (const MoveDefinition& m : moves) {
        QAction* a = menu.addAction(tr("%1 — %2").arg(def.stepName(m.to), m.label));
        const QString to = m.to;
        a->setEnabled(!c->archived);
        connect(a, &QAction::triggered, this, [this, caseId, to] { requestMove(caseId, to); });
    }
    if (moves.isEmpty())
        menu.addAction(tr("No further step: this is an end state"))->setEnabled(false);
    menu.addSeparator();
    menu.addAction(tr("Make &public…"), this, [this, caseId] { makePublic(caseId); })
        ->setEnabled(c->confidential && !c->exercise);
    menu.addAction(c->archived ? tr("&Restore from the archive") : tr("&Archive"), this,
                   [this, caseId, c] {
                       undoStack()->push(new ArchiveCaseCommand(*context().db, caseId, !c->archived,
                                                                tr("Archive %1").arg(c->reference),
                                                                hooks()));
                   })
        ->setEnabled(!c->isOpen());
    menu.exec(globalPos);
}

void CasesPage::selectCase(qint64 caseId)
{
    ensureFullyLoaded();
    const CaseSummary* c = m_model->caseAt(m_model->rowOfCase(caseId));
    if (!c)
        return;
    if (m_tabs->currentIndex() != int(c->process))
        m_tabs->setCurrentIndex(int(c->process));
    if (c->archived && m_state->currentData().toInt() == int(BoardCriteria::State::OnBoard))
        m_state->setCurrentIndex(m_state->findData(int(BoardCriteria::State::All)));
    board(c->process)->selectCase(caseId);
    m_detail->showCase(caseId);
}

void CasesPage::openNewCase()
{
    Database& db = *context().db;
    const int tab = m_tabs->currentIndex();
    NewCaseDialog dialog(
        tab < m_boards.size() ? ProcessDefinition::all().at(tab) : CaseProcess::Complaint,
        CaseRepository::serviceLevels(db).valueOr({}),
        [&db](const NewCase& c) { return CaseRepository::create(db, c); }, this);
    if (UserPrompts::exec(dialog) == QDialog::Accepted)
        afterChange(dialog.openedCaseId());
}

void CasesPage::openProblemFrom(const ComplaintPattern& pattern)
{
    if (UserPrompts::question(
            this, tr("Open a Problem Management Case"),
            tr("Open a Problem Management case about “%1”, linked to %2?")
                .arg(pattern.serviceLevelLabel, pattern.references.join(tr(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    auto opened = ComplaintPatterns::openProblemCase(*context().db, pattern);
    if (!opened)
        return UserPrompts::error(this, tr("Cases"), opened.error());
    afterChange(opened.value());
}

void CasesPage::makePublic(qint64 caseId)
{
    ensureFullyLoaded();
    const CaseSummary* c = m_model->caseAt(m_model->rowOfCase(caseId));
    if (!c)
        return;
    const qint64 seen
        = EditGuard::versionOf(*context().db, QStringLiteral("case"), caseId).valueOr(0);
    bool ok = false;
    const QString consent
        = UserPrompts::multiLineText(this, tr("Make %1 Public").arg(c->reference),
                                     tr("Cases stay confidential unless the parties agree. Who "
                                        "agreed to publication, when and how?"),
                                     {}, &ok);
    if (!ok)
        return;
    pushPublicity(caseId, consent, tr("Make %1 public").arg(c->reference), seen);
}

void CasesPage::escalate(qint64 caseId)
{
    bool ok = false;
    const QString note = UserPrompts::text(
        this, tr("Escalate Remedial Action"),
        tr("Why does the remedial action go to the next level? The registry stakeholder group and "
           "the ccNSO and GNSO Councils will be owed a notice."),
        {}, &ok);
    if (!ok)
        return;
    if (auto level = CaseMoves::advanceEscalation(*context().db, caseId, note); !level)
        return UserPrompts::error(this, tr("Cases"), level.error());
    afterChange(caseId);
}

void CasesPage::attach(qint64 caseId)
{
    const QString file = UserPrompts::openFileName(this, tr("Attach a Document"));
    if (file.isEmpty())
        return;
    if (auto doc = CaseDocuments::attachFile(*context().db, caseId, file, {}); !doc)
        return UserPrompts::error(this, tr("Cases"), doc.error());
    afterChange(caseId);
}

void CasesPage::comment(qint64 caseId, const QString& text)
{
    // Comments are part of the record: added, never taken back, so not on the undo stack.
    if (auto added = CaseComments::add(*context().db, caseId, text); !added)
        return UserPrompts::error(this, tr("Cases"), added.error());
    afterChange(caseId);
}

} // namespace csc
