// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled as core/storage is: storage sits below cases, so this include must not be found.
#include "core/cases/CaseTypes.h"
