// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceLevel.h"

#include <QLocale>

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

QString SleText::threshold(const ServiceLevelVersion& v)
{
    const QString value = QLocale().toString(v.threshold, 'g', 6);
    QString amount;
    switch (v.unit) {
    case DurationUnit::Seconds:
        amount = tr("%1 s").arg(value);
        break;
    case DurationUnit::Minutes:
        amount = tr("%1 min").arg(value);
        break;
    case DurationUnit::Hours:
        amount = tr("%1 h").arg(value);
        break;
    case DurationUnit::Days:
        amount = tr("%1 days").arg(value);
        break;
    }
    return (v.type == ThresholdType::Max ? QStringLiteral("≤ ") : QStringLiteral("≥ ")) + amount;
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
