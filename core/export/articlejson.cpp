// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

#include <QJsonArray>

namespace Sitrep::Json {
namespace {

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue rangeText(const Article &article, TextRange range)
{
    return range.isEmpty() ? QJsonValue() : QJsonValue(article.textOf(range).toString());
}

QJsonArray ranges(const QList<TextRange> &list)
{
    QJsonArray array;
    for (const TextRange &range : list)
        array.append(QJsonArray {double(range.start), double(range.length)});
    return array;
}

} // namespace

QJsonObject fromArticle(const Article &article, int firstSentenceCount)
{
    QJsonArray firstSentences;
    for (qsizetype i = 0; i < article.sentences.size() && i < firstSentenceCount; ++i)
        firstSentences.append(article.textOf(article.sentences.at(i)).toString());
    return QJsonObject {
        {QStringLiteral("source"), article.source},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("outlet"), article.outlet},
        {QStringLiteral("format"), formatName(article.format)},
        {QStringLiteral("contentHash"), article.contentHash},
        {QStringLiteral("referenceDate"),
         article.referenceDate.isValid() ? QJsonValue(article.referenceDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("dateSource"), dateSourceName(article.dateSource)},
        {QStringLiteral("dateIsFallback"), isFallbackDateSource(article.dateSource)},
        {QStringLiteral("dateEvidence"), optionalText(article.dateEvidence)},
        {QStringLiteral("published"),
         article.published.isValid() ? QJsonValue(article.published.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("url"), optionalText(article.url)},
        {QStringLiteral("encoding"), optionalText(article.encoding)},
        {QStringLiteral("headline"), rangeText(article, article.headline)},
        {QStringLiteral("dateline"), rangeText(article, article.dateline)},
        {QStringLiteral("byline"), rangeText(article, article.byline)},
        {QStringLiteral("paragraphCount"), double(article.paragraphs.size())},
        {QStringLiteral("paragraphs"), ranges(article.paragraphs)},
        {QStringLiteral("sentenceCount"), double(article.sentences.size())},
        {QStringLiteral("firstSentences"), firstSentences},
        {QStringLiteral("sentences"), ranges(article.sentences)},
        {QStringLiteral("offsetRuns"), double(article.offsets.runs().size())},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(article.warnings)},
        {QStringLiteral("text"), article.text},
    };
}

QJsonObject fromError(const Error &error)
{
    return QJsonObject {
        {QStringLiteral("file"), error.file},
        {QStringLiteral("message"), error.message},
    };
}

} // namespace Sitrep::Json
