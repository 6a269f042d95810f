// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/MinutesDeadline.h"
#include "ui/widgets/NoticeBanner.h"

#include <QFrame>

class QLabel;

namespace csc {

class Database;

// The start-up overview: minutes due or overdue, most urgent first. Empty (and
// hidden) when every held meeting's minutes are published.
class MinutesDueWidget : public QFrame
{
    Q_OBJECT

public:
    explicit MinutesDueWidget(QWidget* parent = nullptr);

    void reload(const Database& db, QDate today);
    QString text() const;

    // One line for a banner ("Minutes of meeting no. 27 due Thu 26 Nov, 3 business
    // days left; 1 more overdue"), empty when nothing is due; `kind` says how loud.
    static QString summary(const QList<MinutesDue>& due, NoticeBanner::Kind* kind = nullptr);
    static QString summary(const Database& db, QDate today, NoticeBanner::Kind* kind = nullptr);

Q_SIGNALS:
    void meetingActivated(qint64 meetingId);

private:
    QLabel* m_label;
};

} // namespace csc
