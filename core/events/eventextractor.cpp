// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventextractor.h"

#include "events/literals.h"
#include "places/gazetteer.h"
#include "places/placefinder.h"
#include "text/sentencesplitter.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>

namespace Sitrep {
namespace {

const Gazetteer *builtInGazetteer()
{
    const auto &loaded = Gazetteer::builtIn();
    return loaded ? &*loaded : nullptr;
}

EventPlace eventPlace(const Gazetteer &gazetteer, const PlaceMention &mention)
{
    const GazetteerEntry entry = gazetteer.entry(mention.entry);
    EventPlace place;
    // "the Kenyan capital", "Tanzanian police": a place named through its people is shown by its name.
    place.name = mention.demonym ? entry.name : mention.text;
    place.canonicalName = entry.name;
    place.kind = placeKindName(entry.kind);
    place.latitude = entry.latitude;
    place.longitude = entry.longitude;
    place.countryCode = entry.countryCode;
    place.admin1 = entry.admin1Code;
    if (entry.geonameId != 0)
        place.geonameId = entry.geonameId;
    return place;
}

// "U.S. embassies", "U.S. Secretary of State": a country named as a modifier is not where
// anything happened.
bool isAttributive(QStringView text, qsizetype end)
{
    qsizetype at = end;
    while (at < text.size() && text[at] == u' ')
        ++at;
    if (at == end || at >= text.size())
        return false;
    qsizetype wordEnd = at;
    while (wordEnd < text.size() && (text[wordEnd].isLetter() || text[wordEnd] == u'-'))
        ++wordEnd;
    const QStringView next = text.mid(at, wordEnd - at);
    if (next.isEmpty())
        return false;
    if (next.front().isUpper())
        return !(next == u"On" || next == u"In");
    static const QStringList modified {
        QStringLiteral("embassy"),      QStringLiteral("embassies"),   QStringLiteral("official"),
        QStringLiteral("officials"),    QStringLiteral("troops"),      QStringLiteral("forces"),
        QStringLiteral("soldiers"),     QStringLiteral("army"),        QStringLiteral("military"),
        QStringLiteral("government"),   QStringLiteral("president"),   QStringLiteral("envoy"),
        QStringLiteral("ambassador"),   QStringLiteral("diplomat"),    QStringLiteral("diplomats"),
        QStringLiteral("citizens"),     QStringLiteral("nationals"),   QStringLiteral("intelligence"),
        QStringLiteral("authorities"),  QStringLiteral("police"),      QStringLiteral("negotiators"),
        QStringLiteral("delegation"),   QStringLiteral("media"),       QStringLiteral("team"),
        QStringLiteral("leaders"),      QStringLiteral("leader"),      QStringLiteral("warships"),
        QStringLiteral("missiles"),     QStringLiteral("drones"),      QStringLiteral("investigators"),
        QStringLiteral("agents"),       QStringLiteral("personnel"),   QStringLiteral("-made"),
        QStringLiteral("air"),          QStringLiteral("navy"),        QStringLiteral("naval"),
        QStringLiteral("warplanes"),    QStringLiteral("jets"),        QStringLiteral("aircraft"),
        QStringLiteral("bombers"),      QStringLiteral("helicopters"), QStringLiteral("marines"),
        QStringLiteral("peacekeepers"), QStringLiteral("spokesman"),   QStringLiteral("spokeswoman"),
        QStringLiteral("minister"),     QStringLiteral("ministry"),    QStringLiteral("consulate")};
    return modified.contains(next.toString());
}

// "Britain-based", "Iran-backed", "U.S.-led", "non-Arab", "anti-Kyiv": the name is part of a modifier.
bool formsCompound(QStringView text, qsizetype start, qsizetype end)
{
    const bool suffixed = end + 1 < text.size() && text[end] == u'-' && text[end + 1].isLower();
    const bool prefixed = start >= 2 && text[start - 1] == u'-' && text[start - 2].isLower();
    return suffixed || prefixed;
}

// "peacekeepers from South Africa, Malawi and Uruguay were killed", "called on Rwanda to withdraw":
// a country people come from, or one asked to act, is not where the happening was.
bool namesOriginOrAddressee(QStringView text, qsizetype start)
{
    static const QRegularExpression origin(QStringLiteral(
        "\\b(?i:peacekeepers|troops|soldiers|forces|officials|diplomats|experts|workers|nationals|citizens|"
        "delegations?|envoys?|fighters|volunteers|tourists|journalists|refugees|migrants)\\s+from\\s+"
        "(?:(?:the\\s+)?\\p{Lu}[\\w.-]*(?:\\s+\\p{Lu}[\\w.-]*)*\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+))*(?:the\\s+)?$"));
    static const QRegularExpression addressee(
        QStringLiteral("\\b(?:called\\s+on|urged|asked|told|pressed|warned)\\s+$"));
    const qsizetype from = qMax<qsizetype>(0, start - 80);
    const QStringView before = text.mid(from, start - from);
    // Each pattern needs one of these words: most names have none of them before.
    const bool cued =
        Events::Literals::containsAny(before, {u"from", u"called", u"urged", u"asked", u"told", u"pressed", u"warned"});
    return cued && (addressee.match(before).hasMatch() || origin.match(before).hasMatch());
}

// "the Black Sea port of Odesa", "the Donetsk region town of Pokrovsk": the place named after "of"
// is where it happened; the first only says where that is.
bool namesTheWholeOfAPart(QStringView text, qsizetype end)
{
    static const QRegularExpression partOf(
        QStringLiteral("^\\s+(?:region\\s+|province\\s+)?(?:port|city|town|village|capital|district|enclave|island|"
                       "settlement|suburb)\\s+of\\s+\\p{Lu}"));
    const QStringView after = text.mid(end, 48);
    return Events::Literals::contains(after, u"of") && partOf.match(after).hasMatch();
}

// "the U.S. embassies in Kenya and Tanzania", "the embassy blasts in Kenya": embassies stand in capitals.
bool followsEmbassy(QStringView text, qsizetype start)
{
    const QStringView window = text.mid(qMax<qsizetype>(0, start - 40), start - qMax<qsizetype>(0, start - 40));
    // The pattern needs one of these nouns (lower case matches them in any case).
    if (!Events::Literals::containsInAnyCase(window, u"embass")
        && !Events::Literals::containsInAnyCase(window, u"consulate"))
        return false;
    const QString before = window.toString().toLower();
    static const QRegularExpression embassyIn(QStringLiteral(
        "\\b(?:embass(?:y|ies)|consulates?)\\s+(?:[a-z]+\\s+)?(?:in|of)\\s+(?:the\\s+)?(?:\\w+\\s+and\\s+)?$"));
    return embassyIn.match(before).hasMatch();
}

// The word after a name, skipping spaces: "police" in "Tanzanian police".
QStringView nextWord(QStringView text, qsizetype end)
{
    qsizetype at = end;
    while (at < text.size() && text[at] == u' ')
        ++at;
    qsizetype wordEnd = at;
    while (wordEnd < text.size() && text[wordEnd].isLetter())
        ++wordEnd;
    return text.mid(at, wordEnd - at);
}

// "the Iraqi capital", "the Kenyan and Tanzanian capitals": a demonym that names a capital city,
// unless the capital's own name follows ("Tanzanian capital Dar es Salaam").
bool namesCapital(QStringView text, qsizetype end)
{
    static const QRegularExpression capital(QStringLiteral(
        "^\\s+(?:and\\s+[A-Z][\\w-]*\\s+)?capitals?\\b(?!,?\\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
        "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|On\\b|In\\b)\\p{Lu})"));
    const QStringView after = text.mid(end, 40);
    return Events::Literals::contains(after, u"capital") && capital.match(after).hasMatch();
}

// Bodies that act at home: "Tanzanian police arrested", "a Kenyan court charged". Their country is
// where the happening was when nothing else says (troops and envoys, who travel, are not here).
bool namesHomeInstitution(QStringView text, qsizetype end)
{
    static const QStringList institutions {
        QStringLiteral("police"),      QStringLiteral("policemen"),    QStringLiteral("authorities"),
        QStringLiteral("court"),       QStringLiteral("courts"),       QStringLiteral("prosecutors"),
        QStringLiteral("prosecutor"),  QStringLiteral("judge"),        QStringLiteral("judges"),
        QStringLiteral("parliament"),  QStringLiteral("lawmakers"),    QStringLiteral("legislators"),
        QStringLiteral("legislature"), QStringLiteral("cabinet"),      QStringLiteral("voters"),
        QStringLiteral("protesters"),  QStringLiteral("demonstrators")};
    return institutions.contains(nextWord(text, end).toString());
}

// "meetings with British Prime Minister Tony Blair", "to meet with Iraqi deputy prime minister Tariq
// Aziz": a visitor meets a government's members where that government sits.
bool namesGovernmentMemberMet(QStringView text, qsizetype start, qsizetype end)
{
    static const QRegularExpression meetingWith(
        QStringLiteral(
            "\\b(?:meet|meets|met|meeting|meetings|talks|talked|conferred)\\s+(?:\\w+\\s+)?with\\s+(?:the\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression member(
        QStringLiteral("^\\s+(?:deputy\\s+|vice\\s+|acting\\s+)?(?:prime\\s+minister|president|premier|chancellor|"
                       "foreign\\s+minister|defen[cs]e\\s+minister|interior\\s+minister|king|emir|crown\\s+prince)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // The pattern for the member needs one of these words, in any case.
    static constexpr QStringView titles[] = {u"prime",    u"president", u"premier", u"chancellor",
                                             u"minister", u"king",      u"emir",    u"crown"};
    const QStringView after = text.mid(end, 40);
    const bool titled = std::any_of(std::begin(titles), std::end(titles), [after](QStringView title) {
        return Events::Literals::containsInAnyCase(after, title);
    });
    const qsizetype from = qMax<qsizetype>(0, start - 40);
    return titled && member.match(after).hasMatch() && meetingWith.match(text.mid(from, start - from)).hasMatch();
}

// Institutions named for where they sit: what they do happens there unless the text says otherwise.
struct InstitutionSeat
{
    const char *pattern;
    const char *city;
    const char *country;
    // Every match holds one of these: a plain search rules most articles out before the pattern runs.
    std::array<const char16_t *, 2> cues;
};
constexpr InstitutionSeat institutionSeats[] = {
    {"\\b(?:U\\.?N\\.? |United Nations )?Security Council\\b", "New York", "US", {u"Security Council", nullptr}},
    {"\\b(?:U\\.?N\\.?|United Nations) (?:headquarters|General Assembly)\\b",
     "New York",
     "US",
     {u"headquarters", u"General Assembly"}},
    {"\\bthe White House\\b", "Washington", "US", {u"the White House", nullptr}},
    {"\\b(?:Capitol Hill|the U\\.S\\. Congress|the U\\.S\\. Senate)\\b",
     "Washington",
     "US",
     {u"Capitol Hill", u"the U.S. "}},
    {"\\bDowning Street\\b", "London", "GB", {u"Downing Street", nullptr}},
    {"\\bthe Elysee\\b|\\bthe Élysée\\b", "Paris", "FR", {u"the Elysee", u"the Élysée"}},
    {"\\bNATO headquarters\\b", "Brussels", "BE", {u"NATO headquarters", nullptr}},
    {"\\bthe European Commission\\b", "Brussels", "BE", {u"the European Commission", nullptr}},
    {"\\bthe Knesset\\b", "Jerusalem", "IL", {u"the Knesset", nullptr}},
    {"\\bthe Verkhovna Rada\\b", "Kyiv", "UA", {u"the Verkhovna Rada", nullptr}},
    {"\\bthe Vatican\\b", "Vatican City", "VA", {u"the Vatican", nullptr}},
};

struct CountryNames
{
    std::mutex mutex;
    QHash<QString, QString> byCode;
};

bool holdsCue(const QString &text, const InstitutionSeat &seat)
{
    return std::any_of(seat.cues.begin(), seat.cues.end(),
                       [&text](const char16_t *cue) { return cue && text.contains(QStringView(cue)); });
}

// Whether the text holds any seat's cue. Most cues hold a capital, rare in text: only at capitals
// is the text compared, with the cues that hold that capital, placed by where they hold it. The
// others ("headquarters", "the Élysée") are searched for whole.
bool holdsAnyCue(QStringView text)
{
    struct Anchored
    {
        QStringView cue;
        qsizetype capital; // where its first ASCII capital is
    };
    struct Cues
    {
        std::array<QList<Anchored>, 26> byCapital;
        QList<QStringView> plain;
    };
    static const Cues cues = [] {
        Cues all;
        for (const InstitutionSeat &seat : institutionSeats) {
            for (const char16_t *cue : seat.cues) {
                if (!cue)
                    continue;
                const QStringView view(cue);
                const auto capital =
                    std::find_if(view.begin(), view.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
                if (capital == view.end())
                    all.plain.append(view);
                else
                    all.byCapital[std::size_t(capital->unicode() - u'A')].append(
                        Anchored {view, qsizetype(capital - view.begin())});
            }
        }
        return all;
    }();
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char16_t c = text[at].unicode();
        if (c < u'A' || c > u'Z')
            continue;
        for (const Anchored &anchored : cues.byCapital[std::size_t(c - u'A')]) {
            if (Events::Literals::equalAt(text, at - anchored.capital, anchored.cue))
                return true;
        }
    }
    return std::any_of(cues.plain.cbegin(), cues.plain.cend(), [text](QStringView cue) { return text.contains(cue); });
}

} // namespace

EventExtractor::EventExtractor()
    : EventExtractor(builtInGazetteer())
{ }

EventExtractor::EventExtractor(const Gazetteer *gazetteer)
    : m_gazetteer(gazetteer)
{
    if (m_gazetteer) {
        const Gazetteer *places = m_gazetteer;
        m_actors.setPlaceFilter([places](QStringView name) { return places->namesPlace(name); });
        EventAssembler::Options options;
        // The gazetteer finds a code by reading through its countries and regions; the assembler asks
        // for the same few countries for every force it meets, so each answer is kept.
        auto names = std::make_shared<CountryNames>();
        options.countryName = [places, names](const QString &code) {
            const std::lock_guard lock(names->mutex);
            if (const auto known = names->byCode.constFind(code); known != names->byCode.cend())
                return *known;
            const auto entry = places->findByCode(code);
            const QString name = entry ? places->entry(*entry).name : QString();
            names->byCode.insert(code, name);
            return name;
        };
        m_assembler = EventAssembler(options);
    }
}

std::optional<quint32> EventExtractor::capitalOf(quint16 countryKey) const
{
    // Built once, on first need: the gazetteer marks capitals but does not index them by country.
    std::call_once(m_capitalsBuilt, [this] {
        for (quint32 entry = 0; entry < m_gazetteer->entryCount(); ++entry) {
            if (m_gazetteer->feature(entry) == Gazetteer::Feature::CapitalCity)
                m_capitals.insert(m_gazetteer->countryKey(entry), entry);
        }
    });
    const auto found = m_capitals.constFind(countryKey);
    return found == m_capitals.cend() ? std::nullopt : std::optional<quint32>(*found);
}

std::optional<quint32> EventExtractor::cityNamed(const QString &name, quint16 countryKey) const
{
    std::optional<quint32> best;
    for (const Gazetteer::Candidate &candidate : m_gazetteer->candidates(name)) {
        const quint32 entry = candidate.entry;
        if (m_gazetteer->countryKey(entry) != countryKey || m_gazetteer->kind(entry) != PlaceKind::City)
            continue;
        if (!best || m_gazetteer->population(entry) > m_gazetteer->population(*best))
            best = entry;
    }
    return best;
}

void EventExtractor::addInstitutionSeats(const Article &article, ArticleAnnotations &annotations) const
{
    static const auto compiled = [] {
        QList<QRegularExpression> patterns;
        for (const InstitutionSeat &seat : institutionSeats)
            patterns.append(QRegularExpression(QString::fromUtf8(seat.pattern)));
        return patterns;
    }();
    // One pass over the text for every cue at once: most articles name none of these institutions.
    if (!holdsAnyCue(article.text))
        return;
    for (qsizetype i = 0; i < compiled.size(); ++i) {
        const InstitutionSeat &seat = institutionSeats[i];
        if (!holdsCue(article.text, seat))
            continue;
        auto matches = compiled[i].globalMatch(article.text);
        if (!matches.hasNext())
            continue;
        const quint16 countryKey = quint16((seat.country[0] << 8) | seat.country[1]);
        const auto city = cityNamed(QString::fromUtf8(seat.city), countryKey);
        if (!city)
            continue;
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            EventPlace place = eventPlace(
                *m_gazetteer,
                PlaceMention {match.capturedStart(), match.capturedEnd(), match.captured(), *city, false, 0.8});
            annotations.places.append(LocatedPlace {match.capturedStart(), match.capturedEnd(), place, true});
        }
    }
    std::stable_sort(annotations.places.begin(), annotations.places.end(),
                     [](const LocatedPlace &a, const LocatedPlace &b) { return a.start < b.start; });
}

std::optional<quint32> EventExtractor::embassySeatOf(quint16 countryKey) const
{
    // Where a country's foreign embassies stand when that is not its official capital.
    static const QHash<QString, QString> seats {
        {QStringLiteral("TZ"), QStringLiteral("Dar es Salaam")}, {QStringLiteral("CI"), QStringLiteral("Abidjan")},
        {QStringLiteral("BO"), QStringLiteral("La Paz")},        {QStringLiteral("NL"), QStringLiteral("The Hague")},
        {QStringLiteral("BJ"), QStringLiteral("Cotonou")},       {QStringLiteral("LK"), QStringLiteral("Colombo")},
        {QStringLiteral("MM"), QStringLiteral("Yangon")},        {QStringLiteral("PS"), QStringLiteral("Ramallah")}};
    const QString code = QString(QLatin1Char(char(countryKey >> 8))) + QLatin1Char(char(countryKey & 0xff));
    if (const auto seat = seats.constFind(code); seat != seats.cend()) {
        if (const auto city = cityNamed(*seat, countryKey))
            return city;
    }
    return capitalOf(countryKey);
}

// "the Quds Force", "the Ansar Allah Brigades": a name right before a word for an armed unit is the
// unit's name, not a place.
static bool namesAUnit(QStringView text, qsizetype end)
{
    static const QRegularExpression unit(
        QStringLiteral("^ (?:Forces?|Brigades?|Battalions?|Regiments?|Corps|Division|Militia|Army)\\b"));
    return unit.match(text.mid(end, 16)).hasMatch();
}

void EventExtractor::separatePlacesFromActors(ArticleAnnotations &annotations, QStringView text)
{
    const auto isAllCaps = [](const QString &name) {
        return name == name.toUpper();
    };
    // "Delegations from Hamas, Egypt and Qatar": a name the text uses for an organisation or an
    // armed group is no place, whatever town abroad shares it; "the occupied West Bank" is a region,
    // not an organisation named like a bank (the Kremlin, a place too, stays an actor); a town in
    // capitals is a dateline's, not an acronym ("GOMA, Congo (Reuters)").
    const auto sameSpan = [](qsizetype start, qsizetype end, const auto &other) {
        return start == other.start && end == other.end;
    };
    QList<LocatedPlace> places;
    for (const LocatedPlace &place : std::as_const(annotations.places)) {
        const bool actor =
            std::any_of(annotations.actors.cbegin(), annotations.actors.cend(), [&](const ActorMention &a) {
                return (a.kind == ActorMention::Kind::Organisation || a.kind == ActorMention::Kind::Group)
                    && sameSpan(place.start, place.end, a) && place.place.kind == u"city" && !place.onlyIfNoOther
                    && !isAllCaps(a.text);
            });
        // "Khalil al-Hayya": a word of a person's name is no town (Hebron's Arabic name is al-Khalil);
        // nor is a word inside an organisation's name after its first ("the National Unity
        // Government", "Bank of America"), unlike the place a body is named for ("Kharkiv regional
        // administration").
        const bool inAName =
            std::any_of(annotations.actors.cbegin(), annotations.actors.cend(), [&](const ActorMention &a) {
                const bool inside =
                    a.start <= place.start && place.end <= a.end && a.end - a.start > place.end - place.start;
                const bool organisation =
                    a.kind == ActorMention::Kind::Organisation || a.kind == ActorMention::Kind::Group;
                return inside
                    && (a.kind == ActorMention::Kind::Person
                        || (organisation && place.start > a.start && !place.onlyIfNoOther)); // (not a seat)
            });
        if (!actor && !inAName && !namesAUnit(text, place.end))
            places.append(place);
    }
    annotations.actors.removeIf([&places, &isAllCaps](const ActorMention &actor) {
        return actor.kind == ActorMention::Kind::Organisation
            && std::any_of(places.cbegin(), places.cend(), [&actor, &isAllCaps](const LocatedPlace &place) {
                   return place.start == actor.start && place.end == actor.end
                       && (place.place.kind == u"admin1" || place.place.kind == u"country" || isAllCaps(actor.text));
               });
    });
    annotations.places = places;
}

void EventExtractor::findPlaces(const Article &article, ArticleAnnotations &annotations) const
{
    if (!m_gazetteer)
        return;
    const PlaceFinder finder(*m_gazetteer);
    const QList<PlaceMention> mentions = finder.find(article.text);
    const auto placeAt = [this](const PlaceMention &mention, std::optional<quint32> entry) {
        PlaceMention moved = mention;
        moved.entry = entry.value_or(mention.entry);
        return eventPlace(*m_gazetteer, moved);
    };
    for (const PlaceMention &mention : mentions) {
        const bool country = m_gazetteer->kind(mention.entry) == PlaceKind::Country;
        const quint16 countryKey = m_gazetteer->countryKey(mention.entry);
        if (country && mention.demonym && namesCapital(article.text, mention.end)) {
            // "the U.S. embassies in the Kenyan and Tanzanian capitals" stand where embassies do.
            const auto capital =
                followsEmbassy(article.text, mention.start) ? embassySeatOf(countryKey) : capitalOf(countryKey);
            if (capital)
                annotations.places.append(LocatedPlace {mention.start, mention.end, placeAt(mention, capital)});
            continue;
        }
        if (country && mention.demonym && namesGovernmentMemberMet(article.text, mention.start, mention.end)) {
            if (const auto capital = capitalOf(countryKey))
                annotations.places.append(LocatedPlace {mention.start, mention.end, placeAt(mention, capital), true});
            continue;
        }
        if (formsCompound(article.text, mention.start, mention.end) || namesTheWholeOfAPart(article.text, mention.end)
            || (country && namesOriginOrAddressee(article.text, mention.start)))
            continue;
        const bool attributive = mention.demonym || (country && isAttributive(article.text, mention.end));
        if (attributive) {
            if (country && namesHomeInstitution(article.text, mention.end))
                annotations.places.append(
                    LocatedPlace {mention.start, mention.end, placeAt(mention, std::nullopt), true});
            continue;
        }
        LocatedPlace located {mention.start, mention.end, placeAt(mention, std::nullopt)};
        located.extentKm = m_gazetteer->extentKm(mention.entry);
        if (country && followsEmbassy(article.text, mention.start)) {
            located.place = placeAt(mention, embassySeatOf(countryKey));
            located.extentKm = 0;
        }
        annotations.places.append(located);
    }
    addInstitutionSeats(article, annotations);
}

void EventExtractor::findActors(const Article &article, ArticleAnnotations &annotations) const
{
    annotations.actors = m_actors.recognize(article.text);
    separatePlacesFromActors(annotations, article.text);
}

void EventExtractor::findFigures(const Article &article, ArticleAnnotations &annotations) const
{
    QList<TextRange> sentences = article.sentences;
    if (sentences.isEmpty()) {
        SentenceSplitter splitter;
        sentences = splitter.split(article.text);
    }
    for (const TextRange &sentence : std::as_const(sentences)) {
        QList<Figure> figures = m_figures.extract(article.textOf(sentence));
        for (Figure &figure : figures) {
            figure.start += sentence.start;
            figure.end += sentence.start;
            annotations.figures.append(figure);
        }
    }
}

ArticleAnnotations EventExtractor::annotate(const Article &article) const
{
    ArticleAnnotations annotations;
    annotations.timexes = TimexEngine::joinRanges(m_dates.annotate(article.text, article.referenceDate), article.text);
    findPlaces(article, annotations);
    findActors(article, annotations);
    findFigures(article, annotations);
    return annotations;
}

QList<ArticleAnnotations> EventExtractor::annotate(const QList<Article> &articles) const
{
    // Engine by engine over the whole batch rather than article by article: each engine's code and
    // word lists stay in the processor's caches while it reads every article, which on one core
    // saves more time than any of the engines takes alone.
    QList<ArticleAnnotations> annotations(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i)
        annotations[i].timexes =
            TimexEngine::joinRanges(m_dates.annotate(articles[i].text, articles[i].referenceDate), articles[i].text);
    for (qsizetype i = 0; i < articles.size(); ++i)
        findPlaces(articles[i], annotations[i]);
    for (qsizetype i = 0; i < articles.size(); ++i)
        findActors(articles[i], annotations[i]);
    for (qsizetype i = 0; i < articles.size(); ++i)
        findFigures(articles[i], annotations[i]);
    return annotations;
}

QList<QList<Event>> EventExtractor::extract(const QList<Article> &articles) const
{
    const QList<ArticleAnnotations> annotations = annotate(articles);
    QList<QList<Event>> events;
    events.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i)
        events.append(m_assembler.assemble(articles[i], annotations[i]));
    return events;
}

QList<Event> EventExtractor::extract(const Article &article) const
{
    return m_assembler.assemble(article, annotate(article));
}

} // namespace Sitrep
