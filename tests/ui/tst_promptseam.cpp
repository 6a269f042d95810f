// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 7: every modal dialog goes through ui/widgets/UserPrompts, so GUI tests answer
// dialogs through the seam instead of timers. Outside UserPrompts no source calls the static
// QInputDialog/QFileDialog/QMessageBox helpers or runs a dialog's modal loop with exec().
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestPromptSeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modalDialogsRunOnlyInsideUserPrompts()
    {
        const QString root = QStringLiteral(CSC_SOURCE_DIR);
        // `menu.exec(pos)` (a popup) and `QApplication::exec()` (the event loop) are not dialogs.
        const QRegularExpression forbidden(QStringLiteral(
            R"((QInputDialog::get\w+|QFileDialog::get\w+|QMessageBox::(question|information|)"
            R"(warning|critical|about)\s*\(|\b(?!QApplication\b|QCoreApplication\b|QGuiApplication\b)\w+(\.|->)exec\(\s*\)))"));
        QStringList offenders;
        int scanned = 0;
        for (const QString& folder : { QStringLiteral("ui"), QStringLiteral("app") }) {
            QDirIterator it(root + QLatin1Char('/') + folder,
                            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String("ui/widgets/UserPrompts.cpp")))
                    continue;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++scanned;
                const QStringList lines
                    = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
                for (int i = 0; i < lines.size(); ++i) {
                    const QString code = lines.at(i).section(QStringLiteral("//"), 0, 0);
                    if (forbidden.match(code).hasMatch())
                        offenders << QStringLiteral("%1:%2: %3")
                                         .arg(path.mid(root.size() + 1))
                                         .arg(i + 1)
                                         .arg(lines.at(i).trimmed());
                }
            }
        }
        QVERIFY2(scanned > 50, "the sources were not found");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void theCheckCatchesWhatItLooksFor()
    {
        // The pattern itself, on the calls it must refuse and the ones it must let through.
        const QRegularExpression forbidden(QStringLiteral(
            R"((QInputDialog::get\w+|QFileDialog::get\w+|QMessageBox::(question|information|)"
            R"(warning|critical|about)\s*\(|\b(?!QApplication\b|QCoreApplication\b|QGuiApplication\b)\w+(\.|->)exec\(\s*\)))"));
        for (const char* bad :
             { "if (dialog.exec() == QDialog::Accepted)", "QInputDialog::getText(this, a, b)",
               "box->exec();", "QMessageBox::about(this, t, x);",
               "QFileDialog::getOpenFileName(this)" })
            QVERIFY2(forbidden.match(QString::fromLatin1(bad)).hasMatch(), bad);
        for (const char* good : { "menu.exec(globalPos);", "return QApplication::exec();",
                                  "UserPrompts::exec(dialog)", "QMessageBox::Yes" })
            QVERIFY2(!forbidden.match(QString::fromLatin1(good)).hasMatch(), good);
    }
};

QTEST_GUILESS_MAIN(TestPromptSeam)
#include "tst_promptseam.moc"
