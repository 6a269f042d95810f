// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include "core/cases/CaseCategories.h"
#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseRows.h"
#include "core/cases/CaseStore.h"
#include "core/cases/ProcessDefinition.h"
#include "core/domain/AuditedWrite.h"
#include "core/settings/CommitteeSettings.h"

namespace csc {

using namespace caserows;

namespace {

Error notFound(qint64 caseId)
{
    return Error { CaseRepository::tr("There is no case #%1, or it is confidential.").arg(caseId),
                   {} };
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<qint64> CaseRepository::create(Database& db, const NewCase& c)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s.error();
    if (auto s = CaseCategories::checkAdmissible(c.category); !s)
        return s.error();
    if (c.title.trimmed().isEmpty())
        return Error { tr("A case needs a title."), {} };
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    const QDate today = QDate::currentDate();
    const QDate opened = c.openedOn.isValid() ? c.openedOn : today;
    if (opened > today)
        return Error {
            tr("A case cannot be opened in the future (%1).").arg(opened.toString(Qt::ISODate)), {}
        };

    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        if (c.serviceLevelId) {
            auto exists = CaseStore::serviceLevelExists(db, c.serviceLevelId);
            if (!exists)
                return exists.error();
            if (!exists.value())
                return Error {
                    tr("Service level #%1 is not in the catalogue.").arg(c.serviceLevelId), {}
                };
        }
        auto last = CaseStore::lastReferenceNumber(db, opened.year());
        if (!last)
            return last.error();
        const int number = last.value() + 1;
        const QString reference
            = QStringLiteral("CSC-%1-%2").arg(opened.year()).arg(number, 3, 10, QLatin1Char('0'));
        const StepDefinition& first = def.steps.first();
        const QDate due
            = CaseDeadlines::dueDate(CommitteeSettings::businessCalendar(db), first.deadline,
                                     opened, CaseDeadlines::periodDays(db, first.deadline, 0));
        CaseRow row;
        row.reference = reference;
        row.refYear = opened.year();
        row.refNumber = number;
        row.title = c.title.trimmed();
        row.description = c.description;
        row.process = def.key;
        row.step = first.key;
        row.stepSince = opened;
        row.dueDate = due;
        row.complainant = c.complainant.trimmed();
        row.tld = c.tld.trimmed();
        row.tldKind = tldKindKey(c.tldKind);
        row.category = c.category;
        row.serviceLevelId = c.serviceLevelId;
        row.confidential = true;
        row.exercise = c.exercise;
        row.openedUtc = opened == today ? nowUtc() : instantOf(opened);
        auto id = CaseStore::insertCase(w, row);
        if (!id)
            return id.error();
        MoveRow entry;
        entry.caseId = id.value();
        entry.toStep = first.key;
        entry.effectiveDate = opened;
        entry.atUtc = nowUtc();
        entry.actor = db.session().name;
        entry.actorRole = RoleNames::key(db.session().role);
        entry.dueDate = dateOrNull(due);
        if (auto m = CaseStore::insertMove(w, entry); !m)
            return m.error();
        for (qint64 from : c.linkedFrom) {
            if (auto s = link(db, id.value(), from); !s)
                return s.error();
        }
        if (auto a = w.audit(QStringLiteral("case"), id.value(), QStringLiteral("create"),
                             { { QStringLiteral("reference"), {}, reference },
                               { QStringLiteral("title"), {}, c.title.trimmed() },
                               { QStringLiteral("process"), {}, def.key },
                               { QStringLiteral("step"), {}, first.key },
                               { QStringLiteral("category"), {}, c.category },
                               { QStringLiteral("confidential"), {}, true },
                               { QStringLiteral("exercise"), {}, c.exercise } });
            !a)
            return a.error();
        return id.value();
    });
}

Result<CaseSummary> CaseRepository::summary(const Database& db, qint64 caseId)
{
    auto found = CaseStore::summary(db, caseId);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(caseId);
    return *found.value();
}

Result<QList<CaseSummary>> CaseRepository::summaries(const Database& db, const QList<qint64>& ids)
{
    return CaseStore::summaries(db, ids);
}

Result<qint64> CaseRepository::idOfReference(const Database& db, const QString& reference)
{
    auto id = CaseStore::idOfReference(db, reference.trimmed().toUpper());
    if (!id)
        return id.error();
    if (id.value() == 0)
        return Error { tr("There is no case %1, or it is confidential.").arg(reference), {} };
    return id.value();
}

Result<QList<CaseSummary>> CaseRepository::list(const Database& db, const CaseListFilter& filter)
{
    return CaseStore::list(db, filter,
                           filter.today.isValid() ? filter.today : QDate::currentDate());
}

Result<QList<CaseSummary>> CaseRepository::archivedPage(const Database& db, int offset, int limit)
{
    return CaseStore::archivedPage(db, offset, limit);
}

Result<QList<PublicEscalationSummary>> CaseRepository::publicEscalationSummaries(const Database& db,
                                                                                 QDate asOf)
{
    auto stored = CaseStore::escalationsOn(db, asOf);
    if (!stored)
        return stored.error();
    QList<PublicEscalationSummary> result;
    for (const EscalationRow& row : stored.value()) {
        const ProcessDefinition* def = ProcessDefinition::fromKey(row.process);
        const StepDefinition* step = def ? def->step(row.stepOnDay) : nullptr;
        if (!step || step->isEnd)
            continue;
        PublicEscalationSummary s;
        s.reference = row.reference;
        s.title = row.confidential ? QString() : row.title;
        s.process = def->process;
        s.stepName = step->name;
        s.opened = row.opened;
        result << s;
    }
    return result;
}

Status CaseRepository::setPublic(Database& db, qint64 caseId, bool makePublic,
                                 const QString& consent)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s;
    if (makePublic && consent.trimmed().isEmpty())
        return Error {
            tr("Making a case public needs the parties' consent: say who agreed and how."), {}
        };
    auto c = summary(db, caseId);
    if (!c)
        return c.error();
    if (c.value().confidential == !makePublic)
        return {};
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Status {
        if (auto s = CaseStore::setConfidential(w, caseId, !makePublic); !s)
            return s;
        if (auto s = CaseStore::insertPublication(
                w, caseId,
                { makePublic, consent.trimmed(), parseInstant(nowUtc()), db.session().name });
            !s)
            return s;
        return w.audit(QStringLiteral("case"), caseId,
                       makePublic ? QStringLiteral("make-public")
                                  : QStringLiteral("make-confidential"),
                       { { QStringLiteral("confidential"), !makePublic, makePublic ? false : true },
                         { QStringLiteral("consent"), {}, consent.trimmed() } });
    });
}

Status CaseRepository::setArchived(Database& db, qint64 caseId, bool archived)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s;
    auto c = summary(db, caseId);
    if (!c)
        return c.error();
    if (archived && c.value().isOpen())
        return Error {
            tr("%1 is still open; only closed cases go to the archive.").arg(c.value().reference),
            {}
        };
    if (c.value().archived == archived)
        return {};
    const QVariant stamp = archived ? QVariant(nowUtc()) : QVariant(QMetaType(QMetaType::QString));
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Status {
        if (auto s = CaseStore::setArchived(w, caseId, stamp); !s)
            return s;
        return w.audit(QStringLiteral("case"), caseId,
                       archived ? QStringLiteral("archive") : QStringLiteral("restore"),
                       { { QStringLiteral("archived"), !archived, archived } });
    });
}

Status CaseRepository::link(Database& db, qint64 fromCaseId, qint64 toCaseId)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s;
    if (fromCaseId == toCaseId)
        return Error { tr("A case cannot be linked to itself."), {} };
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Status {
        if (auto s = CaseStore::insertLink(w, fromCaseId, toCaseId); !s)
            return s;
        return w.audit(QStringLiteral("case"), fromCaseId, QStringLiteral("link"),
                       { { QStringLiteral("openedFrom"), {}, toCaseId } });
    });
}

Result<QList<ServiceLevelRef>> CaseRepository::serviceLevels(const Database& db)
{
    return CaseStore::serviceLevels(db);
}

} // namespace csc
