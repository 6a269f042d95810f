// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPanel.h"

#include "ChartExport.h"
#include "core/performance/FigureStore.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "ui/widgets/UserPrompts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace csc {

ChartPanel::ChartPanel(Database* db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_kind(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_view(new QChartView(this))
{
    for (PerformanceCharts::Kind k : PerformanceCharts::kinds())
        m_kind->addItem(PerformanceCharts::title(k), int(k));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setDisplayFormat(QStringLiteral("MMM yyyy"));
        edit->setCalendarPopup(true);
    }
    m_metric->setMinimumContentsLength(12);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save this chart as PNG or SVG"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Chart:"), this));
    bar->addWidget(m_kind);
    bar->addWidget(new QLabel(tr("Metric:"), this));
    bar->addWidget(m_metric, 1);
    bar->addWidget(new QLabel(tr("From:"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to:"), this));
    bar->addWidget(m_to);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_view->setRenderHint(QPainter::Antialiasing);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_metric->setEnabled(PerformanceCharts::Kind(m_kind->currentData().toInt())
                             == PerformanceCharts::Kind::Compliance);
        rebuild();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ChartPanel::rebuild);
    connect(m_from, &QDateEdit::dateChanged, this, &ChartPanel::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &ChartPanel::rebuild);
    connect(exportButton, &QPushButton::clicked, this, &ChartPanel::exportChart);
    reload();
}

void ChartPanel::reload()
{
    const QSignalBlocker b1(m_metric);
    const QSignalBlocker b2(m_from);
    const QSignalBlocker b3(m_to);
    const qint64 current = m_metric->currentData().toLongLong();
    m_metric->clear();
    if (auto levels = ServiceLevelCatalogue::all(*m_db)) {
        for (const ServiceLevel& l : levels.value())
            m_metric->addItem(tr("%1 · %2").arg(l.category, l.metric), l.id);
    }
    if (const int i = m_metric->findData(current); i >= 0)
        m_metric->setCurrentIndex(i);
    auto months = FigureStore::months(*m_db);
    if (months && !months.value().isEmpty()) {
        m_from->setDateRange(months.value().first(), months.value().last());
        m_to->setDateRange(months.value().first(), months.value().last());
        m_to->setDate(months.value().last());
        m_from->setDate(qMax(months.value().first(), months.value().last().addMonths(-23)));
    }
    m_metric->setEnabled(PerformanceCharts::Kind(m_kind->currentData().toInt())
                         == PerformanceCharts::Kind::Compliance);
    rebuild();
}

void ChartPanel::setKind(PerformanceCharts::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ChartPanel::setServiceLevel(qint64 id)
{
    if (const int i = m_metric->findData(id); i >= 0)
        m_metric->setCurrentIndex(i);
}

void ChartPanel::setRange(QDate from, QDate to)
{
    const QSignalBlocker b(m_from);
    m_from->setDate(from);
    m_to->setDate(to);
    rebuild();
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::rebuild()
{
    const QDate from = SleMonth::of(m_from->date());
    const QDate to = SleMonth::of(m_to->date());
    auto months = Evaluation::range(*m_db, from, to);
    QChart* chart = PerformanceCharts::build(PerformanceCharts::Kind(m_kind->currentData().toInt()),
                                             months ? months.value() : QList<MonthEvaluation> {},
                                             m_metric->currentData().toLongLong());
    // Follow the desktop's light or dark palette.
    if (palette().color(QPalette::Window).lightness() < 128)
        chart->setTheme(QChart::ChartThemeDark);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void ChartPanel::exportChart()
{
    const QString path = UserPrompts::saveFileName(this, tr("Export chart"), {},
                                                   tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (auto s = ChartExport::write(chart(), path); !s)
        UserPrompts::error(this, tr("Export chart"), s.error());
}

} // namespace csc
