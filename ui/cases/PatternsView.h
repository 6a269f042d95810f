// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/ComplaintPatterns.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace csc {

class Database;
class PatternTableModel;

// Complaints per service level and per category over the last year, and the
// suggestions to open a Problem Management case where a threshold was reached.
class PatternsView : public QWidget
{
    Q_OBJECT

public:
    explicit PatternsView(Database& db, QWidget* parent = nullptr);

    void reload(QDate asOf);
    const QList<ComplaintPattern>& suggestions() const { return m_suggestions; }
    // What the IFO's summaries of escalated complaints count over the months shown.
    QString ifoEscalatedText() const;

Q_SIGNALS:
    void openProblemRequested(const csc::ComplaintPattern& pattern);

private:
    Database& m_db;
    QComboBox* m_by;
    QWidget* m_suggestionBox;
    QVBoxLayout* m_suggestionLayout;
    QTableView* m_table;
    QLabel* m_ifoEscalated;
    PatternTableModel* m_model;
    QList<ComplaintPattern> m_suggestions;
    QDate m_asOf;
};

} // namespace csc
