// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventassembler.h"

#include "events/clauses.h"
#include "events/eventlexicon.h"
#include "events/eventsummary.h"
#include "text/sentencesplitter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <numbers>

namespace Sitrep {
namespace {

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool contains(qsizetype offset) const { return offset >= start && offset < end; }
    bool overlaps(qsizetype s, qsizetype e) const { return s < end && e > start; }
};

template<typename T> QList<const T *> inside(const QList<T> &items, const Span &span)
{
    QList<const T *> result;
    for (const T &item : items) {
        if (item.start >= span.start && item.end <= span.end)
            result.append(&item);
    }
    return result;
}

// "Escalation of airstrikes": a heading between paragraphs names a topic, not a happening.
bool isCrosshead(QStringView sentence)
{
    const QStringView trimmed = sentence.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80)
        return false;
    return trimmed.back().isLetterOrNumber();
}

// A lead that reports something done ("clashed", "met") rather than a state of affairs ("talks
// are far off") is the day's news.
bool isPastTense(QStringView word)
{
    static const QSet<QString> irregular {
        QStringLiteral("met"),   QStringLiteral("struck"), QStringLiteral("fought"),   QStringLiteral("hit"),
        QStringLiteral("shot"),  QStringLiteral("began"),  QStringLiteral("withdrew"), QStringLiteral("took"),
        QStringLiteral("led"),   QStringLiteral("sent"),   QStringLiteral("fled"),     QStringLiteral("held"),
        QStringLiteral("broke"), QStringLiteral("blew"),   QStringLiteral("overran"),  QStringLiteral("won"),
        QStringLiteral("lost"),  QStringLiteral("left"),   QStringLiteral("came"),     QStringLiteral("spent")};
    const QString lower = word.toString().toLower();
    return lower.endsWith(QStringLiteral("ed")) || irregular.contains(lower);
}

bool isViolent(EventType type)
{
    return type == EventType::RemoteViolence || type == EventType::Battle
        || type == EventType::ViolenceAgainstCivilians;
}

bool isNarrativeDate(const Timex &timex)
{
    return (timex.type == TimexType::Date || timex.type == TimexType::Time) && timex.interval.isValid();
}

// Dates that mark when something began ("since February") or that merely set the scene
// ("currently", "at the moment") do not date a happening of their own.
bool datesAHappening(const Timex &timex, QStringView text)
{
    if (!isNarrativeDate(timex))
        return false;
    if (timex.value == u"PRESENT_REF" || timex.value == u"PAST_REF" || timex.value == u"FUTURE_REF")
        return false;
    const QString before =
        text.mid(qMax<qsizetype>(0, timex.start - 8), timex.start - qMax<qsizetype>(0, timex.start - 8))
            .toString()
            .toLower();
    const QString lowerTimex = timex.text.toLower();
    if (before.endsWith(QStringLiteral("since ")) || lowerTimex.startsWith(QStringLiteral("since ")))
        return false;
    // "the heaviest attack of the autumn", "the deadliest day this year": the date is the frame of a
    // comparison, not when something happened.
    static const QRegularExpression superlative(QStringLiteral(
        "\\b(?:the|its|their)\\s+(?:\\w+iest|largest|biggest|worst|strongest|longest|greatest|most\\s+\\w+)"
        "\\s+(?:[\\w-]+\\s+){0,6}?(?:(?:of|in|so\\s+far)\\s+(?:the\\s+)?)?$"));
    {
        const qsizetype near = qMax<qsizetype>(0, timex.start - 80);
        if (superlative.match(text.mid(near, timex.start - near).toString()).hasMatch())
            return false;
    }
    // "since the start of the full-scale invasion in February 2022": still a starting point.
    const qsizetype from = qMax<qsizetype>(0, timex.start - 90);
    const QString phrase = text.mid(from, timex.start - from).toString().toLower();
    const qsizetype since = phrase.lastIndexOf(QStringLiteral("since "));
    if (since >= 0 && (since == 0 || !phrase[since - 1].isLetter())) {
        const QStringView between = QStringView(phrase).mid(since);
        if (!between.contains(u',') && !between.contains(u';') && !between.contains(u'.'))
            return false;
    }
    return true;
}

QString actorKindName(ActorMention::Kind kind)
{
    switch (kind) {
    case ActorMention::Kind::Person:
        return QStringLiteral("person");
    case ActorMention::Kind::Organisation:
        return QStringLiteral("organisation");
    case ActorMention::Kind::State:
        return QStringLiteral("state");
    case ActorMention::Kind::Force:
        return QStringLiteral("force");
    case ActorMention::Kind::Group:
        return QStringLiteral("group");
    }
    return {};
}

Estimate estimateOf(const Figure &figure)
{
    Estimate estimate;
    estimate.best = figure.best;
    if (figure.low != Figure::Unknown)
        estimate.low = figure.low;
    if (figure.high != Figure::Unknown)
        estimate.high = figure.high;
    return estimate;
}

// Which pronoun, if any, is the subject at the start of a clause: "he spent", "they claim".
enum class Pronoun { None, Person, Group };

Pronoun leadingPronoun(QStringView clause)
{
    const QString lower = clause.trimmed().left(24).toString().toLower();
    static const QStringList skip {QStringLiteral("that "),     QStringLiteral("and "),
                                   QStringLiteral("but "),      QStringLiteral("in response, "),
                                   QStringLiteral("in fact, "), QStringLiteral("in retaliation, "),
                                   QStringLiteral("then ")};
    QString rest = lower;
    for (const QString &prefix : skip) {
        if (rest.startsWith(prefix))
            rest = rest.mid(prefix.size());
    }
    for (const char *word : {"he ", "she ", "his ", "her "}) {
        if (rest.startsWith(QLatin1StringView(word)))
            return Pronoun::Person;
    }
    for (const char *word : {"they ", "it ", "their ", "its "}) {
        if (rest.startsWith(QLatin1StringView(word)))
            return Pronoun::Group;
    }
    return Pronoun::None;
}

// "said Tuesday they had arrested 14": a completed happening reported in the statement.
const Trigger *reportedHappening(const QList<const Trigger *> &triggers, const Trigger &speech, QStringView spanText,
                                 qsizetype spanStart)
{
    for (const Trigger *trigger : triggers) {
        if (trigger->speech || trigger->harm || trigger->start < speech.end)
            continue;
        const qsizetype at = trigger->start - spanStart;
        const QStringView before = spanText.mid(qMax<qsizetype>(0, at - 6), qMin<qsizetype>(at, 6));
        if (before.endsWith(u"had ") || before.endsWith(u"have ") || before.endsWith(u"has "))
            return trigger;
    }
    return nullptr;
}

// "The Security Council condemned the bombing of the U.S. embassies ... on Thursday": an attack
// that is what a verdict is about is not what the sentence dates.
bool condemnsAttack(const QList<const Trigger *> &triggers, const Trigger &attack, QStringView spanText,
                    qsizetype spanStart)
{
    static const QSet<QString> verdicts {
        QStringLiteral("condemned"),  QStringLiteral("condemns"),   QStringLiteral("denounced"),
        QStringLiteral("denounces"),  QStringLiteral("deplored"),   QStringLiteral("deplores"),
        QStringLiteral("criticised"), QStringLiteral("criticized"), QStringLiteral("criticises"),
        QStringLiteral("criticizes"), QStringLiteral("blamed"),     QStringLiteral("blames"),
        QStringLiteral("welcomed"),   QStringLiteral("welcomes"),   QStringLiteral("praised"),
        QStringLiteral("mourned")};
    static const QRegularExpression objectHead(
        QStringLiteral("^\\s+(?:the|this|these|those|its|their|[A-Z][a-z]+day's)\\s+(?:[\\w.'-]+\\s+){0,3}$"));
    for (const Trigger *trigger : triggers) {
        if (!trigger->speech || trigger->end > attack.start)
            continue;
        const QStringView word = spanText.mid(trigger->start - spanStart, trigger->end - trigger->start);
        if (!verdicts.contains(word.toString().toLower()))
            continue;
        const QStringView between = spanText.mid(trigger->end - spanStart, attack.start - trigger->end);
        if (objectHead.match(between.toString()).hasMatch())
            return true;
    }
    return false;
}

// "evidence from the Nairobi bombing", "in the aftermath of the Aug. 7 bombings", "bombing victims":
// an attack named as something already known is not what the sentence reports, unless the date
// names it ("the August 7 bombings in Africa") or the sentence tells what it did ("the blast ripped
// through", "the bombings killed 257").
bool isReferencedAttack(const Trigger &trigger, const Span &dateSpan, QStringView spanText, qsizetype spanStart)
{
    static const QSet<QString> attackNouns {
        QStringLiteral("bombing"),    QStringLiteral("bombings"),    QStringLiteral("blast"),
        QStringLiteral("blasts"),     QStringLiteral("explosion"),   QStringLiteral("explosions"),
        QStringLiteral("attack"),     QStringLiteral("attacks"),     QStringLiteral("bomb"),
        QStringLiteral("bombs"),      QStringLiteral("bombardment"), QStringLiteral("airstrike"),
        QStringLiteral("airstrikes"), QStringLiteral("strike"),      QStringLiteral("strikes"),
        QStringLiteral("shelling"),   QStringLiteral("raid"),        QStringLiteral("raids")};
    if (!trigger.violent || trigger.harm || trigger.speech)
        return false;
    const qsizetype at = trigger.start - spanStart;
    const qsizetype end = trigger.end - spanStart;
    if (!attackNouns.contains(spanText.mid(at, end - at).toString().toLower()))
        return false;
    static const QRegularExpression asModifier(QStringLiteral(
        "^\\s+(?:victims|suspects?|investigation|investigators|probe|site|anniversary|survivors|case|trial)\\b"));
    static const QRegularExpression definite(
        QStringLiteral("(?:\\b(?:the|these|those|this|its|their|[Tt]he)\\b|'s)([^.;:,!?\"`']{0,28})$"));
    static const QRegularExpression toldWhatItDid(
        QStringLiteral("^\\s+(?:[\\w.,-]+\\s+){0,8}?(?:occurred|happened|took\\s+place|went\\s+off|exploded|ripped|"
                       "struck|hit|killed|wounded|injured|destroyed|damaged|left|tore)\\b"));
    const QString after = spanText.mid(end, 80).toString();
    if (asModifier.match(after).hasMatch())
        return true;
    const qsizetype from = qMax<qsizetype>(0, at - 40);
    if (!definite.match(spanText.mid(from, at - from).toString()).hasMatch())
        return false;
    // "he had ordered the strikes", "carried out the raid": the attack is what was done.
    static const QRegularExpression done(QStringLiteral(
        "\\b(?:ordered|launched|carried\\s+out|conducted|authori[sz]ed|staged|mounted)\\s+(?:the|its|their|these)\\s+"
        "(?:[\\w-]+\\s+){0,2}$"));
    if (done.match(spanText.mid(from, at - from).toString()).hasMatch())
        return false;
    // "the Aug. 7 bombings", "last Friday's bombings", "the attacks on Tuesday": this date is the attack's.
    static const QRegularExpression dateThenNoun(QStringLiteral("^(?:'s|\u2019s)?\\s+(?:[\\w-]+\\s+){0,2}$"));
    static const QRegularExpression nounThenDate(QStringLiteral("^\\s+(?:on\\s+|in\\s+|of\\s+)?$"));
    if (dateSpan.end > dateSpan.start && dateSpan.end <= trigger.start
        && dateThenNoun.match(spanText.mid(dateSpan.end - spanStart, trigger.start - dateSpan.end).toString())
               .hasMatch())
        return false;
    if (dateSpan.end > dateSpan.start && trigger.end <= dateSpan.start
        && nounThenDate.match(spanText.mid(trigger.end - spanStart, dateSpan.start - trigger.end).toString())
               .hasMatch())
        return false;
    return !toldWhatItDid.match(after).hasMatch();
}

EventType typeFor(const QList<const Trigger *> &triggers, const Span &dateSpan, QStringView spanText,
                  qsizetype spanStart)
{
    if (triggers.isEmpty())
        return EventType::Other;
    const bool tellsHarm =
        std::any_of(triggers.cbegin(), triggers.cend(), [](const Trigger *trigger) { return trigger->harm; });
    if (!tellsHarm) {
        QList<const Trigger *> happenings;
        for (const Trigger *trigger : triggers) {
            if (!isReferencedAttack(*trigger, dateSpan, spanText, spanStart))
                happenings.append(trigger);
        }
        if (happenings.size() < triggers.size())
            return typeFor(happenings, dateSpan, spanText, spanStart);
    }
    // "said on Monday", "in an interview ... on Monday": the date belongs to the speech.
    const Trigger *nearest = nullptr;
    qsizetype nearestDistance = std::numeric_limits<qsizetype>::max();
    for (const Trigger *trigger : triggers) {
        const qsizetype distance = trigger->end <= dateSpan.start ? dateSpan.start - trigger->end
            : trigger->start >= dateSpan.end                      ? trigger->start - dateSpan.end
                                                                  : 0;
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = trigger;
        }
    }
    if (nearest && nearest->violent && !nearest->speech && condemnsAttack(triggers, *nearest, spanText, spanStart))
        return EventType::Statement;
    // "Air strikes killed 27 people overnight and on Monday, health officials said": the source
    // named after the happening and its date does not make the sentence a statement.
    if (nearest && nearest->speech && nearest->start >= dateSpan.end && dateSpan.end > dateSpan.start) {
        const QStringView between = spanText.mid(dateSpan.end - spanStart, nearest->start - dateSpan.end);
        const bool attribution = between.contains(u',') && between.size() <= 60;
        QList<const Trigger *> told;
        for (const Trigger *trigger : triggers) {
            if (!trigger->speech && trigger->end <= dateSpan.start)
                told.append(trigger);
        }
        if (attribution && !told.isEmpty())
            return typeFor(told, dateSpan, spanText, spanStart);
    }
    // "Armenia and Azerbaijan have agreed on the text of a treaty, the two ministries said on
    // Thursday": what the source said comes first, and is what happened.
    if (nearest && nearest->speech && nearestDistance <= 30 && dateSpan.end > dateSpan.start
        && nearest->start <= dateSpan.start) {
        const QStringView before = spanText.left(nearest->start - spanStart);
        const qsizetype comma = before.lastIndexOf(u',');
        QList<const Trigger *> told;
        for (const Trigger *trigger : triggers) {
            // A toll alone ("At least 82 were killed, officials said") stays with the attack it counts.
            if (!trigger->speech && !trigger->harm && comma >= 0 && trigger->end <= spanStart + comma)
                told.append(trigger);
        }
        const bool attribution = comma >= 0 && before.size() - comma <= 50 && !before.mid(comma).contains(u'"')
            && !QStringView(u"\u201d'").contains(before.mid(comma).back());
        if (attribution && !told.isEmpty()
            && isPastTense(spanText.mid(told.first()->start - spanStart, told.first()->end - told.first()->start)))
            return typeFor(told, Span {}, spanText, spanStart);
    }
    if (nearest && nearest->speech && nearestDistance <= 30 && dateSpan.end > dateSpan.start) {
        const Trigger *reported = reportedHappening(triggers, *nearest, spanText, spanStart);
        if (!reported)
            return EventType::Statement;
        // "he had ordered air strikes": what was ordered is the happening.
        QList<const Trigger *> violence;
        for (const Trigger *trigger : triggers) {
            // "he had ordered air strikes", not "had agreed to a truce, but fighting ... continued".
            if (trigger->start >= reported->start && trigger->start - reported->end <= 40 && trigger->violent
                && !trigger->harm)
                violence.append(trigger);
        }
        if (violence.isEmpty())
            return reported->type;
        if (violence.size() == 1 && violence.first()->type == EventType::ViolenceAgainstCivilians)
            return EventType::ViolenceAgainstCivilians;
        return typeFor(violence, Span {violence.first()->start, violence.first()->end}, spanText, spanStart);
    }

    // "Driscoll met Zelensky in Kyiv on Thursday ..., a day after missiles struck": the happening
    // the date stands beside is the one it dates, when no one is said to be hurt.
    if (!tellsHarm && dateSpan.end > dateSpan.start) {
        const Trigger *closest = nullptr;
        qsizetype closestDistance = std::numeric_limits<qsizetype>::max();
        // "on Tuesday, a day after missile strikes": what follows "after" happened at another time.
        static const QRegularExpression anotherTime(
            QStringLiteral("\\b(?:after|before|since|following|ahead\\s+of|until)\\b"));
        for (const Trigger *trigger : triggers) {
            if (trigger->speech)
                continue;
            if (trigger->start >= dateSpan.end
                && anotherTime.match(spanText.mid(dateSpan.end - spanStart, trigger->start - dateSpan.end).toString())
                       .hasMatch())
                continue;
            const qsizetype distance = trigger->end <= dateSpan.start ? dateSpan.start - trigger->end
                : trigger->start >= dateSpan.end                      ? trigger->start - dateSpan.end
                                                                      : 0;
            if (distance < closestDistance) {
                closestDistance = distance;
                closest = trigger;
            }
        }
        if (closest && !closest->violent && closestDistance <= 60 && closest->type != EventType::StrategicDevelopment
            && closest->type != EventType::Other)
            return closest->type;
    }

    bool violent = false;
    bool harmOnly = true;
    QSet<EventType> types;
    for (const Trigger *trigger : triggers) {
        if (!trigger->harm) // words of harm say nothing of the kind of violence
            types.insert(trigger->type);
        violent = violent || trigger->violent;
        harmOnly = harmOnly && (!trigger->violent || trigger->harm);
    }
    if (types.contains(EventType::ViolenceAgainstCivilians))
        return EventType::ViolenceAgainstCivilians;
    // "Police clashed with demonstrators": the crowd makes it a protest (a riot when the crowd fights).
    if (violent && types.contains(EventType::Battle) && !types.contains(EventType::RemoteViolence)
        && EventLexicon::mentionsCrowds(spanText))
        return types.contains(EventType::Riot) ? EventType::Riot : EventType::Protest;
    if (violent && EventLexicon::mentionsCivilianTargets(spanText) && !EventLexicon::mentionsExplosions(spanText))
        return EventType::ViolenceAgainstCivilians;
    if (violent && !harmOnly && types.contains(EventType::Battle) && !types.contains(EventType::RemoteViolence))
        return EventType::Battle;
    // "73 soldiers were killed when two helicopters crashed": deaths with no attack told.
    if (violent && harmOnly && EventLexicon::mentionsAccident(spanText) && !EventLexicon::mentionsExplosions(spanText))
        return EventType::Other;
    // "Hezbollah fighters killed three Israeli soldiers": armed men killing armed men.
    if (violent && harmOnly && EventLexicon::mentionsCombatants(spanText)
        && !EventLexicon::mentionsExplosions(spanText))
        return EventType::Battle;
    if (violent)
        return types.contains(EventType::Battle) && harmOnly ? EventType::Battle : EventType::RemoteViolence;
    // "due to meet in Istanbul on Friday, a week after talks ... ended": the word nearest the date
    // says what happens then.
    const Trigger *nearestHappening = nullptr;
    qsizetype happeningDistance = std::numeric_limits<qsizetype>::max();
    for (const Trigger *trigger : triggers) {
        if (trigger->speech || dateSpan.end <= dateSpan.start)
            continue;
        const qsizetype distance = trigger->end <= dateSpan.start ? dateSpan.start - trigger->end
            : trigger->start >= dateSpan.end                      ? trigger->start - dateSpan.end
                                                                  : 0;
        if (distance < happeningDistance) {
            happeningDistance = distance;
            nearestHappening = trigger;
        }
    }
    if (nearestHappening && happeningDistance <= 40) {
        // "the peace process, set to resume Monday", "talks began on Friday": a verb that only
        // starts or stops something takes the type of what it starts or stops.
        static const QSet<QString> aspectual {
            QStringLiteral("resume"), QStringLiteral("resumed"), QStringLiteral("suspend"), QStringLiteral("suspended"),
            QStringLiteral("began"),  QStringLiteral("begun"),   QStringLiteral("started"), QStringLiteral("ended"),
            QStringLiteral("halted"), QStringLiteral("stopped")};
        const auto wordOf = [&](const Trigger *trigger) {
            return spanText.mid(trigger->start - spanStart, trigger->end - trigger->start).toString().toLower();
        };
        if (aspectual.contains(wordOf(nearestHappening))) {
            for (const Trigger *trigger : triggers) {
                if (!trigger->speech && trigger->type != EventType::StrategicDevelopment
                    && !aspectual.contains(wordOf(trigger)))
                    return trigger->type;
            }
        }
        return nearestHappening->type;
    }
    for (EventType type : {EventType::Riot, EventType::Protest, EventType::StrategicDevelopment, EventType::Diplomacy,
                           EventType::Statement}) {
        if (types.contains(type))
            return type;
    }
    return EventType::Other;
}

// Where in text an attack noun stands, and whether it is definite: "the bombings", "the Aug. 7
// blasts", "Friday's bombings", "these attacks".
struct AttackMention
{
    bool found = false;
    bool definite = false;
    bool indefinite = false; // of the first attack noun: "a bombing", "new attacks"
    qsizetype end = 0; // of the first attack noun, in the text searched
};

class Assembly final
{
public:
    Assembly(const Article &article, const ArticleAnnotations &annotations, const EventAssembler::Options &options)
        : m_article(article)
        , m_annotations(annotations)
        , m_options(options)
    { }

    QList<Event> run();

private:
    QList<Span> bodySentences() const;
    bool isOutsideBody(const Timex &timex) const;
    Event buildEvent(const Span &span, const Span &sentence, const Timex *timex, const DateInterval &inherited);
    void addActors(Event &event, const Span &span, bool inheritGroups);
    void addFigures(Event &event, const Span &span) const;
    std::optional<EventActor> lastActorBefore(qsizetype offset, bool person) const;
    void fillEarlierViolence(const Span &sentence, qsizetype before);
    void takePendingToll(qsizetype firstNew);
    // A happening told inside another's sentence at another time: "..., hours after a drone attack".
    struct Aside
    {
        qsizetype head = 0; // where the first happening's words end
        qsizetype start = 0;
        qsizetype end = 0;
        bool sameDay = false;
    };
    std::optional<Aside> earlierOrLaterHappening(const Timex &timex, const Span &span) const;
    std::optional<Span> relativeClauseAround(const Timex &timex, const Span &span) const;
    bool holdsOwnPlace(const Span &span) const;
    bool isHomeOnly(const EventPlace &place, const Span &span) const;
    bool isTollOverAPeriod(const Timex &timex, const Span &span) const;
    void placeByDefiniteDescription(qsizetype firstNew);
    QList<EventPlace> placesNearestTo(const Timex &timex, const QList<const Timex *> &dates,
                                      const Span &sentence) const;
    bool isQuoted(qsizetype offset) const;
    bool isReportedContent(const Trigger &speech, const LocatedPlace &place) const;
    void collectAttackPlaces(const QList<Span> &sentences);
    QList<EventPlace> placesOfAttack(qsizetype nounEnd, qsizetype limit) const;
    QList<EventPlace> finerAttackPlaces(const QList<EventPlace> &places) const;
    int extentOf(const EventPlace &place) const;
    void placeByOtherMention(const Span &sentence, qsizetype firstNew);
    bool hasCasualties(const Span &span) const;
    bool isRunningToll(const Figure &figure) const;
    bool hasRunningToll(const Span &span) const;

    const Article &m_article;
    const ArticleAnnotations &m_annotations;
    const EventAssembler::Options &m_options;
    QList<Event> m_events;
    QList<Trigger> m_sentenceTriggers; // of the sentence being assembled, scanned once

    // The narrative so far.
    DateInterval m_narrativeDate;
    QString m_narrativeText;
    qsizetype m_previousSentenceEvent = -1; // the dated event the previous sentence gave, if any
    std::optional<EventPlace> m_datelinePlace; // where the report was filed: "NAIROBI, Kenya (AP) _"
    // Each attack named with places of its own ("bombings at U.S. embassies in Kenya and
    // Tanzania"), for definite mentions of it ("the bombings") that name none.
    struct AttackPlaces
    {
        qsizetype at = 0; // start of the sentence that names it
        QList<EventPlace> places;
        bool definite = false; // "the bombings at ...": a mention of an attack already known
    };
    QList<AttackPlaces> m_attackMentions;
    QHash<qsizetype, AttackMention> m_attackNouns; // by the start of the sentence that holds them
    std::optional<Span> m_pendingToll; // a toll told before any attack it could belong to
    int m_sentencesSinceToll = 0;
};

QList<Span> Assembly::bodySentences() const
{
    QList<Span> spans;
    QList<TextRange> sentences = m_article.sentences;
    if (sentences.isEmpty()) {
        SentenceSplitter splitter;
        sentences = splitter.split(m_article.text);
    }
    for (const TextRange &range : std::as_const(sentences)) {
        if (isCrosshead(m_article.textOf(range)))
            continue;
        Span span {range.start, range.end()};
        // The dateline states when the report was filed, not a happening.
        if (!m_article.dateline.isEmpty() && span.start < m_article.dateline.end()
            && span.end > m_article.dateline.start)
            span.start = qMax(span.start, m_article.dateline.end());
        if (span.end > span.start)
            spans.append(span);
    }
    return spans;
}

bool Assembly::isOutsideBody(const Timex &timex) const
{
    for (const TextRange &range : {m_article.headline, m_article.dateline, m_article.byline}) {
        if (!range.isEmpty() && timex.start >= range.start && timex.end <= range.end())
            return true;
    }
    return false;
}

bool Assembly::isRunningToll(const Figure &figure) const
{
    // "More than 30,000 have been killed since the war began", "the war ... killed more than 4,000
    // people": a toll that adds up many happenings belongs to none of them.
    static const QRegularExpression after(
        QStringLiteral("^[\\s,]*(?:[\\w-]+\\s+){0,3}?(?:since|so\\s+far|to\\s+date|in\\s+total|altogether|overall)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression warAsSubject(
        QStringLiteral("\\b[Tt]he\\s+(?:war|conflict|fighting|offensive|campaign|siege|insurgency)\\b"
                       "(?:(?![.!?]\\s+\\p{Lu})[^;])*$"));
    if (after.match(m_article.text.mid(figure.end, 50)).hasMatch())
        return true;
    const qsizetype from = qMax<qsizetype>(0, figure.start - 160);
    return warAsSubject.match(m_article.text.mid(from, figure.start - from)).hasMatch();
}

bool Assembly::hasRunningToll(const Span &span) const
{
    const QList<const Figure *> figures = inside(m_annotations.figures, span);
    return std::any_of(figures.cbegin(), figures.cend(),
                       [this](const Figure *figure) { return isRunningToll(*figure); });
}

bool Assembly::hasCasualties(const Span &span) const
{
    for (const Figure *figure : inside(m_annotations.figures, span)) {
        if ((figure->kind == Figure::Kind::Killed || figure->kind == Figure::Kind::Injured) && !isRunningToll(*figure))
            return true;
    }
    return false;
}

void Assembly::addFigures(Event &event, const Span &span) const
{
    for (const Figure *figure : inside(m_annotations.figures, span)) {
        if (isRunningToll(*figure))
            continue;
        if (figure->kind == Figure::Kind::Killed && !event.killed.isKnown())
            event.killed = estimateOf(*figure);
        else if (figure->kind == Figure::Kind::Injured && !event.injured.isKnown())
            event.injured = estimateOf(*figure);
    }
}

void Assembly::addActors(Event &event, const Span &span, bool inheritGroups)
{
    const auto add = [&event](const EventActor &actor) {
        const bool known = std::any_of(event.actors.cbegin(), event.actors.cend(),
                                       [&actor](const EventActor &a) { return a.name == actor.name; });
        if (!known && !actor.name.isEmpty())
            event.actors.append(actor);
    };
    const QStringView text = QStringView(m_article.text).mid(span.start, span.end - span.start);
    const Pronoun pronoun = leadingPronoun(text);
    if (pronoun == Pronoun::Person) {
        if (const auto person = lastActorBefore(span.start, true))
            add(*person);
    }
    if (pronoun == Pronoun::Group || inheritGroups) {
        if (const auto group = lastActorBefore(span.start, false))
            add(*group);
    }

    for (const ActorMention *mention : inside(m_annotations.actors, span)) {
        add(EventActor {mention->name, actorKindName(mention->kind), mention->role, mention->country});
        // "the Kyiv army" fires for Ukraine, "the Kremlin" speaks for Russia: the state stands beside
        // its force or its institution (organisations the lexicon ties to one country).
        const bool actsForAState =
            mention->kind == ActorMention::Kind::Force || mention->kind == ActorMention::Kind::Organisation;
        if (actsForAState && !mention->country.isEmpty() && m_options.countryName) {
            const QString state = m_options.countryName(mention->country);
            if (!state.isEmpty())
                add(EventActor {state, QStringLiteral("state"), QString(), mention->country});
        }
    }
}

void Assembly::fillEarlierViolence(const Span &sentence, qsizetype before)
{
    // The latest violent event told earlier takes the figures of this sentence it still lacks:
    // "About 70 people were injured" after "25 people were killed on Wednesday".
    for (qsizetype i = before - 1; i >= 0; --i) {
        Event &earlier = m_events[i];
        if (!isViolent(earlier.type) || !earlier.isDated())
            continue;
        addFigures(earlier, sentence);
        return;
    }
    // A lead may give the toll before the attack is dated ("At least 82 were killed, officials
    // said Saturday. ... The bombings occurred on Friday"): the next violent event takes it.
    m_pendingToll = sentence;
    m_sentencesSinceToll = 0;
}

// Nouns that name an attack, which later sentences take up as "the bombings", "the blast".
bool isAttackNoun(QStringView word)
{
    static const QStringList nouns {
        QStringLiteral("bombing"),   QStringLiteral("bombings"),   QStringLiteral("blast"),  QStringLiteral("blasts"),
        QStringLiteral("explosion"), QStringLiteral("explosions"), QStringLiteral("attack"), QStringLiteral("attacks")};
    return nouns.contains(word.toString().toLower());
}

AttackMention findAttackNoun(QStringView text)
{
    AttackMention result;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isLetter())
            ++end;
        if (isAttackNoun(text.mid(i, end - i))) {
            if (!result.found)
                result.end = end;
            result.found = true;
            static const QRegularExpression determiner(
                QStringLiteral("(?:\\b(?:the|these|those|this|that|The|These|Those|This|That)\\b|'s)[^.;:]{0,24}$"));
            // "a second bombing", "new attacks": another attack than the one told.
            static const QRegularExpression another(QStringLiteral(
                "(?:\\b(?:[Aa]n?|[Aa]nother)\\s+(?:[\\w-]+\\s+){0,2}|\\b(?:new|fresh|second|third|further)\\s+)$"));
            const qsizetype from = qMax<qsizetype>(0, i - 30);
            const QString before = text.mid(from, i - from).toString();
            if (!result.definite && result.end == end)
                result.indefinite = another.match(before).hasMatch();
            if (determiner.match(before).hasMatch() && !another.match(before).hasMatch()) {
                result.definite = true;
                return result;
            }
        }
        i = end;
    }
    return result;
}

// "the August 7 bombings", "Friday's attack on the market": a date that names an attack dates it.
// Returns where the attack noun ends.
std::optional<qsizetype> attackNamedBy(const Timex &timex, QStringView text)
{
    static const QRegularExpression attackAfter(QStringLiteral(
        "^(?:'s|\u2019s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:bombings?|blasts?|explosions?|attacks?|raids?|shelling)\\b"));
    const QRegularExpressionMatch match = attackAfter.match(text.mid(timex.end, 48).toString());
    if (!match.hasMatch())
        return std::nullopt;
    return timex.end + match.capturedEnd();
}

double kmBetween(const EventPlace &a, const EventPlace &b)
{
    constexpr double radians = std::numbers::pi / 180.0;
    const double lat1 = a.latitude.value_or(0) * radians;
    const double lat2 = b.latitude.value_or(0) * radians;
    const double dLon = (b.longitude.value_or(0) - a.longitude.value_or(0)) * radians;
    const double h =
        std::pow(std::sin((lat2 - lat1) / 2), 2) + std::cos(lat1) * std::cos(lat2) * std::pow(std::sin(dLon / 2), 2);
    return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

QList<EventPlace> Assembly::placesOfAttack(qsizetype nounEnd, qsizetype limit) const
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

void Assembly::collectAttackPlaces(const QList<Span> &sentences)
{
    for (const Span &sentence : sentences) {
        const QStringView text = QStringView(m_article.text).mid(sentence.start, sentence.end - sentence.start);
        const AttackMention mention = findAttackNoun(text);
        if (!mention.found)
            continue;
        m_attackNouns.insert(sentence.start, mention);
        const QList<EventPlace> own = placesOfAttack(sentence.start + mention.end, sentence.end);
        if (!own.isEmpty())
            m_attackMentions.append(AttackPlaces {sentence.start, own, mention.definite});
    }
}

int Assembly::extentOf(const EventPlace &place) const
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
QList<EventPlace> Assembly::finerAttackPlaces(const QList<EventPlace> &places) const
{
    QList<EventPlace> finer;
    for (const EventPlace &wide : places) {
        if (wide.kind == u"city")
            return {};
        const int extent = extentOf(wide);
        bool holdsOne = false;
        for (const AttackPlaces &mention : m_attackMentions) {
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

void Assembly::placeByOtherMention(const Span &sentence, qsizetype firstNew)
{
    const AttackMention mention = m_attackNouns.value(sentence.start);
    if (!mention.found)
        return;
    // "the bombings" takes up the attack last placed before it, or, in a lead that names it
    // first, the one the article places next.
    const AttackPlaces *told = nullptr;
    for (const AttackPlaces &other : m_attackMentions) {
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
    for (qsizetype i = firstNew; i < m_events.size(); ++i) {
        Event &event = m_events[i];
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

void Assembly::takePendingToll(qsizetype firstNew)
{
    if (!m_pendingToll)
        return;
    for (qsizetype i = firstNew; i < m_events.size(); ++i) {
        Event &event = m_events[i];
        if (!isViolent(event.type) || !event.isDated() || event.killed.isKnown() || event.injured.isKnown())
            continue;
        addFigures(event, *m_pendingToll);
        m_pendingToll.reset();
        return;
    }
    if (++m_sentencesSinceToll > 3)
        m_pendingToll.reset();
}

std::optional<EventActor> Assembly::lastActorBefore(qsizetype offset, bool person) const
{
    // The antecedent of "he" is the person last named before it, in this sentence or an earlier one;
    // that of "they" the last state, force or organisation.
    for (auto it = m_annotations.actors.crbegin(); it != m_annotations.actors.crend(); ++it) {
        if (it->end > offset || (it->kind == ActorMention::Kind::Person) != person)
            continue;
        if (it->kind == ActorMention::Kind::Force && m_options.countryName && !it->country.isEmpty()) {
            const QString state = m_options.countryName(it->country);
            if (!state.isEmpty())
                return EventActor {state, QStringLiteral("state"), QString(), it->country};
        }
        return EventActor {it->name, actorKindName(it->kind), it->role, it->country};
    }
    return std::nullopt;
}

Event Assembly::buildEvent(const Span &span, const Span &sentence, const Timex *timex, const DateInterval &inherited)
{
    Event event;
    event.sentenceStart = span.start;
    event.sentenceEnd = span.end;
    if (timex) {
        event.date = timex->interval;
        event.dateText = timex->text;
    } else {
        event.date = inherited;
        event.dateText = m_narrativeText;
    }
    const QStringView spanText = QStringView(m_article.text).mid(span.start, span.end - span.start);
    // Clauses start after a space, so no word straddles a span: the span's triggers are the
    // sentence's that lie inside it.
    QList<const Trigger *> triggerPointers;
    for (const Trigger &trigger : m_sentenceTriggers) {
        if (trigger.start >= span.start && trigger.end <= span.end)
            triggerPointers.append(&trigger);
    }
    event.type = typeFor(triggerPointers, timex ? Span {timex->start, timex->end} : Span {}, spanText, span.start);
    // "The EU, which deployed a mission in February 2023, welcomed the agreement": a date inside a
    // relative clause dates what that clause tells.
    if (timex) {
        if (const auto relative = relativeClauseAround(*timex, span)) {
            QList<const Trigger *> inClause;
            for (const Trigger *trigger : std::as_const(triggerPointers)) {
                if (trigger->start >= relative->start && trigger->end <= relative->end)
                    inClause.append(trigger);
            }
            if (!inClause.isEmpty())
                event.type = typeFor(inClause, Span {timex->start, timex->end}, spanText, span.start);
        }
    }

    // "told his Cabinet on Sunday that Israel was willing to withdraw from southern Lebanon",
    // "condemned the bombing of the embassies in Kenya": places in what was said are not where it was said.
    const Trigger *speech = nullptr;
    if (event.type == EventType::Statement) {
        const auto found = std::find_if(triggerPointers.cbegin(), triggerPointers.cend(),
                                        [](const Trigger *trigger) { return trigger->speech; });
        speech = found == triggerPointers.cend() ? nullptr : *found;
    }
    const auto addPlaces = [this, &event, speech](const Span &where, bool agentHomes) {
        for (const LocatedPlace *located : inside(m_annotations.places, where)) {
            if (located->onlyIfNoOther != agentHomes || (speech && isReportedContent(*speech, *located)))
                continue;
            const bool known = std::any_of(event.places.cbegin(), event.places.cend(), [located](const EventPlace &p) {
                return p.canonicalName == located->place.canonicalName && p.kind == located->place.kind;
            });
            if (!known)
                event.places.append(located->place);
        }
    };
    addPlaces(span, false);
    if (event.places.isEmpty() && span.start != sentence.start)
        addPlaces(sentence, false); // a clause without a place of its own takes the sentence's
    if (event.places.isEmpty())
        addPlaces(sentence, true);
    addActors(event, span, false);
    addFigures(event, span);
    if (!event.killed.isKnown() && !event.injured.isKnown() && span.start != sentence.start)
        addFigures(event, sentence);

    event.summary = EventSummary::fromClause(spanText);
    event.confidence = timex ? (timex->interval.derivation == DateDerivation::Explicit ? 0.85 : 0.75) : 0.55;
    if (triggerPointers.isEmpty())
        event.confidence -= 0.2;
    return event;
}

void Assembly::placeByDefiniteDescription(qsizetype firstNew)
{
    // "Drones struck Port Sudan ... The first drone attack on the city came on Sunday": "the city",
    // "the port", "the airport" are in the town the text has named most so far (the latest of
    // equals), its subject rather than a town named once in passing.
    static const QRegularExpression description(
        QStringLiteral("\\bthe\\s+(?:city|town|port|village|airport|harbou?r)\\b"));
    for (qsizetype i = firstNew; i < m_events.size(); ++i) {
        Event &event = m_events[i];
        if (!event.places.isEmpty() || event.type == EventType::Statement)
            continue;
        const QString span = m_article.text.mid(event.sentenceStart, event.sentenceEnd - event.sentenceStart);
        if (!description.match(span).hasMatch())
            continue;
        QHash<QString, int> mentions;
        const EventPlace *subject = nullptr;
        int most = 0;
        for (const LocatedPlace &located : m_annotations.places) {
            if (located.start >= event.sentenceStart)
                break;
            if (located.onlyIfNoOther || located.place.kind != u"city")
                continue;
            const int count = ++mentions[located.place.canonicalName];
            if (count >= most) {
                most = count;
                subject = &located.place;
            }
        }
        if (subject)
            event.places.append(*subject);
    }
}

bool Assembly::isTollOverAPeriod(const Timex &timex, const Span &span) const
{
    const DatePrecision precision = timex.interval.precision;
    if (precision != DatePrecision::Season && precision != DatePrecision::Quarter && precision != DatePrecision::Year
        && precision != DatePrecision::Decade)
        return false;
    bool harm = false;
    for (const Trigger &trigger : m_sentenceTriggers) {
        if (trigger.start < span.start || trigger.end > span.end || trigger.speech)
            continue;
        if (trigger.violent && !trigger.harm)
            return false; // an attack of its own
        harm = harm || trigger.harm;
    }
    return harm;
}

bool Assembly::isHomeOnly(const EventPlace &place, const Span &span) const
{
    // A place the sentence only implies through a national body ("Tanzanian police") and never names.
    bool implied = false;
    for (const LocatedPlace *located : inside(m_annotations.places, span)) {
        if (located->place.canonicalName != place.canonicalName || located->place.kind != place.kind)
            continue;
        if (!located->onlyIfNoOther)
            return false;
        implied = true;
    }
    return implied;
}

bool Assembly::holdsOwnPlace(const Span &span) const
{
    const QList<const LocatedPlace *> places = inside(m_annotations.places, span);
    return std::any_of(places.cbegin(), places.cend(), [](const LocatedPlace *place) { return !place->onlyIfNoOther; });
}

QList<EventPlace> Assembly::placesNearestTo(const Timex &timex, const QList<const Timex *> &dates,
                                            const Span &sentence) const
{
    // "talks in Washington between May 1 and 4 and again in Almaty, Kazakhstan, on May 10-11":
    // each place goes with the date told nearest it, a date after it first ("in X on DATE").
    const auto distance = [](const LocatedPlace &place, const Timex &date) {
        return place.end <= date.start ? date.start - place.end
            : place.start >= date.end  ? place.start - date.end + 10
                                       : 0;
    };
    // Places the text names first; then those it implies ("meetings with British Prime Minister Tony
    // Blair 10 days ago"). With every place nearer another date, none is this happening's own.
    for (const bool implied : {false, true}) {
        QList<EventPlace> nearest;
        for (const LocatedPlace *place : inside(m_annotations.places, sentence)) {
            if (place->onlyIfNoOther != implied)
                continue;
            const qsizetype own = distance(*place, timex);
            const bool closer = std::all_of(dates.cbegin(), dates.cend(), [&](const Timex *other) {
                return other == &timex || own < distance(*place, *other);
            });
            if (closer && !nearest.contains(place->place))
                nearest.append(place->place);
        }
        if (!nearest.isEmpty())
            return nearest;
    }
    return {};
}

std::optional<Span> Assembly::relativeClauseAround(const Timex &timex, const Span &span) const
{
    static const QRegularExpression opener(QStringLiteral(",\\s+(?:which|who|whose|where)\\s"));
    const QString before = m_article.text.mid(span.start, timex.start - span.start);
    const qsizetype open = before.lastIndexOf(opener);
    if (open < 0)
        return std::nullopt;
    const qsizetype clauseStart = span.start + open + 1;
    if (m_article.text.mid(clauseStart, timex.start - clauseStart).contains(u','))
        return std::nullopt;
    const qsizetype close = m_article.text.indexOf(u',', timex.end);
    if (close < 0 || close >= span.end)
        return std::nullopt;
    return Span {clauseStart, close};
}

std::optional<Assembly::Aside> Assembly::earlierOrLaterHappening(const Timex &timex, const Span &span) const
{
    // "exchanged prisoners on Friday, hours after a drone attack on Odesa killed two people": the
    // happening after "hours after" is another one, on the same day; after "days after" on a day
    // the sentence does not give.
    static const QRegularExpression connective(QStringLiteral(
        ",?\\s+(?:(?:just|only|barely|mere)\\s+)?(?:(hours|minutes|moments|shortly)|(?:(?:a|one|two|three|four|five|"
        "several|a\\s+few)\\s+)?(?:days?|weeks?))\\s+(?:after|before)\\s+"));
    if (timex.end >= span.end)
        return std::nullopt;
    const QString rest = m_article.text.mid(timex.end, span.end - timex.end);
    const QRegularExpressionMatch match = connective.match(rest);
    if (!match.hasMatch())
        return std::nullopt;
    const qsizetype head = timex.end + match.capturedStart();
    const qsizetype start = timex.end + match.capturedEnd();
    // A clause of its own, with a verb that tells what happened; not "until shortly after the bombings".
    const QStringView text(m_article.text);
    const bool happens = std::any_of(m_sentenceTriggers.cbegin(), m_sentenceTriggers.cend(), [&](const Trigger &t) {
        return !t.speech && t.start >= start && t.end <= span.end && isPastTense(text.mid(t.start, t.end - t.start));
    });
    // "On October 25, a day before El Fasher fell, the RSF seized Bara": with nothing told before it,
    // the phrase only dates the main clause.
    const bool toldBefore = std::any_of(m_sentenceTriggers.cbegin(), m_sentenceTriggers.cend(), [&](const Trigger &t) {
        return !t.speech && t.start >= span.start && t.end <= head;
    });
    if (!happens || !toldBefore)
        return std::nullopt;
    return Aside {head, start, span.end, match.capturedLength(1) > 0};
}

bool Assembly::isQuoted(qsizetype offset) const
{
    // Within the sentence that holds offset: an odd number of straight quotes before it, or an
    // opening mark (``, “) not yet closed ('', ”).
    qsizetype from = offset;
    while (from > 0 && offset - from < 600 && m_article.text[from - 1] != u'\n')
        --from;
    const QStringView before = QStringView(m_article.text).mid(from, offset - from);
    int straight = 0;
    int open = 0;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QChar c = before[i];
        if (c == u'"')
            ++straight;
        else if (c == u'\u201c')
            ++open;
        else if (c == u'\u201d')
            open = qMax(0, open - 1);
        else if (c == u'`' && i + 1 < before.size() && before[i + 1] == u'`') {
            ++open;
            ++i;
        } else if (c == u'\'' && i + 1 < before.size() && before[i + 1] == u'\'') {
            open = qMax(0, open - 1);
            ++i;
        }
    }
    return open > 0 || straight % 2 == 1;
}

bool Assembly::isReportedContent(const Trigger &speech, const LocatedPlace &place) const
{
    if (isQuoted(place.start))
        return true;
    if (place.start < speech.end)
        return false;
    // "said in Nairobi", "said Monday before leaving Andrews Air Force Base": where the words were
    // spoken, unless what was said ("that ...") or a happening it names comes between.
    const QString between = m_article.text.mid(speech.end, place.start - speech.end);
    static const QRegularExpression complement(QStringLiteral("\\b(?:that|whether)\\s"));
    if (complement.match(between).hasMatch())
        return true;
    return std::any_of(m_sentenceTriggers.cbegin(), m_sentenceTriggers.cend(), [&](const Trigger &trigger) {
        return !trigger.speech && trigger.start >= speech.end && trigger.end <= place.start;
    });
}

QList<Event> Assembly::run()
{
    if (!m_article.dateline.isEmpty()) {
        const Span dateline {m_article.dateline.start, m_article.dateline.end()};
        for (const LocatedPlace *located : inside(m_annotations.places, dateline)) {
            if (located->onlyIfNoOther)
                continue;
            if (!m_datelinePlace || (m_datelinePlace->kind != u"city" && located->place.kind == u"city"))
                m_datelinePlace = located->place;
        }
    }
    const QList<Span> sentences = bodySentences();
    collectAttackPlaces(sentences);
    const QStringView text(m_article.text);
    for (const Span &sentence : sentences) {
        QList<const Timex *> dates;
        const Timex *lastNarrative = nullptr;
        for (const Timex *timex : inside(m_annotations.timexes, sentence)) {
            if (isOutsideBody(*timex))
                continue;
            if (isNarrativeDate(*timex) && timex->value != u"PRESENT_REF")
                lastNarrative = timex;
            if (datesAHappening(*timex, text))
                dates.append(timex);
        }
        // "at about 10:35 a.m. ... Friday": a time of day belongs to the day the sentence names; one
        // of another day ("touring Dar es Salaam Thursday and meeting police Friday morning") is a
        // happening of its own.
        QList<QDate> namedDays;
        for (const Timex *timex : std::as_const(dates)) {
            if (timex->type == TimexType::Date && timex->interval.precision == DatePrecision::Day)
                namedDays.append(timex->interval.start);
        }
        if (!namedDays.isEmpty()) {
            static const QRegularExpression namesItsDay(
                QStringLiteral("\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|tomorrow|tonight)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            dates.removeIf([&namedDays](const Timex *timex) {
                return timex->type == TimexType::Time
                    && (namedDays.contains(timex->interval.start) || !timex->interval.start.isValid()
                        || !namesItsDay.match(timex->text).hasMatch());
            });
        }
        // One event per distinct date: "between October 24 and 26" is one, "on Monday ... in August" two.
        QList<const Timex *> distinct;
        for (const Timex *timex : std::as_const(dates)) {
            const bool seen = std::any_of(distinct.cbegin(), distinct.cend(), [timex](const Timex *other) {
                return other->interval.start == timex->interval.start && other->interval.end == timex->interval.end;
            });
            if (!seen)
                distinct.append(timex);
        }

        const QStringView sentenceText = text.mid(sentence.start, sentence.end - sentence.start);
        m_sentenceTriggers = EventLexicon::instance().triggers(sentenceText, sentence.start);
        const qsizetype eventsBefore = m_events.size();
        if (!distinct.isEmpty()) {
            const QList<TextRange> clauses = Clauses::split(sentenceText, sentence.start);
            for (const Timex *timex : std::as_const(distinct)) {
                Span span = sentence;
                if (distinct.size() > 1) {
                    for (const TextRange &clause : clauses) {
                        if (timex->start >= clause.start && timex->start < clause.end()) {
                            span = Span {clause.start, clause.end()};
                            break;
                        }
                    }
                }
                const std::optional<Aside> aside = earlierOrLaterHappening(*timex, span);
                if (aside)
                    span.end = aside->head;
                // "39 deaths in southern Lebanon last year", "deaths of 1.7 million in the late 1970s":
                // harm counted over a year or more is a statistic, not a happening.
                if (isTollOverAPeriod(*timex, span))
                    continue;
                Event event = buildEvent(span, sentence, timex, {});
                if (distinct.size() > 1)
                    event.places = placesNearestTo(*timex, distinct, holdsOwnPlace(span) ? span : sentence);
                // "the August 7 bombings in east Africa": only the places told with that attack.
                if (const auto nounEnd = attackNamedBy(*timex, text)) {
                    if (const QList<EventPlace> own = placesOfAttack(*nounEnd, sentence.end); !own.isEmpty())
                        event.places = own;
                }
                m_events.append(event);
                if (aside) {
                    DateInterval when;
                    if (aside->sameDay) {
                        when = timex->interval;
                        when.derivation = DateDerivation::Narrative;
                    }
                    Event told = buildEvent(Span {aside->start, aside->end}, sentence, nullptr, when);
                    if (!aside->sameDay)
                        told.dateText.clear();
                    m_events.append(told);
                }
            }
            // "At least 82 were killed, officials said Saturday": the toll of the attack already told.
            if (hasCasualties(sentence)
                && std::none_of(m_events.cbegin() + eventsBefore, m_events.cend(),
                                [](const Event &e) { return isViolent(e.type); }))
                fillEarlierViolence(sentence, eventsBefore);
        } else {
            const QList<Trigger> &triggers = m_sentenceTriggers;
            // "Aoun condemned the strikes": an attack named as known is no violence of this sentence.
            const auto newViolence = [&](const Trigger &t) {
                return t.violent && !isReferencedAttack(t, Span {}, sentenceText, sentence.start);
            };
            const bool violent = std::any_of(triggers.cbegin(), triggers.cend(), newViolence);
            // Only words of harm ("were injured") tell the toll of an attack already told.
            const bool attacks = std::any_of(triggers.cbegin(), triggers.cend(),
                                             [&](const Trigger &t) { return newViolence(t) && !t.harm; });
            const bool continues = EventLexicon::startsWithContinuation(sentenceText) && !triggers.isEmpty();
            const bool placesOwnCasualties =
                hasCasualties(sentence) && !inside(m_annotations.places, sentence).isEmpty();
            const bool follows = m_previousSentenceEvent >= 0;
            const bool followsViolence = follows && isViolent(m_events[m_previousSentenceEvent].type);
            const bool isLead = &sentence == &sentences.first();
            const bool happened = std::any_of(triggers.cbegin(), triggers.cend(), [text](const Trigger &t) {
                return !t.speech && !t.harm && isPastTense(text.mid(t.start, t.end - t.start));
            });
            if ((continues || (placesOwnCasualties && followsViolence)) && m_narrativeDate.isValid()) {
                DateInterval inherited = m_narrativeDate;
                inherited.derivation = DateDerivation::Narrative;
                Event event = buildEvent(sentence, sentence, nullptr, inherited);
                if (follows) {
                    // The same hands carry on: "In response, they ..." keeps the previous actors in view.
                    addActors(event, sentence, true);
                    if (event.places.isEmpty())
                        event.places = m_events[m_previousSentenceEvent].places;
                }
                event.confidence = 0.6;
                m_events.append(event);
            } else if ((EventLexicon::speaksOfTheWritingTime(sentenceText) || (isLead && happened))
                       && !triggers.isEmpty() && m_article.referenceDate.isValid()) {
                // A lead without a date reports the day's news; so does "this coincides with".
                DateInterval today {m_article.referenceDate, m_article.referenceDate, DatePrecision::Day,
                                    DateDerivation::Reference};
                Event event = buildEvent(sentence, sentence, nullptr, today);
                event.dateText.clear();
                m_events.append(event);
            } else if (!hasCasualties(sentence) && hasRunningToll(sentence)) {
                // "More than 30,000 have been killed since the war began": no single happening's toll.
            } else if (follows && hasCasualties(sentence) && isViolent(m_events[m_previousSentenceEvent].type)) {
                // "... and there were no injuries": figures for the happening just told.
                addFigures(m_events[m_previousSentenceEvent], sentence);
            } else if (hasCasualties(sentence) && !attacks) {
                fillEarlierViolence(sentence, eventsBefore);
            } else if (violent && !(followsViolence && !attacks)) {
                // ("A 74-year-old woman was among the dead" after the attack is told is a detail of it.)
                Event event = buildEvent(sentence, sentence, nullptr, DateInterval {});
                event.dateText.clear();
                event.confidence = 0.4;
                m_events.append(event);
            }
        }

        takePendingToll(eventsBefore);
        placeByOtherMention(sentence, eventsBefore);

        placeByDefiniteDescription(eventsBefore);

        // A happening told without a place of its own is placed where the report was filed
        // ("said here Friday"): the nearest the text comes to saying where. "Here" names that
        // place even beside others ("the embassy here ... Kenya's police").
        for (qsizetype i = eventsBefore; i < m_events.size() && m_datelinePlace; ++i) {
            Event &event = m_events[i];
            const QStringView span = text.mid(event.sentenceStart, event.sentenceEnd - event.sentenceStart);
            const bool saysHere = EventLexicon::pointsToTheDateline(span);
            const bool known = std::any_of(event.places.cbegin(), event.places.cend(), [this](const EventPlace &place) {
                return place.canonicalName == m_datelinePlace->canonicalName;
            });
            // "Kenyan police leaders" in a report filed from Nairobi: the filing city is the nearer guess.
            const bool onlyItsCountry = !event.places.isEmpty()
                && std::all_of(event.places.cbegin(), event.places.cend(), [&](const EventPlace &place) {
                       return place.kind == u"country" && place.countryCode == m_datelinePlace->countryCode
                           && isHomeOnly(place, Span {event.sentenceStart, event.sentenceEnd});
                   });
            if (onlyItsCountry)
                event.places.clear();
            if ((event.places.isEmpty() || saysHere) && !known)
                event.places.append(*m_datelinePlace);
        }
        if (lastNarrative) {
            m_narrativeDate = lastNarrative->interval;
            m_narrativeText = lastNarrative->text;
        }
        m_previousSentenceEvent = -1;
        if (m_events.size() > eventsBefore && m_events.last().isDated())
            m_previousSentenceEvent = m_events.size() - 1;
    }
    return m_events;
}

} // namespace

EventAssembler::EventAssembler(Options options)
    : m_options(std::move(options))
{ }

QList<Event> EventAssembler::assemble(const Article &article, const ArticleAnnotations &annotations) const
{
    Assembly assembly(article, annotations, m_options);
    return assembly.run();
}

} // namespace Sitrep
