// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewTables.h"

#include "core/cases/CaseComments.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/meetings/ActionItems.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/MinutesReview.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QSqlQuery>

namespace csc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("csc::ReviewMerge", text);
}

// A refusal from core becomes the reason the change was not forced in.
MergeOutcome outcomeOf(const QString& description, const Status& status)
{
    return { status.ok(), description, status.ok() ? QString() : status.error().message };
}

QString meetingLabel(const Database& db, qint64 meetingId)
{
    const auto number
        = queryScalar(db, QStringLiteral("SELECT number FROM meeting WHERE id = ?"), { meetingId });
    return number && number.value().isValid() ? tr("meeting no. %1").arg(number.value().toInt())
                                              : tr("a meeting no longer on record");
}

Result<MergeOutcome> mergeCaseComment(Database& db, const RowChange& change, const ChangesFile&)
{
    const qint64 caseId = change.value(QStringLiteral("case_id")).toLongLong();
    const auto reference = queryScalar(
        db, QStringLiteral("SELECT reference FROM case_record WHERE id = ?"), { caseId });
    const QString description
        = tr("Comment on %1")
              .arg(reference ? reference.value().toString() : QString::number(caseId));
    if (change.kind != RowChange::Kind::Insert)
        return MergeOutcome { false, description,
                              tr("comments are added, never edited or removed") };
    auto added = CaseComments::add(db, caseId, change.value(QStringLiteral("body")).toString());
    return outcomeOf(description, added ? Status() : Status(added.error()));
}

Result<MergeOutcome> mergeMinutesComment(Database& db, const RowChange& change, const ChangesFile&)
{
    const qint64 meetingId = change.value(QStringLiteral("meeting_id")).toLongLong();
    const auto verdict
        = MinutesReview::verdictFromKey(change.value(QStringLiteral("verdict")).toString());
    const QString body = change.value(QStringLiteral("body")).toString();
    const QString meeting = meetingLabel(db, meetingId);
    if (change.kind != RowChange::Kind::Insert)
        return MergeOutcome { false, tr("Review of the minutes of %1").arg(meeting),
                              tr("reviews are added, never edited or removed") };
    Result<qint64> added = qint64(0);
    QString description;
    switch (verdict) {
    case MinutesComment::Verdict::Approve:
        description = tr("Approval of the minutes of %1").arg(meeting);
        added = MinutesReview::approve(db, meetingId, body);
        break;
    case MinutesComment::Verdict::Changes:
        description = tr("Request for changes to the minutes of %1").arg(meeting);
        added = MinutesReview::askForChanges(db, meetingId, body);
        break;
    case MinutesComment::Verdict::Comment:
        description = tr("Comment on the minutes of %1").arg(meeting);
        added = MinutesReview::comment(
            db, meetingId, change.value(QStringLiteral("section_id")).toLongLong(), body);
        break;
    }
    return outcomeOf(description, added ? Status() : Status(added.error()));
}

Result<MergeOutcome> mergeVote(Database& db, const RowChange& change, const ChangesFile& file)
{
    const qint64 decisionId = change.value(QStringLiteral("decision_id")).toLongLong();
    const qint64 memberId = change.value(QStringLiteral("member_id")).toLongLong();
    const VoteChoice choice
        = MeetingNames::voteFromKey(change.value(QStringLiteral("choice")).toString());
    const QString description
        = tr("Vote “%1” on decision %2").arg(MeetingNames::voteName(choice)).arg(decisionId);
    if (change.kind == RowChange::Kind::Delete)
        return MergeOutcome { false, description,
                              tr("a vote cannot be withdrawn from a review copy") };
    if (memberId != file.memberId)
        return MergeOutcome { false, description,
                              tr("a review copy only carries its own member's vote") };
    return outcomeOf(description, Decisions::recordVote(db, decisionId, memberId, choice));
}

Result<MergeOutcome> mergeActionItem(Database& db, const RowChange& change, const ChangesFile&)
{
    const qint64 id = change.value(QStringLiteral("id")).toLongLong();
    auto item = ActionItems::item(db, id);
    const QString description = item ? tr("%1 marked done").arg(item.value().identifier())
                                     : tr("Action item %1 marked done").arg(id);
    if (!item)
        return MergeOutcome { false, description, item.error().message };
    if (change.kind != RowChange::Kind::Update)
        return MergeOutcome { false, description,
                              tr("action items are created and removed by the secretariat") };
    const bool completed
        = change.value(QStringLiteral("status")).toString() == QLatin1String("completed");
    // Done meanwhile by someone else: the member's version is not forced over it.
    if (item.value().completed && completed)
        return MergeOutcome {
            false, description,
            tr("it was marked done meanwhile (note: “%1”)").arg(item.value().note)
        };
    return outcomeOf(
        description,
        ActionItems::setStatus(db, id, completed, change.value(QStringLiteral("note")).toString()));
}

} // namespace

QList<ReviewTable> reviewTables()
{
    return {
        { QStringLiteral("case_comment"), &mergeCaseComment },
        { QStringLiteral("minutes_comment"), &mergeMinutesComment },
        { QStringLiteral("vote"), &mergeVote },
        { QStringLiteral("action_item"), &mergeActionItem },
    };
}

namespace {

// Tables with a `confidential` column hold rows an observer may not see.
Result<QStringList> tablesWithConfidentialColumn(const Database& db)
{
    SqlQuery q(
        db,
        QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
                       "WHERE m.type = 'table' AND c.name = 'confidential' ORDER BY m.name"));
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// Deletes, until none are left, rows whose parent was removed: the moves,
// comments and links of a confidential case go with it.
Status removeOrphans(Database& db)
{
    for (int round = 0; round < 20; ++round) {
        QSqlQuery check(db.connection());
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return SqlQuery::errorOf(
                check,
                QCoreApplication::translate("csc::ReviewCopy",
                                            "The review copy could not be checked."));
        QList<QPair<QString, qint64>> orphans;
        while (check.next())
            orphans.append({ check.value(0).toString(), check.value(1).toLongLong() });
        if (orphans.isEmpty())
            return {};
        for (const auto& [table, rowid] : orphans) {
            if (auto s = execute(
                    db, QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?").arg(table), { rowid });
                !s)
                return s;
        }
    }
    return Error { QCoreApplication::translate(
                       "csc::ReviewCopy",
                       "The review copy could not be cleaned of confidential records."),
                   {} };
}

// The copy is a member's scratch file, not the committee's record: its
// "never delete" guards step aside while redacting and come back after.
Result<QStringList> dropDeleteGuards(Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql "
                              "LIKE '%BEFORE DELETE%' AND sql LIKE '%RAISE%'"));
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList names, definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    for (const QString& name : std::as_const(names)) {
        if (auto s = execute(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !s)
            return s.error();
    }
    return definitions;
}

// Search indexes hold the words of what was removed: drop their orphans, then
// merge the index so no segment still carries the old terms.
Status cleanSearchIndexes(Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                              "'CREATE VIRTUAL TABLE%fts5%'"));
    if (auto s = q.exec(); !s)
        return s;
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : std::as_const(tables)) {
        auto hasCase = queryScalar(
            db, QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'case_id'"),
            { table });
        if (hasCase && hasCase.value().toInt() > 0) {
            if (auto s = execute(
                    db,
                    QStringLiteral(
                        "DELETE FROM \"%1\" WHERE case_id NOT IN (SELECT id FROM case_record)")
                        .arg(table));
                !s)
                return s;
        }
        if (auto s = execute(
                db, QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES ('optimize')").arg(table));
            !s)
            return s;
    }
    return {};
}

// Rows without a `confidential` flag that still stay out of public output:
// exercises (domain.md §3) with their documents, and internal work items.
const QList<QPair<QString, QString>> kWithheldFromObservers {
    { QStringLiteral("document"),
      QStringLiteral("id IN (SELECT d.document_id FROM case_document d JOIN case_record c ON c.id "
                     "= d.case_id WHERE c.is_exercise <> 0)") },
    { QStringLiteral("case_record"), QStringLiteral("is_exercise <> 0") },
    { QStringLiteral("work_item"), QStringLiteral("public = 0") },
};

// Confidentiality's rule for text: a minutes section or work item that refers to a
// confidential case (or an exercise) is confidential itself.
const QList<QPair<QString, QString>> kReferringToCases {
    // Qualified: case_record has a title of its own.
    { QStringLiteral("minutes_section"),
      QStringLiteral("minutes_section.heading || ' ' || minutes_section.body_html") },
    { QStringLiteral("work_item"),
      QStringLiteral("work_item.title || ' ' || work_item.description") },
};

} // namespace

Status redactReviewCopy(Database& copy, Role role)
{
    if (Permissions::allows(role, Permission::ViewConfidential))
        return {};
    auto tables = tablesWithConfidentialColumn(copy);
    if (!tables)
        return tables.error();
    // Inside the export's transaction: parents go first, their orphans right after, checked at
    // commit.
    QSqlQuery(copy.connection()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    auto guards = dropDeleteGuards(copy);
    if (!guards)
        return guards.error();
    // Rows whose text names a confidential case go first, while the cases are there to match.
    for (const auto& [table, text] : kReferringToCases) {
        if (auto s = execute(copy,
                             QStringLiteral("DELETE FROM \"%1\" WHERE %2")
                                 .arg(table, Confidentiality::refersToConfidentialCaseSql(text)));
            !s)
            return s;
    }
    for (const QString& table : tables.value()) {
        if (auto s = execute(
                copy, QStringLiteral("DELETE FROM \"%1\" WHERE confidential <> 0").arg(table));
            !s)
            return s;
    }
    for (const auto& [table, where] : kWithheldFromObservers) {
        if (auto s = execute(copy, QStringLiteral("DELETE FROM \"%1\" WHERE %2").arg(table, where));
            !s)
            return s;
    }
    if (auto s = removeOrphans(copy); !s)
        return s;
    if (auto s = cleanSearchIndexes(copy); !s)
        return s;
    for (const QString& guard : guards.value()) {
        if (auto s = execute(copy, guard); !s)
            return s;
    }
    return {};
}

} // namespace csc
