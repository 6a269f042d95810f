// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlan.h"

#include "MeetingTypes.h"
#include "core/cases/ReferencedCases.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace csc {

bool WorkItem::isConfidential() const
{
    return Confidentiality::ofWorkItem(isPublic, confidentialByContext);
}

namespace {

QString statusKey(WorkItem::Status s)
{
    switch (s) {
    case WorkItem::Status::Planned:
        return QStringLiteral("planned");
    case WorkItem::Status::InProgress:
        return QStringLiteral("in_progress");
    case WorkItem::Status::Done:
        return QStringLiteral("done");
    }
    return {};
}

WorkItem::Status statusFromKey(const QString& key)
{
    if (key == QLatin1String("in_progress"))
        return WorkItem::Status::InProgress;
    if (key == QLatin1String("done"))
        return WorkItem::Status::Done;
    return WorkItem::Status::Planned;
}

QVariantMap snapshot(const WorkItem& w)
{
    return { { QStringLiteral("title"), w.title },
             { QStringLiteral("description"), w.description },
             { QStringLiteral("target_date"), w.target.toString(Qt::ISODate) },
             { QStringLiteral("status"), statusKey(w.status) },
             { QStringLiteral("public"), w.isPublic } };
}

QVariantList values(const WorkItem& w)
{
    return { w.title.trimmed(), MeetingNames::text(w.description),
             w.target.isValid() ? QVariant(w.target.toString(Qt::ISODate)) : QVariant(),
             statusKey(w.status), w.isPublic ? 1 : 0 };
}

} // namespace

QString WorkPlan::statusName(WorkItem::Status s)
{
    switch (s) {
    case WorkItem::Status::Planned:
        return tr("Planned");
    case WorkItem::Status::InProgress:
        return tr("In progress");
    case WorkItem::Status::Done:
        return tr("Done");
    }
    return {};
}

Result<QList<WorkItem>> WorkPlan::items(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, position, title, description, target_date, status, "
                              "public FROM work_item ORDER BY position, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<WorkItem> list;
    ReferencedCases cases(db);
    while (q.next()) {
        WorkItem w { q.value(0).toLongLong(),
                     q.value(1).toInt(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     QDate::fromString(q.value(4).toString(), Qt::ISODate),
                     statusFromKey(q.value(5).toString()),
                     q.value(6).toInt() != 0 };
        auto referred = cases.in(w.title + QLatin1Char(' ') + w.description);
        if (!referred)
            return referred.error();
        w.confidentialByContext = Confidentiality::ofSection(false, false, referred.value());
        // Observers receive what the public work plan shows, and no more.
        if (w.isConfidential() && !Visibility::seesConfidential(db))
            continue;
        list.append(w);
    }
    return list;
}

Result<qint64> WorkPlan::add(Database& db, const WorkItem& item)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    if (item.title.trimmed().isEmpty())
        return Error { tr("A work item needs a title."), {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto position
        = queryScalar(db, QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM work_item"));
    if (!position)
        return position.error();
    if (auto s = execute(db,
                         QStringLiteral("INSERT INTO work_item(position, title, description, "
                                        "target_date, status, public) VALUES (?, ?, ?, ?, ?, ?)"),
                         QVariantList { position.value() } + values(item));
        !s)
        return s.error();
    auto id = queryScalar(db, QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    if (auto a = AuditLog::record(db, QStringLiteral("work_item"), id.value().toString(),
                                  QStringLiteral("create"), AuditLog::diff({}, snapshot(item)));
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id.value().toLongLong();
}

Status WorkPlan::update(Database& db, const WorkItem& item)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p;
    auto all = items(db);
    if (!all)
        return all.error();
    const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                 [&item](const WorkItem& w) { return w.id == item.id; });
    if (it == all.value().cend())
        return Error { tr("The work item is no longer there."), {} };
    const auto changes = AuditLog::diff(snapshot(*it), snapshot(item));
    return auditedUpdate(db, QStringLiteral("work_item"), item.id, changes,
                         QStringLiteral("UPDATE work_item SET title = ?, description = ?, "
                                        "target_date = ?, status = ?, public = ? WHERE id = ?"),
                         values(item) + QVariantList { item.id });
}

} // namespace csc
