// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewMerge.h"

#include "ReviewTables.h"
#include "domain/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace csc {

namespace {

QString changeJson(const RowChange& change)
{
    QJsonObject o { { QStringLiteral("table"), change.table },
                    { QStringLiteral("kind"),
                      change.kind == RowChange::Kind::Insert       ? QStringLiteral("insert")
                          : change.kind == RowChange::Kind::Update ? QStringLiteral("update")
                                                                   : QStringLiteral("delete") },
                    { QStringLiteral("old"), QJsonObject::fromVariantMap(change.oldValues) },
                    { QStringLiteral("new"), QJsonObject::fromVariantMap(change.newValues) } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Runs the merge as the member, so the audit trail names them; restores the secretariat after.
class SessionSwap
{
public:
    SessionSwap(Database& db, const UserSession& as)
        : m_db(db)
        , m_saved(db.session())
    {
        m_db.setSession(as);
    }
    ~SessionSwap() { m_db.setSession(m_saved); }

private:
    Database& m_db;
    UserSession m_saved;
};

} // namespace

Result<MergeReport> ReviewMerge::preview(Database& committee, const QString& changesPath)
{
    return run(committee, changesPath, false);
}

Result<MergeReport> ReviewMerge::merge(Database& committee, const QString& changesPath)
{
    return run(committee, changesPath, true);
}

Result<MergeReport> ReviewMerge::run(Database& committee, const QString& changesPath, bool commit)
{
    if (auto allowed = Permissions::check(committee.session(), Permission::ExportReviewCopies);
        !allowed)
        return allowed.error();
    auto file = ChangesFile::read(changesPath);
    if (!file)
        return file.error();
    const ChangesFile& changes = file.value();
    if (auto s = changes.checkBelongsTo(committee, changesPath); !s)
        return s.error();
    auto rows = readChangeset(committee, changes.changeset);
    if (!rows)
        return rows.error();

    QHash<QString, ReviewTable> handlers;
    for (const ReviewTable& t : reviewTables())
        handlers.insert(t.table, t);

    MergeReport report;
    report.author = changes.author;
    Transaction tx(committee);
    if (!tx)
        return tx.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // The member's role in the committee decides what their changes may do.
    const Role role = [&] {
        auto chair
            = queryScalar(committee,
                          QStringLiteral("SELECT CASE WHEN is_chair THEN 'chair' WHEN voting THEN "
                                         "'member' ELSE 'liaison' END FROM member WHERE id = ?"),
                          { changes.memberId });
        return RoleNames::fromKey(chair.valueOr({}).toString(), Role::Observer);
    }();
    {
        SessionSwap as(committee, UserSession { changes.author, role, changes.memberId, false });
        for (const RowChange& change : rows.value()) {
            // The copy's own primary key: the same row merged twice is recognised.
            const QString key = change.rowKey();
            auto seen
                = queryScalar(committee,
                              QStringLiteral("SELECT outcome FROM review_merged_row WHERE copy_id "
                                             "= ? AND table_name = ? AND row_key = ?"),
                              { changes.copyId, change.table, key });
            if (!seen)
                return seen.error();
            if (seen.value().isValid()) {
                ++report.alreadyMerged;
                continue;
            }
            MergeOutcome outcome;
            const auto handler = handlers.constFind(change.table);
            if (handler == handlers.cend()) {
                outcome.description = tr("A change to %1").arg(change.table);
                outcome.conflictReason
                    = tr("this kind of record cannot be changed from a review copy");
            } else {
                // Each change in its own savepoint: a refused one leaves no trace but its report
                // line.
                Transaction one(committee);
                if (!one)
                    return one.error();
                auto result = handler->merge(committee, change, changes);
                if (!result)
                    return result.error();
                outcome = result.value();
                if (outcome.applied) {
                    if (auto s = one.commit(); !s)
                        return s.error();
                } else {
                    one.rollback();
                }
            }
            if (outcome.applied) {
                report.applied << outcome.description;
            } else {
                report.conflicts << tr("%1 — %2").arg(outcome.description, outcome.conflictReason);
                if (auto s = execute(
                        committee,
                        QStringLiteral(
                            "INSERT OR IGNORE INTO review_conflict(copy_id, changes_id, author, "
                            "table_name, row_key, description, reason, change_json, recorded_utc) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        { changes.copyId, changes.changesId, changes.author, change.table, key,
                          outcome.description, outcome.conflictReason, changeJson(change), now });
                    !s)
                    return s.error();
            }
            if (auto s = execute(
                    committee,
                    QStringLiteral(
                        "INSERT INTO review_merged_row(copy_id, table_name, row_key, changes_id, "
                        "author, merged_utc, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    { changes.copyId, change.table, key, changes.changesId, changes.author, now,
                      outcome.applied ? QStringLiteral("applied") : QStringLiteral("conflict") });
                !s)
                return s.error();
        }
    }
    if (!report.applied.isEmpty() || !report.conflicts.isEmpty()) {
        if (auto a = AuditLog::record(
                committee, QStringLiteral("review_merge"), changes.changesId,
                QStringLiteral("merge"),
                { { QStringLiteral("author"), {}, changes.author },
                  { QStringLiteral("applied"), {}, int(report.applied.size()) },
                  { QStringLiteral("conflicts"), {}, int(report.conflicts.size()) } });
            !a)
            return a.error();
    }
    if (!commit) {
        tx.rollback();
        return report;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace csc
