// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstyle.h"

namespace Sitrep::EventStyle {

QColor colour(EventType type)
{
    // Okabe–Ito palette, with greys for the catch-all types.
    switch (type) {
    case EventType::Battle:
        return QColor(0xD5, 0x5E, 0x00);
    case EventType::RemoteViolence:
        return QColor(0xCC, 0x22, 0x22);
    case EventType::ViolenceAgainstCivilians:
        return QColor(0xCC, 0x79, 0xA7);
    case EventType::Protest:
        return QColor(0xE6, 0x9F, 0x00);
    case EventType::Riot:
        return QColor(0x8C, 0x56, 0x1E);
    case EventType::StrategicDevelopment:
        return QColor(0x00, 0x9E, 0x73);
    case EventType::Diplomacy:
        return QColor(0x00, 0x72, 0xB2);
    case EventType::Statement:
        return QColor(0x56, 0xB4, 0xE9);
    case EventType::Other:
        break;
    }
    return QColor(0x88, 0x88, 0x88);
}

} // namespace Sitrep::EventStyle
