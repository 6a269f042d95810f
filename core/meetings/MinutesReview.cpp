// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesReview.h"

#include "MinutesBook.h"
#include "domain/Confidentiality.h"
#include "domain/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace csc {

QString MinutesReview::verdictKey(MinutesComment::Verdict verdict)
{
    switch (verdict) {
    case MinutesComment::Verdict::Approve:
        return QStringLiteral("approve");
    case MinutesComment::Verdict::Changes:
        return QStringLiteral("changes");
    case MinutesComment::Verdict::Comment:
        break;
    }
    return QStringLiteral("comment");
}

MinutesComment::Verdict MinutesReview::verdictFromKey(const QString& key)
{
    if (key == QLatin1String("approve"))
        return MinutesComment::Verdict::Approve;
    if (key == QLatin1String("changes"))
        return MinutesComment::Verdict::Changes;
    return MinutesComment::Verdict::Comment;
}

Result<QList<MinutesComment>> MinutesReview::ofMeeting(const Database& db, qint64 meetingId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, meeting_id, coalesce(section_id, 0), coalesce(member_id, "
                              "0), author, verdict, body, at_utc "
                              "FROM minutes_comment WHERE meeting_id = ? ORDER BY at_utc, id"));
    q.bind(meetingId);
    if (auto s = q.exec(); !s)
        return s.error();
    // A comment on a section goes where the section goes: the reader must be able to see it.
    QSet<qint64> visibleSections;
    if (!Visibility::seesConfidential(db)) {
        auto minutes = MinutesBook::minutes(db, meetingId);
        if (!minutes)
            return minutes.error();
        for (const MinutesSection& section : minutes.value().sections)
            visibleSections.insert(section.id);
    }
    QList<MinutesComment> list;
    while (q.next()) {
        const qint64 sectionId = q.value(2).toLongLong();
        if (!Visibility::seesConfidential(db) && sectionId != 0
            && !visibleSections.contains(sectionId))
            continue;
        list.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toLongLong(), q.value(4).toString(),
                      verdictFromKey(q.value(5).toString()), q.value(6).toString(),
                      QDateTime::fromString(q.value(7).toString(), Qt::ISODate) });
    }
    return list;
}

Result<qint64> MinutesReview::comment(Database& db, qint64 meetingId, qint64 sectionId,
                                      const QString& body)
{
    if (auto p = Permissions::check(db.session(), Permission::Comment); !p)
        return p.error();
    if (body.trimmed().isEmpty())
        return Error { tr("A comment needs some text."), {} };
    MinutesComment c;
    c.meetingId = meetingId;
    c.sectionId = sectionId;
    c.body = body.trimmed();
    return add(db, c);
}

Result<qint64> MinutesReview::approve(Database& db, qint64 meetingId, const QString& note)
{
    if (auto p = Permissions::check(db.session(), Permission::ApproveMinutes); !p)
        return p.error();
    MinutesComment c;
    c.meetingId = meetingId;
    c.verdict = MinutesComment::Verdict::Approve;
    c.body = note.trimmed();
    return add(db, c);
}

Result<qint64> MinutesReview::askForChanges(Database& db, qint64 meetingId, const QString& what)
{
    if (auto p = Permissions::check(db.session(), Permission::ApproveMinutes); !p)
        return p.error();
    if (what.trimmed().isEmpty())
        return Error { tr("Say which changes the minutes need."), {} };
    MinutesComment c;
    c.meetingId = meetingId;
    c.verdict = MinutesComment::Verdict::Changes;
    c.body = what.trimmed();
    return add(db, c);
}

Result<qint64> MinutesReview::add(Database& db, const MinutesComment& c)
{
    auto minutes = MinutesBook::minutes(db, c.meetingId);
    if (!minutes)
        return minutes.error();
    // Approving or asking for changes only makes sense while the members review them.
    if (c.verdict != MinutesComment::Verdict::Comment
        && minutes.value().state != MinutesState::Circulated) {
        return Error { minutes.value().state == MinutesState::Draft
                           ? tr("These minutes are not circulated for approval yet.")
                           : tr("These minutes were approved already; they can no longer be "
                                "approved or changed."),
                       {} };
    }
    if (c.sectionId != 0) {
        auto inMeeting = queryScalar(
            db,
            QStringLiteral("SELECT count(*) FROM minutes_section WHERE id = ? AND meeting_id = ?"),
            { c.sectionId, c.meetingId });
        if (!inMeeting)
            return inMeeting.error();
        if (inMeeting.value().toInt() == 0)
            return Error { tr("That section is no longer part of these minutes."), {} };
    }
    const UserSession& who = db.session();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO minutes_comment(meeting_id, section_id, member_id, "
                                   "author, verdict, body, at_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(c.meetingId)
        .bind(c.sectionId ? QVariant(c.sectionId) : QVariant())
        .bind(who.memberId ? QVariant(who.memberId) : QVariant());
    insert.bind(who.name)
        .bind(verdictKey(c.verdict))
        .bind(c.body.isNull() ? QStringLiteral("") : c.body)
        .bind(now);
    if (auto s = insert.exec(); !s)
        return s.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, QStringLiteral("minutes_comment"), QString::number(id),
                                  QStringLiteral("create"),
                                  { { QStringLiteral("meeting"), {}, c.meetingId },
                                    { QStringLiteral("verdict"), {}, verdictKey(c.verdict) },
                                    { QStringLiteral("body"), {}, c.body } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace csc
