// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicationPlace.h"

#include <QRegularExpression>
#include <QUrl>

namespace csc {

Status PublicationPlace::check(const QString& where)
{
    const QString text = where.trimmed();
    if (text.isEmpty())
        return Error { tr("Say where the minutes are published: a web address (https://…) or "
                          "the mailing list they went to."),
                       {} };
    static const QRegularExpression mail(
        QStringLiteral("^(mailto:)?[^@\\s]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    if (mail.match(text).hasMatch())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    const bool web = url.isValid() && !text.contains(QLatin1Char(' '))
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && url.host().contains(QLatin1Char('.')) && !url.host().startsWith(QLatin1Char('.'))
        && !url.host().endsWith(QLatin1Char('.'));
    if (web)
        return {};
    return Error { tr("“%1” is not a web address or a mailing list address. Give the address "
                      "where the minutes can be read, such as https://example.org/csc/minutes "
                      "or the list's e-mail address.")
                       .arg(text),
                   {} };
}

} // namespace csc
