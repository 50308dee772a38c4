// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textdecoder.h"

#include <QTest>

using Sitrep::TextDecoder;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesByteOrderMarksAndFallbacks_data();
    void decodesByteOrderMarksAndFallbacks();
    void rejectsBinaryBytes();
    void mapsEveryWindows1252QuoteAndDash();
    void emptyInputIsEmptyUtf8Text();
};

void TestTextDecoder::decodesByteOrderMarksAndFallbacks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");

    const QString sample = QStringLiteral("Kyiv – “talks” on Zelensky’s plan: 5 °C, €1");
    QTest::newRow("plain utf-8") << sample.toUtf8() << sample << int(TextDecoder::Encoding::Utf8);
    QTest::newRow("utf-8 with mark") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << sample
                                     << int(TextDecoder::Encoding::Utf8);

    QByteArray utf16le("\xFF\xFE", 2);
    for (QChar c : sample)
        utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    QTest::newRow("utf-16le with mark") << utf16le << sample << int(TextDecoder::Encoding::Utf16LE);

    QByteArray utf16be("\xFE\xFF", 2);
    for (QChar c : sample)
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    QTest::newRow("utf-16be with mark") << utf16be << sample << int(TextDecoder::Encoding::Utf16BE);

    QTest::newRow("windows-1252 quotes and dash")
        << QByteArray("Kyiv \x96 \x93talks\x94 on Zelensky\x92s plan: \x80")
        << QStringLiteral("Kyiv – “talks” on Zelensky’s plan: €") << int(TextDecoder::Encoding::Windows1252);
    QTest::newRow("latin-1 accents read as windows-1252")
        << QByteArray("Caf\xE9 in Gda\xF1sk") << QStringLiteral("Café in Gdañsk")
        << int(TextDecoder::Encoding::Windows1252);
    QTest::newRow("truncated utf-8 sequence falls back")
        << QByteArray("abc \xE2\x80") << QStringLiteral("abc â€") << int(TextDecoder::Encoding::Windows1252);
}

void TestTextDecoder::decodesByteOrderMarksAndFallbacks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, encoding);

    const auto result = TextDecoder::decode(bytes);
    QVERIFY(result.has_value());
    QCOMPARE(result->text, text);
    QCOMPARE(int(result->encoding), encoding);
}

void TestTextDecoder::rejectsBinaryBytes()
{
    QVERIFY(!TextDecoder::decode(QByteArray("PK\x03\x04\x00\x00 zip", 10)).has_value());
    QByteArray controls(1000, 'a');
    for (int i = 0; i < 100; ++i)
        controls[i * 10] = '\x01';
    QVERIFY(!TextDecoder::decode(controls).has_value());
    QVERIFY(TextDecoder::decode(QByteArray("line one\r\nline two\tend\f")).has_value());
}

void TestTextDecoder::mapsEveryWindows1252QuoteAndDash()
{
    QCOMPARE(TextDecoder::decodeWindows1252(QByteArray("\x91\x92\x93\x94\x96\x97\x85")), QStringLiteral("‘’“”–—…"));
    QCOMPARE(TextDecoder::decodeWindows1252(QByteArray("\x81")), QString(QChar(QChar::ReplacementCharacter)));
}

void TestTextDecoder::emptyInputIsEmptyUtf8Text()
{
    const auto result = TextDecoder::decode(QByteArray());
    QVERIFY(result.has_value());
    QVERIFY(result->text.isEmpty());
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
