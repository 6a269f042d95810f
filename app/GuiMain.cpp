// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiMain.h"

#include "CommandContext.h"
#include "core/review/ReviewCopyOpener.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Database.h"
#include "core/storage/FileCheck.h"
#include "ui/MainWindow.h"
#include "ui/ServerLogin.h"
#include "ui/widgets/UserPrompts.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>

namespace csc {

int runGui(const QString& path, bool readOnly, const QString& section)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/csc/icons/cscdesk.svg")));
    QApplication::setApplicationDisplayName(QObject::tr("CSC Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.cscdesk.CSCDesk"));

    // Section names in the order the main window shows them.
    const QStringList keys { QStringLiteral("cases"), QStringLiteral("performance"),
                             QStringLiteral("meetings"), QStringLiteral("committee"),
                             QStringLiteral("calendar") };
    const int sectionIndex = section.isEmpty() ? -1 : int(keys.indexOf(section.toLower()));
    if (!section.isEmpty() && sectionIndex < 0) {
        UserPrompts::error(nullptr, QObject::tr("CSC Desk"),
                           { QObject::tr("There is no section “%1”; use one of: %2.")
                                 .arg(section, keys.join(QLatin1String(", "))),
                             {} });
        return ExitUsage;
    }

    AppSettings settings;
    MainWindow window(settings);
    window.show();
    // The window appears at once; the database is checked and opened right after.
    window.statusBar()->showMessage(QObject::tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    window.runAfterFirstPaint([&window, path, readOnly, sectionIndex] {
        // A missing file is never created silently: the user is offered to create it.
        if (!Database::isServerUrl(path) && !QFileInfo::exists(path)) {
            window.statusBar()->clearMessage();
            if (!readOnly
                && UserPrompts::question(&window, QObject::tr("CSC Desk"),
                                         QObject::tr("There is no database at %1. Create a new "
                                                     "committee database there?")
                                             .arg(QDir::toNativeSeparators(path)))
                    == QMessageBox::Yes)
                window.createCommitteeFile(path);
            return;
        }
        Database::Options options;
        options.readOnly = readOnly;
        // The file is checked on a connection of its own while the first section fills;
        // writes wait for the check, and a damaged file is closed with the refusal shown.
        // A shared server is no file to check (the server keeps its own data sound); when
        // libpq finds no password for it, the user is asked for one (ServerLogin).
        const FileCheck::When when
            = Database::isServerUrl(path) ? FileCheck::When::Never : FileCheck::When::InBackground;
        auto db = ServerLogin::open(&window, path, [&](const QString& url) {
            return FileCheck::open(url, options, when,
                                   [](const QString& file, const Database::Options& o) {
                                       return ReviewCopyOpener::open(file, o);
                                   });
        });
        window.statusBar()->clearMessage();
        if (!db) {
            // The window stays, empty, with File › Open to choose another database.
            UserPrompts::error(&window, QObject::tr("CSC Desk cannot open the database"),
                               db.error());
            return;
        }
        window.setDatabase(std::move(db).value());
        if (sectionIndex >= 0)
            window.showSection(sectionIndex);
    });
    return QApplication::exec();
}

} // namespace csc
