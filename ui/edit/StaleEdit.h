// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QWidget;

namespace csc {

class Database;
class EditCommand;

// What an editor saw of the records it shows: each record's version (core's EditGuard) when
// the view loaded it. A view notes them where it reads its rows, so an edit of a row is
// guarded against a change someone else made after the row was shown.
class SeenVersions
{
public:
    explicit SeenVersions(QString entity)
        : m_entity(std::move(entity))
    { }

    // All records of the entity (one query), when the view (re)loads its rows.
    void load(const Database& db);
    // One record, when an editor shows it alone.
    void note(const Database& db, const QString& id);
    void note(const Database& db, qint64 id) { note(db, QString::number(id)); }
    qint64 of(const QString& id) const { return m_versions.value(id); }
    qint64 of(qint64 id) const { return of(QString::number(id)); }
    // Guards the command's first run with what the view saw of the record.
    void guard(EditCommand& command, const Database& db, const QString& id) const;
    void guard(EditCommand& command, const Database& db, qint64 id) const
    {
        guard(command, db, QString::number(id));
    }
    const QString& entity() const { return m_entity; }

private:
    QString m_entity;
    QHash<QString, qint64> m_versions;
};

// How every editor answers core's refusal of an edit. A stale edit (someone else changed the
// record since the editor showed it) is explained with their name, and the user's text is kept
// while they choose: save their own version over the newer one, or discard theirs and reload.
// Any other refusal is shown as an error.
class StaleEdit
{
    Q_DECLARE_TR_FUNCTIONS(StaleEdit)

public:
    enum class Answer {
        NotStale, // another refusal, shown as an error
        SaveMine, // save the user's version again, over the newer one
        Reload, // drop the user's version and show the newer one
    };
    static Answer ask(QWidget* parent, const QString& title, const Error& error);

    // "Save mine" of a record: the fields the user changed (before → after), put onto the
    // record as it is now, so their colleague's other changes stay. Fields: member pointers,
    // e.g. mineOnto<&WorkItem::title, &WorkItem::isPublic>(before, after, now).
    template<auto... Fields, typename Value>
    static Value mineOnto(const Value& before, const Value& after, Value now)
    {
        ((before.*Fields != after.*Fields ? void(now.*Fields = after.*Fields) : void()), ...);
        return now;
    }
};

} // namespace csc
