// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/offsetmap.h"

#include <QTest>

using Sitrep::OffsetMap;
using Sitrep::TextBuilder;

class TestOffsetMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesContiguousCopiesIntoOneRun();
    void mapsReplacedTextAsAWhole();
    void mapsOriginalOffsetsBackToText();
    void slicesAndTrims();
};

namespace {

// "a &amp; b" -> "a & b"
TextBuilder entityExample()
{
    TextBuilder builder;
    builder.appendCopied(u"a ", 0);
    builder.appendReplaced(QLatin1Char('&'), 2, 5);
    builder.appendCopied(u" b", 7);
    return builder;
}

} // namespace

void TestOffsetMap::mergesContiguousCopiesIntoOneRun()
{
    TextBuilder builder;
    builder.appendCopied(u"Kyiv ", 10);
    builder.appendCopied(u"said", 15);
    builder.appendCopied(u".", 30);
    const OffsetMap map = builder.takeMap();
    QCOMPARE(map.runs().size(), 2);
    QCOMPARE(map.runs().first(), (OffsetMap::Run {0, 9, 10, 9}));
    QCOMPARE(map.toOriginal(4), 14);
    QCOMPARE(map.toOriginal(9), 30);
    QCOMPARE(map.toOriginal(10), 31); // the end maps to the end
    QCOMPARE(OffsetMap::identity(5).toOriginal(3), 3);
}

void TestOffsetMap::mapsReplacedTextAsAWhole()
{
    TextBuilder builder = entityExample();
    QCOMPARE(builder.text(), QStringLiteral("a & b"));
    const OffsetMap map = builder.takeMap();
    QCOMPARE(map.runs().size(), 3);
    QCOMPARE(map.toOriginal(2), 2);
    QCOMPARE(map.toOriginal({2, 3}), (OffsetMap::Range {2, 7}));
    QCOMPARE(map.toOriginal({0, 5}), (OffsetMap::Range {0, 9}));
    QCOMPARE(map.toOriginal({4, 5}), (OffsetMap::Range {8, 9}));
}

void TestOffsetMap::mapsOriginalOffsetsBackToText()
{
    const OffsetMap map = entityExample().takeMap();
    QCOMPARE(map.toText(0), 0);
    QCOMPARE(map.toText(4), 2); // inside "&amp;"
    QCOMPARE(map.toText(8), 4);
    QCOMPARE(map.toText(100), 5);
}

void TestOffsetMap::slicesAndTrims()
{
    const OffsetMap map = entityExample().takeMap();
    const OffsetMap sliced = map.slice(2, 5);
    QCOMPARE(sliced.textLength(), 3);
    QCOMPARE(sliced.toOriginal({0, 1}), (OffsetMap::Range {2, 7}));
    QCOMPARE(sliced.toOriginal(2), 8);

    TextBuilder builder;
    builder.appendCopied(u"end", 0);
    builder.appendReplaced(QStringLiteral("\n\n"), 3, 0);
    builder.trimTrailingWhitespace();
    QCOMPARE(builder.text(), QStringLiteral("end"));
    QCOMPARE(builder.takeMap().textLength(), 3);
}

QTEST_GUILESS_MAIN(TestOffsetMap)
#include "tst_offsetmap.moc"
