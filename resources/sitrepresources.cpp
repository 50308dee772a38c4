// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitrepresources.h"

#include <QtGlobal>

#include <mutex>

static void initPlacesResources()
{
    Q_INIT_RESOURCE(places);
}

static void initFontResources()
{
    Q_INIT_RESOURCE(fonts);
}

namespace Sitrep::Resources {

void ensurePlacesRegistered()
{
    static std::once_flag registered;
    std::call_once(registered, initPlacesResources);
}

void ensureFontsRegistered()
{
    static std::once_flag registered;
    std::call_once(registered, initFontResources);
}

} // namespace Sitrep::Resources
