// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/datelexicon.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace Sitrep::Dates {

namespace {

std::uint32_t hashWord(std::u16string_view word)
{
    std::uint32_t hash = wordHashSeed;
    for (const char16_t c : word)
        hash = wordHashStep(hash, c);
    return hash;
}

using Table = std::unordered_map<std::u16string_view, LexEntry>;

// The table's words in an open-addressed array a quarter full: the tokenizer asks about every word
// of every text, and most lookups end at an empty slot without touching a string. A slot holds only
// the hash and the word's place in a separate list (eight bytes), so that the array stays in cache
// beside the other engines' tables; a word is compared only when its whole hash matches. The
// entries are copied side by side, out of the table's scattered nodes: the recognizer reads the
// entry of nearly every word it looks at.
class WordIndex
{
public:
    explicit WordIndex(const Table &table)
    {
        std::size_t size = 1;
        while (size < table.size() * 4)
            size *= 2;
        m_slots.resize(size);
        m_mask = size - 1;
        m_words.reserve(table.size());
        m_entries.reserve(table.size()); // pointers into it are taken below, so it must not move
        for (const auto &[word, entry] : table) {
            const std::uint32_t hash = hashWord(word);
            std::size_t slot = hash & m_mask;
            while (m_slots[slot].word)
                slot = (slot + 1) & m_mask;
            m_entries.push_back(entry);
            m_words.push_back({word, &m_entries.back()});
            m_slots[slot] = {hash, std::uint32_t(m_words.size())};
        }
    }

    const LexEntry *find(std::u16string_view word, std::uint32_t hash) const
    {
        for (std::size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot s = m_slots[slot];
            if (!s.word)
                return nullptr;
            if (s.hash == hash && m_words[s.word - 1].word == word)
                return m_words[s.word - 1].entry;
        }
    }

private:
    struct Slot
    {
        std::uint32_t hash = 0;
        std::uint32_t word = 0; // 1 + the index in m_words; 0 for an empty slot
    };
    struct Known
    {
        std::u16string_view word;
        const LexEntry *entry = nullptr;
    };
    std::vector<Slot> m_slots;
    std::vector<Known> m_words;
    std::vector<LexEntry> m_entries;
    std::size_t m_mask = 0;
};

// Words the recognizer reads only inside or beside an expression: prepositions, conjunctions and
// the tense cues. Most words of a text that the lexicon knows are these, and no match is tried at them.
bool startsNothing(Word w)
{
    switch (w) {
    case Word::Of:
    case Word::Turn:
    case Word::Eastern:
    case Word::Particle:
    case Word::Conjunction:
    case Word::Distance:
    case Word::And:
    case Word::To:
    case Word::Through:
    case Word::Until:
    case Word::Or:
    case Word::So:
    case Word::Than:
    case Word::In:
    case Word::On:
    case Word::For:
    case Word::During:
    case Word::Since:
    case Word::By:
    case Word::Will:
    case Word::Would:
    case Word::Shall:
    case Word::Modal:
    case Word::Going:
    case Word::Expected:
    case Word::Scheduled:
    case Word::Planned:
    case Word::Plans:
    case Word::Due:
    case Word::Intends:
    case Word::Set:
    case Word::PastAux:
    case Word::Had:
    case Word::Be:
    case Word::Payable:
    case Word::Effective:
    case Word::PastVerb:
    case Word::PresentAux:
    case Word::Abbreviation:
    case Word::LetterS:
    case Word::OrdinalSuffix:
    case Word::Local:
    case Word::TimeZone:
    case Word::Ended:
    case Word::Long:
    case Word::Beyond:
    case Word::Ago:
    case Word::Times:
    case Word::Least:
    case Word::Ahead:
    case Word::Clock:
    case Word::Rest:
    case Word::Am:
    case Word::Pm:
        return true;
    default:
        return false;
    }
}

LexEntry word(Word w)
{
    LexEntry e;
    e.word = w;
    e.startsNothing = startsNothing(w);
    return e;
}

LexEntry month(int m, bool abbreviated = false)
{
    LexEntry e;
    e.month = std::uint8_t(m);
    e.abbreviated = abbreviated;
    return e;
}

LexEntry weekday(int d)
{
    LexEntry e;
    e.weekday = std::uint8_t(d);
    return e;
}

LexEntry number(int n)
{
    LexEntry e;
    e.number = std::int16_t(n);
    return e;
}

LexEntry ordinal(int n, Unit unit = Unit::None)
{
    LexEntry e;
    e.ordinal = std::uint8_t(n);
    e.unit = unit;
    return e;
}

LexEntry unit(Unit u, bool plural, Word w = Word::None)
{
    LexEntry e;
    e.unit = u;
    e.plural = plural;
    e.word = w;
    return e;
}

LexEntry season(int s)
{
    LexEntry e;
    e.season = std::uint8_t(s);
    e.unit = Unit::Season;
    return e;
}

LexEntry partOfDay(PartOfDay p, bool plural = false)
{
    LexEntry e;
    e.partOfDay = p;
    e.plural = plural;
    return e;
}

Table buildTable()
{
    Table t;
    const char16_t *months[] = {u"january", u"february", u"march",     u"april",   u"may",      u"june",
                                u"july",    u"august",   u"september", u"october", u"november", u"december"};
    for (int i = 0; i < 12; ++i)
        t[months[i]] = month(i + 1);
    const std::pair<const char16_t *, int> abbreviations[] = {{u"jan", 1},  {u"feb", 2},  {u"mar", 3},  {u"apr", 4},
                                                              {u"jun", 6},  {u"jul", 7},  {u"aug", 8},  {u"sep", 9},
                                                              {u"sept", 9}, {u"oct", 10}, {u"nov", 11}, {u"dec", 12}};
    for (const auto &[text, m] : abbreviations)
        t[text] = month(m, true);

    const char16_t *weekdays[] = {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};
    const char16_t *weekdaysPlural[] = {u"mondays", u"tuesdays",  u"wednesdays", u"thursdays",
                                        u"fridays", u"saturdays", u"sundays"};
    for (int i = 0; i < 7; ++i) {
        t[weekdays[i]] = weekday(i + 1);
        t[weekdaysPlural[i]] = weekday(i + 1); // "on Mondays": a set
        t[weekdaysPlural[i]].plural = true;
    }
    // short forms that are no other word ("Sun", "Sat", "Wed" and "Mon" are)
    for (const auto &[text, day] : {std::pair {u"tue", 2}, {u"tues", 2}, {u"thu", 4}, {u"thurs", 4}, {u"fri", 5}})
        t[text] = weekday(day);

    const char16_t *small[] = {u"zero",     u"one",     u"two",     u"three",     u"four",     u"five",    u"six",
                               u"seven",    u"eight",   u"nine",    u"ten",       u"eleven",   u"twelve",  u"thirteen",
                               u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen"};
    for (int i = 0; i < 20; ++i)
        t[small[i]] = number(i);
    const char16_t *tens[] = {u"twenty", u"thirty", u"forty", u"fifty", u"sixty", u"seventy", u"eighty", u"ninety"};
    for (int i = 0; i < 8; ++i)
        t[tens[i]] = number((i + 2) * 10);
    t[u"dozen"] = number(12);
    t[u"hundred"] = word(Word::Hundred);
    t[u"thousand"] = word(Word::Thousand);

    const char16_t *ordinals[] = {u"first",     u"second",      u"third",      u"fourth",     u"fifth",
                                  u"sixth",     u"seventh",     u"eighth",     u"ninth",      u"tenth",
                                  u"eleventh",  u"twelfth",     u"thirteenth", u"fourteenth", u"fifteenth",
                                  u"sixteenth", u"seventeenth", u"eighteenth", u"nineteenth", u"twentieth"};
    for (int i = 0; i < 20; ++i)
        t[ordinals[i]] = ordinal(i + 1);
    t[u"second"] = ordinal(2, Unit::Second);
    t[u"thirtieth"] = ordinal(30);

    t[u"second"].plural = false;
    t[u"seconds"] = unit(Unit::Second, true);
    t[u"minute"] = unit(Unit::Minute, false);
    t[u"minutes"] = unit(Unit::Minute, true);
    t[u"hour"] = unit(Unit::Hour, false);
    t[u"hours"] = unit(Unit::Hour, true, Word::Hours);
    t[u"hrs"] = unit(Unit::Hour, true, Word::Hours);
    t[u"day"] = unit(Unit::Day, false);
    t[u"days"] = unit(Unit::Day, true);
    t[u"week"] = unit(Unit::Week, false, Word::Week);
    t[u"weeks"] = unit(Unit::Week, true);
    t[u"weekend"] = unit(Unit::Weekend, false);
    t[u"weekends"] = unit(Unit::Weekend, true);
    t[u"fortnight"] = unit(Unit::Week, false, Word::Fortnight); // counted as two weeks by the recognizer
    t[u"fortnights"] = unit(Unit::Week, true, Word::Fortnight);
    t[u"month"] = unit(Unit::Month, false);
    t[u"months"] = unit(Unit::Month, true);
    t[u"quarter"] = unit(Unit::Quarter, false);
    t[u"quarters"] = unit(Unit::Quarter, true);
    t[u"year"] = unit(Unit::Year, false, Word::Year);
    t[u"years"] = unit(Unit::Year, true);
    t[u"decade"] = unit(Unit::Decade, false);
    t[u"decades"] = unit(Unit::Decade, true);
    t[u"century"] = unit(Unit::Century, false);
    t[u"centuries"] = unit(Unit::Century, true);
    t[u"millennium"] = unit(Unit::Millennium, false);
    t[u"half"] = unit(Unit::Half, false, Word::Half);

    t[u"spring"] = season(1);
    t[u"summer"] = season(2);
    t[u"fall"] = season(3);
    t[u"autumn"] = season(3);
    t[u"winter"] = season(4);
    t[u"springs"] = season(1);
    t[u"summers"] = season(2);
    t[u"winters"] = season(4);
    t[u"summers"].plural = t[u"springs"].plural = t[u"winters"].plural = true;

    t[u"morning"] = partOfDay(PartOfDay::Morning);
    t[u"mornings"] = partOfDay(PartOfDay::Morning, true);
    t[u"afternoon"] = partOfDay(PartOfDay::Afternoon);
    t[u"afternoons"] = partOfDay(PartOfDay::Afternoon, true);
    t[u"evening"] = partOfDay(PartOfDay::Evening);
    t[u"evenings"] = partOfDay(PartOfDay::Evening, true);
    t[u"night"] = partOfDay(PartOfDay::Night);
    t[u"nights"] = partOfDay(PartOfDay::Night, true);

    const std::pair<const char16_t *, Word> words[] = {
        {u"today", Word::Today},
        {u"yesterday", Word::Yesterday},
        {u"tomorrow", Word::Tomorrow},
        {u"tonight", Word::Tonight},
        {u"now", Word::Now},
        {u"currently", Word::Currently},
        {u"current", Word::Current},
        {u"recently", Word::Recently},
        {u"recent", Word::Recent},
        {u"nowadays", Word::Nowadays},
        {u"overnight", Word::Overnight},
        {u"previously", Word::Previously},
        {u"formerly", Word::Formerly},
        {u"soon", Word::Soon},
        {u"past", Word::Past},
        {u"future", Word::Future},
        {u"present", Word::Present},
        {u"moment", Word::Moment},
        {u"last", Word::Last},
        {u"this", Word::This},
        {u"next", Word::Next},
        {u"previous", Word::Previous},
        {u"following", Word::Following},
        {u"coming", Word::Coming},
        {u"same", Word::Same},
        {u"that", Word::That},
        {u"these", Word::These},
        {u"the", Word::The},
        {u"a", Word::A},
        {u"an", Word::An},
        {u"ago", Word::Ago},
        {u"earlier", Word::Earlier},
        {u"later", Word::Later},
        {u"before", Word::Before},
        {u"after", Word::After},
        {u"early", Word::Early},
        {u"mid", Word::Mid},
        {u"late", Word::Late},
        {u"middle", Word::Middle},
        {u"beginning", Word::Beginning},
        {u"start", Word::Start},
        {u"starting", Word::Starting},
        {u"commencing", Word::Starting},
        {u"end", Word::End},
        {u"of", Word::Of},
        {u"and", Word::And},
        {u"to", Word::To},
        {u"through", Word::Through},
        {u"until", Word::Until},
        {u"till", Word::Until},
        {u"between", Word::Between},
        {u"from", Word::From},
        {u"every", Word::Every},
        {u"each", Word::Each},
        {u"per", Word::Per},
        {u"daily", Word::Daily},
        {u"weekly", Word::Weekly},
        {u"fortnightly", Word::Fortnightly},
        {u"turn", Word::Turn},
        {u"biweekly", Word::Fortnightly},
        {u"monthly", Word::Monthly},
        {u"annually", Word::Annually},
        {u"yearly", Word::Annually},
        {u"hourly", Word::Hourly},
        {u"nightly", Word::Nightly},
        {u"quarterly", Word::Quarterly},
        {u"fiscal", Word::Fiscal},
        {u"few", Word::Few},
        {u"several", Word::Several},
        {u"couple", Word::Couple},
        {u"some", Word::Some},
        {u"many", Word::Many},
        {u"more", Word::More},
        {u"less", Word::Less},
        {u"fewer", Word::Less},
        {u"than", Word::Than},
        {u"nearly", Word::Nearly},
        {u"almost", Word::Almost},
        {u"about", Word::About},
        {u"around", Word::Around},
        {u"approximately", Word::Approximately},
        {u"roughly", Word::Roughly},
        {u"some", Word::Some},
        {u"over", Word::Over},
        {u"least", Word::Least},
        {u"at", Word::At},
        {u"in", Word::In},
        {u"on", Word::On},
        {u"up", Word::Up},
        {u"within", Word::Within},
        {u"no", Word::No},
        {u"or", Word::Or},
        {u"so", Word::So},
        {u"noon", Word::Noon},
        {u"midday", Word::Midday},
        {u"midnight", Word::Midnight},
        {u"dawn", Word::Dawn},
        {u"daybreak", Word::Dawn},
        {u"am", Word::Am},
        {u"pm", Word::Pm},
        {u"local", Word::Local},
        {u"eastern", Word::Eastern},
        {u"pacific", Word::Eastern},
        {u"here", Word::Particle},
        {u"there", Word::Particle},
        {u"off", Word::Particle},
        {u"outside", Word::Particle},
        {u"inside", Word::Particle},
        {u"across", Word::Particle},
        {u"aboard", Word::Particle},
        {u"again", Word::Particle},
        {u"alone", Word::Particle},
        {u"time", Word::Time},
        {u"latest", Word::Latest},
        {u"final", Word::Final},
        {u"full", Word::Full},
        {u"period", Word::Period},
        {u"ahead", Word::Ahead},
        {u"christmas", Word::Christmas},
        {u"thanksgiving", Word::Thanksgiving},
        {u"easter", Word::Easter},
        {u"halloween", Word::Halloween},
        {u"ramadan", Word::Ramadan},
        {u"eid", Word::Eid},
        {u"fitr", Word::Fitr},
        {u"adha", Word::Adha},
        {u"azha", Word::Adha}, // "Eid-ul-Azha", as Pakistani and Bangladeshi papers write it
        {u"idul", Word::Eid}, // "Idul Fitri", "Idul Adha", as Indonesian papers write them
        {u"fitri", Word::Fitr},
        {u"zuha", Word::Adha},
        {u"kabir", Word::Adha}, // "Eid-el-Kabir" in West Africa
        {u"eve", Word::Eve},
        {u"new", Word::New},
        {u"independence", Word::Independence},
        {u"palm", Word::Palm},
        {u"good", Word::Good},
        {u"holy", Word::Holy},
        {u"maundy", Word::Holy},
        {u"orthodox", Word::Orthodox},
        {u"old", Word::Old},
        {u"additional", Word::Additional},
        {u"another", Word::Another},
        {u"other", Word::Other},
        {u"its", Word::Its},
        {u"their", Word::Their},
        {u"his", Word::Their},
        {u"her", Word::Their},
        {u"our", Word::Their},
        {u"whole", Word::Whole},
        {u"entire", Word::Entire},
        {u"since", Word::Since},
        {u"once", Word::Once},
        {u"twice", Word::Twice},
        {u"times", Word::Times},
        {u"for", Word::For},
        {u"during", Word::During},
        {u"will", Word::Will},
        {u"ll", Word::Will},
        {u"would", Word::Would},
        {u"shall", Word::Shall},
        {u"could", Word::Modal},
        {u"should", Word::Modal},
        {u"might", Word::Modal},
        {u"must", Word::Modal},
        {u"going", Word::Going},
        {u"expected", Word::Expected},
        {u"projected", Word::Expected},
        {u"forecast", Word::Expected},
        {u"expects", Word::Expected},
        {u"expect", Word::Expected},
        {u"predict", Word::Expected},
        {u"predicts", Word::Expected},
        {u"scheduled", Word::Scheduled},
        {u"likely", Word::Going},
        {u"plans", Word::Plans},
        {u"plan", Word::Plans},
        {u"planning", Word::Plans},
        {u"planned", Word::Planned},
        {u"due", Word::Due},
        {u"upcoming", Word::Upcoming},
        {u"intends", Word::Intends},
        {u"set", Word::Set},
        {u"was", Word::PastAux},
        {u"were", Word::PastAux},
        {u"had", Word::Had},
        {u"be", Word::Be},
        {u"been", Word::Be},
        {u"being", Word::Be},
        {u"payable", Word::Payable},
        {u"by", Word::By},
        {u"effective", Word::Effective},
        {u"did", Word::PastAux},
        {u"is", Word::PresentAux},
        {u"are", Word::PresentAux},
        {u"says", Word::PresentAux},
        {u"has", Word::PresentAux},
        {u"have", Word::PresentAux},
        {u"if", Word::Conjunction},
        {u"unless", Word::Conjunction},
        {u"when", Word::Conjunction},
        {u"while", Word::Conjunction},
        {u"because", Word::Conjunction},
        {u"although", Word::Conjunction},
        {u"though", Word::Conjunction},
        {u"whether", Word::Conjunction},
        {u"but", Word::Conjunction},
    };
    for (const auto &[text, w] : words)
        t[text] = word(w);
    // (not "WET", "CAT", "EAT" or "SGT", which are words and titles too)
    for (const char16_t *zone :
         {u"gmt",  u"utc",  u"est",  u"edt",  u"cst",  u"cdt", u"mst",  u"mdt",  u"pst",  u"pdt",
          u"cet",  u"cest", u"bst",  u"msk",  u"et",   u"pt",  u"ct",   u"mt",   u"ist",  u"eet",
          u"eest", u"ast",  u"adt",  u"akst", u"akdt", u"hst", u"aest", u"aedt", u"acst", u"acdt",
          u"awst", u"nzst", u"nzdt", u"jst",  u"kst",  u"hkt", u"pkt",  u"sast", u"wib"})
        t[zone] = word(Word::TimeZone);
    for (const char16_t *verb :
         {u"said", u"told", u"met", u"went", u"came", u"took", u"made", u"fell", u"rose", u"saw", u"began", u"held",
          u"left", u"sent", u"gave", u"won", u"lost", u"struck", u"fought", u"shot", u"brought", u"thought", u"found",
          u"became", u"kept", u"paid", u"led", u"spoke", u"wrote", u"broke", u"flew", u"drove", u"ran", u"sold",
          u"bought", u"stood", u"spent", u"knew", u"grew", u"got", u"sank", u"hit", u"slid", u"bid", u"quit", u"fled",
          u"swore", u"overtook", u"withdrew", u"undertook", u"chose", u"forgot", u"heard", u"tore", u"blew", u"threw",
          u"drew", u"dealt", u"caught", u"dug", u"fed", u"felt", u"froze", u"hung", u"laid", u"meant", u"overran",
          u"rang", u"rode", u"shook", u"sped", u"stole", u"stuck", u"swept", u"taught", u"understood", u"woke",
          u"overthrew", u"upheld", u"withheld", u"arose", u"built", u"sat", u"slept", u"sang", u"shone", u"sprang",
          u"strode", u"swam", u"wept", u"rebuilt", u"retook", u"oversaw", u"underwent", u"withstood", u"forgave",
          u"forbade", u"lent", u"bore", u"bled", u"repaid", u"overpaid", u"resold", u"outsold", u"outran",
          // the same as the present, and past in news that says when ("the Fed cut rates in January")
          u"cut", u"put", u"shut", u"spread", u"split", u"cost",
          // regular, but too short for the "-ed" rule, which would take "shed" and "feed" too
          u"died", u"tied", u"sued", u"vied",
          // irregular participles ("has gone missing twice before, in February"; not "given" and "known", which
          // mostly introduce: "given the storm", "known as")
          u"gone", u"done", u"seen", u"taken", u"begun", u"written", u"spoken", u"flown", u"fallen", u"risen",
          u"broken", u"chosen", u"stolen", u"frozen", u"beaten", u"ridden", u"withdrawn", u"drawn", u"thrown", u"sworn",
          u"torn", u"woken", u"sunk", u"undertaken", u"overtaken", u"shaken", u"arisen", u"eaten", u"hidden",
          u"forgotten", u"forgiven", u"driven", u"grown", u"blown"})
        t[verb] = word(Word::PastVerb);
    const std::pair<const char16_t *, Word> letters[] = {{u"s", Word::LetterS},
                                                         {u"st", Word::OrdinalSuffix},
                                                         {u"nd", Word::OrdinalSuffix},
                                                         {u"rd", Word::OrdinalSuffix},
                                                         {u"th", Word::OrdinalSuffix},
                                                         {u"q", Word::LetterQ},
                                                         {u"h", Word::LetterH},
                                                         {u"p", Word::LetterP},
                                                         {u"m", Word::LetterM},
                                                         {u"fy", Word::FiscalYear},
                                                         {u"clock", Word::Clock},
                                                         {u"rest", Word::Rest},
                                                         {u"o", Word::LetterO},
                                                         {u"remaining", Word::Remaining},
                                                         {u"straight", Word::Straight},
                                                         {u"consecutive", Word::Straight},
                                                         {u"single", Word::Straight},
                                                         {u"successive", Word::Straight},
                                                         {u"whole", Word::Straight},
                                                         {u"working", Word::Straight},
                                                         {u"right", Word::Right},
                                                         {u"near", Word::Near},
                                                         {u"term", Word::Term},
                                                         {u"ended", Word::Ended},
                                                         {u"long", Word::Long},
                                                         {u"beyond", Word::Beyond},
                                                         {u"bloody", Word::DayEpithet},
                                                         {u"black", Word::DayEpithet},
                                                         {u"super", Word::DayEpithet},
                                                         {u"cyber", Word::DayEpithet},
                                                         {u"ash", Word::DayEpithet},
                                                         {u"maundy", Word::DayEpithet},
                                                         {u"shrove", Word::DayEpithet},
                                                         {u"below", Word::Below},
                                                         {u"above", Word::Above},
                                                         {u"high", Word::High},
                                                         {u"trading", Word::Trading},
                                                         {u"election", Word::Election},
                                                         {u"post", Word::Post},
                                                         {u"comparable", Word::Comparable},
                                                         {u"corresponding", Word::Comparable},
                                                         {u"pre", Word::Pre},
                                                         {u"business", Word::Trading},
                                                         {u"working", Word::Trading},
                                                         {u"ending", Word::Ended},
                                                         {u"miles", Word::Distance},
                                                         {u"kilometres", Word::Distance},
                                                         {u"kilometers", Word::Distance},
                                                         {u"km", Word::Distance},
                                                         {u"metres", Word::Distance},
                                                         {u"meters", Word::Distance},
                                                         {u"feet", Word::Distance},
                                                         {u"knots", Word::Distance}};
    for (const auto &[text, w] : letters)
        t[text] = word(w);
    const char16_t *decades[] = {u"twenties", u"thirties",  u"forties",  u"fifties",
                                 u"sixties",  u"seventies", u"eighties", u"nineties"};
    for (int i = 0; i < 8; ++i) {
        t[decades[i]] = word(Word::DecadeWord);
        t[decades[i]].number = std::int16_t((i + 2) * 10);
    }
    for (const char16_t *abbreviation : {u"mr", u"mrs", u"ms", u"dr", u"gen", u"col", u"lt", u"sen", u"rep", u"gov",
                                         u"co", u"inc", u"corp", u"ltd", u"jr", u"sr", u"vs", u"no"})
        t[abbreviation].word = t[abbreviation].word == Word::None ? Word::Abbreviation : t[abbreviation].word;
    return t;
}

struct Lexicon
{
    Table table = buildTable();
    WordIndex index {table};
};

} // namespace

const LexEntry *lookupWord(QStringView lowercase, std::uint32_t hash)
{
    static const Lexicon lexicon;
    return lexicon.index.find(std::u16string_view(lowercase.utf16(), std::size_t(lowercase.size())), hash);
}

} // namespace Sitrep::Dates
