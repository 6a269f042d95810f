// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessibleNames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace csc {

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

// The label of a QFormLayout row holding `w`, if any.
QString formLabel(QWidget* w)
{
    QWidget* parent = w->parentWidget();
    auto* form = parent ? qobject_cast<QFormLayout*>(parent->layout()) : nullptr;
    if (!form)
        return {};
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(w, &row, &role);
    if (row < 0)
        return {};
    if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole)) {
        if (auto* label = qobject_cast<QLabel*>(item->widget()))
            return plain(label->text());
    }
    return {};
}

} // namespace

void AccessibleNames::fill(QWidget* root)
{
    if (!root)
        return;
    QHash<QWidget*, QString> buddies;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy())
            buddies.insert(label->buddy(), plain(label->text()));
    }
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w)
            || qobject_cast<QTextEdit*>(w) || qobject_cast<QPlainTextEdit*>(w)
            || qobject_cast<QAbstractSpinBox*>(w);
        if (!control || !w->accessibleName().isEmpty())
            continue;
        // A combo box's own line edit or a view's inner editor speaks through its owner.
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        QString name = buddies.value(w);
        if (name.isEmpty())
            name = formLabel(w);
        if (name.isEmpty()) {
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                name = edit->placeholderText();
            else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
                name = text->placeholderText();
            else if (auto* rich = qobject_cast<QTextEdit*>(w))
                name = rich->placeholderText();
        }
        if (name.isEmpty())
            name = w->toolTip().section(QLatin1Char('\n'), 0, 0);
        if (name.isEmpty()) {
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                name = plain(button->text());
        }
        if (!name.isEmpty())
            w->setAccessibleName(name);
    }
}

} // namespace csc
