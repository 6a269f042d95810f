// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesReviewPanel.h"

#include "core/domain/Permissions.h"
#include "core/meetings/MinutesBook.h"
#include "core/meetings/MinutesReview.h"
#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QHBoxLayout>
#include <QInputDialog>
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
{
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
    auto minutes
        = m_meetingId ? MinutesBook::minutes(*m_db, m_meetingId) : Result<Minutes>(Minutes {});
    const bool circulated
        = minutes && minutes.value().exists && minutes.value().state == MinutesState::Circulated;
    const UserSession& me = m_db->session();
    m_approve->setEnabled(circulated && Permissions::allows(me.role, Permission::ApproveMinutes));
    m_changes->setEnabled(m_approve->isEnabled());
    m_comment->setEnabled(minutes && minutes.value().exists
                          && Permissions::allows(me.role, Permission::Comment));
    auto reviews = m_meetingId ? MinutesReview::ofMeeting(*m_db, m_meetingId)
                               : Result<QList<MinutesComment>>(QList<MinutesComment> {});
    int approvals = 0;
    int changes = 0;
    for (const MinutesComment& c : reviews.valueOr({})) {
        QString verdict;
        switch (c.verdict) {
        case MinutesComment::Verdict::Approve:
            verdict = tr("approves");
            ++approvals;
            break;
        case MinutesComment::Verdict::Changes:
            verdict = tr("asks for changes");
            ++changes;
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
    if (!minutes || !minutes.value().exists)
        m_summary->setText(tr("No minutes yet."));
    else if (!circulated)
        m_summary->setText(
            tr("Members review the minutes once they are circulated. %n approval(s) recorded.",
               nullptr, approvals));
    else
        m_summary->setText(tr("Circulated for approval: %n approval(s)", nullptr, approvals)
                           + QLatin1String(", ")
                           + tr("%n request(s) for changes.", nullptr, changes));
}

void MinutesReviewPanel::approve()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Approve the Minutes"),
                                               tr("Optional note:"), QLineEdit::Normal, {}, &ok);
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
    const QString what = QInputDialog::getMultiLineText(
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
    const QString text = QInputDialog::getMultiLineText(this, tr("Comment on the Minutes"),
                                                        tr("Your comment:"), {}, &ok);
    if (!ok)
        return;
    if (auto id = MinutesReview::comment(*m_db, m_meetingId, 0, text); !id)
        return UserPrompts::error(this, tr("Comment on the Minutes"), id.error());
    refresh();
    Q_EMIT changed();
}

} // namespace csc
