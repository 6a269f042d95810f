// SPDX-License-Identifier: GPL-3.0-or-later
#include "DutiesPanel.h"

#include "core/cases/CaseCategories.h"
#include "core/cases/UrgentReviews.h"
#include "core/duties/DutyRecords.h"
#include "core/duties/IfoComplaints.h"
#include "core/duties/PeriodicAudits.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace csc {

namespace {

QString day(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(html(label), html(value));
}

QString customersName(TldKind kind)
{
    return kind == TldKind::Cctld ? DutiesPanel::tr("ccTLD customers")
                                  : DutiesPanel::tr("gTLD customers");
}

// What the IFO's own procedure says of one of its deadlines (1 and 2 business days).
QString handlingState(const DeadlineStatus& s)
{
    switch (s.state) {
    case DeadlineState::Met:
        return DutiesPanel::tr("met");
    case DeadlineState::Late:
        return DutiesPanel::tr("late by %n business day(s)", nullptr, -s.businessDaysLeft);
    case DeadlineState::Overdue:
        return DutiesPanel::tr("overdue");
    case DeadlineState::None:
        return {};
    default:
        return DutiesPanel::tr("due %1").arg(day(s.due));
    }
}

} // namespace

DutiesPanel::DutiesPanel(Database* db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("dutyTabs"));
    m_pages.resize(6);
    m_pages[UrgentReviews]
        = addPage(tr("Urgent Reviews"),
                  { tr("Title"), tr("Trigger"), tr("Opened"), tr("State"), tr("Consent") },
                  { { QStringLiteral("openUrgentReview"), tr("Open Review…") },
                    { QStringLiteral("recordConsent"), tr("Record Consent…") },
                    { QStringLiteral("furtherEscalation"), tr("Further Escalation Options…") },
                    { QStringLiteral("concludeReview"), tr("Conclude…") } },
                  UrgentReviews);
    m_pages[Audits]
        = addPage(tr("Periodic Audit"),
                  { tr("Organisation"), tr("Commissioned"), tr("Stage"), tr("Change requests") },
                  { { QStringLiteral("commissionAudit"), tr("Commission…") },
                    { QStringLiteral("auditReport"), tr("Report Received…") },
                    { QStringLiteral("auditPublish"), tr("Publish Results…") },
                    { QStringLiteral("auditFeedback"), tr("Community Feedback…") },
                    { QStringLiteral("auditChangeRequest"), tr("Open Change Request…") } },
                  Audits);
    m_pages[TechnicalChanges] = addPage(
        tr("Technical Changes"),
        { tr("Title"), tr("Plan agreed"), tr("RFC period"), tr("Comments"), tr("IFO statement") },
        { { QStringLiteral("addTechnicalChange"), tr("Add…") } }, TechnicalChanges);
    m_pages[CustomerUpdates] = addPage(
        tr("Customer Updates"), { tr("Kind"), tr("Date"), tr("Audience"), tr("Public text") },
        { { QStringLiteral("addCustomerUpdate"), tr("Add…") } }, CustomerUpdates);
    m_pages[Liaisons]
        = addPage(tr("Review Liaisons"), { tr("Person"), tr("Review team"), tr("From"), tr("To") },
                  { { QStringLiteral("addLiaison"), tr("Add…") } }, Liaisons);
    m_pages[IfoComplaints] = addPage(
        tr("IFO Complaints"),
        { tr("Record"), tr("Period or reference"), tr("Received"), tr("Counts or handling") },
        { { QStringLiteral("addComplaintSummary"), tr("Add Summary…") },
          { QStringLiteral("addComplaintHandling"), tr("Add Handling Times…") } },
        IfoComplaints);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    const QList<QPair<QString, void (DutiesPanel::*)()>> actions {
        { QStringLiteral("openUrgentReview"), &DutiesPanel::openUrgentReview },
        { QStringLiteral("recordConsent"), &DutiesPanel::recordConsent },
        { QStringLiteral("furtherEscalation"), &DutiesPanel::openFurtherEscalation },
        { QStringLiteral("concludeReview"), &DutiesPanel::concludeUrgentReview },
        { QStringLiteral("commissionAudit"), &DutiesPanel::commissionAudit },
        { QStringLiteral("auditReport"), &DutiesPanel::recordAuditReport },
        { QStringLiteral("auditPublish"), &DutiesPanel::publishAuditResults },
        { QStringLiteral("auditFeedback"), &DutiesPanel::recordAuditFeedback },
        { QStringLiteral("auditChangeRequest"), &DutiesPanel::openAuditChangeRequest },
        { QStringLiteral("addTechnicalChange"), &DutiesPanel::addTechnicalChange },
        { QStringLiteral("addCustomerUpdate"), &DutiesPanel::addCustomerUpdate },
        { QStringLiteral("addLiaison"), &DutiesPanel::addLiaison },
        { QStringLiteral("addComplaintSummary"), &DutiesPanel::addComplaintSummary },
        { QStringLiteral("addComplaintHandling"), &DutiesPanel::addComplaintHandling },
    };
    for (const auto& [name, slot] : actions) {
        QPushButton* b = button(name);
        connect(b, &QPushButton::clicked, this, slot);
        b->setEnabled(m_db && !m_db->isReadOnly());
    }
    reload();
}

DutiesPanel::Page DutiesPanel::addPage(const QString& title, const QStringList& headers,
                                       const QList<QPair<QString, QString>>& buttons, Tab tab)
{
    Page page;
    auto* widget = new QWidget(m_tabs);
    page.table = new QTableWidget(0, int(headers.size()), widget);
    page.table->setObjectName(QStringLiteral("dutyTable%1").arg(int(tab)));
    page.table->setAccessibleName(title);
    page.table->setHorizontalHeaderLabels(headers);
    page.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    page.table->setSelectionMode(QAbstractItemView::SingleSelection);
    page.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    page.table->verticalHeader()->hide();
    page.table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    page.table->horizontalHeader()->setStretchLastSection(true);
    page.detail = new QTextBrowser(widget);
    page.detail->setObjectName(QStringLiteral("dutyDetail%1").arg(int(tab)));
    auto* split = new QSplitter(Qt::Horizontal, widget);
    split->addWidget(page.table);
    split->addWidget(page.detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* row = new QHBoxLayout;
    for (const auto& [name, text] : buttons) {
        auto* b = new QPushButton(text, widget);
        b->setObjectName(name);
        row->addWidget(b);
    }
    row->addStretch();
    auto* layout = new QVBoxLayout(widget);
    layout->addWidget(split, 1);
    layout->addLayout(row);
    m_tabs->addTab(widget, title);
    connect(page.table, &QTableWidget::itemSelectionChanged, this,
            [this, tab] { showDetail(tab); });
    return page;
}

QPushButton* DutiesPanel::button(const QString& objectName) const
{
    return findChild<QPushButton*>(objectName);
}

QTableWidget* DutiesPanel::table(Tab tab) const
{
    return m_pages.at(tab).table;
}

QString DutiesPanel::detailText(Tab tab) const
{
    return m_pages.at(tab).detail->toPlainText();
}

qint64 DutiesPanel::selectedId(Tab tab) const
{
    const Page& page = m_pages.at(tab);
    const int r = page.table->currentRow();
    return r >= 0 && r < page.ids.size() ? page.ids.at(r) : 0;
}

bool DutiesPanel::report(const QString& title, bool ok, const QString& message)
{
    if (!ok)
        UserPrompts::error(this, title, Error { message, {} });
    return ok;
}

bool DutiesPanel::askDay(const QString& title, const QString& label, QDate suggested, bool optional,
                         QDate* out)
{
    bool ok = false;
    const QString text = UserPrompts::text(
        this, title,
        label + QLatin1Char(' ')
            + (optional ? tr("(YYYY-MM-DD, empty if not yet):") : tr("(YYYY-MM-DD):")),
        suggested.isValid() ? suggested.toString(Qt::ISODate) : QString(), &ok);
    if (!ok)
        return false;
    if (optional && text.trimmed().isEmpty()) {
        *out = {};
        return true;
    }
    *out = QDate::fromString(text.trimmed(), Qt::ISODate);
    return report(title, out->isValid(), tr("“%1” is not a date (YYYY-MM-DD).").arg(text));
}

bool DutiesPanel::askText(const QString& title, const QString& label, QString* text, bool multiLine)
{
    bool ok = false;
    *text = multiLine ? UserPrompts::multiLineText(this, title, label, {}, &ok)
                      : UserPrompts::text(this, title, label, {}, &ok);
    return ok;
}

void DutiesPanel::reload()
{
    if (!m_db)
        return;
    fillUrgentReviews();
    fillAudits();
    fillTechnicalChanges();
    fillCustomerUpdates();
    fillLiaisons();
    fillIfoComplaints();
}

namespace {

void setRow(QTableWidget* table, int r, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
}

// Keeps the selected record selected across a refill.
template<typename List, typename Cells>
void fill(QTableWidget* table, QList<qint64>* ids, const List& list, Cells cells)
{
    const int current = table->currentRow();
    const qint64 keep = current >= 0 && current < ids->size() ? ids->at(current) : 0;
    ids->clear();
    table->setRowCount(int(list.size()));
    int select = -1;
    for (int r = 0; r < list.size(); ++r) {
        ids->append(list.at(r).id);
        setRow(table, r, cells(list.at(r)));
        if (list.at(r).id == keep)
            select = r;
    }
    if (select >= 0)
        table->selectRow(select);
}

} // namespace

void DutiesPanel::fillUrgentReviews()
{
    const QList<UrgentReview> list = UrgentReviews::list(*m_db).valueOr({});
    fill(m_pages[UrgentReviews].table, &m_pages[UrgentReviews].ids, list,
         [](const UrgentReview& r) {
             const QStringList missing = UrgentReviews::missingConsent(r);
             return QStringList { r.title,
                                  r.fromDisputes ? tr("Escalated disputes") : tr("Extreme event"),
                                  day(r.openedOn), r.state,
                                  missing.isEmpty()
                                      ? tr("Both customers consented")
                                      : tr("Missing: %1").arg(missing.join(tr(" and "))) };
         });
    showDetail(UrgentReviews);
}

void DutiesPanel::fillAudits()
{
    const QList<PeriodicAudit> list = PeriodicAudits::all(*m_db).valueOr({});
    fill(m_pages[Audits].table, &m_pages[Audits].ids, list, [](const PeriodicAudit& a) {
        return QStringList { a.organisation, day(a.commissionedOn), PeriodicAudits::stage(a),
                             QString::number(a.changeRequestIds.size()) };
    });
    showDetail(Audits);
}

void DutiesPanel::fillTechnicalChanges()
{
    const QList<TechnicalChange> list = DutyRecords::technicalChanges(*m_db).valueOr({});
    fill(m_pages[TechnicalChanges].table, &m_pages[TechnicalChanges].ids, list,
         [](const TechnicalChange& c) {
             return QStringList { c.title, day(c.planAgreedOn),
                                  c.rfcOpensOn.isValid()
                                      ? tr("%1 – %2").arg(day(c.rfcOpensOn), day(c.rfcClosesOn))
                                      : QString(),
                                  QString::number(c.commentsReceived), day(c.statementOn) };
         });
    showDetail(TechnicalChanges);
}

void DutiesPanel::fillCustomerUpdates()
{
    const QList<CustomerUpdate> list = DutyRecords::customerUpdates(*m_db).valueOr({});
    fill(m_pages[CustomerUpdates].table, &m_pages[CustomerUpdates].ids, list,
         [](const CustomerUpdate& u) {
             return QStringList { u.consultation ? tr("Annual consultation") : tr("Update"),
                                  day(u.heldOn), u.audience, u.publicText };
         });
    showDetail(CustomerUpdates);
}

void DutiesPanel::fillLiaisons()
{
    const QList<ReviewLiaison> list = DutyRecords::reviewLiaisons(*m_db).valueOr({});
    fill(m_pages[Liaisons].table, &m_pages[Liaisons].ids, list, [](const ReviewLiaison& l) {
        return QStringList { l.person, DutyRecords::reviewName(l.review), day(l.termFrom),
                             l.termTo.isValid() ? day(l.termTo) : tr("ongoing") };
    });
    showDetail(Liaisons);
}

void DutiesPanel::fillIfoComplaints()
{
    // Summaries and handling times share one table; handling rows carry negative ids.
    struct Entry
    {
        qint64 id;
        QStringList cells;
    };
    QList<Entry> entries;
    for (const IfoComplaintSummary& s : IfoComplaints::summaries(*m_db).valueOr({})) {
        QStringList counts;
        for (const auto& [kind, n] : s.counts)
            counts << tr("%1: %2").arg(CaseCategories::displayName(kind)).arg(n);
        entries.append({ s.id,
                         { tr("Summary of escalated complaints"),
                           tr("%1 – %2").arg(day(s.periodFrom), day(s.periodTo)), day(s.receivedOn),
                           counts.join(QStringLiteral(", ")) } });
    }
    const BusinessCalendar calendar = CommitteeSettings::businessCalendar(*m_db);
    for (const IfoComplaintHandling& h : IfoComplaints::handlings(*m_db).valueOr({})) {
        const IfoHandlingCheck check = IfoComplaints::check(calendar, h, m_today);
        entries.append(
            { -h.id,
              { tr("Handling times"), h.reference, day(h.receivedOn),
                tr("receipt %1; response %2")
                    .arg(handlingState(check.receipt), handlingState(check.response)) } });
    }
    fill(m_pages[IfoComplaints].table, &m_pages[IfoComplaints].ids, entries,
         [](const Entry& e) { return e.cells; });
    showDetail(IfoComplaints);
}

void DutiesPanel::showDetail(Tab tab)
{
    const qint64 id = selectedId(tab);
    QString text;
    if (id != 0 && tab == UrgentReviews) {
        if (auto r = UrgentReviews::get(*m_db, id)) {
            const UrgentReview& v = r.value();
            text = QStringLiteral("<h3>%1</h3><table>").arg(html(v.title));
            text += row(tr("Trigger:"),
                        v.fromDisputes ? tr("An escalated number of disputes")
                                       : tr("A single extreme event"));
            text += row(tr("Opened:"), day(v.openedOn));
            text += row(tr("Evidence:"), v.evidence);
            text += row(tr("Evidence document:"),
                        v.documentId ? tr("“%1” on file").arg(v.documentName) : tr("none"));
            text += row(tr("State:"), v.state);
            if (v.escalatedOn.isValid())
                text += row(tr("Further Escalation Options opened:"),
                            tr("%1, on the ground: %2").arg(day(v.escalatedOn), v.ground));
            if (v.concludedOn.isValid())
                text += row(tr("Concluded:"), tr("%1: %2").arg(day(v.concludedOn), v.outcome));
            text += QStringLiteral("</table><h4>%1</h4>").arg(html(tr("Customers' consent")));
            for (const CustomerConsent& c : v.consents)
                text += QStringLiteral("<p>%1</p>")
                            .arg(html(c.documentId
                                          ? tr("%1: given by %2, by %3, on %4 (document “%5”)")
                                                .arg(customersName(c.customers), c.givenBy, c.means,
                                                     day(c.givenOn), c.documentName)
                                          : tr("%1: given by %2, by %3, on %4")
                                                .arg(customersName(c.customers), c.givenBy, c.means,
                                                     day(c.givenOn))));
            const QStringList missing = UrgentReviews::missingConsent(v);
            if (!missing.isEmpty())
                text += QStringLiteral("<p><i>%1</i></p>")
                            .arg(html(tr("The Further Escalation Options stay closed until the "
                                         "consent of %1 is recorded.")
                                          .arg(missing.join(tr(" and ")))));
        }
    } else if (id != 0 && tab == Audits) {
        if (auto a = PeriodicAudits::get(*m_db, id)) {
            const PeriodicAudit& v = a.value();
            text = QStringLiteral("<h3>%1</h3><table>").arg(html(v.organisation));
            text += row(tr("Commissioned:"), day(v.commissionedOn));
            text += row(tr("Report received:"), day(v.reportReceivedOn));
            text += row(tr("Results published:"),
                        v.publishedOn.isValid()
                            ? tr("%1 at %2").arg(day(v.publishedOn), v.publishedWhere)
                            : QString());
            text += row(tr("Public summary:"), v.publicSummary);
            text += row(tr("Feedback closed:"), day(v.feedbackClosesOn));
            text += row(tr("Community feedback:"), v.feedbackSummary);
            text += row(tr("Change requests opened:"), QString::number(v.changeRequestIds.size()));
            text += QStringLiteral("</table>");
        }
    } else if (id != 0 && tab == TechnicalChanges) {
        for (const TechnicalChange& c : DutyRecords::technicalChanges(*m_db).valueOr({})) {
            if (c.id != id)
                continue;
            text = QStringLiteral("<h3>%1</h3><table>").arg(html(c.title));
            text += row(tr("Plan agreed with the IFO:"), day(c.planAgreedOn));
            text
                += row(tr("RFC period:"), tr("%1 – %2").arg(day(c.rfcOpensOn), day(c.rfcClosesOn)));
            text += row(tr("Comments received:"), QString::number(c.commentsReceived));
            text += row(tr("IFO statement:"), tr("%1 %2").arg(day(c.statementOn), c.statement));
            text += row(tr("Public text:"), c.publicText);
            text += QStringLiteral("</table>");
        }
    } else if (id != 0 && tab == CustomerUpdates) {
        for (const CustomerUpdate& u : DutyRecords::customerUpdates(*m_db).valueOr({})) {
            if (u.id != id)
                continue;
            text = QStringLiteral("<table>");
            text += row(tr("Kind:"), u.consultation ? tr("Annual consultation") : tr("Update"));
            text += row(tr("Date:"), day(u.heldOn));
            text += row(tr("Audience:"), u.audience);
            text += row(tr("Content (internal):"), u.content);
            text += row(tr("Public text:"), u.publicText);
            text += QStringLiteral("</table>");
        }
    } else if (id != 0) {
        // Liaisons and the IFO's reports are shown whole in their table rows.
        const Page& page = m_pages.at(tab);
        const int r = page.table->currentRow();
        text = QStringLiteral("<table>");
        for (int c = 0; c < page.table->columnCount(); ++c)
            text += row(page.table->horizontalHeaderItem(c)->text() + QLatin1Char(':'),
                        page.table->item(r, c) ? page.table->item(r, c)->text() : QString());
        text += QStringLiteral("</table>");
    }
    m_pages[tab].detail->setHtml(text);
}

void DutiesPanel::openUrgentReview()
{
    const QString title = tr("Open Urgent Review");
    UrgentReview r;
    bool ok = false;
    if (!askText(title, tr("What is the systemic breach?"), &r.title))
        return;
    const QStringList triggers { tr("A single extreme event"),
                                 tr("An escalated number of disputes") };
    const QString trigger = UserPrompts::item(this, title, tr("Started from:"), triggers, 0, &ok);
    if (!ok)
        return;
    r.fromDisputes = trigger == triggers.at(1);
    if (!askText(title, tr("The evidence:"), &r.evidence, true)
        || !askDay(title, tr("Opened on"), m_today, false, &r.openedOn))
        return;
    r.documentPath = UserPrompts::openFileName(this, tr("The Evidence"));
    auto id = UrgentReviews::open(*m_db, r);
    if (!id)
        return UserPrompts::error(this, title, id.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::recordConsent()
{
    const QString title = tr("Record Customers' Consent");
    const qint64 review = selectedId(UrgentReviews);
    if (!report(title, review != 0, tr("Select the urgent review first.")))
        return;
    CustomerConsent c;
    bool ok = false;
    const QStringList who { customersName(TldKind::Cctld), customersName(TldKind::Gtld) };
    const QString customers = UserPrompts::item(this, title, tr("Consent of the:"), who, 0, &ok);
    if (!ok)
        return;
    c.customers = customers == who.at(0) ? TldKind::Cctld : TldKind::Gtld;
    if (!askText(title, tr("Who gave it (the body or its representative):"), &c.givenBy)
        || !askText(title, tr("By what means (a vote, a letter, a council resolution):"), &c.means)
        || !askDay(title, tr("Given on"), m_today, false, &c.givenOn))
        return;
    c.documentPath = UserPrompts::openFileName(this, tr("The Evidence of Consent"));
    auto id = UrgentReviews::recordConsent(*m_db, review, c);
    if (!id)
        return UserPrompts::error(this, title, id.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::openFurtherEscalation()
{
    const QString title = tr("Further Escalation Options");
    const qint64 review = selectedId(UrgentReviews);
    if (!report(title, review != 0, tr("Select the urgent review first.")))
        return;
    // Core says whose consent is missing before anything is asked.
    if (auto r = UrgentReviews::get(*m_db, review)) {
        const QStringList missing = UrgentReviews::missingConsent(r.value());
        if (!missing.isEmpty()) {
            auto refused
                = UrgentReviews::openFurtherEscalation(*m_db, review, QStringLiteral("-"), m_today);
            if (!refused)
                return UserPrompts::error(this, title, refused.error());
        }
    }
    QString ground;
    if (!askText(title, tr("On what ground are they opened?"), &ground))
        return;
    if (auto s = UrgentReviews::openFurtherEscalation(*m_db, review, ground, m_today); !s)
        return UserPrompts::error(this, title, s.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::concludeUrgentReview()
{
    const QString title = tr("Conclude Urgent Review");
    const qint64 review = selectedId(UrgentReviews);
    if (!report(title, review != 0, tr("Select the urgent review first.")))
        return;
    QString outcome;
    if (!askText(title, tr("The outcome:"), &outcome, true))
        return;
    if (auto s = UrgentReviews::conclude(*m_db, review, outcome, m_today); !s)
        return UserPrompts::error(this, title, s.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::commissionAudit()
{
    const QString title = tr("Commission the Periodic Audit");
    QString organisation;
    QDate on;
    if (!askText(title, tr("The independent organisation:"), &organisation)
        || !askDay(title, tr("Commissioned on"), m_today, false, &on))
        return;
    auto id = PeriodicAudits::commission(*m_db, organisation, on);
    if (!id)
        return UserPrompts::error(this, title, id.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::recordAuditReport()
{
    const QString title = tr("Audit Report Received");
    const qint64 audit = selectedId(Audits);
    if (!report(title, audit != 0, tr("Select the audit first.")))
        return;
    QDate on;
    if (!askDay(title, tr("Received on"), m_today, false, &on))
        return;
    const QString file = UserPrompts::openFileName(this, tr("The Audit Report"));
    if (file.isEmpty())
        return;
    if (auto s = PeriodicAudits::recordReport(*m_db, audit, on, file); !s)
        return UserPrompts::error(this, title, s.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::publishAuditResults()
{
    const QString title = tr("Publish the Audit's Results");
    const qint64 audit = selectedId(Audits);
    if (!report(title, audit != 0, tr("Select the audit first.")))
        return;
    QDate on;
    QString where, summary;
    if (!askDay(title, tr("Published on"), m_today, false, &on)
        || !askText(title, tr("Where (a web address):"), &where)
        || !askText(title, tr("The public summary of the results:"), &summary, true))
        return;
    if (auto s = PeriodicAudits::publishResults(*m_db, audit, on, where, summary); !s)
        return UserPrompts::error(this, title, s.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::recordAuditFeedback()
{
    const QString title = tr("Community Feedback");
    const qint64 audit = selectedId(Audits);
    if (!report(title, audit != 0, tr("Select the audit first.")))
        return;
    QDate closes;
    QString summary;
    if (!askDay(title, tr("The feedback closed on"), m_today, false, &closes)
        || !askText(title, tr("What the community said:"), &summary, true))
        return;
    if (auto s = PeriodicAudits::recordFeedback(*m_db, audit, closes, summary); !s)
        return UserPrompts::error(this, title, s.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::openAuditChangeRequest()
{
    const QString title = tr("Service-Level Change Request");
    const qint64 audit = selectedId(Audits);
    if (!report(title, audit != 0, tr("Select the audit first.")))
        return;
    QString what;
    if (!askText(title, tr("The change the audit calls for:"), &what))
        return;
    if (auto id = PeriodicAudits::openChangeRequest(*m_db, audit, what, m_today); !id)
        return UserPrompts::error(this, title, id.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::addTechnicalChange()
{
    const QString title = tr("Technical Change Outside Policy");
    TechnicalChange c;
    bool ok = false;
    if (!askText(title, tr("The change (e.g. the introduction of DNSSEC):"), &c.title)
        || !askDay(title, tr("Implementation plan agreed with the IFO on"), {}, true,
                   &c.planAgreedOn)
        || !askDay(title, tr("The RFC period opens on"), {}, true, &c.rfcOpensOn)
        || !askDay(title, tr("The RFC period closes on"), {}, true, &c.rfcClosesOn))
        return;
    c.commentsReceived
        = UserPrompts::integer(this, title, tr("Comments received:"), 0, 0, 100000, &ok);
    if (!ok || !askDay(title, tr("The IFO's statement on"), {}, true, &c.statementOn))
        return;
    if (c.statementOn.isValid() && !askText(title, tr("The IFO's statement:"), &c.statement, true))
        return;
    if (!askText(title, tr("The public text:"), &c.publicText, true))
        return;
    if (auto id = DutyRecords::addTechnicalChange(*m_db, c); !id)
        return UserPrompts::error(this, title, id.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::addCustomerUpdate()
{
    const QString title = tr("Update to Direct Customers");
    CustomerUpdate u;
    bool ok = false;
    const QStringList kinds { tr("Update"), tr("Annual consultation") };
    const QString kind = UserPrompts::item(this, title, tr("Kind:"), kinds, 0, &ok);
    if (!ok)
        return;
    u.consultation = kind == kinds.at(1);
    if (!askDay(title, tr("Held on"), m_today, false, &u.heldOn)
        || !askText(title, tr("Audience:"), &u.audience)
        || !askText(title, tr("What was said (internal):"), &u.content, true)
        || !askText(title, tr("The public text:"), &u.publicText, true))
        return;
    if (auto id = DutyRecords::addCustomerUpdate(*m_db, u); !id)
        return UserPrompts::error(this, title, id.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::addLiaison()
{
    const QString title = tr("Liaison to a Review Team");
    ReviewLiaison l;
    bool ok = false;
    QStringList names;
    for (const QString& key : DutyRecords::reviewKeys())
        names << DutyRecords::reviewName(key);
    if (!askText(title, tr("Who:"), &l.person))
        return;
    const QString review = UserPrompts::item(this, title, tr("Which review team:"), names, 0, &ok);
    if (!ok)
        return;
    l.review = DutyRecords::reviewKeys().value(names.indexOf(review));
    if (!askDay(title, tr("Term from"), m_today, false, &l.termFrom)
        || !askDay(title, tr("Term to"), {}, true, &l.termTo))
        return;
    if (auto id = DutyRecords::addReviewLiaison(*m_db, l); !id)
        return UserPrompts::error(this, title, id.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::addComplaintSummary()
{
    const QString title = tr("IFO Summary of Escalated Complaints");
    IfoComplaintSummary s;
    QString counts;
    if (!askDay(title, tr("The period from"), {}, false, &s.periodFrom)
        || !askDay(title, tr("The period to"), {}, false, &s.periodTo)
        || !askDay(title, tr("Received on"), m_today, false, &s.receivedOn)
        || !askText(title,
                    tr("Counts per kind, one per line as kind=count (kinds: %1):")
                        .arg(CaseCategories::keys().join(QStringLiteral(", "))),
                    &counts, true))
        return;
    for (const QString& line : counts.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char('='));
        bool number = false;
        const int n = parts.value(1).trimmed().toInt(&number);
        if (!report(title, parts.size() == 2 && number,
                    tr("“%1” is not kind=count.").arg(line.trimmed())))
            return;
        s.counts.append({ parts.at(0).trimmed(), n });
    }
    if (auto id = IfoComplaints::addSummary(*m_db, s); !id)
        return UserPrompts::error(this, title, id.error());
    reload();
    Q_EMIT changed();
}

void DutiesPanel::addComplaintHandling()
{
    const QString title = tr("IFO Complaint Handling Times");
    IfoComplaintHandling h;
    if (!askText(title, tr("The IFO's reference:"), &h.reference)
        || !askDay(title, tr("Received by the IFO on"), {}, false, &h.receivedOn)
        || !askDay(title, tr("Acknowledged on"), {}, true, &h.acknowledgedOn)
        || !askDay(title, tr("Substantive response on"), {}, true, &h.respondedOn))
        return;
    if (auto id = IfoComplaints::addHandling(*m_db, h); !id)
        return UserPrompts::error(this, title, id.error());
    reload();
    Q_EMIT changed();
}

} // namespace csc
