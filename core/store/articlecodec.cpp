// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecodec.h"

#include <QDataStream>
#include <QIODevice>

namespace Sitrep::ArticleCodec {
namespace {

constexpr quint32 magic = 0x53524131; // "SRA1"

void writeRange(QDataStream &stream, const TextRange &range)
{
    stream << qint64(range.start) << qint64(range.length);
}

TextRange readRange(QDataStream &stream)
{
    qint64 start = 0;
    qint64 length = 0;
    stream >> start >> length;
    return {start, length};
}

void writeRanges(QDataStream &stream, const QList<TextRange> &ranges)
{
    stream << quint32(ranges.size());
    for (const TextRange &range : ranges)
        writeRange(stream, range);
}

QList<TextRange> readRanges(QDataStream &stream)
{
    quint32 count = 0;
    stream >> count;
    QList<TextRange> ranges;
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i)
        ranges.append(readRange(stream));
    return ranges;
}

} // namespace

QByteArray encodeStructure(const Article &article)
{
    QByteArray blob;
    QDataStream stream(&blob, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << magic;
    writeRange(stream, article.headline);
    writeRange(stream, article.dateline);
    writeRange(stream, article.byline);
    writeRanges(stream, article.paragraphs);
    writeRanges(stream, article.sentences);
    const auto &runs = article.offsets.runs();
    stream << quint32(runs.size());
    for (const OffsetMap::Run &run : runs)
        stream << qint64(run.textStart) << qint64(run.textLength) << qint64(run.originalStart)
               << qint64(run.originalLength);
    stream << article.warnings;
    return blob;
}

bool decodeStructure(const QByteArray &blob, Article &article)
{
    QDataStream stream(blob);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 header = 0;
    stream >> header;
    if (header != magic)
        return false;
    Article decoded;
    decoded.headline = readRange(stream);
    decoded.dateline = readRange(stream);
    decoded.byline = readRange(stream);
    decoded.paragraphs = readRanges(stream);
    decoded.sentences = readRanges(stream);
    quint32 runCount = 0;
    stream >> runCount;
    for (quint32 i = 0; i < runCount && stream.status() == QDataStream::Ok; ++i) {
        qint64 textStart = 0, textLength = 0, originalStart = 0, originalLength = 0;
        stream >> textStart >> textLength >> originalStart >> originalLength;
        Q_UNUSED(textStart); // runs are contiguous in the text: append() recomputes it
        decoded.offsets.append(textLength, originalStart, originalLength);
    }
    stream >> decoded.warnings;
    if (stream.status() != QDataStream::Ok)
        return false;
    article.headline = decoded.headline;
    article.dateline = decoded.dateline;
    article.byline = decoded.byline;
    article.paragraphs = std::move(decoded.paragraphs);
    article.sentences = std::move(decoded.sentences);
    article.offsets = std::move(decoded.offsets);
    article.warnings = std::move(decoded.warnings);
    return true;
}

} // namespace Sitrep::ArticleCodec
