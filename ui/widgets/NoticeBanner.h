// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace csc {

// A coloured strip above the content for things the user must not miss
// (read-only database, review copy, deadlines due).
class NoticeBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };

    explicit NoticeBanner(QWidget* parent = nullptr);

    void showNotice(Kind kind, const QString& text);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace csc
