// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace csc {

// Gives every control under `root` that has no accessible name one a screen reader can read:
// its label in a form (the buddy or the row's label), its placeholder, its tooltip, or its
// visible text. Controls named explicitly keep their names. Run once a section is built.
class AccessibleNames
{
public:
    static void fill(QWidget* root);
};

} // namespace csc
