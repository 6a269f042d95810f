// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidaySetupPage.h"

#include "SetupTransferButtons.h"
#include "core/setup/HolidayTransfer.h"
#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace csc {

HolidaySetupPage::HolidaySetupPage(Database& db, QWidget* parent)
    : QWizardPage(parent)
    , m_db(db)
    , m_typed(new QPlainTextEdit(this))
    , m_current(new QLabel(this))
{
    setTitle(tr("The holiday calendar"));
    setSubTitle(tr("Business days are Monday to Friday less these days; case deadlines and the "
                   "minutes deadline count them. Import an .ics file or a list of dates, or type "
                   "them below, one per line."));
    m_typed->setObjectName(QStringLiteral("typedHolidays"));
    m_typed->setPlaceholderText(tr("2027-01-01 New Year's Day\n2027-12-25 Christmas Day"));
    m_current->setObjectName(QStringLiteral("holidayCount"));
    m_current->setWordWrap(true);
    auto* transfer = new SetupTransferButtons(
        db,
        { tr("the holiday calendar"), tr("Holiday files (*.ics *.txt *.csv);;All files (*)"),
          &HolidayTransfer::importFile, &HolidayTransfer::exportFile },
        this);
    connect(transfer, &SetupTransferButtons::imported, this, [this] {
        reload();
        Q_EMIT saved();
    });
    m_typed->setEnabled(!db.isReadOnly());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(transfer);
    layout->addWidget(new QLabel(tr("Typed in (added when you press Next or Done for now):"), this));
    layout->addWidget(m_typed, 1);
    layout->addWidget(m_current);
}

void HolidaySetupPage::initializePage()
{
    reload();
}

void HolidaySetupPage::reload()
{
    auto days = CommitteeSettings::holidays(m_db);
    if (!days) {
        m_current->setText(days.error().message);
        return;
    }
    const QList<Holiday>& list = days.value();
    if (list.isEmpty()) {
        m_current->setText(tr("No holidays yet: every weekday counts as a business day."));
        return;
    }
    m_current->setText(
        tr("%n holiday(s) in the calendar, from %1 to %2.", nullptr, int(list.size()))
            .arg(QLocale().toString(list.first().day, QLocale::ShortFormat),
                 QLocale().toString(list.last().day, QLocale::ShortFormat)));
}

bool HolidaySetupPage::validatePage()
{
    const QString text = m_typed->toPlainText().trimmed();
    if (text.isEmpty() || m_db.isReadOnly())
        return true;
    QList<ImportProblem> problems;
    auto days = HolidayTransfer::parse(text.toUtf8(), tr("typed holidays"), &problems);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ImportProblem& p : problems)
            lines << p.text();
        UserPrompts::error(this, tr("Some lines are not holidays"),
                           { tr("Nothing was added; correct these lines or clear them to skip:")
                                 + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                             {} });
        return false;
    }
    auto added = HolidayTransfer::add(m_db, days.value());
    if (!added) {
        UserPrompts::error(this, tr("Cannot save the holidays"), added.error());
        return false;
    }
    m_typed->clear();
    reload();
    Q_EMIT saved();
    return true;
}

} // namespace csc
