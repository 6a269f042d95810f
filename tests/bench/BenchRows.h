// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace bench {

struct Settings
{
    QString demoPath;
    int csvRows = 1000000;
    int repeat = 5;
};

struct Row
{
    QString name;
    double value = 0;
    QString unit;
    double reference = 0; // 0: no reference measurement
    QString referenceName;
    QString target;
    bool met = false;
};

using Measurement = QList<Row> (*)(const Settings&);
// All of them, or one group: startup (the first paint and the board's first load), memory,
// import, filter, pdf.
QList<Measurement> measurements(const QString& only = {});

extern QString selfPath;
double runTimed(const QString& program, const QStringList& args, QString* output);
double median(QList<double> values);

// The start-up and board re-filter rows (run again on a PostgreSQL committee).
QList<Row> measureStartup(const Settings& settings);
QList<Row> measureBoardFilter(const Settings& settings);

// In-process measurements run in a child (`csc_bench --child MODE DEMO`) with a
// QApplication of its own; each prints its figures on one line.
int runBoardChild(const QString& demoPath);
int runMinutesChild(const QString& demoPath);

} // namespace bench
