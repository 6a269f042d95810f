// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteeSettings.h"

#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <array>

namespace csc {

namespace {

struct Spec
{
    CommitteeSettings::Key key;
    const char* name;
    QVariant (*defaultValue)();
};

const std::array<Spec, 16> kSpecs { {
    { CommitteeSettings::Key::WrittenResponseDays, "cases/writtenResponseDays",
      [] { return QVariant(10); } },
    { CommitteeSettings::Key::SignificantFailureResponseDays,
      "cases/significantFailureResponseDays", [] { return QVariant(30); } },
    { CommitteeSettings::Key::MinutesDeadlineDays, "minutes/deadlineBusinessDays",
      [] { return QVariant(5); } },
    { CommitteeSettings::Key::DueSoonDays, "deadlines/dueSoonBusinessDays",
      [] { return QVariant(2); } },
    { CommitteeSettings::Key::EscalationLevels, "cases/escalationLevels",
      [] {
          return QVariant(QStringList {
              QStringLiteral("IFO management"), QStringLiteral("PTI Board"),
              QStringLiteral("ICANN President and CEO"), QStringLiteral("ICANN Board") });
      } },
    { CommitteeSettings::Key::ComplaintPatternCount, "patterns/complaintCount",
      [] { return QVariant(3); } },
    { CommitteeSettings::Key::ComplaintPatternWindowDays, "patterns/complaintWindowDays",
      [] { return QVariant(90); } },
    { CommitteeSettings::Key::PersistentMissCount, "patterns/persistentMissCount",
      [] { return QVariant(3); } },
    { CommitteeSettings::Key::PersistentMissWindowMonths, "patterns/persistentMissWindowMonths",
      [] { return QVariant(6); } },
    { CommitteeSettings::Key::LowerRatingLabel, "findings/lowerRating",
      [] { return QVariant(QStringLiteral("Needs improvement")); } },
    { CommitteeSettings::Key::QuorumRequiresAllMembers, "meetings/quorumRequiresAllMembers",
      [] { return QVariant(true); } },
    { CommitteeSettings::Key::DecisionMinimumMembers, "meetings/decisionMinimumMembers",
      [] { return QVariant(3); } },
    { CommitteeSettings::Key::CommitteeName, "committee/name", [] { return QVariant(QString()); } },
    { CommitteeSettings::Key::PublicationLanguage, "publication/language",
      [] { return QVariant(QStringLiteral("en")); } },
    { CommitteeSettings::Key::RulesReviewed, "setup/rulesReviewed",
      [] { return QVariant(false); } },
    // domain.md §6: the findings are "approved by the members"; a majority of the voting
    // members unless the committee sets a number.
    { CommitteeSettings::Key::MinutesApprovalsNeeded, "minutes/approvalsNeeded",
      [] { return QVariant(0); } },
} };

const Spec& spec(CommitteeSettings::Key key)
{
    for (const Spec& s : kSpecs) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

// Stored as text; lists one item per line.
QString encode(const QVariant& v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char('\n'));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

QVariant decode(const QString& text, const QVariant& like)
{
    switch (like.typeId()) {
    case QMetaType::QStringList:
        return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    case QMetaType::Bool:
        return text == QLatin1String("1");
    case QMetaType::Int:
        return text.toInt();
    default:
        return text;
    }
}

} // namespace

QVariant CommitteeSettings::defaultValue(Key key)
{
    return spec(key).defaultValue();
}

QString CommitteeSettings::keyName(Key key)
{
    return QLatin1String(spec(key).name);
}

QVariant CommitteeSettings::value(const Database& db, Key key)
{
    const QVariant fallback = defaultValue(key);
    auto stored = queryScalar(
        db, QStringLiteral("SELECT value FROM committee_setting WHERE key = ?"), { keyName(key) });
    if (!stored || !stored.value().isValid())
        return fallback;
    return decode(stored.value().toString(), fallback);
}

Status CommitteeSettings::setValue(Database& db, Key key, const QVariant& newValue)
{
    if (auto allowed = Permissions::check(db.session(), Permission::ManageCommittee); !allowed)
        return allowed;
    const QVariant old = value(db, key);
    if (encode(old) == encode(newValue))
        return {};
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s = execute(db,
                         QStringLiteral("INSERT INTO committee_setting(key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         { keyName(key), encode(newValue) });
        !s)
        return s;
    if (auto a
        = AuditLog::record(db, QStringLiteral("setting"), keyName(key), QStringLiteral("update"),
                           { { QStringLiteral("value"), encode(old), encode(newValue) } });
        !a)
        return a.error();
    return tx.commit();
}

QStringList CommitteeSettings::escalationLevels(const Database& db)
{
    return value(db, Key::EscalationLevels).toStringList();
}

Result<QList<Holiday>> CommitteeSettings::holidays(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT day, name FROM holiday ORDER BY day"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Holiday> result;
    while (q.next())
        result.append(
            { QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString() });
    return result;
}

Status CommitteeSettings::setHolidays(Database& db, const QList<Holiday>& wanted)
{
    if (auto allowed = Permissions::check(db.session(), Permission::ManageCommittee); !allowed)
        return allowed;
    auto current = holidays(db);
    if (!current)
        return current.error();
    QVariantMap before, after;
    for (const Holiday& h : current.value())
        before.insert(h.day.toString(Qt::ISODate), h.name);
    for (const Holiday& h : wanted) {
        if (!h.day.isValid())
            return Error { tr("A holiday has no valid date."), {} };
        after.insert(h.day.toString(Qt::ISODate), h.name.isNull() ? QStringLiteral("") : h.name);
    }
    const QList<FieldChange> changes = AuditLog::diff(before, after);
    if (changes.isEmpty())
        return {};
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s = execute(db, QStringLiteral("DELETE FROM holiday")); !s)
        return s;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (auto s = execute(db, QStringLiteral("INSERT INTO holiday(day, name) VALUES (?, ?)"),
                             { it.key(), it.value() });
            !s)
            return s;
    }
    if (auto a = AuditLog::record(db, QStringLiteral("holiday_calendar"),
                                  QStringLiteral("holidays"), QStringLiteral("update"), changes);
        !a)
        return a.error();
    return tx.commit();
}

BusinessCalendar CommitteeSettings::businessCalendar(const Database& db)
{
    QSet<QDate> days;
    if (auto list = holidays(db)) {
        for (const Holiday& h : list.value())
            days.insert(h.day);
    }
    return BusinessCalendar(std::move(days));
}

} // namespace csc
