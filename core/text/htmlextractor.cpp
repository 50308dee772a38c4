// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlextractor.h"

#include "text/publicationdate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <cstring>

namespace Sitrep {
namespace {

enum class Break { None, Space, Line, Paragraph };

// Byte offsets of the UTF-8 source to UTF-16 offsets of the decoded original. Positions arrive
// almost in order, so a cursor that walks from the last position costs little.
class Utf16Cursor
{
public:
    explicit Utf16Cursor(const QByteArray &utf8)
        : m_bytes(utf8)
    { }

    qsizetype seek(qsizetype byte)
    {
        byte = std::clamp<qsizetype>(byte, 0, m_bytes.size());
        while (m_byte < byte)
            m_utf16 += unitsAt(m_byte++);
        while (m_byte > byte)
            m_utf16 -= unitsAt(--m_byte);
        return m_utf16;
    }

private:
    qsizetype unitsAt(qsizetype byte) const
    {
        const auto b = static_cast<unsigned char>(m_bytes[byte]);
        if ((b & 0xC0) == 0x80)
            return 0;
        return b >= 0xF0 ? 2 : 1;
    }

    const QByteArray &m_bytes;
    qsizetype m_byte = 0;
    qsizetype m_utf16 = 0;
};

bool isSkippedTag(QLatin1StringView tag)
{
    static const QSet<QLatin1StringView> tags {
        QLatin1StringView("script"),   QLatin1StringView("style"),  QLatin1StringView("noscript"),
        QLatin1StringView("template"), QLatin1StringView("nav"),    QLatin1StringView("footer"),
        QLatin1StringView("aside"),    QLatin1StringView("form"),   QLatin1StringView("button"),
        QLatin1StringView("select"),   QLatin1StringView("iframe"), QLatin1StringView("svg"),
        QLatin1StringView("object"),   QLatin1StringView("embed"),  QLatin1StringView("canvas"),
        QLatin1StringView("dialog"),   QLatin1StringView("menu"),   QLatin1StringView("head"),
        QLatin1StringView("textarea"), QLatin1StringView("label"),  QLatin1StringView("input"),
    };
    return tags.contains(tag);
}

bool isBlockTag(QLatin1StringView tag)
{
    static const QSet<QLatin1StringView> tags {
        QLatin1StringView("p"),          QLatin1StringView("div"),     QLatin1StringView("section"),
        QLatin1StringView("article"),    QLatin1StringView("main"),    QLatin1StringView("header"),
        QLatin1StringView("h1"),         QLatin1StringView("h2"),      QLatin1StringView("h3"),
        QLatin1StringView("h4"),         QLatin1StringView("h5"),      QLatin1StringView("h6"),
        QLatin1StringView("li"),         QLatin1StringView("ul"),      QLatin1StringView("ol"),
        QLatin1StringView("blockquote"), QLatin1StringView("pre"),     QLatin1StringView("table"),
        QLatin1StringView("tr"),         QLatin1StringView("dl"),      QLatin1StringView("dt"),
        QLatin1StringView("dd"),         QLatin1StringView("figure"),  QLatin1StringView("figcaption"),
        QLatin1StringView("hr"),         QLatin1StringView("address"), QLatin1StringView("body"),
        QLatin1StringView("center"),     QLatin1StringView("caption"), QLatin1StringView("details"),
        QLatin1StringView("summary"),    QLatin1StringView("tbody"),
    };
    return tags.contains(tag);
}

// Class, id and role words that mark page furniture rather than the story.
bool isClutterWord(QStringView word)
{
    static const QSet<QString> words {
        QStringLiteral("share"),         QStringLiteral("sharing"),
        QStringLiteral("social"),        QStringLiteral("related"),
        QStringLiteral("cookie"),        QStringLiteral("cookies"),
        QStringLiteral("consent"),       QStringLiteral("banner"),
        QStringLiteral("newsletter"),    QStringLiteral("subscribe"),
        QStringLiteral("promo"),         QStringLiteral("advert"),
        QStringLiteral("advertisement"), QStringLiteral("ad"),
        QStringLiteral("ads"),           QStringLiteral("comments"),
        QStringLiteral("comment"),       QStringLiteral("breadcrumb"),
        QStringLiteral("breadcrumbs"),   QStringLiteral("kicker"),
        QStringLiteral("sidebar"),       QStringLiteral("nav"),
        QStringLiteral("navbar"),        QStringLiteral("navigation"),
        QStringLiteral("menu"),          QStringLiteral("footer"),
        QStringLiteral("popup"),         QStringLiteral("modal"),
        QStringLiteral("recommended"),   QStringLiteral("recirculation"),
        QStringLiteral("toolbar"),       QStringLiteral("complementary"),
        QStringLiteral("contentinfo"),   QStringLiteral("outbrain"),
        QStringLiteral("taboola"),       QStringLiteral("paywall"),
    };
    return words.contains(word.toString().toLower());
}

bool looksLikeClutter(QStringView value)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const bool separator = i == value.size() || !value.at(i).isLetterOrNumber();
        if (!separator)
            continue;
        if (i > start && isClutterWord(value.mid(start, i - start)))
            return true;
        start = i + 1;
    }
    return false;
}

QString attribute(const xmlChar **attributes, const char *name)
{
    for (const xmlChar **a = attributes; a && a[0]; a += 2) {
        if (qstricmp(reinterpret_cast<const char *>(a[0]), name) == 0)
            return a[1] ? QString::fromUtf8(reinterpret_cast<const char *>(a[1])) : QString();
    }
    return {};
}

bool hasAttribute(const xmlChar **attributes, const char *name)
{
    for (const xmlChar **a = attributes; a && a[0]; a += 2) {
        if (qstricmp(reinterpret_cast<const char *>(a[0]), name) == 0)
            return true;
    }
    return false;
}

// datePublished from JSON-LD: an object, an array of objects, or an @graph.
QString jsonLdDate(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (QString found = jsonLdDate(item); !found.isEmpty())
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("datePublished")))
            return object.value(QStringLiteral("datePublished")).toString();
        if (object.contains(QStringLiteral("@graph")))
            return jsonLdDate(object.value(QStringLiteral("@graph")));
    }
    return {};
}

struct Region
{
    bool isArticle = false;
    qsizetype start = 0;
    qsizetype end = -1;
};

class Extractor
{
public:
    Extractor(const QString &html, const QByteArray &utf8)
        : m_html(html)
        , m_utf8(utf8)
        , m_cursor(utf8)
        , m_builder(html.size() / 2)
    { }

    void setContext(htmlParserCtxtPtr context) { m_context = context; }
    Extraction finish();

    static void onStart(void *self, const xmlChar *name, const xmlChar **attributes)
    {
        static_cast<Extractor *>(self)->start(QLatin1StringView(reinterpret_cast<const char *>(name)), attributes);
    }
    static void onEnd(void *self, const xmlChar *name)
    {
        static_cast<Extractor *>(self)->end(QLatin1StringView(reinterpret_cast<const char *>(name)));
    }
    static void onCharacters(void *self, const xmlChar *text, int length)
    {
        static_cast<Extractor *>(self)->characters(reinterpret_cast<const char *>(text), length);
    }
    static void onCdata(void *self, const xmlChar *text, int length)
    {
        static_cast<Extractor *>(self)->cdata(reinterpret_cast<const char *>(text), length);
    }

private:
    struct Element
    {
        QLatin1StringView tag;
        bool skipped = false;
        qsizetype region = -1;
    };

    qsizetype bytePosition() const
    {
        const xmlParserInputPtr input = m_context->input;
        return qsizetype(input->consumed) + qsizetype(input->cur - input->base);
    }

    void start(QLatin1StringView tag, const xmlChar **attributes);
    void end(QLatin1StringView tag);
    void characters(const char *text, int length);
    void cdata(const char *text, int length);
    void readMeta(const xmlChar **attributes);
    void output(QStringView decoded, qsizetype originalStart, qsizetype originalLength, bool copied);
    void flushBreak(qsizetype originalPosition);
    void requestBreak(Break kind)
    {
        if (m_builder.size() > 0 && kind > m_break)
            m_break = kind;
    }

    const QString &m_html;
    const QByteArray &m_utf8;
    Utf16Cursor m_cursor;
    htmlParserCtxtPtr m_context = nullptr;
    TextBuilder m_builder;
    QList<Element> m_stack;
    int m_skipDepth = 0;
    Break m_break = Break::None;
    qsizetype m_spaceAt = -1; // original span of the whitespace a pending space stands for
    qsizetype m_spaceEnd = -1;
    qsizetype m_lastByte = 0;
    QList<Region> m_regions;

    enum class Capture { None, Title, Heading, JsonLd, Time };
    Capture m_capture = Capture::None;
    QString m_captured;

    QString m_ogTitle;
    QString m_documentTitle;
    QString m_firstHeading;
    QString m_siteName;
    QString m_url;
    QString m_publishedTime; // article:published_time
    QString m_timeDatetime; // the first <time datetime> in the story
    QString m_jsonLdDate;
    QString m_otherMetaDate;
};

void Extractor::readMeta(const xmlChar **attributes)
{
    QString key = attribute(attributes, "property");
    if (key.isEmpty())
        key = attribute(attributes, "name");
    if (key.isEmpty())
        key = attribute(attributes, "itemprop");
    key = key.toLower();
    const QString content = attribute(attributes, "content").trimmed();
    if (content.isEmpty())
        return;
    if (key == u"og:title")
        m_ogTitle = content;
    else if (key == u"og:site_name")
        m_siteName = content;
    else if (key == u"og:url" && m_url.isEmpty())
        m_url = content;
    else if (key == u"article:published_time")
        m_publishedTime = content;
    else if (m_otherMetaDate.isEmpty()
             && (key == u"datepublished" || key == u"pubdate" || key == u"date" || key == u"dc.date"
                 || key == u"dc.date.issued" || key == u"parsely-pub-date" || key == u"sailthru.date"
                 || key == u"og:published_time"))
        m_otherMetaDate = content;
}

void Extractor::start(QLatin1StringView tag, const xmlChar **attributes)
{
    Element element {tag, false, -1};
    if (tag == QLatin1StringView("meta")) {
        readMeta(attributes);
    } else if (tag == QLatin1StringView("link")) {
        if (attribute(attributes, "rel").toLower() == u"canonical")
            m_url = attribute(attributes, "href").trimmed();
    } else if (tag == QLatin1StringView("title") && m_documentTitle.isEmpty()) {
        m_capture = Capture::Title;
        m_captured.clear();
    } else if (tag == QLatin1StringView("script")
               && attribute(attributes, "type").toLower() == u"application/ld+json") {
        m_capture = Capture::JsonLd;
        m_captured.clear();
    }

    if (m_skipDepth == 0) {
        const bool furniture = isSkippedTag(tag) || looksLikeClutter(attribute(attributes, "class"))
            || looksLikeClutter(attribute(attributes, "id")) || looksLikeClutter(attribute(attributes, "role"))
            || hasAttribute(attributes, "hidden") || attribute(attributes, "aria-hidden") == u"true"
            || attribute(attributes, "style").remove(QLatin1Char(' ')).contains(QLatin1StringView("display:none"));
        // The site header is furniture; an article's own header holds its headline.
        const bool siteHeader =
            tag == QLatin1StringView("header") && std::none_of(m_stack.cbegin(), m_stack.cend(), [](const Element &e) {
                return e.tag == QLatin1StringView("article") || e.tag == QLatin1StringView("main");
            });
        if (furniture || siteHeader) {
            element.skipped = true;
            ++m_skipDepth;
        }
    }
    if (m_skipDepth == 0) {
        if (tag == QLatin1StringView("h1") && m_firstHeading.isEmpty()) {
            m_capture = Capture::Heading;
            m_captured.clear();
        } else if (tag == QLatin1StringView("time") && m_timeDatetime.isEmpty()) {
            m_timeDatetime = attribute(attributes, "datetime").trimmed();
        }
        if (tag == QLatin1StringView("br")) {
            requestBreak(Break::Line);
        } else if (tag == QLatin1StringView("td") || tag == QLatin1StringView("th")) {
            requestBreak(Break::Space);
        } else if (isBlockTag(tag)) {
            requestBreak(Break::Paragraph);
        }
        if (tag == QLatin1StringView("article") || tag == QLatin1StringView("main")) {
            element.region = m_regions.size();
            m_regions.append(Region {tag == QLatin1StringView("article"), m_builder.size(), -1});
        }
    }
    m_stack.append(element);
}

void Extractor::end(QLatin1StringView tag)
{
    if (m_capture == Capture::Title && tag == QLatin1StringView("title")) {
        m_documentTitle = m_captured.simplified();
        m_capture = Capture::None;
    } else if (m_capture == Capture::Heading && tag == QLatin1StringView("h1")) {
        m_firstHeading = m_captured.simplified();
        m_capture = Capture::None;
    } else if (m_capture == Capture::JsonLd && tag == QLatin1StringView("script")) {
        if (m_jsonLdDate.isEmpty()) {
            const QJsonDocument document = QJsonDocument::fromJson(m_captured.toUtf8());
            m_jsonLdDate =
                jsonLdDate(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
        }
        m_capture = Capture::None;
    }
    // libxml2 closes elements in order (it reports the implied ends), so the top is this tag.
    if (m_stack.isEmpty())
        return;
    const Element element = m_stack.takeLast();
    if (element.skipped) {
        --m_skipDepth;
        return;
    }
    if (m_skipDepth > 0)
        return;
    if (element.region >= 0)
        m_regions[element.region].end = m_builder.size();
    if (isBlockTag(tag))
        requestBreak(Break::Paragraph);
}

void Extractor::cdata(const char *text, int length)
{
    if (m_capture == Capture::JsonLd)
        m_captured.append(QString::fromUtf8(text, length));
}

void Extractor::characters(const char *text, int length)
{
    const QString decoded = QString::fromUtf8(text, length);
    if (m_capture != Capture::None)
        m_captured.append(decoded);
    const qsizetype endByte = bytePosition();
    if (m_skipDepth > 0) {
        m_lastByte = endByte;
        return;
    }
    // Text copied verbatim ends where the parser stands; anything else is a character reference.
    qsizetype startByte = endByte - length;
    bool copied = startByte >= 0 && std::memcmp(m_utf8.constData() + startByte, text, std::size_t(length)) == 0;
    if (!copied) {
        startByte = endByte;
        for (qsizetype i = endByte - 1; i >= std::max<qsizetype>(m_lastByte, endByte - 40); --i) {
            if (m_utf8.at(i) == '&') {
                startByte = i;
                break;
            }
        }
    }
    m_lastByte = endByte;
    const qsizetype start16 = m_cursor.seek(startByte);
    const qsizetype end16 = m_cursor.seek(endByte);
    output(decoded, start16, end16 - start16, copied);
}

void Extractor::flushBreak(qsizetype originalPosition)
{
    if (m_builder.size() == 0) {
        m_break = Break::None;
        m_spaceAt = -1;
        return;
    }
    const qsizetype at = m_spaceAt >= 0 ? m_spaceAt : originalPosition;
    switch (m_break) {
    case Break::Paragraph:
        m_builder.appendReplaced(QStringLiteral("\n\n"), at, 0);
        break;
    case Break::Line:
        m_builder.appendReplaced(QLatin1Char('\n'), at, 0);
        break;
    case Break::Space:
    case Break::None:
        if (m_spaceAt >= 0 || m_break == Break::Space)
            m_builder.appendReplaced(QLatin1Char(' '), at, m_spaceAt >= 0 ? m_spaceEnd - m_spaceAt : 0);
        break;
    }
    m_break = Break::None;
    m_spaceAt = -1;
}

void Extractor::output(QStringView decoded, qsizetype originalStart, qsizetype originalLength, bool copied)
{
    if (!copied) {
        QString replaced = decoded.toString();
        if (replaced.trimmed().isEmpty() || replaced == QString(QChar(0xA0))) {
            if (m_spaceAt < 0)
                m_spaceAt = originalStart;
            m_spaceEnd = originalStart + originalLength;
            return;
        }
        flushBreak(originalStart);
        m_builder.appendReplaced(replaced.replace(QChar(0xA0), QLatin1Char(' ')), originalStart, originalLength);
        return;
    }
    qsizetype i = 0;
    while (i < decoded.size()) {
        if (decoded.at(i).isSpace()) {
            if (m_spaceAt < 0)
                m_spaceAt = originalStart + i;
            m_spaceEnd = originalStart + i + 1;
            ++i;
            continue;
        }
        // Words with single plain spaces between them need no collapsing: copy them as one run.
        qsizetype j = i;
        while (j < decoded.size()) {
            if (!decoded.at(j).isSpace()) {
                ++j;
                continue;
            }
            if (decoded.at(j) != u' ' || j + 1 >= decoded.size() || decoded.at(j + 1).isSpace())
                break;
            ++j;
        }
        if (m_break != Break::None || m_spaceAt >= 0)
            flushBreak(originalStart + i);
        m_builder.appendCopied(decoded.mid(i, j - i), originalStart + i);
        i = j;
    }
}

Extraction Extractor::finish()
{
    Extraction result;
    result.original = m_html;
    // The story is the <article> with the most text, else the <main>, else the whole body.
    std::optional<Region> chosen;
    for (const Region &region : std::as_const(m_regions)) {
        const Region closed {region.isArticle, region.start, region.end < 0 ? m_builder.size() : region.end};
        if (!chosen || (closed.isArticle && !chosen->isArticle)
            || (closed.isArticle == chosen->isArticle && closed.end - closed.start > chosen->end - chosen->start))
            chosen = closed;
    }
    m_builder.trimTrailingWhitespace();
    const QString text = m_builder.takeText();
    const OffsetMap map = m_builder.takeMap();
    qsizetype start = chosen ? std::min(chosen->start, text.size()) : 0;
    qsizetype end = chosen ? std::min(chosen->end, text.size()) : text.size();
    if (chosen && end - start < 1)
        start = 0, end = text.size();
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    result.text = text.mid(start, end - start);
    result.offsets = map.slice(start, end);

    QString documentTitle = m_documentTitle;
    for (const QString &separator :
         {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "), QStringLiteral(" — ")}) {
        if (!m_siteName.isEmpty() && documentTitle.endsWith(separator + m_siteName))
            documentTitle.chop(separator.size() + m_siteName.size());
    }
    result.title = !m_ogTitle.isEmpty() ? m_ogTitle : !documentTitle.isEmpty() ? documentTitle : m_firstHeading;
    result.outlet = m_siteName;
    result.url = m_url;
    const std::pair<const char *, const QString *> dates[] = {
        {"article:published_time", &m_publishedTime},
        {"<time datetime>", &m_timeDatetime},
        {"JSON-LD datePublished", &m_jsonLdDate},
        {"meta date", &m_otherMetaDate},
    };
    for (const auto &[name, value] : dates) {
        if (const auto parsed = PublicationDate::parseTimestamp(*value)) {
            result.published = parsed;
            result.publishedEvidence = QStringLiteral("%1 %2").arg(QLatin1StringView(name), *value);
            break;
        }
    }
    return result;
}

} // namespace

Extraction HtmlExtractor::extract(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    Extractor extractor(html, utf8);
    if (utf8.isEmpty())
        return extractor.finish();

    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.startElement = &Extractor::onStart;
    handler.endElement = &Extractor::onEnd;
    handler.characters = &Extractor::onCharacters;
    handler.cdataBlock = &Extractor::onCdata;
    handler.initialized = 1;

    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
    if (!context)
        return extractor.finish();
    std::memcpy(context->sax, &handler, sizeof handler);
    context->userData = &extractor;
    extractor.setContext(context);
    htmlCtxtUseOptions(
        context, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(context);
    htmlFreeParserCtxt(context);
    return extractor.finish();
}

} // namespace Sitrep
