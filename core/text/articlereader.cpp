// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereader.h"

#include "logging.h"
#include "text/articlestructure.h"
#include "text/emailextractor.h"
#include "text/feedextractor.h"
#include "text/htmlextractor.h"
#include "text/markdownextractor.h"
#include "text/pdfextractor.h"
#include "text/sentencesplitter.h"
#include "text/textdecoder.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Sitrep {
namespace {

std::optional<ArticleFormat> formatForSuffix(const QString &suffix)
{
    const QString lower = suffix.toLower();
    if (lower == u"txt" || lower == u"text")
        return ArticleFormat::PlainText;
    if (lower == u"md" || lower == u"markdown")
        return ArticleFormat::Markdown;
    if (lower == u"html" || lower == u"htm" || lower == u"xhtml")
        return ArticleFormat::Html;
    if (lower == u"eml")
        return ArticleFormat::Email;
    if (lower == u"pdf")
        return ArticleFormat::Pdf;
    if (lower == u"xml" || lower == u"rss" || lower == u"atom")
        return ArticleFormat::Feed;
    return std::nullopt;
}

// Identifies content, so that an unchanged file is not imported twice; no adversary is in play, and
// SHA-1 runs over three times as fast as SHA-256 here, which showed when reading large pages.
QString contentHash(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// Everything one file needs besides its bytes.
struct FileContext
{
    QString path;
    ArticleFormat format = ArticleFormat::PlainText;
    QDate fileDate; // invalid for resources, whose times mean nothing
    const ArticleReader::Options *options = nullptr;
    SentenceSplitter *splitter = nullptr;
};

Expected<Article> finish(Extraction extraction, const FileContext &context, const QString &hash,
                         const QString &encoding)
{
    if (extraction.text.trimmed().isEmpty()) {
        const QString reason = context.format == ArticleFormat::Html
            ? QStringLiteral("contains no text outside navigation, scripts and page furniture")
            : QStringLiteral("contains no text");
        return makeError(Error::Kind::InvalidContent, context.path, reason);
    }
    Article article;
    article.source = context.path;
    article.format = context.format;
    article.contentHash = hash;
    article.encoding = encoding;
    article.url = extraction.url;
    article.warnings = extraction.warnings;

    const QDate yearHint = extraction.published    ? extraction.published->date()
        : context.options->referenceDate.isValid() ? context.options->referenceDate
        : context.fileDate.isValid()               ? context.fileDate
                                                   : QDate::currentDate();
    const ArticleStructure::Result structure =
        ArticleStructure::analyze(extraction.text, extraction.title, yearHint, *context.splitter,
                                  extraction.published.has_value() || context.options->referenceDate.isValid());

    article.title = extraction.title;
    if (article.title.isEmpty() && !structure.headline.isEmpty())
        article.title = extraction.text.mid(structure.headline.start, structure.headline.length).simplified();
    article.outlet = !extraction.outlet.isEmpty() ? extraction.outlet : structure.outlet;

    if (extraction.published && extraction.published->isValid()) {
        article.published = *extraction.published;
        article.referenceDate = extraction.published->date();
        article.dateSource = DateSource::Metadata;
        article.dateEvidence = extraction.publishedEvidence;
    } else if (structure.date.isValid()) {
        article.referenceDate = structure.date;
        article.dateSource = DateSource::Dateline;
        article.dateEvidence = structure.dateEvidence;
    } else if (context.options->referenceDate.isValid()) {
        article.referenceDate = context.options->referenceDate;
        article.dateSource = DateSource::User;
        article.dateEvidence = QStringLiteral("given by the user");
    } else if (context.fileDate.isValid()) {
        article.referenceDate = context.fileDate;
        article.dateSource = DateSource::FileTime;
        article.dateEvidence = QStringLiteral("file modification time");
    }

    article.headline = structure.headline;
    article.dateline = structure.dateline;
    article.byline = structure.byline;
    article.paragraphs = structure.paragraphs;
    article.sentences = structure.sentences;
    article.text = std::move(extraction.text);
    article.original = std::move(extraction.original);
    article.offsets = std::move(extraction.offsets);
    return article;
}

// Decodes text-like bytes, refusing binary ones and noting replaced bytes.
Expected<TextDecoder::Result> decodeText(const QByteArray &bytes, const QString &path, QStringList &warnings)
{
    auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return makeError(Error::Kind::InvalidContent, path, QStringLiteral("looks like a binary file, not text"));
    if (decoded->invalidSequences > 0)
        warnings.append(QStringLiteral("invalid UTF-8 at byte %1; %2 broken sequence(s) shown as U+FFFD")
                            .arg(decoded->firstInvalidByte)
                            .arg(decoded->invalidSequences));
    return *std::move(decoded);
}

Expected<QList<Article>> readBytes(const QByteArray &bytes, const FileContext &context)
{
    const QString &path = context.path;
    const QString hash = contentHash(bytes);
    QStringList warnings;
    auto single = [&](Expected<Extraction> extraction, const QString &encoding) -> Expected<QList<Article>> {
        if (!extraction)
            return std::unexpected(extraction.error());
        extraction->warnings.append(warnings);
        auto article = finish(*std::move(extraction), context, hash, encoding);
        if (!article)
            return std::unexpected(article.error());
        return QList<Article> {*std::move(article)};
    };

    switch (context.format) {
    case ArticleFormat::PlainText:
    case ArticleFormat::Markdown:
    case ArticleFormat::Html: {
        auto decoded = decodeText(bytes, path, warnings);
        if (!decoded)
            return std::unexpected(decoded.error());
        const QString encoding = TextDecoder::encodingName(decoded->encoding);
        if (context.format == ArticleFormat::Html)
            return single(HtmlExtractor::extract(decoded->text), encoding);
        if (context.format == ArticleFormat::Markdown)
            return single(MarkdownExtractor::extract(decoded->text), encoding);
        return single(PlainTextExtractor::extract(decoded->text), encoding);
    }
    case ArticleFormat::Email:
        if (TextDecoder::looksBinary(bytes))
            return makeError(Error::Kind::InvalidContent, path, QStringLiteral("looks like a binary file, not e-mail"));
        return single(EmailExtractor::extract(bytes, path), QString());
    case ArticleFormat::Pdf:
        return single(PdfExtractor::extract(bytes, path), QString());
    case ArticleFormat::Feed: {
        if (TextDecoder::looksBinary(bytes) && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
            return makeError(Error::Kind::InvalidContent, path, QStringLiteral("looks like a binary file, not a feed"));
        auto items = FeedExtractor::extract(bytes, path);
        if (!items)
            return std::unexpected(items.error());
        QList<Article> articles;
        for (qsizetype i = 0; i < items->size(); ++i) {
            FeedExtractor::Item &item = (*items)[i];
            // Items share a file: the source names the item too, by its link where it has one.
            const QString itemKey =
                item.extraction.url.isEmpty() ? QStringLiteral("item-%1").arg(i + 1) : item.extraction.url;
            auto article = finish(std::move(item.extraction), context, contentHash(item.identity), QString());
            if (article) {
                article->source = path + QLatin1Char('#') + itemKey;
                articles.append(*std::move(article));
            }
        }
        if (articles.isEmpty())
            return makeError(Error::Kind::InvalidContent, path, QStringLiteral("is a feed whose items have no text"));
        return articles;
    }
    }
    return makeError(Error::Kind::Unsupported, path, QStringLiteral("unknown format"));
}

Expected<QList<Article>> readFile(const QString &path, const ArticleReader::Options &options,
                                  SentenceSplitter &splitter)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Kind::NotFound, path, QStringLiteral("no such file"));
    if (info.isDir())
        return makeError(Error::Kind::Unsupported, path, QStringLiteral("is a folder, not a file"));
    const auto format = formatForSuffix(info.suffix());
    if (!format) {
        const QString type = info.suffix().isEmpty() ? QStringLiteral("a file without a suffix")
                                                     : QStringLiteral("file type '.%1'").arg(info.suffix());
        return makeError(Error::Kind::Unsupported, path,
                         QStringLiteral("%1 is not supported (Sitrep reads: %2)")
                             .arg(type, ArticleReader::supportedSuffixes().join(QStringLiteral(", "))));
    }
    if (info.size() > ArticleReader::maximumFileSize) {
        return makeError(Error::Kind::TooLarge, path,
                         QStringLiteral("file is %1 MB; the limit is %2 MB")
                             .arg(megabytes(info.size()), megabytes(ArticleReader::maximumFileSize)));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Unreadable, path, QStringLiteral("cannot open: %1").arg(file.errorString()));
    // Read one byte past the size stat() gave, and on to one past the cap if the file grew since:
    // a file that grew must not slip through. (Asking for the cap at once would allocate it.)
    QByteArray bytes = file.read(info.size() + 1);
    if (bytes.size() > info.size() && file.error() == QFileDevice::NoError)
        bytes += file.read(ArticleReader::maximumFileSize + 1 - bytes.size());
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Kind::Unreadable, path, QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (bytes.size() > ArticleReader::maximumFileSize)
        return makeError(
            Error::Kind::TooLarge, path,
            QStringLiteral("file is over the limit of %1 MB").arg(megabytes(ArticleReader::maximumFileSize)));

    FileContext context;
    context.path = path;
    context.format = *format;
    context.options = &options;
    context.splitter = &splitter;
    const QDateTime modified = info.lastModified();
    if (modified.isValid() && !path.startsWith(QLatin1Char(':')))
        context.fileDate = modified.date();
    auto articles = readBytes(bytes, context);
    if (articles)
        qCDebug(lcText) << "read" << path << formatName(*format) << articles->size() << "article(s)";
    return articles;
}

} // namespace

QStringList ArticleReader::supportedSuffixes()
{
    return {QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("md"),    QStringLiteral("markdown"),
            QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("xhtml"), QStringLiteral("eml"),
            QStringLiteral("pdf"),  QStringLiteral("xml"),  QStringLiteral("rss"),   QStringLiteral("atom")};
}

bool ArticleReader::isSupported(const QString &path)
{
    return formatForSuffix(QFileInfo(path).suffix()).has_value();
}

QStringList ArticleReader::filesInFolder(const QString &folder, bool *truncated)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (isSupported(file) && !it.fileName().startsWith(QLatin1Char('.')))
            files.append(file);
    }
    files.sort();
    if (truncated)
        *truncated = files.size() > maximumFolderFiles;
    if (files.size() > maximumFolderFiles)
        files.resize(maximumFolderFiles);
    return files;
}

Expected<Article> ArticleReader::read(const QString &path, const Options &options)
{
    SentenceSplitter splitter;
    auto articles = readFile(path, options, splitter);
    if (!articles)
        return std::unexpected(articles.error());
    return articles->takeFirst();
}

Expected<QList<Article>> ArticleReader::readAll(const QString &path, const Options &options)
{
    if (!QFileInfo(path).isDir()) {
        SentenceSplitter splitter;
        return readFile(path, options, splitter);
    }
    Batch batch = readBatch({path}, options);
    if (batch.articles.isEmpty()) {
        if (!batch.errors.isEmpty())
            return std::unexpected(batch.errors.first());
        return makeError(Error::Kind::NotFound, path, QStringLiteral("folder holds no file Sitrep reads"));
    }
    return batch.articles;
}

ArticleReader::Batch ArticleReader::readBatch(const QStringList &paths, const Options &options)
{
    Batch batch;
    SentenceSplitter splitter;
    for (const QString &path : paths) {
        QStringList files {path};
        if (QFileInfo(path).isDir()) {
            bool truncated = false;
            files = filesInFolder(path, &truncated);
            if (truncated)
                batch.errors.append(Error {Error::Kind::TooLarge, path,
                                           QStringLiteral("folder has more than %1 article files; only the first %1 "
                                                          "were read")
                                               .arg(maximumFolderFiles)});
            if (files.isEmpty())
                batch.errors.append(Error {Error::Kind::NotFound, path,
                                           QStringLiteral("folder holds no file Sitrep reads (%1)")
                                               .arg(supportedSuffixes().join(QStringLiteral(", ")))});
        }
        for (const QString &file : std::as_const(files)) {
            auto articles = readFile(file, options, splitter);
            if (articles)
                batch.articles.append(*std::move(articles));
            else
                batch.errors.append(articles.error());
        }
    }
    return batch;
}

} // namespace Sitrep
