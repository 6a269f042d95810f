// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace csc {

// The periodic (3-yearly) independent audit as a tracked process (domain.md §7).
struct PeriodicAudit
{
    qint64 id = 0;
    QString organisation; // the independent organisation commissioned
    QDate commissionedOn;
    QDate reportReceivedOn; // invalid until received
    qint64 reportDocumentId = 0;
    QDate publishedOn; // results published
    QString publishedWhere;
    QString publicSummary; // the published results, a public text
    QDate feedbackClosesOn;
    QString feedbackSummary; // the community's feedback
    QList<qint64> changeRequestIds; // service-level change requests opened from it
};

// Technical changes outside policy: the plan agreed with the IFO, its RFC and statement.
struct TechnicalChange
{
    qint64 id = 0;
    QString title;
    QDate planAgreedOn;
    QDate rfcOpensOn;
    QDate rfcClosesOn;
    int commentsReceived = 0;
    QDate statementOn;
    QString statement; // the IFO's statement based on the comments
    QString publicText;
};

// An update to the direct customers, or the annual consultation.
struct CustomerUpdate
{
    qint64 id = 0;
    bool consultation = false;
    QDate heldOn;
    QString audience;
    QString content; // internal notes of what was said
    QString publicText;
};

// A liaison the committee provides to a review team.
struct ReviewLiaison
{
    qint64 id = 0;
    QString person;
    QString review; // charter, effectiveness, ifr, sifr, separation
    QDate termFrom;
    QDate termTo; // invalid: ongoing
};

// The IFO's periodic summary of escalated naming complaints.
struct IfoComplaintSummary
{
    qint64 id = 0;
    QDate periodFrom;
    QDate periodTo;
    QDate receivedOn;
    QList<QPair<QString, int>> counts; // per kind (a case category key)
};

// The IFO's own handling of one complaint, when it gives the times (receipt acknowledged
// within 1 business day, a substantive response within 2).
struct IfoComplaintHandling
{
    qint64 id = 0;
    QString reference;
    QDate receivedOn;
    QDate acknowledgedOn;
    QDate respondedOn;
    qint64 caseId = 0;
};

} // namespace csc
