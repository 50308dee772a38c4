// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitrepresources.h"

#include <QtGlobal>

#include <mutex>

static void initPlacesResources()
{
    Q_INIT_RESOURCE(places);
}

namespace Sitrep::Resources {

void ensurePlacesRegistered()
{
    static std::once_flag registered;
    std::call_once(registered, initPlacesResources);
}

} // namespace Sitrep::Resources
