// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QPushButton>

namespace csc {

class Database;

// "Kept e-mails (n)": the copies of the e-mails prepared when the minutes were circulated
// or published (or a month's findings sent), kept in the record. Choosing one opens it
// again in the mail client, as it was kept.
class KeptMailButton : public QPushButton
{
    Q_OBJECT

public:
    explicit KeptMailButton(QWidget* parent = nullptr);

    // Shows the copies of a meeting's e-mails, or (meetingId 0) of a month's findings.
    void showFor(Database* db, qint64 meetingId, QDate month = {});
    // What the menu lists, one line per kept copy (the tests read it).
    QStringList entries() const;
    // Writes copy `id` as an .eml into the mail folder and hands it to the mail client.
    void openCopy(qint64 id);

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    Database* m_db = nullptr;
    QStringList m_entries;
};

} // namespace csc
