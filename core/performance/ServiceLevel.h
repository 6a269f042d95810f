// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace csc {

// Max: a request must take at most the threshold; Min: at least.
enum class ThresholdType { Max, Min };
enum class DurationUnit { Seconds, Minutes, Hours, Days };

// What a service level promised from one month on (until the next version).
struct ServiceLevelVersion
{
    qint64 id = 0;
    QDate effectiveFrom; // first day of the month
    double threshold = 0;
    DurationUnit unit = DurationUnit::Minutes;
    ThresholdType type = ThresholdType::Max;
    double targetPercent = 95;
    qint64 changeRequestId = 0; // 0: the original definition

    double thresholdSeconds() const;
    // Boundary inclusive: a Max of 50 minutes is met by exactly 50 minutes.
    bool isMetBy(double durationSeconds) const;
    bool operator==(const ServiceLevelVersion&) const = default;
};

// A service level: the stable identity (category + metric) and its versions,
// oldest first.
struct ServiceLevel
{
    qint64 id = 0;
    QString category; // "I".."V"
    QString metric;
    int position = 0;
    QDate retiredFrom; // invalid: still defined
    QList<ServiceLevelVersion> versions;

    // The version in force in `month`, or nullptr when the level was not defined then.
    const ServiceLevelVersion* versionFor(QDate month) const;
    bool isDefinedIn(QDate month) const { return versionFor(month) != nullptr; }
};

// The recorded procedure behind an amendment (domain.md §5).
struct ChangeRequest
{
    qint64 id = 0;
    QString title;
    QString requestedBy = QStringLiteral("committee"); // "committee" | "ifo"
    QDate requestedOn;
    QString consultation;
    QString decision;
    QDate decidedOn;
    QDate effectiveFrom; // first day of a month
    QString status = QStringLiteral("decided");
};

struct SleText
{
    Q_DECLARE_TR_FUNCTIONS(SleText)
public:
    static QString unitKey(DurationUnit unit);
    static bool unitFromKey(const QString& key, DurationUnit* unit);
    static QString typeKey(ThresholdType type)
    {
        return type == ThresholdType::Max ? QStringLiteral("Max") : QStringLiteral("Min");
    }
    static QString categoryName(const QString& category);
    // "≤ 50 minutes" / "≥ 2 days", translated.
    static QString threshold(const ServiceLevelVersion& version);
    static QString percent(double value, int decimals = 1);
    static QStringList categories();
};

// Months are the first day of the month in the API and "YYYY-MM" in storage and files.
struct SleMonth
{
    static QString key(QDate month)
    {
        return month.isValid() ? month.toString(QStringLiteral("yyyy-MM")) : QString();
    }
    static QDate parse(const QString& text); // invalid unless exactly YYYY-MM
    static QDate of(QDate day) { return QDate(day.year(), day.month(), 1); }
    static QString display(QDate month); // "November 2026", locale-aware
};

} // namespace csc
