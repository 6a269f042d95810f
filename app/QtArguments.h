// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace csc {

// The standard Qt options (-style Fusion, --platform offscreen, -reverse, ...) may
// stand anywhere on cscdesk's command line, in either spelling. They are Qt's, not
// ours: the GUI hands them to QApplication, the headless commands leave them out,
// and neither an option nor its value is ever taken for a command.
class QtArguments
{
public:
    explicit QtArguments(int argc, char** argv);

    // The arguments without the Qt options (program name first).
    const QList<QByteArray>& own() const { return m_own; }
    // Index in own() of the command name, or -1 when none is given (the GUI).
    int commandIndex() const { return m_commandIndex; }
    // The platform plugin a -platform option asks for, empty when none.
    const QByteArray& platform() const { return m_platform; }
    // True when -platform names a plugin that is installed (or none is named): an
    // unknown one would make Qt abort the program.
    bool platformAvailable() const;

private:
    QList<QByteArray> m_own;
    QByteArray m_platform;
    bool m_pluginPathGiven = false;
    int m_commandIndex = -1;
};

} // namespace csc
