// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/gazetteer.h"

#include "sitrepresources.h"

#include "places/placename.h"
#include "places/placeslogging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QVarLengthArray>
#include <QtEndian>

#include <bit>
#include <cstring>

Q_LOGGING_CATEGORY(lcPlaces, "sitrep.places", QtInfoMsg)

namespace Sitrep {

namespace {

constexpr quint32 headerSize = 48;
constexpr quint32 keySize = 12;
constexpr quint32 noIndex = 0xFFFFFFFFu;

quint32 readU32(const uchar *p)
{
    return qFromLittleEndian<quint32>(p);
}

} // namespace

QString placeKindName(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::City:
        return QStringLiteral("city");
    case PlaceKind::Admin1:
        return QStringLiteral("admin1");
    case PlaceKind::Country:
        return QStringLiteral("country");
    case PlaceKind::Area:
        return QStringLiteral("area");
    }
    return QString();
}

QString GazetteerEntry::gazetteerId() const
{
    switch (kind) {
    case PlaceKind::City:
        return QStringLiteral("geonames:%1").arg(geonameId);
    case PlaceKind::Admin1:
        return QStringLiteral("admin1:") + code;
    case PlaceKind::Country:
        return QStringLiteral("country:") + code;
    case PlaceKind::Area:
        return QStringLiteral("area:") + code;
    }
    return QString();
}

Expected<Gazetteer> Gazetteer::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? Error::Kind::Unreadable : Error::Kind::NotFound, path, file.errorString());
    return fromData(file.readAll(), path);
}

Expected<Gazetteer> Gazetteer::fromData(const QByteArray &data, const QString &origin)
{
    const auto invalid = [&](const QString &why) {
        return makeError(Error::Kind::InvalidContent, origin, QStringLiteral("not a Sitrep gazetteer: ") + why);
    };
    if (data.size() < qsizetype(headerSize) || !data.startsWith("SGAZ"))
        return invalid(QStringLiteral("no SGAZ header"));
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    if (readU32(p + 4) != 1)
        return invalid(QStringLiteral("version %1 is not supported").arg(readU32(p + 4)));
    Gazetteer g;
    g.m_entryCount = readU32(p + 8);
    g.m_keyCount = readU32(p + 12);
    g.m_slotCount = readU32(p + 16);
    g.m_candidateCount = readU32(p + 20);
    g.m_stringBytes = readU32(p + 24);
    g.m_entriesOffset = readU32(p + 28);
    g.m_keysOffset = readU32(p + 32);
    g.m_slotsOffset = readU32(p + 36);
    g.m_candidatesOffset = readU32(p + 40);
    g.m_stringsOffset = readU32(p + 44);
    const quint64 size = quint64(data.size());
    const bool consistent = g.m_slotCount > 0 && (g.m_slotCount & (g.m_slotCount - 1)) == 0
        && g.m_entriesOffset == headerSize && g.m_keysOffset == g.m_entriesOffset + quint64(g.m_entryCount) * entrySize
        && g.m_slotsOffset == g.m_keysOffset + quint64(g.m_keyCount) * keySize
        && g.m_candidatesOffset == g.m_slotsOffset + quint64(g.m_slotCount) * 4
        && g.m_stringsOffset == g.m_candidatesOffset + quint64(g.m_candidateCount) * 4
        && quint64(g.m_stringsOffset) + g.m_stringBytes == size;
    if (!consistent)
        return invalid(QStringLiteral("section sizes do not add up (truncated file?)"));
    g.m_data = data;
    g.m_entries = reinterpret_cast<const uchar *>(g.m_data.constData()) + g.m_entriesOffset;
    // Offsets inside records are checked once here so that lookups need no bounds checks.
    for (quint32 i = 0; i < g.m_keyCount; ++i) {
        const uchar *k = p + g.m_keysOffset + quint64(i) * keySize;
        if (readU32(k) >= g.m_stringBytes
            || quint64(readU32(k + 4)) + qFromLittleEndian<quint16>(k + 8) > g.m_candidateCount)
            return invalid(QStringLiteral("key %1 points outside the file").arg(i));
    }
    for (quint32 i = 0; i < g.m_candidateCount; ++i) {
        if ((readU32(p + g.m_candidatesOffset + quint64(i) * 4) & 0xFFFFFF) >= g.m_entryCount)
            return invalid(QStringLiteral("candidate %1 points outside the file").arg(i));
    }
    g.m_firstCity = g.m_entryCount;
    for (quint32 i = 0; i < g.m_entryCount; ++i) {
        const uchar *e = g.entryRecord(i);
        const quint32 admin1 = readU32(e + 24);
        if (readU32(e + 16) >= g.m_stringBytes || (readU32(e + 20) != noIndex && readU32(e + 20) >= g.m_stringBytes)
            || (admin1 != noIndex && admin1 >= g.m_entryCount) || e[30] > quint8(PlaceKind::Area))
            return invalid(QStringLiteral("entry %1 points outside the file").arg(i));
        if (g.m_firstCity == g.m_entryCount && e[30] == quint8(PlaceKind::City))
            g.m_firstCity = i;
    }
    for (quint32 i = 0; i < g.m_stringBytes;) {
        const quint32 length = p[g.m_stringsOffset + i];
        if (quint64(i) + 1 + length > g.m_stringBytes)
            return invalid(QStringLiteral("string pool is truncated"));
        i += 1 + length;
    }
    g.buildKeyFilter();
    return g;
}

// A blocked Bloom filter over the keys' hashes, four to eight bits a key in 64-bit words: two bits
// of one word for each key. Over half the words asked about are in no key, and the filter turns
// most of them away (about six in seven) with one read of a table small enough to stay in cache
// (128 KB for the built-in gazetteer), where the slots, the keys and the strings a probe reads are
// each a read from main memory. A larger filter measured no better: it crowds the other engines'
// tables out of the cache.
void Gazetteer::buildKeyFilter()
{
    quint32 words = 2; // so that the shift below stays under 32
    while (quint64(words) * 64 < quint64(m_keyCount) * 4)
        words *= 2;
    m_filterShift = 32 - quint32(std::countr_zero(words));
    QList<quint64> filter(words, 0);
    const auto *base = reinterpret_cast<const uchar *>(m_data.constData());
    for (quint32 i = 0; i < m_keyCount; ++i) {
        const uchar *s = base + m_stringsOffset + readU32(base + m_keysOffset + quint64(i) * keySize);
        const quint32 hash = PlaceName::hashKey(QByteArrayView(s + 1, s[0]));
        filter[filterWord(hash)] |= filterBits(hash);
    }
    m_keyFilter = filter;
}

QString Gazetteer::builtInPath()
{
    Resources::ensurePlacesRegistered();
    return QStringLiteral(":/gazetteer/gazetteer.bin");
}

const Expected<Gazetteer> &Gazetteer::builtIn()
{
    static const Expected<Gazetteer> gazetteer = [] {
        QElapsedTimer timer;
        timer.start();
        auto loaded = load(builtInPath());
        if (loaded)
            qCDebug(lcPlaces) << "gazetteer:" << loaded->entryCount() << "places in" << timer.elapsed() << "ms";
        else
            qCWarning(lcPlaces) << "gazetteer:" << loaded.error().toString();
        return loaded;
    }();
    return gazetteer;
}

QString Gazetteer::stringAt(quint32 offset) const
{
    if (offset == noIndex)
        return QString();
    const char *s = m_data.constData() + m_stringsOffset + offset;
    return QString::fromUtf8(s + 1, quint8(s[0]));
}

Gazetteer::Key Gazetteer::lookup(QByteArrayView foldedKey) const
{
    Key result;
    if (m_data.isEmpty())
        return result;
    const quint32 hash = PlaceName::hashKey(foldedKey);
    const quint64 bits = filterBits(hash);
    if ((m_keyFilter[filterWord(hash)] & bits) != bits)
        return result;
    const auto *base = reinterpret_cast<const uchar *>(m_data.constData());
    const quint32 mask = m_slotCount - 1;
    for (quint32 slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint32 value = readU32(base + m_slotsOffset + quint64(slot) * 4);
        if (value == 0 || value > m_keyCount)
            return result;
        const uchar *k = base + m_keysOffset + quint64(value - 1) * keySize;
        const uchar *s = base + m_stringsOffset + readU32(k);
        if (s[0] == foldedKey.size() && std::memcmp(s + 1, foldedKey.data(), s[0]) == 0) {
            result.found = true;
            result.firstCandidate = readU32(k + 4);
            result.candidateCount = qFromLittleEndian<quint16>(k + 8);
            result.flags = k[10];
            return result;
        }
    }
}

QList<Gazetteer::Candidate> Gazetteer::candidates(QStringView name) const
{
    const Key key = lookup(PlaceName::foldKey(name));
    QList<Candidate> result;
    result.reserve(key.candidateCount);
    for (quint32 i = 0; i < key.candidateCount; ++i)
        result.append(candidate(key.firstCandidate + i));
    return result;
}

bool Gazetteer::namesPlace(QStringView name) const
{
    // Asked of many capitalised words: an ASCII name is folded on the stack, as foldKey folds it
    // (lower case, '-' as a space, no apostrophes, spaces collapsed and trimmed).
    QVarLengthArray<char, 64> key;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return lookup(PlaceName::foldKey(name)).hasNames();
        char folded = char(u);
        if (u >= 'A' && u <= 'Z')
            folded = char(u + 32);
        else if (u == '-')
            folded = ' ';
        else if (u == '\'' || u == '`')
            continue;
        if (folded == ' ' && (key.isEmpty() || key.back() == ' '))
            continue;
        key.append(folded);
    }
    while (!key.isEmpty() && key.back() == ' ')
        key.removeLast();
    return lookup(QByteArrayView(key.constData(), key.size())).hasNames();
}

GazetteerEntry Gazetteer::entry(quint32 index) const
{
    GazetteerEntry e;
    if (index >= m_entryCount)
        return e;
    const uchar *r = entryRecord(index);
    e.index = index;
    e.geonameId = readU32(r);
    e.latitude = latitude(index);
    e.longitude = longitude(index);
    e.population = readU32(r + 12);
    e.name = stringAt(readU32(r + 16));
    e.code = stringAt(readU32(r + 20));
    if (r[28])
        e.countryCode = QString(QChar(r[28])) + QChar(r[29]);
    e.kind = PlaceKind(r[30]);
    e.extentKm = qFromLittleEndian<quint16>(r + 32);
    if (const auto region = admin1(index))
        e.admin1Code = stringAt(readU32(entryRecord(*region) + 20));
    return e;
}

std::optional<quint32> Gazetteer::findByCode(QStringView code) const
{
    for (quint32 i = 0; i < m_firstCity; ++i) {
        if (stringAt(readU32(entryRecord(i) + 20)) == code)
            return i;
    }
    return std::nullopt;
}

std::optional<quint32> Gazetteer::findByGeoNameId(quint32 geonameId) const
{
    quint32 low = m_firstCity;
    quint32 high = m_entryCount;
    while (low < high) {
        const quint32 middle = low + (high - low) / 2;
        const quint32 id = readU32(entryRecord(middle));
        if (id == geonameId)
            return middle;
        if (id < geonameId)
            low = middle + 1;
        else
            high = middle;
    }
    for (quint32 i = 0; i < m_firstCity; ++i) {
        if (readU32(entryRecord(i)) == geonameId)
            return i;
    }
    return std::nullopt;
}

} // namespace Sitrep
