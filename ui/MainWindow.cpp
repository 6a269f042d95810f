// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "SectionPage.h"
#include "SettingsDialog.h"
#include "calendar/CalendarPage.h"
#include "cases/CasesPage.h"
#include "committee/CommitteePage.h"
#include "core/export/PublicOutputs.h"
#include "core/review/ReviewCopy.h"
#include "core/review/ReviewCopyOpener.h"
#include "core/settings/AppSettings.h"
#include "core/setup/CommitteeSetup.h"
#include "core/storage/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/FileCheck.h"
#include "meetings/MeetingsPage.h"
#include "performance/PerformancePage.h"
#include "publish/PublishActions.h"
#include "review/ReviewActions.h"
#include "setup/SetupWizard.h"
#include "ui/widgets/UserPrompts.h"
#include "widgets/AccessibleNames.h"
#include "widgets/ActionGate.h"
#include "widgets/DocumentPrinter.h"
#include "widgets/EmptyState.h"
#include "widgets/FindBar.h"
#include "widgets/FirstPaint.h"
#include "widgets/IntegrityBanner.h"
#include "widgets/NoticeBanner.h"
#include "widgets/ReadablePalette.h"
#include "widgets/UserPrompts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPagedPaintDevice>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <QtConcurrent/QtConcurrentRun>

namespace csc {

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_undoGroup(new QUndoGroup(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new NoticeBanner(this))
    , m_integrity(new IntegrityBanner(this))
    , m_findBar(new FindBar(this))
    , m_userLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setWindowTitle(tr("CSC Desk"));
    followReadablePalette();
    setWindowIcon(QIcon(QStringLiteral(":/csc/icons/cscdesk.svg")));

    m_navigation->setObjectName(QStringLiteral("sectionList"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(200);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_integrity);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_findBar);
    contentLayout->addWidget(m_stack, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
    m_navigation->viewport()->installEventFilter(this);
    createActions();
    restoreWindowState();
    rebuildSections();
}

MainWindow::~MainWindow()
{
    // Pages read the database while they go; delete them first.
    qDeleteAll(m_pages);
    m_pages.clear();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New Committee…"), this, &MainWindow::newCommittee);
    create->setObjectName(QStringLiteral("newCommitteeAction"));
    create->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    m_print = file->addAction(tr("&Print…"), this, [this] { printSection(false); });
    m_print->setShortcut(QKeySequence::Print);
    m_printPreview = file->addAction(tr("Print Pre&view…"), this, [this] { printSection(true); });
    connect(file, &QMenu::aboutToShow, this, &MainWindow::updatePrintAction);
    file->addSeparator();
    m_review = new ReviewActions(this, file);
    connect(m_review, &ReviewActions::merged, this, [this] {
        reloadSections();
        statusBar()->showMessage(tr("The member's changes were merged."), 6000);
    });
    file->addSeparator();
    m_publish = new PublishActions(this, file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), this, &MainWindow::findInSection);
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction* setup
        = edit->addAction(tr("Set &Up Committee…"), this, &MainWindow::showSetupAssistant);
    setup->setObjectName(QStringLiteral("setupAction"));
    QAction* preferences = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("CSC Desk &User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("What's &This?"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(tr("&About CSC Desk"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    Q_EMIT databaseReplaced();
    qDeleteAll(m_pages);
    m_pages.clear();
    m_db = std::move(db);
    if (m_db) {
        m_db->setSession(m_settings.profile());
        if (!m_db->isInMemory())
            m_settings.setValue(AppSettings::Key::LastDatabase, m_db->path());
    }
    m_review->setDatabase(m_db.get());
    m_publish->setDatabase(m_db.get());
    if (m_db) {
        // The banner (minutes due, read-only) follows every committed write, queued so a burst
        // of writes updates it once.
        connect(&ChangeNotifier::of(*m_db), &ChangeNotifier::changed, this, [this] {
            if (std::exchange(m_statusPending, true))
                return;
            QTimer::singleShot(0, this, [this] {
                m_statusPending = false;
                updateStatus();
            });
        });
    }
    m_afterSection.clear();
    m_afterCheck.clear();
    watchFileCheck();
    // On screen already (the app's start): the title and labels now, the notices once the
    // first section shows its data; they query every meeting's minutes. Before the section is
    // built: the banner's show lays the window out, cheaply while the section is not there.
    updateStatus(!m_painted);
    rebuildSections();
    // Both read much of the file: they wait for its check as well (two cores between the
    // window, the check and them made the check, and so the first writes, wait longer).
    if (m_painted)
        afterFirstSectionReady([this] { afterFileChecked([this] { updateStatus(); }); });
    // The thorough check (every index against its table, the audit chain) takes a while on
    // a large file: in the background, once the window is on screen with its first section
    // and the quick check is done.
    const QString path = m_db && !m_db->isInMemory() ? m_db->path() : QString();
    m_integrity->check({});
    const auto thorough = [this, path] {
        afterFileChecked([this, path] {
            if (m_db && m_db->path() == path)
                m_integrity->check(path);
        });
    };
    if (m_painted)
        afterFirstSectionReady(thorough);
    else
        runAfterFirstPaint(thorough);
}

void MainWindow::afterFirstSectionReady(std::function<void()> work)
{
    m_afterSection.append(std::move(work));
}

void MainWindow::afterFileChecked(std::function<void()> work)
{
    if (m_fileCheck)
        m_afterCheck.append(std::move(work));
    else
        QTimer::singleShot(0, this, std::move(work));
}

void MainWindow::watchFileCheck()
{
    delete std::exchange(m_fileCheck, nullptr); // an earlier file's check: its result is moot
    if (!m_db || !FileCheck::pending(*m_db).valid())
        return;
    // The check runs on its own connection; a thread waits for it so the window does not.
    m_fileCheck = new QFutureWatcher<Status>(this);
    const Database* checked = m_db.get();
    connect(m_fileCheck, &QFutureWatcher<Status>::finished, this, [this, checked] {
        const Status result = m_fileCheck->result();
        m_fileCheck->deleteLater();
        m_fileCheck = nullptr;
        if (m_db.get() != checked)
            return;
        if (!result) {
            // Refused as when the check ran before opening: closed, nothing written.
            const Error refusal = result.error();
            setDatabase(nullptr);
            UserPrompts::error(this, tr("CSC Desk cannot open the database"), refusal);
        }
        Q_EMIT databaseChecked(bool(result));
        for (auto& work : std::exchange(m_afterCheck, {}))
            QTimer::singleShot(0, this, std::move(work));
    });
    m_fileCheck->setFuture(
        QtConcurrent::run([check = FileCheck::pending(*m_db)] { return check.get(); }));
}

namespace {

// The sections in the order of the list, known before any of them is built.
struct SectionSpec
{
    QString (*title)();
    QIcon (*icon)();
    SectionPage* (*create)(const AppContext&, QWidget*);
};

template<typename Page> SectionPage* createPage(const AppContext& context, QWidget* parent)
{
    return new Page(context, parent);
}

const QList<SectionSpec>& sectionSpecs()
{
    static const QList<SectionSpec> specs {
        { &CasesPage::sectionTitle, &CasesPage::sectionIcon, &createPage<CasesPage> },
        { &PerformancePage::sectionTitle, &PerformancePage::sectionIcon,
          &createPage<PerformancePage> },
        { &MeetingsPage::sectionTitle, &MeetingsPage::sectionIcon, &createPage<MeetingsPage> },
        { &CommitteePage::sectionTitle, &CommitteePage::sectionIcon, &createPage<CommitteePage> },
        { &CalendarPage::sectionTitle, &CalendarPage::sectionIcon, &createPage<CalendarPage> },
    };
    return specs;
}

} // namespace

void MainWindow::rebuildSections()
{
    m_navigation->clear();
    qDeleteAll(m_sectionActions);
    m_sectionActions.clear();
    while (m_stack->count() > 0) {
        QWidget* w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
    m_pages.clear();
    if (!m_db) {
        m_noDatabase = new EmptyState(
            QIcon(QStringLiteral(":/csc/icons/cscdesk.svg")), tr("No database is open"),
            tr("Use File › Open Database… to open the committee's database, or File › New "
               "Committee… to start a new one."),
            m_stack);
        m_stack->addWidget(m_noDatabase);
        return;
    }

    // Pages are built when first shown, so the window paints at once; the first
    // one fills in right after that first paint.
    QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    const QList<SectionSpec>& specs = sectionSpecs();
    for (int i = 0; i < specs.size(); ++i) {
        m_pages.append(nullptr);
        m_stack->addWidget(new QWidget(m_stack));
        auto* item = new QListWidgetItem(specs.at(i).icon(), specs.at(i).title(), m_navigation);
        item->setSizeHint(QSize(0, 40));
        // A menu reads "&" as the mnemonic marker: "Meetings & Minutes" must be escaped.
        QString menuText = specs.at(i).title();
        menuText.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction* action
            = view->addAction(specs.at(i).icon(), menuText, this, [this, i] { showSection(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_sectionActions.append(action);
    }
    m_deferPages = !isVisible();
    showSection(qBound(0, m_settings.value(AppSettings::Key::CurrentSection).toInt(),
                       int(m_pages.size()) - 1));
}

SectionPage* MainWindow::page(int index)
{
    if (index < 0 || index >= m_pages.size() || !m_db)
        return nullptr;
    if (!m_pages.at(index)) {
        const AppContext context { m_db.get(), &m_settings, m_undoGroup };
        SectionPage* created = sectionSpecs().at(index).create(context, m_stack);
        QWidget* placeholder = m_stack->widget(index);
        const bool current = m_stack->currentIndex() == index;
        m_stack->removeWidget(placeholder);
        delete placeholder;
        m_stack->insertWidget(index, created);
        if (current)
            m_stack->setCurrentIndex(index);
        m_pages[index] = created;
        // Screen readers: every control of the section gets a name (its label, placeholder or
        // tooltip) unless it was named explicitly.
        AccessibleNames::fill(created);
        const auto ready = [this, index] {
            Q_EMIT sectionReady(index);
            for (auto& work : std::exchange(m_afterSection, {}))
                QTimer::singleShot(0, this, std::move(work));
        };
        // The section is ready when it is on screen with its data: after its first paint, so
        // what waits for it (the notices, the thorough check) does not delay that paint. A
        // section built out of sight is ready at once.
        if (current && isVisible())
            FirstPaint::then(created, ready);
        else
            QTimer::singleShot(0, this, ready);
        connect(created, &SectionPage::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 6000); });
        // A change in one section shows in the others through core's change notifications
        // (SectionPage follows ChangeNotifier::of(db)), so no page reloads another here.
        connect(created, &SectionPage::dataChanged, this, &MainWindow::updatePrintAction);
    }
    return m_pages.at(index);
}

QList<SectionPage*> MainWindow::sections()
{
    for (int i = 0; i < m_pages.size(); ++i)
        page(i);
    return m_pages;
}

int MainWindow::currentSectionIndex() const
{
    return m_current;
}

void MainWindow::showSection(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_current = index;
    m_stack->setCurrentIndex(index);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_settings.setValue(AppSettings::Key::CurrentSection, index);
    const auto activate = [this, index] {
        if (SectionPage* shown = page(index); shown && m_current == index)
            m_undoGroup->setActiveStack(shown->undoStack());
        updatePrintAction();
    };
    if (m_deferPages && !m_pages.at(index)) {
        m_deferPages = false;
        runAfterFirstPaint(activate);
    } else {
        activate();
    }
}

void MainWindow::runAfterFirstPaint(std::function<void()> work)
{
    if (m_painted)
        QTimer::singleShot(0, this, std::move(work));
    else
        m_afterPaint.append(std::move(work));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The section list paints in the window's first frame: once it has, the window is on screen.
    if (event->type() == QEvent::Paint && watched == m_navigation->viewport() && !m_painted) {
        m_painted = true;
        for (auto& work : std::exchange(m_afterPaint, {}))
            QTimer::singleShot(0, this, std::move(work));
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateStatus(bool withNotices)
{
    // In a review copy the session is the copy's member, whoever's profile this is.
    const UserSession profile = m_db ? m_db->session() : m_settings.profile();
    m_userLabel->setText(tr("%1 (%2)").arg(profile.name, RoleNames::displayName(profile.role)));
    if (!m_db) {
        m_databaseLabel->clear();
        setWindowTitle(tr("CSC Desk"));
        return;
    }
    const QString name
        = m_db->isInMemory() ? tr("in-memory database") : QFileInfo(m_db->path()).fileName();
    m_databaseLabel->setText(m_db->isReadOnly() ? tr("%1 — read-only").arg(name) : name);
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_db->path()));
    setWindowTitle(tr("%1 — CSC Desk").arg(name));
    const QString committee = CommitteeSetup::committeeName(*m_db);
    if (!committee.isEmpty())
        setWindowTitle(tr("%1 — %2 — CSC Desk").arg(committee, name));
    // What set-up still lacks is a few counts: shown at once. The minutes-due notices read
    // every meeting's minutes: they wait for the first section when asked to.
    const QStringList notices
        = setupNotices() + (withNotices ? MeetingsPage::startupNotices(*m_db) : QStringList());
    if (const auto copy = ReviewCopy::infoOf(*m_db)) {
        m_banner->showNotice(NoticeBanner::Kind::Info,
                             tr("<b>Review copy for %1, taken %2.</b> Comment, approve minutes, "
                                "vote and complete your action items here; "
                                "then use File › Write Changes to Send Back.")
                                 .arg(copy->memberName.toHtmlEscaped(),
                                      QLocale().toString(copy->takenUtc.toLocalTime(),
                                                         QStringLiteral("d MMM yyyy HH:mm"))));
    } else if (m_db->isReadOnly()) {
        m_banner->showNotice(
            NoticeBanner::Kind::Warning,
            tr("<b>Read-only.</b> %1").arg(m_db->readOnlyReason().toHtmlEscaped()));
    } else if (!notices.isEmpty()) {
        m_banner->showNotice(NoticeBanner::Kind::Warning, notices.join(QLatin1String("<br>")));
    } else {
        m_banner->hide();
    }
}

void MainWindow::openDatabase()
{
    const QString path = UserPrompts::openFileName(
        this, tr("Open Database"), m_db ? QFileInfo(m_db->path()).absolutePath() : QString(),
        tr("CSC Desk databases (*.db *.sqlite *.cscdesk);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

void MainWindow::openDatabaseFile(const QString& path)
{
    // A missing file is never created silently: the user is asked.
    if (!QFileInfo::exists(path)) {
        if (UserPrompts::question(this, tr("Open Database"),
                                  tr("There is no database at %1. Create a new committee "
                                     "database there?")
                                      .arg(QDir::toNativeSeparators(path)))
            == QMessageBox::Yes)
            createCommitteeFile(path);
        return;
    }
    auto opened = ReviewCopyOpener::open(path);
    if (!opened) {
        UserPrompts::error(this, tr("Cannot open the database"), opened.error());
        return;
    }
    setDatabase(std::move(opened).value());
}

void MainWindow::newCommittee()
{
    QString path = UserPrompts::saveFileName(
        this, tr("New Committee"),
        m_db && !m_db->isInMemory() ? QFileInfo(m_db->path()).absolutePath() : QString(),
        tr("CSC Desk databases (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".db");
    createCommitteeFile(path);
}

void MainWindow::createCommitteeFile(const QString& path)
{
    auto created = Database::create(path);
    if (!created) {
        UserPrompts::error(this, tr("Cannot create the committee"), created.error());
        return;
    }
    setDatabase(std::move(created).value());
    statusBar()->showMessage(
        tr("New committee database %1 created.").arg(QDir::toNativeSeparators(path)), 8000);
    showSetupAssistant();
}

void MainWindow::showSetupAssistant()
{
    if (!m_db)
        return;
    auto* wizard = new SetupWizard(*m_db, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::committeeChanged, this, [this] {
        reloadSections();
        updateStatus();
    });
    // Replacing the database closes the assistant that works on it.
    connect(this, &MainWindow::databaseReplaced, wizard, &QWidget::close);
    wizard->open();
}

QStringList MainWindow::setupNotices() const
{
    if (!m_db || m_db->session().reviewCopy)
        return {};
    if (CommitteeSetup::isDemo(*m_db))
        return { tr("<b>This is a demo committee</b> with invented people, cases and figures. To "
                    "start your committee's own database use File › New Committee…") };
    auto state = CommitteeSetup::state(*m_db);
    if (!state || state.value().complete())
        return {};
    return { tr("<b>Set-up not finished.</b> Still missing: %1. Use Edit › Set Up Committee… "
                "(each step can be done later).")
                 .arg(state.value().missing().join(QLatin1String(", ")).toHtmlEscaped()) };
}

void MainWindow::reloadSections()
{
    for (SectionPage* page : std::as_const(m_pages)) {
        if (page)
            page->reload();
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_db.get(), this);
    // The change goes on the shown page's undo stack, as Edit › Undo shows it.
    dialog.setUndoStack(m_undoGroup->activeStack(), [this] {
        updateStatus();
        reloadSections();
    });
    const int result = UserPrompts::exec(dialog);
    if (result == SettingsDialog::SetupAssistantRequested) {
        showSetupAssistant();
        return;
    }
    if (result == QDialog::Accepted) {
        if (m_db)
            m_db->setSession(m_settings.profile());
        updateStatus();
        for (SectionPage* page : std::as_const(m_pages)) {
            if (page)
                page->reload();
        }
    }
}

void MainWindow::showAbout()
{
    UserPrompts::about(
        this, tr("About CSC Desk"),
        tr("<h3>CSC Desk %1</h3>"
           "<p>The workbench of a Customer Standing Committee: escalated cases, the IANA naming "
           "function's service levels, meetings and minutes, on one desk and offline.</p>"
           "<p>Built with Qt %2 and SQLite.</p>")
            .arg(QStringLiteral(CSC_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::findInSection()
{
    SectionPage* shown = page(m_current);
    if (!shown)
        return;
    if (!shown->focusSearch())
        m_findBar->openFor(shown);
}

void MainWindow::updatePrintAction()
{
    SectionPage* shown = m_db ? page(m_current) : nullptr;
    Status printable = Error { tr("Open a database first."), {} };
    if (shown)
        printable = shown->canPrint();
    ActionGate::apply(m_print, printable);
    ActionGate::apply(m_printPreview, printable);
}

void MainWindow::printSection(bool preview)
{
    SectionPage* shown = page(m_current);
    if (!shown)
        return;
    auto document = shown->printable();
    if (!document)
        return UserPrompts::error(this, tr("Print"), document.error());
    // A public document prints from the registry, so the paper is the exported PDF; the
    // case detail (for members) is laid out in the same style.
    const SectionPage::Printable printable = document.value();
    Database* db = m_db.get();
    const DocumentPrinter::PagePainter pages = [db, printable](QPagedPaintDevice& device) {
        if (!printable.outputId.isEmpty())
            return PublicOutputs::paint(*db, printable.outputId, printable.request, device);
        PublicDocument members;
        members.title = printable.title;
        members.bodyHtml = printable.bodyHtml;
        return DocumentWriter::paint(device, members);
    };
    const Status printed = preview ? DocumentPrinter::preview(this, printable.title, pages)
                                   : DocumentPrinter::print(this, printable.title, pages);
    if (!printed)
        UserPrompts::error(this, tr("Print"), printed.error());
}

void MainWindow::showUserGuide()
{
    // A short manual compiled into the app (resources/help/guide.html), readable offline.
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("userGuide"));
    dialog->setWindowTitle(tr("CSC Desk User Guide"));
    auto* browser = new QTextBrowser(dialog);
    browser->setAccessibleName(tr("User guide"));
    browser->setSource(QUrl(QStringLiteral("qrc:/csc/help/guide.html")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 640);
    dialog->show();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry
        = m_settings.value(AppSettings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
        resize(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    restoreState(m_settings.value(AppSettings::Key::MainWindowState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::Key::MainWindowState, saveState());
    m_settings.sync();
    event->accept();
}

void MainWindow::followReadablePalette()
{
    const QPalette adjusted = ReadablePalette::adjusted(QApplication::palette());
    if (adjusted != QApplication::palette())
        QApplication::setPalette(adjusted);
}

void MainWindow::changeEvent(QEvent* event)
{
    // A new system palette (dark mode switched on): keep placeholders and links readable.
    if (event->type() == QEvent::PaletteChange)
        followReadablePalette();
    // Follow the system's light/dark switch while running: the banner tint is derived from the
    // palette.
    if (event->type() == QEvent::PaletteChange && m_db && m_db->isReadOnly())
        updateStatus();
    QMainWindow::changeEvent(event);
}

} // namespace csc
