// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventpartscodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <charconv>
#include <cmath>

namespace Sitrep::EventPartsCodec {
namespace {

// Written by hand into a buffer sized for the worst case: QJsonDocument builds a tree of values
// first, and appending byte by byte to a QByteArray checks its capacity at every byte; either cost
// more than the rows these columns replace.
// Writes a value with a few decimals, as most coordinates have, as std::to_chars writes its shortest
// text, which took a twentieth of storing an event: the fewest decimals that read back as the same
// double. Only where that text is in fixed notation, never longer than the scientific one (from 0.01
// to 1,000); null elsewhere, and past 7 decimals, for std::to_chars to write.
char *putFewDecimals(char *at, double value)
{
    static constexpr double powersOfTen[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};
    static constexpr int maxDecimals = int(std::size(powersOfTen)) - 1;
    const double magnitude = std::fabs(value);
    if (!(magnitude >= 0.01 && magnitude < 1000))
        return nullptr;
    for (int decimals = 0; decimals <= maxDecimals; ++decimals) {
        // Both the scaled value and the power are exact doubles, so the quotient is the double
        // nearest the decimal, as reading the text back gives.
        const double scaled = std::nearbyint(magnitude * powersOfTen[decimals]);
        if (scaled / powersOfTen[decimals] != magnitude)
            continue;
        if (value < 0)
            *at++ = '-';
        const auto digits = qint64(scaled);
        const auto power = qint64(powersOfTen[decimals]);
        at = std::to_chars(at, at + 8, digits / power).ptr;
        if (decimals > 0) {
            *at++ = '.';
            qint64 fraction = digits % power;
            for (int i = decimals - 1; i >= 0; --i, fraction /= 10)
                at[i] = char('0' + fraction % 10);
            at += decimals;
        }
        return at;
    }
    return nullptr;
}

class Writer final
{
public:
    explicit Writer(qsizetype worstCase)
        : m_json(worstCase, Qt::Uninitialized)
        , m_at(m_json.data())
    { }

    void put(char c) { *m_at++ = c; }

    // UTF-16 to UTF-8 as QString::toUtf8 converts it (a lone surrogate becomes '?'), with the
    // escapes JSON requires.
    void putString(const QString &text)
    {
        static constexpr char hex[] = "0123456789abcdef";
        put('"');
        const auto *unit = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *end = unit + text.size();
        for (; unit != end; ++unit) {
            const char32_t u = *unit;
            if (u < 0x80) {
                if (u == u'"' || u == u'\\') {
                    put('\\');
                    put(char(u));
                } else if (u < 0x20) {
                    put('\\');
                    put('u');
                    put('0');
                    put('0');
                    put(hex[u >> 4]);
                    put(hex[u & 0xf]);
                } else {
                    put(char(u));
                }
            } else if (u < 0x800) {
                put(char(0xc0 | (u >> 6)));
                put(char(0x80 | (u & 0x3f)));
            } else if (QChar::isSurrogate(u)) {
                if (QChar::isHighSurrogate(u) && unit + 1 != end && QChar::isLowSurrogate(unit[1])) {
                    const char32_t code = QChar::surrogateToUcs4(char16_t(u), unit[1]);
                    ++unit;
                    put(char(0xf0 | (code >> 18)));
                    put(char(0x80 | ((code >> 12) & 0x3f)));
                    put(char(0x80 | ((code >> 6) & 0x3f)));
                    put(char(0x80 | (code & 0x3f)));
                } else {
                    put('?');
                }
            } else {
                put(char(0xe0 | (u >> 12)));
                put(char(0x80 | ((u >> 6) & 0x3f)));
                put(char(0x80 | (u & 0x3f)));
            }
        }
        put('"');
    }

    // The shortest text that reads back as the same double. JSON has no infinities or NaN, and
    // SQLite stored NaN as NULL: both are written as null.
    void putNumber(const std::optional<double> &value)
    {
        if (!value || !std::isfinite(*value))
            putNull();
        else if (char *end = putFewDecimals(m_at, *value))
            m_at = end;
        else
            m_at = std::to_chars(m_at, m_at + maxNumber, *value).ptr;
    }

    void putNumber(const std::optional<qint64> &value)
    {
        if (value)
            m_at = std::to_chars(m_at, m_at + maxNumber, *value).ptr;
        else
            putNull();
    }

    QByteArray take()
    {
        m_json.truncate(m_at - m_json.constData());
        return std::move(m_json);
    }

    // Bytes a string of `size` UTF-16 units may take: six for a unit written as \u00XX.
    static qsizetype worstCaseOf(const QString &text) { return 2 + 6 * text.size(); }
    static constexpr qsizetype maxNumber = 32;

private:
    void putNull()
    {
        for (char c : {'n', 'u', 'l', 'l'})
            put(c);
    }

    QByteArray m_json;
    char *m_at;
};

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

namespace {

// A JSON array of one array per item: fieldsSize(item) bounds the bytes of the item's fields and the
// commas between them, putFields(json, item) writes them.
template<typename Item, typename FieldsSize, typename PutFields>
QByteArray encodeRows(const QList<Item> &items, FieldsSize fieldsSize, PutFields putFields)
{
    if (items.isEmpty())
        return {};
    qsizetype worstCase = 2;
    for (const Item &item : items)
        worstCase += 3 + fieldsSize(item);
    Writer json(worstCase);
    json.put('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            json.put(',');
        json.put('[');
        putFields(json, items[i]);
        json.put(']');
    }
    json.put(']');
    return json.take();
}

} // namespace

QByteArray encodePlaces(const QList<EventPlace> &places)
{
    const auto fieldsSize = [](const EventPlace &place) {
        qsizetype size = 7 + 3 * Writer::maxNumber;
        for (const QString *text : {&place.name, &place.canonicalName, &place.kind, &place.countryCode, &place.admin1})
            size += Writer::worstCaseOf(*text);
        return size;
    };
    return encodeRows(places, fieldsSize, [](Writer &json, const EventPlace &place) {
        json.putString(place.name);
        json.put(',');
        json.putString(place.canonicalName);
        json.put(',');
        json.putString(place.kind);
        json.put(',');
        json.putNumber(place.latitude);
        json.put(',');
        json.putNumber(place.longitude);
        json.put(',');
        json.putString(place.countryCode);
        json.put(',');
        json.putString(place.admin1);
        json.put(',');
        json.putNumber(place.geonameId);
    });
}

QByteArray encodeActors(const QList<EventActor> &actors)
{
    const auto fieldsSize = [](const EventActor &actor) {
        qsizetype size = 3;
        for (const QString *text : {&actor.name, &actor.kind, &actor.role, &actor.countryCode})
            size += Writer::worstCaseOf(*text);
        return size;
    };
    return encodeRows(actors, fieldsSize, [](Writer &json, const EventActor &actor) {
        json.putString(actor.name);
        json.put(',');
        json.putString(actor.kind);
        json.put(',');
        json.putString(actor.role);
        json.put(',');
        json.putString(actor.countryCode);
    });
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
