// SPDX-License-Identifier: GPL-3.0-or-later
// Word lists written for Sitrep. Countries carry their ISO code, short name, demonym, other names
// and capitals; the given names are common English, Slavic, Arabic, Hebrew, Persian, Turkish and
// African first names as they are spelled in English-language news.
#include "actors/actorlexicon.h"

#include "actors/actortokens.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

namespace Sitrep::Actors {

namespace {

using Kind = ActorMention::Kind;

struct CountryRow
{
    const char16_t *iso;
    const char16_t *name;
    const char16_t *demonyms; // first one is the adjective
    const char16_t *aliases; // '|'-separated
    const char16_t *capitals;
};

// clang-format off
const CountryRow kCountries[] = {
    {u"UA", u"Ukraine", u"Ukrainian", u"", u"Kyiv|Kiev"},
    {u"RU", u"Russia", u"Russian", u"Russian Federation", u"Moscow"},
    {u"US", u"United States", u"American|US|U.S.", u"US|U.S.|USA|U.S.A.|America|United States of America|the US|the U.S.", u"Washington"},
    {u"GB", u"United Kingdom", u"British|UK|U.K.", u"UK|U.K.|Britain|Great Britain", u"London"},
    {u"FR", u"France", u"French", u"", u"Paris"},
    {u"DE", u"Germany", u"German", u"", u"Berlin"},
    {u"IT", u"Italy", u"Italian", u"", u"Rome"},
    {u"ES", u"Spain", u"Spanish", u"", u"Madrid"},
    {u"PL", u"Poland", u"Polish", u"", u"Warsaw"},
    {u"BY", u"Belarus", u"Belarusian", u"", u"Minsk"},
    {u"TR", u"Turkey", u"Turkish", u"Türkiye|Turkiye", u"Ankara"},
    {u"IL", u"Israel", u"Israeli", u"", u"Jerusalem"},
    {u"PS", u"Palestine", u"Palestinian", u"", u""},
    {u"IR", u"Iran", u"Iranian", u"", u"Tehran"},
    {u"IQ", u"Iraq", u"Iraqi", u"", u"Baghdad"},
    {u"SY", u"Syria", u"Syrian", u"", u"Damascus"},
    {u"LB", u"Lebanon", u"Lebanese", u"", u"Beirut"},
    {u"JO", u"Jordan", u"Jordanian", u"", u"Amman"},
    {u"SA", u"Saudi Arabia", u"Saudi", u"", u"Riyadh"},
    {u"YE", u"Yemen", u"Yemeni", u"", u"Sanaa"},
    {u"EG", u"Egypt", u"Egyptian", u"", u"Cairo"},
    {u"QA", u"Qatar", u"Qatari", u"", u"Doha"},
    {u"AE", u"United Arab Emirates", u"Emirati", u"UAE", u"Abu Dhabi"},
    {u"SD", u"Sudan", u"Sudanese", u"", u"Khartoum"},
    {u"SS", u"South Sudan", u"South Sudanese", u"", u"Juba"},
    {u"ET", u"Ethiopia", u"Ethiopian", u"", u"Addis Ababa"},
    {u"ER", u"Eritrea", u"Eritrean", u"", u"Asmara"},
    {u"SO", u"Somalia", u"Somali", u"", u"Mogadishu"},
    {u"KE", u"Kenya", u"Kenyan", u"", u"Nairobi"},
    {u"TZ", u"Tanzania", u"Tanzanian", u"", u"Dodoma"},
    {u"UG", u"Uganda", u"Ugandan", u"", u"Kampala"},
    {u"CD", u"DR Congo", u"Congolese", u"Democratic Republic of the Congo|Democratic Republic of Congo|DRC", u"Kinshasa"},
    {u"RW", u"Rwanda", u"Rwandan", u"", u"Kigali"},
    {u"NG", u"Nigeria", u"Nigerian", u"", u"Abuja"},
    {u"ML", u"Mali", u"Malian", u"", u"Bamako"},
    {u"BF", u"Burkina Faso", u"Burkinabe", u"", u"Ouagadougou"},
    {u"NE", u"Niger", u"Nigerien", u"", u"Niamey"},
    {u"TD", u"Chad", u"Chadian", u"", u"N'Djamena"},
    {u"LY", u"Libya", u"Libyan", u"", u"Tripoli"},
    {u"TN", u"Tunisia", u"Tunisian", u"", u"Tunis"},
    {u"DZ", u"Algeria", u"Algerian", u"", u"Algiers"},
    {u"MA", u"Morocco", u"Moroccan", u"", u"Rabat"},
    {u"AF", u"Afghanistan", u"Afghan", u"", u"Kabul"},
    {u"PK", u"Pakistan", u"Pakistani", u"", u"Islamabad"},
    {u"IN", u"India", u"Indian", u"", u"New Delhi"},
    {u"CN", u"China", u"Chinese", u"", u"Beijing"},
    {u"TW", u"Taiwan", u"Taiwanese", u"", u"Taipei"},
    {u"JP", u"Japan", u"Japanese", u"", u"Tokyo"},
    {u"KP", u"North Korea", u"North Korean", u"", u"Pyongyang"},
    {u"KR", u"South Korea", u"South Korean", u"", u"Seoul"},
    {u"MM", u"Myanmar", u"Burmese|Myanmar", u"Burma", u"Naypyidaw"},
    {u"KH", u"Cambodia", u"Cambodian", u"", u"Phnom Penh"},
    {u"VN", u"Vietnam", u"Vietnamese", u"", u"Hanoi"},
    {u"TH", u"Thailand", u"Thai", u"", u"Bangkok"},
    {u"PH", u"Philippines", u"Philippine|Filipino", u"the Philippines", u"Manila"},
    {u"ID", u"Indonesia", u"Indonesian", u"", u"Jakarta"},
    {u"AZ", u"Azerbaijan", u"Azerbaijani|Azeri", u"", u"Baku"},
    {u"AM", u"Armenia", u"Armenian", u"", u"Yerevan"},
    {u"GE", u"Georgia", u"Georgian", u"", u"Tbilisi"},
    {u"MD", u"Moldova", u"Moldovan", u"", u"Chisinau"},
    {u"RS", u"Serbia", u"Serbian|Serb", u"", u"Belgrade"},
    {u"XK", u"Kosovo", u"Kosovar", u"", u"Pristina"},
    {u"BA", u"Bosnia and Herzegovina", u"Bosnian", u"Bosnia", u"Sarajevo"},
    {u"HR", u"Croatia", u"Croatian", u"", u"Zagreb"},
    {u"HU", u"Hungary", u"Hungarian", u"", u"Budapest"},
    {u"RO", u"Romania", u"Romanian", u"", u"Bucharest"},
    {u"CZ", u"Czech Republic", u"Czech", u"Czechia", u"Prague"},
    {u"SK", u"Slovakia", u"Slovak", u"", u"Bratislava"},
    {u"FI", u"Finland", u"Finnish", u"", u"Helsinki"},
    {u"SE", u"Sweden", u"Swedish", u"", u"Stockholm"},
    {u"NO", u"Norway", u"Norwegian", u"", u"Oslo"},
    {u"DK", u"Denmark", u"Danish", u"", u"Copenhagen"},
    {u"NL", u"Netherlands", u"Dutch", u"the Netherlands|Holland", u"Amsterdam|The Hague"},
    {u"BE", u"Belgium", u"Belgian", u"", u""},
    {u"AT", u"Austria", u"Austrian", u"", u"Vienna"},
    {u"CH", u"Switzerland", u"Swiss", u"", u"Bern"},
    {u"GR", u"Greece", u"Greek", u"", u"Athens"},
    {u"CY", u"Cyprus", u"Cypriot", u"", u"Nicosia"},
    {u"EE", u"Estonia", u"Estonian", u"", u"Tallinn"},
    {u"LV", u"Latvia", u"Latvian", u"", u"Riga"},
    {u"LT", u"Lithuania", u"Lithuanian", u"", u"Vilnius"},
    {u"IE", u"Ireland", u"Irish", u"", u"Dublin"},
    {u"CA", u"Canada", u"Canadian", u"", u"Ottawa"},
    {u"MX", u"Mexico", u"Mexican", u"", u"Mexico City"},
    {u"BR", u"Brazil", u"Brazilian", u"", u"Brasilia"},
    {u"AR", u"Argentina", u"Argentine|Argentinian", u"", u"Buenos Aires"},
    {u"CO", u"Colombia", u"Colombian", u"", u"Bogota"},
    {u"VE", u"Venezuela", u"Venezuelan", u"", u"Caracas"},
    {u"CU", u"Cuba", u"Cuban", u"", u"Havana"},
    {u"HT", u"Haiti", u"Haitian", u"", u"Port-au-Prince"},
    {u"AU", u"Australia", u"Australian", u"", u"Canberra"},
    {u"NZ", u"New Zealand", u"New Zealand", u"", u"Wellington"},
    {u"KZ", u"Kazakhstan", u"Kazakh", u"", u"Astana"},
    {u"LK", u"Sri Lanka", u"Sri Lankan", u"", u"Colombo"},
    {u"BD", u"Bangladesh", u"Bangladeshi", u"", u"Dhaka"},
    {u"MZ", u"Mozambique", u"Mozambican", u"", u"Maputo"},
    {u"CF", u"Central African Republic", u"Central African", u"", u"Bangui"},
    {u"ZA", u"South Africa", u"South African", u"", u"Pretoria"},
    {u"OM", u"Oman", u"Omani", u"", u"Muscat"},
    {u"KW", u"Kuwait", u"Kuwaiti", u"", u""},
    {u"BH", u"Bahrain", u"Bahraini", u"", u"Manama"},
};

struct OrganisationRow
{
    const char16_t *surfaces; // '|'-separated; the first is the canonical name
    Kind kind;
    const char16_t *iso;
};

const OrganisationRow kOrganisations[] = {
    {u"Kremlin", Kind::Organisation, u"RU"},
    {u"Pentagon", Kind::Organisation, u"US"},
    {u"White House", Kind::Organisation, u"US"},
    {u"State Department|US State Department|U.S. State Department", Kind::Organisation, u"US"},
    {u"Downing Street", Kind::Organisation, u"GB"},
    {u"Foreign Office", Kind::Organisation, u"GB"},
    {u"Elysee|Élysée|Elysee Palace|Élysée Palace", Kind::Organisation, u"FR"},
    {u"Knesset", Kind::Organisation, u"IL"},
    {u"State Duma|Duma", Kind::Organisation, u"RU"},
    {u"Verkhovna Rada|Rada", Kind::Organisation, u"UA"},
    {u"Bundestag", Kind::Organisation, u"DE"},
    {u"United Nations Security Council|UN Security Council|U.N. Security Council|Security Council", Kind::Organisation, u""},
    {u"United Nations General Assembly|UN General Assembly|General Assembly", Kind::Organisation, u""},
    {u"United Nations|UN|U.N.", Kind::Organisation, u""},
    {u"NATO|Nato|North Atlantic Treaty Organization|North Atlantic Treaty Organisation", Kind::Organisation, u""},
    {u"European Union|EU", Kind::Organisation, u""},
    {u"European Commission", Kind::Organisation, u""},
    {u"European Parliament", Kind::Organisation, u""},
    {u"African Union", Kind::Organisation, u""},
    {u"Arab League", Kind::Organisation, u""},
    {u"OSCE|Organization for Security and Co-operation in Europe", Kind::Organisation, u""},
    {u"International Atomic Energy Agency|IAEA", Kind::Organisation, u""},
    {u"World Health Organization|WHO|World Health Organisation", Kind::Organisation, u""},
    {u"UNICEF|Unicef", Kind::Organisation, u""},
    {u"UNHCR", Kind::Organisation, u""},
    {u"UNRWA", Kind::Organisation, u""},
    {u"World Food Programme|WFP", Kind::Organisation, u""},
    {u"International Criminal Court|ICC", Kind::Organisation, u""},
    {u"International Court of Justice|ICJ", Kind::Organisation, u""},
    {u"International Committee of the Red Cross|ICRC|Red Cross", Kind::Organisation, u""},
    {u"Red Crescent", Kind::Organisation, u""},
    {u"Amnesty International", Kind::Organisation, u""},
    {u"Human Rights Watch", Kind::Organisation, u""},
    {u"Doctors Without Borders|MSF|Médecins Sans Frontières", Kind::Organisation, u""},
    {u"International Monetary Fund|IMF", Kind::Organisation, u""},
    {u"World Bank", Kind::Organisation, u""},
    {u"FBI|Federal Bureau of Investigation", Kind::Organisation, u"US"},
    {u"CIA|Central Intelligence Agency", Kind::Organisation, u"US"},
    {u"FSB", Kind::Organisation, u"RU"},
    {u"SBU|Security Service of Ukraine", Kind::Organisation, u"UA"},
    {u"Mossad", Kind::Organisation, u"IL"},
    {u"Shin Bet", Kind::Organisation, u"IL"},
    {u"Palestinian Authority", Kind::Organisation, u"PS"},
    {u"Fatah", Kind::Organisation, u""}, // a party, which does not speak for the state
    {u"Sinn Fein|Sinn Féin", Kind::Organisation, u""},
    {u"Israel Defense Forces|IDF", Kind::Force, u"IL"},
    {u"Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard", Kind::Force, u"IR"},
    {u"Sudanese Armed Forces|SAF", Kind::Force, u"SD"},
    {u"Hamas", Kind::Group, u"PS"},
    {u"Hezbollah|Hizbollah|Hizbullah", Kind::Group, u"LB"},
    {u"Islamic Jihad|Palestinian Islamic Jihad", Kind::Group, u"PS"},
    {u"Houthis|Houthi|Ansar Allah", Kind::Group, u"YE"},
    {u"Islamic State|ISIS|ISIL", Kind::Group, u""},
    {u"al-Qaeda|al Qaeda|Al-Qaeda|Al Qaeda|al-Qaida", Kind::Group, u""},
    {u"al-Shabab|al-Shabaab|Al-Shabab|Al-Shabaab", Kind::Group, u"SO"},
    {u"Boko Haram", Kind::Group, u"NG"},
    {u"Taliban", Kind::Group, u"AF"},
    {u"Rapid Support Forces|RSF", Kind::Group, u"SD"},
    {u"Wagner Group|Wagner", Kind::Group, u"RU"},
    {u"Khmer Rouge", Kind::Group, u"KH"},
    {u"Irish Republican Army|IRA", Kind::Group, u""},
    {u"Kosovo Liberation Army|KLA", Kind::Group, u"XK"},
    {u"PKK|Kurdistan Workers' Party", Kind::Group, u""},
    {u"Syrian Democratic Forces|SDF", Kind::Group, u"SY"},
    {u"Hayat Tahrir al-Sham|HTS", Kind::Group, u"SY"},
    {u"M23", Kind::Group, u"CD"},
};
// clang-format on

struct WordList
{
    quint32 flags;
    const char16_t *words;
};

// The word lists, one lower-case word after another.
const WordList kWordLists[] = {
    {GivenName,
     // English
     u"aaron adam alan albert alex alexander alice alison amanda amy andrew angela ann anna anne anthony antony "
     u"barbara ben benjamin bernard beth betty bill bob brad brian bruce carl carol caroline catherine charles "
     u"charlie chris christine christopher chuck claire colin craig dan daniel david deborah dennis diana donald "
     u"doug douglas ed edward elizabeth ellen emily emma eric frank gary george gordon graham greg gregory hannah "
     u"harold harry heather helen henry ian jack jacob jake james jane janet jason jeff jeffrey jennifer jeremy "
     u"jessica jill jim jimmy joan joe john jonathan joseph josh joshua judith julia julie justin karen kate "
     u"katherine keith kelly ken kenneth kevin kim kristi larry laura lauren linda lindsey lisa lloyd lucy mark "
     u"marco martin mary matt matthew melania michael michelle mike nancy nathan neil nicholas nick nicola "
     u"nigel oliver pam pamela patricia patrick paul pete peter philip rachel randy ray raymond rebecca richard "
     u"rick rishi robert roger ron ronald rose ruth ryan sam samuel sarah scott sean simon stephen steve steven "
     u"stuart susan ted terry theresa thomas tim timothy todd tom tony tulsi victoria walter wendy william "
     u"keir boris liz kamala hillary gavin lloyd madeleine condoleezza colin kofi antonio jens mark "
     // Slavic and Baltic
     u"aleksandr aleksei alexei alexey anatoly andrei andriy andrzej arseniy bogdan bohdan boris denis denys "
     u"dmitri dmitry dmytro fyodor gennady georgy grigory hennadiy igor ihor ivan kirill konstantin kostiantyn "
     u"leonid maria marina maxim maksym mikhail mykhailo mykola natalia nikita nikolai oleg oleh oleksandr "
     u"oleksiy olena olga pavel pavlo petro petr piotr radoslaw roman ruslan sergei sergey serhiy stanislav "
     u"svetlana taras tatiana valery valeriy vadim vasily vasyl viktor vitali vitaliy vladimir vladislav "
     u"volodymyr vyacheslav yevgeny yevgeniy yuri yuriy yulia zbigniew aleksandar slobodan vojislav ramzan "
     u"andrius gitanas kaja edgars alar ursula olaf friedrich annalena emmanuel viktor recep tayyip "
     // Arabic, Persian, Turkish
     u"abbas abdel abdul abdullah abdulrahman abu ahmad ahmed ali amir amr anwar ashraf ayman bashar fahd "
     u"faisal farid fatima hamad hamdan hamid hassan hasan hossein hussein ibrahim ismail ismail jamal jawad "
     u"kamal khaled khalid khalil mahmoud masoud marwan mohamed mohammad mohammed muhammad mustafa nabil "
     u"naim nasser omar osama qassem rami saleh salman sami samir tamim tariq walid yahya yasser yousef "
     u"youssef yusuf zayed ebrahim abbas javad hasan mahmud hakan mevlut ilham nikol "
     // Hebrew
     u"avi avigdor aviv benny bezalel eli ehud gideon itamar moshe naftali yair yoav yitzhak shimon ariel "
     u"isaac reuven gilad herzi dov uzi "
     // African and other
     u"abiy william uhuru yoweri paul cyril bola muhammadu abdel fattah salva riek felix denis emmerson "
     u"nelson jacob thabo mohamed hamdan narendra rahul imran shehbaz "
     u"shinzo fumio yoon kim jair luiz inacio javier nicolas gustavo andres lula kaja marco "
     u"norodom gerry martin ian david tony tariq kofi"},
    {RoleHead | RoleWord,
     u"president vice-president premier minister secretary secretary-general envoy ambassador spokesman "
     u"spokeswoman spokesperson negotiator adviser advisor aide general lieutenant colonel major captain "
     u"commander commander-in-chief admiral marshal sergeant corporal chief head director chairman "
     u"chairwoman chair governor mayor senator representative congressman congresswoman lawmaker legislator "
     u"judge prosecutor king queen prince princess emir sheikh ayatollah leader official officer diplomat "
     u"analyst journalist correspondent reporter editor professor chancellor speaker mp ombudsman "
     u"commissioner coordinator mediator monarch founder cleric imam rabbi bishop patriarch pope cardinal "
     u"ceo attorney lawyer economist researcher expert activist deputy pilot strongman warlord rapporteur "
     u"counterpart successor predecessor"},
    {RoleWord,
     u"special deputy vice prime foreign defence defense interior national security senior top former acting "
     u"interim presidential military supreme first lead peace assistant associate executive regional local "
     u"junior federal army navy naval police intelligence opposition rebel militia health finance economy "
     u"economic justice energy trade agriculture education culture affairs policy humanitarian human rights "
     u"relief aid communications press media armed forces air force staff joint chiefs state homeland "
     u"treasury commerce war veterans internal emergency situations transport information digital "
     u"transformation strategic industries reintegration territories general european regional foreign-policy "
     u"de facto self-proclaimed ousted exiled veteran longtime outgoing incoming elected appointed chief "
     u"defence-ministry white house kremlin sovereign wealth fund lieutenant-general major-general "
     u"brigadier brigadier-general field high-ranking ranking spy counterterrorism counter-terrorism"},
    {RankAbbreviation,
     u"gen lt col maj brig adm sgt capt gov sen rep pres cmdr cpl pvt amb "
     u"supt insp gen. lt. col. maj. brig. adm. sgt. capt. gov. sen. rep."},
    {Honorific, u"mr mrs ms miss dr sir dame lord lady mx prof mr. mrs. ms. dr."},
    {NameParticle, u"bin ibn al el van von de der den da di del della la le du dos ben"},
    {OrganisationHead,
     u"ministry council committee commission agency organization organisation office department service "
     u"court parliament assembly fund bank institute foundation union party front movement army forces guard "
     u"brigade brigades battalion corps police observatory authority administration directorate command "
     u"network alliance coalition cross crescent navy militia congress senate cabinet government federation "
     u"secretariat bureau tribunal mission center centre group"},
    {ForceNoun,
     u"army armies forces troops soldiers military navy bombers jets warplanes aircraft drones artillery "
     u"police marines paratroopers servicemen units warships fleet guards gunboats tanks airforce "
     u"commandos sappers infantry"},
    {GroupNoun,
     u"rebels militants fighters insurgents separatists militia militias "
     u"guerrillas guerillas jihadists paramilitaries"},
    {DateWord,
     u"january february march april may june july august september october november december jan feb mar "
     u"apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue "
     u"tues wed thu thur thurs fri sat sun christmas easter ramadan eid hanukkah passover thanksgiving"},
    {PlaceWord,
     u"east west north south middle gulf sea ocean strip bank region oblast province district county city "
     u"street avenue square airport airbase base river mountains mountain valley island islands peninsula "
     u"lake bay coast border crossing bridge port harbour harbor station plaza road highway village town "
     u"desert hills heights falls canal straits strait sahel balkans caucasus"},
    {CommonWord,
     u"the a an this that these those it its he she they we i you his her their our my your them us him "
     u"in on at by for from with without after before during since until as and but or so yet if when while "
     u"where why how what who whom which whose although though because according meanwhile however moreover "
     u"also then there here now today yesterday tomorrow tonight earlier later last next some many most more "
     u"several all both each every no not one two three four five six seven eight nine ten first second "
     u"third such other another only even still already again instead despite amid about over under into "
     u"through against between among around near after officials residents police witnesses sources "
     u"analysts experts critics observers people troops soldiers forces russian ukrainian american "
     u"is was were are be been has have had do does did will would can could should may might must "
     u"asked told said says our let in-depth read watch live update updated breaking exclusive analysis "
     u"opinion editorial photo video source sources reporting reports report nor unlike like"},
    {ReportingVerb,
     u"said says say told tells added adds stated wrote writes announced "
     u"declared insisted insists warned warns claimed claims noted notes "
     u"explained explains confirmed confirms denied denies argued argues "
     u"replied responded acknowledged admitted vowed urged"},
    {StateVerb,
     u"said says has have had will would could should must can may might launched launches fired fires "
     u"attacked attacks struck strikes carried carries denied denies accused accuses agreed agrees signed "
     u"signs rejected rejects refused refuses demanded demands warned warns announced announces claimed "
     u"claims admitted admits vowed vows threatened threatens began begins continued continues sent sends "
     u"deployed deploys withdrew withdraws invaded invades shelled shells bombed bombs seized seizes "
     u"captured captures responded responds retaliated retaliates called calls urged urges wants wanted "
     u"insists insisted plans planned offered offers proposed proposes negotiated negotiates considers "
     u"considered believes believed blamed blames condemned condemns recalled recalls expelled expels "
     u"imposed imposes sanctioned supplied supplies provided provides delivered delivers pledged pledges "
     u"promised promises approved approves backed backs supports supported opposed opposes welcomed "
     u"welcomes hosted hosts released releases reported reports confirmed confirms recognized recognised "
     u"recognizes recognises ordered orders halted halts suspended suspends resumed resumes closed closes "
     u"joined joins took takes made makes gave gives told tells asked asks needs needed hopes hoped "
     u"expects expected remains remained retook recaptured downed intercepted targeted targets hit killed "
     u"kills destroyed destroys used uses tested tests is are was were secretly"},
    {Preposition,
     u"in to from into across near of at on over for with against toward towards throughout inside outside "
     u"within between about via through around beyond along under above below behind beside besides "
     u"among amid after before during since until than like unlike including versus vs"},
    // Between a country and its force noun, the words the recognizer reads them in.
    {ForceModifier,
     u"armed air naval ground special security regular elite border occupying military government federal "
     u"defence defense national invading allied coalition riot marine assault attack long-range strategic"},
    {Adverb,
     u"also secretly reportedly already never previously then now again still later finally officially itself "
     u"not quickly repeatedly recently allegedly publicly swiftly immediately ultimately formally effectively"},
    {ForceHead, u"army forces guard corps navy police command"},
    {GroupHead, u"front brigade brigades battalion movement militia"},
    {WeaponNoun, u"missile missiles rocket rockets shell shells bomb bombs drone drones warhead warheads"},
    {WeaponModifier,
     u"cruise ballistic hypersonic guided glide kamikaze attack long-range short-range artillery air-launched "
     u"sea-launched shahed iskander kalibr kh-101 kinzhal storm shadow"},
    {AttackVerb,
     u"hit hits struck slammed pounded targeted killed kill kills destroyed destroy destroys damaged wounded injured "
     u"rained smashed hammered battered blasted ripped tore landed exploded"},
};

quint32 wordHash(QStringView word)
{
    quint32 h = kWordHashSeed;
    for (QChar c : word)
        h = wordHashStep(h, c.unicode());
    return h;
}

struct Tables
{
    std::deque<Country> countries; // a deque, so that lexemes may point into it as it grows
    std::deque<KnownOrganisation> organisations;
    std::vector<Lexeme> lexemes; // single words first, then phrases
    QList<QString> spellings; // what the keys of words view
    QHash<QStringView, int> words;
    QHash<quint64, int> phrases; // (phrase, next word) to the longer phrase

    // words again, as an open-addressed table that is quicker to probe than QHash's. A slot holds the
    // word's hash and id (eight bytes, so that the table stays in cache beside the other engines');
    // the word itself is read only when the whole hash matches, from one string that holds every
    // word, rather than from a string of its own somewhere on the heap.
    struct Slot
    {
        quint32 hash = 0;
        int id = -1;
    };
    std::vector<Slot> slots;
    std::u16string spelled; // every word, one after another
    std::vector<QStringView> spellingOf; // by id, views of spelled
    quint32 mask = 0;
    qsizetype longestWord = 0;

    void indexWords()
    {
        quint32 size = 64;
        while (size < 4 * quint32(words.size()))
            size *= 2;
        slots.assign(size, Slot());
        mask = size - 1;
        std::size_t length = 0;
        for (auto it = words.constBegin(); it != words.constEnd(); ++it)
            length += std::size_t(it.key().size());
        spelled.reserve(length); // views into it are taken below, so it must not move
        spellingOf.assign(lexemes.size(), QStringView());
        for (auto it = words.constBegin(); it != words.constEnd(); ++it) {
            const std::size_t at = spelled.size();
            spelled.append(it.key().utf16(), std::size_t(it.key().size()));
            spellingOf[std::size_t(it.value())] = QStringView(spelled.data() + at, it.key().size());
            const quint32 hash = wordHash(it.key());
            quint32 h = hash & mask;
            while (slots[h].id >= 0)
                h = (h + 1) & mask;
            slots[h] = {hash, it.value()};
            longestWord = std::max(longestWord, it.key().size());
        }
    }

    int find(QStringView word, quint32 hash) const
    {
        if (word.size() > longestWord)
            return -1;
        for (quint32 h = hash & mask;; h = (h + 1) & mask) {
            const Slot slot = slots[h];
            if (slot.id < 0 || (slot.hash == hash && sameText(spellingOf[std::size_t(slot.id)], word)))
                return slot.id;
        }
    }

    int word(QStringView lower)
    {
        if (const auto it = words.constFind(lower); it != words.constEnd())
            return *it;
        spellings.append(lower.toString());
        return words.insert(QStringView(spellings.last()), add()).value();
    }

    int add()
    {
        const int id = int(lexemes.size());
        lexemes.emplace_back().id = id;
        return id;
    }

    Lexeme &phrase(QStringView lower)
    {
        int id = -1;
        for (QStringView w : lower.split(u' ', Qt::SkipEmptyParts)) {
            if (id < 0) {
                id = word(w);
                continue;
            }
            const quint64 key = (quint64(id) << 32) | quint64(word(w));
            lexemes[id].continues = true;
            const auto it = phrases.constFind(key);
            id = it != phrases.constEnd() ? *it : phrases.insert(key, add()).value();
        }
        return lexemes[id];
    }

    Tables()
    {
        for (const WordList &list : kWordLists) {
            for (QStringView w : QStringView(list.words).split(u' ', Qt::SkipEmptyParts))
                lexemes[word(w)].flags |= list.flags;
        }
        // Later rows and aliases override earlier ones, as the lists were written to be read.
        for (const CountryRow &row : kCountries) {
            const QString name = QString::fromUtf16(row.name);
            const QStringList demonyms = QString::fromUtf16(row.demonyms).split(u'|', Qt::SkipEmptyParts);
            const Country *country =
                &countries.emplace_back(Country {QString::fromUtf16(row.iso), name, demonyms.value(0)});
            phrase(name.toLower()).countryName = country;
            phrase(QString(QStringLiteral("the ") + name.toLower())).countryName = country;
            for (const QString &alias : QString::fromUtf16(row.aliases).split(u'|', Qt::SkipEmptyParts))
                phrase(alias.toLower()).countryName = country;
            for (const QString &demonym : demonyms)
                phrase(demonym.toLower()).demonym = country;
            // A capital is looked up by one token only, so "New Delhi" is never matched.
            for (const QString &capital : QString::fromUtf16(row.capitals).split(u'|', Qt::SkipEmptyParts))
                phrase(capital.toLower()).capital = country;
        }
        for (const OrganisationRow &row : kOrganisations) {
            const QStringList surfaces = QString::fromUtf16(row.surfaces).split(u'|');
            for (const QString &surface : surfaces) {
                const bool acronym = surface.size() <= 6 && surface == surface.toUpper();
                phrase(surface.toLower()).organisation = &organisations.emplace_back(
                    KnownOrganisation {surfaces.first(), row.kind, QString::fromUtf16(row.iso), acronym});
            }
        }
        indexWords();
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

} // namespace

const Lexeme *lexeme(QStringView lower, quint32 hash)
{
    const Tables &t = tables();
    const int id = t.find(lower, hash);
    return id < 0 ? nullptr : &t.lexemes[id];
}

const Lexeme *lexeme(QStringView lower)
{
    return lexeme(lower, wordHash(lower));
}

const Lexeme *extend(const Lexeme *phrase, const Lexeme *word)
{
    if (!phrase || !phrase->continues || !word)
        return nullptr;
    const Tables &t = tables();
    const auto it = t.phrases.constFind((quint64(phrase->id) << 32) | quint64(word->id));
    return it == t.phrases.constEnd() ? nullptr : &t.lexemes[*it];
}

bool isNonActorAcronym(QStringView text)
{
    // Views of the literal itself, which lives as long as the program.
    static const QSet<QStringView> words = [] {
        const QStringView list =
            u"GMT UTC AM PM TV GDP ATACMS HIMARS UAV UAVS UAVs COVID CEO MP OK PDF AI ID DNA USD EUR GPS SUV VIP NGO "
            u"KM HQ AFP AP BBC CNN CBS NBC ABC NPR PBS RT TASS DPA ANSA RIA NYT WSJ EST CET MSK BST AK RPG IED IEDs "
            u"ICBM SAM HIV AIDS FAQ PS PPS NB II III IV VI VII VIII IX XI XII";
        QSet<QStringView> set;
        for (QStringView w : list.split(u' ', Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return words.contains(text);
}

} // namespace Sitrep::Actors
