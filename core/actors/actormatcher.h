// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actors/actorlexicon.h"
#include "actors/actorrecognizer.h"
#include "actors/actortokens.h"

#include <QHash>

#include <functional>
#include <vector>

// Internal to the actor recognizer: one pass over one text. Detectors propose candidates; resolve()
// keeps the longest non-overlapping ones and joins later surnames and acronyms to earlier names.
namespace Sitrep::Actors {

class Matcher final
{
public:
    Matcher(const QString &text, const std::function<bool(QStringView)> &isPlace);

    QList<ActorMention> run();

private:
    struct Candidate
    {
        int first = 0; // tokens, inclusive
        int last = 0;
        ActorMention mention;
    };

    const Token *at(int i) const { return i >= 0 && i < int(m_tokens.size()) ? &m_tokens[i] : nullptr; }
    bool is(int i, QStringView lower) const { return at(i) && m_tokens[i].is(lower); }
    template<std::size_t N> bool is(int i, const char16_t (&lower)[N]) const { return at(i) && m_tokens[i].is(lower); }
    bool isWord(int i) const { return at(i) && m_tokens[i].isWord(); }
    QString textOf(int first, int last) const;
    QStringView viewOf(int first, int last) const;
    bool isPlace(QStringView name) const { return m_isPlace && m_isPlace(name); }
    bool has(int i, quint32 flags) const { return at(i) && m_tokens[i].has(flags); }
    void add(int first, int last, ActorMention::Kind kind, const QString &name, const QString &country,
             double confidence, const QString &role = {});

    // The lexemes of the phrases that start at i, one per last token, longest last: the words
    // i..k, where every word before k is not possessive, as the lists know them. Returns the count.
    int phrasesAt(int i, int maxWords, const Lexeme **phrases) const;
    // A country named at i (longest match), its last token in last; demonyms include "South Korean".
    // Worked out once a token: the states, forces and institutions all ask it of the same tokens.
    const Country *countryAt(int i, int &last) const;
    const Country *findCountryAt(int i, int &last) const;
    const Country *demonymAt(int i, int &last) const;
    // "Russia's", "Russian", "Kyiv's", "the Kyiv". Worked out once a token, as countryAt is.
    const Country *countryModifierAt(int i, int &last) const;
    const Country *findCountryModifierAt(int i, int &last) const;

    void findOrganisations();
    void findInstitutions(); // "Russia's Ministry of Defence", "Syrian Observatory for Human Rights"
    void findForces();
    bool weaponAttack(int i, int prefixLast, int &last) const; // "Russian missiles hit", "by Russian drones"
    void findStates();
    void findStateOfficials();
    void findAcronyms();
    void findPersons(); // actorpersons.cpp

    // Person helpers, actorpersons.cpp.
    bool isNameToken(int i) const;
    bool isParticleSurname(int i) const;
    struct Role
    {
        QString text;
        QString country;
        bool found = false;
        bool honorific = false;
    };
    Role roleBefore(int first) const;
    Role roleAfter(int last) const;

    QList<ActorMention> resolve();
    void joinCoreferences(std::vector<int> &accepted); // indices of m_candidates, in text order

    const QString &m_text;
    const std::function<bool(QStringView)> &m_isPlace;
    TokenizedText m_tokenized;
    const std::vector<Token> &m_tokens;
    // Value-initialised, so zero (not known, no country) and cleared for a whole text as one block: a
    // constructor of its own would be run token by token.
    struct CountryAt
    {
        const Country *country;
        int last; // read only with country
        bool known;
    };
    mutable std::vector<CountryAt> m_countryAt; // by token, filled as countryAt is asked
    mutable std::vector<CountryAt> m_countryModifierAt; // by token, filled as countryModifierAt is asked
    // The words any detector may start at: capitalised words, "the", known organisations ("hamas"),
    // and words that begin "al" or "pro-". Lower-case words, most of a text, start nothing.
    std::vector<int> m_starts;
    std::vector<Candidate> m_candidates;
};

} // namespace Sitrep::Actors
