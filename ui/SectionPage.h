// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "core/export/PublicOutputs.h"
#include "core/util/Result.h"

#include <QIcon>
#include <QWidget>

class QUndoStack;

namespace csc {

struct DataChange;

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
    // Moves keyboard focus to the page's search field; false when it has none (the main
    // window then opens its find bar over the page).
    virtual bool focusSearch() { return false; }

    // What File › Print… prints from this section. A public document names its output in
    // the registry (PublicOutputs), so the printed pages are the exported PDF's; a members'
    // document (the case detail) gives its title and body, laid out in the same style.
    struct Printable
    {
        QString title;
        QString bodyHtml;
        QString outputId; // "minutes", "findings": printed through PublicOutputs::paint
        OutputRequest request;
    };
    virtual Result<Printable> printable() const;
    // Cheap: whether printable() has something now (File › Print… is enabled or says why not).
    virtual Status canPrint() const;

    QUndoStack* undoStack() const { return m_undoStack; }
    const AppContext& context() const { return m_context; }

protected:
    // Whether a committed write (core's change notification) touches what the page shows; the
    // page then reloads once the event loop turns (several writes, one reload). Pages narrow it.
    virtual bool showsChange(const DataChange& change) const;
    // Every committed write as it is announced, before the queued reload: a page whose models
    // update the rows concerned collects here which rows those are.
    virtual void noteChange(const DataChange& change) { Q_UNUSED(change) }
    // Drops the undo history when one of its steps can no longer apply (the minutes it edits
    // were circulated or published, say), so Edit › Undo never offers a step that would fail.
    void pruneUndo();
    // A page hidden when a change came reloads when it is shown again.
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    // Something the page changed that other pages may show (a case moved, a meeting added).
    void dataChanged();
    void statusMessage(const QString& text);

private:
    AppContext m_context;
    QUndoStack* m_undoStack;
    bool m_reloadPending = false;
    bool m_reloadWanted = false;
    bool m_stale = false;
};

} // namespace csc
