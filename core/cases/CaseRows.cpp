// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRows.h"

#include "core/cases/CaseClock.h"
#include "core/cases/ProcessDefinition.h"

namespace csc::caserows {

CaseSummary readSummary(const SqlQuery& q)
{
    CaseSummary c;
    c.id = q.value(0).toLongLong();
    c.reference = q.value(1).toString();
    c.title = q.value(2).toString();
    const ProcessDefinition* def = ProcessDefinition::fromKey(q.value(3).toString());
    c.process = def ? def->process : CaseProcess::Complaint;
    c.step = q.value(4).toString();
    c.stepSince = dateOf(q.value(5));
    c.dueDate = dateOf(q.value(6));
    c.complainant = q.value(7).toString();
    c.tld = q.value(8).toString();
    c.tldKind = tldKindFromKey(q.value(9).toString());
    c.category = q.value(10).toString();
    c.serviceLevelId = q.value(11).toLongLong();
    c.confidential = q.value(12).toInt() != 0;
    c.exercise = q.value(13).toInt() != 0;
    c.opened = dateOf(q.value(14));
    c.closed = dateOf(q.value(15));
    c.endState = q.value(16).toString();
    c.archived = !q.value(17).isNull();
    c.escalationLevel = q.value(18).toInt();
    const QString response = q.value(19).toString();
    if (response.startsWith(QLatin1String("received|"))) {
        c.response = ResponseState::Received;
        c.responseDate = dateOf(response.mid(9));
    } else if (response.startsWith(QLatin1String("none|"))) {
        c.response = ResponseState::None;
    }
    c.linkCount = q.value(20).toInt();
    return c;
}

QString tldKindKey(TldKind kind)
{
    switch (kind) {
    case TldKind::Gtld:
        return QStringLiteral("gtld");
    case TldKind::Cctld:
        return QStringLiteral("cctld");
    case TldKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

TldKind tldKindFromKey(const QString& key)
{
    if (key == QLatin1String("cctld"))
        return TldKind::Cctld;
    if (key == QLatin1String("other"))
        return TldKind::Other;
    return TldKind::Gtld;
}

namespace {
QDateTime& fixedNow()
{
    static QDateTime instant;
    return instant;
}
} // namespace

QString nowUtc()
{
    const QDateTime& fixed = fixedNow();
    return (fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);
}

QString instantOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC).toString(Qt::ISODate);
}

QDateTime parseInstant(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

QDate dateOf(const QVariant& v)
{
    // Both plain dates and instants ("2026-11-23T12:00:00Z") start with the ISO date.
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace csc::caserows

namespace csc {

FixedCaseClock::FixedCaseClock(const QDateTime& utc)
{
    caserows::fixedNow() = utc.toUTC();
}

FixedCaseClock::~FixedCaseClock()
{
    caserows::fixedNow() = QDateTime();
}

} // namespace csc
