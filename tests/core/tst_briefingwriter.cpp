// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF briefing, read back with Poppler's command-line tools as a reader's software would.
#include "briefing/briefingdata.h"
#include "briefing/briefingwriter.h"
#include "events/eventextractor.h"
#include "project/importer.h"
#include "store/projectstore.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sitrep;

namespace {

// A Poppler tool's output; fails the test when the tool is missing (tools/debian-packages.txt lists it).
QString runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        qWarning("%s is not installed (Debian package poppler-utils)", qPrintable(tool));
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext's words with every run of white space made one space, so that wrapped lines compare.
// In layout mode a table row's cells come out on one line.
QString pdfText(const QString &pdf, int page = 0, bool layout = false)
{
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments).simplified();
}

QString pdfInfoField(const QString &info, const QString &field)
{
    const auto match =
        QRegularExpression(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

std::unique_ptr<ProjectStore> importInto(const QString &path, const QStringList &files, const QDate &referenceDate)
{
    auto store = ProjectStore::open(path);
    if (!store)
        return {};
    const EventExtractor extractor;
    Importer importer(**store, extractor);
    ArticleReader::Options options;
    options.referenceDate = referenceDate;
    const Importer::Summary summary = importer.run(files, options);
    if (!summary.failures.isEmpty())
        return {};
    return std::move(*store);
}

} // namespace

class TestBriefingWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedBriefingHoldsEveryGoldEventAndTheSources();
    void samplesBriefingHasHeadersNumbersAndWholeRows();
    void letterPagesAndSectionsLeftOut();
    void emptyProjectIsRefusedWithAClearMessage();
    void unwritablePathGivesAClearError();
    void cancellingWritesNothing();

private:
    QTemporaryDir m_dir;
};

void TestBriefingWriter::seedBriefingHoldsEveryGoldEventAndTheSources()
{
    SITREP_REQUIRE_SHARED(article, "corpus/seed/article.txt");
    SITREP_REQUIRE_SHARED(goldPath, "corpus/seed/gold.json");
    auto store = importInto(m_dir.filePath(QStringLiteral("seed.sitrep")), {article}, QDate(2025, 11, 19));
    QVERIFY(store);
    const auto data = BriefingData::gather(*store, {});
    QVERIFY2(data, qPrintable(SitrepTest::errorText(data)));
    BriefingOptions options;
    options.title = QStringLiteral("Seed briefing");
    options.author = QStringLiteral("Sitrep tests");
    const QString pdf = m_dir.filePath(QStringLiteral("seed.pdf"));
    const auto written = BriefingWriter::write(*data, options, pdf);
    QVERIFY2(written, qPrintable(SitrepTest::errorText(written)));

    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext read no text");
    QFile goldFile(goldPath);
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const QJsonArray gold =
        QJsonDocument::fromJson(goldFile.readAll()).object().value(QStringLiteral("events")).toArray();
    QVERIFY(!gold.isEmpty());
    for (const QJsonValue &value : gold) {
        const QJsonObject event = value.toObject();
        const QString id = event.value(QStringLiteral("gid")).toString();
        // e1, e2...: the events a reader of the article must find; o1, o2...: others the gold lists
        // that a system may leave out.
        if (!id.startsWith(u'e'))
            continue;
        const QJsonObject date = event.value(QStringLiteral("date")).toObject();
        const QString start = date.value(QStringLiteral("start")).toString();
        if (!start.isEmpty()) {
            // The chronology writes ISO dates; a month-precise date as its month.
            const QString precision = date.value(QStringLiteral("precision")).toString();
            const QString shown = precision == u"month" ? start.left(7) + QStringLiteral(" · month") : start;
            QVERIFY2(text.contains(shown), qPrintable(QStringLiteral("%1: date %2 missing").arg(id, shown)));
        }
        for (const QJsonValue &location : event.value(QStringLiteral("locations")).toArray()) {
            const QString name = location.toObject().value(QStringLiteral("name")).toString();
            QVERIFY2(text.contains(name, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1: place %2 missing").arg(id, name)));
        }
    }
    // The strike's figures, quoted from the source sentence in the annex.
    QVERIFY(text.contains(QStringLiteral("476 drones and 48 missiles")));
    QVERIFY(text.contains(QStringLiteral("Sources")));
    QVERIFY(text.contains(QStringLiteral("A1 Russia and the United States are secretly negotiating a peace plan")));
    QVERIFY(text.contains(QStringLiteral("dated 19 November 2025 (given by the user)")));
    QVERIFY(text.contains(QStringLiteral("Method and caveats")));

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QCOMPARE(pdfInfoField(info, QStringLiteral("Pages")).toInt(), written->pages);
    QVERIFY(written->pages >= 3);
    QCOMPARE(pdfInfoField(info, QStringLiteral("Title")), QStringLiteral("Seed briefing"));
    QCOMPARE(pdfInfoField(info, QStringLiteral("Author")), QStringLiteral("Sitrep tests"));
    QVERIFY(pdfInfoField(info, QStringLiteral("Subject"))
                .startsWith(QStringLiteral("Situation briefing: %1 events").arg(data->events.size())));
    QVERIFY(pdfInfoField(info, QStringLiteral("Creator")).startsWith(QStringLiteral("Sitrep ")));
    QCOMPARE(pdfInfoField(info, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));

    // Every page renders.
    const QString prefix = m_dir.filePath(QStringLiteral("seed-page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf, prefix});
    const QStringList images =
        QDir(m_dir.path()).entryList({QStringLiteral("seed-page*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(images.size(), written->pages);
    for (const QString &image : images)
        QVERIFY(QFileInfo(m_dir.filePath(image)).size() > 500);
}

void TestBriefingWriter::samplesBriefingHasHeadersNumbersAndWholeRows()
{
    auto store = importInto(m_dir.filePath(QStringLiteral("samples.sitrep")),
                            {QStringLiteral(SITREP_SOURCE_DIR "/resources/samples")}, {});
    QVERIFY(store);
    const auto data = BriefingData::gather(*store, {});
    QVERIFY2(data, qPrintable(SitrepTest::errorText(data)));
    QVERIFY(data->events.size() > 50);
    BriefingOptions options;
    options.title = QStringLiteral("Огляд: Україна і Судан");
    options.author = QStringLiteral("Аналітичний відділ");
    const QString pdf = m_dir.filePath(QStringLiteral("samples.pdf"));
    const auto written = BriefingWriter::write(*data, options, pdf);
    QVERIFY2(written, qPrintable(SitrepTest::errorText(written)));
    QVERIFY(written->pages >= 5);

    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QCOMPARE(pdfInfoField(info, QStringLiteral("Title")), options.title);
    QCOMPARE(pdfInfoField(info, QStringLiteral("Author")), options.author);
    // Cyrillic comes out as text, so the embedded font covers it and maps it back to Unicode.
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QStringLiteral("DejaVuSansCondensed")), qPrintable(fonts));
    const QStringList fontLines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString &line : fontLines) {
        static const QRegularExpression embedded(QStringLiteral("\\syes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        QVERIFY2(embedded.match(line).hasMatch(), qPrintable(QStringLiteral("not embedded: ") + line));
    }

    QList<QString> pages;
    for (int page = 1; page <= written->pages; ++page) {
        pages.append(pdfText(pdf, page));
        QVERIFY2(pages.last().contains(options.title),
                 qPrintable(QStringLiteral("page %1: no running header").arg(page)));
        QVERIFY2(pages.last().contains(QStringLiteral("Page %1 of %2").arg(page).arg(written->pages)),
                 qPrintable(QStringLiteral("page %1: no page number").arg(page)));
    }
    QVERIFY(pages.first().contains(QStringLiteral("Аналітичний відділ")));
    // The chronology's header row opens every page the table runs on to.
    const auto pageWith = [&](const QString &pattern) {
        const QRegularExpression heading(pattern);
        for (int page = 0; page < pages.size(); ++page) {
            if (heading.match(pages[page]).hasMatch())
                return page;
        }
        return -1;
    };
    const int chronology = pageWith(QStringLiteral("\\d Chronology Date Place"));
    const int sources = pageWith(QStringLiteral("\\d Sources A1 "));
    QVERIFY(chronology >= 0 && sources > chronology + 1);
    for (int page = chronology + 1; page < sources; ++page)
        QVERIFY2(
            pdfText(pdf, page + 1, true).contains(QStringLiteral("Date Place What happened Killed, injured Source")),
            qPrintable(QStringLiteral("page %1: no header row").arg(page + 1)));
    // No row is split across pages: each quoted sentence of the annex lies whole on one page.
    // (pdftotext joins a word hyphenated at a line's end, "non-" "Arab", as "nonArab".)
    const auto withoutHyphens = [](QString text) {
        return text.remove(u'-');
    };
    QList<QString> joined;
    std::transform(pages.cbegin(), pages.cend(), std::back_inserter(joined), withoutHyphens);
    for (const Event &event : data->events) {
        const QString quote = withoutHyphens(data->quote(event).simplified());
        if (quote.size() < 20)
            continue;
        const bool whole =
            std::any_of(joined.cbegin(), joined.cend(), [&](const QString &page) { return page.contains(quote); });
        QVERIFY2(whole, qPrintable(QStringLiteral("split or missing: %1").arg(quote)));
    }
}

void TestBriefingWriter::letterPagesAndSectionsLeftOut()
{
    auto store = importInto(m_dir.filePath(QStringLiteral("letter.sitrep")),
                            {QStringLiteral(SITREP_SOURCE_DIR "/resources/samples/ternopil-strike.html")}, {});
    QVERIFY(store);
    const auto data = BriefingData::gather(*store, {});
    QVERIFY(data);
    BriefingOptions options;
    options.pageSize = BriefingOptions::PageSize::Letter;
    options.sections = BriefingOptions::Chronology;
    const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(BriefingWriter::write(*data, options, pdf));
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QCOMPARE(pdfInfoField(info, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("1 Chronology")));
    QVERIFY(!text.contains(QStringLiteral("Key figures")));
    QVERIFY(!text.contains(QStringLiteral("Method and caveats")));
    QVERIFY(text.contains(QStringLiteral("Situation briefing"))); // the title when none is given
}

void TestBriefingWriter::emptyProjectIsRefusedWithAClearMessage()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store);
    const auto data = BriefingData::gather(**store, {});
    QVERIFY(!data);
    QCOMPARE(data.error().message, QStringLiteral("the project has no events: import articles first"));

    auto samples = importInto(m_dir.filePath(QStringLiteral("filtered.sitrep")),
                              {QStringLiteral(SITREP_SOURCE_DIR "/resources/samples/sudan-el-fasher.txt")}, {});
    QVERIFY(samples);
    EventFilter filter;
    filter.place = QStringLiteral("Atlantis");
    const auto none = BriefingData::gather(*samples, filter);
    QVERIFY(!none);
    QCOMPARE(none.error().message, QStringLiteral("no events match the filter: nothing to brief"));
}

void TestBriefingWriter::unwritablePathGivesAClearError()
{
    auto store = importInto(m_dir.filePath(QStringLiteral("unwritable.sitrep")),
                            {QStringLiteral(SITREP_SOURCE_DIR "/resources/samples/sudan-el-fasher.txt")}, {});
    QVERIFY(store);
    const auto data = BriefingData::gather(*store, {});
    QVERIFY(data);
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/briefing.pdf"));
    const auto written = BriefingWriter::write(*data, {}, missingFolder);
    QVERIFY(!written);
    QCOMPARE(written.error().file, missingFolder);
    QVERIFY2(written.error().message.startsWith(QStringLiteral("cannot write: ")), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(missingFolder));
    // A folder where the file should be.
    const auto onFolder = BriefingWriter::write(*data, {}, m_dir.path());
    QVERIFY(!onFolder);
    QVERIFY(onFolder.error().message.startsWith(QStringLiteral("cannot write: ")));
}

void TestBriefingWriter::cancellingWritesNothing()
{
    auto store = importInto(m_dir.filePath(QStringLiteral("cancel.sitrep")),
                            {QStringLiteral(SITREP_SOURCE_DIR "/resources/samples/sudan-el-fasher.txt")}, {});
    QVERIFY(store);
    const auto data = BriefingData::gather(*store, {});
    QVERIFY(data);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QList<int> reported;
    const auto written = BriefingWriter::write(*data, {}, path, [&](int percent) {
        reported.append(percent);
        return percent < 30; // stop once the pages are counted
    });
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::Cancelled);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!reported.isEmpty() && std::is_sorted(reported.cbegin(), reported.cend()));

    QList<int> complete;
    QVERIFY(BriefingWriter::write(*data, {}, path, [&](int percent) {
        complete.append(percent);
        return true;
    }));
    QCOMPARE(complete.last(), 100);
}

QTEST_MAIN(TestBriefingWriter)
#include "tst_briefingwriter.moc"
