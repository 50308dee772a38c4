// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailextractor.h"

#include "text/htmlextractor.h"
#include "text/markdownextractor.h"
#include "text/publicationdate.h"
#include "text/textdecoder.h"

#include <QHash>
#include <QStringDecoder>

namespace Sitrep {
namespace {

struct Headers
{
    QHash<QByteArray, QByteArray> values; // lower-case name -> unfolded value (first occurrence)
    int count = 0;
};

struct ContentType
{
    QByteArray type = "text/plain"; // lower case
    QHash<QByteArray, QByteArray> parameters; // lower-case name -> value without quotes
};

struct Leaf
{
    ContentType contentType;
    QByteArray transferEncoding;
    bool attachment = false;
    QByteArray body;
};

// Splits a message or part at its first empty line. Returns the header block and the body.
std::pair<QByteArrayView, QByteArrayView> splitHeaders(QByteArrayView message)
{
    if (message.startsWith("\r\n") || message.startsWith("\n"))
        return {QByteArrayView(), message.sliced(message.startsWith("\r\n") ? 2 : 1)};
    for (qsizetype i = 0; i + 1 < message.size(); ++i) {
        if (message.at(i) != '\n')
            continue;
        if (message.at(i + 1) == '\n')
            return {message.first(i + 1), message.sliced(i + 2)};
        if (message.at(i + 1) == '\r' && i + 2 < message.size() && message.at(i + 2) == '\n')
            return {message.first(i + 1), message.sliced(i + 3)};
    }
    return {message, QByteArrayView()};
}

Headers parseHeaders(QByteArrayView block)
{
    Headers headers;
    QByteArray name;
    QByteArray value;
    auto flush = [&] {
        if (!name.isEmpty() && !headers.values.contains(name))
            headers.values.insert(name, value.trimmed());
        if (!name.isEmpty())
            ++headers.count;
        name.clear();
        value.clear();
    };
    for (QByteArrayView line : QByteArray::fromRawData(block.data(), block.size()).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !name.isEmpty()) {
            value.append(' ').append(line.trimmed());
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.first(colon).contains(' '))
            continue;
        name = line.first(colon).toByteArray().toLower();
        value = line.sliced(colon + 1).toByteArray();
    }
    flush();
    return headers;
}

ContentType parseContentType(const QByteArray &value)
{
    ContentType result;
    if (value.isEmpty())
        return result;
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    for (char c : value) {
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            pieces.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    pieces.append(current.trimmed());
    result.type = pieces.takeFirst().toLower();
    for (const QByteArray &piece : std::as_const(pieces)) {
        const qsizetype equals = piece.indexOf('=');
        if (equals <= 0)
            continue;
        QByteArray parameter = piece.sliced(equals + 1).trimmed();
        if (parameter.size() >= 2 && parameter.startsWith('"') && parameter.endsWith('"'))
            parameter = parameter.sliced(1, parameter.size() - 2);
        result.parameters.insert(piece.first(equals).trimmed().toLower(), parameter);
    }
    return result;
}

void collectLeaves(QByteArrayView part, const Headers &headers, int depth, QList<Leaf> &leaves, QStringList &warnings)
{
    const ContentType type = parseContentType(headers.values.value("content-type"));
    if (type.type.startsWith("multipart/")) {
        const QByteArray boundary = type.parameters.value("boundary");
        if (boundary.isEmpty() || depth >= EmailExtractor::maximumDepth) {
            warnings.append(depth >= EmailExtractor::maximumDepth
                                ? QStringLiteral("MIME parts nested deeper than %1 levels were skipped")
                                      .arg(EmailExtractor::maximumDepth)
                                : QStringLiteral("a multipart section has no boundary and was skipped"));
            return;
        }
        const QByteArray delimiter = "--" + boundary;
        qsizetype from = 0;
        qsizetype partStart = -1;
        while (from < part.size()) {
            qsizetype lineEnd = part.indexOf('\n', from);
            if (lineEnd < 0)
                lineEnd = part.size();
            QByteArrayView line = part.sliced(from, lineEnd - from);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.startsWith(delimiter)) {
                if (partStart >= 0) {
                    // The line break before the delimiter belongs to the delimiter.
                    qsizetype partEnd = from;
                    if (partEnd > partStart && part.at(partEnd - 1) == '\n')
                        --partEnd;
                    if (partEnd > partStart && part.at(partEnd - 1) == '\r')
                        --partEnd;
                    const QByteArrayView child = part.sliced(partStart, partEnd - partStart);
                    const auto [childHeaders, childBody] = splitHeaders(child);
                    if (leaves.size() >= EmailExtractor::maximumParts) {
                        warnings.append(QStringLiteral("more than %1 MIME parts; the rest were skipped")
                                            .arg(EmailExtractor::maximumParts));
                        return;
                    }
                    collectLeaves(childBody, parseHeaders(childHeaders), depth + 1, leaves, warnings);
                }
                if (line.sliced(delimiter.size()).startsWith("--"))
                    return;
                partStart = lineEnd + 1;
            }
            from = lineEnd + 1;
        }
        return;
    }
    Leaf leaf;
    leaf.contentType = type;
    leaf.transferEncoding = headers.values.value("content-transfer-encoding").trimmed().toLower();
    leaf.attachment = headers.values.value("content-disposition").trimmed().toLower().startsWith("attachment");
    leaf.body = part.toByteArray();
    leaves.append(leaf);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray EmailExtractor::decodeQuotedPrintable(QByteArrayView body)
{
    QByteArray decoded;
    decoded.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c != '=') {
            decoded.append(c);
            continue;
        }
        // A soft line break: "=" at the end of a line, perhaps with trailing blanks.
        qsizetype j = i + 1;
        while (j < body.size() && (body.at(j) == ' ' || body.at(j) == '\t'))
            ++j;
        if (j < body.size() && (body.at(j) == '\n' || body.at(j) == '\r')) {
            if (body.at(j) == '\r' && j + 1 < body.size() && body.at(j + 1) == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j >= body.size()) {
            i = j;
            continue;
        }
        const int high = i + 1 < body.size() ? hexValue(body.at(i + 1)) : -1;
        const int low = i + 2 < body.size() ? hexValue(body.at(i + 2)) : -1;
        if (high >= 0 && low >= 0) {
            decoded.append(char(high * 16 + low));
            i += 2;
        } else {
            decoded.append(c); // a stray "=" stays as written
        }
    }
    return decoded;
}

QString EmailExtractor::decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    if (name == "windows-1252" || name == "cp1252" || name == "us-ascii" || name == "ascii")
        return TextDecoder::decodeWindows1252(bytes);
    if (!name.isEmpty()) {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid()) {
            const QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    const auto decoded = TextDecoder::decode(bytes);
    return decoded ? decoded->text : QString::fromUtf8(bytes);
}

QString EmailExtractor::decodeHeader(QByteArrayView value)
{
    QString result;
    qsizetype i = 0;
    bool lastWasEncoded = false;
    while (i < value.size()) {
        const qsizetype start = value.indexOf("=?", i);
        if (start < 0) {
            result.append(decodeCharset(value.sliced(i).toByteArray(), "utf-8"));
            break;
        }
        const qsizetype charsetEnd = value.indexOf('?', start + 2);
        const qsizetype encodingEnd = charsetEnd < 0 ? -1 : value.indexOf('?', charsetEnd + 1);
        const qsizetype end = encodingEnd < 0 ? -1 : value.indexOf("?=", encodingEnd + 1);
        if (end < 0) {
            result.append(decodeCharset(value.sliced(i).toByteArray(), "utf-8"));
            break;
        }
        const QByteArrayView between = value.sliced(i, start - i);
        // Whitespace between two encoded words is not part of the text.
        if (!(lastWasEncoded && between.trimmed().isEmpty()))
            result.append(decodeCharset(between.toByteArray(), "utf-8"));
        QByteArray charset = value.sliced(start + 2, charsetEnd - start - 2).toByteArray();
        if (const qsizetype star = charset.indexOf('*'); star >= 0) // RFC 2231 language tag
            charset.truncate(star);
        const char encoding = char(QChar::toUpper(uint(value.at(charsetEnd + 1))));
        const QByteArrayView payload = value.sliced(encodingEnd + 1, end - encodingEnd - 1);
        QByteArray bytes;
        if (encoding == 'B') {
            bytes = QByteArray::fromBase64(payload.toByteArray());
        } else {
            QByteArray underscores = payload.toByteArray();
            underscores.replace('_', ' ');
            bytes = decodeQuotedPrintable(underscores);
        }
        result.append(decodeCharset(bytes, charset));
        lastWasEncoded = true;
        i = end + 2;
    }
    return result.simplified();
}

Expected<Extraction> EmailExtractor::extract(const QByteArray &message, const QString &path)
{
    const auto [headerBlock, body] = splitHeaders(message);
    const Headers headers = parseHeaders(headerBlock);
    if (headers.count == 0
        || (!headers.values.contains("from") && !headers.values.contains("subject") && !headers.values.contains("date")
            && !headers.values.contains("content-type")))
        return makeError(Error::Kind::InvalidContent, path, QStringLiteral("is not an e-mail message (no headers)"));

    QStringList warnings;
    QList<Leaf> leaves;
    collectLeaves(body, headers, 0, leaves, warnings);

    const Leaf *chosen = nullptr;
    for (const QByteArray &wanted : {QByteArray("text/plain"), QByteArray("text/html")}) {
        for (const Leaf &leaf : std::as_const(leaves)) {
            if (!leaf.attachment && leaf.contentType.type == wanted) {
                chosen = &leaf;
                break;
            }
        }
        if (chosen)
            break;
    }
    if (!chosen)
        return makeError(Error::Kind::InvalidContent, path,
                         QStringLiteral("the e-mail has no text or HTML part (%1 parts)").arg(leaves.size()));

    QByteArray bytes;
    if (chosen->transferEncoding == "quoted-printable")
        bytes = decodeQuotedPrintable(chosen->body);
    else if (chosen->transferEncoding == "base64")
        bytes = QByteArray::fromBase64(chosen->body);
    else
        bytes = chosen->body;
    const QString decoded = decodeCharset(bytes, chosen->contentType.parameters.value("charset"));

    Extraction result = chosen->contentType.type == "text/html" ? HtmlExtractor::extract(decoded)
                                                                : PlainTextExtractor::extract(decoded);
    result.warnings.append(warnings);
    result.title = decodeHeader(headers.values.value("subject"));
    const QString from = decodeHeader(headers.values.value("from"));
    const qsizetype angle = from.indexOf(QLatin1Char('<'));
    result.outlet = (angle > 0 ? from.left(angle) : from).trimmed().remove(QLatin1Char('"'));
    const QByteArray date = headers.values.value("date");
    if (const auto parsed = PublicationDate::parseTimestamp(QString::fromLatin1(date))) {
        result.published = parsed;
        result.publishedEvidence = QStringLiteral("Date: %1").arg(QString::fromLatin1(date));
    }
    return result;
}

} // namespace Sitrep
