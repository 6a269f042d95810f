// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QSet>

#include <functional>
#include <type_traits>
#include <utility>

namespace csc {

// Brings a model's rows up to a fresh read from core without resetting it: rows still there
// stay (a changed one announces dataChanged), rows gone are removed, new ones inserted and
// reordered ones moved. Views keep their selection, current index and scroll position, which a
// modelReset throws away on every edit. Rows are matched by key (the core id).
class RowSync
{
public:
    template<typename T, typename Key, typename Equal = std::equal_to<T>>
    static void apply(QAbstractItemModel* model, QList<T>& rows, const QList<T>& fresh,
                      Key key, Equal equal = {})
    {
        const QModelIndex root;
        using K = std::decay_t<decltype(key(std::declval<const T&>()))>;
        QSet<K> freshKeys;
        for (const T& f : fresh)
            freshKeys.insert(key(f));
        if (std::none_of(rows.begin(), rows.end(),
                         [&](const T& r) { return freshKeys.contains(key(r)); })) {
            // Nothing in common (another meeting, the first load): a new list, not an edit.
            call(model, &Access::beginResetModel);
            rows = fresh;
            call(model, &Access::endResetModel);
            return;
        }
        // Rows whose key left the list, bottom up so the positions stay right.
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (!freshKeys.contains(key(rows.at(i)))) {
                call(model, &Access::beginRemoveRows, root, int(i), int(i));
                rows.removeAt(i);
                call(model, &Access::endRemoveRows);
            }
        }
        QSet<K> held;
        for (const T& r : rows)
            held.insert(key(r));
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const K k = key(fresh.at(i));
            qsizetype at = held.contains(k) ? i : rows.size();
            while (at < rows.size() && !(key(rows.at(at)) == k))
                ++at;
            if (at == rows.size()) {
                call(model, &Access::beginInsertRows, root, int(i), int(i));
                rows.insert(i, fresh.at(i));
                call(model, &Access::endInsertRows);
                continue;
            }
            if (at != i) {
                call(model, &Access::beginMoveRows, root, int(at), int(at), root, int(i));
                rows.move(at, i);
                call(model, &Access::endMoveRows);
            }
            if (!equal(rows.at(i), fresh.at(i))) {
                rows[i] = fresh.at(i);
                const int last = model->columnCount(root) - 1;
                Q_EMIT model->dataChanged(model->index(int(i), 0, root),
                                          model->index(int(i), qMax(0, last), root));
            }
        }
    }

private:
    // The row signals are protected members of QAbstractItemModel; a pointer to them taken
    // through a derived class may be called on any model.
    struct Access : QAbstractItemModel
    {
        using QAbstractItemModel::beginInsertRows;
        using QAbstractItemModel::beginMoveRows;
        using QAbstractItemModel::beginRemoveRows;
        using QAbstractItemModel::beginResetModel;
        using QAbstractItemModel::endInsertRows;
        using QAbstractItemModel::endMoveRows;
        using QAbstractItemModel::endRemoveRows;
        using QAbstractItemModel::endResetModel;
    };
    template<typename F, typename... Args>
    static void call(QAbstractItemModel* model, F f, Args&&... args)
    {
        (model->*f)(std::forward<Args>(args)...);
    }
};

} // namespace csc
