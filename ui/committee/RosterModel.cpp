// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterModel.h"

#include "ui/edit/RowSync.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace csc {

RosterModel::RosterModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RosterModel::setMembers(const QList<Member>& members, QDate today)
{
    // In place: an edit of one member must keep the view's selection and scroll position.
    const bool newDay = today != m_today;
    m_today = today;
    RowSync::apply(this, m_members, members, [](const Member& m) { return m.id; });
    if (newDay && !m_members.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_members.size()) - 1, ColumnCount - 1));
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Member& m = m_members.at(index.row());
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case Name:
            return m.name;
        case Affiliation:
            return m.affiliation;
        case Seat:
            return MemberNames::kindName(m.kind);
        case Voting:
            return m.voting ? tr("Votes") : tr("Does not vote");
        case Term:
            return m.termEnd.isValid()
                ? tr("%1 – %2").arg(locale.toString(m.termStart, QLocale::ShortFormat),
                                    locale.toString(m.termEnd, QLocale::ShortFormat))
                : tr("since %1").arg(locale.toString(m.termStart, QLocale::ShortFormat));
        case Roles: {
            QStringList roles;
            if (m.isChair)
                roles << tr("Chair");
            if (m.contactRole != Member::ContactRole::None)
                roles << MemberNames::contactName(m.contactRole);
            if (!m.isActiveOn(m_today))
                roles << tr("Former member");
            return roles.join(QStringLiteral(", "));
        }
        }
    }
    if (role == Qt::ForegroundRole && !m.isActiveOn(m_today))
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers { tr("Name"),   tr("Affiliation"), tr("Seat"),
                                tr("Voting"), tr("Term"),        tr("Roles") };
    return headers.value(section);
}

} // namespace csc
