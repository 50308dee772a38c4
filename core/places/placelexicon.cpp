// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/placelexicon.h"

#include <QLatin1StringView>

#include <initializer_list>

namespace Sitrep::PlaceLexicon {

namespace {

bool among(QStringView word, std::initializer_list<const char *> list)
{
    for (const char *entry : list) {
        if (word.compare(QLatin1StringView(entry), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool isMonthOrWeekday(QStringView word)
{
    return word.size() >= 3 && word.size() <= 9
        && among(word, {"January",   "February", "March",    "April",    "May",    "June",    "July",      "August",
                        "September", "October",  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                        "Friday",    "Saturday", "Sunday",   "Jan",      "Feb",    "Mar",     "Apr",       "Jun",
                        "Jul",       "Aug",      "Sep",      "Sept",     "Oct",    "Nov",     "Dec"});
}

bool isPersonTitle(QStringView word)
{
    return word.size() >= 2 && word.size() <= 12
        && among(word,
                 {"Mr",
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
                  "Chief"});
}

bool isOrganisationWord(QStringView word)
{
    return word.size() >= 2 && word.size() <= 12
        && among(word,
                 {"University", "College",      "Institute",   "Academy",   "School",     "Post",        "Times",
                  "Herald",     "Journal",      "Tribune",     "Gazette",   "Chronicle",  "Telegraph",   "Courier",
                  "Observer",   "Sun",          "Star",        "Express",   "Airlines",   "Airways",     "Air",
                  "Club",       "FC",           "United",      "Rovers",    "Wanderers",  "Athletic",    "Street",
                  "Road",       "Avenue",       "Boulevard",   "Lane",      "Drive",      "Hospital",    "Clinic",
                  "Company",    "Corp",         "Corporation", "Inc",       "Ltd",        "LLC",         "Bank",
                  "Group",      "Stadium",      "Arena",       "Cathedral", "Zoo",        "Museum",      "Hotel",
                  "Motors",     "Energy",       "Partners",    "Holdings",  "Fund",       "Foundation",  "Fed",
                  "Accord",     "Accords",      "Protocol",    "Agreement", "Agreements", "Declaration", "Format",
                  "Process",    "Convention",   "Treaty",      "Summit",    "Marathon",   "Open",        "Prize",
                  "Award",      "Awards",       "Festival",    "Review",    "Magazine",   "Press",       "Daily",
                  "News",       "Broadcasting", "Radio",       "TV",        "Television", "Network",     "Blues",
                  "Raiders",    "Rangers",      "Oilers",      "Flames",    "Canucks",    "Maple",       "Eskimos",
                  "Jets",       "Senators"});
}

bool isSchoolWord(QStringView word)
{
    return word.size() >= 7 && word.size() <= 10 && among(word, {"Primary", "Elementary", "Infants"});
}

bool isRegionWord(QStringView word)
{
    return word.size() >= 4 && word.size() <= 13
        && among(word,
                 {"region", "regions", "oblast", "oblasts", "province", "provinces", "governorate", "krai", "kray",
                  "state", "prefecture", "voivodeship", "canton", "raion", "district"});
}

bool isRegionOfficeWord(QStringView word)
{
    return word.size() >= 3 && word.size() <= 11 && among(word, {"Gov", "Governor", "Premier", "Legislature"});
}

bool isStateSideWord(QStringView word)
{
    return word.size() >= 7 && word.size() <= 9 && among(word, {"upstate", "downstate"});
}

bool isSettlementWord(QStringView word)
{
    return word.size() >= 3 && word.size() <= 10
        && among(word, {"city", "town", "village", "port", "capital", "settlement", "hamlet", "suburb", "outskirts"});
}

bool isDirectionWord(QStringView word)
{
    return word.size() >= 6 && word.size() <= 12
        && among(word,
                 {"western", "eastern", "northern", "southern", "central", "northeastern", "northwestern",
                  "southeastern", "southwestern"});
}

bool isLocativePreposition(QStringView word)
{
    return word.size() >= 2 && word.size() <= 7
        && among(word,
                 {"in", "at", "near", "from", "to", "outside", "across", "into", "toward", "towards", "of", "around",
                  "via", "through", "inside", "within"});
}

} // namespace Sitrep::PlaceLexicon
