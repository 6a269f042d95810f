// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberDialog.h"

#include "core/meetings/Committee.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace csc {

MemberDialog::MemberDialog(const Member& member, QWidget* parent)
    : QDialog(parent)
    , m_member(member)
    , m_name(new QLineEdit(member.name, this))
    , m_affiliation(new QLineEdit(member.affiliation, this))
    , m_kind(new QComboBox(this))
    , m_voting(new QCheckBox(tr("Votes"), this))
    , m_email(new QLineEdit(member.email, this))
    , m_termStart(
          new QDateEdit(member.termStart.isValid() ? member.termStart : QDate::currentDate(), this))
    , m_hasTermEnd(new QCheckBox(tr("Term ends"), this))
    , m_termEnd(new QDateEdit(
          member.termEnd.isValid() ? member.termEnd : QDate::currentDate().addYears(2), this))
    , m_chair(new QCheckBox(tr("Chair of the committee"), this))
    , m_contact(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(member.id ? tr("Edit %1").arg(member.name) : tr("Add a member or liaison"));
    for (Member::Kind kind : MemberNames::allKinds())
        m_kind->addItem(MemberNames::kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(member.kind)));
    m_voting->setChecked(member.voting);
    m_hasTermEnd->setChecked(member.termEnd.isValid());
    m_termEnd->setEnabled(member.termEnd.isValid());
    for (QDateEdit* d : { m_termStart, m_termEnd }) {
        d->setCalendarPopup(true);
        // The user's date format, as the roster table shows it (not ISO).
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_chair->setChecked(member.isChair);
    for (Member::ContactRole role : { Member::ContactRole::None, Member::ContactRole::Primary,
                                      Member::ContactRole::Secondary })
        m_contact->addItem(role == Member::ContactRole::None ? tr("Not a point of contact")
                                                             : MemberNames::contactName(role),
                           int(role));
    m_contact->setCurrentIndex(m_contact->findData(int(member.contactRole)));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    // Fields take the dialog's width, so a long affiliation is not clipped.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_affiliation->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Affiliation:"), m_affiliation);
    form->addRow(tr("&Seat:"), m_kind);
    form->addRow(QString(), m_voting);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Term &starts:"), m_termStart);
    form->addRow(m_hasTermEnd, m_termEnd);
    form->addRow(QString(), m_chair);
    form->addRow(tr("IFO &contact:"), m_contact);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_hasTermEnd, &QCheckBox::toggled, m_termEnd, &QWidget::setEnabled);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MemberDialog::updateVoting);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto s = Committee::validate(this->member()); !s) {
            m_problem->setText(s.error().message);
            return;
        }
        accept();
    });
    updateVoting();
}

void MemberDialog::updateVoting()
{
    const bool mayVote = Member::kindMayVote(Member::Kind(m_kind->currentData().toInt()));
    m_voting->setEnabled(mayVote);
    if (!mayVote)
        m_voting->setChecked(false);
    m_voting->setToolTip(mayVote ? QString() : tr("Liaisons do not vote."));
}

Member MemberDialog::member() const
{
    Member m = m_member;
    m.name = m_name->text().trimmed();
    m.affiliation = m_affiliation->text().trimmed();
    m.kind = Member::Kind(m_kind->currentData().toInt());
    m.voting = m_voting->isChecked();
    m.email = m_email->text().trimmed();
    m.termStart = m_termStart->date();
    m.termEnd = m_hasTermEnd->isChecked() ? m_termEnd->date() : QDate();
    m.isChair = m_chair->isChecked();
    m.contactRole = Member::ContactRole(m_contact->currentData().toInt());
    return m;
}

} // namespace csc
