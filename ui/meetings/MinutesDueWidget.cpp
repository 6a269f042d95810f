// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesDueWidget.h"

#include "DeadlineStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace csc {

MinutesDueWidget::MinutesDueWidget(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("minutesDue"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAccessibleName(tr("Minutes due"));
    connect(m_label, &QLabel::linkActivated, this,
            [this](const QString& link) { Q_EMIT meetingActivated(link.toLongLong()); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label);
    hide();
}

void MinutesDueWidget::reload(const Database& db, QDate today)
{
    auto due = MinutesDeadline::unpublished(db, today);
    if (!due || due.value().isEmpty()) {
        m_label->clear();
        hide();
        return;
    }
    QStringList lines;
    for (const MinutesDue& d : due.value()) {
        const QColor bg = DeadlineStyle::background(d.status.state, palette());
        const QString style = bg.isValid()
            ? QStringLiteral(" style=\"background-color:%1\"").arg(bg.name())
            : QString();
        lines << QStringLiteral("<span%1><a href=\"%2\">%3</a> — %4 (%5)</span>")
                     .arg(style)
                     .arg(d.meeting.id)
                     .arg(tr("Minutes of meeting no. %1, %2")
                              .arg(d.meeting.number)
                              .arg(QLocale().toString(d.meeting.day(), QLocale::ShortFormat))
                              .toHtmlEscaped(),
                          MinutesDeadline::describe(d.status).toHtmlEscaped(),
                          (d.hasMinutes ? MeetingNames::minutesName(d.state) : tr("no draft yet"))
                              .toLower()
                              .toHtmlEscaped());
    }
    m_label->setText(QStringLiteral("<b>%1</b><br>").arg(tr("Minutes to publish").toHtmlEscaped())
                     + lines.join(QStringLiteral("<br>")));
    show();
}

QString MinutesDueWidget::text() const
{
    return m_label->text();
}

QString MinutesDueWidget::summary(const QList<MinutesDue>& due, NoticeBanner::Kind* kind)
{
    if (due.isEmpty())
        return {};
    const MinutesDue& first = due.first();
    int overdue = 0;
    for (const MinutesDue& d : due)
        overdue += d.status.state == DeadlineState::Overdue ? 1 : 0;
    if (kind)
        *kind = overdue > 0                               ? NoticeBanner::Kind::Error
            : DeadlineStyle::isUrgent(first.status.state) ? NoticeBanner::Kind::Warning
                                                          : NoticeBanner::Kind::Info;
    QString text = tr("Minutes of meeting no. %1 %2")
                       .arg(first.meeting.number)
                       .arg(MinutesDeadline::describe(first.status));
    if (due.size() > 1)
        text += tr("; %1 more unpublished (%2 overdue)")
                    .arg(due.size() - 1)
                    .arg(overdue - (first.status.state == DeadlineState::Overdue ? 1 : 0));
    return text + QLatin1Char('.');
}

QString MinutesDueWidget::summary(const Database& db, QDate today, NoticeBanner::Kind* kind)
{
    auto due = MinutesDeadline::unpublished(db, today);
    return due ? summary(due.value(), kind) : QString();
}

} // namespace csc
