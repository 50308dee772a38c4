// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "places/gazetteer.h"

#include <QList>
#include <QString>

namespace Sitrep {

// One place named in a text, resolved to a gazetteer entry.
struct PlaceMention
{
    qsizetype start = 0; // UTF-16 offsets into the text, end exclusive
    qsizetype end = 0;
    QString text; // the name as written
    quint32 entry = 0; // index into the gazetteer
    bool demonym = false;
    double confidence = 0; // 0.5 (a toss-up) to 0.95 (no rival reading)
};

// Finds place names in English news text and resolves each to one gazetteer entry, using the
// kind of place the text names, "X, Y" pairs, and the other places of the same text.
class PlaceFinder final
{
public:
    struct Options
    {
        // Report "Ukrainian", "Russian" as mentions of their countries (flagged as demonyms), as
        // geoparsing corpora such as TR-News annotate them. Off: they still count as context.
        bool includeDemonyms = true;
    };

    explicit PlaceFinder(const Gazetteer &gazetteer);
    PlaceFinder(const Gazetteer &gazetteer, Options options);

    QList<PlaceMention> find(QStringView text) const;
    const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    const Gazetteer &m_gazetteer;
    Options m_options;
};

} // namespace Sitrep
