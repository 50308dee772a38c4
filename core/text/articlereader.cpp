// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereader.h"

#include "logging.h"
#include "text/textdecoder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Sitrep {
namespace {

std::optional<ArticleFormat> formatForSuffix(const QString &suffix)
{
    const QString lower = suffix.toLower();
    if (lower == u"txt" || lower == u"text")
        return ArticleFormat::PlainText;
    if (lower == u"md" || lower == u"markdown")
        return ArticleFormat::Markdown;
    return std::nullopt;
}

QString normalizeLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// The first non-empty line, when it is short enough to be a headline.
QString headlineOf(const QString &text)
{
    static const QRegularExpression markdownHeading(QStringLiteral("^#+\\s*"));
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    for (const QStringView line : lines) {
        QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty())
            continue;
        trimmed.remove(markdownHeading);
        return trimmed.size() <= 200 ? trimmed : QString();
    }
    return {};
}

} // namespace

QStringList ArticleReader::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown")};
}

bool ArticleReader::isSupported(const QString &path)
{
    return formatForSuffix(QFileInfo(path).suffix()).has_value();
}

Expected<Article> ArticleReader::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Kind::NotFound, path, QStringLiteral("no such file"));
    if (info.isDir())
        return makeError(Error::Kind::Unsupported, path, QStringLiteral("is a folder, not a file"));
    const auto format = formatForSuffix(info.suffix());
    if (!format) {
        return makeError(Error::Kind::Unsupported, path,
                         QStringLiteral("file type '.%1' is not supported (Sitrep reads: %2)")
                             .arg(info.suffix(), supportedSuffixes().join(QStringLiteral(", "))));
    }
    if (info.size() > maximumFileSize) {
        return makeError(Error::Kind::TooLarge, path,
                         QStringLiteral("file is %1 MB; the limit is %2 MB")
                             .arg(info.size() / (1024 * 1024))
                             .arg(maximumFileSize / (1024 * 1024)));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Unreadable, path, QStringLiteral("cannot open: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Kind::Unreadable, path, QStringLiteral("cannot read: %1").arg(file.errorString()));

    const auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return makeError(Error::Kind::InvalidContent, path, QStringLiteral("looks like a binary file, not text"));
    const QString text = normalizeLineEnds(decoded->text);
    if (text.trimmed().isEmpty())
        return makeError(Error::Kind::InvalidContent, path, QStringLiteral("contains no text"));

    Article article;
    article.source = path;
    article.format = *format;
    article.text = text;
    article.title = headlineOf(text);
    article.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QDateTime modified = info.lastModified();
    if (modified.isValid() && !path.startsWith(QLatin1Char(':'))) {
        article.referenceDate = modified.date();
        article.dateSource = DateSource::FileTime;
    }
    qCDebug(lcText) << "read" << path << TextDecoder::encodingName(decoded->encoding) << text.size() << "chars";
    return article;
}

} // namespace Sitrep
