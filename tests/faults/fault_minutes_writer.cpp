// SPDX-License-Identifier: GPL-3.0-or-later
// Saves minutes sections through core in an endless loop, printing the number of
// each committed section, so tst_killed can kill it with SIGKILL mid-save.
// Usage: fault_minutes_writer DATABASE MEETING-ID
#include "core/meetings/MinutesBook.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace csc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 1;
    auto db = Database::open(args.at(1));
    QTextStream err(stderr);
    if (!db || db.value()->isReadOnly()) {
        err << (db ? db.value()->readOnlyReason() : db.error().fullText()) << Qt::endl;
        return 2;
    }
    db.value()->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
    const qint64 meetingId = args.at(2).toLongLong();
    // Big enough bodies that each save writes several pages.
    const QString filler = QStringLiteral("Discussion of the IFO's monthly report. ").repeated(200);
    for (int n = 1;; ++n) {
        MinutesSection section;
        section.heading = QStringLiteral("Killed-run section %1").arg(n);
        section.bodyHtml = QStringLiteral("<p>%1 %2</p>").arg(n).arg(filler);
        if (auto id = MinutesBook::addSection(*db.value(), meetingId, section); !id) {
            err << id.error().fullText() << Qt::endl;
            return 3;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}
