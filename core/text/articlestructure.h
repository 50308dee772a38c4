// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Sitrep {

class SentenceSplitter;

// Finds the parts of an article's plain text: headline, byline, dateline, paragraphs, sentences,
// and the publication date the text itself states.
class ArticleStructure final
{
public:
    struct Result
    {
        TextRange headline;
        TextRange dateline;
        TextRange byline;
        QList<TextRange> paragraphs;
        QList<TextRange> sentences;
        QDate date; // from the dateline or byline; invalid when the text states none
        QString dateEvidence;
        QString outlet; // the outlet a dateline names: "KYIV (Reuters) -"
    };

    // title: what the format's metadata calls the article (may be empty); yearHint: the date a
    // dateline without a year ("Nov. 20") is closest before.
    // yearHint dates a dateline that gives no year. When the hint is reliable (the user's date),
    // the dateline takes the year nearest to it; otherwise the year whose weekday the story names.
    static Result analyze(const QString &text, const QString &title, QDate yearHint, SentenceSplitter &splitter,
                          bool hintIsReliable = false);

    // Paragraphs: blocks between blank lines; a block of short lines is one paragraph per line
    // unless it looks hard-wrapped.
    static QList<TextRange> paragraphsOf(QStringView text);

    struct Dateline
    {
        qsizetype length = 0; // including the dash and the space after it
        QDate date;
        bool hadYear = false;
        QString outlet;
    };
    // A dateline at the start of a paragraph: "KYIV, Nov. 20 (Sitrep Wire) - ", "GENEVA, 24 November 2025 – ".
    static std::optional<Dateline> datelineAt(QStringView paragraph, QDate yearHint);
    // The length of a place glued to the first word ("MoscowRussia and ..."), judged against the
    // whole text: the second part must stand alone elsewhere or be a common sentence opener.
    static qsizetype gluedDatelineLength(QStringView paragraph, QStringView wholeText);
};

} // namespace Sitrep
