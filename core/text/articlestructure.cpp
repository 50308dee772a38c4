// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestructure.h"

#include "text/publicationdate.h"
#include "text/sentencesplitter.h"

#include <QRegularExpression>

#include <utility>

namespace Sitrep {
namespace {

// Front matter (headline, standfirst, byline) is short and does not end like a sentence.
constexpr qsizetype frontMatterLength = 200;
constexpr int maximumFrontMatter = 6;
// A block whose lines all stop before this and mostly run past wrapMinimum was wrapped by hand.
constexpr qsizetype wrapMaximum = 100;
constexpr qsizetype wrapMinimum = 50;

TextRange trimmed(QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return {start, end - start};
}

bool endsLikeASentence(QStringView paragraph)
{
    qsizetype end = paragraph.size();
    while (end > 0 && QStringLiteral("\"'”’)*_").contains(paragraph.at(end - 1)))
        --end;
    return end > 0 && QStringLiteral(".!?…:;").contains(paragraph.at(end - 1));
}

bool isFrontMatter(QStringView paragraph)
{
    return paragraph.size() <= frontMatterLength && !endsLikeASentence(paragraph);
}

QString normalized(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

bool matchesTitle(QStringView paragraph, const QString &title)
{
    if (title.isEmpty())
        return false;
    const QString a = normalized(paragraph);
    const QString b = normalized(title);
    return !a.isEmpty() && !b.isEmpty() && (a == b || b.startsWith(a) || a.startsWith(b));
}

const QRegularExpression &datelineExpression()
{
    // An upper-case place ("KYIV", "PORT SUDAN", "WASHINGTON, D.C.") or a capitalised one followed
    // by a date, then an optional date, an optional (Outlet) and a dash (wire copy also uses "_"
    // and "--"); the dateline may be a paragraph of its own.
    static const QRegularExpression expression(
        QStringLiteral("^(?<place>[A-Z][A-Z.'’\\-]+(?: [A-Z][A-Z.'’\\-]+)*|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)"
                       "(?:,\\s*(?<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*))??"
                       "(?:,?\\s+(?<date>[A-Za-z0-9.,\\s]{3,40}?))?"
                       "\\s*(?:\\((?<outlet>[^()]{1,60})\\))?\\s*[-–—_]{1,2}(?:\\s+|$)"));
    return expression;
}

const QRegularExpression &gluedExpression()
{
    static const QRegularExpression expression(
        QStringLiteral("^(?<place>[A-Z][a-z]{3,}|[A-Z]{3,})(?<word>[A-Z][a-z]+)(?![\\w-])"));
    return expression;
}

bool isSentenceOpener(QStringView word)
{
    static const QStringList openers {
        QStringLiteral("The"),     QStringLiteral("A"),         QStringLiteral("An"),          QStringLiteral("In"),
        QStringLiteral("On"),      QStringLiteral("At"),        QStringLiteral("He"),          QStringLiteral("She"),
        QStringLiteral("It"),      QStringLiteral("They"),      QStringLiteral("We"),          QStringLiteral("This"),
        QStringLiteral("After"),   QStringLiteral("Officials"), QStringLiteral("Two"),         QStringLiteral("Three"),
        QStringLiteral("Russian"), QStringLiteral("Ukrainian"), QStringLiteral("Authorities"),
    };
    return openers.contains(word.toString());
}

// Whether word occurs in text as a whole word (not glued to a letter before or after).
bool occursAlone(QStringView text, QStringView word, qsizetype skipStart, qsizetype skipLength)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(word, from);
        if (at < 0)
            return false;
        from = at + 1;
        if (at >= skipStart && at < skipStart + skipLength)
            continue;
        const bool letterBefore = at > 0 && text.at(at - 1).isLetter();
        const bool letterAfter = at + word.size() < text.size() && text.at(at + word.size()).isLetter();
        if (!letterBefore && !letterAfter)
            return true;
    }
}

// The weekday a story names first ("on Thursday", "Thursday's"), 1 = Monday, or 0.
int firstWeekday(QStringView text)
{
    static const QRegularExpression weekday(
        QStringLiteral("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"));
    const QRegularExpressionMatch match = weekday.match(text);
    if (!match.hasMatch())
        return 0;
    static const QStringList names {QStringLiteral("Monday"),   QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                                    QStringLiteral("Thursday"), QStringLiteral("Friday"),  QStringLiteral("Saturday"),
                                    QStringLiteral("Sunday")};
    return int(names.indexOf(match.captured(1))) + 1;
}

// A dateline without a year ("Nov. 20") takes the latest of the last years up to the hint in
// which that date falls on the weekday the story names first (wire copy says "on Thursday" of the
// dateline's own day) or, failing that, on the day after it ("late on Saturday" in Sunday's copy).
// Further back, a weekday proves nothing.
QDate yearFromWeekday(QDate guessed, QDate hint, QStringView story)
{
    const int weekday = firstWeekday(story);
    if (weekday == 0)
        return guessed;
    // A date falls on a given weekday every six years at most; the day-after reading is weaker.
    for (const auto &[daysAfter, furthest] : {std::pair {0, 6}, std::pair {1, 3}}) {
        for (int back = 0; back <= furthest; ++back) {
            const QDate candidate(guessed.year() - back, guessed.month(), guessed.day());
            if (candidate.isValid() && candidate <= hint.addDays(1)
                && (candidate.dayOfWeek() - weekday + 7) % 7 == daysAfter)
                return candidate;
        }
    }
    return guessed;
}

// The same month and day in whichever year puts it nearest the hint.
QDate nearestYear(QDate guessed, QDate hint)
{
    QDate best = guessed;
    for (int year = hint.year() - 1; year <= hint.year() + 1; ++year) {
        const QDate candidate(year, guessed.month(), guessed.day());
        if (candidate.isValid() && qAbs(candidate.daysTo(hint)) < qAbs(best.daysTo(hint)))
            best = candidate;
    }
    return best;
}

} // namespace

QList<TextRange> ArticleStructure::paragraphsOf(QStringView text)
{
    QList<TextRange> paragraphs;
    QList<TextRange> block; // trimmed non-empty lines of the current block
    auto flush = [&] {
        if (block.isEmpty())
            return;
        bool wrapped = block.size() >= 2;
        for (qsizetype i = 0; wrapped && i < block.size(); ++i) {
            const qsizetype length = block.at(i).length;
            if (length > wrapMaximum || (i + 1 < block.size() && length < wrapMinimum))
                wrapped = false;
        }
        if (wrapped)
            paragraphs.append({block.first().start, block.last().end() - block.first().start});
        else
            paragraphs.append(block);
        block.clear();
    };
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const TextRange line = trimmed(text, lineStart, lineEnd);
        if (line.isEmpty())
            flush();
        else
            block.append(line);
        lineStart = lineEnd + 1;
    }
    flush();
    return paragraphs;
}

std::optional<ArticleStructure::Dateline> ArticleStructure::datelineAt(QStringView paragraph, QDate yearHint)
{
    const QRegularExpressionMatch match = datelineExpression().match(paragraph.left(160));
    if (!match.hasMatch())
        return std::nullopt;
    Dateline dateline;
    dateline.length = match.capturedLength(0);
    dateline.outlet = match.captured(u"outlet").trimmed();
    const QStringView place = match.capturedView(u"place");
    const bool upperCasePlace =
        place.size() >= 2 && std::none_of(place.begin(), place.end(), [](QChar c) { return c.isLower(); });
    const QStringView dateText = match.capturedView(u"date");
    // A region may stand between: "Kyiv, Ukraine, March 3, 2024 -".
    static const QRegularExpression region(QStringLiteral("^(?:[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*,?\\s*)?$"));
    // Wire copy names its outlet ("KYIV (Reuters) - "); reprints often drop it but keep the region
    // after a place in capitals ("ADDIS ABABA, Ethiopia — ").
    const bool regionNamed = !match.capturedView(u"region").isEmpty()
        || (!dateText.trimmed().isEmpty() && region.match(dateText.trimmed()).hasMatch());
    const bool upperCaseWire = upperCasePlace && (!dateline.outlet.isEmpty() || regionNamed);
    if (!dateText.trimmed().isEmpty() && !(upperCaseWire && region.match(dateText.trimmed()).hasMatch())) {
        const auto written = PublicationDate::findWrittenDate(dateText, yearHint);
        // Everything between the place and the dash must be the date: anything else is a sentence.
        if (!written || dateText.mid(written->start + written->length).trimmed().size() > 1
            || !region.match(dateText.left(written->start)).hasMatch())
            return std::nullopt;
        dateline.date = written->date;
        dateline.hadYear = written->hadYear;
        return dateline;
    }
    // Without a date only the wire form counts: "KYIV (Reuters) - ", "BAGHDAD, Iraq (AP)_ ".
    if (!upperCaseWire)
        return std::nullopt;
    return dateline;
}

qsizetype ArticleStructure::gluedDatelineLength(QStringView paragraph, QStringView wholeText)
{
    const QRegularExpressionMatch match = gluedExpression().match(paragraph.left(80));
    if (!match.hasMatch())
        return 0;
    const QStringView place = match.capturedView(u"place");
    const QStringView word = match.capturedView(u"word");
    const qsizetype at = paragraph.data() - wholeText.data();
    // A real compound name ("BlackRock") is written the same way elsewhere; a glued dateline is not.
    const QStringView glued = match.capturedView(0);
    if (occursAlone(wholeText, glued, at, glued.size()))
        return 0;
    if (!isSentenceOpener(word) && !occursAlone(wholeText, word, at, glued.size()))
        return 0;
    return place.size();
}

ArticleStructure::Result ArticleStructure::analyze(const QString &text, const QString &title, QDate yearHint,
                                                   SentenceSplitter &splitter, bool hintIsReliable)
{
    Result result;
    const QList<TextRange> all = paragraphsOf(text);
    const QStringView view(text);

    // Front matter runs until the first paragraph that reads like body text.
    qsizetype bodyStart = 0;
    while (bodyStart < all.size() && bodyStart < maximumFrontMatter
           && isFrontMatter(view.mid(all[bodyStart].start, all[bodyStart].length))
           && !datelineAt(view.mid(all[bodyStart].start, all[bodyStart].length), yearHint))
        ++bodyStart;
    if (bodyStart == all.size() && all.size() > 1)
        bodyStart = 1; // nothing but short lines: only the first can be a headline

    std::optional<qsizetype> headlineIndex;
    std::optional<qsizetype> bylineIndex;
    std::optional<PublicationDate::WrittenDate> bylineDate;
    bool bylineIsPublished = false;
    for (qsizetype i = 0; i < bodyStart; ++i) {
        const QStringView paragraph = view.mid(all[i].start, all[i].length);
        const auto written = PublicationDate::findWrittenDate(paragraph, yearHint);
        if (written && written->hadYear && written->length * 3 >= paragraph.size() / 2) {
            const bool published = !paragraph.contains(QLatin1StringView("Updated"), Qt::CaseInsensitive);
            if (!bylineIndex || (published && !bylineIsPublished)) {
                bylineIndex = i;
                bylineDate = written;
                bylineIsPublished = published;
            }
            continue;
        }
        // With a title from metadata the headline is the paragraph that repeats it; without
        // one, the first short paragraph.
        if (!headlineIndex && (title.isEmpty() || matchesTitle(paragraph, title)))
            headlineIndex = i;
    }
    if (headlineIndex)
        result.headline = all[*headlineIndex];
    if (bylineIndex)
        result.byline = all[*bylineIndex];

    std::optional<Dateline> dateline;
    qsizetype datelineParagraph = -1;
    if (bodyStart < all.size()) {
        const TextRange first = all[bodyStart];
        const QStringView paragraph = view.mid(first.start, first.length);
        dateline = datelineAt(paragraph, yearHint);
        if (dateline && dateline->date.isValid() && !dateline->hadYear) {
            dateline->date = hintIsReliable
                ? nearestYear(dateline->date, yearHint)
                : yearFromWeekday(dateline->date, yearHint, paragraph.mid(dateline->length));
        }
        if (dateline) {
            result.dateline = {first.start, dateline->length};
            result.outlet = dateline->outlet;
        } else if (const qsizetype glued = gluedDatelineLength(paragraph, view)) {
            result.dateline = {first.start, glued};
        }
        if (!result.dateline.isEmpty())
            datelineParagraph = bodyStart;
    }

    // A dateline that names its year beats a byline; a byline beats a dateline whose year we guessed.
    if (dateline && dateline->date.isValid() && (dateline->hadYear || !bylineDate)) {
        result.date = dateline->date;
        result.dateEvidence = view.mid(result.dateline.start, result.dateline.length).trimmed().toString();
    } else if (bylineDate) {
        result.date = bylineDate->date;
        result.dateEvidence = view.mid(result.byline.start, result.byline.length).toString();
    }

    for (qsizetype i = 0; i < all.size(); ++i) {
        if ((headlineIndex && i == *headlineIndex) || (bylineIndex && i == *bylineIndex))
            continue;
        TextRange paragraph = all[i];
        result.paragraphs.append(paragraph);
        // A deck or standfirst under the headline introduces the story; it reports nothing itself.
        if (i < bodyStart)
            continue;
        if (i == datelineParagraph) {
            paragraph.start += result.dateline.length;
            paragraph.length -= result.dateline.length;
        }
        result.sentences.append(splitter.split(view.mid(paragraph.start, paragraph.length), paragraph.start));
    }
    return result;
}

} // namespace Sitrep
