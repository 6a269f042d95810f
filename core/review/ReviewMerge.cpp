// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewMerge.h"

#include "IssuedCopies.h"
#include "ReviewStore.h"
#include "ReviewTables.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QDir>
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

Result<IssuedCopy> ReviewMerge::authenticate(const Database& committee, const ChangesFile& changes,
                                             const QString& changesPath)
{
    const QString shown = QDir::toNativeSeparators(changesPath);
    auto issued = IssuedCopies::find(committee, changes.copyId);
    if (!issued)
        return issued.error();
    if (!issued.value())
        return Error { tr("“%1” names a review copy this database never issued; it is refused "
                          "and nothing was changed.")
                           .arg(shown),
                       {} };
    const IssuedCopy& copy = *issued.value();
    if (!changes.sealMatches(copy.secret))
        return Error { tr("“%1” was altered or damaged after it was written: its seal does not "
                          "match the review copy it names (issued to %2). It is refused and "
                          "nothing was changed.")
                           .arg(shown, copy.memberName),
                       {} };
    // Sealed by the copy's own secret, yet naming someone else: the holder of the copy forged it.
    if (changes.memberId != copy.memberId || changes.author != copy.memberName)
        return Error { tr("“%1” claims to come from %2, but its review copy was issued to %3. It "
                          "is refused and nothing was changed.")
                           .arg(shown, changes.author, copy.memberName),
                       {} };
    auto merged = ReviewStore::mergedUtc(committee, changes.changesId);
    if (!merged)
        return merged.error();
    if (merged.value().isValid())
        return Error { tr("“%1” was merged already (%2); a changes file merges once. Nothing was "
                          "changed.")
                           .arg(shown, merged.value().toString()),
                       {} };
    return copy;
}

Result<MergeReport> ReviewMerge::run(Database& committee, const QString& changesPath, bool commit)
{
    if (auto allowed = Permissions::check(committee.session(), Permission::ExportReviewCopies);
        !allowed)
        return allowed.error();
    auto file = ChangesFile::read(changesPath);
    if (!file)
        return file.error();
    if (auto s = file.value().checkBelongsTo(committee, changesPath); !s)
        return s.error();
    // Only a copy this database issued, sealed with that copy's secret, merges; and it merges as
    // the member and in the role the copy was issued for, whatever its header says.
    auto issued = authenticate(committee, file.value(), changesPath);
    if (!issued)
        return issued.error();
    ChangesFile changes = file.value();
    changes.author = issued.value().memberName;
    changes.memberId = issued.value().memberId;
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
    // The role the copy was issued for decides what its changes may do (an observer's copy
    // merges with an observer's rights, never with the member's roster role).
    const Role role = issued.value().role;
    if (auto s = ReviewStore::addMergedFile(committee, changes.changesId, changes.copyId, now,
                                            committee.session().name);
        !s)
        return s.error();
    {
        SessionSwap as(committee, UserSession { changes.author, role, changes.memberId, false });
        for (const RowChange& change : rows.value()) {
            // The copy's own primary key: the same row merged twice is recognised.
            const QString key = change.rowKey();
            const ReviewStore::MergedRow row {
                changes.copyId, changes.changesId, changes.author, change.table, key, now
            };
            auto seen = ReviewStore::mergedRowOutcome(committee, changes.copyId, change.table, key);
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
                if (auto s = ReviewStore::addConflict(committee, row, outcome.description,
                                                      outcome.conflictReason, changeJson(change));
                    !s)
                    return s.error();
            }
            if (auto s = ReviewStore::addMergedRow(committee, row, outcome.applied); !s)
                return s.error();
        }
    }
    // Recorded even when nothing in it applied: the file is merged and will not merge again.
    if (auto a = AuditLog::record(
            committee, QStringLiteral("review_merge"), changes.changesId, QStringLiteral("merge"),
            { { QStringLiteral("author"), {}, changes.author },
              { QStringLiteral("copy"), {}, changes.copyId },
              { QStringLiteral("role"), {}, RoleNames::key(role) },
              { QStringLiteral("applied"), {}, int(report.applied.size()) },
              { QStringLiteral("conflicts"), {}, int(report.conflicts.size()) } });
        !a)
        return a.error();
    if (!commit) {
        tx.rollback();
        return report;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace csc
