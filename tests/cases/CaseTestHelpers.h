// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the case tests: open a case and walk it to a step through legal moves.
#include "core/cases/CaseDocuments.h"
#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ProcessDefinition.h"

#include <QHash>
#include <QQueue>

namespace csc::test {

inline Result<qint64> openCase(Database& db, CaseProcess process,
                               const QString& title = QStringLiteral("Slow technical checks"),
                               QDate openedOn = {}, qint64 serviceLevelId = 0)
{
    NewCase c;
    c.process = process;
    c.title = title;
    c.complainant = QStringLiteral("Northgate Registry");
    c.tld = QStringLiteral("example");
    c.category = QStringLiteral("technical_checks");
    c.openedOn = openedOn;
    c.serviceLevelId = serviceLevelId;
    return CaseRepository::create(db, c);
}

// A request carrying whatever the move needs (note, document, period).
inline MoveRequest fullRequest(Database& db, qint64 caseId, const QString& to, QDate on = {})
{
    MoveRequest r;
    r.caseId = caseId;
    r.toStep = to;
    r.reason = QStringLiteral("Because the committee agreed");
    r.deadlineDays = 15;
    r.effectiveDate = on;
    auto doc = CaseDocuments::attachBytes(db, caseId, QStringLiteral("letter.txt"),
                                          QStringLiteral("Letter"),
                                          QByteArray("content ") + to.toUtf8());
    r.documentId = doc ? doc.value() : 0;
    return r;
}

// The legal moves leading from the first step to `target` (breadth first).
inline QList<QString> pathTo(const ProcessDefinition& def, const QString& target)
{
    QHash<QString, QString> cameFrom;
    QQueue<QString> queue;
    queue.enqueue(def.firstStep());
    cameFrom.insert(def.firstStep(), QString());
    while (!queue.isEmpty()) {
        const QString at = queue.dequeue();
        if (at == target)
            break;
        for (const MoveDefinition& m : def.movesFrom(at)) {
            if (!cameFrom.contains(m.to)) {
                cameFrom.insert(m.to, at);
                queue.enqueue(m.to);
            }
        }
    }
    QList<QString> path;
    for (QString s = target; !s.isEmpty() && s != def.firstStep(); s = cameFrom.value(s))
        path.prepend(s);
    return path;
}

inline bool walkTo(Database& db, qint64 caseId, const ProcessDefinition& def, const QString& target)
{
    for (const QString& step : pathTo(def, target)) {
        if (!CaseMoves::move(db, fullRequest(db, caseId, step)))
            return false;
    }
    return true;
}

} // namespace csc::test
