// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/SetupCsv.h"
#include "core/util/Result.h"

#include <QWidget>

#include <functional>

namespace csc {

class Database;

// "Import…" and "Export…" for one kind of set-up data, as a row of buttons on an assistant
// page: choose a file, run the core import (all or nothing), show its file:line:column
// problems or what it added.
class SetupTransferButtons : public QWidget
{
    Q_OBJECT

public:
    struct Transfer
    {
        QString what; // "the roster"
        QString filter; // file dialog filter
        Result<SetupImportOutcome> (*importFile)(Database&, const QString&);
        Status (*exportFile)(const Database&, const QString&);
    };

    SetupTransferButtons(Database& db, Transfer transfer, QWidget* parent = nullptr);

    // Runs the import of `path` and reports it; true when something was imported.
    bool importFrom(const QString& path);

Q_SIGNALS:
    void imported();

private:
    Database& m_db;
    Transfer m_transfer;
};

} // namespace csc
