// SPDX-License-Identifier: GPL-3.0-or-later
// The one file of core/cases that holds SQL (see CaseStore.h).
#include "CaseStore.h"

#include "core/cases/CaseRows.h"
#include "core/cases/ProcessDefinition.h"
#include "core/cases/ReferencedCases.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

namespace csc {

using namespace caserows;

namespace {

// The column of case_record that holds each flag Confidentiality judges.
QString columnOf(Confidentiality::CaseFlag flag)
{
    switch (flag) {
    case Confidentiality::CaseFlag::Confidential:
        return QStringLiteral("confidential");
    case Confidentiality::CaseFlag::Exercise:
        return QStringLiteral("is_exercise");
    }
    return {};
}

// Leaves out, for a role that must not see them (Visibility decides), the confidential cases
// (Confidentiality decides which) of the case_record row `alias`.
QString visible(const Database& db, const QString& alias = QStringLiteral("c"))
{
    return Visibility::seesConfidential(db)
        ? QString()
        : QStringLiteral(" AND NOT ") + CaseStore::confidentialCaseCondition(alias);
}

const QString& summaryColumns()
{
    static const QString kColumns = QStringLiteral(
        "c.id, c.reference, c.title, c.process, c.step, c.step_since, c.due_date, "
        "c.complainant, c.tld, c.tld_kind, "
        "c.category, c.service_level_id, c.confidential, c.is_exercise, "
        "c.opened_utc, c.closed_utc, c.end_state, "
        "c.archived_utc, c.escalation_level, "
        "(SELECT r.kind || '|' || coalesce(r.received_date, '') FROM case_response "
        " r WHERE r.case_id = c.id AND r.step = c.step AND r.step_since = "
        " c.step_since), "
        "(SELECT count(*) FROM case_link l WHERE l.from_case_id = c.id OR "
        " l.to_case_id = c.id)");
    return kColumns;
}

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

const QString kResponseColumns = QStringLiteral(
    "r.id, r.step, r.step_since, r.kind, r.received_date, r.due_date, r.on_time, r.document_id, "
    "coalesce(d.name, ''), r.note, r.at_utc, r.actor");

CaseResponse readResponse(const SqlQuery& q)
{
    CaseResponse r;
    r.id = q.value(0).toLongLong();
    r.step = q.value(1).toString();
    r.stepSince = dateOf(q.value(2));
    r.received = q.value(3).toString() == QLatin1String("received");
    r.receivedDate = dateOf(q.value(4));
    r.dueDate = dateOf(q.value(5));
    r.onTime = q.value(6).toInt() != 0;
    r.documentId = q.value(7).toLongLong();
    r.documentName = q.value(8).toString();
    r.note = q.value(9).toString();
    r.at = parseInstant(q.value(10));
    r.actor = q.value(11).toString();
    return r;
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

// Runs `sql` with `values` and hands each row to `fn`.
template<typename Fn>
Status forEachRow(const Database& db, const QString& sql, const QVariantList& values, Fn fn)
{
    SqlQuery q(db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s;
    while (q.next())
        fn(q);
    return {};
}

template<typename T, typename Fn>
Result<QList<T>> rows(const Database& db, const QString& sql, const QVariantList& values, Fn read)
{
    QList<T> result;
    if (auto s = forEachRow(db, sql, values, [&](const SqlQuery& q) { result << read(q); }); !s)
        return s.error();
    return result;
}

const QStringList kCaseColumns {
    QStringLiteral("reference"),
    QStringLiteral("ref_year"),
    QStringLiteral("ref_number"),
    QStringLiteral("title"),
    QStringLiteral("description"),
    QStringLiteral("process"),
    QStringLiteral("step"),
    QStringLiteral("step_since"),
    QStringLiteral("due_date"),
    QStringLiteral("complainant"),
    QStringLiteral("tld"),
    QStringLiteral("tld_kind"),
    QStringLiteral("category"),
    QStringLiteral("service_level_id"),
    QStringLiteral("confidential"),
    QStringLiteral("is_exercise"),
    QStringLiteral("opened_utc"),
    QStringLiteral("closed_utc"),
    QStringLiteral("end_state"),
    QStringLiteral("archived_utc"),
    QStringLiteral("escalation_level"),
};

QVariantList caseValues(const CaseRow& r)
{
    return { r.reference,
             r.refYear,
             r.refNumber,
             r.title,
             text(r.description),
             r.process,
             r.step,
             r.stepSince.toString(Qt::ISODate),
             dateOrNull(r.dueDate),
             text(r.complainant),
             text(r.tld),
             r.tldKind,
             text(r.category),
             r.serviceLevelId ? QVariant(r.serviceLevelId)
                              : QVariant(QMetaType(QMetaType::LongLong)),
             r.confidential ? 1 : 0,
             r.exercise ? 1 : 0,
             r.openedUtc };
}

const QStringList kMoveColumns {
    QStringLiteral("case_id"),        QStringLiteral("from_step"),
    QStringLiteral("to_step"),        QStringLiteral("effective_date"),
    QStringLiteral("at_utc"),         QStringLiteral("actor"),
    QStringLiteral("actor_role"),     QStringLiteral("reason"),
    QStringLiteral("document_id"),    QStringLiteral("deadline_days"),
    QStringLiteral("due_date"),       QStringLiteral("prev_step_since"),
    QStringLiteral("prev_due_date"),  QStringLiteral("prev_escalation"),
    QStringLiteral("undoes_move_id"),
};

QVariantList moveValues(const MoveRow& m)
{
    return { m.caseId,
             text(m.fromStep),
             m.toStep,
             m.effectiveDate.toString(Qt::ISODate),
             m.atUtc,
             text(m.actor),
             m.actorRole,
             text(m.reason),
             idOrNull(m.documentId),
             m.deadlineDays > 0 ? QVariant(m.deadlineDays) : QVariant(),
             m.dueDate,
             m.prevStepSince,
             m.prevDueDate,
             m.prevEscalation,
             idOrNull(m.undoesMoveId) };
}

const QStringList kDocumentColumns {
    QStringLiteral("name"),         QStringLiteral("kind"),      QStringLiteral("mime_type"),
    QStringLiteral("sha256"),       QStringLiteral("size"),      QStringLiteral("content"),
    QStringLiteral("confidential"), QStringLiteral("added_utc"), QStringLiteral("added_by"),
};

QVariantList documentValues(const DocumentRow& d)
{
    return {
        text(d.name), text(d.kind),           d.mimeType, d.sha256,       qint64(d.content.size()),
        d.content,    d.confidential ? 1 : 0, d.addedUtc, text(d.addedBy)
    };
}

QString insertSql(const QString& table, const QStringList& columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
        .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
}

} // namespace

QString CaseStore::confidentialCaseCondition(const QString& alias)
{
    QStringList any;
    for (Confidentiality::CaseFlag flag : Confidentiality::caseFlagsThatWithhold())
        any << QStringLiteral("%1.%2 <> 0").arg(alias, columnOf(flag));
    return QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

QString CaseStore::refersToConfidentialCaseCondition(const QString& textExpression)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM case_record rc WHERE %1 AND "
                          "instr(upper(%2), rc.reference) > 0)")
        .arg(confidentialCaseCondition(QStringLiteral("rc")), textExpression);
}

// --- cases, as the session's role may see them

Result<std::optional<CaseSummary>> CaseStore::summary(const Database& db, qint64 caseId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + summaryColumns()
                   + QStringLiteral(" FROM case_record c WHERE c.id = ?") + visible(db));
    q.bind(caseId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<CaseSummary>();
    return std::optional<CaseSummary>(readSummary(q));
}

Result<qint64> CaseStore::idOfReference(const Database& db, const QString& reference)
{
    auto id = queryScalar(
        db, QStringLiteral("SELECT c.id FROM case_record c WHERE c.reference = ?") + visible(db),
        { reference });
    if (!id)
        return id.error();
    return id.value().isValid() ? id.value().toLongLong() : qint64(0);
}

Result<QList<CaseSummary>> CaseStore::list(const Database& db, const CaseListFilter& filter,
                                           QDate today)
{
    QString sql = QStringLiteral("SELECT ") + summaryColumns()
        + QStringLiteral(" FROM case_record c WHERE 1 = 1") + visible(db);
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
        values << today.toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY c.ref_year, c.ref_number");
    return rows<CaseSummary>(db, sql, values, &readSummary);
}

Result<QList<CaseSummary>> CaseStore::summaries(const Database& db, const QList<qint64>& ids)
{
    QList<CaseSummary> result;
    // In slices, so a long list never exceeds the engine's limit on bound values.
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const QList<qint64> slice = ids.mid(from, kSlice);
        QStringList marks;
        QVariantList values;
        for (qint64 id : slice) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto read
            = rows<CaseSummary>(db,
                                QStringLiteral("SELECT ") + summaryColumns()
                                    + QStringLiteral(" FROM case_record c WHERE c.id IN (")
                                    + marks.join(QLatin1Char(',')) + QLatin1Char(')') + visible(db),
                                values, &readSummary);
        if (!read)
            return read.error();
        result += std::move(read).value();
    }
    return result;
}

Result<QList<CaseSummary>> CaseStore::archivedPage(const Database& db, int offset, int limit)
{
    return rows<CaseSummary>(db,
                             QStringLiteral("SELECT ") + summaryColumns()
                                 + QStringLiteral(" FROM case_record c WHERE c.archived_utc IS "
                                                  "NOT NULL")
                                 + visible(db)
                                 + QStringLiteral(" ORDER BY c.ref_year, c.ref_number LIMIT ? "
                                                  "OFFSET ?"),
                             { limit, offset }, &readSummary);
}

Result<QString> CaseStore::description(const Database& db, qint64 caseId)
{
    auto v = queryScalar(
        db, QStringLiteral("SELECT c.description FROM case_record c WHERE c.id = ?") + visible(db),
        { caseId });
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<QString> CaseStore::serviceLevelLabelOfCase(const Database& db, qint64 caseId)
{
    auto v = queryScalar(
        db,
        QStringLiteral("SELECT coalesce(sl.category || ' · ' || sl.metric, '') FROM case_record c "
                       "LEFT JOIN service_level sl ON sl.id = c.service_level_id WHERE c.id = ?")
            + visible(db),
        { caseId });
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<QList<CaseMove>> CaseStore::moves(const Database& db, qint64 caseId)
{
    return rows<CaseMove>(
        db,
        QStringLiteral("SELECT m.id, m.from_step, m.to_step, m.effective_date, m.at_utc, m.actor, "
                       "m.actor_role, m.reason, m.document_id, coalesce(d.name, ''), m.due_date, "
                       "m.undoes_move_id, m.undone_by_move_id FROM case_move m "
                       "JOIN case_record c ON c.id = m.case_id "
                       "LEFT JOIN document d ON d.id = m.document_id WHERE m.case_id = ?")
            + visible(db) + QStringLiteral(" ORDER BY m.id"),
        { caseId }, [](const SqlQuery& q) {
            return CaseMove { q.value(0).toLongLong(),  q.value(1).toString(),
                              q.value(2).toString(),    dateOf(q.value(3)),
                              parseInstant(q.value(4)), q.value(5).toString(),
                              q.value(6).toString(),    q.value(7).toString(),
                              q.value(8).toLongLong(),  q.value(9).toString(),
                              dateOf(q.value(10)),      q.value(11).toLongLong(),
                              q.value(12).toLongLong() };
        });
}

Result<QList<CaseComment>> CaseStore::comments(const Database& db, qint64 caseId)
{
    return rows<CaseComment>(
        db,
        QStringLiteral("SELECT m.id, m.at_utc, m.author, m.body FROM case_comment m JOIN "
                       "case_record c ON c.id = m.case_id WHERE m.case_id = ?")
            + visible(db) + QStringLiteral(" ORDER BY m.id"),
        { caseId }, [](const SqlQuery& q) {
            return CaseComment { q.value(0).toLongLong(), parseInstant(q.value(1)),
                                 q.value(2).toString(), q.value(3).toString() };
        });
}

Result<QList<CaseDocumentRef>> CaseStore::documents(const Database& db, qint64 caseId)
{
    return rows<CaseDocumentRef>(
        db,
        QStringLiteral("SELECT d.id, d.name, d.kind, d.sha256, d.size, d.added_utc FROM "
                       "case_document cd JOIN document d ON d.id = cd.document_id JOIN "
                       "case_record c ON c.id = cd.case_id WHERE cd.case_id = ?")
            + visible(db) + QStringLiteral(" ORDER BY d.id"),
        { caseId }, [](const SqlQuery& q) {
            return CaseDocumentRef { q.value(0).toLongLong(), q.value(1).toString(),
                                     q.value(2).toString(),   q.value(3).toString(),
                                     q.value(4).toLongLong(), parseInstant(q.value(5)) };
        });
}

Result<QList<CaseLinkRef>> CaseStore::links(const Database& db, qint64 caseId)
{
    // Both ends must be visible: a link never shows a case the role may not see.
    return rows<CaseLinkRef>(
        db,
        QStringLiteral("SELECT c.id, c.reference, c.title, 1, c.process, c.step FROM "
                       "case_link l JOIN case_record c ON c.id = l.to_case_id "
                       "JOIN case_record o ON o.id = l.from_case_id WHERE l.from_case_id = ?")
            + visible(db) + visible(db, QStringLiteral("o"))
            + QStringLiteral(" UNION ALL SELECT c.id, c.reference, c.title, 0, c.process, "
                             "c.step FROM case_link l "
                             "JOIN case_record c ON c.id = l.from_case_id "
                             "JOIN case_record o ON o.id = l.to_case_id WHERE l.to_case_id = ?")
            + visible(db) + visible(db, QStringLiteral("o")),
        { caseId, caseId }, [](const SqlQuery& q) {
            const ProcessDefinition* def = ProcessDefinition::fromKey(q.value(4).toString());
            return CaseLinkRef { q.value(0).toLongLong(),
                                 q.value(1).toString(),
                                 q.value(2).toString(),
                                 q.value(3).toInt() == 1,
                                 def ? def->process : CaseProcess::Complaint,
                                 q.value(5).toString() };
        });
}

Result<QList<CaseNotice>> CaseStore::notices(const Database& db, qint64 caseId)
{
    return rows<CaseNotice>(
        db,
        QStringLiteral("SELECT n.at_utc, n.level, n.recipient, n.kind FROM case_notice n JOIN "
                       "case_record c ON c.id = n.case_id WHERE n.case_id = ?")
            + visible(db) + QStringLiteral(" ORDER BY n.id"),
        { caseId }, [](const SqlQuery& q) {
            return CaseNotice { parseInstant(q.value(0)), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toString() };
        });
}

Result<QList<CasePublication>> CaseStore::publications(const Database& db, qint64 caseId)
{
    return rows<CasePublication>(
        db,
        QStringLiteral("SELECT p.made_public, p.consent, p.decided_utc, p.decided_by FROM "
                       "case_publication p JOIN case_record c ON c.id = p.case_id WHERE "
                       "p.case_id = ?")
            + visible(db) + QStringLiteral(" ORDER BY p.id"),
        { caseId }, [](const SqlQuery& q) {
            return CasePublication { q.value(0).toInt() != 0, q.value(1).toString(),
                                     parseInstant(q.value(2)), q.value(3).toString() };
        });
}

Result<std::optional<CaseResponse>> CaseStore::currentResponse(const Database& db,
                                                               const CaseSummary& c)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kResponseColumns
                   + QStringLiteral(" FROM case_response r JOIN case_record c ON c.id = "
                                    "r.case_id LEFT JOIN document d ON d.id = r.document_id "
                                    "WHERE r.case_id = ? AND r.step = ? AND r.step_since = ?")
                   + visible(db));
    q.bind(c.id).bind(c.step).bind(c.stepSince.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<CaseResponse>();
    return std::optional<CaseResponse>(readResponse(q));
}

Result<QList<CaseResponse>> CaseStore::responses(const Database& db, qint64 caseId)
{
    return rows<CaseResponse>(
        db,
        QStringLiteral("SELECT ") + kResponseColumns
            + QStringLiteral(" FROM case_response r JOIN case_record c ON c.id = r.case_id "
                             "LEFT JOIN document d ON d.id = r.document_id WHERE r.case_id = ?")
            + visible(db) + QStringLiteral(" ORDER BY r.id"),
        { caseId }, &readResponse);
}

Result<QVariant> CaseStore::documentContent(const Database& db, qint64 documentId)
{
    return queryScalar(
        db,
        QStringLiteral(
            "SELECT d.content FROM document d JOIN case_document cd ON cd.document_id = d.id "
            "JOIN case_record c ON c.id = cd.case_id WHERE d.id = ?")
            + visible(db),
        { documentId });
}

Result<qint64> CaseStore::openProblemCaseFor(const Database& db, qint64 serviceLevelId)
{
    auto id = queryScalar(
        db,
        QStringLiteral(
            "SELECT c.id FROM case_record c WHERE c.process = 'problem' AND c.service_level_id = ? "
            "AND c.closed_utc IS NULL AND c.is_exercise = 0")
            + visible(db) + QStringLiteral(" ORDER BY c.id DESC LIMIT 1"),
        { serviceLevelId });
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<QList<PatternCaseRow>> CaseStore::patternCandidates(const Database& db, QDate from, QDate to)
{
    return rows<PatternCaseRow>(
        db,
        QStringLiteral(
            "SELECT c.service_level_id, coalesce(sl.category || ' · ' || sl.metric, ''), c.id, "
            "c.reference "
            "FROM case_record c LEFT JOIN service_level sl ON sl.id = c.service_level_id "
            "WHERE c.process IN ('complaint', 'emergency') AND c.is_exercise = 0 AND "
            "c.service_level_id IS NOT NULL "
            "AND substr(c.opened_utc, 1, 10) BETWEEN ? AND ? "
            "AND NOT EXISTS (SELECT 1 FROM case_link l JOIN case_record p ON p.id = l.from_case_id "
            "                WHERE l.to_case_id = c.id AND p.process = 'problem')")
            + visible(db) + QStringLiteral(" ORDER BY c.service_level_id, c.opened_utc, c.id"),
        { from.toString(Qt::ISODate), to.toString(Qt::ISODate) }, [](const SqlQuery& q) {
            return PatternCaseRow { q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toLongLong(), q.value(3).toString() };
        });
}

Result<QList<PatternCountRow>> CaseStore::patternCounts(const Database& db, PatternKey key,
                                                        QDate from, QDate before)
{
    const QString column = key == PatternKey::ServiceLevel ? QStringLiteral("c.service_level_id")
                                                           : QStringLiteral("c.category");
    return rows<PatternCountRow>(
        db,
        // As text on both engines: the service level's id is a number, '' none.
        QStringLiteral("SELECT coalesce(CAST(") + column
            + QStringLiteral(
                " AS TEXT), ''), substr(c.opened_utc, 1, 7), count(*) FROM case_record c "
                "WHERE c.process IN ('complaint', 'emergency') AND c.is_exercise = 0 "
                "AND c.opened_utc >= ? AND c.opened_utc < ?")
            + visible(db) + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"),
        { from.toString(Qt::ISODate), before.toString(Qt::ISODate) }, [](const SqlQuery& q) {
            return PatternCountRow { q.value(0).toString(),
                                     QDate::fromString(q.value(1).toString() + QLatin1String("-01"),
                                                       Qt::ISODate),
                                     q.value(2).toInt() };
        });
}

Result<QSet<qint64>> CaseStore::casesMatching(const Database& db, const QString& word)
{
    QSet<qint64> ids;
    if (auto s = forEachRow(
            db,
            QStringLiteral("SELECT DISTINCT f.case_id FROM case_fts f JOIN case_record c ON c.id = "
                           "f.case_id WHERE ")
                + SqlDialect::of(db).fullTextMatch(QStringLiteral("case_fts"), QStringLiteral("f"))
                + visible(db),
            { word }, [&](const SqlQuery& q) { ids.insert(q.value(0).toLongLong()); });
        !s)
        return s.error();
    return ids;
}

// --- reads that are not for a role

Result<int> CaseStore::lastReferenceNumber(const Database& db, int year)
{
    auto max = queryScalar(
        db,
        QStringLiteral("SELECT coalesce(max(ref_number), 0) FROM case_record WHERE ref_year = ?"),
        { year });
    if (!max)
        return max.error();
    return max.value().toInt();
}

Result<bool> CaseStore::serviceLevelExists(const Database& db, qint64 serviceLevelId)
{
    auto exists = queryScalar(db, QStringLiteral("SELECT count(*) FROM service_level WHERE id = ?"),
                              { serviceLevelId });
    if (!exists)
        return exists.error();
    return exists.value().toInt() > 0;
}

Result<QList<ServiceLevelRef>> CaseStore::serviceLevels(const Database& db)
{
    return rows<ServiceLevelRef>(
        db, QStringLiteral("SELECT id, category, metric FROM service_level ORDER BY category, id"),
        {}, [](const SqlQuery& q) {
            return ServiceLevelRef { q.value(0).toLongLong(),
                                     QStringLiteral("%1 · %2").arg(q.value(1).toString(),
                                                                   q.value(2).toString()) };
        });
}

Result<QList<qint64>> CaseStore::serviceLevelIds(const Database& db)
{
    return rows<qint64>(db, QStringLiteral("SELECT id FROM service_level ORDER BY id"), {},
                        [](const SqlQuery& q) { return q.value(0).toLongLong(); });
}

Result<QString> CaseStore::serviceLevelLabel(const Database& db, qint64 serviceLevelId)
{
    auto v = queryScalar(
        db, QStringLiteral("SELECT category || ' · ' || metric FROM service_level WHERE id = ?"),
        { serviceLevelId });
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<std::optional<StoredMove>> CaseStore::storedMove(const Database& db, qint64 moveId)
{
    SqlQuery q(db,
               QStringLiteral(
                   "SELECT case_id, from_step, to_step, prev_step_since, prev_due_date, "
                   "prev_escalation, undone_by_move_id, "
                   "undoes_move_id, (SELECT max(id) FROM case_move l WHERE l.case_id = m.case_id "
                   "AND l.undone_by_move_id IS NULL AND l.undoes_move_id IS NULL) FROM case_move m "
                   "WHERE id = ?"));
    q.bind(moveId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<StoredMove>();
    StoredMove m;
    m.caseId = q.value(0).toLongLong();
    m.fromStep = q.value(1).toString();
    m.toStep = q.value(2).toString();
    m.prevStepSince = q.value(3).toString();
    m.prevDueDate = q.value(4);
    m.prevEscalation = q.value(5).toInt();
    m.undone = !q.value(6).isNull();
    m.isUndo = !q.value(7).isNull();
    m.latestInEffect = q.value(8).toLongLong();
    return std::optional<StoredMove>(m);
}

Result<qint64> CaseStore::documentOfMove(const Database& db, qint64 moveId)
{
    auto v = queryScalar(db, QStringLiteral("SELECT document_id FROM case_move WHERE id = ?"),
                         { moveId });
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<QList<EscalationRow>> CaseStore::escalationsOn(const Database& db, QDate asOf)
{
    // The step on `asOf` is the last move made by then that was not undone.
    const QString day = asOf.toString(Qt::ISODate);
    return rows<EscalationRow>(
        db,
        QStringLiteral(
            "SELECT c.reference, c.title, c.confidential, c.process, c.opened_utc, "
            "(SELECT m.to_step FROM case_move m WHERE m.case_id = c.id AND m.effective_date <= ? "
            "  AND m.undone_by_move_id IS NULL AND m.undoes_move_id IS NULL "
            "  ORDER BY m.effective_date DESC, m.id DESC LIMIT 1) "
            "FROM case_record c WHERE c.is_exercise = 0 AND c.process <> 'emergency' "
            "AND substr(c.opened_utc, 1, 10) <= ? ORDER BY c.ref_year, c.ref_number"),
        { day, day }, [](const SqlQuery& q) {
            return EscalationRow { q.value(0).toString(),   q.value(1).toString(),
                                   q.value(2).toInt() != 0, q.value(3).toString(),
                                   dateOf(q.value(4)),      q.value(5).toString() };
        });
}

Result<int> CaseStore::openAppealsFrom(const Database& db, qint64 originId)
{
    auto open = queryScalar(db,
                            QStringLiteral("SELECT count(*) FROM case_link l JOIN case_record p "
                                           "ON p.id = l.from_case_id WHERE l.to_case_id = ? AND "
                                           "p.process = 'appeal' AND p.closed_utc IS NULL"),
                            { originId });
    if (!open)
        return open.error();
    return open.value().toInt();
}

Result<qint64> CaseStore::originOf(const Database& db, qint64 appealCaseId)
{
    auto origin = queryScalar(
        db,
        QStringLiteral("SELECT l.to_case_id FROM case_link l JOIN case_record o ON o.id = "
                       "l.to_case_id WHERE l.from_case_id = ? AND o.process IN ('complaint', "
                       "'problem') ORDER BY l.to_case_id LIMIT 1"),
        { appealCaseId });
    if (!origin)
        return origin.error();
    return origin.value().isValid() ? origin.value().toLongLong() : qint64(0);
}

Result<std::optional<StoredFinding>> CaseStore::finding(const Database& db, qint64 appealCaseId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT origin_case_id, finding, remedy_days, decided_on, "
                              "public_text, document_id, published_utc, published_by FROM "
                              "appeal_finding WHERE case_id = ?"));
    q.bind(appealCaseId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<StoredFinding>();
    StoredFinding f;
    f.finding.caseId = appealCaseId;
    f.finding.originCaseId = q.value(0).toLongLong();
    f.findingKey = q.value(1).toString();
    f.finding.remedyDays = q.value(2).toInt();
    f.finding.decidedOn = dateOf(q.value(3));
    f.finding.publicText = q.value(4).toString();
    f.finding.documentId = q.value(5).toLongLong();
    f.finding.publishedUtc = parseInstant(q.value(6));
    f.finding.publishedBy = q.value(7).toString();
    return std::optional<StoredFinding>(f);
}

Result<QList<qint64>> CaseStore::publishedFindings(const Database& db)
{
    return rows<qint64>(db,
                        QStringLiteral("SELECT f.case_id FROM appeal_finding f JOIN case_record c "
                                       "ON c.id = f.case_id WHERE f.published_utc IS NOT NULL "
                                       "AND c.is_exercise = 0 ORDER BY f.decided_on, f.case_id"),
                        {}, [](const SqlQuery& q) { return q.value(0).toLongLong(); });
}

Result<QList<UrgentReview>> CaseStore::urgentReviews(const Database& db)
{
    auto result = rows<UrgentReview>(
        db,
        QStringLiteral("SELECT r.id, r.title, r.trigger_kind, r.evidence, r.document_id, "
                       "r.opened_on, r.state, r.escalated_on, r.ground, r.outcome, "
                       "r.concluded_on, d.name FROM urgent_review r LEFT JOIN document d "
                       "ON d.id = r.document_id ORDER BY r.opened_on, r.id"),
        {}, [](const SqlQuery& q) {
            UrgentReview r;
            r.id = q.value(0).toLongLong();
            r.title = q.value(1).toString();
            r.fromDisputes = q.value(2).toString() == QLatin1String("disputes");
            r.evidence = q.value(3).toString();
            r.documentId = q.value(4).toLongLong();
            r.openedOn = dateOf(q.value(5));
            r.state = q.value(6).toString();
            r.escalatedOn = dateOf(q.value(7));
            r.ground = q.value(8).toString();
            r.outcome = q.value(9).toString();
            r.concludedOn = dateOf(q.value(10));
            r.documentName = q.value(11).toString();
            return r;
        });
    if (!result)
        return result;
    QList<UrgentReview> reviews = result.value();
    if (auto s
        = forEachRow(db,
                     QStringLiteral("SELECT c.id, c.review_id, c.customers, c.given_by, "
                                    "c.means, c.given_on, c.document_id, d.name FROM "
                                    "urgent_review_consent c LEFT JOIN document d "
                                    "ON d.id = c.document_id ORDER BY c.id"),
                     {},
                     [&](const SqlQuery& c) {
                         for (UrgentReview& r : reviews) {
                             if (r.id == c.value(1).toLongLong())
                                 r.consents << CustomerConsent {
                                     c.value(0).toLongLong(), tldKindFromKey(c.value(2).toString()),
                                     c.value(3).toString(),   c.value(4).toString(),
                                     dateOf(c.value(5)),      {},
                                     c.value(6).toLongLong(), c.value(7).toString()
                                 };
                         }
                     });
        !s)
        return s.error();
    return reviews;
}

// --- writes

Result<qint64> CaseStore::insertCase(WriteScope& w, const CaseRow& row)
{
    return w.insert(insertSql(QStringLiteral("case_record"), kCaseColumns.mid(0, 17)),
                    caseValues(row));
}

Result<qint64> CaseStore::insertMove(WriteScope& w, const MoveRow& row)
{
    // The one statement that records a move (a case's first entry, a move, an undo).
    return w.insert(QStringLiteral("INSERT INTO case_move(case_id, from_step, to_step, "
                                   "effective_date, at_utc, actor, actor_role, reason, "
                                   "document_id, deadline_days, due_date, prev_step_since, "
                                   "prev_due_date, prev_escalation, undoes_move_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    moveValues(row));
}

Status CaseStore::setStep(WriteScope& w, qint64 caseId, const CaseStepRow& s)
{
    return w.exec(
        QStringLiteral("UPDATE case_record SET step = ?, step_since = ?, due_date = ?, "
                       "escalation_level = ?, closed_utc = ?, end_state = ? WHERE id = ?"),
        { s.step, s.stepSince, s.dueDate, s.escalationLevel, s.closedUtc, s.endState, caseId });
}

Status CaseStore::markUndone(WriteScope& w, qint64 moveId, qint64 undoId)
{
    return w.exec(QStringLiteral("UPDATE case_move SET undone_by_move_id = ? WHERE id = ?"),
                  { undoId, moveId });
}

Status CaseStore::setEscalationLevel(WriteScope& w, qint64 caseId, int level)
{
    return w.exec(QStringLiteral("UPDATE case_record SET escalation_level = ? WHERE id = ?"),
                  { level, caseId });
}

Status CaseStore::setConfidential(WriteScope& w, qint64 caseId, bool confidential)
{
    if (auto s = w.exec(QStringLiteral("UPDATE case_record SET confidential = ? WHERE id = ?"),
                        { confidential ? 1 : 0, caseId });
        !s)
        return s;
    // The case's documents follow it.
    return w.exec(QStringLiteral("UPDATE document SET confidential = ? WHERE id IN (SELECT "
                                 "document_id FROM case_document WHERE case_id = ?)"),
                  { confidential ? 1 : 0, caseId });
}

Status CaseStore::insertPublication(WriteScope& w, qint64 caseId, const CasePublication& p)
{
    return w.exec(QStringLiteral("INSERT INTO case_publication(case_id, made_public, consent, "
                                 "decided_utc, decided_by) VALUES (?, ?, ?, ?, ?)"),
                  { caseId, p.madePublic ? 1 : 0, text(p.consent),
                    p.decided.toUTC().toString(Qt::ISODate), text(p.decidedBy) });
}

Status CaseStore::setArchived(WriteScope& w, qint64 caseId, const QVariant& archivedUtc)
{
    return w.exec(QStringLiteral("UPDATE case_record SET archived_utc = ? WHERE id = ?"),
                  { archivedUtc, caseId });
}

Status CaseStore::insertLink(WriteScope& w, qint64 fromCaseId, qint64 toCaseId)
{
    return w.exec(SqlDialect::of(w.db()).insertOrIgnore(
                      QStringLiteral("case_link"),
                      { QStringLiteral("from_case_id"), QStringLiteral("to_case_id"),
                        QStringLiteral("kind") },
                      { QStringLiteral("from_case_id"), QStringLiteral("to_case_id") }),
                  { fromCaseId, toCaseId, QStringLiteral("opened_from") });
}

Result<qint64> CaseStore::insertComment(WriteScope& w, qint64 caseId, const CaseComment& c)
{
    return w.insert(
        QStringLiteral(
            "INSERT INTO case_comment(case_id, at_utc, author, body) VALUES (?, ?, ?, ?)"),
        { caseId, c.at.toUTC().toString(Qt::ISODate), text(c.author), c.body });
}

Status CaseStore::insertNotice(WriteScope& w, qint64 caseId, const CaseNotice& n)
{
    return w.exec(QStringLiteral("INSERT INTO case_notice(case_id, at_utc, level, recipient, "
                                 "kind) VALUES (?, ?, ?, ?, ?)"),
                  { caseId, n.at.toUTC().toString(Qt::ISODate), n.level, n.recipient, n.kind });
}

Result<qint64> CaseStore::insertDocument(WriteScope& w, const DocumentRow& row)
{
    return w.insert(insertSql(QStringLiteral("document"), kDocumentColumns), documentValues(row));
}

Status CaseStore::attachDocument(WriteScope& w, qint64 caseId, qint64 documentId, qint64 moveId)
{
    return w.exec(
        SqlDialect::of(w.db()).insertOrIgnore(
            QStringLiteral("case_document"),
            { QStringLiteral("case_id"), QStringLiteral("document_id"), QStringLiteral("move_id") },
            { QStringLiteral("case_id"), QStringLiteral("document_id") }),
        { caseId, documentId, idOrNull(moveId) });
}

Result<qint64> CaseStore::insertResponse(WriteScope& w, const ResponseRow& r)
{
    return w.insert(QStringLiteral("INSERT INTO case_response(case_id, step, step_since, kind, "
                                   "received_date, due_date, on_time, document_id, note, at_utc, "
                                   "actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { r.caseId, r.step, r.stepSince.toString(Qt::ISODate),
                      r.received ? QStringLiteral("received") : QStringLiteral("none"),
                      dateOrNull(r.receivedDate), dateOrNull(r.dueDate), r.onTime ? 1 : 0,
                      idOrNull(r.documentId), text(r.note), r.atUtc, text(r.actor) });
}

Status CaseStore::insertFinding(WriteScope& w, const FindingRow& r)
{
    return w.exec(QStringLiteral("INSERT INTO appeal_finding(case_id, origin_case_id, "
                                 "finding, remedy_days, decided_on, public_text, "
                                 "document_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  { r.caseId, idOrNull(r.originCaseId), r.findingKey,
                    r.remedyDays > 0 ? QVariant(r.remedyDays) : QVariant(),
                    r.decidedOn.toString(Qt::ISODate), r.publicText, idOrNull(r.documentId) });
}

Status CaseStore::publishFinding(WriteScope& w, qint64 appealCaseId, const QString& atUtc,
                                 const QString& by)
{
    return w.exec(QStringLiteral("UPDATE appeal_finding SET published_utc = ?, "
                                 "published_by = ? WHERE case_id = ?"),
                  { atUtc, text(by), appealCaseId });
}

Result<qint64> CaseStore::insertUrgentReview(WriteScope& w, const UrgentReview& r, qint64 document)
{
    return w.insert(QStringLiteral("INSERT INTO urgent_review(title, trigger_kind, evidence, "
                                   "document_id, opened_on) VALUES (?, ?, ?, ?, ?)"),
                    { r.title.trimmed(),
                      r.fromDisputes ? QStringLiteral("disputes") : QStringLiteral("extreme_event"),
                      r.evidence.trimmed(), idOrNull(document), r.openedOn.toString(Qt::ISODate) });
}

Result<qint64> CaseStore::insertConsent(WriteScope& w, qint64 reviewId, const CustomerConsent& c,
                                        qint64 document, const QString& atUtc)
{
    return w.insert(QStringLiteral("INSERT INTO urgent_review_consent(review_id, customers, "
                                   "given_by, means, given_on, document_id, at_utc) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?)"),
                    { reviewId, tldKindKey(c.customers), c.givenBy.trimmed(), c.means.trimmed(),
                      c.givenOn.toString(Qt::ISODate), document, atUtc });
}

Status CaseStore::setUrgentReviewEscalated(Database& db, qint64 reviewId,
                                           const QList<FieldChange>& changes, QDate on,
                                           const QString& ground)
{
    return auditedFieldUpdate(db, Permission::EditCases, QStringLiteral("urgent_review"), reviewId,
                              changes,
                              QStringLiteral("UPDATE urgent_review SET state = "
                                             "'further_escalation', escalated_on = ?, ground = ? "
                                             "WHERE id = ?"),
                              { on.toString(Qt::ISODate), ground, reviewId });
}

Status CaseStore::setUrgentReviewConcluded(Database& db, qint64 reviewId,
                                           const QList<FieldChange>& changes, QDate on,
                                           const QString& outcome)
{
    return auditedFieldUpdate(db, Permission::EditCases, QStringLiteral("urgent_review"), reviewId,
                              changes,
                              QStringLiteral("UPDATE urgent_review SET state = 'concluded', "
                                             "concluded_on = ?, outcome = ? WHERE id = ?"),
                              { on.toString(Qt::ISODate), outcome, reviewId });
}

// --- history in bulk

Status CaseStore::loadHistory(Database& db,
                              const std::function<Status(CaseHistoryLoader&)>& produce)
{
    return auditedWrite(db, std::nullopt, [&](WriteScope&) -> Status {
        CaseHistoryLoader loader;
        if (auto s = loader.prepare(db); !s)
            return s;
        return produce(loader);
    });
}

CaseHistoryLoader::CaseHistoryLoader() = default;

Status CaseHistoryLoader::prepare(const Database& db)
{
    const SqlDialect& dialect = SqlDialect::of(db);
    const auto load = [&](std::unique_ptr<BulkLoad>& into, const QString& table,
                          const QStringList& columns, BulkLoad::Ids ids) -> Status {
        auto made = dialect.bulkLoad(db, table, columns, ids);
        if (!made)
            return made.error();
        into = std::move(made.value());
        return {};
    };
    using Ids = BulkLoad::Ids;
    for (auto s : {
             load(m_cases, QStringLiteral("case_record"), kCaseColumns, Ids::Wanted),
             load(m_moves, QStringLiteral("case_move"), kMoveColumns, Ids::NotWanted),
             load(m_documents, QStringLiteral("document"), kDocumentColumns, Ids::Wanted),
             load(m_caseDocuments, QStringLiteral("case_document"),
                  { QStringLiteral("case_id"), QStringLiteral("document_id") }, Ids::NotWanted),
             load(m_notices, QStringLiteral("case_notice"),
                  { QStringLiteral("case_id"), QStringLiteral("at_utc"), QStringLiteral("level"),
                    QStringLiteral("recipient"), QStringLiteral("kind") },
                  Ids::NotWanted),
             load(m_comments, QStringLiteral("case_comment"),
                  { QStringLiteral("case_id"), QStringLiteral("at_utc"), QStringLiteral("author"),
                    QStringLiteral("body") },
                  Ids::NotWanted),
             load(m_links, QStringLiteral("case_link"),
                  { QStringLiteral("from_case_id"), QStringLiteral("to_case_id"),
                    QStringLiteral("kind") },
                  Ids::NotWanted),
             load(m_publications, QStringLiteral("case_publication"),
                  { QStringLiteral("case_id"), QStringLiteral("made_public"),
                    QStringLiteral("consent"), QStringLiteral("decided_utc"),
                    QStringLiteral("decided_by") },
                  Ids::NotWanted),
         }) {
        if (!s)
            return s;
    }
    return {};
}

CaseHistoryLoader::~CaseHistoryLoader() = default;

Result<qint64> CaseHistoryLoader::add(const HistoricCase& c)
{
    QVariantList row = caseValues(c.row);
    row << (c.closedUtc.isEmpty() ? QVariant() : QVariant(c.closedUtc))
        << (c.endState.isEmpty() ? QVariant() : QVariant(c.endState))
        << (c.archivedUtc.isEmpty() ? QVariant() : QVariant(c.archivedUtc)) << c.escalationLevel;
    auto id = m_cases->addRow(row);
    if (!id)
        return id.error();
    const qint64 caseId = id.value();
    QList<qint64> documents;
    for (const HistoricCase::Document& d : c.documents) {
        auto doc = m_documents->addRow(documentValues(d.row));
        if (!doc)
            return doc.error();
        documents << doc.value();
        if (auto s = m_caseDocuments->addRow({ caseId, doc.value() }); !s)
            return s.error();
    }
    for (const HistoricCase::Move& m : c.moves) {
        MoveRow row = m.row;
        row.caseId = caseId;
        row.documentId = m.document >= 0 ? documents.value(m.document) : 0;
        if (auto s = m_moves->addRow(moveValues(row)); !s)
            return s.error();
    }
    for (qint64 to : c.openedFrom) {
        if (auto s = m_links->addRow({ caseId, to, QStringLiteral("opened_from") }); !s)
            return s.error();
    }
    if (c.publication) {
        if (auto s = m_publications->addRow({ caseId, c.publication->madePublic ? 1 : 0,
                                              text(c.publication->consent),
                                              c.publication->decided.toUTC().toString(Qt::ISODate),
                                              text(c.publication->decidedBy) });
            !s)
            return s.error();
    }
    for (const HistoricCase::Notice& n : c.notices) {
        if (auto s = m_notices->addRow({ caseId, n.atUtc, n.level, n.recipient, n.kind }); !s)
            return s.error();
    }
    for (const CaseComment& comment : c.comments) {
        if (auto s = m_comments->addRow({ caseId, comment.at.toUTC().toString(Qt::ISODate),
                                          text(comment.author), comment.body });
            !s)
            return s.error();
    }
    return caseId;
}

// --- the cases a text refers to

ReferencedCases::ReferencedCases(const Database& db)
    : m_query(std::make_unique<SqlQuery>(
        db,
        QStringLiteral(
            "SELECT id, confidential, is_exercise FROM case_record WHERE reference = ?")))
{ }

ReferencedCases::~ReferencedCases() = default;

Result<QList<CaseLink>> ReferencedCases::in(const QString& text)
{
    QList<CaseLink> found;
    for (const QString& reference : Confidentiality::caseReferencesIn(text)) {
        if (!m_ids.contains(reference)) {
            m_query->bind(reference);
            if (auto s = m_query->exec(); !s)
                return s.error();
            const qint64 id = m_query->next() ? m_query->value(0).toLongLong() : 0;
            m_ids.insert(reference, id);
            if (id != 0)
                m_flags.insert(id,
                               { m_query->value(1).toInt() != 0, m_query->value(2).toInt() != 0 });
        }
        const qint64 id = m_ids.value(reference);
        if (id == 0)
            continue;
        CaseLink link;
        link.id = id;
        link.reference = reference;
        link.confidential = m_flags.value(id).first;
        link.exercise = m_flags.value(id).second;
        found << link;
    }
    return found;
}

} // namespace csc
