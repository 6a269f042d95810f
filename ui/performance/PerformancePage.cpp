// SPDX-License-Identifier: GPL-3.0-or-later
#include "PerformancePage.h"

#include "CatalogueView.h"
#include "FigureEntryDialog.h"
#include "MonthView.h"
#include "SleModels.h"
#include "core/export/CirculationMail.h"
#include "core/export/FindingsReport.h"
#include "core/export/PublicOutputs.h"
#include "core/performance/FigureImporter.h"
#include "core/performance/FigureStore.h"
#include "core/storage/Database.h"
#include "ui/charts/ChartPanel.h"
#include "ui/edit/ChangeValue.h"
#include "ui/publish/MailClient.h"
#include "ui/widgets/UserPrompts.h"

#include <QComboBox>
#include <QSet>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csc {

PerformancePage::PerformancePage(const AppContext& context, QWidget* parent)
    : SectionPage(context, parent)
    , m_month(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_monthView(new MonthView(context.db, undoStack(), this))
    , m_statusModel(new MonthStatusModel(this))
    , m_statusTable(new QTableView(this))
    , m_catalogueView(new CatalogueView(context.db, undoStack(), this))
    , m_charts(new ChartPanel(context.db, this))
{
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month"));
    auto* import = new QPushButton(tr("Import figures…"), this);
    import->setToolTip(tr("Import the IFO's figures from a CSV file, per request or per month"));
    auto* enter = new QPushButton(tr("Enter figures…"), this);
    auto* report = new QPushButton(tr("Export findings…"), this);
    report->setToolTip(tr("Write the month's findings report as PDF or HTML for public posting"));
    auto* mail = new QPushButton(tr("E-mail findings…"), this);
    mail->setObjectName(QStringLiteral("mailFindings"));
    mail->setToolTip(tr("A ready e-mail to the roster with the month's findings attached"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:"), this));
    bar->addWidget(previous);
    bar->addWidget(m_month);
    bar->addWidget(next);
    bar->addStretch();
    bar->addWidget(import);
    bar->addWidget(enter);
    bar->addWidget(report);
    bar->addWidget(mail);

    m_statusTable->setModel(m_statusModel);
    m_statusTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statusTable->verticalHeader()->hide();
    m_statusTable->setAlternatingRowColors(true);
    m_statusTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statusTable->horizontalHeader()->setStretchLastSection(true);

    m_tabs->addTab(m_monthView, tr("Month"));
    m_tabs->addTab(m_statusTable, tr("All months"));
    m_tabs->addTab(m_catalogueView, tr("Service levels"));
    m_tabs->addTab(m_charts, tr("Charts"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        const QDate m = month();
        m_monthView->showMonth(m);
        m_catalogueView->setMonth(m);
    });
    connect(previous, &QToolButton::clicked, this, [this] {
        m_month->setCurrentIndex(qMin(m_month->count() - 1, m_month->currentIndex() + 1));
    });
    connect(next, &QToolButton::clicked, this,
            [this] { m_month->setCurrentIndex(qMax(0, m_month->currentIndex() - 1)); });
    connect(m_statusTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        showMonth(index.data(MonthRole).toDate());
        m_tabs->setCurrentWidget(m_monthView);
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = UserPrompts::openFileName(this, tr("Import the IFO's figures"), {},
                                                       tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(enter, &QPushButton::clicked, this, &PerformancePage::enterFigures);
    connect(report, &QPushButton::clicked, this, [this] {
        const QString suggested = QStringLiteral("csc-findings-%1.pdf").arg(SleMonth::key(month()));
        const QString path = UserPrompts::saveFileName(this, tr("Export findings"), suggested,
                                                       tr("PDF (*.pdf);;HTML (*.html)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    connect(mail, &QPushButton::clicked, this, [this] {
        auto eml = CirculationMail::prepare(*this->context().db, CirculationMail::Purpose::Findings,
                                            0, month(), MailClient::folder());
        if (!eml)
            return UserPrompts::error(this, tr("E-mail findings"), eml.error());
        MailClient::open(eml.value());
        Q_EMIT statusMessage(tr("E-mail with the findings for %1 prepared: %2")
                                 .arg(SleMonth::display(month()), eml.value()));
    });
    connect(m_monthView, &MonthView::changed, this, [this] {
        reloadStatus();
        Q_EMIT dataChanged();
    });
    connect(m_catalogueView, &CatalogueView::changed, this, &PerformancePage::afterChange);
    connect(m_monthView, &MonthView::statusMessage, this, &SectionPage::statusMessage);
    connect(m_monthView, &MonthView::caseOpened, this, &SectionPage::dataChanged);
    connect(m_catalogueView, &CatalogueView::statusMessage, this, &SectionPage::statusMessage);
    reload();
}

QString PerformancePage::sectionTitle()
{
    return tr("Performance");
}

QString PerformancePage::title() const
{
    return sectionTitle();
}

QIcon PerformancePage::sectionIcon()
{
    return QIcon(QStringLiteral(":/csc/icons/performance.svg"));
}

QIcon PerformancePage::icon() const
{
    return sectionIcon();
}

QDate PerformancePage::month() const
{
    return m_month->currentData().toDate();
}

Status PerformancePage::canPrint() const
{
    if (!month().isValid())
        return Error { tr("Import the IFO's figures first: there is no month to print."), {} };
    return {};
}

Result<SectionPage::Printable> PerformancePage::printable() const
{
    if (auto can = canPrint(); !can)
        return can.error();
    // The month's findings report, exactly as exported: the registry's "findings".
    Printable printable { FindingsReport::title(month()), {}, QStringLiteral("findings"), {} };
    printable.request.month = QDate(month().year(), month().month(), 1);
    return printable;
}

void PerformancePage::showMonth(QDate month)
{
    const int i = m_month->findData(SleMonth::of(month));
    if (i >= 0)
        m_month->setCurrentIndex(i);
}

void PerformancePage::fillMonths(QDate keep)
{
    const QSignalBlocker blocker(m_month);
    m_month->clear();
    auto months = FigureStore::months(*context().db);
    QList<QDate> list = months ? months.value() : QList<QDate> {};
    // The month being reviewed now may have no figures yet; offer it too.
    const QDate current = SleMonth::of(QDate::currentDate()).addMonths(-1);
    if (!list.contains(current) && (list.isEmpty() || list.last() < current))
        list.append(current);
    for (qsizetype i = list.size() - 1; i >= 0; --i)
        m_month->addItem(SleMonth::display(list.at(i)), list.at(i));
    int index = keep.isValid() ? m_month->findData(keep) : -1;
    if (index < 0 && months && !months.value().isEmpty())
        index = m_month->findData(months.value().last());
    m_month->setCurrentIndex(qMax(0, index));
}

void PerformancePage::reloadStatus()
{
    auto months = FigureStore::months(*context().db);
    if (!months || months.value().isEmpty()) {
        m_statusModel->setRows({});
        return;
    }
    auto evaluations
        = Evaluation::range(*context().db, months.value().first(), months.value().last());
    if (!evaluations)
        return;
    QList<MonthStatusModel::Row> rows;
    for (const MonthEvaluation& e : evaluations.value()) {
        if (!e.hasFigures())
            continue;
        auto finding = Findings::load(*context().db, e.month);
        const MonthFinding f = finding ? finding.value() : MonthFinding {};
        rows.prepend(
            { e, Findings::ratingLabel(*context().db, Findings::proposedRating(e, f.narratives)),
              f.decidedRating });
    }
    m_statusModel->setRows(rows);
}

void PerformancePage::reload()
{
    fillMonths(month());
    reloadStatus();
    m_monthView->showMonth(month());
    m_catalogueView->setMonth(month());
    m_charts->reload();
}

void PerformancePage::afterChange()
{
    reload();
    Q_EMIT dataChanged();
}

void PerformancePage::importFile(const QString& path)
{
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    ImportOptions options;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(1000 * done / total) : 0);
        QCoreApplication::processEvents();
    };
    options.isCancelled = [&progress] { return progress.wasCanceled(); };
    auto outcome = FigureImporter::importFile(*context().db, path, options);
    if (outcome && outcome.value().status == ImportOutcome::Status::MonthAlreadyImported) {
        QStringList months;
        for (const QDate& m : outcome.value().existingMonths)
            months << SleMonth::display(m);
        const auto answer = UserPrompts::question(
            this, tr("Replace figures?"),
            tr("Figures for %1 were already imported. Replace them with this file's? The "
               "replacement is recorded in the audit trail.")
                .arg(months.join(QStringLiteral(", "))));
        if (answer != QMessageBox::Yes)
            return;
        options.replace = true;
        progress.reset();
        outcome = FigureImporter::importFile(*context().db, path, options);
    }
    progress.close();
    if (!outcome) {
        UserPrompts::error(this, tr("Import figures"), outcome.error());
        return;
    }
    const ImportOutcome& o = outcome.value();
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        afterChange();
        if (!o.months.isEmpty())
            showMonth(o.months.last());
        Q_EMIT statusMessage(tr("Imported %n row(s) from %1.", nullptr, int(o.rows))
                                 .arg(QFileInfo(path).fileName()));
        break;
    case ImportOutcome::Status::Invalid: {
        QStringList lines;
        for (const ImportProblem& p : o.problems)
            lines << p.text();
        // The first problems in the message itself, so the user can fix the file at once.
        const QString message = tr("Nothing was imported: the file has %n problem(s).", nullptr,
                                   int(o.problems.size()))
            + QLatin1Char('\n') + lines.mid(0, 10).join(QLatin1Char('\n'));
        UserPrompts::error(this, tr("Import figures"),
                           Error { message, lines.join(QLatin1Char('\n')) });
        break;
    }
    case ImportOutcome::Status::Cancelled:
        Q_EMIT statusMessage(tr("Import cancelled; nothing was changed."));
        break;
    case ImportOutcome::Status::MonthAlreadyImported:
        break;
    }
}

void PerformancePage::enterFigures()
{
    FigureEntryDialog dialog(*context().db, month(), this);
    if (UserPrompts::exec(dialog) != QDialog::Accepted)
        return;
    const QDate m = dialog.month();
    const QList<MonthFigure> after = dialog.figures();
    auto existing = FigureStore::figures(*context().db, m);
    QSet<qint64> had;
    for (const MonthFigure& f : existing ? existing.value() : QList<MonthFigure> {}) {
        if (std::any_of(after.cbegin(), after.cend(), [&f](const MonthFigure& a) {
                return a.serviceLevelId == f.serviceLevelId;
            }))
            had.insert(f.serviceLevelId);
    }
    Database* db = context().db;
    // Undo restores the earlier figures; metrics that had none keep the entered ones
    // (figures are never deleted silently), which the audit trail shows. So the figures the
    // undo compares are those of the metrics that had some.
    const auto read = [db, m, had]() -> Result<QList<MonthFigure>> {
        auto now = FigureStore::figures(*db, m);
        if (!now)
            return now.error();
        QList<MonthFigure> kept;
        for (const MonthFigure& f : now.value()) {
            if (had.contains(f.serviceLevelId))
                kept << f;
        }
        return kept;
    };
    undoStack()->push(new ChangeValue<QList<MonthFigure>>(
        *db, Operation::SetMonthFigures, tr("Enter figures for %1").arg(SleMonth::display(m)),
        after, read,
        [db, m](const QList<MonthFigure>& figures) {
            return FigureStore::setFigures(*db, m, figures);
        },
        { [this] { afterChange(); },
          [this](const Error& e) { UserPrompts::error(this, tr("Enter figures"), e); } }));
    showMonth(m);
}

void PerformancePage::exportReport(const QString& path)
{
    const QString format = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
        ? QStringLiteral("html")
        : QStringLiteral("pdf");
    // Through the registry, the same bytes as `cscdesk sle report` and the public site.
    OutputRequest request;
    request.month = QDate(month().year(), month().month(), 1);
    if (auto s = PublicOutputs::produceToFile(*context().db, QStringLiteral("findings"), format,
                                              request, path);
        !s) {
        UserPrompts::error(this, tr("Export findings"), s.error());
        return;
    }
    Q_EMIT statusMessage(tr("Findings for %1 written to %2")
                             .arg(SleMonth::display(month()), QFileInfo(path).fileName()));
}

} // namespace csc
