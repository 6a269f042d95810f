// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewCaseDialog.h"

#include "core/cases/CaseCategories.h"
#include "core/cases/ProcessDefinition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace csc {

NewCaseDialog::NewCaseDialog(CaseProcess process, const QList<ServiceLevelRef>& serviceLevels,
                             Opener opener, QWidget* parent)
    : QDialog(parent)
    , m_opener(std::move(opener))
    , m_process(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_complainant(new QLineEdit(this))
    , m_tld(new QLineEdit(this))
    , m_tldKind(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_serviceLevel(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_exercise(new QCheckBox(
          tr("Table-top &exercise (kept out of statistics, patterns and public output)"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("Open a Case"));
    for (CaseProcess p : ProcessDefinition::all())
        m_process->addItem(ProcessDefinition::of(p).name, int(p));
    m_process->setCurrentIndex(int(process));
    m_tldKind->addItem(tr("gTLD"), int(TldKind::Gtld));
    m_tldKind->addItem(tr("ccTLD"), int(TldKind::Cctld));
    m_tldKind->addItem(tr("Other TLD"), int(TldKind::Other));
    for (const QString& key : CaseCategories::keys())
        m_category->addItem(CaseCategories::displayName(key), key);
    m_serviceLevel->addItem(tr("None / not known"), 0);
    for (const ServiceLevelRef& sl : serviceLevels)
        m_serviceLevel->addItem(sl.label, sl.id);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("newCaseError"));
    // Bold text in the palette's colour rather than a fixed red, readable on dark palettes.
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Process:"), m_process);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Registry operator:"), m_complainant);
    form->addRow(tr("T&LD:"), m_tld);
    form->addRow(tr("TLD &kind:"), m_tldKind);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Service level:"), m_serviceLevel);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(m_exercise);
    form->addRow(new QLabel(
        tr("New cases are confidential; making one public is a separate, recorded decision."),
        this));
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    // A category the committee may not take (re-delegation) is refused as soon as it is chosen,
    // inline, not only after OK.
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto checkCategory = [this, ok] {
        const Status admissible
            = CaseCategories::checkAdmissible(m_category->currentData().toString());
        ok->setEnabled(bool(admissible));
        m_error->setVisible(!admissible);
        m_error->setText(admissible ? QString() : admissible.error().message);
    };
    connect(m_category, &QComboBox::currentIndexChanged, this, checkCategory);
    checkCategory();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

NewCase NewCaseDialog::newCase() const
{
    NewCase c;
    c.process = CaseProcess(m_process->currentData().toInt());
    c.title = m_title->text();
    c.complainant = m_complainant->text();
    c.tld = m_tld->text().remove(QLatin1Char('.'));
    c.tldKind = TldKind(m_tldKind->currentData().toInt());
    c.category = m_category->currentData().toString();
    c.serviceLevelId = m_serviceLevel->currentData().toLongLong();
    c.description = m_description->toPlainText();
    c.exercise = m_exercise->isChecked();
    return c;
}

void NewCaseDialog::accept()
{
    auto opened = m_opener(newCase());
    if (!opened) {
        m_error->setText(opened.error().message);
        m_error->show();
        return;
    }
    m_openedId = opened.value();
    QDialog::accept();
}

} // namespace csc
