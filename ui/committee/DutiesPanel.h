// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace csc {

class Database;

// The committee's other duties (domain.md §7), one tab per kind: urgent reviews with the
// customers' consent, the periodic audit, technical changes, updates to customers and the annual
// consultation, liaisons to review teams, and what the IFO reports of its own complaint
// handling. Tables and a detail view per kind; every record is added through core (audited) and
// core's refusals are shown as they are. Core keeps these records append-only, so nothing here
// is undone: a correction is a new record.
class DutiesPanel : public QWidget
{
    Q_OBJECT

public:
    DutiesPanel(Database* db, QWidget* parent = nullptr);

    void reload();
    void setToday(QDate today) { m_today = today; }

    // The tabs, in order (tests select them by index).
    enum Tab { UrgentReviews, Audits, TechnicalChanges, CustomerUpdates, Liaisons, IfoComplaints };
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* table(Tab tab) const;
    QString detailText(Tab tab) const;

Q_SIGNALS:
    void changed();

private:
    struct Page
    {
        QTableWidget* table = nullptr;
        QTextBrowser* detail = nullptr;
        QList<qint64> ids; // the record shown in each row
    };
    Page addPage(const QString& title, const QStringList& headers,
                 const QList<QPair<QString, QString>>& buttons, Tab tab);
    QPushButton* button(const QString& objectName) const;
    qint64 selectedId(Tab tab) const;
    bool report(const QString& title, bool ok, const QString& message);

    // Asks for a day (YYYY-MM-DD); `optional` accepts an empty answer as "not yet".
    bool askDay(const QString& title, const QString& label, QDate suggested, bool optional,
                QDate* day);
    bool askText(const QString& title, const QString& label, QString* text, bool multiLine = false);

    void fillUrgentReviews();
    void fillAudits();
    void fillTechnicalChanges();
    void fillCustomerUpdates();
    void fillLiaisons();
    void fillIfoComplaints();
    void showDetail(Tab tab);

    void openUrgentReview();
    void recordConsent();
    void openFurtherEscalation();
    void concludeUrgentReview();
    void commissionAudit();
    void recordAuditReport();
    void publishAuditResults();
    void recordAuditFeedback();
    void openAuditChangeRequest();
    void addTechnicalChange();
    void addCustomerUpdate();
    void addLiaison();
    void addComplaintSummary();
    void addComplaintHandling();

    Database* m_db;
    QDate m_today;
    QTabWidget* m_tabs;
    QList<Page> m_pages;
};

} // namespace csc
