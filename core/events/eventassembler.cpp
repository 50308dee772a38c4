// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventassembler.h"

#include "events/attackcoreference.h"
#include "events/clauses.h"
#include "events/eventlexicon.h"
#include "events/eventsummary.h"
#include "events/eventtyping.h"
#include "events/literals.h"
#include "events/lowercase.h"
#include "events/offsetspan.h"
#include "text/sentencesplitter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <list>
#include <vector>

namespace Sitrep {
namespace {

namespace Literals = Events::Literals;
using Events::AttackCoreference;
using Events::inside;
using Events::isPastTense;
using Events::isReferencedAttack;
using Events::isViolent;
using Events::LowerCase;
using Events::mayBeTheAgent;
using Events::Span;
using Events::typeFor;
using Events::wordBefore;

// "Escalation of airstrikes": a heading between paragraphs names a topic, not a happening.
bool isCrosshead(QStringView sentence)
{
    const QStringView trimmed = sentence.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80)
        return false;
    return trimmed.back().isLetterOrNumber();
}

bool isNarrativeDate(const Timex &timex, const QDate &reference)
{
    // A span of days or weeks counted back from the reference date ("in the past 24 hours", "over the
    // past three days") dates what happened within it. Other lengths of time ("for three days"), spans
    // still ahead ("in the next two weeks") and spans of months or years ("in recent years", a frame
    // for trends and tallies) do not.
    const bool spanUpToNow = timex.type == TimexType::Duration && timex.interval.derivation == DateDerivation::Reference
        && timex.interval.end == reference && timex.interval.start.daysTo(timex.interval.end) <= 31;
    return (timex.type == TimexType::Date || timex.type == TimexType::Time || spanUpToNow) && timex.interval.isValid();
}

// Dates that mark when something began ("since February") or that merely set the scene
// ("currently", "at the moment") do not date a happening of their own.
bool datesAHappening(const Timex &timex, QStringView text, const QDate &reference)
{
    if (!isNarrativeDate(timex, reference))
        return false;
    if (timex.value == u"PRESENT_REF" || timex.value == u"PAST_REF" || timex.value == u"FUTURE_REF")
        return false;
    const LowerCase before(
        text.mid(qMax<qsizetype>(0, timex.start - 8), timex.start - qMax<qsizetype>(0, timex.start - 8)));
    const LowerCase lowerTimex(timex.text);
    if (Literals::endsWith(before.view(), u"since ") || Literals::startsWith(lowerTimex.view(), u"since "))
        return false;
    // "Kyiv had until Thursday to accept it": a deadline, not when anything happened - unless a
    // negation makes it the time something did happen ("was not made public until late April") or it
    // closes a range ("from January 2001 until January 2002").
    if (Literals::endsWith(before.view(), u"until ") || Literals::startsWith(lowerTimex.view(), u"until ")) {
        const qsizetype from = qMax<qsizetype>(0, timex.start - 80);
        const LowerCase lead(text.mid(from, timex.start - from));
        const QStringView leading = lead.view();
        const bool happenedThen = Literals::contains(leading, u"not ") || Literals::contains(leading, u"n't ")
            || Literals::contains(leading, u"n\u2019t ") || Literals::contains(leading, u"never ");
        const bool closesRange = Literals::contains(leading, u"from ");
        if (!happenedThen && !closesRange)
            return false;
    }
    // "the heaviest attack of the autumn", "the deadliest day this year": the date is the frame of a
    // comparison, not when something happened.
    static const QRegularExpression superlative(QStringLiteral(
        "\\b(?:the|its|their)\\s+(?:\\w+iest|largest|biggest|worst|strongest|longest|greatest|most\\s+\\w+)"
        "\\s+(?:[\\w-]+\\s+){0,6}?(?:(?:of|in|so\\s+far)\\s+(?:the\\s+)?)?$"));
    {
        const qsizetype near = qMax<qsizetype>(0, timex.start - 80);
        const QStringView window = text.mid(near, timex.start - near);
        static const Literals::AnyOf comparing {u"est ", u"worst", u"most "};
        const bool mayCompare = comparing.in(window);
        if (mayCompare && superlative.match(window).hasMatch())
            return false;
    }
    // "since the start of the full-scale invasion in February 2022": still a starting point.
    const qsizetype from = qMax<qsizetype>(0, timex.start - 90);
    // (Its lower case holds "since " only where the text holds it in some case.)
    if (!Literals::containsInAnyCase(text.mid(from, timex.start - from), u"since "))
        return true;
    const LowerCase lowerPhrase(text.mid(from, timex.start - from));
    const QStringView phrase = lowerPhrase.view();
    const qsizetype since = Literals::lastIndexOf(phrase, u"since ");
    if (since >= 0 && (since == 0 || !phrase[since - 1].isLetter())) {
        const QStringView between = phrase.mid(since);
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
    const LowerCase lower(clause.trimmed().left(24));
    QStringView rest = lower.view();
    for (const QStringView prefix : std::initializer_list<QStringView> {u"that ", u"and ", u"but ", u"in response, ",
                                                                        u"in fact, ", u"in retaliation, ", u"then "}) {
        if (Literals::startsWith(rest, prefix))
            rest = rest.mid(QStringView(prefix).size());
    }
    for (const QStringView word : std::initializer_list<QStringView> {u"he ", u"she ", u"his ", u"her "}) {
        if (Literals::startsWith(rest, word))
            return Pronoun::Person;
    }
    for (const QStringView word : std::initializer_list<QStringView> {u"they ", u"it ", u"their ", u"its "}) {
        if (Literals::startsWith(rest, word))
            return Pronoun::Group;
    }
    return Pronoun::None;
}

class Assembly final
{
public:
    Assembly(const Article &article, const ArticleAnnotations &annotations, const EventAssembler::Options &options)
        : m_article(article)
        , m_annotations(annotations)
        , m_options(options)
        , m_attacks(article, annotations)
        , m_runningTolls(std::size_t(annotations.figures.size()), -1)
        , m_placesOrdered(Events::ordered(annotations.places))
        , m_figuresOrdered(Events::ordered(annotations.figures))
        , m_actorsOrdered(Events::ordered(annotations.actors))
        , m_timexesOrdered(Events::ordered(annotations.timexes))
    { }

    QList<Event> run();

private:
    QList<Span> bodySentences() const;
    bool isOutsideBody(const Timex &timex) const;
    Event buildEvent(const Span &span, const Span &sentence, const Timex *timex, const DateInterval &inherited);
    bool inheritsTheNarrativeDate(bool toldInThePast) const;
    bool reportsARisingToll(const Timex &timex, const Span &sentence) const;
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
        bool happened = false; // told as done ("hours after a drone killed two"), not planned
        int daysLater = 0; // how many days the aside's happening is after the first ("a day after": -1)
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
    Events::Inside<LocatedPlace> placesIn(const Span &span) const
    {
        return inside(m_annotations.places, span, m_placesOrdered);
    }
    Events::Inside<Figure> figuresIn(const Span &span) const
    {
        return inside(m_annotations.figures, span, m_figuresOrdered);
    }
    Events::Inside<ActorMention> actorsIn(const Span &span) const
    {
        return inside(m_annotations.actors, span, m_actorsOrdered);
    }
    Events::Inside<Timex> timexesIn(const Span &span) const
    {
        return inside(m_annotations.timexes, span, m_timexesOrdered);
    }
    bool isReportedContent(const Trigger &speech, const LocatedPlace &place) const;
    bool hasCasualties(const Span &span) const;
    bool isRunningToll(const Figure &figure) const;
    bool hasRunningToll(const Span &span) const;
    void joinCoordinatedDays(QList<const Timex *> &dates, std::list<Timex> &joined) const;
    qsizetype sourceDateComma(const Timex &date, const Span &sentence) const;
    qsizetype commaBeforeSource(const Trigger &speech, const Span &sentence) const;
    qsizetype trailingSourceStart(const Span &sentence) const;
    void dropAttributionDate(QList<const Timex *> &dates, const Span &sentence) const;
    enum class Retelling { No, Again, Redated };
    Retelling retellsTheAttackJustTold(const Timex &timex, const Span &sentence) const;

    const Article &m_article;
    const ArticleAnnotations &m_annotations;
    const EventAssembler::Options &m_options;
    QList<Event> m_events;
    QList<Trigger> m_sentenceTriggers; // of the sentence being assembled, scanned once

    // The narrative so far.
    DateInterval m_narrativeDate;
    QString m_narrativeText;
    qsizetype m_previousSentenceEvent = -1; // the dated event the previous sentence gave, if any
    bool m_keepPreviousEvent = false; // this sentence only told more of that event
    QSet<qsizetype> m_datedBySource; // events dated only by the day their source spoke
    std::optional<EventPlace> m_datelinePlace; // where the report was filed: "NAIROBI, Kenya (AP) _"
    AttackCoreference m_attacks; // where the attacks the article tells again were placed
    mutable std::vector<signed char> m_runningTolls; // isRunningToll of each figure: -1 not yet asked
    std::optional<Span> m_pendingToll; // a toll told before any attack it could belong to
    int m_sentencesSinceToll = 0;
    // Annotations in the order of the text are read by span from where the span starts.
    bool m_placesOrdered;
    bool m_figuresOrdered;
    bool m_actorsOrdered;
    bool m_timexesOrdered;
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

// Whether the words after a figure may say it adds up a period: an ASCII text needs one of these
// words (in any case) for the pattern below; any other is left to the pattern.
bool mayTallyAfter(QStringView text)
{
    if (!Literals::Detail::isPlain(text))
        return true;
    const LowerCase lower(text);
    static const Literals::AnyOf words {u"since", u"far", u"date", u"total", u"altogether", u"overall"};
    return words.in(lower.view());
}

bool Assembly::isRunningToll(const Figure &figure) const
{
    // "More than 30,000 have been killed since the war began", "the war ... killed more than 4,000
    // people", "Since November 2023, the rebels have ... killed four sailors": a toll that adds up
    // many happenings belongs to none of them.
    static const QRegularExpression after(
        QStringLiteral("^[\\s,]*(?:[\\w-]+\\s+){0,3}?(?:since|so\\s+far|to\\s+date|in\\s+total|altogether|overall)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression warAsSubject(
        QStringLiteral("(?:\\b[Tt]he\\s+(?:war|conflict|fighting|offensive|campaign|siege|insurgency)|\\bSince)\\b"
                       "(?:(?![.!?]\\s+\\p{Lu})[^;])*$"));
    // Asked of the same figure by every test of its sentence: each answer is kept.
    signed char &known = m_runningTolls[std::size_t(&figure - m_annotations.figures.constData())];
    if (known < 0) {
        const QStringView text(m_article.text);
        const qsizetype from = qMax<qsizetype>(0, figure.start - 160);
        const QStringView before = text.mid(from, figure.start - from);
        const QStringView following = text.mid(figure.end, 50);
        static const Literals::AnyOf wars {u"war",      u"conflict", u"fighting",   u"offensive",
                                           u"campaign", u"siege",    u"insurgency", u"Since"};
        known = (mayTallyAfter(following) && after.match(following).hasMatch())
            || (wars.in(before) && warAsSubject.match(before).hasMatch());
    }
    return known;
}

bool Assembly::hasRunningToll(const Span &span) const
{
    const auto figures = figuresIn(span);
    return std::any_of(figures.cbegin(), figures.cend(),
                       [this](const Figure *figure) { return isRunningToll(*figure); });
}

bool Assembly::hasCasualties(const Span &span) const
{
    for (const Figure *figure : figuresIn(span)) {
        if ((figure->kind == Figure::Kind::Killed || figure->kind == Figure::Kind::Injured) && !isRunningToll(*figure))
            return true;
    }
    return false;
}

void Assembly::addFigures(Event &event, const Span &span) const
{
    for (const Figure *figure : figuresIn(span)) {
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

    for (const ActorMention *mention : actorsIn(span)) {
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

// "Mediators are due to meet in Cairo later this week. Meanwhile, settlers torched cars near
// Ramallah": what already happened is not dated by a plan still ahead.
bool Assembly::inheritsTheNarrativeDate(bool toldInThePast) const
{
    if (!m_narrativeDate.isValid())
        return false;
    const QDate reference = m_article.referenceDate;
    // ("later this week" is ahead though the week began before the reference date.)
    const bool saidAhead = Literals::containsInAnyCase(m_narrativeText, u"later")
        || Literals::containsInAnyCase(m_narrativeText, u"next")
        || Literals::containsInAnyCase(m_narrativeText, u"coming");
    const bool ahead =
        reference.isValid() && m_narrativeDate.end > reference && (m_narrativeDate.start >= reference || saidAhead);
    return !(toldInThePast && ahead);
}

// Words after which a place is where something is, not who acts.
constexpr QStringView placePrepositions[] = {u" in ", u" at ", u" from ", u" of ", u" near ", u" to ", u" outside "};

// "The death toll from a missile strike on Ternopil rose to 33 on Friday": the day the count was
// given, like the day a source spoke, and not the day of the strike.
bool Assembly::reportsARisingToll(const Timex &timex, const Span &sentence) const
{
    static const QRegularExpression risen(
        QStringLiteral("\\btoll\\b[^.;]{0,120}?\\b(?:rose|risen|climbed|increased|reached|jumped|has\\s+grown)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView before = QStringView(m_article.text).mid(sentence.start, timex.start - sentence.start);
    return Literals::containsInAnyCase(before, u"toll") && risen.match(before).hasMatch();
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
        for (const LocatedPlace *located : placesIn(where)) {
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
    // "Russia fired 653 drones at Ukraine": the country that fires is the attacker, not where it
    // struck; "Moscow said Thursday that its troops had captured ...": a capital that speaks is its
    // government, not where the happening was.
    const auto afterAPreposition = [this](qsizetype start) {
        const QStringView before =
            QStringView(m_article.text).mid(qMax<qsizetype>(0, start - 8), qMin<qsizetype>(start, 8));
        return std::any_of(std::begin(placePrepositions), std::end(placePrepositions),
                           [before](QStringView preposition) { return Literals::endsWith(before, preposition); });
    };
    if (event.places.size() > 1) {
        for (const LocatedPlace *located : placesIn(span)) {
            const bool country = located->place.kind == u"country";
            if ((!country && located->place.kind != u"city") || event.places.size() < 2)
                continue;
            const bool acts =
                std::any_of(m_sentenceTriggers.cbegin(), m_sentenceTriggers.cend(), [&](const Trigger &trigger) {
                    if (trigger.start != located->end + 1 || m_article.text[located->end] != u' ')
                        return false;
                    const QStringView verb =
                        QStringView(m_article.text).mid(trigger.start, trigger.end - trigger.start);
                    // The speaker of what the event tells, as the subject ("exiles in Miami say" is not;
                    // "Sao Paulo reported 327 deaths" is the city's own count).
                    if (trigger.speech)
                        return event.type != EventType::Statement && event.type != EventType::Diplomacy
                            && verb != u"reported" && verb != u"confirmed" && !afterAPreposition(located->start);
                    // ("Russia launched a massive attack on ...")
                    return country && ((trigger.violent && !trigger.harm) || verb == u"launched");
                });
            if (acts)
                event.places.removeIf([located](const EventPlace &place) {
                    return place.canonicalName == located->place.canonicalName && place.kind == located->place.kind;
                });
        }
    }
    addActors(event, span, false);
    addFigures(event, span);
    if (!event.killed.isKnown() && !event.injured.isKnown() && span.start != sentence.start)
        addFigures(event, sentence);

    // "agreed to a ceasefire after fighting that killed dozens": the dead are the fighting's, and talks
    // kill no one.
    if (event.type == EventType::Diplomacy) {
        event.killed = {};
        event.injured = {};
    }
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
    // equals), its subject rather than a town named once in passing. "In the troubled region", "the
    // province" are likewise in the region or country it has named most.
    static const QRegularExpression town(QStringLiteral("\\bthe\\s+(?:city|town|port|village|airport|harbou?r)\\b"));
    static const QRegularExpression region(
        QStringLiteral("\\bthe\\s+(?:[a-z-]+\\s+)?(?:region|province|territory|enclave)\\b"));
    for (qsizetype i = firstNew; i < m_events.size(); ++i) {
        Event &event = m_events[i];
        if (!event.places.isEmpty() || event.type == EventType::Statement)
            continue;
        const QStringView span =
            QStringView(m_article.text).mid(event.sentenceStart, event.sentenceEnd - event.sentenceStart);
        static const Literals::AnyOf towns {u"city", u"town", u"port", u"village", u"airport", u"harbo"};
        static const Literals::AnyOf regions {u"region", u"province", u"territory", u"enclave"};
        const bool inTown = towns.in(span) && town.match(span).hasMatch();
        const bool inRegion = !inTown && regions.in(span) && region.match(span).hasMatch();
        if (!inTown && !inRegion)
            continue;
        QHash<QString, int> mentions;
        const EventPlace *subject = nullptr;
        int most = 0;
        for (const LocatedPlace &located : m_annotations.places) {
            if (located.start >= event.sentenceStart)
                break;
            const bool fits = inTown ? located.place.kind == u"city" : located.place.kind != u"city";
            if (located.onlyIfNoOther || !fits)
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
    const bool months = timex.interval.start.isValid() && timex.interval.start.daysTo(timex.interval.end) > 62;
    if (precision != DatePrecision::Season && precision != DatePrecision::Quarter && precision != DatePrecision::Year
        && precision != DatePrecision::Decade && !months)
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
    for (const LocatedPlace *located : placesIn(span)) {
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
    const auto places = placesIn(span);
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
        for (const LocatedPlace *place : placesIn(sentence)) {
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
    static const Literals::AnyOf relatives {u"which", u"who", u"where"};
    if (!Literals::contains(before, u",") || !relatives.in(before))
        return std::nullopt; // no opener can be there
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
        ",?\\s+(?:(?:just|only|barely|mere)\\s+)?(?:(hours|minutes|moments|shortly)|(?:(a|one|two|three|four|five|"
        "several|a\\s+few)\\s+)?(days?|weeks?))\\s+(after|before)\\s+"));
    if (timex.end >= span.end)
        return std::nullopt;
    const QStringView rest = QStringView(m_article.text).mid(timex.end, span.end - timex.end);
    static const Literals::AnyOf connectives {u"after", u"before"};
    static const Literals::AnyOf lengths {u"hours", u"minutes", u"moments", u"shortly", u"day", u"week"};
    if (!connectives.in(rest) || !lengths.in(rest))
        return std::nullopt; // no connective can be there
    const QRegularExpressionMatch match = connective.match(rest);
    if (!match.hasMatch())
        return std::nullopt;
    const qsizetype head = timex.end + match.capturedStart();
    const qsizetype start = timex.end + match.capturedEnd();
    // A clause of its own, with a verb that tells what happened; not "until shortly after the bombings".
    const QStringView text(m_article.text);
    const bool happens = std::any_of(m_sentenceTriggers.cbegin(), m_sentenceTriggers.cend(), [&](const Trigger &t) {
        return !t.speech && t.start >= start && t.end <= span.end
            && (t.harm || isPastTense(text.mid(t.start, t.end - t.start))); // "an ambush ... left 15 dead"
    });
    // "On October 25, a day before El Fasher fell, the RSF seized Bara": with nothing told before it,
    // the phrase only dates the main clause.
    const bool toldBefore = std::any_of(m_sentenceTriggers.cbegin(), m_sentenceTriggers.cend(), [&](const Trigger &t) {
        return !t.speech && t.start >= span.start && t.end <= head;
    });
    // "..., hours before mediators were due to meet in Cairo": a plan is no happening, but its words
    // (and its places) are still not the first happening's.
    const bool setOff = match.capturedStart() == 0 && rest.startsWith(u',');
    if (!toldBefore || (!happens && !setOff))
        return std::nullopt;
    // "a day after", "two days before": a count of days says which day the other happening was.
    int daysLater = 0;
    if (match.capturedView(3).startsWith(u"day")) {
        static const QStringList counts {QStringLiteral("a"),     QStringLiteral("one"),  QStringLiteral("two"),
                                         QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five")};
        const qsizetype count = counts.indexOf(match.captured(2));
        if (count >= 0)
            daysLater = int(qMax<qsizetype>(1, count)) * (match.capturedView(4) == u"after" ? -1 : 1);
    }
    return Aside {head, start, span.end, match.capturedLength(1) > 0, happens, daysLater};
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
    const QStringView between = QStringView(m_article.text).mid(speech.end, place.start - speech.end);
    static const QRegularExpression complement(QStringLiteral("\\b(?:that|whether)\\s"));
    if (Literals::containsAny(between, {u"that", u"whether"}) && complement.match(between).hasMatch())
        return true;
    return std::any_of(m_sentenceTriggers.cbegin(), m_sentenceTriggers.cend(), [&](const Trigger &trigger) {
        return !trigger.speech && trigger.start >= speech.end && trigger.end <= place.start;
    });
}

// "shelled the camp late Sunday and early Monday": two days joined by "and" with nothing else
// between them are the span of one happening, not two happenings; so are the ends of a range
// ("killed between October 2024 and June 2025", "from March to May").
void Assembly::joinCoordinatedDays(QList<const Timex *> &dates, std::list<Timex> &joined) const
{
    const QStringView text(m_article.text);
    for (qsizetype i = 0; i + 1 < dates.size(); ++i) {
        const Timex &first = *dates[i];
        const Timex &second = *dates[i + 1];
        if (second.start < first.end || first.interval.precision != second.interval.precision
            || !first.interval.end.isValid() || !second.interval.start.isValid()
            || second.interval.start <= first.interval.end)
            continue;
        const QStringView between = text.mid(first.end, second.start - first.end).trimmed();
        const QStringView before =
            text.mid(std::max<qsizetype>(0, first.start - 8), std::min<qsizetype>(first.start, 8));
        const bool adjacentDays = first.interval.precision == DatePrecision::Day
            && first.interval.end.addDays(1) == second.interval.start
            && (between == u"and" || between == u"or" || between == u"through" || between == u"to");
        const bool range = (before.endsWith(u"between ") && between == u"and")
            || (before.endsWith(u"from ") && (between == u"to" || between == u"until" || between == u"through"));
        if (!adjacentDays && !range)
            continue;
        Timex &both = joined.emplace_back(first);
        both.end = second.end;
        both.text = text.mid(first.start, second.end - first.start).toString();
        both.interval.end = second.interval.end;
        dates[i] = &both;
        dates.removeAt(i + 1);
    }
}

// The comma before a source named after what it tells ("..., the ministry said"): where it stands,
// or -1 when the source is long or closes a quote ("'We are back,' Adams said Sunday": the quote's
// speech is the event).
qsizetype Assembly::commaBeforeSource(const Trigger &speech, const Span &sentence) const
{
    const QStringView before = QStringView(m_article.text).mid(sentence.start, speech.start - sentence.start);
    const qsizetype comma = before.lastIndexOf(u',');
    if (comma < 0)
        return -1;
    const QStringView source = before.mid(comma);
    if (source.size() > 60 || source.contains(u'"') || source.contains(u"''") || source.contains(u'\u201d'))
        return -1;
    return sentence.start + comma;
}

// Where a source named at the end of a sentence begins ("..., the ministry said."), or the
// sentence's end when none is.
qsizetype Assembly::trailingSourceStart(const Span &sentence) const
{
    const QStringView text(m_article.text);
    for (const Trigger &t : m_sentenceTriggers) {
        if (!t.speech || sentence.end - t.end > 12)
            continue;
        const QStringView tail = text.mid(t.end, sentence.end - t.end).trimmed();
        if (!tail.isEmpty() && tail != u"." && !tail.startsWith(u"on ") && tail.size() > 14)
            continue;
        if (const qsizetype comma = commaBeforeSource(t, sentence); comma >= 0)
            return comma;
    }
    return sentence.end;
}

// "..., aid groups said Tuesday.": the day a source named after the happening spoke. Returns where
// the comma before the source stands, or -1.
// How an aside after a source's date may begin.
constexpr QStringView asideOpeners[] = {u", the ", u", a ", u", an ", u", in ", u", one of ", u", amid "};

qsizetype Assembly::sourceDateComma(const Timex &date, const Span &sentence) const
{
    const auto speech = std::find_if(m_sentenceTriggers.cbegin(), m_sentenceTriggers.cend(), [&date](const Trigger &t) {
        return t.speech && t.end <= date.start && date.start - t.end <= 12;
    });
    if (speech == m_sentenceTriggers.cend())
        return -1;
    // Nothing but a short tail or an aside may follow ("..., said on Sunday, the latest in a wave of
    // violence", "said Monday, in one of the deadliest attacks this year"); "said Tuesday that ..."
    // tells what was said.
    const QStringView after = QStringView(m_article.text).mid(date.end, sentence.end - date.end);
    static const QRegularExpression complement(QStringLiteral("\\bthat\\b"));
    const bool apposition = std::any_of(std::begin(asideOpeners), std::end(asideOpeners),
                                        [after](QStringView opener) { return after.startsWith(opener); });
    if ((after.size() > 40 && !apposition) || complement.match(after).hasMatch())
        return -1;
    return commaBeforeSource(*speech, sentence);
}

// "shelled the camp on Sunday, killing 40 people, aid groups said Tuesday": the day the source
// spoke dates no happening of its own when the sentence has already dated what happened.
void Assembly::dropAttributionDate(QList<const Timex *> &dates, const Span &sentence) const
{
    if (dates.size() < 2)
        return;
    const QStringView text(m_article.text);
    const qsizetype commaAt = sourceDateComma(*dates.last(), sentence);
    if (commaAt < 0)
        return;
    // The earlier date must date the happening told, not an attack it refers to ("expelled five
    // Iraqis questioned over the bombing of the embassies last month, a newspaper reported Friday"):
    // the word of a happening nearest to it is a verb in the past.
    const auto told =
        std::find_if(dates.crbegin() + 1, dates.crend(), [commaAt](const Timex *t) { return t->end <= commaAt; });
    if (told == dates.crend())
        return;
    // "killed in clashes in recent days, officials said on Sunday": a span up to now dates the toll.
    if ((*told)->type == TimexType::Duration) {
        dates.removeLast();
        return;
    }
    const Trigger *nearest = nullptr;
    qsizetype nearestDistance = std::numeric_limits<qsizetype>::max();
    // "Gang members killed at least 50 people ...": a verb of harm with someone doing it is the
    // happening; "..., killing 40" and "were killed" only tell its toll, and "the bombings ... that
    // killed 224" names an attack the sentence refers to.
    const auto doneBySomeone = [&](const Trigger &trigger) {
        if (!isPastTense(text.mid(trigger.start, trigger.end - trigger.start)))
            return false;
        const QStringView word = wordBefore(text.mid(sentence.start), trigger.start - sentence.start);
        return mayBeTheAgent(word) && word != u"that" && word != u"which" && word != u"who";
    };
    for (const Trigger &trigger : m_sentenceTriggers) {
        if (trigger.speech || (trigger.harm && !doneBySomeone(trigger)))
            continue;
        const qsizetype distance = trigger.end <= (*told)->start ? (*told)->start - trigger.end
            : trigger.start >= (*told)->end                      ? trigger.start - (*told)->end
                                                                 : 0;
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = &trigger;
        }
    }
    if (!nearest)
        return;
    // "Friday's attack on Kherson killed two more people, the governor said late on Saturday": the
    // dated attack is the subject of a verb in the past before the source.
    const auto pastVerbAfter = [&](const Trigger &noun) {
        return std::any_of(m_sentenceTriggers.cbegin(), m_sentenceTriggers.cend(), [&](const Trigger &t) {
            return !t.speech && t.start >= noun.end && t.end <= commaAt && t.start - noun.end <= 60
                && isPastTense(text.mid(t.start, t.end - t.start));
        });
    };
    const bool possessive = text.mid((*told)->end, 2) == u"'s" || text.mid((*told)->end, 2) == u"\u2019s";
    if (isPastTense(text.mid(nearest->start, nearest->end - nearest->start))
        || (possessive && nearest->start >= (*told)->end && pastVerbAfter(*nearest)))
        dates.removeLast();
}

// "The attack took place ...": a sentence about the attack just told, saying when or where it was.
QRegularExpressionMatch tellsWhereOrWhenTheAttackWas(QStringView sentence)
{
    static const QRegularExpression tookPlace(QStringLiteral(
        "^(?:The|That|This)\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks?|strikes?|air\\s?strikes?|bombings?|shelling|raids?|"
        "assault|explosions?|blasts?)\\s+(?:took\\s+place|happened|occurred|was\\s+carried\\s+out|unfolded)\\b"));
    // (The pattern needs these words.)
    static const Literals::AnyOf happenedWords {u"took", u"happened", u"occurred", u"carried", u"unfolded"};
    if (!Literals::startsWith(sentence, u"Th") || !happenedWords.in(sentence))
        return QRegularExpressionMatch();
    return tookPlace.match(sentence);
}

// "The attack took place around 1 a.m. Friday": a sentence that only says when the attack the
// previous sentence told happened, a day or two before the report's date that sentence had; "The
// strike hit the bus near Bilopillia at about 6:20 a.m.": the same attack told again, the same day.
Assembly::Retelling Assembly::retellsTheAttackJustTold(const Timex &timex, const Span &sentence) const
{
    if (m_previousSentenceEvent < 0 || timex.interval.precision != DatePrecision::Day)
        return Retelling::No;
    const Event &told = m_events[m_previousSentenceEvent];
    if (!isViolent(told.type) || !told.date.start.isValid())
        return Retelling::No;
    // "killed at least 50 people over the weekend. Residents said the attackers arrived before dawn on
    // Saturday": a day inside the few days the attack was dated by.
    const bool within = told.date.start < told.date.end && told.date.start.daysTo(told.date.end) <= 7
        && timex.interval.start >= told.date.start && timex.interval.end <= told.date.end;
    if (told.date.precision != DatePrecision::Day && !within)
        return Retelling::No;
    const QStringView text = QStringView(m_article.text).mid(sentence.start, sentence.end - sentence.start);
    // "The strike(, the first on the capital since June,) hit a building ..." told the same day, or
    // dated only by the day its source spoke ("..., the ministry said on Monday").
    static const QRegularExpression definiteAttack(QStringLiteral(
        "^(?:The|That|This)\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks?|strikes?|air\\s?strikes?|bombings?|shelling|"
        "raids?|assault|explosions?|blasts?)(?:,[^,]{0,60},)?(?:\\s+(?:on|late|early)\\s+\\w+)?(?:\\s+also)?\\s+"
        "(?:hit|struck|tore|took\\s+place|happened|occurred|[a-z]+ed)\\b"));
    if ((timex.interval.start == told.date.start && timex.interval.end == told.date.end)
        || sourceDateComma(timex, sentence) >= 0)
        return definiteAttack.match(text).hasMatch() ? Retelling::Again : Retelling::No;
    const qint64 earlier = timex.interval.start.daysTo(told.date.start);
    if (!within && (earlier < 1 || earlier > 3))
        return Retelling::No;
    // "..., local media reported Friday. The strike hit the village early Thursday": the attack's
    // own day, before the day its source spoke.
    if (m_datedBySource.contains(m_previousSentenceEvent) && definiteAttack.match(text).hasMatch())
        return Retelling::Redated;
    QRegularExpressionMatch match = tellsWhereOrWhenTheAttackWas(text);
    if (!match.hasMatch() && (m_datedBySource.contains(m_previousSentenceEvent) || within)) {
        // "Gunmen killed 38 ..., police said on Sunday. The attackers stormed the village late on
        // Friday": the attack's own day, told after the day its source spoke - not a new attack.
        // Witnesses may tell it ("Residents said the attackers arrived before dawn on Saturday").
        static const QRegularExpression attackersActed(QStringLiteral(
            "^(?:(?:[A-Z][\\w-]*\\s+){1,3}(?:said|recalled|described\\s+how)\\s+(?:that\\s+)?)?(?:[Tt]he|[Tt]hose)\\s+"
            "(?:attackers|assailants|gunmen|raiders|militants|fighters)\\s+(?!again\\b)"
            "(?:stormed|struck|attacked|raided|opened\\s+fire|arrived|entered|came)\\b"));
        match = attackersActed.match(text);
    }
    if (!match.hasMatch())
        return Retelling::No;
    // ("The attack took place two days after ..." dates it by another happening; "before dawn" is a
    // time of day.)
    static const QRegularExpression anotherTime(
        QStringLiteral("\\b(?:after|before|since|following)\\b"
                       "(?!\\s+(?:dawn|daybreak|sunrise|sunset|dusk|dark|nightfall|midnight|noon)\\b)"));
    const qsizetype verbEnd = sentence.start + match.capturedEnd();
    const bool dated = timex.start >= verbEnd
        && !anotherTime.match(QStringView(m_article.text).mid(verbEnd, timex.start - verbEnd)).hasMatch();
    return dated ? Retelling::Redated : Retelling::No;
}

QList<Event> Assembly::run()
{
    if (!m_article.dateline.isEmpty()) {
        const Span dateline {m_article.dateline.start, m_article.dateline.end()};
        for (const LocatedPlace *located : placesIn(dateline)) {
            if (located->onlyIfNoOther)
                continue;
            if (!m_datelinePlace || (m_datelinePlace->kind != u"city" && located->place.kind == u"city"))
                m_datelinePlace = located->place;
        }
    }
    const QList<Span> sentences = bodySentences();
    m_attacks.collect(sentences);
    const QStringView text(m_article.text);
    for (const Span &sentence : sentences) {
        QList<const Timex *> dates;
        const Timex *lastNarrative = nullptr;
        for (const Timex *timex : timexesIn(sentence)) {
            if (isOutsideBody(*timex))
                continue;
            if (isNarrativeDate(*timex, m_article.referenceDate) && timex->value != u"PRESENT_REF")
                lastNarrative = timex;
            if (datesAHappening(*timex, text, m_article.referenceDate))
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
        std::list<Timex> joinedDays; // owns the days "late Sunday and early Monday" make together
        joinCoordinatedDays(distinct, joinedDays);
        dropAttributionDate(distinct, sentence);
        const qsizetype eventsBefore = m_events.size();
        qsizetype redated = -1;
        const Retelling retelling =
            distinct.size() == 1 ? retellsTheAttackJustTold(*distinct.first(), sentence) : Retelling::No;
        if (retelling != Retelling::No) {
            // "An air strike killed 23, residents said Saturday. The attack took place around 1 a.m.
            // Friday": the attack told is re-dated, and takes what this sentence adds.
            redated = m_previousSentenceEvent;
            const Event told = buildEvent(sentence, sentence, distinct.first(), {});
            Event &event = m_events[redated];
            if (retelling == Retelling::Redated) {
                event.date = told.date;
                event.dateText = told.dateText;
            }
            for (const EventPlace &place : told.places) {
                if (!event.places.contains(place))
                    event.places.append(place);
            }
            if (!event.killed.isKnown())
                event.killed = told.killed;
            if (!event.injured.isKnown())
                event.injured = told.injured;
            distinct.clear();
            m_attacks.placeEvents(sentence, m_events, eventsBefore);
        } else if (!distinct.isEmpty()) {
            bool periodToll = false; // "Thousands have been killed this year": counted, not happened
            // (Clauses matter only to tell several dates' happenings apart.)
            const QList<TextRange> clauses =
                distinct.size() > 1 ? Clauses::split(sentenceText, sentence.start) : QList<TextRange>();
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
                if (isTollOverAPeriod(*timex, span)) {
                    periodToll = true;
                    continue;
                }
                Event event = buildEvent(span, sentence, timex, {});
                // "the help your governments have provided in recent days": a span up to now dates
                // what was done in it, not what someone says of it.
                if (timex->type == TimexType::Duration && event.type == EventType::Statement)
                    continue;
                if (distinct.size() > 1)
                    event.places = placesNearestTo(*timex, distinct, holdsOwnPlace(span) ? span : sentence);
                // "the August 7 bombings in east Africa": only the places told with that attack.
                if (const auto nounEnd = AttackCoreference::attackNamedBy(*timex, text)) {
                    if (const QList<EventPlace> own = m_attacks.placesOfAttack(*nounEnd, sentence.end); !own.isEmpty())
                        event.places = own;
                }
                if (sourceDateComma(*timex, sentence) >= 0 || reportsARisingToll(*timex, sentence))
                    m_datedBySource.insert(m_events.size());
                m_events.append(event);
                if (aside && aside->happened) {
                    DateInterval when;
                    const bool onADay =
                        timex->interval.precision == DatePrecision::Day && timex->interval.start == timex->interval.end;
                    if (aside->sameDay || (aside->daysLater != 0 && onADay)) {
                        when = timex->interval;
                        when.start = when.start.addDays(aside->daysLater);
                        when.end = when.end.addDays(aside->daysLater);
                        when.derivation = DateDerivation::Narrative;
                    }
                    Event told = buildEvent(Span {aside->start, aside->end}, sentence, nullptr, when);
                    if (!when.isValid())
                        told.dateText.clear();
                    m_events.append(told);
                }
            }
            // "At least 82 were killed, officials said Saturday": the toll of the attack already told
            // (not an earthquake's or a crash's, which is theirs, nor one counted over a year).
            if (hasCasualties(sentence) && !periodToll
                && std::none_of(m_events.cbegin() + eventsBefore, m_events.cend(),
                                [](const Event &e) { return isViolent(e.type) || e.type == EventType::Other; }))
                fillEarlierViolence(sentence, eventsBefore);
        } else {
            const QList<Trigger> &triggers = m_sentenceTriggers;
            const bool casualties = hasCasualties(sentence);
            // "Aoun condemned the strikes": an attack named as known is no violence of this sentence.
            bool violent = false;
            bool attacks = false; // only words of harm ("were injured") tell the toll of an attack already told
            for (const Trigger &t : triggers) {
                if (t.violent && !isReferencedAttack(t, Span {}, sentenceText, sentence.start)) {
                    violent = true;
                    attacks = attacks || !t.harm;
                }
            }
            // "In Gaza, an Israeli air strike killed two brothers ...": a report goes on place by place
            // at the time its lead set, as after "Elsewhere".
            const bool opensWithAPlace =
                Literals::startsWith(sentenceText, u"In ")
                && std::any_of(m_annotations.places.cbegin(), m_annotations.places.cend(), [&](const LocatedPlace &p) {
                       return p.start == sentence.start + 3 && p.end < text.size() && text[p.end] == u',';
                   });
            const bool happened = std::any_of(triggers.cbegin(), triggers.cend(), [text](const Trigger &t) {
                return !t.speech && !t.harm && isPastTense(text.mid(t.start, t.end - t.start));
            });
            // (Only for what happened: "In London, advocates say ..." is no happening of that time.)
            const bool continues =
                (EventLexicon::startsWithContinuation(sentenceText) || (opensWithAPlace && (happened || casualties)))
                && !triggers.isEmpty();
            // "At least four crew members were killed, the European Union's naval mission said": a
            // place in the source named after the toll is not where the dead were.
            const Span toldPart {sentence.start, trailingSourceStart(sentence)};
            const bool placesOwnCasualties = casualties && !placesIn(toldPart).isEmpty();
            const bool follows = m_previousSentenceEvent >= 0;
            const bool followsViolence = follows && isViolent(m_events[m_previousSentenceEvent].type);
            const bool isLead = &sentence == &sentences.first();
            QList<EventPlace> toldWhere;
            if (followsViolence && tellsWhereOrWhenTheAttackWas(sentenceText).hasMatch()) {
                for (const LocatedPlace *located : placesIn(sentence)) {
                    if (!located->onlyIfNoOther && !toldWhere.contains(located->place))
                        toldWhere.append(located->place);
                }
            }
            if (!toldWhere.isEmpty()) {
                // "The attack took place on the outskirts of Maungdaw": where the attack just told was,
                // over any place its own sentence named only in passing ("waiting to cross into Bangladesh").
                m_events[m_previousSentenceEvent].places = toldWhere;
                m_keepPreviousEvent = true;
            } else if ((continues || (placesOwnCasualties && followsViolence)) && inheritsTheNarrativeDate(happened)) {
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
            } else if (!triggers.isEmpty() && m_article.referenceDate.isValid()
                       && ((isLead && happened) || EventLexicon::speaksOfTheWritingTime(sentenceText))) {
                // A lead without a date reports the day's news; so does "this coincides with".
                DateInterval today {m_article.referenceDate, m_article.referenceDate, DatePrecision::Day,
                                    DateDerivation::Reference};
                Event event = buildEvent(sentence, sentence, nullptr, today);
                event.dateText.clear();
                m_events.append(event);
            } else if (!casualties && hasRunningToll(sentence)) {
                // "More than 30,000 have been killed since the war began": no single happening's toll.
            } else if (follows && casualties && isViolent(m_events[m_previousSentenceEvent].type)) {
                // "... and there were no injuries": figures for the happening just told.
                addFigures(m_events[m_previousSentenceEvent], sentence);
            } else if (casualties && !attacks) {
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
        m_attacks.placeEvents(sentence, m_events, eventsBefore);

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
        m_previousSentenceEvent = m_keepPreviousEvent ? m_previousSentenceEvent : redated;
        m_keepPreviousEvent = false;
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
