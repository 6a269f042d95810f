// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace csc {

// Hands a prepared .eml to the user's mail client (QDesktopServices). Without a
// desktop (the offscreen platform of the tests) the file is only recorded.
class MailClient
{
public:
    static void open(const QString& emlPath);
    // Where prepared e-mails are written (the app's data folder, "mail").
    static QString folder();
    // Test seam: the files handed over since the last call.
    static QStringList takeOpened();
};

} // namespace csc
