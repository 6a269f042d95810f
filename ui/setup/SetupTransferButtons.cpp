// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupTransferButtons.h"

#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>

namespace csc {

SetupTransferButtons::SetupTransferButtons(Database& db, Transfer transfer, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_transfer(std::move(transfer))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    layout->addWidget(importButton);
    layout->addWidget(exportButton);
    layout->addStretch(1);
    importButton->setEnabled(!db.isReadOnly());
    const QString folder = db.isInMemory() ? QString() : QFileInfo(db.path()).absolutePath();
    connect(importButton, &QPushButton::clicked, this, [this, folder] {
        const QString path = UserPrompts::openFileName(this, tr("Import %1").arg(m_transfer.what),
                                                       folder, m_transfer.filter);
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this, folder] {
        const QString path = UserPrompts::saveFileName(this, tr("Export %1").arg(m_transfer.what),
                                                       folder, m_transfer.filter);
        if (path.isEmpty())
            return;
        if (auto s = m_transfer.exportFile(m_db, path); !s)
            UserPrompts::error(this, tr("Export failed"), s.error());
        else
            UserPrompts::information(
                this, tr("Exported"),
                tr("%1 was written to %2.").arg(m_transfer.what, QDir::toNativeSeparators(path)));
    });
}

bool SetupTransferButtons::importFrom(const QString& path)
{
    auto outcome = m_transfer.importFile(m_db, path);
    if (!outcome) {
        UserPrompts::error(this, tr("Import failed"), outcome.error());
        return false;
    }
    const SetupImportOutcome& o = outcome.value();
    if (!o.ok()) {
        QStringList lines;
        for (const ImportProblem& p : o.problems)
            lines << p.text();
        // The first problems in the message itself; all of them under "Show Details".
        QString message = tr("The file has %n problem(s); nothing was changed.", nullptr,
                             int(o.problems.size()))
            + QLatin1Char('\n') + lines.mid(0, 8).join(QLatin1Char('\n'));
        if (lines.size() > 8)
            message += QLatin1Char('\n') + tr("… and %n more.", nullptr, int(lines.size() - 8));
        UserPrompts::error(this, tr("Nothing was imported"),
                           { message, lines.join(QLatin1Char('\n')) });
        return false;
    }
    QString text
        = tr("%1: %2 added, %3 already there.").arg(m_transfer.what).arg(o.added).arg(o.unchanged);
    if (!o.notes.isEmpty())
        text += QLatin1Char('\n') + o.notes.join(QLatin1Char('\n'));
    UserPrompts::information(this, tr("Imported"), text);
    Q_EMIT imported();
    return true;
}

} // namespace csc
