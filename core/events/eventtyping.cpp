// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtyping.h"

#include "events/literals.h"
#include "events/lowercase.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace Sitrep::Events {

// A lead that reports something done ("clashed", "met") rather than a state of affairs ("talks
// are far off") is the day's news.
QStringView wordBefore(QStringView text, qsizetype verbStart)
{
    const QStringView lead = text.left(verbStart).trimmed();
    const qsizetype space = lead.lastIndexOf(u' ');
    return space < 0 ? lead : lead.mid(space + 1);
}

bool mayBeTheAgent(QStringView wordBeforeVerb)
{
    static const QSet<QStringView> auxiliaries {u"was", u"were", u"been", u"be", u"are", u"is", u"being"};
    return !wordBeforeVerb.isEmpty() && wordBeforeVerb.back().isLetter() && !auxiliaries.contains(wordBeforeVerb);
}

bool isPastTense(QStringView word)
{
    static constexpr QStringView irregular[] = {
        u"met",  u"struck", u"fought", u"hit",  u"shot",    u"began", u"withdrew", u"took", u"led",  u"sent",
        u"fled", u"held",   u"broke",  u"blew", u"overran", u"won",   u"lost",     u"left", u"came", u"spent"};
    const LowerCase lowerCase(word);
    const QStringView lower = lowerCase.view();
    return Literals::endsWith(lower, u"ed")
        || std::any_of(std::begin(irregular), std::end(irregular), [lower](QStringView form) {
               return Literals::equalAt(lower, 0, form) && lower.size() == form.size();
           });
}

bool isViolent(EventType type)
{
    return type == EventType::RemoteViolence || type == EventType::Battle
        || type == EventType::ViolenceAgainstCivilians;
}

namespace {

// How many characters lie between a trigger and the date, 0 when they overlap.
qsizetype distanceToDate(const Trigger &trigger, const Span &dateSpan)
{
    if (trigger.end <= dateSpan.start)
        return dateSpan.start - trigger.end;
    return trigger.start >= dateSpan.end ? trigger.start - dateSpan.end : 0;
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
        if (Literals::endsWith(before, u"had ") || Literals::endsWith(before, u"have ")
            || Literals::endsWith(before, u"has "))
            return trigger;
        // "said (on Tuesday) it arrested a former officer": a past verb right after the speaker's pronoun.
        const QStringView word = spanText.mid(at, trigger->end - trigger->start);
        const bool pronoun = Literals::endsWith(before, u" it ") || Literals::endsWith(before, u"they ")
            || Literals::endsWith(before, u" he ") || Literals::endsWith(before, u"she ")
            || Literals::endsWith(before, u" we ");
        const QStringView between = spanText.mid(speech.end - spanStart, trigger->start - speech.end);
        if (pronoun && between.size() <= 30 && !between.contains(u',') && isPastTense(word))
            return trigger;
    }
    return nullptr;
}

// "The Security Council condemned the bombing of the U.S. embassies ... on Thursday": an attack
// that is what a verdict is about is not what the sentence dates.
bool condemnsAttack(const QList<const Trigger *> &triggers, const Trigger &attack, QStringView spanText,
                    qsizetype spanStart)
{
    static const QSet<QStringView> verdicts {u"condemned",  u"condemns",   u"denounced",  u"denounces",
                                             u"deplored",   u"deplores",   u"criticised", u"criticized",
                                             u"criticises", u"criticizes", u"blamed",     u"blames",
                                             u"welcomed",   u"welcomes",   u"praised",    u"mourned"};
    static const QRegularExpression objectHead(
        QStringLiteral("^\\s+(?:the|this|these|those|its|their|[A-Z][a-z]+day's)\\s+(?:[\\w.'-]+\\s+){0,3}$"));
    for (const Trigger *trigger : triggers) {
        if (!trigger->speech || trigger->end > attack.start)
            continue;
        const QStringView word = spanText.mid(trigger->start - spanStart, trigger->end - trigger->start);
        if (!verdicts.contains(LowerCase(word).view()))
            continue;
        const QStringView between = spanText.mid(trigger->end - spanStart, attack.start - trigger->end);
        if (objectHead.match(between.toString()).hasMatch())
            return true;
    }
    return false;
}

} // namespace

// "evidence from the Nairobi bombing", "in the aftermath of the Aug. 7 bombings", "bombing victims":
// an attack named as something already known is not what the sentence reports, unless the date
// names it ("the August 7 bombings in Africa") or the sentence tells what it did ("the blast ripped
// through", "the bombings killed 257").
bool isReferencedAttack(const Trigger &trigger, const Span &dateSpan, QStringView spanText, qsizetype spanStart)
{
    static const QSet<QStringView> attackNouns {u"bombing",     u"bombings",  u"blast",      u"blasts", u"explosion",
                                                u"explosions",  u"attack",    u"attacks",    u"bomb",   u"bombs",
                                                u"bombardment", u"airstrike", u"airstrikes", u"strike", u"strikes",
                                                u"shelling",    u"raid",      u"raids"};
    if (!trigger.violent || trigger.harm || trigger.speech)
        return false;
    const qsizetype at = trigger.start - spanStart;
    const qsizetype end = trigger.end - spanStart;
    if (!attackNouns.contains(LowerCase(spanText.mid(at, end - at)).view()))
        return false;
    static const QRegularExpression asModifier(QStringLiteral(
        "^\\s+(?:victims|suspects?|investigation|investigators|probe|site|anniversary|survivors|case|trial)\\b"));
    static const QRegularExpression definite(
        QStringLiteral("(?:\\b(?:the|these|those|this|its|their|[Tt]he)\\b|'s)([^.;:,!?\"`']{0,28})$"));
    static const QRegularExpression toldWhatItDid(
        QStringLiteral("^\\s+(?:[\\w.,-]+\\s+){0,8}?(?:occurred|happened|took\\s+place|went\\s+off|exploded|ripped|"
                       "struck|hit|killed|wounded|injured|destroyed|damaged|left|tore)\\b"));
    // Each pattern runs only where the words it needs are written.
    const QStringView after = spanText.mid(end, 80);
    static const Literals::AnyOf modifiers {u"victims",     u"suspect",   u"investigat", u"probe", u"site",
                                            u"anniversary", u"survivors", u"case",       u"trial"};
    if (modifiers.in(after) && asModifier.match(after).hasMatch())
        return true;
    const qsizetype from = qMax<qsizetype>(0, at - 40);
    const QStringView before = spanText.mid(from, at - from);
    static const Literals::AnyOf determiners {u"the", u"The", u"those", u"this", u"its", u"'s"};
    if (!determiners.in(before) || !definite.match(before).hasMatch())
        return false;
    // "he had ordered the strikes", "carried out the raid": the attack is what was done.
    static const QRegularExpression done(QStringLiteral(
        "\\b(?:ordered|launched|carried\\s+out|conducted|authori[sz]ed|staged|mounted)\\s+(?:the|its|their|these)\\s+"
        "(?:[\\w-]+\\s+){0,2}$"));
    static const Literals::AnyOf doing {u"ordered", u"launched", u"carried", u"conducted",
                                        u"authori", u"staged",   u"mounted"};
    if (doing.in(before) && done.match(before).hasMatch())
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
    static const Literals::AnyOf deeds {u"occurred", u"happened",  u"took",    u"went",   u"exploded",
                                        u"ripped",   u"struck",    u"hit",     u"killed", u"wounded",
                                        u"injured",  u"destroyed", u"damaged", u"left",   u"tore"};
    return !(deeds.in(after) && toldWhatItDid.match(after).hasMatch());
}

namespace {

// What the words of a span say about the scene, read from the text in one pass when first asked:
// typing a span asks again as it narrows its triggers, and asks for several kinds of word.
class SceneWords final
{
public:
    explicit SceneWords(QStringView text)
        : m_text(text)
    { }

    bool crowds() { return scene().crowds; }
    bool rioting() { return scene().rioting; }
    bool combatants() { return scene().combatants; }
    bool civilianTargets() { return scene().civilianTargets; }
    bool explosions() { return scene().explosions; }
    bool accident() { return scene().accident; }
    bool disasterNamed() { return scene().disasterNamed; }
    bool raid() { return scene().raid; }
    bool remoteWeapons() { return scene().remoteWeapons; }

private:
    const EventLexicon::Scene &scene()
    {
        if (!m_scene)
            m_scene = EventLexicon::sceneOf(m_text);
        return *m_scene;
    }

    QStringView m_text;
    std::optional<EventLexicon::Scene> m_scene;
};

EventType typeOf(const QList<const Trigger *> &triggers, const Span &dateSpan, QStringView spanText,
                 qsizetype spanStart, SceneWords &scene)
{
    if (triggers.isEmpty())
        return EventType::Other;
    // "on Tuesday, a day after missile strikes": what follows "after" happened at another time, and
    // so does the harm told there ("agreed on Sunday to a ceasefire after fighting that killed dozens").
    static const QRegularExpression anotherTime(
        QStringLiteral("\\b(?:after|before|since|following|ahead\\s+of|until)\\b"));
    const auto atAnotherTime = [&](const Trigger *trigger) {
        if (dateSpan.end <= dateSpan.start || trigger->start < dateSpan.end)
            return false;
        const QStringView between = spanText.mid(dateSpan.end - spanStart, trigger->start - dateSpan.end);
        static const Literals::AnyOf connectives {u"after", u"before", u"since", u"following", u"ahead", u"until"};
        return connectives.in(between) && anotherTime.match(between).hasMatch();
    };
    const bool tellsHarm = std::any_of(triggers.cbegin(), triggers.cend(), [&](const Trigger *trigger) {
        return trigger->harm && !atAnotherTime(trigger);
    });
    if (!tellsHarm) {
        QList<const Trigger *> happenings;
        for (const Trigger *trigger : triggers) {
            if (!isReferencedAttack(*trigger, dateSpan, spanText, spanStart))
                happenings.append(trigger);
        }
        if (happenings.size() < triggers.size())
            return typeOf(happenings, dateSpan, spanText, spanStart, scene);
    }
    // "said on Monday", "in an interview ... on Monday": the date belongs to the speech; what
    // follows "that" after it is what was said ("said late Tuesday that the protests had been
    // hijacked").
    const bool spokenThen = std::any_of(triggers.cbegin(), triggers.cend(), [&](const Trigger *trigger) {
        return trigger->speech && trigger->end <= dateSpan.start && dateSpan.start - trigger->end <= 30;
    });
    static const QRegularExpression complement(QStringLiteral("\\bthat\\b"));
    const Trigger *nearest = nullptr;
    qsizetype nearestDistance = std::numeric_limits<qsizetype>::max();
    for (const Trigger *trigger : triggers) {
        if (spokenThen && trigger->start >= dateSpan.end
            && Literals::contains(spanText.mid(dateSpan.end - spanStart, trigger->start - dateSpan.end), u"that")
            && complement.match(spanText.mid(dateSpan.end - spanStart, trigger->start - dateSpan.end)).hasMatch())
            continue;
        const qsizetype distance = distanceToDate(*trigger, dateSpan);
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = trigger;
        }
    }
    // "declared a state of emergency", "announced a curfew": what is declared is a measure taken
    if (nearest && nearest->speech) {
        static const QRegularExpression measure(
            QStringLiteral("^\\s+(?:an?\\s+|the\\s+)?(?:(?:nationwide|national|new|\\d+-\\w+)\\s+)?(?:state\\s+of\\s+"
                           "emergency|martial\\s+law|curfew|lockdown|general\\s+mobili[sz]ation)\\b"));
        // (The pattern needs one of these words.)
        const QStringView after = spanText.mid(nearest->end - spanStart, 60);
        static const Literals::AnyOf measures {u"state", u"martial", u"curfew", u"lockdown", u"general"};
        if (measures.in(after) && measure.match(after).hasMatch())
            return EventType::StrategicDevelopment;
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
            return typeOf(told, dateSpan, spanText, spanStart, scene);
    }
    // "Armenia and Azerbaijan have agreed on the text of a treaty, the two ministries said on
    // Thursday": what the source said comes first, and is what happened.
    if (nearest && nearest->speech && nearestDistance <= 30 && dateSpan.end > dateSpan.start
        && nearest->start <= dateSpan.start) {
        const QStringView before = spanText.left(nearest->start - spanStart);
        const qsizetype comma = before.lastIndexOf(u',');
        QList<const Trigger *> told;
        bool done = false; // "have agreed", "Fighting ... killed at least 70"
        bool happening = false; // a toll alone ("At least 82 were killed, officials said") stays with
                                // the attack it counts, told later; "Gunmen killed 38" is the attack
        // A harm verb with someone doing it: not after an auxiliary of the passive.
        const auto doneBySomeone = [&](const Trigger *trigger) {
            // ... and an object after it: "killed 38 people", not "Twelve people killed, officials said"
            const QStringView next = spanText.mid(trigger->end - spanStart, 2);
            return mayBeTheAgent(wordBefore(spanText, trigger->start - spanStart)) && next.size() == 2
                && next[0] == u' ' && next[1].isLetterOrNumber()
                && isPastTense(spanText.mid(trigger->start - spanStart, trigger->end - trigger->start));
        };
        for (const Trigger *trigger : triggers) {
            if (trigger->speech || comma < 0 || trigger->end > spanStart + comma)
                continue;
            told.append(trigger);
            happening = happening || !trigger->harm || doneBySomeone(trigger);
            done = done || isPastTense(spanText.mid(trigger->start - spanStart, trigger->end - trigger->start));
        }
        const bool attribution = comma >= 0 && before.size() - comma <= 50 && !before.mid(comma).contains(u'"')
            && !QStringView(u"\u201d'").contains(before.mid(comma).back());
        if (attribution && happening && done)
            return typeOf(told, Span {}, spanText, spanStart, scene);
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
        return typeOf(violence, Span {violence.first()->start, violence.first()->end}, spanText, spanStart, scene);
    }

    // "rallied on Saturday night demanding a deal", "marched against the agreement": what a crowd
    // demands or opposes is no happening of that day.
    const auto demanded = [&](const Trigger *trigger) {
        if (trigger->type != EventType::Diplomacy)
            return false;
        const qsizetype at = trigger->start - spanStart;
        const QStringView before = spanText.mid(qMax<qsizetype>(0, at - 24), qMin<qsizetype>(at, 24));
        static const QRegularExpression demand(QStringLiteral(
            "\\b(?:demand(?:ing|ed|s)?|call(?:ing|ed|s)?\\s+for|urg(?:ing|ed|es)|seeking|against|"
            "opposing|in\\s+support\\s+of)\\s+(?:(?:a|an|the|any|new|their|its)\\s+)?(?:[\\w-]+\\s+)?$"));
        static const Literals::AnyOf demands {u"demand",  u"call",     u"urg",    u"seeking",
                                              u"against", u"opposing", u"support"};
        return demands.in(before) && demand.match(before).hasMatch();
    };
    const bool crowdsDemand = std::any_of(triggers.cbegin(), triggers.cend(), [](const Trigger *trigger) {
        return trigger->type == EventType::Protest || trigger->type == EventType::Riot;
    });
    // "Driscoll met Zelensky in Kyiv on Thursday ..., a day after missiles struck": the happening
    // the date stands beside is the one it dates, when no one is said to be hurt.
    if (!tellsHarm && dateSpan.end > dateSpan.start) {
        const Trigger *closest = nullptr;
        qsizetype closestDistance = std::numeric_limits<qsizetype>::max();
        for (const Trigger *trigger : triggers) {
            if (trigger->speech || atAnotherTime(trigger) || (crowdsDemand && demanded(trigger)))
                continue;
            const qsizetype distance = distanceToDate(*trigger, dateSpan);
            if (distance < closestDistance) {
                closestDistance = distance;
                closest = trigger;
            }
        }
        // (Crowds are typed below, by what they do: "demonstrators looted shops" is a riot.)
        const bool crowd = closest && (closest->type == EventType::Protest || closest->type == EventType::Riot);
        if (closest && !closest->violent && !crowd && closestDistance <= 60
            && closest->type != EventType::StrategicDevelopment && closest->type != EventType::Other)
            return closest->type;
    }

    bool violent = false;
    bool harmOnly = true;
    // The types the triggers name, a bit each (EventType has nine values).
    struct TypeSet
    {
        quint32 bits = 0;
        void insert(EventType type) { bits |= quint32(1) << int(type); }
        bool contains(EventType type) const { return bits & (quint32(1) << int(type)); }
    } types;
    for (const Trigger *trigger : triggers) {
        if (!trigger->harm) // words of harm say nothing of the kind of violence
            types.insert(trigger->type);
        violent = violent || trigger->violent;
        harmOnly = harmOnly && (!trigger->violent || trigger->harm);
    }
    // "Demonstrators set the building on fire and looted shops": a crowd's own violence is a riot.
    if (violent && scene.crowds() && scene.rioting())
        return EventType::Riot;
    // "Sagaing was hit hard by an earthquake that killed 3,700": nature's toll is no violence, unless
    // an attack is told too.
    static const QRegularExpression disaster(
        QStringLiteral("\\b(?:earthquakes?|quakes?|floods|flooding|landslides?|mudslides?|(?:a|the|tropical|winter|"
                       "severe)\\s+storms?|hurricanes?|cyclones?|typhoons?|tsunamis?|wildfires?|avalanches?|heatwaves?|"
                       "eruptions?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attack(
        QStringLiteral("\\b(?:attack|strike|bomb|shell|raid|drone|missile|rocket|gunm[ae]n|gunfire|fire\\s+on|"
                       "opened\\s+fire|shot|fight|clash|troops|soldiers|police|militants?|rebels?|protest)"),
        QRegularExpression::CaseInsensitiveOption);
    if (violent && scene.disasterNamed() && disaster.match(spanText).hasMatch() && !attack.match(spanText).hasMatch())
        return EventType::Other;
    // "Police raided two homes and detained a man": a search by police is no battle, unless someone
    // is hurt or fights back.
    static const QRegularExpression policeRaid(
        QStringLiteral("\\b(?:police|policemen|FBI|investigators|agents|detectives)\\b[^.;]{0,60}\\braid(?:ed|s)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression resistance(
        QStringLiteral("\\b(?:shot|gunfire|clash(?:ed|es)?|firefight|exchange\\s+of\\s+fire|fought|battle)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (violent && !tellsHarm && scene.raid() && policeRaid.match(spanText).hasMatch()
        && !resistance.match(spanText).hasMatch())
        return EventType::StrategicDevelopment;
    // "Police fired tear gas to disperse protesters": a crowd met with riot-control weapons is a
    // protest, not remote violence; a riot when the crowd itself fights.
    static const QRegularExpression crowdControl(
        QStringLiteral(
            "\\b(?:tear\\s?gas|water\\s+cannons?|rubber\\s+bullets|stun\\s+grenades|pepper\\s+spray|batons)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (violent && !tellsHarm && scene.crowds() && crowdControl.match(spanText).hasMatch())
        return types.contains(EventType::Riot) ? EventType::Riot : EventType::Protest;
    if (types.contains(EventType::ViolenceAgainstCivilians))
        return EventType::ViolenceAgainstCivilians;
    // "Police clashed with demonstrators": the crowd makes it a protest (a riot when the crowd fights).
    if (violent && types.contains(EventType::Battle) && !types.contains(EventType::RemoteViolence) && scene.crowds())
        return types.contains(EventType::Riot) ? EventType::Riot : EventType::Protest;
    // "Fighting between government forces and gunmen killed at least 70 people": armed sides
    // fighting make a battle, whoever its dead were.
    const bool armedSidesFight = types.contains(EventType::Battle) && scene.combatants();
    // "a drone strike on a mosque killed 75 worshippers": violence from afar is remote violence
    // whoever it hits, as ACLED codes it; civilians shot, abducted or killed face to face are its victims.
    if (violent && !armedSidesFight && scene.civilianTargets() && !scene.explosions() && !scene.remoteWeapons())
        return EventType::ViolenceAgainstCivilians;
    if (violent && !harmOnly && types.contains(EventType::Battle) && !types.contains(EventType::RemoteViolence))
        return EventType::Battle;
    // "killed 41 soldiers in an attack on an army camp": an attack with no weapon from afar named,
    // on armed men, is a battle.
    if (violent && scene.combatants() && !scene.remoteWeapons() && !scene.explosions()) {
        static const QSet<QStringView> generic {u"attack", u"attacks", u"attacked", u"targeted", u"targeting"};
        const bool onlyAttacks = std::all_of(triggers.cbegin(), triggers.cend(), [&](const Trigger *trigger) {
            return trigger->type != EventType::RemoteViolence || trigger->harm
                || generic.contains(
                    LowerCase(spanText.mid(trigger->start - spanStart, trigger->end - trigger->start)).view());
        });
        if (onlyAttacks && types.contains(EventType::RemoteViolence))
            return EventType::Battle;
    }
    // "73 soldiers were killed when two helicopters crashed": deaths with no attack told.
    if (violent && harmOnly && scene.accident() && !scene.explosions())
        return EventType::Other;
    // "Hezbollah fighters killed three Israeli soldiers": armed men killing armed men.
    if (violent && harmOnly && scene.combatants() && !scene.explosions())
        return EventType::Battle;
    if (violent)
        return types.contains(EventType::Battle) && harmOnly ? EventType::Battle : EventType::RemoteViolence;
    // "due to meet in Istanbul on Friday, a week after talks ... ended": the word nearest the date
    // says what happens then.
    const Trigger *nearestHappening = nullptr;
    qsizetype happeningDistance = std::numeric_limits<qsizetype>::max();
    for (const Trigger *trigger : triggers) {
        if (trigger->speech || dateSpan.end <= dateSpan.start || (crowdsDemand && demanded(trigger)))
            continue;
        const qsizetype distance = distanceToDate(*trigger, dateSpan);
        if (distance < happeningDistance) {
            happeningDistance = distance;
            nearestHappening = trigger;
        }
    }
    if (nearestHappening && happeningDistance <= 40) {
        // "the peace process, set to resume Monday", "talks began on Friday": a verb that only
        // starts or stops something takes the type of what it starts or stops.
        static const QSet<QStringView> aspectual {u"resume", u"resumed", u"suspend", u"suspended", u"began",
                                                  u"begun",  u"started", u"ended",   u"halted",    u"stopped"};
        const auto isAspectual = [&](const Trigger *trigger) {
            return aspectual.contains(
                LowerCase(spanText.mid(trigger->start - spanStart, trigger->end - trigger->start)).view());
        };
        if (isAspectual(nearestHappening)) {
            for (const Trigger *trigger : triggers) {
                if (!trigger->speech && trigger->type != EventType::StrategicDevelopment && !isAspectual(trigger))
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

} // namespace

EventType typeFor(const QList<const Trigger *> &triggers, const Span &dateSpan, QStringView spanText,
                  qsizetype spanStart)
{
    SceneWords scene(spanText);
    return typeOf(triggers, dateSpan, spanText, spanStart, scene);
}

} // namespace Sitrep::Events
