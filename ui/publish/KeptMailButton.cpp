// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeptMailButton.h"

#include "MailClient.h"
#include "core/export/CirculationMail.h"
#include "core/util/AtomicFile.h"

#include <QDir>
#include <QLocale>
#include <QMenu>

namespace csc {

KeptMailButton::KeptMailButton(QWidget* parent)
    : QPushButton(parent)
{
    setObjectName(QStringLiteral("keptMail"));
    setMenu(new QMenu(this));
    setToolTip(tr("The e-mails prepared when these minutes were circulated or published, as "
                  "kept in the record"));
}

void KeptMailButton::showFor(Database* db, qint64 meetingId, QDate month)
{
    m_db = db;
    m_entries.clear();
    menu()->clear();
    auto kept = db && (meetingId > 0 || month.isValid())
        ? CirculationMail::keptCopies(*db, meetingId, month)
        : Result<QList<KeptMail>>(QList<KeptMail> {});
    if (!kept) {
        setText(tr("Kept e-mails"));
        setEnabled(false);
        setStatusTip(kept.error().message);
        return;
    }
    const QLocale locale;
    for (const KeptMail& m : kept.value()) {
        const QString line
            = tr("%1 — %2: %3 (to %4)")
                  .arg(locale.toString(m.createdUtc.toLocalTime(), QLocale::ShortFormat),
                       CirculationMail::purposeName(m.purpose), m.subject, m.recipients);
        m_entries << line;
        QAction* open = menu()->addAction(line);
        const qint64 id = m.id;
        connect(open, &QAction::triggered, this, [this, id] { openCopy(id); });
    }
    setText(tr("Kept e-mails (%1)").arg(kept.value().size()));
    setEnabled(!kept.value().isEmpty());
    setStatusTip(kept.value().isEmpty() ? tr("No e-mail has been prepared for these yet.")
                                        : QString());
}

QStringList KeptMailButton::entries() const
{
    return m_entries;
}

void KeptMailButton::openCopy(qint64 id)
{
    if (!m_db)
        return;
    auto eml = CirculationMail::keptMessage(*m_db, id);
    if (!eml) {
        Q_EMIT statusMessage(eml.error().message);
        return;
    }
    const QString folder = MailClient::folder();
    if (!QDir().mkpath(folder)) {
        Q_EMIT statusMessage(
            tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    const QString path = QDir(folder).filePath(QStringLiteral("kept-%1.eml").arg(id));
    if (auto s = writeFileAtomically(path, eml.value()); !s) {
        Q_EMIT statusMessage(s.error().message);
        return;
    }
    MailClient::open(path);
}

} // namespace csc
