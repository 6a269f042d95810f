// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceLevelDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace csc {

ServiceLevelDialog::ServiceLevelDialog(const ServiceLevel* level, QDate suggestedMonth,
                                       QWidget* parent)
    : QDialog(parent)
    , m_amend(level != nullptr)
    , m_category(new QComboBox(this))
    , m_metric(new QLineEdit(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_target(new QDoubleSpinBox(this))
    , m_from(new QDateEdit(suggestedMonth, this))
{
    setWindowTitle(m_amend ? tr("Amend a service level") : tr("New service level"));
    for (const QString& c : SleText::categories())
        m_category->addItem(SleText::categoryName(c), c);
    m_threshold->setRange(0.01, 100000);
    m_threshold->setDecimals(2);
    for (DurationUnit u :
         { DurationUnit::Seconds, DurationUnit::Minutes, DurationUnit::Hours, DurationUnit::Days })
        m_unit->addItem(SleText::unitKey(u), int(u));
    m_type->addItem(tr("Max — a request must take at most the threshold"), int(ThresholdType::Max));
    m_type->addItem(tr("Min — a request must take at least the threshold"),
                    int(ThresholdType::Min));
    m_target->setRange(1, 100);
    m_target->setSuffix(QStringLiteral(" %"));
    m_target->setValue(95);
    m_threshold->setValue(1);
    m_from->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_from->setCalendarPopup(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Process category:"), m_category);
    form->addRow(tr("Metric:"), m_metric);
    if (m_amend) {
        m_category->setCurrentIndex(m_category->findData(level->category));
        m_category->setEnabled(false);
        m_metric->setText(level->metric);
        m_metric->setReadOnly(true);
        if (!level->versions.isEmpty()) {
            const ServiceLevelVersion& v = level->versions.constLast();
            m_threshold->setValue(v.threshold);
            m_unit->setCurrentIndex(m_unit->findData(int(v.unit)));
            m_type->setCurrentIndex(m_type->findData(int(v.type)));
            m_target->setValue(v.targetPercent);
        }
    }
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(m_unit);
    form->addRow(tr("Threshold:"), thresholdRow);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Compliance target:"), m_target);
    form->addRow(m_amend ? tr("Effective from:") : tr("Defined from:"), m_from);
    if (m_amend) {
        m_title = new QLineEdit(this);
        m_requestedBy = new QComboBox(this);
        m_requestedBy->addItem(tr("The committee"), QStringLiteral("committee"));
        m_requestedBy->addItem(tr("The IFO"), QStringLiteral("ifo"));
        m_consultation = new QPlainTextEdit(this);
        m_decision = new QPlainTextEdit(this);
        m_consultation->setMaximumHeight(70);
        m_decision->setMaximumHeight(70);
        auto* note = new QLabel(tr("A change makes a new version from the month chosen; months "
                                   "already rated keep the definition they were judged by."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
        form->addRow(tr("Change request:"), m_title);
        form->addRow(tr("Requested by:"), m_requestedBy);
        form->addRow(tr("Consultation:"), m_consultation);
        form->addRow(tr("Decision:"), m_decision);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this, buttons] {
        const bool ok = !m_metric->text().trimmed().isEmpty()
            && (!m_title || !m_title->text().trimmed().isEmpty());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    connect(m_metric, &QLineEdit::textChanged, this, validate);
    if (m_title)
        connect(m_title, &QLineEdit::textChanged, this, validate);
    validate();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ServiceLevelDialog::category() const
{
    return m_category->currentData().toString();
}

QString ServiceLevelDialog::metric() const
{
    return m_metric->text().trimmed();
}

ServiceLevelVersion ServiceLevelDialog::version() const
{
    ServiceLevelVersion v;
    v.effectiveFrom = SleMonth::of(m_from->date());
    v.threshold = m_threshold->value();
    v.unit = DurationUnit(m_unit->currentData().toInt());
    v.type = ThresholdType(m_type->currentData().toInt());
    v.targetPercent = m_target->value();
    return v;
}

ChangeRequest ServiceLevelDialog::changeRequest() const
{
    ChangeRequest r;
    if (!m_amend)
        return r;
    r.title = m_title->text().trimmed();
    r.requestedBy = m_requestedBy->currentData().toString();
    r.requestedOn = QDate::currentDate();
    r.consultation = m_consultation->toPlainText();
    r.decision = m_decision->toPlainText();
    r.decidedOn = QDate::currentDate();
    r.effectiveFrom = SleMonth::of(m_from->date());
    return r;
}

} // namespace csc
