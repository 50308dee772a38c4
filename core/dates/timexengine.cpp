// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates/timexengine.h"
#include "dates/daterecognizer.h"
#include "dates/dateresolver.h"
#include "dates/datetokenizer.h"

namespace Sitrep {

namespace {

// Lines are tokenized one at a time so that memory stays bounded by the longest line; a line
// longer than this is cut at whitespace, or anywhere when it has none (a run of digits).
constexpr qsizetype maximumChunk = 64 * 1024;

qsizetype chunkEnd(const QString &text, qsizetype from)
{
    const qsizetype size = text.size();
    const qsizetype limit = std::min(size, from + maximumChunk);
    // QtCore's search reads many characters at a time.
    if (const qsizetype newline = QStringView(text).first(limit).indexOf(u'\n', from); newline >= 0)
        return newline + 1;
    if (limit == size)
        return size;
    for (qsizetype i = limit; i > from + maximumChunk / 2; --i) {
        if (text[i].isSpace())
            return i;
    }
    return text[limit - 1].isHighSurrogate() ? limit + 1 : limit;
}

} // namespace

QList<Timex> TimexEngine::annotate(const QString &text, const QDate &reference) const
{
    QList<Timex> timexes;
    Dates::DateResolver resolver(reference.isValid() ? reference : QDate::currentDate());
    std::vector<Dates::DateToken> tokens;
    std::vector<Dates::Mention> mentions;
    qint32 sentence = 0;
    qsizetype from = 0;
    const Dates::DateHabits habits(text);
    while (from < text.size()) {
        const qsizetype end = chunkEnd(text, from);
        const QStringView chunk = QStringView(text).mid(from, end - from);
        Dates::tokenize(chunk, tokens, sentence);
        if (!tokens.empty()) {
            sentence = tokens.back().sentence + 1;
            mentions.clear();
            Dates::DateRecognizer(tokens, chunk, &habits).recognize(mentions);
            resolver.readChunk(tokens, chunk);
            for (const Dates::Mention &mention : mentions) {
                if (auto timex = resolver.resolve(mention, tokens, chunk, from)) {
                    timex->closesRange = mention.closesRange;
                    timexes.append(std::move(*timex));
                }
            }
        }
        from = end;
    }
    return timexes;
}

QList<Timex> TimexEngine::joinRanges(QList<Timex> timexes, const QString &text)
{
    QList<Timex> joined;
    joined.reserve(timexes.size());
    for (Timex &timex : timexes) {
        if (timex.closesRange && !joined.isEmpty()) {
            Timex &opening = joined.last();
            opening.end = timex.end;
            opening.text = text.mid(opening.start, opening.end - opening.start);
            continue;
        }
        joined.append(std::move(timex));
    }
    return joined;
}

} // namespace Sitrep
