// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedextractor.h"

#include "text/htmlextractor.h"
#include "text/markdownextractor.h"
#include "text/publicationdate.h"

#include <QXmlStreamReader>

namespace Sitrep {
namespace {

struct RawItem
{
    QString title;
    QString link;
    QString date;
    QString dateName;
    QString description;
    QString content;
    bool descriptionIsHtml = true;
};

bool looksLikeHtml(const QString &text)
{
    return text.contains(QLatin1Char('<')) && text.contains(QLatin1Char('>'));
}

Extraction toExtraction(const RawItem &item, const QString &outlet, const QString &channelDate,
                        const QString &channelDateName)
{
    const QString body =
        item.content.trimmed().size() > item.description.trimmed().size() ? item.content : item.description;
    const QString title = item.title.simplified();
    const QString separator = title.isEmpty() ? QString() : QStringLiteral("\n\n");
    Extraction bodyText = looksLikeHtml(body) && item.descriptionIsHtml ? HtmlExtractor::extract(body)
                                                                        : PlainTextExtractor::extract(body);
    Extraction result;
    result.original = title + separator + body;
    TextBuilder builder(result.original.size());
    builder.appendCopied(title, 0);
    if (!bodyText.text.isEmpty()) {
        builder.appendCopied(separator, title.size());
        const qsizetype base = builder.size();
        Q_UNUSED(base);
        result.text = builder.text() + bodyText.text;
        OffsetMap map = builder.takeMap();
        OffsetMap shifted = bodyText.offsets;
        shifted.shiftOriginal(title.size() + separator.size());
        for (const OffsetMap::Run &run : shifted.runs())
            map.append(run.textLength, run.originalStart, run.originalLength);
        result.offsets = map;
    } else {
        result.text = builder.takeText();
        result.offsets = builder.takeMap();
    }
    result.title = title;
    result.outlet = outlet;
    result.url = item.link.trimmed();
    const QString date = item.date.isEmpty() ? channelDate : item.date;
    if (const auto parsed = PublicationDate::parseTimestamp(date)) {
        result.published = parsed;
        result.publishedEvidence =
            QStringLiteral("%1 %2").arg(item.date.isEmpty() ? channelDateName : item.dateName, date);
    }
    return result;
}

} // namespace

bool FeedExtractor::looksLikeFeed(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            const QStringView name = reader.name();
            return name == u"rss" || name == u"feed" || name == u"RDF";
        }
    }
    return false;
}

Expected<QList<FeedExtractor::Item>> FeedExtractor::extract(const QByteArray &bytes, const QString &path)
{
    QXmlStreamReader reader(bytes);
    QString outlet;
    QString channelDate;
    QString channelDateName;
    QList<RawItem> raw;
    std::optional<RawItem> current;
    bool rootSeen = false;
    QStringList warnings;
    int depth = 0;

    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (current && (reader.name() == u"item" || reader.name() == u"entry")) {
                raw.append(*current);
                current.reset();
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView name = reader.name();
        if (!rootSeen) {
            rootSeen = true;
            if (name != u"rss" && name != u"feed" && name != u"RDF")
                return makeError(Error::Kind::Unsupported, path,
                                 QStringLiteral("is XML but not an RSS or Atom feed (root element <%1>)").arg(name));
            continue;
        }
        if (name == u"item" || name == u"entry") {
            if (raw.size() >= maximumItems) {
                warnings.append(
                    QStringLiteral("the feed has more than %1 items; the rest were skipped").arg(maximumItems));
                break;
            }
            current = RawItem {};
            continue;
        }
        if (!current) {
            // Channel or feed level: its title names the outlet, its date stands in for undated items.
            if (name == u"title" && outlet.isEmpty() && depth <= 3) {
                outlet = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                --depth;
            } else if ((name == u"lastBuildDate" || name == u"pubDate" || name == u"updated")
                       && channelDate.isEmpty()) {
                channelDateName = QStringLiteral("channel ") + name.toString();
                channelDate = reader.readElementText().trimmed();
                --depth;
            }
            continue;
        }
        const bool atom = reader.namespaceUri() == u"http://www.w3.org/2005/Atom";
        if (name == u"link") {
            const QString rel = reader.attributes().value(QStringLiteral("rel")).toString();
            const QString href = reader.attributes().value(QStringLiteral("href")).toString();
            const QString text = reader.readElementText().trimmed();
            --depth;
            if (current->link.isEmpty() || rel == u"alternate")
                current->link = href.isEmpty() ? text : (rel.isEmpty() || rel == u"alternate" ? href : current->link);
            continue;
        }
        const bool isDate = name == u"pubDate" || name == u"date" || name == u"published" || name == u"updated";
        const bool readable = isDate || name == u"title" || name == u"description" || name == u"encoded"
            || name == u"summary" || name == u"content";
        if (!readable)
            continue;
        const QString type = reader.attributes().value(QStringLiteral("type")).toString();
        const QString value = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        --depth;
        if (name == u"title") {
            current->title = value;
        } else if (isDate) {
            // published beats updated; the first of the others wins.
            if (current->date.isEmpty() || name == u"published") {
                current->date = value.trimmed();
                current->dateName = name.toString();
            }
        } else if (name == u"description" || name == u"summary") {
            current->description = value;
            if (atom || name == u"summary")
                current->descriptionIsHtml = type == u"html" || type == u"xhtml";
        } else {
            current->content = value;
        }
    }
    if (reader.hasError() && raw.isEmpty())
        return makeError(Error::Kind::InvalidContent, path,
                         QStringLiteral("is not a well-formed feed: %1 (line %2)")
                             .arg(reader.errorString())
                             .arg(reader.lineNumber()));
    if (reader.hasError())
        warnings.append(QStringLiteral("the feed breaks off at line %1 (%2); the items before it were read")
                            .arg(reader.lineNumber())
                            .arg(reader.errorString()));
    if (raw.isEmpty())
        return makeError(Error::Kind::InvalidContent, path, QStringLiteral("is a feed with no items"));

    QList<Item> items;
    for (const RawItem &item : std::as_const(raw)) {
        Item converted;
        converted.extraction = toExtraction(item, outlet, channelDate, channelDateName);
        converted.extraction.warnings = warnings;
        converted.identity =
            (item.link + QLatin1Char('\n') + item.title + QLatin1Char('\n') + item.description + item.content).toUtf8();
        items.append(converted);
    }
    return items;
}

} // namespace Sitrep
