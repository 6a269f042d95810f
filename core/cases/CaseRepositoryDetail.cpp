// SPDX-License-Identifier: GPL-3.0-or-later
// CaseRepository::detail: everything the detail pane shows, in a few reads of the store.
#include "CaseRepository.h"
#include "core/cases/CaseHandOver.h"
#include "core/cases/CaseResponses.h"
#include "core/cases/CaseStore.h"

namespace csc {

namespace {

// Reads one part of the detail into `into`; the first failure is kept.
template<typename T> void read(Status& status, Result<T>&& part, T& into)
{
    if (!status)
        return;
    if (!part)
        status = part.error();
    else
        into = part.value();
}

} // namespace

Result<CaseDetail> CaseRepository::detail(const Database& db, qint64 caseId)
{
    auto s = summary(db, caseId);
    if (!s)
        return s.error();
    CaseDetail d;
    d.summary = s.value();
    Status st;
    read(st, CaseStore::description(db, caseId), d.description);
    read(st, CaseStore::serviceLevelLabelOfCase(db, caseId), d.serviceLevelLabel);
    read(st, CaseStore::moves(db, caseId), d.moves);
    read(st, CaseStore::comments(db, caseId), d.comments);
    read(st, CaseStore::documents(db, caseId), d.documents);
    read(st, CaseStore::links(db, caseId), d.links);
    read(st, CaseStore::notices(db, caseId), d.notices);
    read(st, CaseStore::publications(db, caseId), d.publications);
    read(st, CaseResponses::ofCase(db, caseId), d.responses);
    if (!st)
        return st.error();
    if (d.summary.process == CaseProcess::AppealsPanel) {
        if (auto f = CaseHandOver::finding(db, caseId)) {
            d.hasFinding = true;
            d.finding = f.value();
        }
    }
    return d;
}

} // namespace csc
