#pragma once

#include "AppContext.h"

#include <QIcon>
#include <QWidget>

class QUndoStack;

namespace csc {

// One section of the main window (Cases, Performance, ...). Each owns its undo
// stack; the main window activates the stack of the visible page.
class SectionPage : public QWidget
{
    Q_OBJECT

public:
    SectionPage(const AppContext& context, QWidget* parent = nullptr);
    ~SectionPage() override;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Re-reads what the page shows from the database (after a merge, an import...).
    virtual void reload() { }
    // Moves keyboard focus to the page's search field, if it has one.
    virtual void focusSearch() { }

    QUndoStack* undoStack() const { return m_undoStack; }
    const AppContext& context() const { return m_context; }

Q_SIGNALS:
    // Something the page changed that other pages may show (a case moved, a meeting added).
    void dataChanged();
    void statusMessage(const QString& text);

private:
    AppContext m_context;
    QUndoStack* m_undoStack;
};

} // namespace csc
