// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventpartscodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace Sitrep::EventPartsCodec {
namespace {

// Written by hand: QJsonDocument builds a tree of values first, which cost more than the rows the
// columns replace.
void appendEscapedByte(QByteArray &json, char byte)
{
    static constexpr char hex[] = "0123456789abcdef";
    switch (byte) {
    case '"':
        json += "\\\"";
        return;
    case '\\':
        json += "\\\\";
        return;
    default:
        break;
    }
    const auto unit = static_cast<unsigned char>(byte);
    if (unit < 0x20) {
        json += "\\u00";
        json += hex[unit >> 4];
        json += hex[unit & 0xf];
    } else {
        json += byte;
    }
}

void appendString(QByteArray &json, const QString &text)
{
    json += '"';
    const auto *units = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    char16_t bits = 0;
    for (qsizetype i = 0; i < size; ++i)
        bits |= units[i];
    if (bits < 0x80) {
        for (qsizetype i = 0; i < size; ++i)
            appendEscapedByte(json, char(units[i]));
    } else {
        // Multi-byte UTF-8 never holds a byte below 0x80, so escaping byte by byte is safe.
        for (char byte : text.toUtf8())
            appendEscapedByte(json, byte);
    }
    json += '"';
}

// Shortest text that reads back as the same double. JSON has no infinities or NaN, and SQLite
// stored NaN as NULL: both are written as null.
void appendNumber(QByteArray &json, const std::optional<double> &value)
{
    if (value && std::isfinite(*value))
        json += QByteArray::number(*value, 'g', QLocale::FloatingPointShortest);
    else
        json += "null";
}

void appendNumber(QByteArray &json, const std::optional<qint64> &value)
{
    if (value)
        json += QByteArray::number(*value);
    else
        json += "null";
}

std::optional<QJsonArray> rowsOf(QByteArrayView json)
{
    if (json.isEmpty())
        return QJsonArray();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array();
}

std::optional<double> optionalDouble(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

} // namespace

QByteArray encodePlaces(const QList<EventPlace> &places)
{
    QByteArray json;
    if (places.isEmpty())
        return json;
    json.reserve(places.size() * 96);
    json += '[';
    for (const EventPlace &place : places) {
        if (json.size() > 1)
            json += ',';
        json += '[';
        appendString(json, place.name);
        json += ',';
        appendString(json, place.canonicalName);
        json += ',';
        appendString(json, place.kind);
        json += ',';
        appendNumber(json, place.latitude);
        json += ',';
        appendNumber(json, place.longitude);
        json += ',';
        appendString(json, place.countryCode);
        json += ',';
        appendString(json, place.admin1);
        json += ',';
        appendNumber(json, place.geonameId);
        json += ']';
    }
    json += ']';
    return json;
}

QByteArray encodeActors(const QList<EventActor> &actors)
{
    QByteArray json;
    if (actors.isEmpty())
        return json;
    json.reserve(actors.size() * 64);
    json += '[';
    for (const EventActor &actor : actors) {
        if (json.size() > 1)
            json += ',';
        json += '[';
        appendString(json, actor.name);
        json += ',';
        appendString(json, actor.kind);
        json += ',';
        appendString(json, actor.role);
        json += ',';
        appendString(json, actor.countryCode);
        json += ']';
    }
    json += ']';
    return json;
}

bool decodePlaces(QByteArrayView json, QList<EventPlace> &places)
{
    places.clear();
    const auto rows = rowsOf(json);
    if (!rows)
        return false;
    places.reserve(rows->size());
    for (const QJsonValue &row : *rows) {
        const QJsonArray fields = row.toArray();
        places.append(EventPlace {fields.at(0).toString(), fields.at(1).toString(), fields.at(2).toString(),
                                  optionalDouble(fields.at(3)), optionalDouble(fields.at(4)), fields.at(5).toString(),
                                  fields.at(6).toString(), optionalInteger(fields.at(7))});
    }
    return true;
}

bool decodeActors(QByteArrayView json, QList<EventActor> &actors)
{
    actors.clear();
    const auto rows = rowsOf(json);
    if (!rows)
        return false;
    actors.reserve(rows->size());
    for (const QJsonValue &row : *rows) {
        const QJsonArray fields = row.toArray();
        actors.append(EventActor {fields.at(0).toString(), fields.at(1).toString(), fields.at(2).toString(),
                                  fields.at(3).toString()});
    }
    return true;
}

} // namespace Sitrep::EventPartsCodec
