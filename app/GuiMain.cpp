#include "GuiMain.h"

#include "CommandContext.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "widgets/UserPrompts.h"

#include <QApplication>
#include <QIcon>

namespace csc {

int runGui(const QString& path, bool readOnly, const QString& section)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/csc/icons/cscdesk.svg")));
    QApplication::setApplicationDisplayName(QObject::tr("CSC Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.cscdesk.CSCDesk"));

    AppSettings settings;
    Database::Options options;
    options.readOnly = readOnly;
    auto db = Database::open(path, options);
    if (!db) {
        UserPrompts::error(nullptr, QObject::tr("CSC Desk cannot open the database"), db.error());
        return ExitData;
    }
    MainWindow window(settings);
    window.setDatabase(std::move(db).value());
    if (!section.isEmpty()) {
        // Section names in the order the main window shows them.
        const QStringList keys { QStringLiteral("cases"), QStringLiteral("performance"), QStringLiteral("meetings"),
                                 QStringLiteral("committee"), QStringLiteral("calendar") };
        const int index = keys.indexOf(section.toLower());
        if (index < 0) {
            UserPrompts::error(nullptr, QObject::tr("CSC Desk"), { QObject::tr("There is no section “%1”; use one of: %2.").arg(section, keys.join(QLatin1String(", "))), {} });
            return ExitUsage;
        }
        window.showSection(index);
    }
    window.show();
    return QApplication::exec();
}

} // namespace csc
