// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "text/extraction.h"

#include <QByteArray>
#include <QString>

namespace Sitrep {

// Reads an RFC 5322 message (.eml): headers (folded, RFC 2047 encoded words), MIME multipart
// (nested), quoted-printable and base64 bodies in any charset Qt or Windows-1252 covers. The text
// is the first text/plain part, else the first text/html part through HtmlExtractor; offsets map
// into that decoded part. Title from Subject, outlet from the From name, date from Date.
class EmailExtractor final
{
public:
    static constexpr int maximumParts = 200;
    static constexpr int maximumDepth = 8;

    static Expected<Extraction> extract(const QByteArray &message, const QString &path);

    static QString decodeHeader(QByteArrayView value); // RFC 2047 encoded words
    static QByteArray decodeQuotedPrintable(QByteArrayView body);
    static QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);
};

} // namespace Sitrep
