// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfextractor.h"

#include "logging.h"

#include <poppler-qt6.h>

namespace Sitrep {
namespace {

// A line this much shorter than the longest line on its page ends its paragraph.
constexpr double paragraphEndRatio = 0.7;

struct Line
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype measure = 0; // the longest line of its page
};

void quietPoppler()
{
    // Poppler reports every syntax problem of a damaged file on stderr; we report our own error.
    static const bool once = [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcText) << "poppler:" << message; }, QVariant());
        return true;
    }();
    Q_UNUSED(once);
}

// The page's words in reading order, one line per text line, and an empty line where the gap to
// the next line is clearly wider than the page's usual line spacing (a paragraph break).
QString pageText(const Poppler::Page &page)
{
    struct PageLine
    {
        QString text;
        double top = 0;
        double bottom = 0;
    };
    QList<PageLine> lines;
    PageLine current;
    bool open = false;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        const QRectF rect = box->boundingBox();
        if (!open) {
            current = PageLine {QString(), rect.top(), rect.bottom()};
            open = true;
        }
        current.text.append(box->text());
        current.top = std::min(current.top, rect.top());
        current.bottom = std::max(current.bottom, rect.bottom());
        if (box->nextWord()) {
            if (box->hasSpaceAfter())
                current.text.append(QLatin1Char(' '));
        } else {
            lines.append(current);
            open = false;
        }
    }
    if (open)
        lines.append(current);

    QList<double> steps;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const double step = lines.at(i).top - lines.at(i - 1).top;
        if (step > 0)
            steps.append(step);
    }
    std::sort(steps.begin(), steps.end());
    const double usual = steps.isEmpty() ? 0 : steps.at(steps.size() / 2);
    QString text;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            const double step = lines.at(i).top - lines.at(i - 1).top;
            text.append(usual > 0 && (step > usual * 1.4 || step < 0) ? QStringLiteral("\n\n") : QStringLiteral("\n"));
        }
        text.append(lines.at(i).text);
    }
    return text;
}

} // namespace

Extraction PdfExtractor::joinLines(const QString &raw)
{
    Extraction result;
    result.original = raw;
    const QStringView view(raw);

    QList<Line> lines;
    qsizetype pageStart = 0;
    while (pageStart <= view.size()) {
        qsizetype pageEnd = view.indexOf(QLatin1Char('\f'), pageStart);
        if (pageEnd < 0)
            pageEnd = view.size();
        const qsizetype firstLine = lines.size();
        qsizetype measure = 0;
        qsizetype lineStart = pageStart;
        while (lineStart < pageEnd) {
            qsizetype lineEnd = view.indexOf(QLatin1Char('\n'), lineStart);
            if (lineEnd < 0 || lineEnd > pageEnd)
                lineEnd = pageEnd;
            qsizetype start = lineStart;
            qsizetype end = lineEnd;
            while (start < end && view.at(start).isSpace())
                ++start;
            while (end > start && view.at(end - 1).isSpace())
                --end;
            // An empty line is a paragraph break: keep it as a zero-length line.
            lines.append(Line {start, end - start, 0});
            measure = std::max(measure, end - start);
            lineStart = lineEnd + 1;
        }
        for (qsizetype i = firstLine; i < lines.size(); ++i)
            lines[i].measure = measure;
        lines.append(Line {pageEnd, 0, 0}); // pages never run together silently
        pageStart = pageEnd + 1;
    }

    TextBuilder builder(raw.size());
    bool paragraphOpen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (line.length == 0) {
            paragraphOpen = false;
            continue;
        }
        const QStringView text = view.mid(line.start, line.length);
        if (!paragraphOpen && builder.size() > 0)
            builder.appendReplaced(QStringLiteral("\n\n"), line.start, 0);
        const Line *next = i + 1 < lines.size() && lines.at(i + 1).length > 0 ? &lines.at(i + 1) : nullptr;
        const bool shortLine = double(line.length) < paragraphEndRatio * double(line.measure);
        const bool continues = next && !shortLine;
        const bool hyphenated = continues && text.size() >= 2 && text.endsWith(QLatin1Char('-'))
            && text.at(text.size() - 2).isLower() && view.at(next->start).isLower();
        const bool compound = continues && !hyphenated && text.size() >= 2 && text.endsWith(QLatin1Char('-'))
            && text.at(text.size() - 2).isLetter() && view.at(next->start).isUpper();
        if (hyphenated) {
            builder.appendCopied(text.chopped(1), line.start);
        } else if (compound) { // "Ivano-" + "Frankivsk": the hyphen belongs to the name
            builder.appendCopied(text, line.start);
        } else {
            builder.appendCopied(text, line.start);
            if (continues)
                builder.appendReplaced(QLatin1Char(' '), line.start + line.length,
                                       next->start - line.start - line.length);
        }
        paragraphOpen = continues;
    }
    result.text = builder.takeText();
    result.offsets = builder.takeMap();
    return result;
}

Expected<Extraction> PdfExtractor::extract(const QByteArray &bytes, const QString &path)
{
    quietPoppler();
    if (!bytes.startsWith("%PDF-"))
        return makeError(Error::Kind::InvalidContent, path, QStringLiteral("is not a PDF file (no %PDF header)"));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return makeError(Error::Kind::InvalidContent, path,
                         QStringLiteral("is a damaged or truncated PDF that Poppler cannot open"));
    if (document->isLocked())
        return makeError(Error::Kind::Unreadable, path,
                         QStringLiteral("is an encrypted PDF that needs a password; Sitrep does not read it"));
    const int pages = document->numPages();
    if (pages <= 0)
        return makeError(Error::Kind::InvalidContent, path,
                         QStringLiteral("is a damaged or truncated PDF with no pages"));

    QStringList warnings;
    QString raw;
    const int readable = std::min(pages, maximumPages);
    if (pages > maximumPages)
        warnings.append(
            QStringLiteral("the PDF has %1 pages; only the first %2 were read").arg(pages).arg(maximumPages));
    for (int i = 0; i < readable; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (i > 0)
            raw.append(QLatin1Char('\f'));
        if (page)
            raw.append(pageText(*page));
    }
    if (raw.trimmed().isEmpty())
        return makeError(Error::Kind::InvalidContent, path,
                         QStringLiteral("has no text layer (a scanned PDF? Sitrep does not run OCR)"));
    Extraction result = joinLines(raw);
    result.warnings = warnings;
    result.title = document->info(QStringLiteral("Title")).trimmed();
    return result;
}

} // namespace Sitrep
