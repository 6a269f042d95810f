// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QMessageBox>
#include <QStringList>

#include <functional>

class QDialog;

namespace csc {

// Every modal question, message and file choice of the UI goes through here.
// Tests queue the next answers (the KeePassXC seam), so no test opens a real dialog.
class UserPrompts
{
public:
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void error(QWidget* parent, const QString& title, const Error& error);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void about(QWidget* parent, const QString& title, const QString& text);

    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                const QString& filter = {});
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                const QString& filter = {});

    // Input dialogs; `*ok` is false when the user cancels. Under the seam a queued text answers
    // item() (the item's text), text() and multiLineText(), a queued number answers integer();
    // headless with nothing queued is a cancel.
    static QString item(QWidget* parent, const QString& title, const QString& label,
                        const QStringList& items, int current, bool* ok);
    static QString text(QWidget* parent, const QString& title, const QString& label,
                        const QString& suggested, bool* ok);
    // A password, typed unseen (a queued text answers it under the seam).
    static QString password(QWidget* parent, const QString& title, const QString& label, bool* ok);
    static QString multiLineText(QWidget* parent, const QString& title, const QString& label,
                                 const QString& suggested, bool* ok);
    static int integer(QWidget* parent, const QString& title, const QString& label, int value,
                       int minimum, int maximum, bool* ok);

    // A custom dialog (the app's own, a print dialog): runs it modally and returns its result
    // (QDialog::Accepted, Rejected, or the code the dialog finished with). Under the seam the
    // next queued answer gets the dialog, shown but without a modal loop, and fills and accepts
    // (or rejects) it synchronously; a dialog still open afterwards counts as rejected. Headless
    // with nothing queued is a reject.
    using DialogAnswer = std::function<void(QDialog& dialog)>;
    static int exec(QDialog& dialog);

    // Test seams.
    static void setNextDialog(DialogAnswer answer);
    // Dialogs run since the last call (their object names, else their window titles).
    static QStringList takeShownDialogs();
    // Drops the dialog answers nobody asked for; returns how many there were.
    static int discardPendingDialogs();
    static void setNextText(const QString& text);
    static void setNextNumber(int number);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& fileName);
    // Messages shown (or swallowed) since the last call; tests read what the user would have seen.
    static QStringList takeShownMessages();
    static void setHeadless(bool headless); // record messages instead of showing them
};

} // namespace csc
