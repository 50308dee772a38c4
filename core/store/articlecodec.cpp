// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace Sitrep::ArticleCodec {
namespace {

constexpr quint32 magic = 0x53524131; // "SRA1"

TextRange readRange(QDataStream &stream)
{
    qint64 start = 0;
    qint64 length = 0;
    stream >> start >> length;
    return {start, length};
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
    // The bytes QDataStream (Qt 6.4, big-endian) writes, put down directly: streaming each number
    // through QDataStream cost more than SQLite's storing of the article's row.
    const auto &runs = article.offsets.runs();
    const qsizetype numbers = 6 + 2 * (article.paragraphs.size() + article.sentences.size()) + 4 * runs.size();
    QByteArray blob(4 * 4 + 8 * numbers, Qt::Uninitialized);
    char *at = blob.data();
    const auto put32 = [&at](quint32 value) {
        qToBigEndian(value, at);
        at += 4;
    };
    const auto put64 = [&at](qint64 value) {
        qToBigEndian(value, at);
        at += 8;
    };
    const auto putRange = [&put64](const TextRange &range) {
        put64(qint64(range.start));
        put64(qint64(range.length));
    };
    const auto putRanges = [&](const QList<TextRange> &ranges) {
        put32(quint32(ranges.size()));
        for (const TextRange &range : ranges)
            putRange(range);
    };
    put32(magic);
    putRange(article.headline);
    putRange(article.dateline);
    putRange(article.byline);
    putRanges(article.paragraphs);
    putRanges(article.sentences);
    put32(quint32(runs.size()));
    for (const OffsetMap::Run &run : runs) {
        put64(qint64(run.textStart));
        put64(qint64(run.textLength));
        put64(qint64(run.originalStart));
        put64(qint64(run.originalLength));
    }
    Q_ASSERT(at == blob.constData() + blob.size());
    QDataStream stream(&blob, QIODevice::WriteOnly | QIODevice::Append);
    stream.setVersion(QDataStream::Qt_6_4);
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
