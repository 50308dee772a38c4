// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sitrep {

QString versionString();
QString applicationName();

} // namespace Sitrep
