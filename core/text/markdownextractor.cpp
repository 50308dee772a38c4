// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownextractor.h"

namespace Sitrep {
namespace {

// Where the words of a line start once its block marks ("## ", "> ", "- ", "1. ") are skipped.
qsizetype contentStart(QStringView line, bool *isHeading)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
        ++i;
    bool progressed = true;
    while (progressed && i < line.size()) {
        progressed = false;
        const QChar c = line.at(i);
        if (c == QLatin1Char('>')) {
            ++i;
            progressed = true;
        } else if (c == QLatin1Char('#')) {
            qsizetype j = i;
            while (j < line.size() && line.at(j) == QLatin1Char('#'))
                ++j;
            if (j - i <= 6 && (j == line.size() || line.at(j) == QLatin1Char(' '))) {
                *isHeading = true;
                i = j;
                progressed = true;
            }
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('*') || c == QLatin1Char('+')) && i + 1 < line.size()
                   && line.at(i + 1) == QLatin1Char(' ')) {
            i += 2;
            progressed = true;
        } else if (c.isDigit()) {
            qsizetype j = i;
            while (j < line.size() && line.at(j).isDigit())
                ++j;
            if (j - i <= 3 && j + 1 < line.size() && (line.at(j) == QLatin1Char('.') || line.at(j) == QLatin1Char(')'))
                && line.at(j + 1) == QLatin1Char(' ')) {
                i = j + 2;
                progressed = true;
            }
        }
        while (progressed && i < line.size() && line.at(i) == QLatin1Char(' '))
            ++i;
    }
    return i;
}

// A thematic break ("---", "***"), a setext underline ("===") or a code fence: no words at all.
bool isRuleLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.startsWith(QLatin1StringView("```")) || trimmed.startsWith(QLatin1StringView("~~~")))
        return true;
    if (trimmed.size() < 3)
        return false;
    const QChar mark = trimmed.at(0);
    if (mark != QLatin1Char('-') && mark != QLatin1Char('*') && mark != QLatin1Char('_') && mark != QLatin1Char('='))
        return false;
    for (QChar c : trimmed) {
        if (c != mark && c != QLatin1Char(' '))
            return false;
    }
    return true;
}

bool isEmphasisMark(QStringView line, qsizetype i)
{
    const QChar c = line.at(i);
    if (c == QLatin1Char('`'))
        return true;
    if (c != QLatin1Char('*') && c != QLatin1Char('_') && c != QLatin1Char('~'))
        return false;
    const bool spaceBefore = i == 0 || line.at(i - 1).isSpace();
    const bool spaceAfter = i + 1 >= line.size() || line.at(i + 1).isSpace();
    if (spaceBefore && spaceAfter)
        return false; // a lone "*" between words
    if (c == QLatin1Char('_')) // snake_case and file_names keep their underscores
        return spaceBefore || spaceAfter || !line.at(i - 1).isLetterOrNumber() || !line.at(i + 1).isLetterOrNumber();
    if (c == QLatin1Char('~'))
        return i + 1 < line.size() && line.at(i + 1) == QLatin1Char('~');
    return true;
}

void appendInline(TextBuilder &builder, QStringView line, qsizetype lineStart)
{
    qsizetype spanStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > spanStart)
            builder.appendCopied(line.mid(spanStart, end - spanStart), lineStart + spanStart);
    };
    // Link targets to drop: "](url)" after the text of "[text](url)".
    QList<std::pair<qsizetype, qsizetype>> drops;
    for (qsizetype i = 0; i < line.size();) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1).isPunct()) {
            flush(i);
            spanStart = i + 1;
            i += 2;
            continue;
        }
        if (!drops.isEmpty() && drops.last().first == i) {
            flush(i);
            spanStart = drops.last().second;
            i = drops.last().second;
            drops.removeLast();
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = line.indexOf(QLatin1Char(']'), i + 1);
            if (close > 0 && close + 1 < line.size()
                && (line.at(close + 1) == QLatin1Char('(') || line.at(close + 1) == QLatin1Char('['))) {
                const QChar closing = line.at(close + 1) == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
                const qsizetype end = line.indexOf(closing, close + 2);
                if (end > 0) {
                    const bool image = i > 0 && line.at(i - 1) == QLatin1Char('!');
                    flush(image ? i - 1 : i);
                    spanStart = i + 1;
                    drops.append({close, end + 1});
                    ++i;
                    continue;
                }
            }
        }
        if (isEmphasisMark(line, i)) {
            flush(i);
            spanStart = i + 1;
        }
        ++i;
    }
    flush(line.size());
}

} // namespace

Extraction MarkdownExtractor::extract(const QString &markdown)
{
    Extraction result;
    result.original = markdown;
    TextBuilder builder(markdown.size());
    const QStringView view(markdown);
    qsizetype lineStart = 0;
    while (lineStart < view.size()) {
        qsizetype lineEnd = view.indexOf(QLatin1Char('\n'), lineStart);
        const qsizetype next = lineEnd < 0 ? view.size() : lineEnd + 1;
        if (lineEnd < 0)
            lineEnd = view.size();
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && view.at(contentEnd - 1) == QLatin1Char('\r'))
            --contentEnd;
        const QStringView line = view.mid(lineStart, contentEnd - lineStart);
        if (!isRuleLine(line)) {
            bool heading = false;
            const qsizetype start = contentStart(line, &heading);
            QStringView words = line.mid(start);
            if (heading) {
                while (words.endsWith(QLatin1Char('#')) || words.endsWith(QLatin1Char(' ')))
                    words.chop(1);
            }
            const qsizetype before = builder.size();
            appendInline(builder, words, lineStart + start);
            if (heading && result.title.isEmpty())
                result.title = builder.text().mid(before).trimmed();
        }
        if (lineEnd < view.size())
            builder.appendReplaced(QLatin1Char('\n'), contentEnd, lineEnd + 1 - contentEnd);
        lineStart = next;
    }
    builder.trimTrailingWhitespace();
    result.text = builder.takeText();
    result.offsets = builder.takeMap();
    return result;
}

Extraction PlainTextExtractor::extract(const QString &text)
{
    Extraction result;
    result.original = text;
    const QStringView view(text);
    if (!view.contains(QLatin1Char('\r'))) {
        result.text = text;
        result.offsets = OffsetMap::identity(text.size());
        return result;
    }
    TextBuilder builder(text.size());
    qsizetype start = 0;
    while (start < view.size()) {
        const qsizetype cr = view.indexOf(QLatin1Char('\r'), start);
        if (cr < 0) {
            builder.appendCopied(view.mid(start), start);
            break;
        }
        builder.appendCopied(view.mid(start, cr - start), start);
        const bool crlf = cr + 1 < view.size() && view.at(cr + 1) == QLatin1Char('\n');
        builder.appendReplaced(QLatin1Char('\n'), cr, crlf ? 2 : 1);
        start = cr + (crlf ? 2 : 1);
    }
    result.text = builder.takeText();
    result.offsets = builder.takeMap();
    return result;
}

} // namespace Sitrep
