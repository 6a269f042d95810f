// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/rules/BusinessCalendar.h"

#include <QLocale>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace csc {

class Database;

// The selected case: header, deadline, timeline of moves, comments, documents,
// linked cases, notices and publication decisions, with the actions on it.
class CaseDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailPane(Database& db, QWidget* parent = nullptr);

    void showCase(qint64 caseId); // 0: nothing selected
    qint64 caseId() const { return m_caseId; }
    QString shownText() const;

Q_SIGNALS:
    void moveMenuRequested(qint64 caseId, const QPoint& globalPos);
    void commentRequested(qint64 caseId, const QString& text);
    void attachRequested(qint64 caseId);
    void publicRequested(qint64 caseId);
    void archiveRequested(qint64 caseId, bool archive);
    void escalateRequested(qint64 caseId);
    void linkActivated(qint64 caseId);
    void responseRequested(qint64 caseId);
    void handOverRequested(qint64 caseId);

private:
    QString render(const CaseDetail& d) const;
    static QString lateOrLeft(const DeadlineStatus& s, const QLocale& locale);

    Database& m_db;
    qint64 m_caseId = 0;
    QTextBrowser* m_browser;
    QLineEdit* m_comment;
    QPushButton* m_move;
    QPushButton* m_attach;
    QPushButton* m_public;
    QPushButton* m_archive;
    QPushButton* m_escalate;
    QPushButton* m_respond;
    QPushButton* m_handOver;
    bool m_archived = false;
};

} // namespace csc
