// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/performance/ServiceLevel.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace csc {

// Defines a new service level, or amends one through a recorded change request.
class ServiceLevelDialog : public QDialog
{
    Q_OBJECT

public:
    // `level` null: a new service level; otherwise an amendment of it.
    ServiceLevelDialog(const ServiceLevel* level, QDate suggestedMonth, QWidget* parent = nullptr);

    QString category() const;
    QString metric() const;
    ServiceLevelVersion version() const;
    ChangeRequest changeRequest() const;

private:
    bool m_amend;
    QComboBox* m_category;
    QLineEdit* m_metric;
    QDoubleSpinBox* m_threshold;
    QComboBox* m_unit;
    QComboBox* m_type;
    QDoubleSpinBox* m_target;
    QDateEdit* m_from;
    QLineEdit* m_title = nullptr;
    QComboBox* m_requestedBy = nullptr;
    QPlainTextEdit* m_consultation = nullptr;
    QPlainTextEdit* m_decision = nullptr;
};

} // namespace csc
