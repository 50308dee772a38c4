// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QStringDecoder>

#include <array>

namespace Sitrep {
namespace {

// Code points of bytes 0x80..0x9F in Windows-1252; 0 marks the five undefined bytes.
constexpr std::array<char16_t, 32> windows1252High {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char byte : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != byte)
            return false;
    }
    return true;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

struct Utf8Census
{
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
    qsizetype firstInvalid = -1;
};

Utf8Census countUtf8(const QByteArray &bytes)
{
    Utf8Census census;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF)
            length = 3;
        else if (lead >= 0xF0 && lead <= 0xF4)
            length = 4;
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k)
            valid = (data[i + k] & 0xC0) == 0x80;
        if (valid) {
            ++census.validMultiByte;
            i += length;
        } else {
            if (census.firstInvalid < 0)
                census.firstInvalid = i;
            ++census.invalid;
            ++i;
        }
    }
    return census;
}

} // namespace

std::optional<TextDecoder::Result> TextDecoder::decode(const QByteArray &bytes)
{
    // UTF-32 marks first: the UTF-32LE mark begins with the UTF-16LE one.
    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00}))
        return Result {decodeWith(QStringConverter::Utf32LE, QByteArrayView(bytes).sliced(4)), Encoding::Utf32LE};
    if (startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return Result {decodeWith(QStringConverter::Utf32BE, QByteArrayView(bytes).sliced(4)), Encoding::Utf32BE};
    if (startsWith(bytes, {0xFF, 0xFE}))
        return Result {decodeWith(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2)), Encoding::Utf16LE};
    if (startsWith(bytes, {0xFE, 0xFF}))
        return Result {decodeWith(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2)), Encoding::Utf16BE};
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return Result {decodeWith(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3)), Encoding::Utf8};

    if (looksBinary(bytes))
        return std::nullopt;
    // Decoded once: the strict decoder's text is the text when it found no error (no mark is left
    // at the start for it to skip).
    QStringDecoder strict(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString strictText = strict.decode(bytes);
    if (!strict.hasError())
        return Result {std::move(strictText), Encoding::Utf8};
    const Utf8Census census = countUtf8(bytes);
    if (census.validMultiByte > census.invalid) {
        Result result {QString::fromUtf8(bytes), Encoding::Utf8};
        result.firstInvalidByte = census.firstInvalid;
        result.invalidSequences = census.invalid;
        return result;
    }
    return Result {decodeWindows1252(bytes), Encoding::Windows1252};
}

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // the decoding runs on conversion to QString
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    // Text files have no NUL bytes and few control characters other than whitespace.
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte == 0)
            return true;
        if (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f')
            ++controls;
    }
    return sample > 0 && controls * 100 > sample * 2;
}

QString TextDecoder::decodeWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0) {
            const char16_t mapped = windows1252High[byte - 0x80];
            text.append(mapped ? QChar(mapped) : QChar(QChar::ReplacementCharacter));
        } else {
            text.append(QChar(byte));
        }
    }
    return text;
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Utf32LE:
        return QStringLiteral("UTF-32LE");
    case Encoding::Utf32BE:
        return QStringLiteral("UTF-32BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace Sitrep
