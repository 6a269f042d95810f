// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "core/util/Result.h"

#include <QFutureWatcher>
#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace csc {

class AppSettings;
class Database;
class IntegrityBanner;
class FindBar;
class NoticeBanner;
class ReviewActions;
class PublishActions;
class SectionPage;

// The shell: a section list on the left, the section pages, menus, status bar.
// Each section is its own page class; this window only hosts and switches them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes the database and rebuilds the sections over it.
    void setDatabase(std::unique_ptr<Database> db);
    Database* database() const { return m_db.get(); }

    // Every section page, building those not shown yet.
    QList<SectionPage*> sections();
    // The page of a section, built on first use.
    SectionPage* page(int index);
    int currentSectionIndex() const;
    void showSection(int index);
    NoticeBanner* banner() const { return m_banner; }
    // Says when the background check finds the open database damaged or its audit altered.
    IntegrityBanner* integrityBanner() const { return m_integrity; }
    FindBar* findBar() const { return m_findBar; }
    QAction* printAction() const { return m_print; }

    // Runs `work` once the window has painted for the first time, so a large
    // database or a heavy section never keeps the window from appearing.
    void runAfterFirstPaint(std::function<void()> work);

Q_SIGNALS:
    // A section page was built and shown with its data.
    void sectionReady(int index);
    // The open database is about to be replaced (dialogs working on it close).
    void databaseReplaced();
    // The deferred check of the open file (FileCheck) has its result; a damaged
    // file was closed with the refusal shown.
    void databaseChecked(bool ok);

public Q_SLOTS:
    void openDatabase();
    void openDatabaseFile(const QString& path);
    // File › New Committee…: a new, empty database at a path the user chooses, then the
    // set-up assistant.
    void newCommittee();
    void createCommitteeFile(const QString& path);
    // Edit › Set Up Committee…; also opened on a new committee.
    void showSetupAssistant();
    void showSettings();
    void showAbout();
    void showUserGuide();
    // File › Print… / Print Preview… of the shown section's document.
    void printSection(bool preview);
    // Edit › Find: the section's own search field, or the find bar over the section.
    void findInSection();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void rebuildSections();
    void updateStatus(bool withNotices = true);
    void watchFileCheck();
    void afterFirstSectionReady(std::function<void()> work);
    // Once the file's check (quick_check, on its own thread) has its result, or at once when
    // none runs: work that reads much of the file does not compete with it.
    void afterFileChecked(std::function<void()> work);
    QStringList setupNotices() const;
    void reloadSections();
    void updatePrintAction();
    void followReadablePalette();
    void restoreWindowState();

    AppSettings& m_settings;
    std::unique_ptr<Database> m_db;
    QUndoGroup* m_undoGroup;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    NoticeBanner* m_banner;
    IntegrityBanner* m_integrity;
    FindBar* m_findBar;
    QAction* m_print = nullptr;
    QAction* m_printPreview = nullptr;
    bool m_statusPending = false;
    ReviewActions* m_review = nullptr;
    PublishActions* m_publish = nullptr;
    QLabel* m_userLabel;
    QLabel* m_databaseLabel;
    QList<SectionPage*> m_pages; // nullptr until a section is first shown
    int m_current = 0;
    bool m_deferPages = false;
    QList<std::function<void()>> m_afterPaint;
    QWidget* m_noDatabase = nullptr;
    bool m_painted = false;
    QList<QAction*> m_sectionActions;
    QList<std::function<void()>> m_afterSection; // once the first section has its data
    QList<std::function<void()>> m_afterCheck; // once the file check has its result
    QFutureWatcher<Status>* m_fileCheck = nullptr;
};

} // namespace csc
