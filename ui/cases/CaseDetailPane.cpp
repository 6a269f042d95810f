// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDetailPane.h"

#include "CaseCardDelegate.h"
#include "core/cases/CaseCategories.h"
#include "core/cases/CaseDeadlines.h"
#include "core/cases/CaseHandOver.h"
#include "core/cases/CaseMoves.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ProcessDefinition.h"
#include "core/domain/Permissions.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/Database.h"
#include "ui/widgets/ActionGate.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace csc {

CaseDetailPane::CaseDetailPane(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_browser(new QTextBrowser(this))
    , m_comment(new QLineEdit(this))
    , m_move(new QPushButton(tr("&Move to…"), this))
    , m_attach(new QPushButton(tr("A&ttach…"), this))
    , m_public(new QPushButton(tr("Make &public…"), this))
    , m_archive(new QPushButton(tr("A&rchive"), this))
    , m_escalate(new QPushButton(tr("&Escalate…"), this))
    , m_respond(new QPushButton(tr("Record &response…"), this))
    , m_handOver(new QPushButton(tr("Hand &over…"), this))
{
    setObjectName(QStringLiteral("caseDetail"));
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Case detail"));
    m_comment->setPlaceholderText(tr("Add a comment and press Enter"));
    m_comment->setClearButtonEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    // Two rows, so the pane stays narrow enough beside the board.
    auto* actions = new QGridLayout;
    m_respond->setObjectName(QStringLiteral("recordResponse"));
    m_handOver->setObjectName(QStringLiteral("handOver"));
    const QList<QPushButton*> buttons { m_move,     m_attach,  m_public,  m_archive,
                                        m_escalate, m_respond, m_handOver };
    for (int i = 0; i < buttons.size(); ++i)
        actions->addWidget(buttons.at(i), i / 3, i % 3);
    layout->addLayout(actions);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_comment);

    connect(m_move, &QPushButton::clicked, this, [this] {
        Q_EMIT moveMenuRequested(m_caseId, m_move->mapToGlobal(QPoint(0, m_move->height())));
    });
    connect(m_attach, &QPushButton::clicked, this, [this] { Q_EMIT attachRequested(m_caseId); });
    connect(m_public, &QPushButton::clicked, this, [this] { Q_EMIT publicRequested(m_caseId); });
    connect(m_archive, &QPushButton::clicked, this,
            [this] { Q_EMIT archiveRequested(m_caseId, !m_archived); });
    connect(m_escalate, &QPushButton::clicked, this,
            [this] { Q_EMIT escalateRequested(m_caseId); });
    connect(m_respond, &QPushButton::clicked, this, [this] { Q_EMIT responseRequested(m_caseId); });
    connect(m_handOver, &QPushButton::clicked, this,
            [this] { Q_EMIT handOverRequested(m_caseId); });
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        if (!m_comment->text().trimmed().isEmpty())
            Q_EMIT commentRequested(m_caseId, m_comment->text());
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("case"))
            Q_EMIT linkActivated(url.path().toLongLong());
    });
    showCase(0);
}

QString CaseDetailPane::shownText() const
{
    return m_browser->toPlainText();
}

void CaseDetailPane::showCase(qint64 caseId)
{
    m_caseId = caseId;
    const bool canEdit
        = Permissions::allows(m_db.session().role, Permission::EditCases) && !m_db.isReadOnly();
    auto detail = caseId ? CaseRepository::detail(m_db, caseId) : Result<CaseDetail>(Error {});
    if (!caseId || !detail) {
        m_browser->setHtml(
            QStringLiteral("<p><i>%1</i></p>")
                .arg(caseId ? detail.error().message.toHtmlEscaped()
                            : tr("Select a card to see its timeline, comments and documents.")));
        const Status none = Error { tr("Select a case first."), {} };
        for (QPushButton* b :
             { m_move, m_attach, m_public, m_archive, m_escalate, m_respond, m_handOver })
            ActionGate::apply(b, none);
        m_comment->setEnabled(false);
        return;
    }
    const CaseDetail& d = detail.value();
    const CaseSummary& c = d.summary;
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    m_archived = c.archived;
    const StepDefinition* step = def.step(c.step);
    // A disabled action says which role (core's permission check) or state it needs.
    const Status role = m_db.isReadOnly()
        ? Status(Error { m_db.readOnlyReason(), {} })
        : Permissions::check(m_db.session(), Permission::EditCases);
    const auto unless = [&role](bool ok, const QString& why) -> Status {
        if (!role)
            return role;
        return ok ? Status {} : Status(Error { why, {} });
    };
    ActionGate::apply(
        m_move,
        unless(c.isOpen() && !c.archived, tr("A closed or archived case has no next step.")));
    ActionGate::apply(m_attach, unless(!c.archived, tr("An archived case takes no documents.")));
    ActionGate::apply(m_public,
                      unless(c.confidential && !c.exercise,
                             c.exercise ? tr("A table-top exercise is never made public.")
                                        : tr("The case is public already.")));
    ActionGate::apply(m_archive, unless(!c.isOpen(), tr("Only a closed case can be archived.")));
    m_archive->setText(c.archived ? tr("&Restore") : tr("A&rchive"));
    m_escalate->setEnabled(canEdit && step && step->invokesEscalation && c.escalationLevel > 0
                           && c.escalationLevel < CommitteeSettings::escalationLevels(m_db).size());
    // Core decides what is possible; these only say where a step waits or hands over.
    m_respond->setEnabled(canEdit && c.isOpen() && !c.archived && step && !step->awaits.isEmpty()
                          && c.response == ResponseState::Pending);
    const bool handsOver
        = (c.process == CaseProcess::Complaint
           && (c.step == QLatin1String("systemic_review") || c.step == QLatin1String("appeal")))
        || (c.process == CaseProcess::ProblemManagement && c.step == QLatin1String("appeal"))
        || (c.process == CaseProcess::AppealsPanel
            && (c.step == QLatin1String("hearing")
                || (d.hasFinding && !d.finding.publishedUtc.isValid())));
    m_handOver->setEnabled(canEdit && !c.archived && handsOver);
    m_comment->setEnabled(Permissions::allows(m_db.session().role, Permission::Comment)
                          && !m_db.isReadOnly());
    m_comment->clear();
    m_browser->setHtml(render(d));
}

QString CaseDetailPane::lateOrLeft(const DeadlineStatus& s, const QLocale& locale)
{
    const QString due = locale.toString(s.due, QLocale::LongFormat);
    if (s.businessDaysLeft < 0)
        return tr("%1, %n business day(s) late", nullptr, -s.businessDaysLeft).arg(due);
    return tr("%1, %n business day(s) left", nullptr, s.businessDaysLeft).arg(due);
}

QString CaseDetailPane::render(const CaseDetail& d) const
{
    const CaseSummary& c = d.summary;
    const ProcessDefinition& def = ProcessDefinition::of(c.process);
    const QLocale locale;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    const auto date = [&](QDate day) { return esc(locale.toString(day, QLocale::ShortFormat)); };
    QString h;
    h += QStringLiteral("<h2>%1 — %2</h2>").arg(esc(c.reference), esc(c.title));
    QStringList flags;
    if (c.confidential)
        flags << tr("<b style='color:#8e44ad'>Confidential</b>");
    else
        flags << tr("Public");
    if (c.exercise)
        flags << tr("<b style='color:#007a87'>Table-top exercise</b> (kept out of statistics and "
                    "public output)");
    if (c.archived)
        flags << tr("Archived");
    h += QStringLiteral("<p>%1</p>").arg(flags.join(QStringLiteral(" · ")));
    h += QStringLiteral("<table cellspacing='2'>");
    const auto row = [&](const QString& label, const QString& value) {
        h += QStringLiteral("<tr><td style='color:gray;padding-right:8px'>%1</td><td>%2</td></tr>")
                 .arg(esc(label), value);
    };
    row(tr("Process"), esc(def.name));
    row(tr("Step"),
        esc(def.stepName(c.step))
            + (c.isOpen() ? tr(" — since %1").arg(date(c.stepSince)) : QString()));
    row(tr("Operator"),
        esc(c.complainant) + (c.tld.isEmpty() ? QString() : QStringLiteral(" · .") + esc(c.tld)));
    row(tr("Category"), esc(CaseCategories::displayName(c.category)));
    if (!d.serviceLevelLabel.isEmpty())
        row(tr("Service level"), esc(d.serviceLevelLabel));
    row(tr("Opened"), date(c.opened));
    if (!c.isOpen())
        row(tr("Closed"),
            date(c.closed) + QStringLiteral(" (") + esc(def.stepName(c.step)) + QLatin1Char(')'));
    if (c.isOpen() && c.dueDate.isValid()) {
        const DeadlineStatus s = CaseDeadlines::status(
            CommitteeSettings::businessCalendar(m_db), c, QDate::currentDate(),
            CommitteeSettings::intValue(m_db, CommitteeSettings::Key::DueSoonDays));
        const DeadlineRule rule = CaseDeadlines::ruleOf(c);
        const DeadlineRuleInfo& info = DeadlineRules::of(rule);
        row(tr("Deadline"),
            QStringLiteral(
                "<b style='color:%1'>%2</b> — %3<br/><small style='color:gray'>%4</small>")
                .arg(
                    CaseCardDelegate::badgeColor(int(s.state), palette()).name(),
                    esc(CaseDeadlines::badge(s)),
                    esc(tr("due %1").arg(locale.toString(s.due, QLocale::LongFormat))),
                    esc(info.setting
                            ? tr("%1: %2").arg(
                                info.name,
                                DeadlineRules::period(CaseDeadlines::periodDays(m_db, rule, 0),
                                                      info.unit))
                            : tr("%1, in %2").arg(info.name, DeadlineRules::unitName(info.unit)))));
    }
    if (c.escalationLevel > 0) {
        const QStringList levels = CommitteeSettings::escalationLevels(m_db);
        row(tr("Escalation"),
            esc(tr("level %1 of %2: %3")
                    .arg(c.escalationLevel)
                    .arg(levels.size())
                    .arg(levels.value(c.escalationLevel - 1))));
    }
    h += QStringLiteral("</table>");
    if (!d.description.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(d.description));

    h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Timeline"));
    for (const CaseMove& m : d.moves) {
        const QString what = m.fromStep.isEmpty()
            ? tr("Opened at <b>%1</b>").arg(esc(def.stepName(m.toStep)))
            : tr("%1 → <b>%2</b>").arg(esc(def.stepName(m.fromStep)), esc(def.stepName(m.toStep)));
        QString line = QStringLiteral("%1 — %2 <span style='color:gray'>(%3)</span>")
                           .arg(date(m.effectiveDate), what, esc(m.actor));
        if (!m.reason.isEmpty())
            line += QStringLiteral("<br/><i>%1</i>").arg(esc(m.reason));
        if (!m.documentName.isEmpty())
            line += QStringLiteral("<br/>") + esc(tr("Document: %1").arg(m.documentName));
        if (m.dueDate.isValid())
            line += QStringLiteral("<br/>")
                + esc(tr("due %1").arg(locale.toString(m.dueDate, QLocale::ShortFormat)));
        if (m.undoneByMoveId)
            line = QStringLiteral("<s>%1</s> ").arg(line) + esc(tr("(undone)"));
        h += QStringLiteral("<li>%1</li>").arg(line);
    }
    h += QStringLiteral("</ul>");

    if (!d.responses.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Responses"));
        for (const CaseResponse& r : d.responses) {
            const QString state = !r.received ? tr("<b style='color:#6a1b9a'>Unanswered</b>")
                : r.onTime                    ? tr("<b style='color:#2e7d32'>Met</b>")
                                              : tr("<b style='color:#e65100'>Late</b>");
            QString line = r.received
                ? tr("%1 — %2: received %3")
                      .arg(esc(def.stepName(r.step)), state, date(r.receivedDate))
                : tr("%1 — %2: no response by %3")
                      .arg(esc(def.stepName(r.step)), state, date(r.dueDate));
            if (r.received && r.dueDate.isValid())
                line += esc(tr(" (due %1)").arg(locale.toString(r.dueDate, QLocale::ShortFormat)));
            if (!r.documentName.isEmpty())
                line += QStringLiteral("<br/>") + esc(tr("Document: %1").arg(r.documentName));
            if (!r.note.isEmpty())
                line += QStringLiteral("<br/><i>%1</i>").arg(esc(r.note));
            h += QStringLiteral("<li>%1</li>").arg(line);
        }
        h += QStringLiteral("</ul>");
    }
    if (d.hasFinding) {
        h += QStringLiteral("<h3>%1</h3>").arg(tr("Panel finding"));
        h += QStringLiteral("<p><b>%1</b>%2 — %3<br/>%4</p>")
                 .arg(esc(CaseHandOver::findingName(d.finding.finding)),
                      d.finding.finding == PanelFinding::Remediable ? esc(
                          tr(", %1 to remedy")
                              .arg(DeadlineRules::period(d.finding.remedyDays, DayUnit::Calendar)))
                                                                    : QString(),
                      date(d.finding.decidedOn),
                      esc(d.finding.publishedUtc.isValid()
                              ? tr("Public text published %1")
                                    .arg(locale.toString(d.finding.publishedUtc.date(),
                                                         QLocale::ShortFormat))
                              : tr("Public text not yet published")));
        h += QStringLiteral("<blockquote>%1</blockquote>").arg(esc(d.finding.publicText));
    }

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Comments (%1)").arg(d.comments.size()));
    if (d.comments.isEmpty())
        h += QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("No comments yet."));
    for (const CaseComment& cm : d.comments)
        h += QStringLiteral("<p><b>%1</b> <span style='color:gray'>%2</span><br/>%3</p>")
                 .arg(esc(cm.author),
                      esc(locale.toString(cm.at.toLocalTime().date(), QLocale::ShortFormat)
                          + QLatin1Char(' ')
                          + cm.at.toLocalTime().toString(QStringLiteral("HH:mm"))),
                      esc(cm.body));

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Documents (%1)").arg(d.documents.size()));
    for (const CaseDocumentRef& doc : d.documents)
        h += QStringLiteral(
                 "<p><b>%1</b> — %2, %3<br/><small style='color:gray'>SHA-256 %4</small></p>")
                 .arg(esc(doc.name), esc(doc.kind.isEmpty() ? tr("document") : doc.kind),
                      esc(locale.formattedDataSize(doc.size)), esc(doc.sha256));

    if (!d.links.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Linked cases"));
        for (const CaseLinkRef& l : d.links)
            h += QStringLiteral("<li>%1 <a href='case:%2'>%3</a> %4<br/><small "
                                "style='color:gray'>%5 · %6</small></li>")
                     .arg(esc(l.outgoing ? tr("Opened from") : tr("Led to")))
                     .arg(l.caseId)
                     .arg(esc(l.reference), esc(l.title),
                          esc(ProcessDefinition::of(l.process).name),
                          esc(ProcessDefinition::of(l.process).stepName(l.step)));
        h += QStringLiteral("</ul>");
    }
    if (!d.notices.isEmpty()) {
        // One line per event: the same level and kind on the same day went to all recipients.
        h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Notices owed"));
        for (qsizetype i = 0; i < d.notices.size();) {
            const CaseNotice& n = d.notices.at(i);
            QStringList recipients;
            qsizetype j = i;
            for (; j < d.notices.size() && d.notices.at(j).level == n.level
                 && d.notices.at(j).kind == n.kind && d.notices.at(j).at.date() == n.at.date();
                 ++j)
                recipients << CaseMoves::recipientName(d.notices.at(j).recipient);
            h += QStringLiteral("<li>%1 — %2: %3</li>")
                     .arg(esc(locale.toString(n.at.date(), QLocale::ShortFormat)),
                          esc(n.kind == QLatin1String("invoked")
                                  ? tr("remedial action invoked (%1)").arg(n.level)
                                  : tr("escalated to %1").arg(n.level)),
                          esc(recipients.join(tr(", "))));
            i = j;
        }
        h += QStringLiteral("</ul>");
    }
    if (!d.publications.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Publication decisions"));
        for (const CasePublication& p : d.publications)
            h += QStringLiteral("<li>%1 — %2 (%3): %4</li>")
                     .arg(esc(locale.toString(p.decided.date(), QLocale::ShortFormat)),
                          esc(p.madePublic ? tr("made public") : tr("made confidential")),
                          esc(p.decidedBy), esc(p.consent));
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace csc
