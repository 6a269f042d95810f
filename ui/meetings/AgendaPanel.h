// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/MeetingTypes.h"
#include "core/util/Result.h"
#include "ui/edit/EditCommand.h"
#include "ui/edit/StaleEdit.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QListView;
class QUndoStack;

namespace csc {

class AgendaModel;
class Database;

// The agenda of one meeting: reorder by drag or Ctrl+Up/Down, rename in place,
// tick to mark confidential, add a topic, remove a line. Every edit is undoable.
class AgendaPanel : public QWidget
{
    Q_OBJECT

public:
    AgendaPanel(Database* db, QUndoStack* undoStack, QWidget* parent = nullptr);

    void setMeeting(qint64 meetingId);
    void refresh();
    AgendaModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    // Moves the selected line by `delta` places (the keyboard path of reordering).
    void moveSelected(int delta);
    void moveRow(int from, int to);

Q_SIGNALS:
    void changed();

private:
    void push(Operation operation, const QString& text, std::function<Status()> redo,
              std::function<Status()> undo);
    EditHooks hooks();
    // The user's edit of an item, refused when someone changed it since the agenda was shown.
    void pushEdit(const AgendaItem& before, const AgendaItem& after);
    static Result<AgendaItem> item(const Database& db, qint64 meetingId, qint64 id);

    Database* m_db;
    QUndoStack* m_undoStack;
    qint64 m_meetingId = 0;
    AgendaModel* m_model;
    QListView* m_view;
    QLineEdit* m_newTopic;
    SeenVersions m_seen { QStringLiteral("agenda_item") };
};

} // namespace csc
