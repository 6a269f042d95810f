// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterSetupPage.h"

#include "SetupTransferButtons.h"
#include "core/meetings/Committee.h"
#include "core/meetings/CompositionCheck.h"
#include "core/setup/RosterTransfer.h"
#include "core/storage/Database.h"
#include "ui/committee/MemberDialog.h"
#include "ui/widgets/UserPrompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csc {

RosterSetupPage::RosterSetupPage(Database& db, QWidget* parent)
    : QWizardPage(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_composition(new QLabel(this))
{
    setTitle(tr("The roster"));
    setSubTitle(tr("Members and liaisons: add them one by one or import a CSV file with the "
                   "columns name, affiliation, kind, voting, email, term_start, term_end, chair, "
                   "ifo_contact_role."));
    m_list->setObjectName(QStringLiteral("rosterList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        { tr("Name"), tr("Affiliation"), tr("Seat"), tr("Votes"), tr("Term from") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_composition->setObjectName(QStringLiteral("compositionCheck"));
    m_composition->setWordWrap(true);
    m_composition->setTextFormat(Qt::RichText);

    auto* add = new QPushButton(tr("Add Member…"), this);
    add->setEnabled(!db.isReadOnly());
    connect(add, &QPushButton::clicked, this, &RosterSetupPage::addMember);
    auto* transfer
        = new SetupTransferButtons(db,
                                   { tr("the roster"), tr("CSV files (*.csv);;All files (*)"),
                                     &RosterTransfer::importFile, &RosterTransfer::exportFile },
                                   this);
    connect(transfer, &SetupTransferButtons::imported, this, [this] {
        reload();
        Q_EMIT saved();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(transfer, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_composition);
}

void RosterSetupPage::initializePage()
{
    reload();
}

void RosterSetupPage::reload()
{
    m_list->clear();
    auto members = Committee::members(m_db);
    if (!members) {
        m_composition->setText(members.error().message.toHtmlEscaped());
        return;
    }
    for (const Member& m : members.value())
        new QTreeWidgetItem(m_list,
                            { m.name, m.affiliation, MemberNames::kindName(m.kind),
                              m.voting ? tr("yes") : tr("no"),
                              QLocale().toString(m.termStart, QLocale::ShortFormat) });
    const QList<CompositionIssue> issues
        = CompositionCheck::run(members.value(), QDate::currentDate());
    if (issues.isEmpty()) {
        m_composition->setText(tr("<b>Composition:</b> the roster meets the charter's minimum."));
        return;
    }
    QStringList lines;
    for (const CompositionIssue& issue : issues)
        lines << issue.message.toHtmlEscaped();
    m_composition->setText(tr("<b>Composition check:</b> %1").arg(lines.join(QLatin1String("; "))));
}

void RosterSetupPage::addMember()
{
    Member blank;
    blank.termStart = QDate::currentDate();
    MemberDialog dialog(blank, this);
    if (UserPrompts::exec(dialog) != QDialog::Accepted)
        return;
    if (auto id = Committee::addMember(m_db, dialog.member()); !id) {
        UserPrompts::error(this, tr("Cannot add the member"), id.error());
        return;
    }
    reload();
    Q_EMIT saved();
}

} // namespace csc
