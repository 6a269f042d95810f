// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindBar.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QToolButton>

namespace csc {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in this section"));
    m_field->setAccessibleName(tr("Find in this section"));
    m_field->setAccessibleDescription(
        tr("Enter finds the next match, Shift+Enter the previous, Escape closes"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    auto* next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setAccessibleName(tr("Find next"));
    auto* previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setAccessibleName(tr("Find previous"));
    auto* close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close the find bar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        m_lastTarget.clear();
        findNext(false);
    });
    hide();
}

void FindBar::openFor(QWidget* scope)
{
    if (scope != m_scope)
        m_lastTarget.clear();
    m_scope = scope;
    m_status->clear();
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString FindBar::status() const
{
    return m_status->text();
}

QList<QWidget*> FindBar::targets() const
{
    QList<QWidget*> found;
    if (!m_scope)
        return found;
    // Tables and lists first, then text; only what the user can see now.
    for (QAbstractItemView* view : m_scope->findChildren<QAbstractItemView*>()) {
        if (view->isVisible() && view->model())
            found.append(view);
    }
    for (QTextEdit* text : m_scope->findChildren<QTextEdit*>()) {
        if (text->isVisible())
            found.append(text);
    }
    return found;
}

bool FindBar::findInView(QAbstractItemView* view, bool backwards, bool fromStart)
{
    QAbstractItemModel* model = view->model();
    const QModelIndex root = view->rootIndex();
    const int rows = model->rowCount(root);
    const int columns = model->columnCount(root);
    if (rows == 0)
        return false;
    const int current = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
    const QString needle = m_field->text();
    for (int step = 0; step < rows; ++step) {
        int row = 0;
        if (fromStart)
            row = backwards ? rows - 1 - step : step;
        else
            row = backwards ? current - 1 - step : current + 1 + step;
        if (row < 0 || row >= rows)
            return false;
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column, root);
            if (model->data(index).toString().contains(needle, Qt::CaseInsensitive)) {
                view->setCurrentIndex(index);
                view->scrollTo(index);
                return true;
            }
        }
    }
    return false;
}

bool FindBar::findNext(bool backwards)
{
    const QString needle = m_field->text();
    if (needle.isEmpty()) {
        m_status->clear();
        return false;
    }
    const QList<QWidget*> all = targets();
    const int n = int(all.size());
    // Continue after the last hit in its widget, then the other widgets from their start, then
    // the last one again from its start (wrapping around).
    const int start = m_lastTarget ? int(all.indexOf(m_lastTarget.data())) : -1;
    for (int step = 0; step < (start < 0 ? n : n + 1); ++step) {
        const int i = start < 0 ? step : ((start + (backwards ? -step : step)) % n + n) % n;
        QWidget* target = all.at(i);
        const bool fromStart = start < 0 || step > 0;
        bool hit = false;
        if (auto* view = qobject_cast<QAbstractItemView*>(target)) {
            hit = findInView(view, backwards, fromStart);
        } else if (auto* text = qobject_cast<QTextEdit*>(target)) {
            if (fromStart)
                text->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
            hit = text->find(needle,
                             backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags());
        }
        if (hit) {
            m_lastTarget = target;
            m_status->setText(tr("Found in %1")
                                  .arg(target->accessibleName().isEmpty()
                                           ? tr("this section")
                                           : target->accessibleName()));
            return true;
        }
    }
    m_status->setText(tr("Not found"));
    return false;
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            if (m_scope)
                m_scope->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace csc
