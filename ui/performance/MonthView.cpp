// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthView.h"

#include "SleModels.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/PersistentMissCases.h"
#include "core/domain/Permissions.h"
#include "core/performance/Redline.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/Database.h"
#include "ui/edit/ChangeValue.h"
#include "ui/widgets/NoticeBanner.h"
#include "ui/widgets/UserPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csc {

void MonthView::openProblemCases()
{
    const int window
        = CommitteeSettings::intValue(*m_db, CommitteeSettings::Key::PersistentMissWindowMonths);
    auto months = Evaluation::range(*m_db, m_month.addMonths(-(window - 1)), m_month);
    QStringList opened;
    for (const auto& [serviceLevelId, label] : std::as_const(m_persistent)) {
        QList<QDate> missed;
        for (const MonthEvaluation& month : months.valueOr({})) {
            for (const MetricEvaluation& m : month.metrics) {
                if (m.serviceLevelId == serviceLevelId && m.status == MetricStatus::Missed)
                    missed << month.month;
            }
        }
        auto id = PersistentMissCases::open(*m_db, serviceLevelId, label, missed);
        if (!id)
            return UserPrompts::error(this, tr("Open Problem Management Case"), id.error());
        // A case the session may not read is named by nothing rather than read blindly.
        if (auto c = CaseRepository::summary(*m_db, id.value()))
            opened << c.value().reference;
    }
    UserPrompts::information(
        this, tr("Open Problem Management Case"),
        tr("Opened on the Problem Management board: %1.").arg(opened.join(QLatin1String(", "))));
    reload();
    Q_EMIT caseOpened();
}

MonthView::MonthView(Database* db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_model(new MonthEvaluationModel(this))
    , m_summary(new QLabel(this))
    , m_banner(new NoticeBanner(this))
    , m_table(new QTableView(this))
    , m_proposed(new QLabel(this))
    , m_rating(new QComboBox(this))
    , m_narrativeFor(new QLabel(this))
    , m_narrative(new QPlainTextEdit(this))
    , m_explained(new QCheckBox(tr("Satisfactorily explained; not a performance issue"), this))
    , m_saveNarrative(new QPushButton(tr("Save narrative"), this))
    , m_statement(new QPlainTextEdit(this))
    , m_agreement(new QLabel(this))
    , m_redline(new QTextBrowser(this))
{
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    m_banner->hide();
    m_narrative->setObjectName(QStringLiteral("narrativeEdit"));
    m_statement->setObjectName(QStringLiteral("statementEdit"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Service levels of the month"));
    m_table->setAccessibleDescription(
        tr("Each metric with its threshold, target, figures and result; select a miss to write "
           "its narrative"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    // The findings editor.
    m_rating->setEditable(true);
    m_record = new QPushButton(tr("Record decision"), this);
    m_record->setToolTip(tr("The chair records the committee's rating; a recorded rating is "
                            "changed only by reopening it."));
    m_reopen = new QPushButton(tr("Reopen…"), this);
    m_reopen->setToolTip(tr("Reopen the rated month (the chair's recorded decision, with the "
                            "reason) so its figures or findings can change."));
    auto* ratingRow = new QHBoxLayout;
    ratingRow->addWidget(m_rating, 1);
    ratingRow->addWidget(m_record);
    ratingRow->addWidget(m_reopen);
    auto* ratingForm = new QFormLayout;
    ratingForm->addRow(tr("Proposed:"), m_proposed);
    ratingForm->addRow(tr("Decided rating:"), ratingRow);

    auto* narrativeBox = new QGroupBox(tr("Narrative for a missed threshold"), this);
    auto* narrativeLayout = new QVBoxLayout(narrativeBox);
    m_narrativeFor->setWordWrap(true);
    // The narrative takes the box's height: it is the text the committee writes here.
    m_narrative->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_narrative->setPlaceholderText(tr("What the IFO reported about the miss, and what follows"));
    narrativeLayout->addWidget(m_narrativeFor);
    narrativeLayout->addWidget(m_narrative, 1);
    auto* narrativeButtons = new QHBoxLayout;
    narrativeButtons->addWidget(m_explained, 1);
    narrativeButtons->addWidget(m_saveNarrative);
    narrativeLayout->addLayout(narrativeButtons);

    auto* statementBox = new QGroupBox(tr("Findings statement"), this);
    auto* statementLayout = new QVBoxLayout(statementBox);
    auto* saveStatement = new QPushButton(tr("Save statement"), this);
    m_saveStatement = saveStatement;
    m_agreement->setObjectName(QStringLiteral("statementAgreement"));
    m_agreement->setWordWrap(true);
    m_agreement->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_agreement->hide();
    auto* recompose = new QPushButton(tr("Draft from figures"), this);
    recompose->setToolTip(tr("Replace the text with the agreed wording generated from this "
                             "month's rating, figures and narratives; save to drop the hand edit"));
    statementLayout->addWidget(m_agreement);
    statementLayout->addWidget(m_statement);
    auto* statementButtons = new QHBoxLayout;
    statementButtons->addStretch();
    statementButtons->addWidget(recompose);
    statementButtons->addWidget(saveStatement);
    statementLayout->addLayout(statementButtons);

    // Below the table (which needs the full width for its columns): the rating and
    // narrative on the left, the statement and its redline on the right.
    auto* decision = new QWidget(this);
    auto* decisionLayout = new QVBoxLayout(decision);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    decisionLayout->addLayout(ratingForm);
    decisionLayout->addWidget(narrativeBox, 1);
    auto* text = new QTabWidget(this);
    text->addTab(statementBox, tr("Findings statement"));
    text->addTab(m_redline, tr("Changes since last month"));
    statementBox->setTitle(QString());
    statementBox->setFlat(true);
    auto* findings = new QSplitter(Qt::Horizontal, this);
    findings->addWidget(decision);
    findings->addWidget(text);
    findings->setStretchFactor(0, 2);
    findings->setStretchFactor(1, 3);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(findings);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    m_openCase = new QPushButton(tr("Open Problem Management Case"), this);
    m_openCase->setToolTip(tr("Opens (or shows) a Problem Management case linked to each "
                              "persistently missed service level."));
    m_openCase->hide();
    connect(m_openCase, &QPushButton::clicked, this, &MonthView::openProblemCases);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_openCase);
    layout->addLayout(bannerRow);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MonthView::selectionChanged);
    connect(m_record, &QPushButton::clicked, this, &MonthView::recordDecision);
    connect(m_reopen, &QPushButton::clicked, this, &MonthView::reopenRating);
    connect(m_saveNarrative, &QPushButton::clicked, this, &MonthView::saveNarrative);
    connect(saveStatement, &QPushButton::clicked, this, &MonthView::saveStatement);
    connect(recompose, &QPushButton::clicked, this, [this] {
        const QString rating = m_finding.decidedRating;
        m_statement->setPlainText(
            Findings::composeStatement(*m_db, m_model->evaluation(), m_finding.narratives, rating));
    });
}

void MonthView::showMonth(QDate month)
{
    m_month = month;
    reload();
}

void MonthView::reload()
{
    if (!m_month.isValid())
        return;
    const qint64 selected = selectedMissedLevel();
    auto evaluation = Evaluation::month(*m_db, m_month);
    auto finding = Findings::load(*m_db, m_month);
    if (!evaluation || !finding) {
        UserPrompts::error(this, tr("Performance"),
                           evaluation ? finding.error() : evaluation.error());
        return;
    }
    m_finding = finding.value();
    m_seenNarratives.load(*m_db);
    m_seenFinding.load(*m_db);
    const MonthEvaluation& e = evaluation.value();
    m_model->setMonth(e, m_finding.narratives);
    m_summary->setText(SleMonth::display(m_month) + QStringLiteral(": ") + e.summarySentence());

    QStringList persistent;
    QStringList handled;
    m_persistent.clear();
    for (const MetricEvaluation& m : e.metrics) {
        if (!m.persistent)
            continue;
        const QString label = tr("%1 (category %2)").arg(m.metric, m.category);
        const qint64 open = PersistentMissCases::openCaseFor(*m_db, m.serviceLevelId).valueOr(0);
        auto openCase = open != 0 ? CaseRepository::summary(*m_db, open)
                                  : Result<CaseSummary>(Error { QString(), {} });
        if (openCase) {
            handled << tr("%1: %2 is open").arg(label, openCase.value().reference);
        } else {
            persistent << label;
            m_persistent.append({ m.serviceLevelId, label });
        }
    }
    m_openCase->setVisible(!persistent.isEmpty());
    if (persistent.isEmpty() && handled.isEmpty()) {
        m_banner->hide();
    } else if (persistent.isEmpty()) {
        m_banner->showNotice(NoticeBanner::Kind::Info,
                             tr("Missed persistently, with Problem Management under way: %1.")
                                 .arg(handled.join(QStringLiteral("; "))));
    } else {
        m_banner->showNotice(NoticeBanner::Kind::Warning,
                             tr("Missed persistently in recent months: %1. Consider opening a "
                                "Problem Management case.")
                                 .arg(persistent.join(QStringLiteral("; "))));
    }

    const QString proposed
        = Findings::ratingLabel(*m_db, Findings::proposedRating(e, m_finding.narratives));
    m_proposed->setText(QStringLiteral("<b>%1</b>").arg(proposed.toHtmlEscaped()));
    m_rating->clear();
    m_rating->addItems({ Findings::ratingLabel(*m_db, Rating::Excellent),
                         Findings::ratingLabel(*m_db, Rating::Satisfactory),
                         Findings::ratingLabel(*m_db, Rating::Lower) });
    m_rating->setCurrentText(m_finding.decidedRating.isEmpty() ? proposed
                                                               : m_finding.decidedRating);
    // A rated month is a record: its rating and drafting wait for a reopening.
    const bool rated = m_finding.isRated();
    // Core refuses anyone else; the buttons only say so before the click.
    const bool chair = Permissions::allows(m_db->session().role, Permission::RecordRating);
    m_rating->setEnabled(!rated && chair);
    m_record->setEnabled(!rated && chair);
    m_reopen->setEnabled(rated && chair);
    m_record->setToolTip(
        chair ? tr("The chair records the committee's rating; a recorded rating is changed "
                   "only by reopening it.")
              : Permissions::check(m_db->session(), Permission::RecordRating).error().message);
    if (rated)
        m_proposed->setText(
            tr("<b>%1</b> proposed; rated <b>%2</b> on %3")
                .arg(proposed.toHtmlEscaped(), m_finding.decidedRating.toHtmlEscaped(),
                     QLocale().toString(m_finding.decidedOn, QLocale::ShortFormat)));
    const Status agreed = Findings::agreement(*m_db, m_month);
    m_agreement->setText(agreed ? QString() : agreed.error().message);
    m_agreement->setVisible(!agreed);

    auto statement = Findings::statementOrDraft(*m_db, m_month);
    m_statement->setPlainText(statement ? statement.value() : QString());
    auto previous = Findings::statementOrDraft(*m_db, m_month.addMonths(-1));
    m_redline->setHtml(
        QStringLiteral("<p><i>%1</i></p>")
            .arg(tr("This month's findings as changes against %1's: removed text struck through, "
                    "added text underlined.")
                     .arg(SleMonth::display(m_month.addMonths(-1)))
                     .toHtmlEscaped())
        + Redline::html(previous ? previous.value() : QString(), m_statement->toPlainText()));

    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(IdRole).toLongLong() == selected)
            m_table->selectRow(row);
    }
    selectionChanged();
}

qint64 MonthView::selectedMissedLevel() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.data(StatusRole).toInt() != int(MetricStatus::Missed))
        return 0;
    return current.data(IdRole).toLongLong();
}

void MonthView::selectionChanged()
{
    const qint64 id = selectedMissedLevel();
    m_narrative->setEnabled(id != 0);
    m_explained->setEnabled(id != 0);
    m_saveNarrative->setEnabled(id != 0);
    if (id == 0) {
        m_narrativeFor->setText(
            tr("Select a missed threshold in the table to write its narrative."));
        m_narrative->clear();
        m_explained->setChecked(false);
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    m_narrativeFor->setText(QStringLiteral("<b>%1</b>")
                                .arg(current.siblingAtColumn(MonthEvaluationModel::Metric)
                                         .data()
                                         .toString()
                                         .toHtmlEscaped()));
    const bool rated = m_finding.isRated();
    m_narrative->setReadOnly(rated);
    m_explained->setEnabled(!rated);
    m_saveNarrative->setEnabled(!rated);
    // A threshold missed again starts from last month's words, never from its flag.
    MissNarrative n = m_finding.narratives.value(id);
    if (!m_finding.narratives.contains(id)) {
        n = Findings::draftNarratives(*m_db, m_month).valueOr({}).value(id);
        if (!n.text.isEmpty())
            m_narrativeFor->setText(m_narrativeFor->text() + QStringLiteral("<br><i>")
                                    + tr("Drafted from last month's narrative: say whether it "
                                         "explains this month's miss.")
                                          .toHtmlEscaped()
                                    + QStringLiteral("</i>"));
    }
    m_narrative->setPlainText(n.text);
    m_explained->setChecked(n.explained);
}

EditHooks MonthView::keepOnStale(std::function<void()> saveMineAgain)
{
    EditHooks h = hooks();
    h.failed = [this, saveMineAgain](const Error& e) {
        // The user's words stay: saved again over their colleague's (after the reload shows
        // the newer version's figures), or dropped for the newer text when they so choose.
        if (StaleEdit::ask(this, tr("Performance"), e) == StaleEdit::Answer::SaveMine)
            QMetaObject::invokeMethod(this, saveMineAgain, Qt::QueuedConnection);
    };
    return h;
}

EditHooks MonthView::hooks()
{
    return { [this] {
                reload();
                Q_EMIT changed();
            },
             [this](const Error& e) { UserPrompts::error(this, tr("Performance"), e); } };
}

// Recording a rating is the chair's decision, not an edit: it is not on the undo stack. A
// recorded rating changes only by a reopening, itself recorded (Findings::reopen).
void MonthView::recordDecision()
{
    const QString rating = m_rating->currentText().trimmed();
    EditedStatement onEdit = EditedStatement::Refuse;
    if (Findings::editDisagreesWith(*m_db, m_month, rating).valueOr(false)) {
        const auto answer = UserPrompts::question(
            this, tr("Record Rating"),
            tr("The findings statement was edited by hand for another rating than “%1”.\n\n"
               "Yes: redraft it from the new rating (the edit stays in the audit trail).\n"
               "No: keep the edit; the report cannot be exported until the two agree.")
                .arg(rating),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        onEdit = answer == QMessageBox::Yes ? EditedStatement::Redraft : EditedStatement::Keep;
    }
    if (auto s = Findings::setDecidedRating(*m_db, m_month, rating, QDate::currentDate(), onEdit);
        !s)
        return UserPrompts::error(this, tr("Record Rating"), s.error());
    reload();
    Q_EMIT changed();
    Q_EMIT statusMessage(tr("Rating for %1 recorded: %2").arg(SleMonth::display(m_month), rating));
}

void MonthView::reopenRating()
{
    bool ok = false;
    const QString reason
        = UserPrompts::text(this, tr("Reopen %1").arg(SleMonth::display(m_month)),
                            tr("Why is the rating of %1 reopened? (kept in the record)")
                                .arg(SleMonth::display(m_month)),
                            QString(), &ok);
    if (!ok)
        return;
    if (auto s = Findings::reopen(*m_db, m_month, reason); !s)
        return UserPrompts::error(this, tr("Reopen Rating"), s.error());
    reload();
    Q_EMIT changed();
}

void MonthView::saveNarrative()
{
    const qint64 id = selectedMissedLevel();
    if (id == 0)
        return;
    const QDate month = m_month;
    const MissNarrative after { m_narrative->toPlainText().trimmed(), m_explained->isChecked() };
    Database* db = m_db;
    auto* edit = new ChangeValue<MissNarrative>(
        *db, Operation::EditNarrative, tr("Edit narrative"), after,
        [db, month, id]() -> Result<MissNarrative> {
            auto finding = Findings::load(*db, month);
            if (!finding)
                return finding.error();
            return finding.value().narratives.value(id);
        },
        [db, month, id](const MissNarrative& n) {
            return Findings::setNarrative(*db, month, id, n);
        },
        keepOnStale([this, id, after] {
            // Back on the threshold the user wrote about, with their words, saved again.
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->index(row, 0).data(IdRole).toLongLong() == id)
                    m_table->selectRow(row);
            }
            if (selectedMissedLevel() != id)
                return;
            m_narrative->setPlainText(after.text);
            m_explained->setChecked(after.explained);
            saveNarrative();
        }),
        MergeId::Narrative, (id << 32) | month.toJulianDay());
    m_seenNarratives.guard(*edit, *db,
                           SleMonth::key(month) + QLatin1Char('/') + QString::number(id));
    m_undoStack->push(edit);
}

void MonthView::saveStatement()
{
    const QDate month = m_month;
    const QString after = m_statement->toPlainText();
    Database* db = m_db;
    auto* edit = new ChangeValue<QString>(
        *db, Operation::EditFindingsStatement, tr("Edit findings statement"), after,
        [db, month]() -> Result<QString> {
            auto finding = Findings::load(*db, month);
            if (!finding)
                return finding.error();
            return finding.value().statement;
        },
        [db, month](const QString& text) { return Findings::setStatement(*db, month, text); },
        keepOnStale([this, month, after] {
            if (m_month != month)
                return;
            m_statement->setPlainText(after);
            saveStatement();
        }),
        MergeId::FindingsStatement, month.toJulianDay());
    m_seenFinding.guard(*edit, *db, SleMonth::key(month));
    m_undoStack->push(edit);
}

} // namespace csc
