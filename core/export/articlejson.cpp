// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

namespace Sitrep::Json {

QJsonObject fromArticle(const Article &article)
{
    return QJsonObject {
        {QStringLiteral("source"), article.source},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("outlet"), article.outlet},
        {QStringLiteral("format"), formatName(article.format)},
        {QStringLiteral("contentHash"), article.contentHash},
        {QStringLiteral("referenceDate"),
         article.referenceDate.isValid() ? QJsonValue(article.referenceDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("dateSource"), dateSourceName(article.dateSource)},
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
