// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/offsetmap.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sitrep {

enum class ArticleFormat { PlainText, Markdown, Html, Email, Pdf, Feed };

// Where an article's reference date came from; the GUI warns for the fallbacks.
enum class DateSource { Metadata, Dateline, User, FileTime, Unknown };

QString formatName(ArticleFormat format);
std::optional<ArticleFormat> formatFromName(const QString &name);
QString dateSourceName(DateSource source);
DateSource dateSourceFromName(const QString &name);
// True for the sources the article itself did not state (the user's guess, the file's time).
bool isFallbackDateSource(DateSource source);

// A span of Article::text.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool isEmpty() const { return length <= 0; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

struct Article
{
    qint64 id = 0; // 0 until stored
    QString source; // file path or URL
    QString title;
    QString outlet;
    ArticleFormat format = ArticleFormat::PlainText;
    QString contentHash; // SHA-1 of the original bytes (of the item, for a feed), hex
    QString text; // plain text that every offset refers to
    QDate referenceDate;
    DateSource dateSource = DateSource::Unknown;

    QString url; // the article's own address when the source names one (canonical link, feed item link)
    QString encoding; // how the bytes were decoded, e.g. "UTF-8", "Windows-1252"
    QDateTime published; // the full timestamp, when metadata gives one
    QString dateEvidence; // the metadata value or the words in the text that gave referenceDate

    // What `offsets` map into: the decoded file for text, Markdown and HTML, the decoded body
    // part for e-mail, the item's description for a feed, the page text for PDF.
    QString original;
    OffsetMap offsets;

    TextRange headline;
    TextRange dateline; // "KYIV, Nov. 20 (Sitrep Wire) - ", or a place glued to the first word
    TextRange byline; // a line such as "Published: 3 November 2025" that gave the date
    QList<TextRange> paragraphs; // body paragraphs, without the headline and the byline
    QList<TextRange> sentences; // body sentences, without the dateline

    QStringList warnings; // problems that did not stop the reading (caps hit, bytes replaced)

    QStringView textOf(TextRange range) const { return QStringView(text).mid(range.start, range.length); }
};

} // namespace Sitrep
