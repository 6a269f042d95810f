// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeNotifier.h"

#include <QHash>

#include <utility>

namespace csc {

namespace {
QHash<const Database*, ChangeNotifier*>& notifiers()
{
    static QHash<const Database*, ChangeNotifier*> all;
    return all;
}
} // namespace

ChangeNotifier& ChangeNotifier::of(const Database& db)
{
    ChangeNotifier*& n = notifiers()[&db];
    if (!n)
        n = new ChangeNotifier;
    return *n;
}

void ChangeNotifier::forget(const Database* db)
{
    delete notifiers().take(db);
}

void ChangeNotifier::note(const QString& entity)
{
    m_pending.insert(entity);
}

void ChangeNotifier::flush()
{
    if (m_pending.isEmpty())
        return;
    DataChange change { std::exchange(m_pending, {}) };
    Q_EMIT changed(change);
}

void ChangeNotifier::announceRemote(const QString& entity)
{
    Q_EMIT changed(DataChange { { entity } });
}

void ChangeNotifier::discard()
{
    m_pending.clear();
}

} // namespace csc
