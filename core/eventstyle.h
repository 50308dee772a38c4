// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QColor>

namespace Sitrep::EventStyle {

// One colour per event type, shared by the table, the timeline, the map and the briefing, chosen
// to stay distinguishable for the common forms of colour blindness.
QColor colour(EventType type);

} // namespace Sitrep::EventStyle
