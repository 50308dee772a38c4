// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <optional>

namespace Sitrep {

enum class PlaceKind : quint8 { City, Admin1, Country, Area };

QString placeKindName(PlaceKind kind);

// One place of the gazetteer, with its strings materialised.
struct GazetteerEntry
{
    quint32 index = 0;
    quint32 geonameId = 0; // 0 when the place has no GeoNames id (countries, named areas)
    PlaceKind kind = PlaceKind::City;
    QString name; // canonical English or Latin-script name
    QString code; // ISO 3166-1/3166-2 code of a country or region, id of a named area
    QString countryCode; // ISO 3166-1 alpha-2, empty for areas spanning several countries
    QString admin1Code; // ISO 3166-2 code of the region containing it, when known
    double latitude = 0;
    double longitude = 0;
    quint32 population = 0;
    quint16 extentKm = 0; // how far the place reaches from its point (regions, countries, areas)

    // "geonames:703448", "country:UA", "admin1:UA-63", "area:donbas"
    QString gazetteerId() const;
};

// The offline gazetteer: places, regions, countries and named areas with an index of their names.
// It reads the generator's binary image in place (tools/gazetteer/README.md), so loading is one read.
class Gazetteer final
{
public:
    // GeoNames feature codes, coarsely: how important a populated place is as a seat.
    enum class Feature : quint8 { None, CapitalCity, Admin1Seat, Admin2Seat, LocalSeat, Place, Section };
    enum NameFlag : quint8 { Primary = 1, Alternate = 2, Acronym = 4, Demonym = 8, Abbreviation = 16 };
    enum KeyFlag : quint8 { Prefix = 1, FirstName = 2, CommonWord = 4 };

    struct Candidate
    {
        quint32 entry = 0;
        quint8 nameFlags = 0;
    };

    // What the name index knows about one folded key.
    struct Key
    {
        bool found = false;
        quint8 flags = 0;
        quint32 firstCandidate = 0;
        quint16 candidateCount = 0;
        bool isPrefix() const { return flags & Prefix; }
        bool hasNames() const { return candidateCount > 0; }
    };

    static Expected<Gazetteer> load(const QString &path);
    static Expected<Gazetteer> fromData(const QByteArray &data, const QString &origin = QString());
    // The gazetteer compiled into Sitrep, loaded once on first use (thread-safe).
    static const Expected<Gazetteer> &builtIn();
    static QString builtInPath();

    quint32 entryCount() const { return m_entryCount; }
    quint32 keyCount() const { return m_keyCount; }

    Key lookup(QByteArrayView foldedKey) const;
    Candidate candidate(quint32 index) const
    {
        const quint32 value = qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(m_data.constData())
                                                         + m_candidatesOffset + quint64(index) * 4);
        return Candidate {value & 0xFFFFFF, quint8(value >> 24)};
    }
    QList<Candidate> candidates(QStringView name) const;
    // Whether any place bears the name: candidates(name) is not empty, without building the list.
    bool namesPlace(QStringView name) const;

    // Fast accessors for the matcher and resolver (no allocation), inline: the resolver asks them
    // of every candidate several times over.
    PlaceKind kind(quint32 entry) const { return PlaceKind(entryRecord(entry)[30]); }
    Feature feature(quint32 entry) const { return Feature(entryRecord(entry)[31]); }
    quint32 population(quint32 entry) const { return qFromLittleEndian<quint32>(entryRecord(entry) + 12); }
    double latitude(quint32 entry) const { return qFromLittleEndian<qint32>(entryRecord(entry) + 4) / 1e5; }
    double longitude(quint32 entry) const { return qFromLittleEndian<qint32>(entryRecord(entry) + 8) / 1e5; }
    quint16 extentKm(quint32 entry) const { return qFromLittleEndian<quint16>(entryRecord(entry) + 32); }
    // People in the places GeoNames lists for a region (admin1 entries; 0 for others or unknown).
    quint32 regionPopulation(quint32 entry) const
    {
        return quint32(qFromLittleEndian<quint16>(entryRecord(entry) + 34)) * 1000;
    }
    // The two ASCII letters packed, 0 when none.
    quint16 countryKey(quint32 entry) const
    {
        const uchar *e = entryRecord(entry);
        return quint16((e[28] << 8) | e[29]);
    }
    std::optional<quint32> admin1(quint32 entry) const
    {
        const quint32 value = qFromLittleEndian<quint32>(entryRecord(entry) + 24);
        if (value == 0xFFFFFFFFu)
            return std::nullopt;
        return value;
    }

    GazetteerEntry entry(quint32 index) const;
    std::optional<quint32> findByCode(QStringView code) const; // "UA", "UA-63", "donbas"
    std::optional<quint32> findByGeoNameId(quint32 geonameId) const;

private:
    static constexpr quint32 entrySize = 36; // bytes of one entry record

    Gazetteer() = default;
    const uchar *entryRecord(quint32 entry) const { return m_entries + quint64(entry) * entrySize; }
    QString stringAt(quint32 offset) const;
    void buildKeyFilter();
    // The word of the key filter a hash falls in, and the two bits it sets there; the word comes
    // from the hash's high bits after a multiplication, the bits from another, so that neither
    // follows the slot, which the low bits choose.
    quint32 filterWord(quint32 hash) const { return (hash * 0x9E3779B1u) >> m_filterShift; }
    static quint64 filterBits(quint32 hash)
    {
        const quint32 mixed = hash * 0x85EBCA77u;
        return (quint64(1) << (mixed >> 26)) | (quint64(1) << ((mixed >> 20) & 63));
    }

    QByteArray m_data;
    quint32 m_entryCount = 0;
    quint32 m_keyCount = 0;
    quint32 m_slotCount = 0;
    quint32 m_candidateCount = 0;
    quint32 m_stringBytes = 0;
    quint32 m_entriesOffset = 0;
    // The first entry record, inside m_data (shared, never changed, by copies too): kept so that the
    // inline accessors need not go through an array the compiler may take for an empty one.
    const uchar *m_entries = nullptr;
    quint32 m_keysOffset = 0;
    quint32 m_slotsOffset = 0;
    quint32 m_candidatesOffset = 0;
    quint32 m_stringsOffset = 0;
    quint32 m_firstCity = 0; // cities come last, sorted by GeoNames id
    QList<quint64> m_keyFilter; // see buildKeyFilter()
    quint32 m_filterShift = 32;
};

} // namespace Sitrep
