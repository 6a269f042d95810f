// SPDX-License-Identifier: GPL-3.0-or-later
// The shared server's figures beside SQLite's, in one run (not part of ctest):
//   cmake --build build --target pg_bench   (starts a throw-away cluster, runs, stops it)
// - 15 clients on one committee, 3 of them writing: p50/p95 time from a write's commit until
//   each of the other 14 clients has its change event (LISTEN/NOTIFY);
// - opening the committee and listing every case (what the case board's first fill reads),
//   and the board's full-text search, on SQLite and on PostgreSQL.
#include "TestSupport.h"
#include "core/cases/CaseComments.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseSearch.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/ChangeNotifier.h"
#include "core/storage/CommitteeTransfer.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace csc;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(qsizetype(values.size() - 1), qsizetype(p * double(values.size()))));
}

double median(QList<double> v)
{
    return percentile(std::move(v), 0.5);
}

void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QList<double> timeOpenAndList(const QString& where, int repeat, double* filtered)
{
    QList<double> times;
    QList<double> filters;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(where);
        if (!db) {
            fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
            return {};
        }
        db.value()->setSession({ QStringLiteral("Bench"), Role::Secretariat, 0 });
        auto cases = CaseRepository::list(*db.value());
        times << double(t.nsecsElapsed()) / 1e6;
        if (!cases)
            fprintf(stderr, "list: %s\n", qPrintable(cases.error().fullText()));
        QElapsedTimer f;
        f.start();
        auto some = CaseSearch::matchingCases(*db.value(), QStringLiteral("root zone"));
        filters << double(f.nsecsElapsed()) / 1e6;
        if (!some)
            fprintf(stderr, "filter: %s\n", qPrintable(some.error().fullText()));
    }
    *filtered = median(filters);
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (!test::pg::available()) {
        out << test::pg::unavailableReason() << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("committee.db"));
    DemoOptions options;
    options.asOf = QDate(2026, 11, 23);
    options.years = 2;
    options.scale = DemoOptions::Scale::Bench; // about 1,000 cases a year
    if (auto made = DemoGenerator::generateFile(file, options); !made) {
        out << made.error().fullText() << Qt::endl;
        return 1;
    }
    const QString url = test::pg::freshDatabase();
    if (auto moved = CommitteeTransfer::fileToServer(file, url); !moved) {
        out << moved.error().fullText() << Qt::endl;
        return 1;
    }

    // 15 clients, 3 writing 20 comments each, a write every 50 ms.
    constexpr int kClients = 15;
    constexpr int kWriters = 3;
    constexpr int kWrites = 20;
    std::vector<std::unique_ptr<Database>> clients;
    for (int i = 0; i < kClients; ++i) {
        auto db = Database::open(url);
        if (!db) {
            out << db.error().fullText() << Qt::endl;
            return 1;
        }
        db.value()->setSession({ QStringLiteral("Client %1").arg(i), Role::Secretariat, 0 });
        clients.push_back(std::move(db).value());
    }
    const qint64 caseId = CaseRepository::list(*clients.front()).value().first().id;
    QElapsedTimer clock;
    clock.start();
    QHash<int, double> lastCommit; // writer -> ms of its last commit
    QList<double> latencies;
    int pendingWriter = -1;
    for (int i = 0; i < kClients; ++i) {
        QObject::connect(&ChangeNotifier::of(*clients[size_t(i)]), &ChangeNotifier::changed,
                         [&, i](const DataChange&) {
                             if (pendingWriter >= 0 && i != pendingWriter)
                                 latencies << double(clock.nsecsElapsed()) / 1e6
                                         - lastCommit.value(pendingWriter);
                         });
    }
    for (int n = 0; n < kWrites; ++n) {
        for (int w = 0; w < kWriters; ++w) {
            pendingWriter = w;
            lastCommit[w] = double(clock.nsecsElapsed()) / 1e6;
            if (!CaseComments::add(*clients[size_t(w)], caseId,
                                   QStringLiteral("Comment %1 by writer %2").arg(n).arg(w))) {
                out << "write failed" << Qt::endl;
                return 1;
            }
            // Until the 14 others have it (or a second).
            QElapsedTimer wait;
            wait.start();
            const qsizetype expected = latencies.size() + kClients - 1;
            while (latencies.size() < expected && wait.elapsed() < 1000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            pump(50 / kWriters);
        }
    }
    const int expectedAll = kWrites * kWriters * (kClients - 1);
    clients.clear();

    double sqliteFilter = 0;
    double pgFilter = 0;
    const QList<double> sqliteOpen = timeOpenAndList(file, 5, &sqliteFilter);
    const QList<double> pgOpen = timeOpenAndList(url, 5, &pgFilter);
    const qint64 cases = queryScalar(*Database::open(file).value(),
                                     QStringLiteral("SELECT count(*) FROM case_record"))
                             .value()
                             .toLongLong();

    out << "| measurement | PostgreSQL | SQLite | target | met |\n|---|---|---|---|---|\n";
    out << QStringLiteral("| change reaches the other 14 of 15 clients (3 writing; %1 of %2 "
                          "events), p50 | %3 ms | – | – | – |\n")
               .arg(latencies.size())
               .arg(expectedAll)
               .arg(percentile(latencies, 0.5), 0, 'f', 2);
    out << QStringLiteral("| … p95 | %1 ms | – | ≤ 1000 ms | %2 |\n")
               .arg(percentile(latencies, 0.95), 0, 'f', 2)
               .arg(latencies.size() == expectedAll && percentile(latencies, 0.95) <= 1000
                        ? QStringLiteral("yes")
                        : QStringLiteral("no"));
    out << QStringLiteral("| open the committee and list its %1 cases (board's first fill), "
                          "median of 5 | %2 ms | %3 ms | – | – |\n")
               .arg(cases)
               .arg(median(pgOpen), 0, 'f', 2)
               .arg(median(sqliteOpen), 0, 'f', 2);
    out << QStringLiteral("| full-text search of the board (\"root zone\"), after the typing "
                          "pause (informational), median | %1 ms | %2 ms | – | – |\n")
               .arg(pgFilter, 0, 'f', 2)
               .arg(sqliteFilter, 0, 'f', 2);
    return 0;
}
