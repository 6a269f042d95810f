// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSize>

class QChart;

namespace csc {

// Writes a chart as PNG or SVG (QSvgGenerator), for reports and slides.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    static Status png(QChart* chart, const QString& path, QSize size = { 1200, 700 });
    static Status svg(QChart* chart, const QString& path, QSize size = { 1200, 700 });
    // By the file's extension (.png or .svg).
    static Status write(QChart* chart, const QString& path);
};

} // namespace csc
