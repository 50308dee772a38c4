// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sitrep {

// Turns the bytes of a text file into text without mojibake: a byte-order mark wins, then strict
// UTF-8, then UTF-8 with replacement characters when valid multi-byte sequences outnumber broken
// ones (a damaged UTF-8 file), then Windows-1252 (which also covers Latin-1 files as people write them).
class TextDecoder final
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252 };

    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        // Mostly UTF-8 with a few broken sequences: those became U+FFFD. -1 when none.
        qsizetype firstInvalidByte = -1;
        qsizetype invalidSequences = 0;
    };

    // nullopt when the bytes look binary rather than like text.
    static std::optional<Result> decode(const QByteArray &bytes);

    static bool isValidUtf8(const QByteArray &bytes);
    static bool looksBinary(const QByteArray &bytes);
    static QString decodeWindows1252(const QByteArray &bytes);
    static QString encodingName(Encoding encoding);
};

} // namespace Sitrep
