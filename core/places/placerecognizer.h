// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "places/gazetteer.h"

#include <QList>
#include <QStringView>

#include <optional>

// The two stages behind PlaceFinder: recognition finds spans whose names the gazetteer holds,
// resolution picks one entry for each. Internal to core/places; use PlaceFinder.
namespace Sitrep::Places {

enum TokenFlag : quint8 {
    Upper = 1, // starts with an upper-case letter
    AllUpper = 2, // every letter upper case, at least two letters
    SentenceStart = 4, // first token of a sentence
    LineStart = 8, // first token of a line
    Letter = 16, // starts with a letter
    HasUpper = 32, // has an upper-case letter somewhere ("d'Ivoire")
};

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    quint8 flags = 0;
};

QList<Token> tokenize(QStringView text);

struct Span
{
    qsizetype start = 0; // UTF-16 offsets, end exclusive
    qsizetype end = 0;
    int firstToken = 0;
    int lastToken = 0;
    QByteArray key;
    quint8 keyFlags = 0;
    QList<Gazetteer::Candidate> candidates;
    std::optional<PlaceKind> kindCue; // "Kharkiv region", "the city of Pokrovsk"
    quint16 countryCue = 0; // "the Russian region of Bryansk": RU
    bool demonym = false; // every candidate was named by a demonym ("Ukrainian")
    bool county = false; // "Plymouth County": a second-level region the gazetteer lacks, named like a town
};

QList<Span> recognize(const Gazetteer &gazetteer, QStringView text, const QList<Token> &tokens);

struct Resolution
{
    quint32 entry = 0;
    double confidence = 0;
    bool stray = false; // a town abroad that nothing else in the text supports: left out
};

QList<Resolution> resolve(const Gazetteer &gazetteer, QStringView text, const QList<Span> &spans);

} // namespace Sitrep::Places
