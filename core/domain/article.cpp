// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <array>
#include <utility>

namespace Sitrep {
namespace {

constexpr std::array formatNames {
    std::pair {ArticleFormat::PlainText, "text"}, std::pair {ArticleFormat::Markdown, "markdown"},
    std::pair {ArticleFormat::Html, "html"},      std::pair {ArticleFormat::Email, "email"},
    std::pair {ArticleFormat::Pdf, "pdf"},        std::pair {ArticleFormat::Feed, "feed"},
};

constexpr std::array dateSourceNames {
    std::pair {DateSource::Metadata, "metadata"}, std::pair {DateSource::Dateline, "dateline"},
    std::pair {DateSource::User, "user"},         std::pair {DateSource::FileTime, "file-time"},
    std::pair {DateSource::Unknown, "unknown"},
};

} // namespace

QString formatName(ArticleFormat format)
{
    for (const auto &[value, name] : formatNames) {
        if (value == format)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ArticleFormat> formatFromName(const QString &name)
{
    for (const auto &[value, text] : formatNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

QString dateSourceName(DateSource source)
{
    for (const auto &[value, name] : dateSourceNames) {
        if (value == source)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

bool isFallbackDateSource(DateSource source)
{
    return source == DateSource::User || source == DateSource::FileTime || source == DateSource::Unknown;
}

DateSource dateSourceFromName(const QString &name)
{
    for (const auto &[value, text] : dateSourceNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return DateSource::Unknown;
}

} // namespace Sitrep
