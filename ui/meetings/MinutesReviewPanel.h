// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace csc {

class Database;

// Members' review of circulated minutes: what each member said (comment,
// approval, request for changes), and the buttons to say it. Works offline in a
// review copy, where it is what a member mostly does.
class MinutesReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MinutesReviewPanel(Database* db, QWidget* parent = nullptr);

    void showMeeting(qint64 meetingId);
    int reviewCount() const;

Q_SIGNALS:
    void changed();

private:
    void refresh();
    void approve();
    void askForChanges();
    void comment();
    void recordEmailDecision();

    Database* m_db;
    qint64 m_meetingId = 0;
    QLabel* m_summary;
    QListWidget* m_list;
    QPushButton* m_approve;
    QPushButton* m_changes;
    QPushButton* m_comment;
    QPushButton* m_emailDecision;
};

} // namespace csc
