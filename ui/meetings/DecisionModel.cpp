// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionModel.h"

#include "core/meetings/DecisionRules.h"

#include <QLocale>

namespace csc {

DecisionModel::DecisionModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DecisionModel::setDecisions(const QList<Decision>& decisions,
                                 const QList<DecisionOutcome>& outcomes)
{
    beginResetModel();
    m_decisions = decisions;
    m_outcomes = outcomes;
    endResetModel();
}

int DecisionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int DecisionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Decision& d = m_decisions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: {
            const QString day = QLocale().toString(d.decidedOn, QLocale::ShortFormat);
            return d.byEmail ? tr("%1 (by e-mail)").arg(day) : day;
        }
        case Text: {
            QString text = d.text;
            if (d.linkedCase.isSet())
                text += tr(" — case %1").arg(d.linkedCase.reference);
            return d.confidential ? tr("%1 (confidential)").arg(text) : text;
        }
        case Votes: {
            QStringList parts;
            for (const Vote& v : d.votes)
                parts << QStringLiteral("%1: %2").arg(v.memberName,
                                                      MeetingNames::voteName(v.choice));
            return parts.join(QStringLiteral(", "));
        }
        case Outcome:
            return m_outcomes.value(index.row()).explanation;
        case Ratification:
            // Core says where the ratification by e-mail stands (domain.md §6).
            return DecisionRules::ratificationText(d, m_outcomes.value(index.row()), m_decisions);
        }
    }
    return {};
}

QVariant DecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers { tr("Date"), tr("Decision"), tr("Votes"), tr("Outcome"),
                                tr("Ratification") };
    return headers.value(section);
}

} // namespace csc
