// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/meetings/Member.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace csc {

// Adds or edits one seat. A liaison seat cannot be marked voting.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MemberDialog(const Member& member, QWidget* parent = nullptr);

    Member member() const;

private:
    void updateVoting();

    Member m_member;
    QLineEdit* m_name;
    QLineEdit* m_affiliation;
    QComboBox* m_kind;
    QCheckBox* m_voting;
    QLineEdit* m_email;
    QDateEdit* m_termStart;
    QCheckBox* m_hasTermEnd;
    QDateEdit* m_termEnd;
    QCheckBox* m_chair;
    QComboBox* m_contact;
    QLabel* m_problem;
};

} // namespace csc
