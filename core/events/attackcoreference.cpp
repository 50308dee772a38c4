// SPDX-License-Identifier: GPL-3.0-or-later
#include "attackcoreference.h"

#include "events/eventtyping.h"
#include "events/literals.h"
#include "places/greatcircle.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <optional>

namespace Sitrep::Events {
namespace {

// Nouns that name an attack, which later sentences take up as "the bombings", "the blast".
bool isAttackNoun(QStringView word)
{
    // Most words are ruled out by their length and first letter, with no copy made.
    if (word.size() < 5 || word.size() > 10)
        return false;
    const char16_t front = word.front().unicode();
    const char16_t first = front >= 0x80 ? char16_t(QChar::toLower(char32_t(front)))
        : front >= u'A' && front <= u'Z' ? char16_t(front + (u'a' - u'A'))
                                         : front;
    if (first != u'b' && first != u'e' && first != u'a')
        return false;
    static const QStringList nouns {
        QStringLiteral("bombing"),   QStringLiteral("bombings"),   QStringLiteral("blast"),  QStringLiteral("blasts"),
        QStringLiteral("explosion"), QStringLiteral("explosions"), QStringLiteral("attack"), QStringLiteral("attacks")};
    // An ASCII word is compared letter by letter in lower case; any other as QStringList does.
    const bool ascii = std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        return nouns.contains(word, Qt::CaseInsensitive);
    return std::any_of(nouns.cbegin(), nouns.cend(), [word](const QString &noun) {
        if (noun.size() != word.size())
            return false;
        for (qsizetype k = 0; k < word.size(); ++k) {
            char16_t c = word[k].unicode();
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
            if (c != noun[k].unicode())
                return false;
        }
        return true;
    });
}

bool isLetter(char16_t c)
{
    return c < 0x80 ? (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') : QChar::isLetter(char32_t(c));
}

AttackMention findAttackNoun(QStringView text)
{
    AttackMention result;
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    // Only words that start as an attack noun does are read whole.
    static constexpr char16_t firsts[] = {u'a', u'A', u'b', u'B', u'e', u'E'};
    Literals::Detail::anyAt(
        text, firsts, int(std::size(firsts)),
        [&](qsizetype i) {
            if (i > 0 && isLetter(chars[i - 1]))
                return false; // inside a word
            // Each noun's first two letters: "at", "bo", "bl", "ex".
            const char16_t second = i + 1 < size ? chars[i + 1] : u' ';
            if (second < 0x80) {
                const auto lower = [](char16_t c) {
                    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
                };
                const char16_t first = lower(chars[i]);
                const char16_t next = lower(second);
                if (!(first == u'a' && next == u't') && !(first == u'b' && (next == u'o' || next == u'l'))
                    && !(first == u'e' && next == u'x'))
                    return false;
            }
            qsizetype end = i + 1;
            while (end < size && isLetter(chars[end]))
                ++end;
            if (isAttackNoun(text.mid(i, end - i))) {
                if (!result.found)
                    result.end = end;
                result.found = true;
                static const QRegularExpression determiner(QStringLiteral(
                    "(?:\\b(?:the|these|those|this|that|The|These|Those|This|That)\\b|'s)[^.;:]{0,24}$"));
                // "a second bombing", "new attacks": another attack than the one told.
                static const QRegularExpression another(QStringLiteral(
                    "(?:\\b(?:[Aa]n?|[Aa]nother)\\s+(?:[\\w-]+\\s+){0,2}|\\b(?:new|fresh|second|third|further)\\s+)$"));
                const qsizetype from = qMax<qsizetype>(0, i - 30);
                const QStringView before = text.mid(from, i - from);
                std::optional<bool> afterAnother; // asked at most once
                const auto followsAnother = [&] {
                    if (!afterAnother)
                        afterAnother = another.match(before).hasMatch();
                    return *afterAnother;
                };
                if (!result.definite && result.end == end)
                    result.indefinite = followsAnother();
                // The determiner pattern needs one of these words.
                static const Literals::AnyOf determiners {u"the",  u"The",  u"those", u"Those", u"this",
                                                          u"This", u"that", u"That",  u"'s"};
                const bool determined = determiners.in(before);
                if (determined && determiner.match(before).hasMatch() && !followsAnother()) {
                    result.definite = true;
                    return true;
                }
            }
            return false;
        },
        true);
    return result;
}

double kmBetween(const EventPlace &a, const EventPlace &b)
{
    return kilometresBetween(a.latitude.value_or(0), a.longitude.value_or(0), b.latitude.value_or(0),
                             b.longitude.value_or(0));
}

} // namespace

AttackCoreference::AttackCoreference(const Article &article, const ArticleAnnotations &annotations)
    : m_article(article)
    , m_annotations(annotations)
{ }

std::optional<qsizetype> AttackCoreference::attackNamedBy(const Timex &timex, QStringView text)
{
    static const QRegularExpression attackAfter(QStringLiteral(
        "^(?:'s|\u2019s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:bombings?|blasts?|explosions?|attacks?|raids?|shelling)\\b"));
    const QStringView after = text.mid(timex.end, 48);
    // Most dates name no attack: the pattern runs only where one of its nouns is written.
    static const Literals::AnyOf nouns {u"bombing", u"blast", u"explosion", u"attack", u"raid", u"shelling"};
    const bool namesANoun = nouns.in(after);
    if (!namesANoun)
        return std::nullopt;
    const QRegularExpressionMatch match = attackAfter.match(after);
    if (!match.hasMatch())
        return std::nullopt;
    return timex.end + match.capturedEnd();
}

QList<EventPlace> AttackCoreference::placesOfAttack(qsizetype nounEnd, qsizetype limit) const
{
    // Only places that say where the attack was: "bombings at U.S. embassies in Kenya and Tanzania",
    // "the blasts killed 257 people in Nairobi".
    QList<EventPlace> own;
    static const QRegularExpression locative(
        QStringLiteral("^\\s+(?:(?:killed|wounded|injured|hit|struck|destroyed|damaged)\\s+(?:[\\w,]+\\s+){0,4}?)?"
                       "(?:at|in|near|outside|on)\\s"));
    for (const LocatedPlace *located : inside(m_annotations.places, Span {nounEnd, qMin(limit, nounEnd + 60)})) {
        const QString between = m_article.text.mid(nounEnd, located->start - nounEnd);
        if (!located->onlyIfNoOther && locative.match(between).hasMatch())
            own.append(located->place);
    }
    return own;
}

void AttackCoreference::collect(const QList<Span> &sentences)
{
    for (const Span &sentence : sentences) {
        const QStringView text = QStringView(m_article.text).mid(sentence.start, sentence.end - sentence.start);
        const AttackMention mention = findAttackNoun(text);
        if (!mention.found)
            continue;
        m_nouns.insert(sentence.start, mention);
        const QList<EventPlace> own = placesOfAttack(sentence.start + mention.end, sentence.end);
        if (!own.isEmpty())
            m_mentions.append(AttackPlaces {sentence.start, own, mention.definite});
    }
}

int AttackCoreference::extentOf(const EventPlace &place) const
{
    for (const LocatedPlace &located : m_annotations.places) {
        if (located.place.canonicalName == place.canonicalName && located.place.kind == place.kind)
            return located.extentKm;
    }
    return 0;
}

// "the bombings in Kenya" after "the bombing at the embassy in Nairobi": the places the article
// gives the attack elsewhere that lie inside the ones named here, or nothing when a place named
// here is no wider than a town or holds none of them.
QList<EventPlace> AttackCoreference::finerAttackPlaces(const QList<EventPlace> &places) const
{
    QList<EventPlace> finer;
    for (const EventPlace &wide : places) {
        if (wide.kind == u"city")
            return {};
        const int extent = extentOf(wide);
        bool holdsOne = false;
        for (const AttackPlaces &mention : m_mentions) {
            for (const EventPlace &place : mention.places) {
                if (place.kind != u"city")
                    continue;
                const bool within = wide.kind == u"country" ? place.countryCode == wide.countryCode
                    : wide.kind == u"admin1" ? place.countryCode == wide.countryCode && place.admin1 == wide.admin1
                                             : extent > 0 && kmBetween(place, wide) <= extent;
                if (!within)
                    continue;
                holdsOne = true;
                if (!finer.contains(place))
                    finer.append(place);
            }
        }
        if (!holdsOne)
            return {};
    }
    return finer;
}

void AttackCoreference::placeEvents(const Span &sentence, QList<Event> &events, qsizetype firstNew) const
{
    const AttackMention mention = m_nouns.value(sentence.start);
    if (!mention.found)
        return;
    // "the bombings" takes up the attack last placed before it, or, in a lead that names it
    // first, the one the article places next.
    const AttackPlaces *told = nullptr;
    for (const AttackPlaces &other : m_mentions) {
        if (other.at < sentence.start)
            told = &other;
        else if (other.at >= sentence.end && !told) {
            // Only a later mention that itself takes the attack up: "an RSF attack near El Fasher"
            // is another attack.
            if (other.definite)
                told = &other;
            break;
        }
    }
    for (qsizetype i = firstNew; i < events.size(); ++i) {
        Event &event = events[i];
        if (event.places.isEmpty()) {
            if (told && mention.definite && isViolent(event.type))
                event.places = told->places;
        } else if (event.type != EventType::Statement && !mention.indefinite) {
            // "a visit to East Africa" to honour the victims of bombings in Nairobi and Dar es Salaam.
            if (const QList<EventPlace> finer = finerAttackPlaces(event.places); !finer.isEmpty())
                event.places = finer;
        }
    }
}

} // namespace Sitrep::Events
