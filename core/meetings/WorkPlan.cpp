// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlan.h"

#include "MeetingStore.h"
#include "MeetingTypes.h"
#include "core/cases/ReferencedCases.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

namespace csc {

bool WorkItem::isConfidential() const
{
    return Confidentiality::ofWorkItem(isPublic, confidentialByContext);
}

namespace {

QVariantMap snapshot(const WorkItem& w)
{
    return { { QStringLiteral("title"), w.title },
             { QStringLiteral("description"), w.description },
             { QStringLiteral("target_date"), w.target.toString(Qt::ISODate) },
             { QStringLiteral("status"), MeetingStore::workStatusKey(w.status) },
             { QStringLiteral("public"), w.isPublic } };
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
    return MeetingStore::workItems(db);
}

Result<qint64> WorkPlan::add(Database& db, const WorkItem& item)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    if (item.title.trimmed().isEmpty())
        return Error { tr("A work item needs a title."), {} };
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Result<qint64> {
        auto id = MeetingStore::insertWorkItem(w, item);
        if (!id)
            return id;
        if (auto a = w.audit(QStringLiteral("work_item"), id.value(), QStringLiteral("create"),
                             AuditLog::diff({}, snapshot(item)));
            !a)
            return a.error();
        return id;
    });
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
    return MeetingStore::updateWorkItem(db, Permission::ManageCommittee, item, changes);
}

} // namespace csc
