// SPDX-License-Identifier: GPL-3.0-or-later
// CSC Desk benchmarks: not part of the test run. Prints a table of each figure
// beside a reference measured in the same run on the same machine.
//   cmake --build build --target bench     (builds and runs with the defaults)
//   build/tests/bench/csc_bench [--db DEMO10.db] [--rows N] [--repeat R] [--only GROUP]
#include "BenchProbe.h"
#include "BenchRows.h"
#include "TestSupport.h"
#include "core/settings/AppSettings.h"
#include "core/storage/CommitteeTransfer.h"
#include "core/storage/Database.h"
#include "core/storage/FileCheck.h"
#include "ui/MainWindow.h"
#include "ui/SectionPage.h"
#include "ui/cases/CasesPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Child processes: one window each, gone after its first paint.
int runChild(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString mode = QString::fromLocal8Bit(argv[2]);
    if (mode == QLatin1String("board"))
        return bench::runBoardChild(QString::fromLocal8Bit(argv[3]));
    if (mode == QLatin1String("minutes"))
        return bench::runMinutesChild(QString::fromLocal8Bit(argv[3]));
    QElapsedTimer since;
    since.start();
    // "phases": the "ready" run with the time at each step on stderr (where the time goes).
    const bool phases = mode == QLatin1String("phases");
    const auto phase = [&](const char* what) {
        if (phases)
            QTextStream(stderr) << what << ": " << since.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    };
    FirstPaintProbe probe;
    if (mode == QLatin1String("bare") || mode == QLatin1String("start"))
        app.installEventFilter(&probe);
    QTemporaryDir home;
    if (mode == QLatin1String("bare")) {
        QMainWindow window;
        window.resize(1440, 900);
        window.show();
        return app.exec();
    }
    // The same start as the app (app/GuiMain.cpp): the window first, then the database.
    csc::AppSettings settings(home.filePath(QStringLiteral("settings.ini")));
    csc::MainWindow window(settings);
    window.show();
    const QString path = QString::fromLocal8Bit(argv[3]);
    int exitCode = 0;
    window.runAfterFirstPaint([&] {
        phase("first paint");
        // As the app starts (app/GuiMain.cpp): the file's check beside the first section; a
        // shared server is no file to check.
        auto db = csc::FileCheck::open(path, {},
                                       csc::Database::isServerUrl(path)
                                           ? csc::FileCheck::When::Never
                                           : csc::FileCheck::When::InBackground);
        phase("database opened");
        if (!db) {
            QTextStream(stderr) << db.error().fullText() << Qt::endl;
            exitCode = 2;
            QCoreApplication::quit();
            return;
        }
        window.setDatabase(std::move(db).value());
        phase("database set");
    });
    // "ready" and "memory" wait for the visible section to be built with its data, and for
    // the file check (quick_check, on its own connection meanwhile) to have its result.
    bool sectionShown = false;
    bool fileChecked = csc::Database::isServerUrl(path); // no file check on a server
    const auto quitWhenReady = [&] {
        // "shown": the moment the board shows its cases, while the file check may still run on
        // its thread (writes wait for it). The process ends there: a normal exit would wait for
        // that thread and time the check again.
        if (sectionShown && mode == QLatin1String("shown")) {
            std::fflush(nullptr);
            std::_Exit(exitCode);
        }
        if (sectionShown && fileChecked && mode != QLatin1String("start"))
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
    };
    QObject::connect(&window, &csc::MainWindow::sectionReady, &app, [&] {
        phase("section ready");
        sectionShown = true;
        quitWhenReady();
    });
    QObject::connect(&window, &csc::MainWindow::databaseChecked, &app, [&](bool ok) {
        phase("file checked");
        fileChecked = true;
        if (!ok)
            exitCode = 2;
        quitWhenReady();
    });
    app.exec();
    phase("event loop left");
    if (exitCode)
        return exitCode;
    if (mode == QLatin1String("memory")) {
        // Visit every section so each has loaded what it shows.
        for (int i = 0; i < window.sections().size(); ++i) {
            window.showSection(i);
            QCoreApplication::processEvents();
        }
        // The board's archive too, which loads behind the board: the whole record in memory.
        for (csc::SectionPage* section : window.sections()) {
            if (auto* cases = qobject_cast<csc::CasesPage*>(section))
                cases->ensureFullyLoaded();
        }
        QTextStream(stdout) << residentKb() << Qt::endl;
    }
    return 0;
}

} // namespace

namespace bench {

QString selfPath;

double runTimed(const QString& program, const QStringList& args, QString* output)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
        QTextStream(stderr) << program << ' ' << args.join(QLatin1Char(' '))
                            << " failed: " << p.readAllStandardError() << Qt::endl;
        return -1;
    }
    const double ms = clock.nsecsElapsed() / 1e6;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace bench

int main(int argc, char** argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);

    QCoreApplication app(argc, argv);
    bench::selfPath = QCoreApplication::applicationFilePath();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("10-year demo database (made if missing)."),
        QStringLiteral("PATH"), QDir::current().filePath(QStringLiteral("bench-demo10.db")));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows of the per-request CSV."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs per timing (median)."),
                                          QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("One group of rows: startup, memory, import, filter or pdf."),
        QStringLiteral("GROUP"));
    parser.addOptions({ dbOption, rowsOption, repeatOption, onlyOption });
    parser.process(app);

    bench::Settings settings { parser.value(dbOption), parser.value(rowsOption).toInt(),
                               qMax(1, parser.value(repeatOption).toInt()) };
    if (!QFile::exists(settings.demoPath)) {
        QTextStream(stdout) << "making the 10-year demo database " << settings.demoPath << " ..."
                            << Qt::endl;
        if (bench::runTimed(
                QStringLiteral(CSC_APP_BINARY),
                { QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("bench"),
                  QStringLiteral("--years"), QStringLiteral("10"), QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-23"), QStringLiteral("--out"), settings.demoPath },
                nullptr)
            < 0)
            return 2;
    }

    QList<bench::Row> rows;
    for (auto measure : bench::measurements(parser.value(onlyOption)))
        rows += measure(settings);

    // With a throw-away cluster (CSC_TEST_PG, as `--target pg_bench_board` starts one), the
    // same committee moved to PostgreSQL: the start-up and re-filter rows again, beside these.
    if (!qEnvironmentVariableIsEmpty("CSC_TEST_PG")) {
        if (!csc::test::pg::available()) {
            QTextStream(stderr) << csc::test::pg::unavailableReason() << Qt::endl;
            return 2;
        }
        const QString url = csc::test::pg::freshDatabase();
        QTextStream(stdout) << "moving the demo to " << url << " ..." << Qt::endl;
        if (auto moved = csc::CommitteeTransfer::fileToServer(settings.demoPath, url); !moved) {
            QTextStream(stderr) << moved.error().fullText() << Qt::endl;
            return 2;
        }
        bench::Settings server = settings;
        server.demoPath = url;
        for (auto measure : { &bench::measureStartup, &bench::measureBoardFilter }) {
            for (bench::Row r : measure(server)) {
                r.name = QStringLiteral("PostgreSQL committee: ") + r.name;
                rows << r;
            }
        }
    }

    QTextStream out(stdout);
    out << "\n| measurement | CSC Desk | reference | ratio | target | met "
           "|\n|---|---|---|---|---|---|\n";
    for (const bench::Row& r : std::as_const(rows)) {
        const QString ratio = r.reference > 0
            ? QString::number(r.value / r.reference, 'f', 2) + QLatin1Char('x')
            : QStringLiteral("–");
        const QString reference = r.reference > 0
            ? QString::number(r.reference, 'f', 1) + QLatin1Char(' ') + r.unit + QLatin1String(" (")
                + r.referenceName + QLatin1Char(')')
            : r.referenceName.isEmpty() ? QStringLiteral("–")
                                        : r.referenceName; // why there is none
        out << "| " << r.name << " | "
            << QString::number(r.value, 'f', r.unit == QLatin1String("ms") && r.value < 100 ? 2 : 1)
            << ' ' << r.unit << " | " << reference << " | " << ratio << " | " << r.target << " | "
            << (r.met ? "yes" : "**no**") << " |\n";
    }
    out.flush();
    return 0;
}
