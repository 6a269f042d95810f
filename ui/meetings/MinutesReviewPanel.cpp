// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesReviewPanel.h"

#include "core/domain/Permissions.h"
#include "core/meetings/DecisionRules.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesActions.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/MinutesReview.h"
#include "core/storage/Database.h"
#include "ui/widgets/ActionGate.h"
#include "ui/widgets/UserPrompts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace csc {

MinutesReviewPanel::MinutesReviewPanel(Database* db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_changes(new QPushButton(tr("Ask for Changes…"), this))
    , m_comment(new QPushButton(tr("Comment…"), this))
    , m_emailDecision(new QPushButton(tr("Approved by E-mail Decision…"), this))
{
    m_emailDecision->setObjectName(QStringLiteral("minutesEmailDecision"));
    m_emailDecision->setToolTip(tr("Record the carried e-mail decision that approved the "
                                   "circulated minutes instead of the members' approvals."));
    connect(m_emailDecision, &QPushButton::clicked, this, &MinutesReviewPanel::recordEmailDecision);
    m_summary->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Members' review of the minutes"));
    connect(m_approve, &QPushButton::clicked, this, &MinutesReviewPanel::approve);
    connect(m_changes, &QPushButton::clicked, this, &MinutesReviewPanel::askForChanges);
    connect(m_comment, &QPushButton::clicked, this, &MinutesReviewPanel::comment);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_changes);
    buttons->addWidget(m_comment);
    buttons->addWidget(m_emailDecision);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void MinutesReviewPanel::showMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    refresh();
}

int MinutesReviewPanel::reviewCount() const
{
    return m_list->count();
}

void MinutesReviewPanel::refresh()
{
    m_list->clear();
    MinutesSituation situation;
    situation.meetingId = m_meetingId;
    situation.readOnly = m_db->isReadOnly();
    situation.readOnlyReason = m_db->readOnlyReason();
    if (m_meetingId)
        situation.minutes = MinutesBook::minutes(*m_db, m_meetingId).valueOr({});
    if (situation.minutes.exists && situation.minutes.state == MinutesState::Circulated) {
        if (auto approvals = MinutesReview::approvals(*m_db, m_meetingId))
            situation.approvals = approvals.value();
    }
    // The buttons say what core says may be done now, and why not.
    const UserSession& me = m_db->session();
    const auto gate = [&](QPushButton* button, MinutesAction action) {
        ActionGate::apply(button, MinutesActions::of(me, situation, action).status());
    };
    gate(m_approve, MinutesAction::MemberApprove);
    gate(m_changes, MinutesAction::AskForChanges);
    gate(m_comment, MinutesAction::Comment);
    gate(m_emailDecision, MinutesAction::RecordEmailDecision);
    auto reviews = m_meetingId ? MinutesReview::ofMeeting(*m_db, m_meetingId)
                               : Result<QList<MinutesComment>>(QList<MinutesComment> {});
    for (const MinutesComment& c : reviews.valueOr({})) {
        QString verdict;
        switch (c.verdict) {
        case MinutesComment::Verdict::Approve:
            verdict = tr("approves");
            break;
        case MinutesComment::Verdict::Changes:
            verdict = tr("asks for changes");
            break;
        case MinutesComment::Verdict::Comment:
            verdict = tr("comments");
            break;
        }
        const QString when = QLocale().toString(c.atUtc.toLocalTime(), QLocale::ShortFormat);
        m_list->addItem(c.body.isEmpty()
                            ? tr("%1 %2 (%3)").arg(c.author, verdict, when)
                            : tr("%1 %2 (%3): %4").arg(c.author, verdict, when, c.body));
    }
    m_summary->setText(MinutesActions::reviewSummary(situation, reviews.valueOr({})));
}

void MinutesReviewPanel::approve()
{
    bool ok = false;
    const QString note
        = UserPrompts::text(this, tr("Approve the Minutes"), tr("Optional note:"), {}, &ok);
    if (!ok)
        return;
    if (auto id = MinutesReview::approve(*m_db, m_meetingId, note); !id)
        return UserPrompts::error(this, tr("Approve the Minutes"), id.error());
    refresh();
    Q_EMIT changed();
}

void MinutesReviewPanel::askForChanges()
{
    bool ok = false;
    const QString what = UserPrompts::multiLineText(
        this, tr("Ask for Changes"), tr("Which changes do the minutes need?"), {}, &ok);
    if (!ok)
        return;
    if (auto id = MinutesReview::askForChanges(*m_db, m_meetingId, what); !id)
        return UserPrompts::error(this, tr("Ask for Changes"), id.error());
    refresh();
    Q_EMIT changed();
}

void MinutesReviewPanel::comment()
{
    bool ok = false;
    const QString text = UserPrompts::multiLineText(this, tr("Comment on the Minutes"),
                                                    tr("Your comment:"), {}, &ok);
    if (!ok)
        return;
    if (auto id = MinutesReview::comment(*m_db, m_meetingId, 0, text); !id)
        return UserPrompts::error(this, tr("Comment on the Minutes"), id.error());
    refresh();
    Q_EMIT changed();
}

void MinutesReviewPanel::recordEmailDecision()
{
    // The carried e-mail decisions since the meeting (core judges each by its own day's rules);
    // the user picks the one that approved the minutes.
    auto meeting = Meetings::meeting(*m_db, m_meetingId);
    if (!meeting)
        return UserPrompts::error(this, tr("Approve by E-mail Decision"), meeting.error());
    auto found = DecisionRules::carriedEmailDecisionsSince(*m_db, meeting.value().day());
    if (!found)
        return UserPrompts::error(this, tr("Approve by E-mail Decision"), found.error());
    const QList<Decision>& carried = found.value();
    if (carried.isEmpty())
        return UserPrompts::information(
            this, tr("Approve by E-mail Decision"),
            tr("No carried e-mail decision since the meeting: record the e-mail decision on the "
               "Decisions tab first."));
    QStringList labels;
    for (const Decision& d : carried)
        labels << DecisionRules::label(d);
    bool ok = false;
    const QString chosen
        = UserPrompts::item(this, tr("Approve by E-mail Decision"),
                            tr("The e-mail decision that approved the minutes:"), labels, 0, &ok);
    if (!ok)
        return;
    const qint64 decisionId = carried.at(labels.indexOf(chosen)).id;
    if (auto s = MinutesReview::recordEmailDecision(*m_db, m_meetingId, decisionId); !s)
        return UserPrompts::error(this, tr("Approve by E-mail Decision"), s.error());
    refresh();
    Q_EMIT changed();
}

} // namespace csc
