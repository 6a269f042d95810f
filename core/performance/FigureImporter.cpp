// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureImporter.h"

#include "CsvReader.h"
#include "FigureStore.h"
#include "ImportStore.h"
#include "RatedMonths.h"
#include "ServiceLevelCatalogue.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/Database.h"
#include "core/util/InputFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cmath>
#include <map>
#include <optional>

namespace csc {

QString ImportProblem::text() const
{
    QString where = file + QLatin1Char(':') + QString::number(line);
    if (column > 0)
        where += QLatin1Char(':') + QString::number(column);
    return where + QStringLiteral(": ") + message;
}

namespace {

enum Column {
    RequestId,
    Tld,
    Category,
    Metric,
    Month,
    Start,
    End,
    Duration,
    Requests,
    Met,
    ColumnCount
};

const char* const kColumnNames[ColumnCount]
    = { "request_id", "tld", "category",         "metric",   "month",
        "start",      "end", "duration_seconds", "requests", "met" };

// What a line may hold: no field is longer than this (a request id or a TLD is a few
// dozen bytes), no line longer than CsvReader's cap.
constexpr qsizetype kMaxFieldBytes = 1024;
// The longest believable duration: ten years. inf, 1e308 or NaN are no measurement.
constexpr double kMaxDurationSeconds = 10.0 * 366 * 86400;
// A request is counted in the month it ends in; its timestamps may lie a little outside
// (time zones, a late log) and its start up to a year before, but not years away.
constexpr double kMonthSlackSeconds = 31.0 * 86400;
constexpr double kMaxRequestAgeSeconds = 366.0 * 86400;

qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool digits(QByteArrayView s, qsizetype from, qsizetype count, int* value)
{
    if (from + count > s.size())
        return false;
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = s.at(i);
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

// Why a timestamp was refused.
enum class InstantProblem { None, Format, Zone, LeapSecond };

// YYYY-MM-DD[T| ]HH:MM:SS[.fff][Z|±HH:MM]; no zone means UTC. Hand-written
// because QDateTime parsing would dominate a million-row import.
InstantProblem parseInstant(QByteArrayView s, double* seconds)
{
    int year, month, day, hour, minute, second;
    if (s.size() < 19 || s.at(4) != '-' || s.at(7) != '-' || (s.at(10) != 'T' && s.at(10) != ' ')
        || s.at(13) != ':' || s.at(16) != ':')
        return InstantProblem::Format;
    if (!digits(s, 0, 4, &year) || !digits(s, 5, 2, &month) || !digits(s, 8, 2, &day)
        || !digits(s, 11, 2, &hour) || !digits(s, 14, 2, &minute) || !digits(s, 17, 2, &second))
        return InstantProblem::Format;
    if (month < 1 || month > 12 || day < 1 || day > QDate(year, month, 1).daysInMonth() || hour > 23
        || minute > 59 || second > 60)
        return InstantProblem::Format;
    // A leap second has no place in the seconds counted here: 23:59:60 to 00:00:00 came out
    // as 0 s. Refused rather than guessed.
    if (second == 60)
        return InstantProblem::LeapSecond;
    double fraction = 0;
    qsizetype i = 19;
    if (i < s.size() && s.at(i) == '.') {
        double scale = 0.1;
        ++i;
        const qsizetype start = i;
        while (i < s.size() && s.at(i) >= '0' && s.at(i) <= '9' && i - start < 9) {
            fraction += (s.at(i) - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == start)
            return InstantProblem::Format;
    }
    int offset = 0;
    if (i < s.size()) {
        if (s.at(i) == 'Z' && i + 1 == s.size()) {
            // UTC
        } else if ((s.at(i) == '+' || s.at(i) == '-') && s.size() == i + 6 && s.at(i + 3) == ':') {
            int oh, om;
            if (!digits(s, i + 1, 2, &oh) || !digits(s, i + 4, 2, &om))
                return InstantProblem::Format;
            // Real offsets run from -12:00 to +14:00.
            if (om > 59 || oh * 60 + om > 14 * 60)
                return InstantProblem::Zone;
            offset = (oh * 3600 + om * 60) * (s.at(i) == '-' ? -1 : 1);
        } else {
            return InstantProblem::Format;
        }
    }
    *seconds = double(daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600
                      + minute * 60 + second - offset)
        + fraction;
    return InstantProblem::None;
}

// Seconds since 1970 at the start of the month `m` (UTC).
double monthStartSeconds(QDate m)
{
    return double(daysFromCivil(m.year(), unsigned(m.month()), 1) * 86400);
}

bool parseCount(QByteArrayView s, qint64* value)
{
    if (s.isEmpty() || s.size() > 12)
        return false;
    qsizetype i = s.at(0) == '-' ? 1 : 0;
    if (i == s.size())
        return false;
    qint64 v = 0;
    for (; i < s.size(); ++i) {
        if (s.at(i) < '0' || s.at(i) > '9')
            return false;
        v = v * 10 + (s.at(i) - '0');
    }
    *value = s.at(0) == '-' ? -v : v;
    return true;
}

QString show(QByteArrayView bytes)
{
    return CsvReader::isValidUtf8(bytes) ? QString::fromUtf8(bytes)
                                         : QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

struct Counts
{
    qint64 requests = 0;
    qint64 met = 0;
    int firstLine = 0;
};

// One run of an import: the catalogue lookups, the problems, the aggregates.
class Run
{
    Q_DECLARE_TR_FUNCTIONS(csc::FigureImporter)

public:
    Run(Database& db, const QString& fileName, const ImportOptions& options)
        : m_db(db)
        , m_file(fileName)
        , m_options(options)
    { }

    Result<ImportOutcome> execute(QIODevice* device, qint64 totalBytes);

private:
    void problem(int line, int column, const QString& message)
    {
        if (m_outcome.problems.size() < m_options.maxProblems)
            m_outcome.problems.append({ m_file, line, column, message });
        else
            m_truncated = true;
    }
    int col(Column c) const { return m_index[c] + 1; }
    bool readHeader(CsvReader& reader);
    const ServiceLevel* level(QByteArrayView category, QByteArrayView metric, int line);
    QDate month(QByteArrayView text, int line);
    void perRequestRow(const QList<QByteArrayView>& f, int line);
    // Parses a timestamp of a request counted in `countedIn`; reports and returns false if bad.
    bool instant(QByteArrayView text, int column, int line, QDate countedIn, double* seconds);
    // No NUL, no field beyond kMaxFieldBytes; each problem reported where it is.
    bool fieldsAreSane(const QList<QByteArrayView>& fields, int line);
    void perMonthRow(const QList<QByteArrayView>& f, int line);
    // Reads the rows and writes the import inside the one audited write.
    Status write(WriteScope& w, CsvReader& reader, qint64 totalBytes);
    Status writeFigures(WriteScope& w);
    // Ends the write without saving anything; the outcome says why.
    Status keepNothing()
    {
        m_keepNothing = true;
        return Error {};
    }

    Database& m_db;
    QString m_file;
    ImportOptions m_options;
    ImportOutcome m_outcome;
    bool m_truncated = false;
    bool m_perRequest = false;
    int m_index[ColumnCount];
    int m_columns = 0;
    QList<ServiceLevel> m_catalogue;
    QHash<QByteArray, qsizetype> m_levelByKey; // "category\x1fmetric"
    QByteArray m_levelKey; // reused for each row's lookup
    QByteArray m_lastMonthText;
    QDate m_lastMonth;
    QDate m_monthKeyFor;
    QByteArray m_monthKey; // "YYYY-MM" of m_monthKeyFor
    std::map<std::pair<QDate, qint64>, Counts> m_counts; // (month, level)
    QSet<QDate> m_months;
    std::unique_ptr<RequestLoader> m_requests; // per-request files only
    bool m_keepNothing = false;
    QHash<QByteArray, int> m_requestLines; // request id -> first line
    std::optional<Error> m_storageError; // the database could not write (a full disk)
};

bool Run::readHeader(CsvReader& reader)
{
    if (!reader.next()) {
        problem(1, 0, tr("The file is empty; it needs a header line naming its columns."));
        return false;
    }
    std::fill(std::begin(m_index), std::end(m_index), -1);
    const auto& fields = reader.fields();
    // UTF-16 (Excel's "Unicode text") starts with its byte-order mark, or has a NUL byte
    // beside every ASCII letter: say so instead of "unknown column".
    const QByteArrayView first = fields.isEmpty() ? QByteArrayView() : fields.first();
    bool nul = false;
    for (const QByteArrayView& f : fields)
        nul = nul || f.contains('\0');
    if (first.startsWith("\xFF\xFE") || first.startsWith("\xFE\xFF") || nul) {
        problem(1, 1,
                tr("The file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import it again."));
        return false;
    }
    if (reader.lineTooLong()) {
        problem(1, 0, tr("The header line is too long to be a header."));
        return false;
    }
    m_columns = int(fields.size());
    for (int i = 0; i < m_columns; ++i) {
        const QByteArray name = fields.at(i).trimmed().toByteArray().toLower();
        bool known = false;
        for (int c = 0; c < ColumnCount; ++c) {
            if (name == kColumnNames[c]) {
                if (m_index[c] >= 0)
                    problem(1, i + 1, tr("The column “%1” appears twice.").arg(show(name)));
                m_index[c] = i;
                known = true;
            }
        }
        if (!known)
            problem(1, i + 1, tr("Unknown column “%1”.").arg(show(name)));
    }
    m_perRequest = m_index[RequestId] >= 0;
    m_outcome.shape = m_perRequest ? QStringLiteral("per-request") : QStringLiteral("per-month");
    QList<Column> required { Category, Metric, Month };
    if (m_perRequest)
        required << Tld;
    else
        required << Requests << Met;
    for (Column c : required) {
        if (m_index[c] < 0)
            problem(1, 0,
                    tr("The header has no “%1” column (a %2 file needs it).")
                        .arg(QLatin1String(kColumnNames[c]), m_outcome.shape));
    }
    if (m_perRequest && m_index[Duration] < 0 && (m_index[Start] < 0 || m_index[End] < 0))
        problem(1, 0,
                tr("A per-request file needs “start” and “end” columns or a “duration_seconds” "
                   "column."));
    return m_outcome.problems.isEmpty();
}

const ServiceLevel* Run::level(QByteArrayView category, QByteArrayView metric, int line)
{
    // A million rows come through here: a known metric is found without a copy or a check,
    // since the catalogue holds only valid categories and UTF-8 names.
    m_levelKey.resize(0);
    m_levelKey += category.trimmed();
    m_levelKey += '\x1f';
    m_levelKey += metric.trimmed();
    if (const auto known = m_levelByKey.constFind(m_levelKey); known != m_levelByKey.constEnd())
        return &m_catalogue.at(*known);
    QByteArray key = category.trimmed().toByteArray();
    if (!SleText::categories().contains(QString::fromLatin1(key))) {
        problem(line, col(Category),
                tr("“%1” is not a process category (I to V).").arg(show(category)));
        return nullptr;
    }
    if (!CsvReader::isValidUtf8(metric)) {
        problem(line, col(Metric), tr("The metric is not valid UTF-8 text."));
        return nullptr;
    }
    key += '\x1f';
    key += metric.trimmed();
    const auto it = m_levelByKey.constFind(key);
    if (it == m_levelByKey.constEnd()) {
        problem(line, col(Metric),
                tr("Unknown metric “%1” in category %2.")
                    .arg(show(metric.trimmed()), show(category.trimmed())));
        return nullptr;
    }
    return &m_catalogue.at(*it);
}

QDate Run::month(QByteArrayView text, int line)
{
    if (text == m_lastMonthText)
        return m_lastMonth;
    const QDate m = SleMonth::parse(QString::fromLatin1(text.trimmed()));
    if (!m.isValid()) {
        problem(line, col(Month), tr("“%1” is not a month (YYYY-MM).").arg(show(text)));
        return {};
    }
    m_lastMonthText = text.toByteArray();
    m_lastMonth = m;
    return m;
}

void Run::perRequestRow(const QList<QByteArrayView>& f, int line)
{
    const QByteArrayView id = f.at(m_index[RequestId]).trimmed();
    const QByteArrayView tld = f.at(m_index[Tld]).trimmed();
    const qsizetype before = m_outcome.problems.size();
    if (id.isEmpty()) {
        problem(line, col(RequestId), tr("The request id is empty."));
    } else {
        // A request counted twice would change the month's figures: refused, naming the first.
        const QByteArray key = id.toByteArray();
        if (const auto it = m_requestLines.constFind(key); it != m_requestLines.constEnd())
            problem(line, col(RequestId),
                    tr("The request id “%1” was already given on line %2.").arg(show(id)).arg(*it));
        else
            m_requestLines.insert(key, line);
    }
    if (tld.isEmpty())
        problem(line, col(Tld), tr("The TLD is empty."));
    else if (!CsvReader::isValidUtf8(tld) || !CsvReader::isValidUtf8(id))
        problem(line, col(Tld), tr("The text is not valid UTF-8 (save the file as UTF-8)."));
    const ServiceLevel* sl = level(f.at(m_index[Category]), f.at(m_index[Metric]), line);
    const QDate m = month(f.at(m_index[Month]), line);
    double duration = -1;
    QByteArrayView start;
    QByteArrayView end;
    const QByteArrayView durationText
        = m_index[Duration] >= 0 ? f.at(m_index[Duration]).trimmed() : QByteArrayView();
    if (!durationText.isEmpty()) {
        bool ok = false;
        duration = durationText.toByteArray().toDouble(&ok);
        if (!ok || !std::isfinite(duration) || duration < 0)
            problem(line, col(Duration),
                    tr("“%1” is not a duration in seconds (a non-negative number).")
                        .arg(show(durationText)));
        else if (duration > kMaxDurationSeconds)
            problem(line, col(Duration),
                    tr("“%1” seconds is longer than ten years; no request takes that long.")
                        .arg(show(durationText)));
    } else if (m_index[Start] >= 0 && m_index[End] >= 0) {
        start = f.at(m_index[Start]).trimmed();
        end = f.at(m_index[End]).trimmed();
        double s = 0;
        double e = 0;
        const bool okStart = instant(start, col(Start), line, m, &s);
        const bool okEnd = instant(end, col(End), line, m, &e);
        if (okStart && okEnd) {
            duration = e - s;
            if (duration < 0)
                problem(line, col(End), tr("The request ends before it starts."));
            else if (duration > kMaxDurationSeconds)
                problem(line, col(End), tr("The request lasts more than ten years."));
        }
    } else {
        problem(line, m_index[Duration] >= 0 ? col(Duration) : 0,
                tr("The request has neither a duration nor start and end times."));
    }
    if (!sl || !m.isValid() || m_outcome.problems.size() != before)
        return;
    const ServiceLevelVersion* version = sl->versionFor(m);
    if (!version) {
        problem(line, col(Metric),
                tr("“%1” (category %2) was not a defined service level in %3.")
                    .arg(sl->metric, sl->category, SleMonth::key(m)));
        return;
    }
    const bool meets = version->isMetBy(duration);
    Counts& c = m_counts[{ m, sl->id }];
    if (c.firstLine == 0)
        c.firstLine = line;
    ++c.requests;
    c.met += meets ? 1 : 0;
    m_months.insert(m);
    if (!m_outcome.problems.isEmpty())
        return; // still validating the rest, but nothing more is written
    if (m != m_monthKeyFor) {
        m_monthKeyFor = m;
        m_monthKey = SleMonth::key(m).toLatin1();
    }
    // The texts outlive the add below (the reader's line, m_monthKey): they need no copy.
    switch (m_requests->add(id, tld, sl->id, m_monthKey, start, end, duration, meets)) {
    case RequestLoader::Outcome::Added:
        break;
    case RequestLoader::Outcome::Refused:
        problem(line, 0, tr("The database refused the row: %1").arg(m_requests->error().detail));
        break;
    case RequestLoader::Outcome::StorageFailed:
        // A full disk is the database's trouble, not the file's: said once, in words.
        m_storageError = m_requests->error();
        problem(line, 0, m_requests->error().message);
        break;
    }
}

bool Run::instant(QByteArrayView text, int column, int line, QDate countedIn, double* seconds)
{
    switch (parseInstant(text, seconds)) {
    case InstantProblem::None:
        break;
    case InstantProblem::Format:
        problem(line, column,
                tr("“%1” is not a timestamp (YYYY-MM-DDTHH:MM:SSZ).").arg(show(text)));
        return false;
    case InstantProblem::Zone:
        problem(line, column,
                tr("“%1” has a time zone offset that does not exist (offsets run from -12:00 to "
                   "+14:00).")
                    .arg(show(text)));
        return false;
    case InstantProblem::LeapSecond:
        problem(line, column,
                tr("“%1” is a leap second (second 60), which cannot be counted exactly; give "
                   "the duration in duration_seconds instead.")
                    .arg(show(text)));
        return false;
    }
    if (!countedIn.isValid())
        return true; // the month's own problem is reported
    const double from = monthStartSeconds(countedIn) - kMaxRequestAgeSeconds;
    const double to = monthStartSeconds(countedIn.addMonths(1)) + kMonthSlackSeconds;
    if (*seconds < from || *seconds > to) {
        problem(line, column,
                tr("“%1” is far outside %2, the month the request is counted in.")
                    .arg(show(text), SleMonth::key(countedIn)));
        return false;
    }
    return true;
}

bool Run::fieldsAreSane(const QList<QByteArrayView>& fields, int line)
{
    bool sane = true;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArrayView f = fields.at(i);
        if (f.size() > kMaxFieldBytes) {
            problem(line, int(i) + 1,
                    tr("The field is %1 bytes long; a field holds at most %2.")
                        .arg(f.size())
                        .arg(kMaxFieldBytes));
            sane = false;
        } else if (f.contains('\0')) {
            problem(line, int(i) + 1,
                    tr("The field contains a NUL character; the file is damaged or not text."));
            sane = false;
        }
    }
    return sane;
}

void Run::perMonthRow(const QList<QByteArrayView>& f, int line)
{
    const qsizetype before = m_outcome.problems.size();
    const ServiceLevel* sl = level(f.at(m_index[Category]), f.at(m_index[Metric]), line);
    const QDate m = month(f.at(m_index[Month]), line);
    qint64 requests = 0;
    qint64 met = 0;
    const bool okRequests = parseCount(f.at(m_index[Requests]).trimmed(), &requests);
    const bool okMet = parseCount(f.at(m_index[Met]).trimmed(), &met);
    if (!okRequests)
        problem(line, col(Requests),
                tr("“%1” is not a whole number of requests.").arg(show(f.at(m_index[Requests]))));
    else if (requests < 0)
        problem(line, col(Requests),
                tr("The number of requests cannot be negative (%1).").arg(requests));
    if (!okMet)
        problem(line, col(Met),
                tr("“%1” is not a whole number of requests.").arg(show(f.at(m_index[Met]))));
    else if (met < 0)
        problem(
            line, col(Met),
            tr("The number of requests meeting the threshold cannot be negative (%1).").arg(met));
    if (okRequests && requests > FigureStore::kMaxCount)
        problem(line, col(Requests),
                tr("%1 requests in a month is beyond any believable count (at most %2).")
                    .arg(requests)
                    .arg(FigureStore::kMaxCount));
    if (okMet && met > FigureStore::kMaxCount)
        problem(line, col(Met),
                tr("%1 requests in a month is beyond any believable count (at most %2).")
                    .arg(met)
                    .arg(FigureStore::kMaxCount));
    if (okRequests && okMet && requests >= 0 && met > requests)
        problem(line, col(Met),
                tr("More requests met the threshold (%1) than were handled (%2).")
                    .arg(met)
                    .arg(requests));
    if (!sl || !m.isValid() || m_outcome.problems.size() != before)
        return;
    if (!sl->versionFor(m)) {
        problem(line, col(Metric),
                tr("“%1” (category %2) was not a defined service level in %3.")
                    .arg(sl->metric, sl->category, SleMonth::key(m)));
        return;
    }
    Counts& c = m_counts[{ m, sl->id }];
    if (c.firstLine != 0) {
        problem(line, col(Metric),
                tr("“%1” already has figures for %2 on line %3.")
                    .arg(sl->metric, SleMonth::key(m))
                    .arg(c.firstLine));
        return;
    }
    c = { requests, met, line };
    m_months.insert(m);
}

Status Run::writeFigures(WriteScope& w)
{
    // Per-request files cover whole months: a defined metric without a request had none.
    if (m_perRequest) {
        for (const QDate& m : std::as_const(m_months)) {
            for (const ServiceLevel& sl : std::as_const(m_catalogue)) {
                if (sl.versionFor(m))
                    m_counts.try_emplace({ m, sl.id }, Counts {});
            }
        }
    }
    for (const QDate& m : std::as_const(m_outcome.existingMonths)) {
        auto old = ImportStore::monthTotals(m_db, m);
        if (!old)
            return old.error();
        qint64 newRequests = 0;
        qint64 newMet = 0;
        int newMetrics = 0;
        for (auto it = m_counts.lower_bound({ m, 0 }); it != m_counts.end() && it->first.first == m;
             ++it) {
            newRequests += it->second.requests;
            newMet += it->second.met;
            ++newMetrics;
        }
        if (auto s = ImportStore::clearMonth(w, m, m_outcome.importId); !s)
            return s;
        const QString now = QStringLiteral("%1/%2/%3").arg(newRequests).arg(newMet).arg(newMetrics);
        if (auto a
            = w.audit(QStringLiteral("sle_month"), SleMonth::key(m), QStringLiteral("replace"),
                      { { QStringLiteral("requests/met/metrics"), old.value(), now },
                        { QStringLiteral("import_id"), {}, m_outcome.importId },
                        { QStringLiteral("file"), {}, m_file } });
            !a)
            return a;
    }
    QList<DatedFigure> figures;
    figures.reserve(qsizetype(m_counts.size()));
    for (const auto& [key, counts] : m_counts)
        figures.append({ key.first, { key.second, counts.requests, counts.met } });
    return ImportStore::insertFigures(w, figures, m_outcome.importId);
}

Result<ImportOutcome> Run::execute(QIODevice* device, qint64 totalBytes)
{
    if (auto p = Permissions::check(m_db.session(), Permission::ImportFigures); !p)
        return p.error();
    auto catalogue = ServiceLevelCatalogue::all(m_db);
    if (!catalogue)
        return catalogue.error();
    m_catalogue = catalogue.value();
    for (qsizetype i = 0; i < m_catalogue.size(); ++i)
        m_levelByKey.insert(
            m_catalogue.at(i).category.toUtf8() + '\x1f' + m_catalogue.at(i).metric.toUtf8(), i);

    CsvReader reader(device);
    if (!readHeader(reader))
        return m_outcome;

    auto written = auditedWrite(m_db, Permission::ImportFigures,
                                [&](WriteScope& w) { return write(w, reader, totalBytes); });
    m_requests.reset(); // its statement ends with the write
    if (m_keepNothing)
        return m_outcome; // nothing was saved; the outcome says why
    if (!written)
        return written.error();
    m_outcome.status = ImportOutcome::Status::Imported;
    return m_outcome;
}

Status Run::write(WriteScope& w, CsvReader& reader, qint64 totalBytes)
{
    auto importId = ImportStore::insertImport(
        w,
        { QFileInfo(m_file).fileName(), m_outcome.shape, 0, QString(),
          QDateTime::currentDateTimeUtc().toString(Qt::ISODate), m_db.session().name });
    if (!importId)
        return importId.error();
    m_outcome.importId = importId.value();
    if (m_perRequest) {
        auto loader = ImportStore::requestLoader(w, m_outcome.importId);
        if (!loader)
            return loader.error();
        m_requests = std::move(loader.value());
    }

    qint64 rows = 0;
    while (reader.next()) {
        const int line = reader.line();
        const auto& fields = reader.fields();
        if ((rows & 0x3FFF) == 0) {
            if (m_options.isCancelled && m_options.isCancelled()) {
                m_outcome.status = ImportOutcome::Status::Cancelled;
                m_outcome.problems.clear();
                return keepNothing();
            }
            if (m_options.progress)
                m_options.progress(reader.bytesRead(), totalBytes);
        }
        if (fields.size() == 1 && fields.first().trimmed().isEmpty() && !reader.lineTooLong())
            continue; // blank line
        ++rows;
        if (m_storageError)
            return *m_storageError; // nothing is saved
        if (reader.lineTooLong()) {
            problem(line, 0,
                    tr("The line is longer than %1 bytes; no line of figures is that long.")
                        .arg(CsvReader::kMaxLineBytes));
            continue;
        }
        if (!reader.quoteProblem().isEmpty()) {
            problem(line, reader.quoteProblemColumn(),
                    tr("Broken quoting: %1.").arg(QString::fromLatin1(reader.quoteProblem())));
            continue;
        }
        if (fields.size() != m_columns) {
            problem(line, 0,
                    tr("The line has %1 columns; the header has %2.")
                        .arg(fields.size())
                        .arg(m_columns));
            continue;
        }
        if (!fieldsAreSane(fields, line))
            continue;
        if (m_perRequest)
            perRequestRow(fields, line);
        else
            perMonthRow(fields, line);
    }
    if (m_storageError)
        return *m_storageError;
    if (m_options.progress)
        m_options.progress(totalBytes, totalBytes);
    m_outcome.rows = rows;
    QList<QDate> months(m_months.cbegin(), m_months.cend());
    std::sort(months.begin(), months.end());
    m_outcome.months = months;
    if (m_truncated)
        m_outcome.problems.append({ m_file, 0, 0,
                                    tr("More problems were found; only the first %1 are listed.")
                                        .arg(m_options.maxProblems) });
    if (rows == 0 && m_outcome.problems.isEmpty())
        problem(2, 0, tr("The file has a header but no figures."));
    if (!m_outcome.problems.isEmpty()) {
        m_outcome.status = ImportOutcome::Status::Invalid;
        return keepNothing();
    }
    // Even with --replace: a rated month is a record until the chair reopens it.
    if (auto s = RatedMonths::refuseFigureChange(m_db, months); !s)
        return s;
    auto existing = FigureStore::monthsWithFigures(m_db, months);
    if (!existing)
        return existing.error();
    m_outcome.existingMonths = existing.value();
    if (!m_outcome.existingMonths.isEmpty() && !m_options.replace) {
        m_outcome.status = ImportOutcome::Status::MonthAlreadyImported;
        return keepNothing();
    }
    if (auto s = writeFigures(w); !s)
        return s;
    QStringList monthKeys;
    for (const QDate& m : months)
        monthKeys << SleMonth::key(m);
    if (auto s
        = ImportStore::finishImport(w, m_outcome.importId, rows, monthKeys.join(QLatin1Char(' ')));
        !s)
        return s;
    return w.audit(
        QStringLiteral("sle_import"), m_outcome.importId, QStringLiteral("import"),
        { { QStringLiteral("file"), {}, m_file },
          { QStringLiteral("shape"), {}, m_outcome.shape },
          { QStringLiteral("rows"), {}, rows },
          { QStringLiteral("months"), {}, monthKeys.join(QLatin1Char(' ')) },
          { QStringLiteral("replaced"), {}, qsizetype(m_outcome.existingMonths.size()) } });
}

} // namespace

Result<ImportOutcome> FigureImporter::importDevice(Database& db, QIODevice* device,
                                                   const QString& fileName, qint64 totalBytes,
                                                   const ImportOptions& options)
{
    Run run(db, fileName, options);
    return run.execute(device, totalBytes);
}

Result<ImportOutcome> FigureImporter::importFile(Database& db, const QString& path,
                                                 const ImportOptions& options)
{
    QFile file(path);
    if (auto opened = InputFile::open(file, tr("a CSV file of figures")); !opened)
        return opened.error();
    // Streamed: a file of any size is read in chunks, never whole.
    return importDevice(db, &file, QFileInfo(path).fileName(), file.size(), options);
}

} // namespace csc
