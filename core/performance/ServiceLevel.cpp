// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceLevel.h"

#include <QLocale>

#include <cmath>

namespace csc {

double ServiceLevelVersion::thresholdSeconds() const
{
    switch (unit) {
    case DurationUnit::Seconds:
        return threshold;
    case DurationUnit::Minutes:
        return threshold * 60;
    case DurationUnit::Hours:
        return threshold * 3600;
    case DurationUnit::Days:
        return threshold * 86400;
    }
    return threshold;
}

bool ServiceLevelVersion::isMetBy(double durationSeconds) const
{
    const double limit = thresholdSeconds();
    return type == ThresholdType::Max ? durationSeconds <= limit : durationSeconds >= limit;
}

const ServiceLevelVersion* ServiceLevel::versionFor(QDate month) const
{
    if (retiredFrom.isValid() && month >= retiredFrom)
        return nullptr;
    const ServiceLevelVersion* found = nullptr;
    for (const ServiceLevelVersion& v : versions) {
        if (v.effectiveFrom <= month && (!found || v.effectiveFrom > found->effectiveFrom))
            found = &v;
    }
    return found;
}

QString SleText::unitKey(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Seconds:
        return QStringLiteral("seconds");
    case DurationUnit::Minutes:
        return QStringLiteral("minutes");
    case DurationUnit::Hours:
        return QStringLiteral("hours");
    case DurationUnit::Days:
        return QStringLiteral("days");
    }
    return {};
}

bool SleText::unitFromKey(const QString& key, DurationUnit* unit)
{
    for (DurationUnit u : { DurationUnit::Seconds, DurationUnit::Minutes, DurationUnit::Hours,
                            DurationUnit::Days }) {
        if (unitKey(u) == key) {
            *unit = u;
            return true;
        }
    }
    return false;
}

QStringList SleText::categories()
{
    return { QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
             QStringLiteral("V") };
}

QString SleText::categoryName(const QString& category)
{
    if (category == QLatin1String("I"))
        return tr("I — Routine updates affecting the root zone");
    if (category == QLatin1String("II"))
        return tr("II — Routine updates not affecting the root zone");
    if (category == QLatin1String("III"))
        return tr("III — Creating or transferring a gTLD");
    if (category == QLatin1String("IV"))
        return tr("IV — Creating or transferring a ccTLD");
    if (category == QLatin1String("V"))
        return tr("V — Other change requests");
    return category;
}

namespace {

bool isWhole(double value)
{
    return value == std::floor(value) && std::abs(value) < 1e15;
}

// The unit a person would write a duration in: what the catalogue says when it is a whole
// number of minutes, hours or days; otherwise (seconds, or a fraction such as 1.5 h) the
// largest unit that makes it whole, so 259,200 s reads "3 days" and 1.5 h "90 min".
DurationUnit naturalUnit(const ServiceLevelVersion& v)
{
    if (v.unit != DurationUnit::Seconds && isWhole(v.threshold))
        return v.unit;
    const double seconds = v.thresholdSeconds();
    if (!isWhole(seconds))
        return v.unit;
    const qint64 s = qint64(seconds);
    if (s >= 86400 && s % 86400 == 0)
        return DurationUnit::Days;
    if (s >= 3600 && s % 3600 == 0)
        return DurationUnit::Hours;
    if (s > 60 && s % 60 == 0)
        return DurationUnit::Minutes;
    return DurationUnit::Seconds;
}

double inUnit(double seconds, DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Seconds:
        return seconds;
    case DurationUnit::Minutes:
        return seconds / 60;
    case DurationUnit::Hours:
        return seconds / 3600;
    case DurationUnit::Days:
        return seconds / 86400;
    }
    return seconds;
}

} // namespace

QString SleText::threshold(const ServiceLevelVersion& v)
{
    const DurationUnit unit = naturalUnit(v);
    const double amount = unit == v.unit ? v.threshold : inUnit(v.thresholdSeconds(), unit);
    const QString value = QLocale().toString(amount, 'g', 6);
    QString text;
    switch (unit) {
    case DurationUnit::Seconds:
        text = tr("%1 s").arg(value);
        break;
    case DurationUnit::Minutes:
        text = tr("%1 min").arg(value);
        break;
    case DurationUnit::Hours:
        text = tr("%1 h").arg(value);
        break;
    case DurationUnit::Days:
        text = amount == 1 ? tr("1 day") : tr("%1 days").arg(value);
        break;
    }
    return (v.type == ThresholdType::Max ? QStringLiteral("≤ ") : QStringLiteral("≥ ")) + text;
}

QString SleText::percent(double value, int decimals)
{
    return tr("%1%").arg(QLocale().toString(value, 'f', decimals));
}

QDate SleMonth::parse(const QString& text)
{
    if (text.size() != 7 || text.at(4) != QLatin1Char('-'))
        return {};
    bool okYear = false;
    bool okMonth = false;
    const int year = QStringView(text).left(4).toInt(&okYear);
    const int month = QStringView(text).mid(5, 2).toInt(&okMonth);
    if (!okYear || !okMonth || month < 1 || month > 12 || year < 1900)
        return {};
    return QDate(year, month, 1);
}

QString SleMonth::display(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

} // namespace csc
