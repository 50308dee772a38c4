// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QHash>
#include <QList>
#include <QStringView>

#include <array>
#include <vector>

namespace Sitrep {

// A word in a sentence that signals something happened, and what kind of thing.
struct Trigger
{
    qsizetype start = 0; // UTF-16 offsets in the text the lexicon scanned
    qsizetype end = 0;
    EventType type = EventType::Other;
    bool speech = false; // said, told, claimed: a statement that may frame another happening
    bool violent = false;
    bool harm = false; // killed, wounded: violence whose kind the rest of the sentence decides
};

// The words of English news that signal happenings, by event type. Matching is on lower-cased
// word forms (inflections listed), so "struck" and "strikes" both count.
class EventLexicon final
{
public:
    static const EventLexicon &instance();

    QList<Trigger> triggers(QStringView text, qsizetype base = 0) const;

    // "said here", "the embassy here": the place the report was filed from.
    static bool pointsToTheDateline(QStringView text);
    // What the words of a text say about the scene of a happening, all read in one pass.
    struct Scene
    {
        // Protesters or rioters on the scene: a clash with them is a protest or a riot, not a battle.
        bool crowds = false;
        // What a crowd does when it turns violent: looting, setting fire, throwing stones.
        bool rioting = false;
        // Armed people on the scene: deaths among them, with no weapon named, are a battle's.
        bool combatants = false;
        // Words that make violence violence against civilians: who or what was hit.
        bool civilianTargets = false;
        // Planted or carried explosives ("bombings", "a blast", "the explosion"): explosions/remote
        // violence whoever they hit, as ACLED codes them.
        bool explosions = false;
        // A crash, a capsizing, a flood: deaths that no one inflicted.
        bool accident = false;
        // A word that may name a natural disaster ("earthquake", "a tropical storm").
        bool disasterNamed = false;
        // "raid", "raided", "raids".
        bool raid = false;
        // Weapons fired from afar: air strikes, missiles, drones, shelling.
        bool remoteWeapons = false;
    };
    static Scene sceneOf(QStringView text);
    // Openers that carry the narrative on from the previous sentence: "In response", "Then".
    static bool startsWithContinuation(QStringView sentence);
    // "This coincides with", "comes as": a happening at the time of writing.
    static bool speaksOfTheWritingTime(QStringView sentence);

private:
    EventLexicon();
    struct Entry
    {
        EventType type = EventType::Other;
        bool speech = false;
        bool trigger = false; // a word of a list above, not only a harm word or a phrase's first word
        bool harm = false;
        bool phraseHead = false; // the first word of one of m_phrases
    };
    QHash<QString, Entry> m_words; // every word the lexicon knows, looked up once per word read
    QHash<QString, Entry> m_phrases; // two words, space-joined

    // Every word of every sentence is looked up: the lexicon's words, all ASCII and short, are also
    // kept packed eight characters to a number. A small open-addressed table of slots (a word's
    // index and a few bits of its hash) is probed first, so most words that are not in the lexicon
    // are ruled out without reading any packed word.
    using PackedForm = std::array<quint64, 3>;
    struct PackedWord
    {
        PackedForm form {};
        Entry entry;
    };
    static bool pack(QStringView form, PackedForm &packed);
    const Entry *findPacked(const PackedForm &packed) const;
    std::vector<PackedWord> m_packed;
    std::vector<quint32> m_packedSlots; // 0 empty, else hash tag << 16 | (index in m_packed + 1)
    int m_packedShift = 64;
    bool m_allPacked = false; // every word fits a PackedForm, so one not found there is not known
};

} // namespace Sitrep
