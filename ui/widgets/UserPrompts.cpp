// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPrompts.h"

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QQueue>

namespace csc {

namespace {
QQueue<QMessageBox::StandardButton> g_answers;
QQueue<QString> g_fileNames;
QQueue<QString> g_texts;
QQueue<int> g_numbers;
QStringList g_shown;
QQueue<UserPrompts::DialogAnswer> g_dialogs;
QStringList g_dialogsShown;
bool g_headless = false;
} // namespace

QMessageBox::StandardButton UserPrompts::question(QWidget* parent, const QString& title,
                                                  const QString& text,
                                                  QMessageBox::StandardButtons buttons,
                                                  QMessageBox::StandardButton defaultButton)
{
    g_shown << text;
    if (!g_answers.isEmpty())
        return g_answers.dequeue();
    if (g_headless)
        return defaultButton;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void UserPrompts::error(QWidget* parent, const QString& title, const Error& error)
{
    g_shown << error.message;
    if (g_headless || !g_answers.isEmpty()) {
        if (!g_answers.isEmpty())
            g_answers.dequeue();
        return;
    }
    QMessageBox box(QMessageBox::Critical, title, error.message, QMessageBox::Ok, parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void UserPrompts::information(QWidget* parent, const QString& title, const QString& text)
{
    g_shown << text;
    if (g_headless || !g_answers.isEmpty()) {
        if (!g_answers.isEmpty())
            g_answers.dequeue();
        return;
    }
    QMessageBox::information(parent, title, text);
}

void UserPrompts::about(QWidget* parent, const QString& title, const QString& text)
{
    g_shown << text;
    if (g_headless || !g_answers.isEmpty()) {
        if (!g_answers.isEmpty())
            g_answers.dequeue();
        return;
    }
    QMessageBox::about(parent, title, text);
}

int UserPrompts::exec(QDialog& dialog)
{
    g_dialogsShown << (dialog.objectName().isEmpty() ? dialog.windowTitle() : dialog.objectName());
    if (!g_dialogs.isEmpty()) {
        const DialogAnswer answer = g_dialogs.dequeue();
        dialog.setResult(QDialog::Rejected);
        // Shown and active as the user would see it, so focus, shortcuts (Ctrl+Enter) and
        // checks that depend on visibility behave as in use; then answered synchronously.
        dialog.show();
        dialog.activateWindow();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        answer(dialog);
        if (dialog.isVisible()) {
            dialog.hide(); // left open: as if the user closed it
            return QDialog::Rejected;
        }
        return dialog.result();
    }
    if (g_headless)
        return QDialog::Rejected;
    return dialog.exec();
}

void UserPrompts::setNextDialog(DialogAnswer answer)
{
    g_dialogs.enqueue(std::move(answer));
}

QStringList UserPrompts::takeShownDialogs()
{
    return std::exchange(g_dialogsShown, {});
}

int UserPrompts::discardPendingDialogs()
{
    const int pending = int(g_dialogs.size());
    g_dialogs.clear();
    return pending;
}

QString UserPrompts::openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                  const QString& filter)
{
    if (!g_fileNames.isEmpty())
        return g_fileNames.dequeue();
    if (g_headless)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString UserPrompts::saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                  const QString& filter)
{
    if (!g_fileNames.isEmpty())
        return g_fileNames.dequeue();
    if (g_headless)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString UserPrompts::item(QWidget* parent, const QString& title, const QString& label,
                          const QStringList& items, int current, bool* ok)
{
    if (!g_texts.isEmpty()) {
        const QString answer = g_texts.dequeue();
        *ok = items.contains(answer);
        return *ok ? answer : QString();
    }
    if (g_headless)
        return *ok = false, QString();
    return QInputDialog::getItem(parent, title, label, items, current, false, ok);
}

QString UserPrompts::text(QWidget* parent, const QString& title, const QString& label,
                          const QString& suggested, bool* ok)
{
    if (!g_texts.isEmpty())
        return *ok = true, g_texts.dequeue();
    if (g_headless)
        return *ok = false, QString();
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggested, ok);
}

QString UserPrompts::password(QWidget* parent, const QString& title, const QString& label, bool* ok)
{
    if (!g_texts.isEmpty())
        return *ok = true, g_texts.dequeue();
    if (g_headless)
        return *ok = false, QString();
    return QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), ok);
}

QString UserPrompts::multiLineText(QWidget* parent, const QString& title, const QString& label,
                                   const QString& suggested, bool* ok)
{
    if (!g_texts.isEmpty())
        return *ok = true, g_texts.dequeue();
    if (g_headless)
        return *ok = false, QString();
    return QInputDialog::getMultiLineText(parent, title, label, suggested, ok);
}

int UserPrompts::integer(QWidget* parent, const QString& title, const QString& label, int value,
                         int minimum, int maximum, bool* ok)
{
    if (!g_numbers.isEmpty())
        return *ok = true, qBound(minimum, g_numbers.dequeue(), maximum);
    if (g_headless)
        return *ok = false, value;
    return QInputDialog::getInt(parent, title, label, value, minimum, maximum, 1, ok);
}

void UserPrompts::setNextText(const QString& text)
{
    g_texts.enqueue(text);
}

void UserPrompts::setNextNumber(int number)
{
    g_numbers.enqueue(number);
}

void UserPrompts::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers.enqueue(answer);
}

void UserPrompts::setNextFileName(const QString& fileName)
{
    g_fileNames.enqueue(fileName);
}

QStringList UserPrompts::takeShownMessages()
{
    return std::exchange(g_shown, {});
}

void UserPrompts::setHeadless(bool headless)
{
    g_headless = headless;
}

} // namespace csc
