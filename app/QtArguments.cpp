// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtArguments.h"

#include <QDir>
#include <QLibraryInfo>

#include <algorithm>

namespace csc {

namespace {

// QGuiApplication's and QApplication's options that take a value ("-style Fusion").
const char* const kWithValue[] = { "platform",
                                   "platformpluginpath",
                                   "platformtheme",
                                   "plugin",
                                   "qwindowgeometry",
                                   "qwindowicon",
                                   "qwindowtitle",
                                   "display",
                                   "geometry",
                                   "title",
                                   "session",
                                   "style",
                                   "stylesheet",
                                   "name",
                                   "font",
                                   "fn",
                                   "bg",
                                   "background",
                                   "fg",
                                   "foreground",
                                   "btn",
                                   "button",
                                   "visual",
                                   "ncols",
                                   "cmap",
                                   "im",
                                   "inputstyle",
                                   "qdevicepixelratio" };
// And those that stand alone.
const char* const kFlags[]
    = { "reverse", "widgetcount", "nograb", "dograb", "sync", "testability", "qmljsdebugger" };

// "-style", "--style", "-style=Fusion" -> "style" (and whether a value was attached).
QByteArray optionName(const QByteArray& arg, bool* attached)
{
    QByteArray name = arg.startsWith("--") ? arg.mid(2) : arg.mid(1);
    const qsizetype eq = name.indexOf('=');
    *attached = eq >= 0;
    return eq >= 0 ? name.left(eq) : name;
}

} // namespace

QtArguments::QtArguments(int argc, char** argv)
{
    // After the command word, "--title" and "--name" are the command's own options
    // (`cases open --title …`), never Qt's; Qt's other options are taken anywhere.
    bool inCommand = false;
    const auto commandsOwn
        = [](const QByteArray& name) { return name == "title" || name == "name"; };
    for (int i = 0; i < argc; ++i) {
        const QByteArray arg(argv[i] ? argv[i] : "");
        if (i > 0 && !inCommand && !arg.startsWith('-')) {
            inCommand = true;
        } else if (i > 0 && !inCommand && (arg == "--db" || arg == "-d" || arg == "--section")
                   && i + 1 < argc) {
            m_own.append(arg);
            m_own.append(QByteArray(argv[++i] ? argv[i] : ""));
            continue;
        }
        bool attachedPeek = false;
        if (i > 0 && arg.size() > 1 && arg.startsWith('-') && arg != "--"
            && !(inCommand && commandsOwn(optionName(arg, &attachedPeek)))) {
            bool attached = false;
            const QByteArray name = optionName(arg, &attached);
            bool qt = false;
            for (const char* option : kWithValue) {
                if (name == option) {
                    qt = true;
                    QByteArray value;
                    if (attached)
                        value = arg.mid(arg.indexOf('=') + 1);
                    else if (i + 1 < argc)
                        value = argv[++i];
                    if (name == "platform")
                        m_platform = value.isNull() ? QByteArray("") : value;
                    m_pluginPathGiven = m_pluginPathGiven || name == "platformpluginpath";
                }
            }
            for (const char* option : kFlags)
                qt = qt || name == option;
            if (qt)
                continue;
        }
        m_own.append(arg);
    }
    // The first argument that is neither an option nor an option's value names a command.
    for (int i = 1; i < int(m_own.size()); ++i) {
        const QByteArray& arg = m_own.at(i);
        if (arg == "--db" || arg == "-d" || arg == "--section") {
            ++i;
            continue;
        }
        if (!arg.startsWith('-')) {
            m_commandIndex = i;
            break;
        }
    }
}

bool QtArguments::platformAvailable() const
{
    if (m_platform.isNull() || m_pluginPathGiven)
        return true; // a plugin folder of the user's own: Qt looks there
    // "xcb:option=value" names the plugin before the colon.
    const QString plugin = QString::fromLocal8Bit(
        m_platform.left(m_platform.indexOf(':') < 0 ? m_platform.size() : m_platform.indexOf(':')));
    // A plugin name is a word: no wildcard may match some other plugin's file below.
    if (plugin.isEmpty() || std::any_of(plugin.cbegin(), plugin.cend(), [](QChar c) {
            return !c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_');
        }))
        return false;
    const QDir dir(QLibraryInfo::path(QLibraryInfo::PluginsPath) + QLatin1String("/platforms"));
    return !dir.entryList({ QLatin1String("libq") + plugin + QLatin1String(".so"),
                            QLatin1String("q") + plugin + QLatin1String(".dll") },
                          QDir::Files)
                .isEmpty();
}

} // namespace csc
