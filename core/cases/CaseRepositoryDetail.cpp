// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository::detail: everything the detail pane shows, in a few queries.
#include "CaseRepository.h"
#include "core/cases/CaseHandOver.h"
#include "core/cases/CaseResponses.h"
#include "core/cases/CaseRows.h"
#include "core/cases/ProcessDefinition.h"

namespace csc {

using namespace caserows;

namespace {

template<typename Fn>
Status forEachRow(const Database& db, const QString& sql, qint64 caseId, Fn fn)
{
    SqlQuery q(db, sql);
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.bind(caseId);
    if (auto s = q.exec(); !s)
        return s;
    while (q.next())
        fn(q);
    return {};
}

} // namespace

Result<CaseDetail> CaseRepository::detail(const Database& db, qint64 caseId)
{
    auto s = summary(db, caseId);
    if (!s)
        return s.error();
    CaseDetail d;
    d.summary = s.value();
    auto description = queryScalar(
        db, QStringLiteral("SELECT description FROM case_record WHERE id = ?"), { caseId });
    if (!description)
        return description.error();
    d.description = description.value().toString();
    Status st = forEachRow(
        db,
        QStringLiteral("SELECT coalesce(sl.category || ' · ' || sl.metric, '') FROM case_record c "
                       "LEFT JOIN service_level sl ON sl.id = c.service_level_id WHERE c.id = ?"),
        caseId, [&](const SqlQuery& q) { d.serviceLevelLabel = q.value(0).toString(); });
    if (st)
        st = forEachRow(db,
                        QStringLiteral("SELECT m.id, m.from_step, m.to_step, m.effective_date, "
                                       "m.at_utc, m.actor, m.actor_role, m.reason, "
                                       "m.document_id, coalesce(d.name, ''), m.due_date, "
                                       "m.undoes_move_id, m.undone_by_move_id "
                                       "FROM case_move m LEFT JOIN document d ON d.id = "
                                       "m.document_id WHERE m.case_id = ? ORDER BY m.id"),
                        caseId, [&](const SqlQuery& q) {
                            d.moves
                                << CaseMove { q.value(0).toLongLong(),  q.value(1).toString(),
                                              q.value(2).toString(),    dateOf(q.value(3)),
                                              parseInstant(q.value(4)), q.value(5).toString(),
                                              q.value(6).toString(),    q.value(7).toString(),
                                              q.value(8).toLongLong(),  q.value(9).toString(),
                                              dateOf(q.value(10)),      q.value(11).toLongLong(),
                                              q.value(12).toLongLong() };
                        });
    if (st)
        st = forEachRow(
            db,
            QStringLiteral(
                "SELECT id, at_utc, author, body FROM case_comment WHERE case_id = ? ORDER BY id"),
            caseId, [&](const SqlQuery& q) {
                d.comments << CaseComment { q.value(0).toLongLong(), parseInstant(q.value(1)),
                                            q.value(2).toString(), q.value(3).toString() };
            });
    if (st)
        st = forEachRow(
            db,
            QStringLiteral(
                "SELECT d.id, d.name, d.kind, d.sha256, d.size, d.added_utc FROM case_document cd "
                "JOIN document d ON d.id = cd.document_id WHERE cd.case_id = ? ORDER BY d.id"),
            caseId, [&](const SqlQuery& q) {
                d.documents << CaseDocumentRef {
                    q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                    q.value(3).toString(),   q.value(4).toLongLong(), parseInstant(q.value(5))
                };
            });
    if (st)
        st = forEachRow(
            db,
            QStringLiteral("SELECT c.id, c.reference, c.title, 1, c.process, c.step FROM "
                           "case_link l JOIN case_record c ON c.id = l.to_case_id "
                           "WHERE l.from_case_id = ?")
                + visibilityClause(db)
                + QStringLiteral(" UNION ALL SELECT c.id, c.reference, c.title, 0, c.process, "
                                 "c.step FROM case_link l "
                                 "JOIN case_record c ON c.id = l.from_case_id "
                                 "WHERE l.to_case_id = ?")
                + visibilityClause(db),
            caseId, [&](const SqlQuery& q) {
                const ProcessDefinition* def = ProcessDefinition::fromKey(q.value(4).toString());
                d.links << CaseLinkRef { q.value(0).toLongLong(),
                                         q.value(1).toString(),
                                         q.value(2).toString(),
                                         q.value(3).toInt() == 1,
                                         def ? def->process : CaseProcess::Complaint,
                                         q.value(5).toString() };
            });
    if (st)
        st = forEachRow(db,
                        QStringLiteral("SELECT at_utc, level, recipient, kind FROM case_notice "
                                       "WHERE case_id = ? ORDER BY id"),
                        caseId, [&](const SqlQuery& q) {
                            d.notices
                                << CaseNotice { parseInstant(q.value(0)), q.value(1).toString(),
                                                q.value(2).toString(), q.value(3).toString() };
                        });
    if (st)
        st = forEachRow(db,
                        QStringLiteral("SELECT made_public, consent, decided_utc, decided_by FROM "
                                       "case_publication WHERE case_id = ? ORDER BY id"),
                        caseId, [&](const SqlQuery& q) {
                            d.publications
                                << CasePublication { q.value(0).toInt() != 0, q.value(1).toString(),
                                                     parseInstant(q.value(2)),
                                                     q.value(3).toString() };
                        });
    if (!st)
        return st.error();
    auto responses = CaseResponses::ofCase(db, caseId);
    if (!responses)
        return responses.error();
    d.responses = responses.value();
    if (d.summary.process == CaseProcess::AppealsPanel) {
        if (auto f = CaseHandOver::finding(db, caseId)) {
            d.hasFinding = true;
            d.finding = f.value();
        }
    }
    return d;
}

} // namespace csc
