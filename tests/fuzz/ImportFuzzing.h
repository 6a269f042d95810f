// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the two CSV import fuzzers: one in-memory committee with a small
// catalogue, and each input imported inside a transaction that is rolled back,
// so every run starts from the same database.
#include "core/performance/FigureImporter.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstdlib>

namespace csc::fuzz {

inline Database& committee()
{
    static Database* db = [] {
        static int argc = 1;
        static char name[] = "fuzz";
        static char* argv[] = { name, nullptr };
        static QCoreApplication app(argc, argv);
        auto opened = Database::openInMemory();
        if (!opened)
            std::abort();
        Database* d = std::move(opened).value().release();
        struct Row
        {
            const char* category;
            const char* metric;
            double threshold;
            DurationUnit unit;
            ThresholdType type;
        };
        const Row rows[] = {
            { "I", "Technical check results", 50, DurationUnit::Minutes, ThresholdType::Max },
            { "I", "Root zone publication after review", 72, DurationUnit::Hours,
              ThresholdType::Max },
            { "I", "Contact approval window kept open", 5, DurationUnit::Days, ThresholdType::Min },
            { "V", "Other change request completed", 10, DurationUnit::Days, ThresholdType::Max },
        };
        for (const Row& r : rows) {
            ServiceLevelVersion v;
            v.effectiveFrom = QDate(2020, 1, 1);
            v.threshold = r.threshold;
            v.unit = r.unit;
            v.type = r.type;
            if (!ServiceLevelCatalogue::create(*d, QLatin1String(r.category),
                                               QString::fromUtf8(r.metric), v))
                std::abort();
        }
        return d;
    }();
    return *db;
}

// The first byte picks whether the shape's header is put in front (the importer's
// rows get fuzzed) or the input is taken whole (the header gets fuzzed too).
inline void importBytes(const uint8_t* data, size_t size, const QByteArray& header)
{
    Database& db = committee();
    QByteArray bytes;
    if (size > 0 && (data[0] & 1)) {
        bytes = QByteArray(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    } else {
        bytes = header
            + QByteArray(reinterpret_cast<const char*>(data) + (size > 0 ? 1 : 0),
                         qsizetype(size > 0 ? size - 1 : 0));
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Transaction scratch(db); // never committed: the import below becomes a savepoint
    if (!scratch)
        std::abort();
    ImportOptions options;
    options.replace = (size > 1 && (data[1] & 1));
    auto outcome = FigureImporter::importDevice(db, &buffer, QStringLiteral("fuzz.csv"),
                                                bytes.size(), options);
    if (outcome) {
        for (const ImportProblem& p : outcome.value().problems)
            (void)p.text();
    }
}

} // namespace csc::fuzz
