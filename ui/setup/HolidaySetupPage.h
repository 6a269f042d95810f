// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace csc {

class Database;

// The holiday calendar: import an .ics file or a list of dates, or type the national
// calendar in (one "YYYY-MM-DD Name" per line); typed days are added on Next.
class HolidaySetupPage : public QWizardPage
{
    Q_OBJECT

public:
    HolidaySetupPage(Database& db, QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

Q_SIGNALS:
    void saved();

private:
    void reload();

    Database& m_db;
    QPlainTextEdit* m_typed;
    QLabel* m_current;
};

} // namespace csc
