// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/briefingdialog.h"
#include "briefing/briefingpreview.h"
#include "events/eventextractor.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "project/importer.h"
#include "project/projectsession.h"
#include "store/projectstore.h"
#include "testpaths.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sitrep;

namespace {

std::unique_ptr<ProjectStore> sampleProject(const QString &path, const QStringList &files)
{
    auto store = ProjectStore::open(path);
    if (!store)
        return {};
    const EventExtractor extractor;
    Importer importer(**store, extractor);
    importer.run(files);
    return std::move(*store);
}

} // namespace

class TestBriefingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesTheFilteredEventsOffTheGuiThread();
    void previewDrawsOnlyThePagesInView();
    void periodDefaultsToTheFilterAndNarrowsTheEvents();
    void saysWhenThereIsNothingToBrief();

private:
    QTemporaryDir m_dir;
};

void TestBriefingDialog::savesTheFilteredEventsOffTheGuiThread()
{
    ProjectSession session;
    session.setStore(sampleProject(m_dir.filePath(QStringLiteral("save.sitrep")),
                                   {QStringLiteral(SITREP_SOURCE_DIR "/resources/samples/sudan-el-fasher.txt"),
                                    QStringLiteral(SITREP_SOURCE_DIR "/resources/samples/ternopil-strike.html")}));
    QVERIFY(session.filteredEvents()->rowCount() > 0);
    session.filteredEvents()->setPlaceText(QStringLiteral("Ternopil"));
    const int shown = session.filteredEvents()->rowCount();
    QVERIFY(shown > 0 && shown < session.events()->rowCount());

    BriefingDialog dialog(&session);
    const auto data = dialog.data();
    QVERIFY(data);
    QCOMPARE(data->events.size(), shown);

    QSignalSpy saved(&dialog, &BriefingDialog::saved);
    const QString path = m_dir.filePath(QStringLiteral("ternopil.pdf"));
    dialog.saveTo(path);
    QVERIFY(dialog.job().isRunning());
    QVERIFY(saved.wait(60000));
    QCOMPARE(saved.first().at(0).toString(), path);
    QVERIFY(saved.first().at(1).toInt() >= 2);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestBriefingDialog::previewDrawsOnlyThePagesInView()
{
    ProjectSession session;
    session.setStore(sampleProject(m_dir.filePath(QStringLiteral("preview.sitrep")),
                                   {QStringLiteral(SITREP_SOURCE_DIR "/resources/samples")}));
    BriefingDialog dialog(&session);
    dialog.resize(900, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog.job(), &BriefingJob::finished);
    dialog.preview();
    QVERIFY(finished.wait(60000));
    const auto outcome = finished.first().at(0).value<BriefingJob::Outcome>();
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.pdf.startsWith("%PDF-"));
    // More pages than the preview keeps images of, so that dropping them shows.
    QVERIFY2(outcome.pages > BriefingPreview::keptPages + 2, qPrintable(QString::number(outcome.pages)));

    auto *preview = dialog.findChild<BriefingPreview *>();
    QVERIFY(preview);
    QCOMPARE(preview->pageCount(), outcome.pages);
    // The sheets, by the page number they are named after.
    QList<QLabel *> pages(outcome.pages, nullptr);
    for (QLabel *label : preview->findChildren<QLabel *>()) {
        const QString name = label->accessibleName();
        const int number = name.startsWith(QStringLiteral("Page ")) ? name.mid(5).toInt() : 0;
        if (number >= 1 && number <= outcome.pages)
            pages[number - 1] = label;
    }
    QVERIFY(!pages.contains(nullptr));
    const auto drawn = [&pages] {
        return std::count_if(pages.cbegin(), pages.cend(), [](const QLabel *page) { return !page->pixmap().isNull(); });
    };
    const QLabel *first = pages.first();
    const QLabel *last = pages.last();

    // At the top: the first page drawn, as a page is (taller than wide, as A4 is), the last not yet.
    QVERIFY(!first->pixmap().isNull());
    QVERIFY(first->pixmap().height() > first->pixmap().width());
    QVERIFY(last->pixmap().isNull());
    QVERIFY(drawn() >= 1 && drawn() <= BriefingPreview::keptPages);
    // Every page has its place at its size before it is drawn: the scroll bar covers them all.
    QCOMPARE(last->size(), first->size());

    // Reading down to the end: each page is drawn as it comes into view, and the ones scrolled away
    // longest ago are dropped, so the preview never holds more than a few page images.
    for (int page = 1; page < outcome.pages; ++page) {
        preview->scrollToPage(page);
        QVERIFY(!pages[page]->pixmap().isNull());
        QVERIFY2(drawn() <= BriefingPreview::keptPages, qPrintable(QString::number(drawn())));
    }
    QVERIFY(!last->pixmap().isNull());
    QVERIFY(first->pixmap().isNull());
    QCOMPARE(preview->renderedPages().last(), outcome.pages - 1);
}

void TestBriefingDialog::periodDefaultsToTheFilterAndNarrowsTheEvents()
{
    ProjectSession session;
    session.setStore(sampleProject(m_dir.filePath(QStringLiteral("period.sitrep")),
                                   {QStringLiteral(SITREP_SOURCE_DIR "/resources/samples")}));
    session.filteredEvents()->setDateRange(QDate(2025, 11, 18), QDate(2025, 11, 20));
    BriefingDialog dialog(&session);
    const BriefingOptions options = dialog.options();
    QCOMPARE(options.filter.from, QDate(2025, 11, 18));
    QCOMPARE(options.filter.to, QDate(2025, 11, 20));
    QCOMPARE(options.sections, int(BriefingOptions::AllSections));
    const auto data = dialog.data();
    QVERIFY(data);
    QCOMPARE(data->periodStart, QDate(2025, 11, 18));
    QCOMPARE(data->periodEnd, QDate(2025, 11, 20));
    for (const Event &event : data->events) {
        QVERIFY(event.isDated());
        QVERIFY(event.date.end >= QDate(2025, 11, 18) && event.date.start <= QDate(2025, 11, 20));
    }
}

void TestBriefingDialog::saysWhenThereIsNothingToBrief()
{
    ProjectSession session;
    auto store = ProjectStore::open(m_dir.filePath(QStringLiteral("empty.sitrep")));
    QVERIFY(store);
    session.setStore(std::move(*store));
    BriefingDialog dialog(&session);
    const auto data = dialog.data();
    QVERIFY(!data);
    QVERIFY(data.error().message.startsWith(QStringLiteral("The filter shows no events: there is nothing to brief.")));
    dialog.preview();
    QVERIFY(!dialog.job().isRunning());
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().contains(QStringLiteral("nothing to brief"));
    }));
}

QTEST_MAIN(TestBriefingDialog)
#include "tst_briefingdialog.moc"
