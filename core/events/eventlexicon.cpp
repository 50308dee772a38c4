// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlexicon.h"

#include "events/literals.h"
#include "events/lowercase.h"
#include "text/asciiletters.h"

#include <QHash>
#include <QVarLengthArray>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Sitrep {
namespace {

struct WordList
{
    EventType type;
    bool speech;
    const char *words; // space-separated forms
};

// Harm words say someone was hurt, not how: the other words of the sentence decide the type.
constexpr const char *harmWords = "killed killing kills wounded wounding injured injuring injuries dead died death "
                                  "deaths casualties fatalities";

// Forms are listed rather than stemmed: news uses a small vocabulary, and a list never
// mistakes "strikers" or "battery" for happenings.
constexpr WordList wordLists[] = {
    {EventType::RemoteViolence, false,
     "strike strikes struck striking airstrike airstrikes shelled shelling shells bombed bombing bombings "
     "bombardment bombardments bombarded bomb bombs fired firing missile missiles rocket rockets drone drones "
     "explosion explosions exploded blast blasts artillery hit hits targeted targeting pounded neutralised "
     "neutralized neutralise neutralize destroyed intercepted downed barrage barrages salvo detonated attack "
     "attacks attacked"},
    {EventType::Battle, false,
     "fighting fought fight fights clash clashes clashed battle battles battled offensive assault assaults "
     "ambush ambushed advanced advance captured capture recaptured recapture repelled repulsed "
     "stormed encircled invasion invaded invade counteroffensive skirmish skirmishes raid raids raided"},
    {EventType::ViolenceAgainstCivilians, false,
     "massacre massacred executed execution executions abducted abduction kidnapped kidnapping raped rape "
     "looted murdered slaughtered"},
    {EventType::Protest, false,
     "protest protests protested protesters protestors demonstration demonstrations demonstrators rally "
     "rallies rallied marched marchers sit-in"},
    {EventType::Riot, false, "riot riots rioted rioters rioting looting mob"},
    {EventType::StrategicDevelopment, false,
     "arrested arrest arrests detained detention expelled expulsion deployed deployment withdrew withdrawal "
     "withdrawn sanctions sanctioned imposed resumed resume suspended suspend evacuated evacuation closed "
     "reopened ordered approved elected resigned indicted charged sentenced extradited extradition "
     "launched inspection inspections inspected blocked moved mobilised mobilized authorized authorised "
     "confiscated impounded defused exchanged exchange swap swapped "
     "banned seized surrendered released freed stopped halted ended began begun started cut refused rejected "
     "dismissed ousted overthrown coup"},
    {EventType::Diplomacy, false,
     "talks met meet meets meeting meetings visit visits visited visiting summit summits negotiate negotiated "
     "negotiating negotiation negotiations agreement agreements agreed accord accords signed deal ceasefire "
     "truce envoy envoys trip travelled traveled travel hosted conference mediation mediated discussed "
     "discuss discussions consultation consultations appointed treaty arrived arrive arrives arrival voted"},
    {EventType::Statement, true,
     "said says say told tells stated claimed claims claim announced announce declared warned warns criticized "
     "criticised criticizes criticises condemned condemns accused accuses denied denies insisted interview "
     "statement reported confirmed admitted urged vowed pledged alleged argued acknowledged"},
};

constexpr WordList phraseLists[] = {
    {EventType::RemoteViolence, false, "shot_down air_strike air_raid air_raids"},
    {EventType::Battle, false, "took_control gained_ground exchanged_fire"},
    {EventType::Diplomacy, false, "peace_plan peace_talks peace_process spent_days"},
    {EventType::Statement, true, "according_to called_for called_on"},
};

// A packed form's hash: its top bits pick the slot where probing starts, its low sixteen are kept
// in the slot to tell most other words apart without reading them.
quint64 packedHashOf(const std::array<quint64, 3> &packed)
{
    return packed[0] * 0x9E3779B97F4A7C15ull ^ packed[1] * 0xC2B2AE3D27D4EB4Full ^ packed[2] * 0x165667B19E3779F9ull;
}

// What a force takes in a battle: "seized the town", "seized control of the airport".
bool isTerritory(QStringView form)
{
    static const QStringList nouns {
        QStringLiteral("town"),      QStringLiteral("city"),         QStringLiteral("village"),
        QStringLiteral("villages"),  QStringLiteral("airport"),      QStringLiteral("base"),
        QStringLiteral("territory"), QStringLiteral("region"),       QStringLiteral("district"),
        QStringLiteral("control"),   QStringLiteral("headquarters"), QStringLiteral("positions"),
        QStringLiteral("hill"),      QStringLiteral("bridge"),       QStringLiteral("capital"),
        QStringLiteral("province")};
    return nouns.contains(form.toString());
}

// For each ASCII character that words are made of (letters, digits, '-' and '\''), its lower case; 0
// for the rest.
constexpr std::array<char16_t, 0x80> asciiWordForms = [] {
    std::array<char16_t, 0x80> forms {};
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        forms[c] = c;
        forms[c - u'a' + u'A'] = c;
    }
    for (char16_t c = u'0'; c <= u'9'; ++c)
        forms[c] = c;
    forms[u'-'] = u'-';
    forms[u'\''] = u'\'';
    return forms;
}();

QString normalized(QStringView word)
{
    QString lower = word.toString().toLower();
    lower.replace(QChar(0x2019), QLatin1Char('\''));
    if (lower.endsWith(QStringLiteral("'s")))
        lower.chop(2);
    return lower;
}

// Most words are ASCII (with perhaps a typographic apostrophe): their form is written straight
// into the caller's buffer of forms. Returns false, writing nothing, for any other word.
bool appendPlainForm(QStringView word, QVarLengthArray<QChar, 256> &forms)
{
    const bool plain =
        std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80 || c.unicode() == 0x2019; });
    if (!plain)
        return false;
    const qsizetype start = forms.size();
    forms.resize(start + word.size());
    QChar *out = forms.data() + start;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word[i].unicode();
        if (c == 0x2019)
            c = u'\'';
        else if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        out[i] = QChar(c);
    }
    if (word.size() >= 2 && out[word.size() - 2] == u'\'' && out[word.size() - 1] == u's')
        forms.resize(forms.size() - 2);
    return true;
}

// Lower-case words and phrases, each starting with an ASCII letter, found as whole words in any
// case; each belongs to a list, numbered by a tag below 32. They are grouped by first letter once,
// so a text is read once and each run of letters is compared only with the needles that start as
// it does.
class WordSet final
{
public:
    struct List
    {
        const char *const *words;
        std::size_t count;
    };

    WordSet(std::initializer_list<List> lists)
    {
        quint8 tag = 0;
        for (const List &list : lists) {
            for (std::size_t w = 0; w < list.count; ++w) {
                const QLatin1StringView needle(list.words[w]);
                m_byFirstLetters[bucketOf(needle.front().toLatin1(), needle.size() > 1 ? needle[1].toLatin1() : 0)]
                    .append(Needle {needle, tag, firstWordLength(needle)});
                m_startsANeedle[std::size_t(needle.front().toLatin1() - 'a')] = true;
            }
            ++tag;
        }
        if (std::count(m_startsANeedle.cbegin(), m_startsANeedle.cend(), true) <= 4) {
            for (char16_t letter = u'a'; letter <= u'z'; ++letter) {
                if (!m_startsANeedle[std::size_t(letter - u'a')])
                    continue;
                m_firstCharacters[std::size_t(m_firstCharacterCount++)] = letter;
                m_firstCharacters[std::size_t(m_firstCharacterCount++)] = char16_t(letter - (u'a' - u'A'));
            }
        }
    }

    // Whether the text holds any of the words.
    bool foundIn(QStringView text) const
    {
        return scan(text, [](quint8) { return true; }) != 0;
    }

    // Which lists the text holds words of, bit by tag.
    quint32 listsIn(QStringView text) const
    {
        quint32 found = 0;
        scan(text, [&found](quint8 tag) {
            found |= quint32(1) << tag;
            return false;
        });
        return found;
    }

private:
    struct Needle
    {
        QLatin1StringView text;
        quint8 tag;
        qsizetype firstWord; // how many letters it starts with: the run of the text it can start
    };

    static qsizetype firstWordLength(QLatin1StringView needle)
    {
        qsizetype length = 0;
        while (length < needle.size() && QChar(needle[length]).isLetter())
            ++length;
        return length;
    }

    // Calls onMatch(tag) for matches until it returns true; returns whether one did.
    template<typename OnMatch> int scan(QStringView text, OnMatch onMatch) const
    {
        // Most spans are ASCII with typographic dashes and quotes (U+2010 to U+201F, which have no
        // case and are no letters): their letters are read through a table, with no lower-cased copy.
        if (Events::Literals::Detail::isPlain(text)) {
            return scan(
                text, [](char16_t c) -> char16_t { return c < 0x80 ? asciiLowerLetters[c] : 0; },
                [](char16_t c) -> char16_t { return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c; },
                onMatch);
        }
        const QString lower = text.toString().toLower();
        return scan(
            QStringView(lower),
            [](char16_t c) -> char16_t { return QChar::isLetter(c) ? (c >= u'a' && c <= u'z' ? c : u'?') : 0; },
            [](char16_t c) { return c; }, onMatch);
    }

    // A match starts where a run of letters starts: the runs are visited once, and each compared
    // with the needles of its first letter. letter() gives a letter's lower-case form ('?' for one
    // outside 'a' to 'z') and 0 for anything else; lower() the lower case of any character. With
    // needles of only a few first letters, the characters of those letters are sought directly.
    template<typename Letter, typename Lower, typename OnMatch>
    int scan(QStringView text, Letter letter, Lower lower, OnMatch onMatch) const
    {
        const qsizetype size = text.size();
        const char16_t *chars = text.utf16();
        // Whether a needle starts at i, the start of a run of letters that ends at runEnd, and
        // onMatch says to stop there.
        const auto stopsAt = [&](qsizetype i, qsizetype runEnd) {
            const char16_t first = letter(chars[i]);
            if (first < u'a' || first > u'z' || !m_startsANeedle[std::size_t(first - u'a')])
                return false;
            // The needles whose second letter the text has, then those with none.
            const char16_t second = i + 1 < size ? lower(chars[i + 1]) : 0;
            for (const std::size_t bucket :
                 {bucketOf(char(first), second < 0x80 ? char(second) : 0), bucketOf(char(first), 0)}) {
                for (const Needle &needle : m_byFirstLetters[bucket]) {
                    const qsizetype after = i + needle.text.size();
                    if (needle.firstWord != runEnd - i || after > size)
                        continue;
                    qsizetype k = 1;
                    while (k < needle.text.size() && lower(chars[i + k]) == char16_t(uchar(needle.text[k].toLatin1())))
                        ++k;
                    if (k == needle.text.size() && (after >= size || !letter(chars[after])) && onMatch(needle.tag))
                        return true;
                }
                if (bucket == bucketOf(char(first), 0))
                    break;
            }
            return false;
        };
        if (m_firstCharacterCount > 0) {
            const bool stopped = Events::Literals::Detail::anyAt(
                text, m_firstCharacters.data(), m_firstCharacterCount,
                [&](qsizetype i) {
                    if (i > 0 && letter(chars[i - 1]))
                        return false;
                    qsizetype end = i + 1;
                    while (end < size && letter(chars[end]))
                        ++end;
                    return stopsAt(i, end);
                },
                true);
            return stopped ? 1 : 0;
        }
        for (qsizetype i = 0; i < size;) {
            if (!letter(chars[i])) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            ++i;
            while (i < size && letter(chars[i]))
                ++i;
            if (stopsAt(start, i))
                return 1;
        }
        return 0;
    }

    // Needles by their first letter and their second: 'a' to 'z', or none (a needle of one letter,
    // or one whose second character is no such letter).
    static constexpr std::size_t bucketOf(char first, char second)
    {
        return std::size_t(first - 'a') * 27 + (second >= 'a' && second <= 'z' ? std::size_t(second - 'a') + 1 : 0);
    }
    std::array<QVarLengthArray<Needle, 2>, 26 * 27> m_byFirstLetters;
    std::array<bool, 26> m_startsANeedle {};
    // Both cases of the first letters, when there are at most four of them.
    std::array<char16_t, 8> m_firstCharacters {};
    int m_firstCharacterCount = 0;
};

template<std::size_t N> WordSet::List listOf(const char *const (&words)[N])
{
    return {words, N};
}

// The words that describe a scene, by what they show.
constexpr const char *civilianWords[] = {"civilian",    "civilians",  "people",    "residents",     "residential",
                                         "children",    "child",      "women",     "homes",         "home",
                                         "hospital",    "hospitals",  "school",    "schools",       "market",
                                         "apartment",   "apartments", "villagers", "refugees",      "passengers",
                                         "worshippers", "family",     "families",  "neighbourhood", "neighborhood"};
constexpr const char *explosionWords[] = {"bombing",   "bombings",   "blast",          "blasts",
                                          "explosion", "explosions", "exploded",       "detonated",
                                          "car bomb",  "truck bomb", "suicide bomber", "suicide bombers"};
constexpr const char *crowdWords[] = {"protesters", "protestors", "demonstrators", "marchers", "rioters",
                                      "mob",        "crowd",      "crowds",        "students"};
constexpr const char *riotingWords[] = {"looted",        "looting",  "torched",      "vandalised",    "vandalized",
                                        "stormed",       "set fire", "threw stones", "hurled stones", "threw rocks",
                                        "petrol bombs",  "molotov",  "burned tyres", "burning tyres", "burned tires",
                                        "burning tires", "ransacked"};
constexpr const char *combatantWords[] = {"forces",     "soldiers",   "soldier",      "troops",   "fighters",
                                          "fighter",    "militants",  "militant",     "rebels",   "rebel",
                                          "guerrillas", "guerrilla",  "insurgents",   "gunmen",   "militiamen",
                                          "militia",    "servicemen", "paratroopers", "commandos"};
constexpr const char *accidentWords[] = {"crashed",    "crash",   "collided", "collision", "accident",
                                         "accidental", "drowned", "derailed", "capsized",  "earthquake",
                                         "flood",      "floods",  "landslide"};
// Every word the typing's test for a natural disaster can match; it reads the exact phrase only
// where one of them is written.
constexpr const char *disasterWords[] = {
    "earthquake", "earthquakes", "quake",      "quakes",   "floods",    "flooding",  "landslide",
    "landslides", "mudslide",    "mudslides",  "storm",    "storms",    "hurricane", "hurricanes",
    "cyclone",    "cyclones",    "typhoon",    "typhoons", "tsunami",   "tsunamis",  "wildfire",
    "wildfires",  "avalanche",   "avalanches", "heatwave", "heatwaves", "eruption",  "eruptions"};
constexpr const char *raidWords[] = {"raid", "raided", "raids"};
// Weapons fired from afar: what they hit, civilians too, is remote violence as ACLED codes it.
constexpr const char *remoteWeaponWords[] = {
    "strike",       "strikes",    "airstrike",  "airstrikes",  "air strike",   "air strikes",    "missile",
    "missiles",     "rocket",     "rockets",    "drone",       "drones",       "shelled",        "shelling",
    "shells",       "artillery",  "bombed",     "bombardment", "bombardments", "barrage",        "barrages",
    "mortar",       "mortars",    "air raid",   "air raids",   "warplanes",    "cruise missile", "guided bomb",
    "guided bombs", "glide bomb", "glide bombs"};

} // namespace

const EventLexicon &EventLexicon::instance()
{
    static const EventLexicon lexicon;
    return lexicon;
}

EventLexicon::EventLexicon()
{
    for (const WordList &list : wordLists) {
        const auto words = QString::fromLatin1(list.words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            Entry &entry = m_words[word];
            entry.type = list.type;
            entry.speech = list.speech;
            entry.trigger = true;
        }
    }
    for (const QString &word : QString::fromLatin1(harmWords).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        m_words[word].harm = true;
    for (const WordList &list : phraseLists) {
        const auto phrases = QString::fromLatin1(list.words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString phrase : phrases) {
            m_words[phrase.left(phrase.indexOf(QLatin1Char('_')))].phraseHead = true;
            Entry whole {list.type, list.speech, true};
            m_phrases.insert(phrase.replace(QLatin1Char('_'), QLatin1Char(' ')), whole);
        }
    }
    m_allPacked = true;
    int bits = 4;
    while ((qsizetype(1) << bits) < 4 * m_words.size())
        ++bits;
    m_packedShift = 64 - bits;
    m_packedSlots.assign(std::size_t(1) << bits, 0);
    for (auto word = m_words.cbegin(); word != m_words.cend(); ++word) {
        PackedForm packed;
        if (!pack(word.key(), packed) || m_packed.size() + 1 >= 0xFFFF) {
            m_allPacked = false; // every word is then looked up in m_words
            break;
        }
        m_packed.push_back(PackedWord {packed, word.value()});
        const quint64 hash = packedHashOf(packed);
        std::size_t slot = std::size_t(hash >> m_packedShift);
        while (m_packedSlots[slot] != 0)
            slot = (slot + 1) & (m_packedSlots.size() - 1);
        m_packedSlots[slot] = quint32(hash & 0xFFFF) << 16 | quint32(m_packed.size());
    }
}

bool EventLexicon::pack(QStringView form, PackedForm &packed)
{
    const std::size_t size = std::size_t(form.size());
    if (size == 0 || size > sizeof(PackedForm))
        return false;
    packed = {};
    const char16_t *chars = form.utf16();
    for (std::size_t i = 0; i < size; ++i) {
        if (chars[i] == 0 || chars[i] >= 0x80)
            return false;
        packed[i >> 3] |= quint64(chars[i]) << ((i & 7) * 8);
    }
    return true;
}

const EventLexicon::Entry *EventLexicon::findPacked(const PackedForm &packed) const
{
    const quint64 hash = packedHashOf(packed);
    const quint32 tag = quint32(hash & 0xFFFF);
    for (std::size_t slot = std::size_t(hash >> m_packedShift);; slot = (slot + 1) & (m_packedSlots.size() - 1)) {
        const quint32 value = m_packedSlots[slot];
        if (value == 0)
            return nullptr;
        if ((value >> 16) != tag)
            continue;
        const PackedWord &candidate = m_packed[(value & 0xFFFF) - 1];
        if (candidate.form[0] == packed[0] && candidate.form[1] == packed[1] && candidate.form[2] == packed[2])
            return &candidate.entry;
    }
}

QList<Trigger> EventLexicon::triggers(QStringView text, qsizetype base) const
{
    // Each word's form is looked up once as it is read. The forms of plain ASCII words are packed
    // as the word is read and written out again only for the two-word phrases, which are looked up
    // only after a word that can start one; those of other words stay in one buffer.
    struct Word
    {
        qsizetype start;
        qsizetype end;
        const Entry *known; // what the lexicon knows of it, if anything
        qint32 formStart; // in forms, or -1 for a plain ASCII word
        qint32 formLength;
    };
    QVarLengthArray<Word, 128> words;
    QVarLengthArray<QChar, 256> forms;
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    constexpr qsizetype packedLength = qsizetype(sizeof(PackedForm));
    for (qsizetype i = 0; i < size;) {
        const char16_t first = chars[i];
        if (first < 0x80 ? !asciiWordForms[first] || first == u'-' || first == u'\''
                         : !QChar::isLetterOrNumber(char32_t(first))) {
            ++i;
            continue;
        }
#if defined(__SSE2__)
        // A short ASCII word, the most common, is read eight characters at once (up to fifteen):
        // which are word characters, and their lower case as bytes, packed as they stand. (A longer
        // word, or one that goes on into a letter beyond ASCII, is read character by character below.)
        if (m_allPacked && first < 0x80 && i + 8 <= size) {
            // The ASCII letters of a block, and which of its characters are word characters, a bit each.
            const auto read = [chars](qsizetype at, __m128i &block, __m128i &letters) {
                block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + at));
                const __m128i folded = _mm_or_si128(block, _mm_set1_epi16(0x20));
                letters = _mm_and_si128(_mm_cmpgt_epi16(folded, _mm_set1_epi16(short(u'a' - 1))),
                                        _mm_cmplt_epi16(folded, _mm_set1_epi16(short(u'z' + 1))));
                const __m128i digits = _mm_and_si128(_mm_cmpgt_epi16(block, _mm_set1_epi16(short(u'0' - 1))),
                                                     _mm_cmplt_epi16(block, _mm_set1_epi16(short(u'9' + 1))));
                const __m128i marks = _mm_or_si128(_mm_cmpeq_epi16(block, _mm_set1_epi16(short(u'-'))),
                                                   _mm_cmpeq_epi16(block, _mm_set1_epi16(short(u'\''))));
                const __m128i word = _mm_or_si128(letters, _mm_or_si128(digits, marks));
                return std::countr_one(unsigned(_mm_movemask_epi8(_mm_packs_epi16(word, _mm_setzero_si128()))));
            };
            const auto lowerOf = [](__m128i block, __m128i letters) {
                return _mm_or_si128(block, _mm_and_si128(letters, _mm_set1_epi16(0x20)));
            };
            __m128i block;
            __m128i letters;
            qsizetype run = read(i, block, letters);
            __m128i second = _mm_setzero_si128();
            if (run == 8 && i + 16 <= size) {
                __m128i more;
                __m128i moreLetters;
                run += read(i + 8, more, moreLetters);
                second = lowerOf(more, moreLetters);
            }
            if (run < 16 && i + run < size && chars[i + run] < 0x80 && (run < 8 || i + 16 <= size)) {
                uchar bytes[16];
                _mm_storeu_si128(reinterpret_cast<__m128i *>(bytes), _mm_packus_epi16(lowerOf(block, letters), second));
                qsizetype length = run;
                if (length >= 2 && bytes[length - 2] == '\'' && bytes[length - 1] == 's')
                    length -= 2; // "'s" is no part of the form
                const auto firstBytes = [](qsizetype count) {
                    return count >= 8 ? ~quint64(0) : count <= 0 ? quint64(0) : (quint64(1) << (8 * count)) - 1;
                };
                const PackedForm packed {qFromLittleEndian<quint64>(bytes) & firstBytes(length),
                                         qFromLittleEndian<quint64>(bytes + 8) & firstBytes(length - 8), 0};
                const Entry *known = length > 0 ? findPacked(packed) : nullptr;
                words.append(Word {i, i + run, known, -1, qint32(length)});
                i += run;
                continue;
            }
        }
#endif
        const qsizetype start = i;
        bool ascii = true;
        // The lower-case form of an ASCII word, written as it is read (its first 32 characters, as
        // bytes), to be packed eight characters to a number.
        std::array<uchar, 32> lowered {};
        for (; i < size; ++i) {
            const char16_t c = chars[i];
            if (c < 0x80) {
                const char16_t lower = asciiWordForms[c];
                if (!lower)
                    break;
                if (i - start < qsizetype(lowered.size()))
                    lowered[std::size_t(i - start)] = uchar(lower);
            } else if (QChar::isLetterOrNumber(char32_t(c))) {
                ascii = false;
            } else {
                break;
            }
        }
        const Entry *known = nullptr;
        if (ascii && m_allPacked) {
            // (Every word of the lexicon is packed, so a longer form is not one.)
            qsizetype length = i - start;
            if (length >= 2 && chars[i - 2] == u'\'' && asciiWordForms[chars[i - 1]] == u's') {
                length -= 2; // "'s" is no part of the form
                if (length + 2 <= qsizetype(lowered.size())) {
                    lowered[std::size_t(length)] = 0;
                    lowered[std::size_t(length) + 1] = 0;
                }
            }
            if (length > 0 && length <= packedLength) {
                PackedForm packed;
                for (std::size_t part = 0; part < packed.size(); ++part)
                    packed[part] = qFromLittleEndian<quint64>(lowered.data() + 8 * part);
                known = findPacked(packed);
            }
            words.append(Word {start, i, known, -1, qint32(length)});
            continue;
        }
        const qsizetype formStart = forms.size();
        const QStringView word = text.mid(start, i - start);
        if (!appendPlainForm(word, forms)) {
            const QString other = normalized(word);
            forms.append(other.constData(), other.size());
        }
        const QStringView form(forms.constData() + formStart, forms.size() - formStart);
        PackedForm formPacked;
        if (m_allPacked && pack(form, formPacked)) {
            known = findPacked(formPacked);
        } else if (const auto found = m_words.constFind(form.toString()); found != m_words.cend()) {
            known = &*found;
        }
        words.append(Word {start, i, known, qint32(formStart), qint32(forms.size() - formStart)});
    }

    const auto formOf = [&forms, chars](const Word &word) {
        if (word.formStart >= 0)
            return QString(forms.constData() + word.formStart, word.formLength);
        QString form(word.formLength, Qt::Uninitialized);
        for (qsizetype k = 0; k < word.formLength; ++k)
            form[k] = QChar(asciiWordForms[chars[word.start + k]]);
        return form;
    };
    QList<Trigger> found;
    QString pair;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const Entry *known = words[w].known;
        if (known && known->phraseHead) {
            // "spent three days with" and similar allow one word between the pair.
            for (qsizetype gap = 1; gap <= 2 && w + gap < words.size(); ++gap) {
                pair.clear();
                pair += formOf(words[w]);
                pair += QLatin1Char(' ');
                pair += formOf(words[w + gap]);
                const auto phrase = m_phrases.constFind(pair);
                if (phrase != m_phrases.cend()) {
                    found.append(
                        Trigger {base + words[w].start, base + words[w + gap].end, phrase->type, phrase->speech,
                                 phrase->type == EventType::RemoteViolence || phrase->type == EventType::Battle});
                    break;
                }
            }
        }
        if (known && known->harm) {
            found.append(
                Trigger {base + words[w].start, base + words[w].end, EventType::RemoteViolence, false, true, true});
            continue;
        }
        const Entry *entry = known && known->trigger ? known : nullptr;
        if (!entry)
            continue;
        EventType type = entry->type;
        // "seized the town" is a battle's gain; "seized explosives", "seized his passport" are not.
        if (type == EventType::StrategicDevelopment && words[w].formLength >= 5 && words[w].formLength <= 6
            && (formOf(words[w]) == u"seized" || formOf(words[w]) == u"seize" || formOf(words[w]) == u"seizes")) {
            for (qsizetype next = w + 1; next < words.size() && next <= w + 4; ++next) {
                if (isTerritory(formOf(words[next]))) {
                    type = EventType::Battle;
                    break;
                }
            }
        }
        const bool violent = type == EventType::RemoteViolence || type == EventType::Battle
            || type == EventType::ViolenceAgainstCivilians;
        found.append(Trigger {base + words[w].start, base + words[w].end, type, entry->speech, violent});
    }
    std::sort(found.begin(), found.end(), [](const Trigger &a, const Trigger &b) { return a.start < b.start; });
    return found;
}

EventLexicon::Scene EventLexicon::sceneOf(QStringView text)
{
    static const WordSet words {listOf(crowdWords),    listOf(riotingWords),   listOf(combatantWords),
                                listOf(civilianWords), listOf(explosionWords), listOf(accidentWords),
                                listOf(disasterWords), listOf(raidWords),      listOf(remoteWeaponWords)};
    const quint32 lists = words.listsIn(text);
    const auto holds = [lists](int tag) {
        return (lists & (quint32(1) << tag)) != 0;
    };
    return Scene {holds(0), holds(1), holds(2), holds(3), holds(4), holds(5), holds(6), holds(7), holds(8)};
}

bool EventLexicon::pointsToTheDateline(QStringView text)
{
    static constexpr const char *here[] = {"here"};
    static const WordSet words {listOf(here)};
    return words.foundIn(text);
}

bool EventLexicon::startsWithContinuation(QStringView sentence)
{
    const Events::LowerCase lowerCase(sentence.left(40));
    const QStringView lower = lowerCase.view();
    for (const QStringView opener : std::initializer_list<QStringView> {u"in response",
                                                                        u"in retaliation",
                                                                        u"then ",
                                                                        u"then,",
                                                                        u"later",
                                                                        u"afterwards",
                                                                        u"after that",
                                                                        u"subsequently",
                                                                        u"they also",
                                                                        u"it also",
                                                                        u"he also",
                                                                        u"she also",
                                                                        u"the next day",
                                                                        u"the following day",
                                                                        u"shortly after",
                                                                        u"soon after",
                                                                        u"elsewhere,",
                                                                        u"meanwhile",
                                                                        u"hours later",
                                                                        u"minutes later",
                                                                        u"moments later",
                                                                        u"shortly afterwards",
                                                                        u"soon afterwards",
                                                                        u"at the same time",
                                                                        u"hours before",
                                                                        u"hours earlier",
                                                                        u"earlier in the day",
                                                                        u"earlier that day"}) {
        if (Events::Literals::startsWith(lower, opener))
            return true;
    }
    return false;
}

bool EventLexicon::speaksOfTheWritingTime(QStringView sentence)
{
    static constexpr const char *phrases[] = {"coincides with", "coincided with", "comes as",    "comes amid",
                                              "is under way",   "are under way",  "is underway", "are underway"};
    static const WordSet words {listOf(phrases)};
    return words.foundIn(sentence);
}

} // namespace Sitrep
