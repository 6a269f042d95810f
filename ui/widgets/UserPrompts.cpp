// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPrompts.h"

#include <QFileDialog>
#include <QQueue>

namespace csc {

namespace {
QQueue<QMessageBox::StandardButton> g_answers;
QQueue<QString> g_fileNames;
QStringList g_shown;
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
