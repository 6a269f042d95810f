// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommitteeSettings.h"

#include "SettingsEdit.h"
#include "SettingsStore.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QLocale>

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
    auto stored = SettingsStore::value(db, keyName(key));
    if (!stored || !stored.value())
        return fallback;
    return decode(*stored.value(), fallback);
}

Status CommitteeSettings::setValue(Database& db, Key key, const QVariant& newValue)
{
    SettingsEdit edit;
    edit.values.insert(key, newValue);
    return edit.apply(db);
}

QStringList CommitteeSettings::escalationLevels(const Database& db)
{
    return value(db, Key::EscalationLevels).toStringList();
}

Result<QList<Holiday>> CommitteeSettings::holidays(const Database& db)
{
    return SettingsStore::holidays(db);
}

namespace {

struct CalendarChange
{
    QList<Holiday> holidays; // by day, one per day
    QList<FieldChange> changes;
};

// The calendar `wanted` makes, and what changes against the stored one.
Result<CalendarChange> calendarChange(const Database& db, const QList<Holiday>& wanted)
{
    auto current = SettingsStore::holidays(db);
    if (!current)
        return current.error();
    QVariantMap before, after;
    for (const Holiday& h : current.value())
        before.insert(h.day.toString(Qt::ISODate), h.name);
    for (const Holiday& h : wanted) {
        if (!h.day.isValid())
            return Error { CommitteeSettings::tr("A holiday has no valid date."), {} };
        after.insert(h.day.toString(Qt::ISODate), h.name.isNull() ? QStringLiteral("") : h.name);
    }
    CalendarChange change;
    change.changes = AuditLog::diff(before, after);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        change.holidays.append({ QDate::fromString(it.key(), Qt::ISODate), it.value().toString() });
    return change;
}

} // namespace

Status CommitteeSettings::setHolidays(Database& db, const QList<Holiday>& wanted)
{
    if (auto allowed = Permissions::check(db.session(), Permission::ManageCommittee); !allowed)
        return allowed;
    auto change = calendarChange(db, wanted);
    if (!change)
        return change.error();
    if (change.value().changes.isEmpty())
        return {};
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        return SettingsStore::replaceHolidays(w, change.value().holidays, change.value().changes);
    });
}

namespace {

struct ChangedValue
{
    QString key;
    QString oldText;
    QString newText;
};

// What an edit writes: the values whose stored text changes, and the calendar if it changes.
struct SettingsWrite
{
    QList<ChangedValue> values;
    std::optional<CalendarChange> calendar;
    bool isEmpty() const { return values.isEmpty() && !calendar; }
};

Result<SettingsWrite> writeOf(const Database& db, const SettingsEdit& edit)
{
    SettingsWrite write;
    for (auto it = edit.values.cbegin(); it != edit.values.cend(); ++it) {
        const QString oldText = encode(CommitteeSettings::value(db, it.key()));
        const QString newText = encode(it.value());
        if (oldText != newText)
            write.values.append({ CommitteeSettings::keyName(it.key()), oldText, newText });
    }
    if (edit.holidays) {
        // An unnamed holiday is refused: the calendar and the deadlines name it.
        for (const Holiday& h : *edit.holidays) {
            if (h.day.isValid() && h.name.trimmed().isEmpty())
                return Error { CommitteeSettings::tr(
                                   "The holiday on %1 has no name. Name it or remove the row.")
                                   .arg(QLocale().toString(h.day, QLocale::LongFormat)),
                               {} };
        }
        auto change = calendarChange(db, *edit.holidays);
        if (!change)
            return change.error();
        if (!change.value().changes.isEmpty())
            write.calendar = change.value();
    }
    return write;
}

} // namespace

// Here rather than in its own file: it shares the stored text's encoding with setValue.
SettingsEdit SettingsEdit::heldIn(const Database& db) const
{
    SettingsEdit held;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        held.values.insert(it.key(), CommitteeSettings::value(db, it.key()));
    if (holidays)
        held.holidays = CommitteeSettings::holidays(db).valueOr({});
    return held;
}

Result<bool> SettingsEdit::changes(const Database& db) const
{
    auto write = writeOf(db, *this);
    if (!write)
        return write.error();
    return !write.value().isEmpty();
}

Status SettingsEdit::apply(Database& db) const
{
    // Refused before anything is compared, as each single change is.
    if (auto allowed = Permissions::check(db.session(), Permission::ManageCommittee); !allowed)
        return allowed;
    auto planned = writeOf(db, *this);
    if (!planned)
        return planned.error();
    const SettingsWrite& write = planned.value();
    if (write.isEmpty())
        return {};
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        for (const ChangedValue& c : write.values) {
            if (auto s = SettingsStore::writeValue(w, c.key, c.oldText, c.newText); !s)
                return s;
        }
        if (write.calendar)
            return SettingsStore::replaceHolidays(w, write.calendar->holidays,
                                                  write.calendar->changes);
        return {};
    });
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
