// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewTables.h"

#include "ReviewStore.h"
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
    const auto number = ReviewStore::meetingNumber(db, meetingId);
    return number && number.value().isValid() ? tr("meeting no. %1").arg(number.value().toInt())
                                              : tr("a meeting no longer on record");
}

Result<MergeOutcome> mergeCaseComment(Database& db, const RowChange& change, const ChangesFile&)
{
    const qint64 caseId = change.value(QStringLiteral("case_id")).toLongLong();
    const auto reference = ReviewStore::caseReference(db, caseId);
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

} // namespace csc
