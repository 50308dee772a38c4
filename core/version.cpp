// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

namespace Sitrep {

QString versionString()
{
    return QStringLiteral(SITREP_VERSION_STRING);
}

QString applicationName()
{
    return QStringLiteral("Sitrep");
}

} // namespace Sitrep
