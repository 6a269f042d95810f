// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailClient.h"

#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QUrl>

namespace csc {

namespace {
QStringList g_opened;
}

void MailClient::open(const QString& emlPath)
{
    g_opened << emlPath;
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return; // no desktop to hand the file to
    QDesktopServices::openUrl(QUrl::fromLocalFile(emlPath));
}

QString MailClient::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("mail"));
}

QStringList MailClient::takeOpened()
{
    QStringList list;
    list.swap(g_opened);
    return list;
}

} // namespace csc
