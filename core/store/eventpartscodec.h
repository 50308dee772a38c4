// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// An event's places and actors as JSON arrays of arrays, kept on the event's own row (the places and
// actors columns): one row per event instead of one per place and actor, and SQL still reaches each
// part through json_each. Field order:
//   place: [name, canonical name, kind, latitude, longitude, country, admin1, geonameid]
//   actor: [name, kind, role, country]
// No parts encode as an empty QByteArray, which the store writes as NULL.
namespace Sitrep::EventPartsCodec {

QByteArray encodePlaces(const QList<EventPlace> &places);
QByteArray encodeActors(const QList<EventActor> &actors);
// False on text that is not such an array; the list is then left empty.
bool decodePlaces(QByteArrayView json, QList<EventPlace> &places);
bool decodeActors(QByteArrayView json, QList<EventActor> &actors);

} // namespace Sitrep::EventPartsCodec
