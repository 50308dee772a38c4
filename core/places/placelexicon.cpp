// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/placelexicon.h"

#include <QLatin1StringView>

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace Sitrep::PlaceLexicon {

namespace {

bool among(QStringView word, const std::vector<const char *> &list)
{
    for (const char *entry : list) {
        if (word.compare(QLatin1StringView(entry), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// One of the lists, asked about case-insensitively with one hash lookup: its words are ASCII, so an
// ASCII word matches one exactly when its lower case does. Words with other letters (which may fold
// to ASCII: the Kelvin sign, the long s) take the list's full comparison.
class WordList
{
public:
    WordList(std::initializer_list<const char *> words)
        : m_words(words)
    {
        for (const char *entry : words) {
            std::string lower(entry);
            for (char &c : lower)
                c = char(asciiLower(char16_t(c)));
            m_lower.insert(std::move(lower));
        }
    }

    bool contains(QStringView word) const
    {
        char lower[maximumLength];
        if (word.size() > maximumLength)
            return among(word, m_words);
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t u = word[i].unicode();
            if (u >= 0x80)
                return among(word, m_words);
            lower[i] = char(asciiLower(u));
        }
        return m_lower.contains(std::string_view(lower, std::size_t(word.size())));
    }

private:
    static constexpr qsizetype maximumLength = 32;
    static char16_t asciiLower(char16_t u) { return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u; }

    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };

    std::vector<const char *> m_words;
    std::unordered_set<std::string, Hash, std::equal_to<>> m_lower;
};

} // namespace

bool isMonthOrWeekday(QStringView word)
{
    static const WordList words {"January",   "February",  "March",   "April",    "May",      "June",   "July",
                                 "August",    "September", "October", "November", "December", "Monday", "Tuesday",
                                 "Wednesday", "Thursday",  "Friday",  "Saturday", "Sunday",   "Jan",    "Feb",
                                 "Mar",       "Apr",       "Jun",     "Jul",      "Aug",      "Sep",    "Sept",
                                 "Oct",       "Nov",       "Dec"};
    return word.size() >= 3 && word.size() <= 9 && words.contains(word);
}

bool isPersonTitle(QStringView word)
{
    static const WordList words {"Mr",
                                 "Mrs",
                                 "Ms",
                                 "Miss",
                                 "Dr",
                                 "Prof",
                                 "Professor",
                                 "Gen",
                                 "General",
                                 "Lt",
                                 "Lieutenant",
                                 "Col",
                                 "Colonel",
                                 "Maj",
                                 "Major",
                                 "Capt",
                                 "Captain",
                                 "Sgt",
                                 "Sergeant",
                                 "Cpl",
                                 "Corporal",
                                 "Pvt",
                                 "Private",
                                 "Adm",
                                 "Admiral",
                                 "Cmdr",
                                 "Commander",
                                 "Sen",
                                 "Senator",
                                 "Rep",
                                 "Representative",
                                 "Gov",
                                 "Governor",
                                 "President",
                                 "Secretary",
                                 "Minister",
                                 "Ambassador",
                                 "Chancellor",
                                 "Premier",
                                 "Pope",
                                 "King",
                                 "Queen",
                                 "Prince",
                                 "Princess",
                                 "Sheikh",
                                 "Emir",
                                 "Judge",
                                 "Justice",
                                 "Mayor",
                                 "Sheriff",
                                 "Deputy",
                                 "Officer",
                                 "Detective",
                                 "Constable",
                                 "Chairman",
                                 "Chairwoman",
                                 "Director",
                                 "Envoy",
                                 "Spokesman",
                                 "Spokeswoman",
                                 "Lord",
                                 "Lady",
                                 "Sir",
                                 "Dame",
                                 "Rev",
                                 "Reverend",
                                 "Father",
                                 "Bishop",
                                 "Rabbi",
                                 "Imam",
                                 "Ayatollah",
                                 "Marshal",
                                 "Coach",
                                 "Trooper",
                                 "Speaker",
                                 "Commissioner",
                                 "Councillor",
                                 "Councilman",
                                 "Councilwoman",
                                 "Assemblyman",
                                 "Attorney",
                                 "Agent",
                                 "Inspector",
                                 "Superintendent",
                                 "Chief"};
    return word.size() >= 2 && word.size() <= 12 && words.contains(word);
}

bool isOrganisationName(QStringView word)
{
    // Armed groups, parties and news agencies whose names some town also bears, mostly as another
    // language's name for it ("Hamas" is Hamm in Lithuanian): in the news they are the organisation.
    static const WordList names {"Hamas",   "Hezbollah", "Hizbollah", "Fatah",     "Taliban", "Houthi",
                                 "Houthis", "Xinhua",    "Interfax",  "Reuters",   "TASS",    "Ria",
                                 "Wagner",  "Akhmat",    "Daesh",     "Hizbullah", "Frelimo", "Renamo"};
    return names.contains(word);
}

bool isOrganisationWord(QStringView word)
{
    static const WordList words {
        "University", "College",    "Institute", "Academy",   "School",     "Post",        "Times",        "Herald",
        "Journal",    "Tribune",    "Gazette",   "Chronicle", "Telegraph",  "Courier",     "Observer",     "Sun",
        "Star",       "Express",    "Airlines",  "Airways",   "Air",        "Club",        "FC",           "United",
        "Rovers",     "Wanderers",  "Athletic",  "Street",    "Road",       "Avenue",      "Boulevard",    "Lane",
        "Drive",      "Hospital",   "Clinic",    "Company",   "Corp",       "Corporation", "Inc",          "Ltd",
        "LLC",        "Bank",       "Group",     "Stadium",   "Arena",      "Cathedral",   "Zoo",          "Museum",
        "Hotel",      "Motors",     "Energy",    "Partners",  "Holdings",   "Fund",        "Foundation",   "Fed",
        "Accord",     "Accords",    "Protocol",  "Agreement", "Agreements", "Declaration", "Format",       "Process",
        "Convention", "Treaty",     "Summit",    "Marathon",  "Open",       "Prize",       "Award",        "Awards",
        "Festival",   "Review",     "Magazine",  "Press",     "Daily",      "News",        "Broadcasting", "Radio",
        "TV",         "Television", "Network",   "Blues",     "Raiders",    "Rangers",     "Oilers",       "Flames",
        "Canucks",    "Maple",      "Eskimos",   "Jets",      "Senators"};
    return word.size() >= 2 && word.size() <= 12 && words.contains(word);
}

bool isSchoolWord(QStringView word)
{
    static const WordList words {"Primary", "Elementary", "Infants"};
    return word.size() >= 7 && word.size() <= 10 && words.contains(word);
}

bool isRegionWord(QStringView word)
{
    static const WordList words {"region",     "regions",     "oblast", "oblasts", "province",
                                 "provinces",  "governorate", "krai",   "kray",    "state",
                                 "prefecture", "voivodeship", "canton", "raion",   "district"};
    return word.size() >= 4 && word.size() <= 13 && words.contains(word);
}

bool isRegionOfficeWord(QStringView word)
{
    static const WordList words {"Gov", "Governor", "Premier", "Legislature"};
    return word.size() >= 3 && word.size() <= 11 && words.contains(word);
}

bool isStateSideWord(QStringView word)
{
    static const WordList words {"upstate", "downstate"};
    return word.size() >= 7 && word.size() <= 9 && words.contains(word);
}

bool isSettlementWord(QStringView word)
{
    static const WordList words {"city",       "town",   "village", "port",     "capital",
                                 "settlement", "hamlet", "suburb",  "outskirts"};
    return word.size() >= 3 && word.size() <= 10 && words.contains(word);
}

bool isDirectionWord(QStringView word)
{
    static const WordList words {"western",      "eastern",      "northern",     "southern",    "central",
                                 "northeastern", "northwestern", "southeastern", "southwestern"};
    return word.size() >= 6 && word.size() <= 12 && words.contains(word);
}

bool isLocativePreposition(QStringView word)
{
    static const WordList words {"in",     "at",      "near", "from",   "to",  "outside", "across", "into",
                                 "toward", "towards", "of",   "around", "via", "through", "inside", "within"};
    return word.size() >= 2 && word.size() <= 7 && words.contains(word);
}

} // namespace Sitrep::PlaceLexicon
