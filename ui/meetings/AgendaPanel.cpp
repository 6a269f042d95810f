// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaPanel.h"

#include "AgendaModel.h"
#include "core/meetings/Meetings.h"
#include "core/storage/Database.h"
#include "ui/edit/ChangeValue.h"
#include "ui/widgets/UserPrompts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csc {

AgendaPanel::AgendaPanel(Database* db, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_model(new AgendaModel(this))
    , m_view(new QListView(this))
    , m_newTopic(new QLineEdit(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_newTopic->setPlaceholderText(tr("New topic"));
    m_newTopic->setAccessibleName(tr("New agenda topic"));

    auto* up = new QPushButton(tr("Move up"), this);
    auto* down = new QPushButton(tr("Move down"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* add = new QPushButton(tr("Add topic"), this);
    up->setToolTip(tr("Ctrl+Up"));
    down->setToolTip(tr("Ctrl+Down"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newTopic, 1);
    buttons->addWidget(add);
    buttons->addSpacing(16);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(remove);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Drag lines or press Ctrl+Up / Ctrl+Down to reorder; tick a line to mark it "
                      "confidential; open action items are carried over by themselves."),
                   this));
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    // Explanations wrap, so the section keeps a small minimum width.
    for (QLabel* label : findChildren<QLabel*>())
        label->setWordWrap(true);

    m_model->setEditHandlers(
        [this](const AgendaItem& after) {
            const auto& items = m_model->items();
            const auto it = std::find_if(items.cbegin(), items.cend(),
                                         [&](const AgendaItem& a) { return a.id == after.id; });
            if (it == items.cend())
                return;
            const AgendaItem before = *it;
            // Queued: the refresh changes the model's rows, which must not happen inside its
            // own setData().
            QMetaObject::invokeMethod(
                this, [this, before, after] { pushEdit(before, after); }, Qt::QueuedConnection);
        },
        [this](int from, int to) {
            // Queued: a drop must finish before the model is reset.
            QMetaObject::invokeMethod(
                this, [this, from, to] { moveRow(from, to); }, Qt::QueuedConnection);
        });

    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    for (auto [key, delta] :
         { std::pair { Qt::CTRL | Qt::Key_Up, -1 }, std::pair { Qt::CTRL | Qt::Key_Down, 1 } }) {
        auto* shortcut = new QShortcut(QKeySequence(key), m_view);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, delta = delta] { moveSelected(delta); });
    }
    const auto addTopic = [this] {
        const QString title = m_newTopic->text().trimmed();
        if (title.isEmpty())
            return;
        Database* db = m_db;
        const qint64 meeting = m_meetingId;
        const int position = std::max(
            0, int(m_model->items().size()) - 2); // before "Any other business" and "Adjourn"
        auto added = std::make_shared<qint64>(0);
        push(
            Operation::AddAgendaItem, tr("Add agenda topic"),
            [db, meeting, title, position, added]() -> Status {
                AgendaItem item;
                item.title = title;
                auto id = Meetings::addAgendaItem(*db, meeting, item, position);
                if (!id)
                    return id.error();
                *added = id.value();
                return {};
            },
            [db, added] { return Meetings::removeAgendaItem(*db, *added); });
        m_newTopic->clear();
    };
    connect(add, &QPushButton::clicked, this, addTopic);
    connect(m_newTopic, &QLineEdit::returnPressed, this, addTopic);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row < 0)
            return;
        const AgendaItem item = m_model->items().at(row);
        Database* db = m_db;
        const qint64 meeting = m_meetingId;
        auto restored = std::make_shared<qint64>(item.id);
        push(
            Operation::RemoveAgendaItem, tr("Remove agenda item"),
            [db, restored] { return Meetings::removeAgendaItem(*db, *restored); },
            [db, meeting, item, row, restored]() -> Status {
                auto id = Meetings::addAgendaItem(*db, meeting, item, row);
                if (!id)
                    return id.error();
                *restored = id.value();
                return {};
            });
    });
}

void AgendaPanel::setMeeting(qint64 meetingId)
{
    m_meetingId = meetingId;
    refresh();
}

Result<AgendaItem> AgendaPanel::item(const Database& db, qint64 meetingId, qint64 id)
{
    auto items = Meetings::agenda(db, meetingId);
    if (!items)
        return items.error();
    for (const AgendaItem& a : items.value()) {
        if (a.id == id)
            return a;
    }
    return Error { tr("The agenda item is no longer on the agenda."), {} };
}

void AgendaPanel::pushEdit(const AgendaItem& before, const AgendaItem& after)
{
    Database* db = m_db;
    const qint64 meeting = m_meetingId;
    const qint64 id = after.id;
    EditHooks h = hooks();
    h.failed = [this, before, after, meeting](const Error& e) {
        if (StaleEdit::ask(this, tr("Agenda"), e) != StaleEdit::Answer::SaveMine)
            return;
        // After the refresh: the user's change onto the item as it is now.
        QMetaObject::invokeMethod(
            this,
            [this, before, after, meeting] {
                auto now = item(*m_db, meeting, after.id);
                if (!now)
                    return UserPrompts::error(this, tr("Agenda"), now.error());
                pushEdit(now.value(),
                         StaleEdit::mineOnto<&AgendaItem::title, &AgendaItem::confidential>(
                             before, after, now.value()));
            },
            Qt::QueuedConnection);
    };
    auto* edit = new ChangeValue<AgendaItem>(
        *db, Operation::EditAgendaItem, tr("Edit agenda item"), after,
        [db, meeting, id] { return item(*db, meeting, id); },
        [db](const AgendaItem& a) { return Meetings::updateAgendaItem(*db, a); }, std::move(h));
    m_seen.guard(*edit, *db, id);
    m_undoStack->push(edit);
}

void AgendaPanel::refresh()
{
    m_seen.load(*m_db);
    const int row = m_view->currentIndex().row();
    m_model->setItems(Meetings::agenda(*m_db, m_meetingId).valueOr({}));
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

void AgendaPanel::moveSelected(int delta)
{
    const int from = m_view->currentIndex().row();
    moveRow(from, from + delta);
}

void AgendaPanel::moveRow(int from, int to)
{
    if (from < 0 || to < 0 || to >= m_model->rowCount() || from == to)
        return;
    Database* db = m_db;
    const qint64 meeting = m_meetingId;
    push(
        Operation::MoveAgendaItem, tr("Move agenda item"),
        [db, meeting, from, to] { return Meetings::moveAgendaItem(*db, meeting, from, to); },
        [db, meeting, from, to] { return Meetings::moveAgendaItem(*db, meeting, to, from); });
    m_view->setCurrentIndex(m_model->index(to));
}

EditHooks AgendaPanel::hooks()
{
    return { [this] {
                refresh();
                Q_EMIT changed();
            },
             [this](const Error& e) { UserPrompts::error(this, tr("Agenda"), e); } };
}

void AgendaPanel::push(Operation operation, const QString& text, std::function<Status()> redo,
                       std::function<Status()> undo)
{
    m_undoStack->push(new EditCommand(operation, text, std::move(redo), std::move(undo), hooks()));
}

} // namespace csc
