// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include "core/cases/CaseCategories.h"
#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseRows.h"
#include "core/cases/ProcessDefinition.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

namespace csc {

using namespace caserows;

namespace {

Error notFound(qint64 caseId)
{
    return Error { CaseRepository::tr("There is no case #%1, or it is confidential.").arg(caseId),
                   {} };
}

Result<QString> nextReference(const Database& db, int year, int* number)
{
    auto max = queryScalar(
        db,
        QStringLiteral("SELECT coalesce(max(ref_number), 0) FROM case_record WHERE ref_year = ?"),
        { year });
    if (!max)
        return max.error();
    *number = max.value().toInt() + 1;
    return QStringLiteral("CSC-%1-%2").arg(year).arg(*number, 3, 10, QLatin1Char('0'));
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

    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (c.serviceLevelId) {
        auto exists
            = queryScalar(db, QStringLiteral("SELECT count(*) FROM service_level WHERE id = ?"),
                          { c.serviceLevelId });
        if (!exists)
            return exists.error();
        if (exists.value().toInt() == 0)
            return Error { tr("Service level #%1 is not in the catalogue.").arg(c.serviceLevelId),
                           {} };
    }
    int number = 0;
    auto reference = nextReference(db, opened.year(), &number);
    if (!reference)
        return reference.error();
    const StepDefinition& first = def.steps.first();
    const QDate due
        = CaseDeadlines::dueDate(CommitteeSettings::businessCalendar(db), first.deadline, opened,
                                 CaseDeadlines::periodDays(db, first.deadline, 0));
    const QString openedUtc = opened == today ? nowUtc() : instantOf(opened);
    SqlQuery q(db,
               QStringLiteral("INSERT INTO case_record(reference, ref_year, ref_number, title, "
                              "description, process, step, step_since, "
                              "due_date, complainant, tld, tld_kind, category, service_level_id, "
                              "confidential, is_exercise, opened_utc) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    q.bind(reference.value())
        .bind(opened.year())
        .bind(number)
        .bind(c.title.trimmed())
        .bind(text(c.description));
    q.bind(def.key).bind(first.key).bind(opened.toString(Qt::ISODate));
    q.bind(due.isValid() ? QVariant(due.toString(Qt::ISODate))
                         : QVariant(QMetaType(QMetaType::QString)));
    q.bind(text(c.complainant.trimmed()))
        .bind(text(c.tld.trimmed()))
        .bind(tldKindKey(c.tldKind))
        .bind(text(c.category));
    q.bind(c.serviceLevelId ? QVariant(c.serviceLevelId)
                            : QVariant(QMetaType(QMetaType::LongLong)));
    q.bind(c.exercise ? 1 : 0).bind(openedUtc);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = execute(db,
                         QStringLiteral("INSERT INTO case_move(case_id, from_step, to_step, "
                                        "effective_date, at_utc, actor, actor_role, due_date) "
                                        "VALUES (?, '', ?, ?, ?, ?, ?, ?)"),
                         { id, first.key, opened.toString(Qt::ISODate), nowUtc(),
                           text(db.session().name), RoleNames::key(db.session().role),
                           due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant() });
        !s)
        return s.error();
    for (qint64 from : c.linkedFrom) {
        if (auto s = link(db, id, from); !s)
            return s.error();
    }
    if (auto a = AuditLog::record(db, QStringLiteral("case"), QString::number(id),
                                  QStringLiteral("create"),
                                  { { QStringLiteral("reference"), {}, reference.value() },
                                    { QStringLiteral("title"), {}, c.title.trimmed() },
                                    { QStringLiteral("process"), {}, def.key },
                                    { QStringLiteral("step"), {}, first.key },
                                    { QStringLiteral("category"), {}, c.category },
                                    { QStringLiteral("confidential"), {}, true },
                                    { QStringLiteral("exercise"), {}, c.exercise } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<CaseSummary> CaseRepository::summary(const Database& db, qint64 caseId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + summaryColumns()
                   + QStringLiteral(" FROM case_record c WHERE c.id = ?") + visibilityClause(db));
    q.bind(caseId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return notFound(caseId);
    return readSummary(q);
}

Result<qint64> CaseRepository::idOfReference(const Database& db, const QString& reference)
{
    auto id = queryScalar(db,
                          QStringLiteral("SELECT c.id FROM case_record c WHERE c.reference = ?")
                              + visibilityClause(db),
                          { reference.trimmed().toUpper() });
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error { tr("There is no case %1, or it is confidential.").arg(reference), {} };
    return id.value().toLongLong();
}

Result<QList<CaseSummary>> CaseRepository::list(const Database& db, const CaseListFilter& filter)
{
    QString sql = QStringLiteral("SELECT ") + summaryColumns()
        + QStringLiteral(" FROM case_record c WHERE 1 = 1") + visibilityClause(db);
    QVariantList values;
    if (!filter.anyProcess) {
        sql += QStringLiteral(" AND c.process = ?");
        values << ProcessDefinition::keyOf(filter.process);
    }
    if (!filter.includeArchived)
        sql += QStringLiteral(" AND c.archived_utc IS NULL");
    if (filter.overdueOnly) {
        // A step whose response is recorded (met, late, unanswered) no longer waits.
        sql += QStringLiteral(" AND c.closed_utc IS NULL AND c.due_date < ? AND NOT EXISTS "
                              "(SELECT 1 FROM case_response r WHERE r.case_id = c.id AND r.step "
                              "= c.step AND r.step_since = c.step_since)");
        values
            << (filter.today.isValid() ? filter.today : QDate::currentDate()).toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY c.ref_year, c.ref_number");
    SqlQuery q(db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<CaseSummary> result;
    while (q.next())
        result << readSummary(q);
    return result;
}

Result<QList<CaseSummary>> CaseRepository::archivedPage(const Database& db, int offset, int limit)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + summaryColumns()
                   + QStringLiteral(" FROM case_record c WHERE c.archived_utc IS NOT NULL")
                   + visibilityClause(db)
                   + QStringLiteral(" ORDER BY c.ref_year, c.ref_number LIMIT ? OFFSET ?"));
    q.bind(limit).bind(offset);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<CaseSummary> result;
    while (q.next())
        result << readSummary(q);
    return result;
}

Result<QList<PublicEscalationSummary>> CaseRepository::publicEscalationSummaries(const Database& db,
                                                                                 QDate asOf)
{
    // The step on `asOf` is the last move made by then that was not undone.
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT c.reference, c.title, c.confidential, c.process, c.opened_utc, "
            "(SELECT m.to_step FROM case_move m WHERE m.case_id = c.id AND m.effective_date <= ? "
            "  AND m.undone_by_move_id IS NULL AND m.undoes_move_id IS NULL "
            "  ORDER BY m.effective_date DESC, m.id DESC LIMIT 1) "
            "FROM case_record c WHERE c.is_exercise = 0 AND c.process <> 'emergency' "
            "AND substr(c.opened_utc, 1, 10) <= ? ORDER BY c.ref_year, c.ref_number"));
    q.bind(asOf.toString(Qt::ISODate)).bind(asOf.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<PublicEscalationSummary> result;
    while (q.next()) {
        const ProcessDefinition* def = ProcessDefinition::fromKey(q.value(3).toString());
        const StepDefinition* step = def ? def->step(q.value(5).toString()) : nullptr;
        if (!step || step->isEnd)
            continue;
        PublicEscalationSummary s;
        s.reference = q.value(0).toString();
        s.title = q.value(2).toInt() == 0 ? q.value(1).toString() : QString();
        s.process = def->process;
        s.stepName = step->name;
        s.opened = dateOf(q.value(4));
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QString now = nowUtc();
    if (auto s = execute(db, QStringLiteral("UPDATE case_record SET confidential = ? WHERE id = ?"),
                         { makePublic ? 0 : 1, caseId });
        !s)
        return s;
    if (auto s = execute(
            db,
            QStringLiteral("INSERT INTO case_publication(case_id, made_public, consent, "
                           "decided_utc, decided_by) VALUES (?, ?, ?, ?, ?)"),
            { caseId, makePublic ? 1 : 0, text(consent.trimmed()), now, text(db.session().name) });
        !s)
        return s;
    if (auto s = execute(db,
                         QStringLiteral("UPDATE document SET confidential = ? WHERE id IN (SELECT "
                                        "document_id FROM case_document WHERE case_id = ?)"),
                         { makePublic ? 0 : 1, caseId });
        !s)
        return s;
    if (auto a = AuditLog::record(
            db, QStringLiteral("case"), QString::number(caseId),
            makePublic ? QStringLiteral("make-public") : QStringLiteral("make-confidential"),
            { { QStringLiteral("confidential"), !makePublic, makePublic ? false : true },
              { QStringLiteral("consent"), {}, consent.trimmed() } });
        !a)
        return a.error();
    return tx.commit();
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QVariant stamp = archived ? QVariant(nowUtc()) : QVariant(QMetaType(QMetaType::QString));
    if (auto s = execute(db, QStringLiteral("UPDATE case_record SET archived_utc = ? WHERE id = ?"),
                         { stamp, caseId });
        !s)
        return s;
    if (auto a = AuditLog::record(db, QStringLiteral("case"), QString::number(caseId),
                                  archived ? QStringLiteral("archive") : QStringLiteral("restore"),
                                  { { QStringLiteral("archived"), !archived, archived } });
        !a)
        return a.error();
    return tx.commit();
}

Status CaseRepository::link(Database& db, qint64 fromCaseId, qint64 toCaseId)
{
    if (auto s = Permissions::check(db.session(), Permission::EditCases); !s)
        return s;
    if (fromCaseId == toCaseId)
        return Error { tr("A case cannot be linked to itself."), {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s = execute(db,
                         QStringLiteral("INSERT OR IGNORE INTO case_link(from_case_id, to_case_id, "
                                        "kind) VALUES (?, ?, 'opened_from')"),
                         { fromCaseId, toCaseId });
        !s)
        return s;
    if (auto a = AuditLog::record(db, QStringLiteral("case"), QString::number(fromCaseId),
                                  QStringLiteral("link"),
                                  { { QStringLiteral("openedFrom"), {}, toCaseId } });
        !a)
        return a.error();
    return tx.commit();
}

Result<QList<ServiceLevelRef>> CaseRepository::serviceLevels(const Database& db)
{
    SqlQuery q(
        db, QStringLiteral("SELECT id, category, metric FROM service_level ORDER BY category, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<ServiceLevelRef> result;
    while (q.next())
        result << ServiceLevelRef { q.value(0).toLongLong(),
                                    QStringLiteral("%1 · %2").arg(q.value(1).toString(),
                                                                  q.value(2).toString()) };
    return result;
}

} // namespace csc
