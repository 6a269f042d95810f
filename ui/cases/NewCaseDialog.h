// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/util/Result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace csc {

// The form for opening a case. Core decides (e.g. refuses a delegation dispute);
// the dialog shows the reason and stays open.
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    using Opener = std::function<Result<qint64>(const NewCase&)>;

    NewCaseDialog(CaseProcess process, const QList<ServiceLevelRef>& serviceLevels, Opener opener,
                  QWidget* parent = nullptr);

    NewCase newCase() const;
    qint64 openedCaseId() const { return m_openedId; }
    void accept() override;

private:
    Opener m_opener;
    qint64 m_openedId = 0;
    QComboBox* m_process;
    QLineEdit* m_title;
    QLineEdit* m_complainant;
    QLineEdit* m_tld;
    QComboBox* m_tldKind;
    QComboBox* m_category;
    QComboBox* m_serviceLevel;
    QPlainTextEdit* m_description;
    QCheckBox* m_exercise;
    QLabel* m_error;
};

} // namespace csc
