// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QSqlDatabase>

namespace Sitrep::Schema {

// The schema version this build writes (PRAGMA user_version).
int currentVersion();

// Brings a database from its stored version up to targetVersion, one transaction per step.
// Refuses files written by a newer Sitrep. Tests pass an older target to build old files.
Expected<void> migrate(QSqlDatabase &database, const QString &displayName, int targetVersion = currentVersion());

} // namespace Sitrep::Schema
