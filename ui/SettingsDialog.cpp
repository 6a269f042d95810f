// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "core/cases/DeadlineRules.h"
#include "core/meetings/Committee.h"
#include "core/meetings/HolidayFile.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SettingsEdit.h"
#include "core/storage/Database.h"
#include "core/storage/EditGuard.h"
#include "ui/ServerLogin.h"
#include "ui/edit/ChangeValue.h"
#include "widgets/UserPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <vector>

namespace csc {

SettingsDialog::SettingsDialog(AppSettings& settings, Database* db, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_db(db)
{
    setWindowTitle(tr("Settings"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(createProfileTab(), tr("Profile"));
    if (m_db) {
        tabs->addTab(createHolidayTab(), tr("Holiday Calendar"));
        tabs->addTab(createRulesTab(), tr("Deadlines and Rules"));
        m_shown = fieldsEdit();
        m_seenSettings.load(*m_db);
        m_holidaysVersion = EditGuard::versionOf(*m_db, QStringLiteral("holiday_calendar"),
                                                 QStringLiteral("holidays"))
                                .valueOr(0);
    }
    tabs->addTab(createServerTab(), tr("Shared Server"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    if (m_db && !m_db->isReadOnly()) {
        QPushButton* assistant
            = buttons->addButton(tr("Set-up Assistant…"), QDialogButtonBox::ActionRole);
        assistant->setObjectName(QStringLiteral("setupAssistantButton"));
        connect(assistant, &QPushButton::clicked, this, [this] { done(SetupAssistantRequested); });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 480);
}

QWidget* SettingsDialog::createProfileTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    const UserSession profile = m_settings.profile();
    m_name = new QLineEdit(profile.name, page);
    m_role = new QComboBox(page);
    for (Role role :
         { Role::Chair, Role::Member, Role::Liaison, Role::Secretariat, Role::Observer })
        m_role->addItem(RoleNames::displayName(role), RoleNames::key(role));
    m_role->setCurrentIndex(m_role->findData(RoleNames::key(profile.role)));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    // Linking the profile to a roster entry lets the member cast their own votes.
    m_member = new QComboBox(page);
    m_member->addItem(tr("Not on the roster"), 0);
    if (m_db) {
        for (const Member& member : Committee::members(*m_db).valueOr({}))
            m_member->addItem(member.name, member.id);
    }
    m_member->setCurrentIndex(qMax(0, m_member->findData(profile.memberId)));
    form->addRow(tr("&Member:"), m_member);
    auto* note = new QLabel(
        tr("Your name and role are written into the audit trail with every change you make."),
        page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget* SettingsDialog::createHolidayTab()
{
    auto* page = new QWidget(this);
    m_holidays = new QTableWidget(0, 2, page);
    m_holidays->setHorizontalHeaderLabels({ tr("Date"), tr("Holiday") });
    m_holidays->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_holidays->verticalHeader()->hide();
    if (auto list = CommitteeSettings::holidays(*m_db)) {
        for (const Holiday& h : list.value())
            addHolidayRow(h);
    }
    auto* add = new QPushButton(tr("&Add Holiday"), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    auto* import = new QPushButton(tr("&Import…"), page);
    import->setToolTip(tr("Adds the holidays of an iCalendar file (all-day events) or a list of "
                          "ISO dates, one per line, as the command line's --holidays does."));
    connect(add, &QPushButton::clicked, this, [this] {
        addHolidayRow({ QDate::currentDate(), QString() });
        // The new row is shown and its name is being typed at once.
        const int row = m_holidays->rowCount() - 1;
        m_holidays->setCurrentCell(row, 1);
        // After the table has laid out the new row (its scroll range grows then).
        QTimer::singleShot(0, m_holidays, [this, row] {
            if (row >= m_holidays->rowCount())
                return;
            m_holidays->scrollToItem(m_holidays->item(row, 1), QAbstractItemView::PositionAtBottom);
            m_holidays->editItem(m_holidays->item(row, 1));
        });
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path
            = UserPrompts::openFileName(this, tr("Import Holidays"), {},
                                        tr("Holiday files (*.ics *.txt *.csv);;All files (*)"));
        if (!path.isEmpty())
            importHolidays(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_holidays->currentRow() >= 0)
            m_holidays->removeRow(m_holidays->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(import);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    auto* note = new QLabel(tr("Business days are Monday to Friday, less these holidays. Case "
                               "deadlines and the minutes deadline count business days."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_holidays);
    layout->addLayout(buttons);
    return page;
}

void SettingsDialog::addHolidayRow(const Holiday& holiday)
{
    const int row = m_holidays->rowCount();
    m_holidays->insertRow(row);
    auto* date = new QDateEdit(holiday.day, m_holidays);
    date->setCalendarPopup(true);
    // The locale's short format with a four-digit year: typed "1/5/27" is not read as 1927.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    date->setDisplayFormat(format);
    date->setAccessibleName(tr("Holiday date"));
    m_holidays->setCellWidget(row, 0, date);
    m_holidays->setItem(row, 1, new QTableWidgetItem(holiday.name));
}

void SettingsDialog::importHolidays(const QString& path)
{
    auto read = HolidayFile::read(path);
    if (!read)
        return UserPrompts::error(this, tr("Import Holidays"), read.error());
    QSet<QDate> have;
    for (int row = 0; row < m_holidays->rowCount(); ++row)
        have.insert(static_cast<QDateEdit*>(m_holidays->cellWidget(row, 0))->date());
    int added = 0;
    for (const Holiday& h : read.value()) {
        if (have.contains(h.day))
            continue;
        addHolidayRow({ h.day, h.name.isEmpty() ? tr("Holiday") : h.name });
        have.insert(h.day);
        ++added;
    }
    m_holidays->scrollToBottom();
    UserPrompts::information(this, tr("Import Holidays"),
                             tr("%n holiday(s) added; save with OK.", nullptr, added));
}

QWidget* SettingsDialog::createRulesTab()
{
    // In a scroll area with wrapping labels, so the rules are never clipped in a small dialog
    // or a longer language.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addNumber = [&](CommitteeSettings::Key key, const QString& label, int min, int max,
                               const QString& suffix) {
        auto* box = new QSpinBox(page);
        box->setRange(min, max);
        box->setSuffix(suffix);
        box->setValue(CommitteeSettings::intValue(*m_db, key));
        form->addRow(label, box);
        m_numbers.insert(key, box);
    };
    using K = CommitteeSettings::Key;
    // The deadline rules come from core's one table, each with the unit its procedure says.
    for (const DeadlineRuleInfo& rule : DeadlineRules::table()) {
        if (rule.setting)
            addNumber(*rule.setting, tr("%1:").arg(rule.name), 1, 365,
                      rule.unit == DayUnit::Business ? tr(" working days") : tr(" days"));
    }
    QStringList entered;
    for (const DeadlineRuleInfo& rule : DeadlineRules::table()) {
        if (!rule.setting && rule.rule != DeadlineRule::None)
            entered << tr("%1: entered with the move, in %2")
                           .arg(rule.name, DeadlineRules::unitName(rule.unit));
    }
    auto* enteredNote = new QLabel(entered.join(QLatin1Char('\n')), page);
    enteredNote->setWordWrap(true);
    form->addRow(enteredNote);
    addNumber(K::DueSoonDays, tr("Show deadlines as due soon within:"), 0, 20,
              tr(" business days"));
    addNumber(K::ComplaintPatternCount, tr("Suggest Problem Management after:"), 2, 50,
              tr(" complaints"));
    addNumber(K::ComplaintPatternWindowDays, tr("…about one service level within:"), 7, 730,
              tr(" days"));
    addNumber(K::PersistentMissCount, tr("A metric is persistently missed in:"), 1, 24,
              tr(" months"));
    addNumber(K::PersistentMissWindowMonths, tr("…of the last:"), 1, 36, tr(" months"));
    addNumber(K::DecisionMinimumMembers, tr("A decision needs at least:"), 1, 20,
              tr(" members present"));
    addNumber(K::MinutesApprovalsNeeded, tr("Minutes are approved by:"), 0, 20,
              tr(" members' approvals"));
    m_numbers.value(K::MinutesApprovalsNeeded)
        ->setSpecialValueText(tr("a majority of the voting members"));
    m_lowerRating
        = new QLineEdit(CommitteeSettings::value(*m_db, K::LowerRatingLabel).toString(), page);
    form->addRow(tr("Rating below Satisfactory:"), m_lowerRating);
    // Public documents are written in this language whatever the UI's language.
    m_publicationLanguage = new QComboBox(page);
    m_publicationLanguage->setObjectName(QStringLiteral("publicationLanguage"));
    m_publicationLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_publicationLanguage->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_publicationLanguage->setCurrentIndex(m_publicationLanguage->findData(
        CommitteeSettings::value(*m_db, K::PublicationLanguage).toString()));
    form->addRow(tr("Public documents are written in:"), m_publicationLanguage);
    m_escalationLevels = new QPlainTextEdit(
        CommitteeSettings::escalationLevels(*m_db).join(QLatin1Char('\n')), page);
    m_escalationLevels->setToolTip(
        tr("One level per line, lowest first; the last is the ICANN Board."));
    form->addRow(tr("Remedial action escalation levels:"), m_escalationLevels);
    if (m_db->isReadOnly())
        page->setEnabled(false);
    return scroll;
}

void SettingsDialog::setUndoStack(QUndoStack* stack, std::function<void()> afterUndoStep)
{
    m_undoStack = stack;
    m_afterUndoStep = std::move(afterUndoStep);
}

Status SettingsDialog::saveCommitteeSettings(const SettingsEdit& edit)
{
    const Result<bool> changes = edit.changes(*m_db);
    if (!m_undoStack || !changes || !changes.value())
        return edit.apply(*m_db); // nothing to undo, or refused in core's words
    // An ordinary edit (Operation::ChangeCommitteeSettings): Edit › Undo restores what the
    // committee held, unless someone changed the settings since.
    Database* db = m_db;
    auto firstRun = std::make_shared<bool>(true);
    auto refusal = std::make_shared<Status>();
    const QPointer<QWidget> window = parentWidget();
    const std::function<void()> after = m_afterUndoStep;
    auto* command = new ChangeValue<SettingsEdit>(
        *db, Operation::ChangeCommitteeSettings,
        Operations::name(Operation::ChangeCommitteeSettings), edit,
        [db, edit]() -> Result<SettingsEdit> { return edit.heldIn(*db); },
        [db](const SettingsEdit& e) { return e.apply(*db); },
        { [firstRun, after] {
             if (!*firstRun && after)
                 after(); // the window reloads after the dialog's own save
         },
          [firstRun, refusal, window](const Error& e) {
              if (*firstRun)
                  *refusal = e;
              else
                  UserPrompts::error(window, tr("Settings"), e);
          } });
    m_undoStack->push(command);
    *firstRun = false;
    return *refusal;
}

SettingsEdit SettingsDialog::fieldsEdit() const
{
    SettingsEdit edit;
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it)
        edit.values.insert(it.key(), it.value()->value());
    edit.values.insert(CommitteeSettings::Key::LowerRatingLabel, m_lowerRating->text().trimmed());
    edit.values.insert(CommitteeSettings::Key::PublicationLanguage,
                       m_publicationLanguage->currentData().toString());
    edit.values.insert(
        CommitteeSettings::Key::EscalationLevels,
        m_escalationLevels->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    QList<Holiday> holidays;
    for (int row = 0; row < m_holidays->rowCount(); ++row) {
        const auto* date = static_cast<QDateEdit*>(m_holidays->cellWidget(row, 0));
        const QString name
            = m_holidays->item(row, 1) ? m_holidays->item(row, 1)->text().trimmed() : QString();
        holidays.append({ date->date(), name });
    }
    edit.holidays = holidays;
    return edit;
}

SettingsEdit SettingsDialog::changedEdit() const
{
    const SettingsEdit now = fieldsEdit();
    SettingsEdit changed;
    for (auto it = now.values.cbegin(); it != now.values.cend(); ++it) {
        if (it.value() != m_shown.values.value(it.key()))
            changed.values.insert(it.key(), it.value());
    }
    const auto same = [](const QList<Holiday>& a, const QList<Holiday>& b) {
        return std::equal(
            a.cbegin(), a.cend(), b.cbegin(), b.cend(),
            [](const Holiday& x, const Holiday& y) { return x.day == y.day && x.name == y.name; });
    };
    if (!same(*now.holidays, m_shown.holidays.value_or(QList<Holiday> {})))
        changed.holidays = now.holidays;
    return changed;
}

QWidget* SettingsDialog::createServerTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("sharedServerPage"));
    auto* form = new QFormLayout(page);
    auto* intro = new QLabel(
        tr("A committee that works together keeps its database on a PostgreSQL server. Your "
           "password is never saved: CSC Desk asks for it when the server wants one, unless "
           "~/.pgpass or PGPASSWORD gives it. TLS follows libpq (sslmode, PGSSLMODE)."),
        page);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_serverHost = new QLineEdit(page);
    m_serverHost->setObjectName(QStringLiteral("serverHost"));
    m_serverHost->setPlaceholderText(tr("localhost, a host name, or a socket folder"));
    m_serverPort = new QSpinBox(page);
    m_serverPort->setObjectName(QStringLiteral("serverPort"));
    m_serverPort->setRange(0, 65535);
    m_serverPort->setSpecialValueText(tr("default (5432)"));
    m_serverDatabase = new QLineEdit(page);
    m_serverDatabase->setObjectName(QStringLiteral("serverDatabase"));
    m_serverUser = new QLineEdit(page);
    m_serverUser->setObjectName(QStringLiteral("serverUser"));
    m_serverUser->setPlaceholderText(tr("your database role"));
    m_serverSsl = new QComboBox(page);
    m_serverSsl->setObjectName(QStringLiteral("serverSslMode"));
    m_serverSsl->addItem(tr("libpq's default (prefer, or PGSSLMODE)"), QString());
    for (const QString& mode : ServerAddress::sslModes())
        m_serverSsl->addItem(mode, mode);
    m_serverAtStartup = new QCheckBox(tr("&Use this server at start-up"), page);
    m_serverAtStartup->setObjectName(QStringLiteral("serverAtStartup"));
    m_serverAtStartup->setToolTip(
        tr("Without --db, CSC Desk opens this committee database instead of the local file."));
    m_serverTest = new QPushButton(tr("&Test Connection"), page);
    m_serverTest->setObjectName(QStringLiteral("serverTest"));
    m_serverStatus = new QLabel(page);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setWordWrap(true);
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("&Host:"), m_serverHost);
    form->addRow(tr("&Port:"), m_serverPort);
    form->addRow(tr("&Database:"), m_serverDatabase);
    form->addRow(tr("U&ser:"), m_serverUser);
    form->addRow(tr("TLS (ssl&mode):"), m_serverSsl);
    form->addRow(m_serverAtStartup);
    form->addRow(m_serverTest);
    form->addRow(m_serverStatus);
    connect(m_serverTest, &QPushButton::clicked, this, [this] { (void)testServer(); });
    setServerAddress(
        ServerAddress::fromUrl(m_settings.value(AppSettings::Key::ServerConnection).toString()),
        m_settings.value(AppSettings::Key::ServerAtStartup).toBool()
            && !m_settings.value(AppSettings::Key::ServerConnection).toString().isEmpty());
    return page;
}

ServerAddress SettingsDialog::serverAddress() const
{
    ServerAddress a;
    a.host = m_serverHost->text().trimmed();
    a.port = m_serverPort->value();
    a.database = m_serverDatabase->text().trimmed();
    a.user = m_serverUser->text().trimmed();
    a.sslMode = m_serverSsl->currentData().toString();
    return a;
}

void SettingsDialog::setServerAddress(const ServerAddress& address, bool atStartup)
{
    m_serverHost->setText(address.host);
    m_serverPort->setValue(address.port);
    m_serverDatabase->setText(address.database);
    m_serverUser->setText(address.user);
    m_serverSsl->setCurrentIndex(std::max(0, m_serverSsl->findData(address.sslMode)));
    m_serverAtStartup->setChecked(atStartup);
}

Result<QString> SettingsDialog::testServer()
{
    m_serverStatus->setText(tr("Connecting…"));
    auto answer = ServerLogin::test(this, serverAddress().toUrl());
    m_serverStatus->setText(answer ? answer.value()
                                   : answer.error().message + QLatin1Char(' ')
                                    + answer.error().detail);
    return answer;
}

void SettingsDialog::accept()
{
    UserSession profile = m_settings.profile();
    profile.name = m_name->text().trimmed();
    profile.role = RoleNames::fromKey(m_role->currentData().toString());
    profile.memberId = m_member->currentData().toLongLong();
    if (profile.name.isEmpty()) {
        UserPrompts::error(
            this, tr("Settings"),
            { tr("Your name cannot be empty: it signs every change you make."), {} });
        return;
    }
    m_settings.setProfile(profile);

    // The shared server is the user's own setting (never a password).
    m_settings.setValue(AppSettings::Key::ServerConnection, serverAddress().toUrl());
    m_settings.setValue(AppSettings::Key::ServerAtStartup, m_serverAtStartup->isChecked());

    if (m_db && !m_db->isReadOnly()) {
        m_db->setSession(profile);
        // Only what the user changed is saved, so a colleague's change of another setting
        // stays; a change of the same one since the dialog opened is refused (EditGuard).
        const SettingsEdit edit = changedEdit();
        Status status;
        {
            std::vector<std::unique_ptr<EditGuard>> guards;
            for (auto it = edit.values.cbegin(); it != edit.values.cend(); ++it) {
                const QString key = CommitteeSettings::keyName(it.key());
                guards.push_back(std::make_unique<EditGuard>(*m_db, QStringLiteral("setting"), key,
                                                             m_seenSettings.of(key)));
            }
            if (edit.holidays)
                guards.push_back(
                    std::make_unique<EditGuard>(*m_db, QStringLiteral("holiday_calendar"),
                                                QStringLiteral("holidays"), m_holidaysVersion));
            // Core checks and saves it all in one audited write (an undoable edit); the
            // dialog shows the answer.
            status = saveCommitteeSettings(edit);
        }
        if (!status) {
            switch (StaleEdit::ask(this, tr("Settings"), status.error())) {
            case StaleEdit::Answer::Reload:
                return reject(); // opened again, the dialog shows their values
            case StaleEdit::Answer::SaveMine:
                status = saveCommitteeSettings(edit); // what the user typed is still in the fields
                if (status)
                    break;
                UserPrompts::error(this, tr("Settings"), status.error());
                [[fallthrough]];
            case StaleEdit::Answer::NotStale:
                if (edit.holidays) {
                    // Where the refused holiday is.
                    for (int row = 0; row < m_holidays->rowCount(); ++row) {
                        const auto* item = m_holidays->item(row, 1);
                        if (!item || item->text().trimmed().isEmpty()) {
                            m_holidays->setCurrentCell(row, 1);
                            break;
                        }
                    }
                }
                return;
            }
        }
    }
    QDialog::accept();
}

} // namespace csc
