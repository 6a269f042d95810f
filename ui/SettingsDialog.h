// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/CommitteeSettings.h"
#include "core/settings/SettingsEdit.h"
#include "core/storage/ServerAddress.h"
#include "ui/edit/StaleEdit.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace csc {

class AppSettings;
class Database;
struct SettingsEdit;

// The user's profile (kept per user) and the committee's rules (kept in the
// database, audited): holiday calendar, response windows, pattern thresholds.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // exec() returns this when the user asked for the set-up assistant instead.
    enum { SetupAssistantRequested = 2 };

    SettingsDialog(AppSettings& settings, Database* db, QWidget* parent = nullptr);

    // Where a change of the committee's settings goes as an undoable edit, and what to refresh
    // after its undo or redo. Without a stack the change is saved as it is.
    void setUndoStack(QUndoStack* stack, std::function<void()> afterUndoStep = {});

    void accept() override;
    // Test seam of Import…: adds the holidays of a file to the table.
    void importFromFile(const QString& path) { importHolidays(path); }

    // Shared Server: the address as filled in, and Test connection (the answer also shows on
    // the page).
    ServerAddress serverAddress() const;
    void setServerAddress(const ServerAddress& address, bool atStartup);
    Result<QString> testServer();

private:
    QWidget* createProfileTab();
    QWidget* createHolidayTab();
    QWidget* createRulesTab();
    QWidget* createServerTab();
    // The committee's settings as the fields hold them.
    SettingsEdit fieldsEdit() const;
    // What the user changed of the committee's settings since the dialog showed them.
    SettingsEdit changedEdit() const;
    void addHolidayRow(const Holiday& holiday);
    void importHolidays(const QString& path);
    Status saveCommitteeSettings(const SettingsEdit& edit);

    AppSettings& m_settings;
    Database* m_db;
    QUndoStack* m_undoStack = nullptr;
    std::function<void()> m_afterUndoStep;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_member = nullptr;
    QTableWidget* m_holidays = nullptr;
    QPlainTextEdit* m_escalationLevels = nullptr;
    QLineEdit* m_lowerRating = nullptr;
    QComboBox* m_publicationLanguage = nullptr;
    QMap<CommitteeSettings::Key, QSpinBox*> m_numbers;
    // The committee's settings as shown, and their versions then (a colleague's change of the
    // same setting meanwhile refuses the save, naming them: EditGuard).
    SettingsEdit m_shown;
    SeenVersions m_seenSettings { QStringLiteral("setting") };
    qint64 m_holidaysVersion = 0;
    QLineEdit* m_serverHost = nullptr;
    QSpinBox* m_serverPort = nullptr;
    QLineEdit* m_serverDatabase = nullptr;
    QLineEdit* m_serverUser = nullptr;
    QComboBox* m_serverSsl = nullptr;
    QCheckBox* m_serverAtStartup = nullptr;
    QPushButton* m_serverTest = nullptr;
    QLabel* m_serverStatus = nullptr;
};

} // namespace csc
