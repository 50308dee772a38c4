// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/greatcircle.h"
#include "places/placerecognizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <cmath>
#include <numbers>

namespace Sitrep::Places {

namespace {

// Weights of the evidence, on the scale of log10(population): a bonus of 1 is worth a tenfold
// larger town.
constexpr double countryPrior = 10.5;
constexpr double admin1Prior = 6.5;
constexpr double areaPrior = 6.5;
constexpr double countyPrior = 4.0;
constexpr double countyPopulationWeight = 0.3;
constexpr double kindCueBonus = 4.0;
constexpr double countryCueBonus = 5.0;
constexpr double containerCountryBonus = 5.0;
constexpr double containerAdmin1Bonus = 6.0;
constexpr double contextCountryBase = 2.0;
constexpr double contextCountryMore = 1.5;
constexpr double contextAdmin1Bonus = 2.0;
constexpr double possessedWithinKm = 50; // "London's Heathrow": how far a town's own places reach
constexpr double contextAdmin1More = 1.0; // for a region the text names three times or more
constexpr double contextMarginFull = 2.0; // a first reading this far ahead of the next counts fully as context
constexpr double seatRegionPenalty = 1.5;
constexpr double seatDwarfedRatio = 8.0; // a region with 8 times its seat's people is what its name means
constexpr double listSiblingBonus = 2.0;
constexpr double siblingRegionBonus = 0.5; // for each other region of its country the text names, up to 3
constexpr double discourseKindBonus = 2.0;
constexpr quint32 strayMaxPopulation = 1000000;
constexpr int strayContextMentions = 2;
constexpr quint32 strayRegionMaxPopulation = 20000;
constexpr double worldFeatureNamePenalty = 2.5;
constexpr double countryAlternateYield = 1.5;
constexpr quint16 worldFeatureExtentKm = 1000; // continents, oceans, large regions

// Sums and counts by key over one text's few places: a short list searched in order costs less than a
// hash, and it is read back in the order the keys first came.
template<typename Key, typename Value> class Tally
{
public:
    Value &operator[](Key key)
    {
        for (auto &[k, v] : m_items) {
            if (k == key)
                return v;
        }
        return m_items.emplace_back(key, Value()).second;
    }
    Value value(Key key) const
    {
        for (const auto &[k, v] : m_items) {
            if (k == key)
                return v;
        }
        return Value();
    }
    const std::vector<std::pair<Key, Value>> &items() const { return m_items; }

private:
    std::vector<std::pair<Key, Value>> m_items;
};

// Small numbers for the distinct byte strings of one text (names, sets of readings), in order of
// first appearance.
QList<int> numbered(const QList<QByteArray> &keys, int *distinct)
{
    QHash<QByteArray, int> numbers;
    numbers.reserve(keys.size());
    QList<int> ids;
    ids.reserve(keys.size());
    for (const QByteArray &key : keys) {
        auto known = numbers.constFind(key);
        if (known == numbers.cend())
            known = numbers.insert(key, int(numbers.size()));
        ids.append(*known);
    }
    *distinct = int(numbers.size());
    return ids;
}

class Resolver
{
public:
    Resolver(const Gazetteer &gazetteer, QStringView text, const QList<Span> &spans)
        : m_g(gazetteer)
        , m_text(text)
        , m_spans(spans)
    { }

    QList<Resolution> run();

private:
    double prior(const Gazetteer::Candidate &c) const;
    double cues(const Span &span, quint32 entry) const;
    double containment(quint32 inner, quint32 outer) const;
    bool namesWorldFeature(quint32 entry) const;
    bool seatOf(quint32 seat, quint32 region) const;
    // A large town that bears the name as its own, not as another or former name.
    bool ownsName(const Gazetteer::Candidate &c) const
    {
        return m_g.kind(c.entry) == PlaceKind::City && (c.nameFlags & Gazetteer::Primary)
            && m_g.population(c.entry) >= 100000;
    }
    quint32 kindAndCountry(quint32 entry) const { return quint32(m_g.kind(entry)) << 16 | m_g.countryKey(entry); }
    bool endsWithCityWord(const Span &span) const
    {
        return span.end - span.start > 5 && m_text.sliced(span.end - 5).startsWith(QLatin1StringView(" City"));
    }
    bool dwarfs(quint32 region, quint32 seat) const;
    bool listedTogether(qsizetype a, qsizetype b) const;
    quint32 regionOf(quint32 entry) const;
    QList<Gazetteer::Candidate> candidatesOf(const Span &span) const;
    void dropStrays(QList<Resolution> &resolutions, const QSet<qsizetype> &anchored, const QList<int> &names) const;
    double kmBetween(quint32 a, quint32 b) const;
    void placeWithinPossessors(QList<Resolution> &resolutions, const QList<QList<Gazetteer::Candidate>> &candidates,
                               QSet<qsizetype> &anchored) const;
    static QList<QByteArray> readingsOf(const QList<QList<Gazetteer::Candidate>> &candidates);
    using KindCounts = QList<std::pair<quint32, int>>;
    quint32 usualKindInList(const KindCounts &kinds, qsizetype k, const std::vector<qsizetype> &first,
                            const QList<QList<Gazetteer::Candidate>> &candidates) const;
    std::optional<quint32> unlistedRegionFor(qsizetype k, const QList<QList<Gazetteer::Candidate>> &candidates) const;

    const Gazetteer &m_g;
    QStringView m_text;
    const QList<Span> &m_spans;
};

double Resolver::prior(const Gazetteer::Candidate &c) const
{
    const bool alternate = c.nameFlags & Gazetteer::Alternate;
    switch (m_g.kind(c.entry)) {
    case PlaceKind::City: {
        const double population = m_g.population(c.entry);
        // A city of millions is known by its other names too ("New York" for New York City).
        double score = std::log10(population + 100.0) - (alternate ? (population >= 1e6 ? 0.3 : 1.0) : 0.0);
        switch (m_g.feature(c.entry)) {
        case Gazetteer::Feature::CapitalCity:
            return score + 2.0;
        case Gazetteer::Feature::Admin1Seat:
            return score + 1.0;
        case Gazetteer::Feature::Admin2Seat:
            return score + 0.3;
        case Gazetteer::Feature::Section:
            return score - 1.0;
        default:
            return score;
        }
    }
    case PlaceKind::Admin1:
        return admin1Prior - (alternate ? 0.3 : 0.0);
    case PlaceKind::Country:
        return countryPrior - (alternate ? 0.3 : 0.0);
    case PlaceKind::Area: {
        // Counties (the only areas with people): among namesakes ("Washington County" in 30 states) the
        // larger is likelier, but less decisively than among towns; the text's region should decide.
        if (const quint32 population = m_g.population(c.entry))
            return countyPrior + countyPopulationWeight * std::log10(population + 100.0);
        return areaPrior - (alternate ? 0.3 : 0.0);
    }
    }
    return 0;
}

double Resolver::cues(const Span &span, quint32 entry) const
{
    double score = 0;
    if (span.kindCue) {
        const PlaceKind kind = m_g.kind(entry);
        if (kind == *span.kindCue)
            score += kindCueBonus;
        else if (kind == PlaceKind::Country || kind == PlaceKind::Area)
            score -= kindCueBonus;
    }
    if (span.countryCue)
        score += m_g.countryKey(entry) == span.countryCue ? countryCueBonus : -2.0;
    return score;
}

quint32 Resolver::regionOf(quint32 entry) const
{
    if (m_g.kind(entry) == PlaceKind::Admin1)
        return entry;
    return m_g.admin1(entry).value_or(0xFFFFFFFFu);
}

// "Arizona, Colorado, Georgia and Illinois": names joined by a comma or a conjunction.
bool Resolver::listedTogether(qsizetype a, qsizetype b) const
{
    const QStringView between = m_text.sliced(m_spans[a].end, m_spans[b].start - m_spans[a].end).trimmed();
    return between == QLatin1StringView(",") || between == QLatin1StringView("and")
        || between == QLatin1StringView(", and") || between == QLatin1StringView("or");
}

bool Resolver::namesWorldFeature(quint32 entry) const
{
    const PlaceKind kind = m_g.kind(entry);
    return kind == PlaceKind::Country || (kind == PlaceKind::Area && m_g.extentKm(entry) >= worldFeatureExtentKm);
}

bool Resolver::seatOf(quint32 seat, quint32 region) const
{
    return m_g.feature(seat) == Gazetteer::Feature::Admin1Seat && m_g.admin1(seat) == region;
}

// "Quebec" is the province: its capital holds a fourteenth of its people. "Kharkiv" is the city.
bool Resolver::dwarfs(quint32 region, quint32 seat) const
{
    return m_g.regionPopulation(region) > seatDwarfedRatio * m_g.population(seat);
}

// "Paris, Texas", "Edmonton, Ky.", "Pokrovsk, Ukraine": how well `outer` contains `inner`.
double Resolver::containment(quint32 inner, quint32 outer) const
{
    // Lists ("Kharkiv, Sumy, Poltava") look the same, so a region can be inside a country only
    // ("California, United States"), and only a settlement or area inside a region.
    const PlaceKind innerKind = m_g.kind(inner);
    if (innerKind == PlaceKind::Country)
        return 0;
    switch (m_g.kind(outer)) {
    case PlaceKind::Country:
        return m_g.countryKey(inner) == m_g.countryKey(outer) ? containerCountryBonus : 0;
    case PlaceKind::Admin1:
        if (innerKind == PlaceKind::Admin1)
            return 0;
        return m_g.admin1(inner) == outer ? containerAdmin1Bonus : 0;
    default:
        return 0;
    }
}

// A region cue ("Kharkiv region") makes a regional seat stand for its region.
QList<Gazetteer::Candidate> Resolver::candidatesOf(const Span &span) const
{
    QList<Gazetteer::Candidate> candidates = span.candidates;
    if (span.kindCue == PlaceKind::Admin1) {
        for (const Gazetteer::Candidate &c : span.candidates) {
            if (m_g.feature(c.entry) != Gazetteer::Feature::Admin1Seat)
                continue;
            if (const auto region = m_g.admin1(c.entry)) {
                const bool present = std::any_of(candidates.cbegin(), candidates.cend(),
                                                 [&](const Gazetteer::Candidate &x) { return x.entry == *region; });
                if (!present)
                    candidates.append({*region, Gazetteer::Primary});
            }
        }
    }
    return candidates;
}

QList<Resolution> Resolver::run()
{
    const qsizetype n = m_spans.size();
    QList<QList<Gazetteer::Candidate>> candidateLists;
    candidateLists.reserve(n);
    for (const Span &span : m_spans)
        candidateLists.append(candidatesOf(span));
    // read only from here on, and a const list is read without the checks for sharing
    const QList<QList<Gazetteer::Candidate>> &candidates = candidateLists;
    std::vector<std::vector<double>> scores(static_cast<std::size_t>(n));
    for (qsizetype k = 0; k < n; ++k) {
        scores[k].reserve(std::size_t(candidates[k].size()));
        // Most names have no region or country among their readings: skip the pairwise checks then.
        bool anyRegion = false;
        bool anyWorldFeature = false;
        for (const Gazetteer::Candidate &c : std::as_const(candidates[k])) {
            anyRegion = anyRegion || m_g.kind(c.entry) == PlaceKind::Admin1;
            anyWorldFeature = anyWorldFeature || namesWorldFeature(c.entry);
        }
        for (const Gazetteer::Candidate &c : std::as_const(candidates[k])) {
            double score = prior(c) + cues(m_spans[k], c.entry);
            // "Ternopil" alone is the city; its region needs "region" or "Oblast" said, unless the region
            // dwarfs its seat ("Quebec").
            if (!m_spans[k].kindCue && anyRegion) {
                for (const Gazetteer::Candidate &x : std::as_const(candidates[k])) {
                    const bool regionOfSeat = m_g.kind(c.entry) == PlaceKind::Admin1 && seatOf(x.entry, c.entry);
                    const bool seatOfRegion = m_g.kind(x.entry) == PlaceKind::Admin1 && seatOf(c.entry, x.entry);
                    if ((regionOfSeat && !dwarfs(c.entry, x.entry)) || (seatOfRegion && dwarfs(x.entry, c.entry))) {
                        score -= seatRegionPenalty;
                        break;
                    }
                }
            }
            // "Mexico", "China", "Pacific", "Asia": a name a country, continent or ocean bears is that
            // first, not a town named after it nor a capital's other name.
            if (anyWorldFeature && m_g.kind(c.entry) == PlaceKind::City
                && std::any_of(candidates[k].cbegin(), candidates[k].cend(), [&](const Gazetteer::Candidate &x) {
                       return namesWorldFeature(x.entry) && !(ownsName(c) && (x.nameFlags & Gazetteer::Alternate));
                   }))
                score -= worldFeatureNamePenalty;
            // "the Gold Coast of Australia": a country's other or former name yields more readily to a
            // large town that bears it as its own.
            if (m_g.kind(c.entry) == PlaceKind::Country && (c.nameFlags & Gazetteer::Alternate)
                && std::any_of(candidates[k].cbegin(), candidates[k].cend(),
                               [&](const Gazetteer::Candidate &x) { return ownsName(x); }))
                score -= countryAlternateYield;
            scores[k].push_back(score);
        }
    }

    QList<QByteArray> keys;
    keys.reserve(n);
    for (const Span &span : m_spans)
        keys.append(span.key);
    int nameCount = 0;
    const QList<int> names = numbered(keys, &nameCount);

    // "X, Y": choose the pair that fits best, and let every other X in the text follow.
    std::vector<Tally<quint32, double>> discourse(static_cast<std::size_t>(nameCount));
    QHash<qsizetype, quint32> inUnlistedPlace; // "Beaver, West Virginia" with no Beaver there: the state
    QSet<qsizetype> anchored; // named with their region or country
    for (qsizetype k = 0; k + 1 < n; ++k) {
        const QStringView between = m_text.sliced(m_spans[k].end, m_spans[k + 1].start - m_spans[k].end);
        if (between.trimmed() != QLatin1StringView(","))
            continue;
        double bestScore = -1e9;
        qsizetype bestInner = -1;
        qsizetype bestOuter = -1;
        double bestBonus = 0;
        for (qsizetype a = 0; a < candidates[k].size(); ++a) {
            for (qsizetype b = 0; b < candidates[k + 1].size(); ++b) {
                const std::optional<PlaceKind> outerCue = m_spans[k + 1].kindCue;
                if (outerCue && m_g.kind(candidates[k + 1][b].entry) != *outerCue)
                    continue; // "Montreal, Quebec City": a list, not a city in its province
                const double bonus = containment(candidates[k][a].entry, candidates[k + 1][b].entry);
                const double score = scores[k][a] + scores[k + 1][b] + bonus;
                if (bonus > 0 && score > bestScore) {
                    bestScore = score;
                    bestInner = a;
                    bestOuter = b;
                    bestBonus = bonus;
                }
            }
        }
        if (bestInner < 0) {
            if (const auto region = unlistedRegionFor(k, candidates)) {
                inUnlistedPlace.insert(k, *region);
                anchored.insert(k);
            }
            continue;
        }
        anchored.insert(k);
        scores[k][bestInner] += bestBonus;
        scores[k + 1][bestOuter] += bestBonus;
        double &remembered = discourse[std::size_t(names[k])][candidates[k][bestInner].entry];
        remembered = std::max(remembered, bestBonus);
    }

    // First reading: each mention on its own. Its countries and regions are the text's context, for the
    // mentions of other names: "Plymouth County" and "PLYMOUTH CO." are one name and support no reading
    // of each other.
    int readingCount = 0;
    const QList<int> readings = numbered(readingsOf(candidates), &readingCount);
    std::vector<qsizetype> first(static_cast<std::size_t>(n), -1);
    Tally<quint16, double> countryWeight;
    Tally<quint32, double> regionWeight;
    std::vector<Tally<quint16, double>> countryWeightByReadings(static_cast<std::size_t>(readingCount));
    std::vector<Tally<quint32, double>> regionWeightByReadings(static_cast<std::size_t>(readingCount));
    // "New York City ... New York", "Quebec City ... Quebec": a writer who names the city so means
    // something else by the bare name. "New York state ... New York": the bare name is the state too.
    QSet<quint32> namedWithCityWord;
    std::vector<std::optional<quint32>> cuedRegion(static_cast<std::size_t>(nameCount)); // by name
    // "Alabama ... Iowa ... Texas ... Georgia": the regions of each country a text names on their own.
    QHash<quint16, QSet<quint32>> namedRegions;
    for (qsizetype k = 0; k < n; ++k) {
        for (qsizetype a = 0; a < qsizetype(scores[k].size()); ++a) {
            if (first[k] < 0 || scores[k][a] > scores[k][first[k]])
                first[k] = a;
        }
        if (first[k] < 0)
            continue;
        const quint32 entry = candidates[k][first[k]].entry;
        if (m_g.kind(entry) == PlaceKind::City && endsWithCityWord(m_spans[k]))
            namedWithCityWord.insert(entry);
        if (m_spans[k].kindCue == PlaceKind::Admin1 && m_g.kind(entry) == PlaceKind::Admin1)
            cuedRegion[std::size_t(names[k])] = entry;
        if (m_g.kind(entry) == PlaceKind::Admin1)
            namedRegions[m_g.countryKey(entry)].insert(entry);
        // A reading that barely beats a namesake ("Marion County": Indiana's or Missouri's?) says little
        // about where the text is.
        double runnerUp = -1e9;
        for (qsizetype a = 0; a < qsizetype(scores[k].size()); ++a) {
            if (a != first[k])
                runnerUp = std::max(runnerUp, scores[k][a]);
        }
        const double margin = scores[k][first[k]] - runnerUp;
        const double weight = (m_spans[k].demonym ? 0.5 : 1.0) * std::min(1.0, margin / contextMarginFull);
        if (const quint16 country = m_g.countryKey(entry)) {
            countryWeight[country] += weight;
            countryWeightByReadings[std::size_t(readings[k])][country] += weight;
        }
        const quint32 region = regionOf(entry);
        if (region != 0xFFFFFFFFu) {
            regionWeight[region] += weight;
            regionWeightByReadings[std::size_t(readings[k])][region] += weight;
        }
    }

    // Lists ("Georgia, Oklahoma, Pennsylvania and Wisconsin"): what kind of place, in which country, each
    // member reads as on its own.
    QList<qsizetype> listOf(n, 0);
    // (kind << 16 | country, members) for each list: most lists have one member, and a hash each
    // cost more than the counting.
    QList<KindCounts> listKinds(1);
    for (qsizetype k = 0; k < n; ++k) {
        if (k > 0 && listedTogether(k - 1, k)) {
            listOf[k] = listOf[k - 1];
        } else {
            listOf[k] = listKinds.size();
            listKinds.append(KindCounts());
        }
        if (first[k] >= 0) {
            const quint32 entry = candidates[k][first[k]].entry;
            KindCounts &kinds = listKinds[listOf[k]];
            const quint32 key = kindAndCountry(entry);
            const auto known =
                std::find_if(kinds.begin(), kinds.end(), [key](const auto &c) { return c.first == key; });
            if (known == kinds.end())
                kinds.append({key, 1});
            else
                ++known->second;
        }
    }

    QList<Resolution> resolutions(n);
    for (qsizetype k = 0; k < n; ++k) {
        const auto &ownCountries = countryWeightByReadings[std::size_t(readings[k])];
        const auto &ownRegions = regionWeightByReadings[std::size_t(readings[k])];
        const auto &remembered = discourse[std::size_t(names[k])];
        const std::optional<quint32> cued = cuedRegion[std::size_t(names[k])];
        double best = -1e9;
        double second = -1e9;
        std::optional<quint32> usualInList; // the same for each candidate: found once, when first needed
        for (qsizetype a = 0; a < candidates[k].size(); ++a) {
            const quint32 entry = candidates[k][a].entry;
            double score = scores[k][a] + remembered.value(entry);
            if (!m_spans[k].kindCue) {
                if (namedWithCityWord.contains(entry) && !endsWithCityWord(m_spans[k]))
                    score -= discourseKindBonus;
                if (cued == entry
                    && std::none_of(candidates[k].cbegin(), candidates[k].cend(),
                                    [&](const Gazetteer::Candidate &x) { return seatOf(x.entry, entry); }))
                    score += discourseKindBonus;
            }
            if (const quint16 country = m_g.countryKey(entry)) {
                const double others = countryWeight.value(country) - ownCountries.value(country);
                if (others > 0)
                    score +=
                        contextCountryBase * std::min(others, 1.0) + contextCountryMore * std::min(others, 3.0) / 3.0;
            }
            const quint32 region = regionOf(entry);
            if (region != 0xFFFFFFFFu) {
                const double others = regionWeight.value(region) - ownRegions.value(region);
                if (others > 0)
                    score += contextAdmin1Bonus * std::min(others, 1.0)
                        + contextAdmin1More * std::clamp(others - 1.0, 0.0, 2.0) / 2.0;
            }
            // A text that names states of a country means its state by a name a country bears too.
            if (m_g.kind(entry) == PlaceKind::Admin1
                && std::any_of(candidates[k].cbegin(), candidates[k].cend(), [&](const Gazetteer::Candidate &x) {
                       return m_g.kind(x.entry) == PlaceKind::Country;
                   })) {
                const auto named = namedRegions.constFind(m_g.countryKey(entry));
                if (named != namedRegions.cend()) {
                    const qsizetype others = named->size() - (named->contains(entry) ? 1 : 0);
                    score += siblingRegionBonus * double(std::min<qsizetype>(others, 3));
                }
            }
            // A list names places of one kind and country: a state among states, a town among towns.
            if (m_g.kind(entry) != PlaceKind::Country) {
                if (!usualInList)
                    usualInList = usualKindInList(listKinds[listOf[k]], k, first, candidates);
                if (kindAndCountry(entry) == *usualInList)
                    score += listSiblingBonus;
            }
            if (score > best) {
                second = best;
                best = score;
                resolutions[k].entry = entry;
            } else if (score > second) {
                second = score;
            }
        }
        const double margin = second < -1e8 ? 4.0 : best - second;
        resolutions[k].confidence = 0.5 + 0.45 * std::tanh(margin / 2.0);
        if (const auto region = inUnlistedPlace.constFind(k); region != inUnlistedPlace.cend()) {
            resolutions[k].entry = *region;
            resolutions[k].confidence = 0.5;
        }
    }
    placeWithinPossessors(resolutions, candidates, anchored);
    dropStrays(resolutions, anchored, names);
    return resolutions;
}

// The kind and country most members of a list read as, leaving out mention k's own first reading;
// 0xFFFFFFFF when no one kind leads.
quint32 Resolver::usualKindInList(const KindCounts &kinds, qsizetype k, const std::vector<qsizetype> &first,
                                  const QList<QList<Gazetteer::Candidate>> &candidates) const
{
    const quint32 own = first[k] >= 0 ? kindAndCountry(candidates[k][first[k]].entry) : 0xFFFFFFFFu;
    quint32 usual = 0xFFFFFFFFu;
    int most = 0;
    for (const auto &[kind, members] : kinds) {
        const int others = members - (kind == own ? 1 : 0);
        if (others > most) {
            most = others;
            usual = kind;
        } else if (others == most) {
            usual = 0xFFFFFFFFu; // a tie says nothing (and the order of the counts must not decide)
        }
    }
    return usual;
}

// "Beaver, West Virginia", "London, Arkansas": a town named with its state, where the gazetteer has no
// town of that name, is placed at its state rather than at a namesake elsewhere. Lists ("Kyiv, Lviv,
// Volyn and Odesa") are left alone, and so are names that could be a region of that country themselves.
std::optional<quint32> Resolver::unlistedRegionFor(qsizetype k,
                                                   const QList<QList<Gazetteer::Candidate>> &candidates) const
{
    const qsizetype outer = k + 1;
    if (m_spans[outer].kindCue || (k > 0 && listedTogether(k - 1, k))
        || (outer + 1 < m_spans.size() && listedTogether(outer, outer + 1)))
        return std::nullopt;
    std::optional<quint32> region;
    for (const Gazetteer::Candidate &c : candidates[outer]) {
        const PlaceKind kind = m_g.kind(c.entry);
        if (kind == PlaceKind::City)
            return std::nullopt; // "Kyiv, Kharkiv": two towns
        if (kind == PlaceKind::Admin1 && !region)
            region = c.entry;
    }
    if (!region)
        return std::nullopt;
    const quint16 country = m_g.countryKey(*region);
    bool namesakeAtHome = false;
    std::optional<quint32> inside; // where GeoNames and Natural Earth draw regions differently
    for (const Gazetteer::Candidate &c : candidates[k]) {
        const bool home = m_g.countryKey(c.entry) == country;
        if (home && m_g.kind(c.entry) != PlaceKind::City)
            return std::nullopt;
        namesakeAtHome = namesakeAtHome || home;
        if (home && kmBetween(c.entry, *region) <= m_g.extentKm(*region) / 2.0
            && (!inside || m_g.population(c.entry) > m_g.population(*inside)))
            inside = c.entry;
    }
    if (inside)
        return inside;
    return namesakeAtHome ? region : std::nullopt;
}

// "London's Heathrow", "Kyiv's Obolon": a place named as part of a town lies at that town. A namesake far
// away (Heathrow, Florida) is no reading; where the gazetteer has none nearby, the town stands for it.
void Resolver::placeWithinPossessors(QList<Resolution> &resolutions,
                                     const QList<QList<Gazetteer::Candidate>> &candidates,
                                     QSet<qsizetype> &anchored) const
{
    for (qsizetype k = 1; k < m_spans.size(); ++k) {
        const QStringView between = m_text.sliced(m_spans[k - 1].end, m_spans[k].start - m_spans[k - 1].end);
        if (between.size() != 3 || !(between[0] == QLatin1Char('\'') || between[0] == QChar(0x2019))
            || between[1] != QLatin1Char('s') || between[2] != QLatin1Char(' '))
            continue;
        const quint32 town = resolutions[k - 1].entry;
        if (m_g.kind(town) != PlaceKind::City || m_g.kind(resolutions[k].entry) != PlaceKind::City
            || kmBetween(town, resolutions[k].entry) <= possessedWithinKm)
            continue;
        std::optional<quint32> near;
        for (const Gazetteer::Candidate &c : candidates[k]) {
            if (kmBetween(town, c.entry) <= possessedWithinKm
                && (!near || m_g.population(c.entry) > m_g.population(*near)))
                near = c.entry;
        }
        resolutions[k].entry = near.value_or(town);
        resolutions[k].confidence = 0.5;
        anchored.insert(k);
    }
}

// The entries each mention could name, as one key: names with the same readings are the same name.
QList<QByteArray> Resolver::readingsOf(const QList<QList<Gazetteer::Candidate>> &candidates)
{
    QList<QByteArray> readings;
    readings.reserve(candidates.size());
    for (const QList<Gazetteer::Candidate> &list : candidates) {
        QList<quint32> entries;
        entries.reserve(list.size());
        for (const Gazetteer::Candidate &c : list)
            entries.append(c.entry);
        std::sort(entries.begin(), entries.end());
        readings.append(QByteArray(reinterpret_cast<const char *>(entries.constData()),
                                   entries.size() * qsizetype(sizeof(quint32))));
    }
    return readings;
}

double Resolver::kmBetween(quint32 a, quint32 b) const
{
    return kilometresBetween(m_g.latitude(a), m_g.longitude(a), m_g.latitude(b), m_g.longitude(b));
}

// A town abroad that nothing else in a text points to, while the text's places lie elsewhere, is
// mostly a name the gazetteer lacks ("Heathrow" in a British text is no Florida town) or a person
// ("Obama"): in both corpora such towns were wrong every time they were not someone's name.
void Resolver::dropStrays(QList<Resolution> &resolutions, const QSet<qsizetype> &anchored,
                          const QList<int> &names) const
{
    constexpr int namedOftenEnough = 3;
    // a name with a country or a region, as one key
    const auto nameWith = [&names](qsizetype k, quint32 place) {
        return quint64(names[k]) << 32 | place;
    };
    Tally<quint16, int> countryMentions;
    Tally<quint32, int> regionMentions;
    QList<int> nameMentions(names.size(), 0); // by name, no more names than mentions
    Tally<quint64, int> nameCountryMentions;
    Tally<quint64, int> nameRegionMentions;
    for (qsizetype k = 0; k < m_spans.size(); ++k) {
        const quint32 entry = resolutions[k].entry;
        const quint16 country = m_g.countryKey(entry);
        const quint32 region = regionOf(entry);
        ++nameMentions[names[k]];
        if (country) {
            ++countryMentions[country];
            ++nameCountryMentions[nameWith(k, country)];
        }
        if (region != 0xFFFFFFFFu) {
            ++regionMentions[region];
            ++nameRegionMentions[nameWith(k, region)];
        }
    }
    int dominant = 0;
    for (const auto &[country, count] : countryMentions.items())
        dominant = std::max(dominant, count);
    if (dominant < strayContextMentions)
        return;
    // The two regions of each country that the text names most often.
    struct Busiest
    {
        quint32 region = 0xFFFFFFFFu;
        int count = 0;
        int runnerUp = 0;
    };
    QHash<quint16, Busiest> busiest;
    for (const auto &[region, count] : regionMentions.items()) {
        Busiest &b = busiest[m_g.countryKey(region)];
        if (count > b.count) {
            b.runnerUp = b.count;
            b.count = count;
            b.region = region;
        } else {
            b.runnerUp = std::max(b.runnerUp, count);
        }
    }
    for (qsizetype k = 0; k < m_spans.size(); ++k) {
        const quint32 entry = resolutions[k].entry;
        const Gazetteer::Feature feature = m_g.feature(entry);
        // "Plymouth County" in an Iowa text, where the gazetteer has no Plymouth: the county lies in the
        // region the text is about, not around a namesake town in a region nothing else names.
        if (m_spans[k].county && !anchored.contains(k) && m_g.kind(entry) == PlaceKind::City) {
            const quint32 region = regionOf(entry);
            const Busiest b = busiest.value(m_g.countryKey(entry));
            const int inRegionByOtherNames =
                regionMentions.value(region) - nameRegionMentions.value(nameWith(k, region));
            // Counties are named after the same few people everywhere ("Monroe", "Marion"): a namesake town
            // outside the region the text names most says little.
            if (b.region != region && b.count >= strayContextMentions && inRegionByOtherNames < b.count) {
                resolutions[k].entry = b.region;
                resolutions[k].confidence = 0.5;
                continue;
            }
            if (inRegionByOtherNames == 0 && (b.region == region ? b.runnerUp : b.count) >= strayContextMentions) {
                resolutions[k].stray = true;
                continue;
            }
        }
        if (anchored.contains(k) || m_g.kind(entry) != PlaceKind::City || m_g.population(entry) >= strayMaxPopulation
            || feature == Gazetteer::Feature::CapitalCity || feature == Gazetteer::Feature::Admin1Seat)
            continue;
        const quint16 country = m_g.countryKey(entry);
        const int byOtherNames = countryMentions.value(country) - nameCountryMentions.value(nameWith(k, country));
        if (byOtherNames == 0
            && (nameMentions[names[k]] < namedOftenEnough || m_g.population(entry) < strayRegionMaxPopulation)) {
            resolutions[k].stray = true;
            continue;
        }
        // At home too: a small town in a region nothing else names, while the text's places in that
        // country gather in another region ("Hinton" in an Iowa text is no West Virginia town).
        const quint32 region = regionOf(entry);
        if (region == 0xFFFFFFFFu || m_g.population(entry) >= strayRegionMaxPopulation)
            continue;
        const int inRegionByOtherNames = regionMentions.value(region) - nameRegionMentions.value(nameWith(k, region));
        const Busiest b = busiest.value(country);
        const int elsewhere = b.region == region ? b.runnerUp : b.count;
        if (inRegionByOtherNames == 0 && elsewhere >= strayContextMentions)
            resolutions[k].stray = true;
    }
}

} // namespace

QList<Resolution> resolve(const Gazetteer &gazetteer, QStringView text, const QList<Span> &spans)
{
    return Resolver(gazetteer, text, spans).run();
}

} // namespace Sitrep::Places
