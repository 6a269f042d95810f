// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QLineEdit;

namespace csc {

// Edit › Find (Ctrl+F) on a section without a search field of its own: a bar under the banner
// that finds text in what the section shows (its tables and lists, its text editors and
// previews), selecting the next hit. Enter finds the next one, Shift+Enter the previous, Escape
// closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget* parent = nullptr);

    // Opens the bar over `scope` (the shown section) with the keyboard focus in the field.
    void openFor(QWidget* scope);
    QLineEdit* field() const { return m_field; }
    // Finds the next (or previous) hit after the current one; false when there is none.
    bool findNext(bool backwards = false);
    QString status() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QWidget*> targets() const;
    bool findInView(QAbstractItemView* view, bool backwards, bool fromStart);

    QPointer<QWidget> m_scope;
    QPointer<QWidget> m_lastTarget;
    QLineEdit* m_field;
    QLabel* m_status;
};

} // namespace csc
