// SPDX-License-Identifier: GPL-3.0-or-later
// Events in the project store: import transactions, replacement on re-import, filters, edits, migration.
#include "store/eventpartscodec.h"
#include "store/projectstore.h"
#include "store/schema.h"
#include "testpaths.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using Sitrep::Article;
using Sitrep::DatePrecision;
using Sitrep::Event;
using Sitrep::EventFilter;
using Sitrep::EventType;
using Sitrep::ProjectStore;
using Outcome = Sitrep::ProjectStore::ImportResult::Outcome;

namespace {

Article article(const QString &source, const QString &hash, const QString &text)
{
    Article result;
    result.source = source;
    result.title = QStringLiteral("Report from ") + source;
    result.contentHash = hash;
    result.text = text;
    result.referenceDate = QDate(2025, 11, 19);
    result.dateSource = Sitrep::DateSource::Metadata;
    return result;
}

Event makeEvent(const QString &summary, const QDate &start, const QDate &end, EventType type)
{
    Event result;
    result.summary = summary;
    result.date.start = start;
    result.date.end = end;
    result.date.precision = start == end ? DatePrecision::Day : DatePrecision::Month;
    result.date.derivation = Sitrep::DateDerivation::Reference;
    result.dateText = QStringLiteral("on Tuesday");
    result.type = type;
    result.sentenceStart = 0;
    result.sentenceEnd = 20;
    return result;
}

Event ternopilStrike()
{
    Event strike = makeEvent(QStringLiteral("Missile strike on Ternopil apartment blocks"), QDate(2025, 11, 19),
                             QDate(2025, 11, 19), EventType::RemoteViolence);
    strike.places = {Sitrep::EventPlace {QStringLiteral("Ternopil"), QStringLiteral("Ternopil"), QStringLiteral("city"),
                                         49.55, 25.59, QStringLiteral("UA"), QStringLiteral("Ternopil Oblast"),
                                         691650}};
    strike.actors = {
        Sitrep::EventActor {QStringLiteral("Russia"), QStringLiteral("state"), QString(), QStringLiteral("RU")},
        Sitrep::EventActor {QStringLiteral("Volodymyr Zelensky"), QStringLiteral("person"), QStringLiteral("President"),
                            QStringLiteral("UA")}};
    strike.killed = {25, 26, 32};
    strike.injured = {std::nullopt, 70, std::nullopt};
    strike.confidence = 0.9;
    return strike;
}

// A project with three articles and four events of different dates, types, places and actors.
std::unique_ptr<ProjectStore> filledProject()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    if (!store)
        return {};
    Event talks = makeEvent(QStringLiteral("Witkoff and Dmitriev hold talks in Miami"), QDate(2025, 10, 24),
                            QDate(2025, 10, 26), EventType::Diplomacy);
    talks.places = {Sitrep::EventPlace {QStringLiteral("Miami"), QStringLiteral("Miami"), QStringLiteral("city"), 25.77,
                                        -80.19, QStringLiteral("US"), QStringLiteral("Florida"), 4164138}};
    talks.actors = {Sitrep::EventActor {QStringLiteral("Steve Witkoff"), QStringLiteral("person"),
                                        QStringLiteral("US special envoy"), QStringLiteral("US")}};
    Event undated = makeEvent(QStringLiteral("Sanctions relief discussed"), QDate(), QDate(), EventType::Statement);
    undated.date.precision = DatePrecision::Unknown;
    Event august =
        makeEvent(QStringLiteral("Summit in Alaska"), QDate(2025, 8, 1), QDate(2025, 8, 31), EventType::Diplomacy);

    (*store)->importArticle(article(QStringLiteral("/news/strike.txt"), QStringLiteral("h1"),
                                    QStringLiteral("Missiles hit Ternopil; rescuers searched the rubble.")),
                            {ternopilStrike()});
    (*store)->importArticle(article(QStringLiteral("/news/talks.txt"), QStringLiteral("h2"),
                                    QStringLiteral("The envoy met his counterpart in Miami for three days.")),
                            {talks, undated});
    (*store)->importArticle(article(QStringLiteral("/news/summit.txt"), QStringLiteral("h3"),
                                    QStringLiteral("The leaders met in Anchorage in August.")),
                            {august});
    return std::move(*store);
}

// Events that start on one day and last from none to 5,000 more, around the lengths where the store
// changes how it finds them (a week, a month, a season, a year and more).
QList<Event> eventsOfManyLengths()
{
    QList<Event> events;
    const QDate start(2020, 1, 1);
    for (qint64 days : {0, 1, 6, 7, 8, 31, 32, 127, 128, 511, 512, 4095, 4096, 5000}) {
        events.append(
            makeEvent(QStringLiteral("lasts %1 days").arg(days), start, start.addDays(days), EventType::Battle));
    }
    return events;
}

// The summaries of eventsOfManyLengths() that overlap [from, to], worked out day by day.
QStringList overlapping(const QList<Event> &events, const QDate &from, const QDate &to)
{
    QStringList result;
    for (const Event &event : events) {
        if (event.date.start <= to && event.date.end >= from)
            result << event.summary;
    }
    return result;
}

QStringList summaries(const Sitrep::Expected<QList<Event>> &events)
{
    QStringList result;
    if (events) {
        for (const Event &e : *events)
            result << e.summary;
    }
    return result;
}

// Runs work on the project at path through a connection of its own that is closed after; not at
// all when the file does not open.
void withOwnConnection(const QString &path, const std::function<void(QSqlDatabase &)> &work)
{
    const QString connection = QStringLiteral("own");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open())
            work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// Runs work with a query on the project at path, through a connection of its own.
void onOwnConnection(const QString &path, const std::function<void(QSqlQuery &)> &work)
{
    withOwnConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        work(query);
    });
}

// Makes the project at path in the schema of an earlier version and runs work with a query on it;
// false when the project could not be made or work failed a check.
bool atSchemaVersion(const QString &path, int version, const std::function<void(QSqlQuery &)> &work)
{
    bool made = false;
    withOwnConnection(path, [&](QSqlDatabase &db) {
        made = Sitrep::Schema::migrate(db, path, version).has_value();
        if (made) {
            QSqlQuery query(db);
            work(query);
        }
    });
    return made && !QTest::currentTestFailed();
}

// A setting of the article search index as its config table keeps it: FTS5 writes a setting there
// only once it differs from its default, which is given.
int articleSearchSetting(const QString &path, const QString &key, int defaultValue)
{
    int value = -1;
    onOwnConnection(path, [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("SELECT v FROM article_search_config WHERE k = ?"));
        query.addBindValue(key);
        if (query.exec())
            value = query.next() ? query.value(0).toInt() : defaultValue;
    });
    return value;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsAnEventWithPlacesActorsAndFigures();
    void ordersEventsByDateWithUndatedLast();
    void filters_data();
    void filters();
    void searchesSummariesAndArticleText();
    void toleratesSearchTextThatIsNotFtsSyntax();
    void reimportOfUnchangedContentWritesNothing();
    void changedSourceReplacesMachineEventsButKeepsReviewedOnes();
    void failedImportLeavesNoHalfArticle();
    void editsAndRemovesEvents();
    void removingAnArticleRemovesItsEvents();
    void changesAnArticlesReferenceDate();
    void migratesAVersionOneProject();
    void savesACompleteCopy();
    void keepsTheSpanIndexInStep();
    void indexesTheSpansOfAVersionTwoProject();
    void importsABatchArticleByArticle();
    void indexesABatchThatReplacesItsOwnArticle();
    void findsEventsOfEveryLengthThatOverlapARange();
    void movesTheSpansOfAVersionFiveProjectOntoItsEvents();
    void findsEventsWhoseSummaryOnlyItsArticleIndexes_data();
    void findsEventsWhoseSummaryOnlyItsArticleIndexes();
    void indexesTheSummariesThatStayWhenTheirArticleChanges();
    void roundTripsPlacesAndActorsWhateverTheirText();
    void writesCoordinatesAsTheirShortestText_data();
    void writesCoordinatesAsTheirShortestText();
    void movesThePlacesAndActorsOfAVersionSevenProjectOntoItsEvents();
    void mergesTheArticleIndexEightSegmentsAtATime();
    void findsEventsInEveryChunkOfArticlesOfAVersionNineProject();
    void writesLargeIndexLeavesOnlyInLargePages();
    void readsPlaceActorAndTypeFiltersThroughTheTermsIndex();
    void keepsTheTermsIndexInStepWithEveryChange();
    void indexesTheTermsOfAVersionElevenProject();
};

void TestEventStore::roundTripsAnEventWithPlacesActorsAndFigures()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    const auto imported = (*store)->importArticle(
        article(QStringLiteral("/a.txt"), QStringLiteral("a"), QStringLiteral("text")), {ternopilStrike()});
    QVERIFY2(imported.has_value(), qPrintable(SitrepTest::errorText(imported)));
    QCOMPARE(imported->eventCount, 1);

    const auto events = (*store)->events();
    QVERIFY(events.has_value());
    QCOMPARE(events->size(), 1);
    const Event &stored = events->first();
    const Event expected = ternopilStrike();
    QVERIFY(stored.id > 0);
    QCOMPARE(stored.articleId, imported->articleId);
    QCOMPARE(stored.summary, expected.summary);
    QCOMPARE(stored.date.start, QDate(2025, 11, 19));
    QCOMPARE(stored.date.end, QDate(2025, 11, 19));
    QCOMPARE(int(stored.date.precision), int(DatePrecision::Day));
    QCOMPARE(int(stored.date.derivation), int(Sitrep::DateDerivation::Reference));
    QCOMPARE(stored.dateText, QStringLiteral("on Tuesday"));
    QCOMPARE(int(stored.type), int(EventType::RemoteViolence));
    QCOMPARE(stored.places, expected.places);
    QCOMPARE(stored.actors, expected.actors);
    QCOMPARE(stored.killed, expected.killed);
    QCOMPARE(stored.injured, expected.injured);
    QCOMPARE(stored.confidence, 0.9);
    QVERIFY(!stored.reviewed);

    const auto single = (*store)->event(stored.id);
    QVERIFY(single.has_value());
    QCOMPARE(single->places, expected.places);
    QVERIFY((*store)->checkIntegrity().value_or(false));
}

void TestEventStore::ordersEventsByDateWithUndatedLast()
{
    auto store = filledProject();
    QVERIFY(store);
    QCOMPARE(
        summaries(store->events()),
        (QStringList {QStringLiteral("Summit in Alaska"), QStringLiteral("Witkoff and Dmitriev hold talks in Miami"),
                      QStringLiteral("Missile strike on Ternopil apartment blocks"),
                      QStringLiteral("Sanctions relief discussed")}));
}

void TestEventStore::filters_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    const QString strike = QStringLiteral("Missile strike on Ternopil apartment blocks");
    const QString talks = QStringLiteral("Witkoff and Dmitriev hold talks in Miami");
    const QString summit = QStringLiteral("Summit in Alaska");
    const QString undated = QStringLiteral("Sanctions relief discussed");

    EventFilter november;
    november.from = QDate(2025, 11, 1);
    november.to = QDate(2025, 11, 30);
    november.includeUndated = false;
    QTest::newRow("november only") << november << QStringList {strike};

    EventFilter overlap;
    overlap.from = QDate(2025, 10, 26);
    overlap.to = QDate(2025, 10, 26);
    overlap.includeUndated = false;
    QTest::newRow("range overlapping the talks' last day") << overlap << QStringList {talks};

    EventFilter withUndated = november;
    withUndated.includeUndated = true;
    QTest::newRow("november plus undated") << withUndated << QStringList {strike, undated};

    EventFilter since;
    since.from = QDate(2025, 10, 1);
    since.includeUndated = false;
    QTest::newRow("open-ended from") << since << QStringList {talks, strike};

    EventFilter until;
    until.to = QDate(2025, 9, 30);
    until.includeUndated = false;
    QTest::newRow("open-ended to") << until << QStringList {summit};

    EventFilter diplomacy;
    diplomacy.types = {EventType::Diplomacy};
    QTest::newRow("diplomacy") << diplomacy << QStringList {summit, talks};

    EventFilter twoTypes;
    twoTypes.types = {EventType::RemoteViolence, EventType::Statement};
    QTest::newRow("two types") << twoTypes << QStringList {strike, undated};

    EventFilter threeTypes;
    threeTypes.types = {EventType::RemoteViolence, EventType::Statement, EventType::Diplomacy};
    QTest::newRow("three types, read by a scan") << threeTypes << QStringList {summit, talks, strike, undated};

    EventFilter place;
    place.place = QStringLiteral("ternop");
    QTest::newRow("place by part of name, any case") << place << QStringList {strike};

    EventFilter country;
    country.place = QStringLiteral("us");
    QTest::newRow("place by country code") << country << QStringList {talks};

    EventFilter actor;
    actor.actor = QStringLiteral("witkoff");
    QTest::newRow("actor") << actor << QStringList {talks};

    EventFilter wildcard;
    wildcard.actor = QStringLiteral("%");
    QTest::newRow("like wildcards are literal") << wildcard << QStringList {};

    EventFilter combined;
    combined.types = {EventType::Diplomacy};
    combined.from = QDate(2025, 10, 1);
    combined.includeUndated = false;
    QTest::newRow("type and date") << combined << QStringList {talks};

    EventFilter limited;
    limited.limit = 2;
    QTest::newRow("limit") << limited << QStringList {summit, talks};
}

void TestEventStore::filters()
{
    QFETCH(EventFilter, filter);
    QFETCH(QStringList, expected);
    auto store = filledProject();
    QVERIFY(store);
    QCOMPARE(summaries(store->events(filter)), expected);
    if (filter.limit == 0)
        QCOMPARE(store->eventCount(filter).value_or(-1), int(expected.size()));
}

void TestEventStore::searchesSummariesAndArticleText()
{
    auto store = filledProject();
    QVERIFY(store);
    EventFilter bySummary;
    bySummary.search = QStringLiteral("apartment");
    QCOMPARE(summaries(store->events(bySummary)),
             QStringList {QStringLiteral("Missile strike on Ternopil apartment blocks")});

    EventFilter byArticleText; // "rubble" is only in the article, not in a summary
    byArticleText.search = QStringLiteral("rubble");
    QCOMPARE(summaries(store->events(byArticleText)),
             QStringList {QStringLiteral("Missile strike on Ternopil apartment blocks")});

    EventFilter prefix; // the last word is a prefix, for search as you type
    prefix.search = QStringLiteral("Anchor");
    QCOMPARE(summaries(store->events(prefix)), QStringList {QStringLiteral("Summit in Alaska")});

    EventFilter allWords;
    allWords.search = QStringLiteral("envoy Miami");
    QCOMPARE(store->eventCount(allWords).value_or(-1), 2); // both events of the talks article
}

void TestEventStore::toleratesSearchTextThatIsNotFtsSyntax()
{
    auto store = filledProject();
    QVERIFY(store);
    for (const char *text : {"\"unbalanced", "AND OR NOT", "a*b(c", "-", "NEAR(", "'; DROP TABLE events; --"}) {
        EventFilter filter;
        filter.search = QString::fromLatin1(text);
        const auto events = store->events(filter);
        QVERIFY2(events.has_value(), text);
    }
    QCOMPARE(store->eventCount().value_or(-1), 4);
}

void TestEventStore::reimportOfUnchangedContentWritesNothing()
{
    auto store = filledProject();
    QVERIFY(store);
    const auto again =
        store->importArticle(article(QStringLiteral("/news/strike.txt"), QStringLiteral("h1"),
                                     QStringLiteral("Missiles hit Ternopil; rescuers searched the rubble.")),
                             {ternopilStrike()});
    QVERIFY(again.has_value());
    QCOMPARE(again->outcome, Outcome::Unchanged);
    QCOMPARE(again->eventCount, 0);
    QCOMPARE(store->eventCount().value_or(-1), 4);
    QCOMPARE(store->articleCount().value_or(-1), 3);
}

void TestEventStore::changedSourceReplacesMachineEventsButKeepsReviewedOnes()
{
    auto store = filledProject();
    QVERIFY(store);
    EventFilter ofTalks;
    ofTalks.actor = QStringLiteral("Witkoff");
    auto talks = store->events(ofTalks);
    QVERIFY(talks.has_value() && talks->size() == 1);
    Event corrected = talks->first();
    corrected.summary = QStringLiteral("Talks in Miami (checked)");
    corrected.reviewed = true;
    QVERIFY(store->updateEvent(corrected).has_value());

    Event fresh = makeEvent(QStringLiteral("Envoys agree on a draft"), QDate(2025, 11, 10), QDate(2025, 11, 10),
                            EventType::Diplomacy);
    const auto replaced = store->importArticle(
        article(QStringLiteral("/news/talks.txt"), QStringLiteral("h2-edited"), QStringLiteral("Updated text.")),
        {fresh});
    QVERIFY2(replaced.has_value(), qPrintable(SitrepTest::errorText(replaced)));
    QCOMPARE(replaced->outcome, Outcome::Replaced);
    QCOMPARE(replaced->articleId, corrected.articleId);

    EventFilter ofArticle;
    ofArticle.articleId = corrected.articleId;
    QCOMPARE(summaries(store->events(ofArticle)),
             (QStringList {QStringLiteral("Talks in Miami (checked)"), QStringLiteral("Envoys agree on a draft")}));
    QCOMPARE(store->article(corrected.articleId)->text, QStringLiteral("Updated text."));
    QCOMPARE(store->articleCount().value_or(-1), 3);
}

void TestEventStore::failedImportLeavesNoHalfArticle()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    Event good = ternopilStrike();
    Event broken = ternopilStrike();
    broken.sentenceStart = 50; // violates the table's check: a sentence cannot end before it starts
    broken.sentenceEnd = 10;
    const auto imported = (*store)->importArticle(
        article(QStringLiteral("/b.txt"), QStringLiteral("b"), QStringLiteral("text")), {good, broken});
    QVERIFY(!imported.has_value());
    QCOMPARE(imported.error().kind, Sitrep::Error::Kind::Database);
    QCOMPARE((*store)->articleCount().value_or(-1), 0);
    QCOMPARE((*store)->eventCount().value_or(-1), 0);

    EventFilter everything;
    everything.search = QStringLiteral("text");
    QCOMPARE((*store)->eventCount(everything).value_or(-1), 0);
    QVERIFY((*store)->checkIntegrity().value_or(false));
}

void TestEventStore::editsAndRemovesEvents()
{
    auto store = filledProject();
    QVERIFY(store);
    auto all = store->events();
    QVERIFY(all.has_value());
    Event strike = all->at(2);
    strike.type = EventType::ViolenceAgainstCivilians;
    strike.places.append(Sitrep::EventPlace {QStringLiteral("western Ukraine"), QStringLiteral("Western Ukraine"),
                                             QStringLiteral("area"), 49.5, 25.0, QStringLiteral("UA"), QString(),
                                             std::nullopt});
    strike.actors.clear();
    strike.killed = {33, 33, 33};
    QVERIFY(store->updateEvent(strike).has_value());
    const auto updated = store->event(strike.id);
    QVERIFY(updated.has_value());
    QCOMPARE(int(updated->type), int(EventType::ViolenceAgainstCivilians));
    QCOMPARE(updated->places.size(), 2);
    QCOMPARE(updated->places.last().name, QStringLiteral("western Ukraine"));
    QVERIFY(!updated->places.last().geonameId.has_value());
    QVERIFY(updated->actors.isEmpty());
    QCOMPARE(updated->killed.best, 33);

    Event added = makeEvent(QStringLiteral("Analyst's note: ceasefire proposal"), QDate(2025, 11, 21),
                            QDate(2025, 11, 21), EventType::StrategicDevelopment);
    added.articleId = strike.articleId;
    added.reviewed = true;
    const auto addedId = store->addEvent(added);
    QVERIFY(addedId.has_value());
    QCOMPARE(store->eventCount().value_or(-1), 5);

    QVERIFY(store->removeEvent(strike.id).has_value());
    QCOMPARE(store->eventCount().value_or(-1), 4);
    QVERIFY(!store->event(strike.id).has_value());
    QVERIFY(!store->removeEvent(strike.id).has_value());
    Event ghost = strike;
    QVERIFY(!store->updateEvent(ghost).has_value());
}

void TestEventStore::removingAnArticleRemovesItsEvents()
{
    auto store = filledProject();
    QVERIFY(store);
    EventFilter ofTalks;
    ofTalks.search = QStringLiteral("Miami");
    const qint64 articleId = store->events(ofTalks)->first().articleId;
    QVERIFY(store->removeArticle(articleId).has_value());
    QCOMPARE(store->articleCount().value_or(-1), 2);
    QCOMPARE(store->eventCount().value_or(-1), 2);
    QCOMPARE(store->eventCount(ofTalks).value_or(-1), 0); // the search index forgot it too
}

void TestEventStore::changesAnArticlesReferenceDate()
{
    auto store = filledProject();
    QVERIFY(store);
    const qint64 id = store->articles()->first().id;
    QVERIFY(store->setReferenceDate(id, QDate(2025, 11, 20), Sitrep::DateSource::User).has_value());
    const auto changed = store->article(id);
    QCOMPARE(changed->referenceDate, QDate(2025, 11, 20));
    QCOMPARE(changed->dateSource, Sitrep::DateSource::User);
    QVERIFY(!store->setReferenceDate(9999, QDate(2025, 11, 20), Sitrep::DateSource::User).has_value());
}

void TestEventStore::migratesAVersionOneProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sitrep"));
    QVERIFY(atSchemaVersion(path, 1, [&](QSqlQuery &query) {
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO articles (source, title, format, content_hash, body, reference_date, date_source, "
            "imported_at) VALUES ('/old.txt', 'Old report', 'text', 'old', 'Shelling near Kupiansk overnight.', "
            "'2025-11-02', 'dateline', '2025-11-02T10:00:00Z')")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }));

    auto store = ProjectStore::open(path);
    QVERIFY2(store.has_value(), qPrintable(SitrepTest::errorText(store)));
    const auto old = (*store)->articles();
    QVERIFY(old.has_value());
    QCOMPARE(old->size(), 1);
    QCOMPARE(old->first().title, QStringLiteral("Old report"));
    QCOMPARE(old->first().url, QString());
    QCOMPARE((*store)->article(old->first().id)->text, QStringLiteral("Shelling near Kupiansk overnight."));

    // The search index was rebuilt over the existing article.
    Event note =
        makeEvent(QStringLiteral("Shelling"), QDate(2025, 11, 1), QDate(2025, 11, 1), EventType::RemoteViolence);
    note.articleId = old->first().id;
    QVERIFY((*store)->addEvent(note).has_value());
    EventFilter byText;
    byText.search = QStringLiteral("Kupiansk");
    QCOMPARE((*store)->eventCount(byText).value_or(-1), 1);
    QVERIFY((*store)->checkIntegrity().value_or(false));
}

void TestEventStore::keepsTheSpanIndexInStep()
{
    auto store = filledProject();
    QVERIFY(store);
    EventFilter november;
    november.from = QDate(2025, 11, 1);
    november.to = QDate(2025, 11, 30);
    november.includeUndated = false;
    QCOMPARE(store->eventCount(november).value_or(-1), 1);
    Event moved = store->events(november)->first();
    moved.date = {QDate(2024, 1, 1), QDate(2024, 1, 3), DatePrecision::Day, Sitrep::DateDerivation::Explicit};
    QVERIFY(store->updateEvent(moved).has_value());
    QCOMPARE(store->eventCount(november).value_or(-1), 0);
    EventFilter january;
    january.from = QDate(2024, 1, 3);
    january.to = QDate(2024, 1, 3);
    january.includeUndated = false;
    QCOMPARE(store->eventCount(january).value_or(-1), 1);
    moved.date = {};
    QVERIFY(store->updateEvent(moved).has_value());
    QCOMPARE(store->eventCount(january).value_or(-1), 0);
    QVERIFY(store->removeEvent(moved.id).has_value());
    QVERIFY(store->checkIntegrity().value_or(false));
}

void TestEventStore::indexesTheSpansOfAVersionTwoProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sitrep"));
    QVERIFY(atSchemaVersion(path, 2, [&](QSqlQuery &query) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO articles (source, format, content_hash, body, imported_at) "
                                          "VALUES ('/a.txt', 'text', 'a', 'text', '2025-11-19')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO events (article_id, date_start, date_end, summary) "
                                          "VALUES (1, '2025-10-24', '2025-10-26', 'Talks in Miami')")));
    }));
    auto store = ProjectStore::open(path);
    QVERIFY2(store.has_value(), qPrintable(SitrepTest::errorText(store)));
    EventFilter lastDay;
    lastDay.from = QDate(2025, 10, 26);
    lastDay.to = QDate(2025, 10, 30);
    lastDay.includeUndated = false;
    QCOMPARE(summaries((*store)->events(lastDay)), QStringList {QStringLiteral("Talks in Miami")});
    lastDay.from = QDate(2025, 10, 27);
    QCOMPARE((*store)->eventCount(lastDay).value_or(-1), 0);
}

void TestEventStore::savesACompleteCopy()
{
    auto store = filledProject();
    QVERIFY(store);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sitrep"));
    QVERIFY(store->saveCopy(copy).has_value());
    QVERIFY(!store->saveCopy(copy).has_value()); // never overwrites
    auto reopened = ProjectStore::open(copy);
    QVERIFY(reopened.has_value());
    QCOMPARE((*reopened)->eventCount().value_or(-1), 4);
    QCOMPARE((*reopened)->articleCount().value_or(-1), 3);
    EventFilter search;
    search.search = QStringLiteral("rubble");
    QCOMPARE((*reopened)->eventCount(search).value_or(-1), 1);
}

void TestEventStore::importsABatchArticleByArticle()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    Event broken = ternopilStrike();
    broken.sentenceStart = 9;
    broken.sentenceEnd = 1; // fails the table's check
    const auto results = (*store)->importArticles(
        {{article(QStringLiteral("/1.txt"), QStringLiteral("1"), QStringLiteral("one")), {ternopilStrike()}},
         {article(QStringLiteral("/2.txt"), QStringLiteral("2"), QStringLiteral("two")), {ternopilStrike(), broken}},
         {article(QStringLiteral("/3.txt"), QStringLiteral("3"), QStringLiteral("three")), {}},
         {article(QStringLiteral("/1.txt"), QStringLiteral("1"), QStringLiteral("one")), {}}});
    QCOMPARE(results.size(), 4);
    QVERIFY(results[0].has_value());
    QVERIFY(!results[1].has_value()); // undone alone: its first event is gone too
    QVERIFY(results[2].has_value());
    QVERIFY(results[3].has_value());
    QCOMPARE(int(results[3]->outcome), int(Outcome::Unchanged));
    QCOMPARE((*store)->articleCount().value_or(-1), 2);
    QCOMPARE((*store)->eventCount().value_or(-1), 1);
    EventFilter search;
    search.search = QStringLiteral("apartment");
    QCOMPARE((*store)->eventCount(search).value_or(-1), 1);
    search.search = QStringLiteral("three");
    QCOMPARE((*store)->eventCount(search).value_or(-1), 0); // the article is found, but it has no event
    QVERIFY((*store)->checkIntegrity().value_or(false));
}

void TestEventStore::indexesABatchThatReplacesItsOwnArticle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batch.sitrep"));
    auto store = ProjectStore::open(path);
    QVERIFY(store.has_value());
    const Event first =
        makeEvent(QStringLiteral("Shelling of Kupiansk"), QDate(2025, 11, 2), QDate(2025, 11, 2), EventType::Battle);
    const Event second =
        makeEvent(QStringLiteral("Drone attack on Sumy"), QDate(2025, 11, 3), QDate(2025, 11, 3), EventType::Battle);
    const auto results = (*store)->importArticles(
        {{article(QStringLiteral("/a.txt"), QStringLiteral("a1"), QStringLiteral("first draft")), {first}},
         {article(QStringLiteral("/b.txt"), QStringLiteral("b"), QStringLiteral("other report")), {ternopilStrike()}},
         {article(QStringLiteral("/a.txt"), QStringLiteral("a2"), QStringLiteral("second draft")), {second}}});
    QCOMPARE(results.size(), 3);
    QVERIFY(results[2].has_value());
    QCOMPARE(int(results[2]->outcome), int(Outcome::Replaced));

    EventFilter search;
    search.search = QStringLiteral("Kupiansk");
    QCOMPARE((*store)->eventCount(search).value_or(-1), 0);
    search.search = QStringLiteral("Sumy");
    QCOMPARE((*store)->eventCount(search).value_or(-1), 1);
    search.search = QStringLiteral("second draft");
    QCOMPARE(summaries((*store)->events(search)), QStringList {QStringLiteral("Drone attack on Sumy")});
    search.search = QStringLiteral("first");
    QCOMPARE((*store)->eventCount(search).value_or(-1), 0);
    QVERIFY((*store)->checkIntegrity().value_or(false));

    // The check itself fails on an index out of step with its table.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("corrupter"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery corrupt(db);
        QVERIFY(corrupt.exec(QStringLiteral("INSERT INTO event_search(rowid, summary) VALUES (999, 'ghost')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("corrupter"));
    QVERIFY(!(*store)->checkIntegrity().value_or(true));
}

void TestEventStore::findsEventsOfEveryLengthThatOverlapARange()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    const QList<Event> events = eventsOfManyLengths();
    QVERIFY((*store)
                ->importArticle(article(QStringLiteral("/long.txt"), QStringLiteral("l"), QStringLiteral("x")), events)
                .has_value());
    const QDate start(2020, 1, 1);
    for (qint64 offset :
         {-400, -1, 0, 1, 5, 7, 8, 30, 31, 32, 100, 127, 128, 129, 511, 512, 4095, 4096, 4097, 5000, 5001}) {
        for (qint64 width : {0, 3, 60}) {
            EventFilter filter;
            filter.from = start.addDays(offset);
            filter.to = filter.from.addDays(width);
            filter.includeUndated = false;
            QStringList found = summaries((*store)->events(filter));
            QStringList expected = overlapping(events, filter.from, filter.to);
            found.sort();
            expected.sort();
            QVERIFY2(found == expected,
                     qPrintable(QStringLiteral("from %1 to %2")
                                    .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))));
        }
    }
    EventFilter onlyTo;
    onlyTo.to = start.addDays(-1);
    onlyTo.includeUndated = false;
    QCOMPARE((*store)->eventCount(onlyTo).value_or(-1), 0);
    EventFilter onlyFrom;
    onlyFrom.from = start.addDays(4096);
    onlyFrom.includeUndated = false;
    QCOMPARE(summaries((*store)->events(onlyFrom)),
             (QStringList {QStringLiteral("lasts 4096 days"), QStringLiteral("lasts 5000 days")}));
}

void TestEventStore::movesTheSpansOfAVersionFiveProjectOntoItsEvents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sitrep"));
    const QList<Event> events = eventsOfManyLengths();
    QVERIFY(atSchemaVersion(path, 5, [&](QSqlQuery &query) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO articles (source, format, content_hash, body, imported_at) "
                                          "VALUES ('/a.txt', 'text', 'a', 'text', '2025-11-19')")));
        // Version 5 wrote each dated event's span into the R*Tree itself.
        for (const Event &event : events) {
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO events (article_id, date_start, date_end, summary) "
                                                 "VALUES (1, ?, ?, ?)")));
            query.addBindValue(event.date.start.toString(Qt::ISODate));
            query.addBindValue(event.date.end.toString(Qt::ISODate));
            query.addBindValue(event.summary);
            QVERIFY(query.exec());
            const qint64 id = query.lastInsertId().toLongLong();
            QVERIFY(query.exec(QStringLiteral("INSERT INTO event_spans (id, first_day, last_day) VALUES (%1, %2, %3)")
                                   .arg(id)
                                   .arg(event.date.start.toJulianDay())
                                   .arg(event.date.end.toJulianDay())));
        }
        QVERIFY(query.exec(QStringLiteral("INSERT INTO events (article_id, summary) VALUES (1, 'undated')")));
        // and indexed new rows for search itself.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO article_search (rowid, title, body) "
                                          "SELECT id, title, body FROM articles")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO event_search (rowid, summary) SELECT id, summary FROM events")));
    }));

    auto store = ProjectStore::open(path);
    QVERIFY2(store.has_value(), qPrintable(SitrepTest::errorText(store)));
    QCOMPARE((*store)->eventCount().value_or(-1), events.size() + 1);
    const QDate start(2020, 1, 1);
    for (qint64 offset : {0, 7, 8, 32, 128, 512, 4096, 5000}) {
        EventFilter filter;
        filter.from = start.addDays(offset);
        filter.to = filter.from.addDays(2);
        filter.includeUndated = false;
        QStringList found = summaries((*store)->events(filter));
        QStringList expected = overlapping(events, filter.from, filter.to);
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        filter.includeUndated = true;
        QCOMPARE((*store)->eventCount(filter).value_or(-1), expected.size() + 1);
    }
    QVERIFY((*store)->checkIntegrity().value_or(false));
}

void TestEventStore::findsEventsWhoseSummaryOnlyItsArticleIndexes_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("indexed"); // the summary needs its own entry in event_search
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("sentenceStart"); // where the event's sentence starts in the text
    // The article: "Kharkiv was shelled overnight.\n\nThe  reinforcements arrived at dawn; officials said
    // 12 people died."
    QTest::newRow("a clause") << "Kharkiv was shelled overnight"
                              << "shelled overnight" << false << true << 0;
    QTest::newRow("its first letter made a capital") << "Officials said 12 people died"
                                                     << "officials 12" << false << true << 0;
    QTest::newRow("across a paragraph break and two spaces") << "Overnight. The reinforcements arrived"
                                                             << "overnight reinforcements" << false << true << 0;
    QTest::newRow("cut inside a word") << "The reinforce\u2026"
                                       << "reinforce the" << true << true << 0;
    QTest::newRow("from inside a word") << "Arkiv was shelled"
                                        << "arkiv" << true << true << 0;
    QTest::newRow("written by a person") << "Shelling of Kharkiv's centre"
                                         << "centre" << true << true << 0;
    QTest::newRow("before the sentence it was said to be in") << "Kharkiv was shelled overnight"
                                                              << "shelled overnight" << false << true << 60;
    QTest::newRow("a word of neither") << "Kharkiv was shelled overnight"
                                       << "Odesa" << false << false << 0;
}

void TestEventStore::findsEventsWhoseSummaryOnlyItsArticleIndexes()
{
    QFETCH(QString, summary);
    QFETCH(QString, search);
    QFETCH(bool, indexed);
    QFETCH(bool, found);
    QFETCH(int, sentenceStart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cover.sitrep"));
    {
        auto store = ProjectStore::open(path);
        QVERIFY(store.has_value());
        const QString text = QStringLiteral(
            "Kharkiv was shelled overnight.\n\nThe  reinforcements arrived at dawn; officials said 12 people died.");
        Event event = makeEvent(summary, QDate(2025, 11, 19), QDate(2025, 11, 19), EventType::Battle);
        event.sentenceStart = sentenceStart;
        event.sentenceEnd = text.size();
        QVERIFY((*store)->importArticle(article(QStringLiteral("/k.txt"), QStringLiteral("k"), text), {event}));
        EventFilter filter;
        filter.search = search;
        QCOMPARE((*store)->eventCount(filter).value_or(-1), found ? 1 : 0);
        QVERIFY((*store)->checkIntegrity().value_or(false));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cover")); // from an earlier row
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cover"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT summary_indexed, (SELECT COUNT(*) FROM event_search) FROM events")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toBool(), indexed);
        QCOMPARE(query.value(1).toInt(), indexed ? 1 : 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cover"));
}

void TestEventStore::indexesTheSummariesThatStayWhenTheirArticleChanges()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    const Event shelling = makeEvent(QStringLiteral("Kharkiv was shelled overnight"), QDate(2025, 11, 19),
                                     QDate(2025, 11, 19), EventType::Battle);
    const auto first = (*store)->importArticle(
        article(QStringLiteral("/k.txt"), QStringLiteral("k1"), QStringLiteral("Kharkiv was shelled overnight.")),
        {shelling});
    QVERIFY(first.has_value());
    Event reviewed = (*store)->events()->first();
    reviewed.reviewed = true;
    QVERIFY((*store)->updateEvent(reviewed).has_value());
    // A new version of the article no longer says it; the reviewed event stays and is still found.
    const auto second = (*store)->importArticle(
        article(QStringLiteral("/k.txt"), QStringLiteral("k2"), QStringLiteral("Odesa was calm.")), {});
    QVERIFY(second.has_value());
    QCOMPARE(int(second->outcome), int(Outcome::Replaced));
    EventFilter filter;
    filter.search = QStringLiteral("shelled");
    QCOMPARE(summaries((*store)->events(filter)), QStringList {QStringLiteral("Kharkiv was shelled overnight")});
    QVERIFY((*store)->checkIntegrity().value_or(false));
}

void TestEventStore::roundTripsPlacesAndActorsWhateverTheirText()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    Event event = makeEvent(QStringLiteral("Shelling"), QDate(2025, 11, 2), QDate(2025, 11, 2), EventType::Battle);
    event.places = {Sitrep::EventPlace {QStringLiteral("Quote \" and back\\slash"),
                                        QStringLiteral("Tab\tnew\nline\u0001"), QStringLiteral("city"), 0.1 + 0.2,
                                        -180.0, QStringLiteral("UA"), QString(), Q_INT64_C(9007199254740993)},
                    Sitrep::EventPlace {QStringLiteral("Ky\u00efv \U0001F30D"),
                                        QStringLiteral("\u0425\u0430\u0440\u043a\u0456\u0432"), QStringLiteral("area"),
                                        std::nullopt, 1e-300, QString(), QStringLiteral("UA-63"), std::nullopt},
                    Sitrep::EventPlace {QStringLiteral("Sumy"), QStringLiteral("Sumy"), QStringLiteral("city"), 50.9077,
                                        34.7981, QStringLiteral("ua"), QStringLiteral("UA-59"), 692194}};
    event.actors = {Sitrep::EventActor {QStringLiteral("Armed Forces of Ukraine"), QStringLiteral("force"), QString(),
                                        QStringLiteral("UA")},
                    Sitrep::EventActor {QStringLiteral("\"Wagner\" Group"), QStringLiteral("group"),
                                        QStringLiteral("private military company \u2014 Africa Corps"), QString()}};
    const Event bare = makeEvent(QStringLiteral("Talks"), QDate(2025, 11, 3), QDate(2025, 11, 3), EventType::Other);
    QVERIFY((*store)
                ->importArticle(article(QStringLiteral("/a.txt"), QStringLiteral("a"), QStringLiteral("text")),
                                {event, bare})
                .has_value());

    const auto stored = (*store)->events();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).places, event.places);
    QCOMPARE(stored->at(0).actors, event.actors);
    QVERIFY(stored->at(1).places.isEmpty());
    QVERIFY(stored->at(1).actors.isEmpty());

    // Each filter matches the fields it matched when places and actors were rows of their own.
    const auto count = [&](auto setUp) {
        EventFilter filter;
        setUp(filter);
        return (*store)->eventCount(filter).value_or(-1);
    };
    QCOMPARE(count([](EventFilter &f) { f.place = QStringLiteral("quote \""); }), 1); // the name
    QCOMPARE(count([](EventFilter &f) { f.place = QStringLiteral("back\\"); }), 1);
    QCOMPARE(count([](EventFilter &f) { f.place = QStringLiteral("\u0425\u0430\u0440"); }), 1); // canonical
    QCOMPARE(count([](EventFilter &f) { f.place = QStringLiteral("Ua"); }), 1); // a country, in any case
    QCOMPARE(count([](EventFilter &f) { f.place = QStringLiteral("UA-63"); }), 0); // admin1 is not matched
    QCOMPARE(count([](EventFilter &f) { f.place = QStringLiteral("city"); }), 0); // nor the kind
    QCOMPARE(count([](EventFilter &f) { f.place = QStringLiteral("%"); }), 0); // LIKE's wildcards are literal
    QCOMPARE(count([](EventFilter &f) { f.actor = QStringLiteral("\"wagner\""); }), 1);
    QCOMPARE(count([](EventFilter &f) { f.actor = QStringLiteral("Africa"); }), 0); // the role is not matched
    QCOMPARE(count([](EventFilter &f) { f.actor = QStringLiteral("force"); }), 1); // "Forces", not the kind
    QCOMPARE(count([](EventFilter &f) { f.actor = QStringLiteral("group"); }), 1);

    Event edited = stored->at(0);
    edited.places.removeFirst();
    edited.actors.clear();
    QVERIFY((*store)->updateEvent(edited).has_value());
    const auto after = (*store)->event(edited.id);
    QVERIFY(after.has_value());
    QCOMPARE(after->places, edited.places);
    QVERIFY(after->actors.isEmpty());
    QCOMPARE(count([](EventFilter &f) { f.actor = QStringLiteral("wagner"); }), 0);
    QVERIFY((*store)->checkIntegrity().value_or(false));
}

void TestEventStore::writesCoordinatesAsTheirShortestText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("four decimals") << 50.9077 << QByteArray("50.9077");
    QTest::newRow("negative") << -34.7981 << QByteArray("-34.7981");
    QTest::newRow("whole") << 100.0 << QByteArray("100");
    QTest::newRow("below one") << -0.05 << QByteArray("-0.05");
    QTest::newRow("smallest of fixed text") << 0.01 << QByteArray("0.01");
    QTest::newRow("seven decimals") << 999.9999999 << QByteArray("999.9999999");
    QTest::newRow("more decimals") << 12.345678912 << QByteArray("12.345678912");
    QTest::newRow("no short decimal") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("scientific is shorter") << 0.00001 << QByteArray("1e-05");
    QTest::newRow("large") << 1234567.5 << QByteArray("1234567.5");
}

void TestEventStore::writesCoordinatesAsTheirShortestText()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    Sitrep::EventPlace place {QStringLiteral("P"), QStringLiteral("P"), QStringLiteral("city"), value, value, QString(),
                              QString(),           std::nullopt};
    const QByteArray json = Sitrep::EventPartsCodec::encodePlaces({place});
    QCOMPARE(json, "[[\"P\",\"P\",\"city\"," + text + ',' + text + ",\"\",\"\",null]]");
    QList<Sitrep::EventPlace> decoded;
    QVERIFY(Sitrep::EventPartsCodec::decodePlaces(json, decoded));
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(decoded[0].latitude, std::optional<double>(value)); // exactly the same double
}

void TestEventStore::movesThePlacesAndActorsOfAVersionSevenProjectOntoItsEvents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sitrep"));
    QVERIFY(atSchemaVersion(path, 7, [&](QSqlQuery &query) {
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        for (const char *statement : {
                 "INSERT INTO articles (source, format, content_hash, body, imported_at) "
                 "VALUES ('/a.txt', 'text', 'a', 'Shelling of Kharkiv and Sumy', '2025-11-19')",
                 "INSERT INTO events (id, article_id, date_start, date_end, summary, first_day, last_day, span_class) "
                 "VALUES (1, 1, '2025-11-02', '2025-11-02', 'Shelling', 2460982, 2460982, 0)",
                 "INSERT INTO events (id, article_id, summary) VALUES (2, 1, 'Talks')",
                 // Positions out of their order, a coordinate that 15 digits would round, and one unknown.
                 "INSERT INTO event_places VALUES (1, 1, 'Sumy', 'Sumy', 'city', 50.9077, 34.7981, 'UA', 'UA-59', "
                 "692194)",
                 "INSERT INTO event_places VALUES (1, 0, 'Kharkiv \"centre\"', 'Kharkiv', 'city', "
                 "0.30000000000000004, NULL, 'UA', '', NULL)",
                 "INSERT INTO event_actors VALUES (1, 1, 'Russia', 'state', '', 'RU')",
                 "INSERT INTO event_actors VALUES (1, 0, 'Oleh Syniehubov', 'person', 'Governor', 'UA')",
             }) {
            QVERIFY2(query.exec(QString::fromUtf8(statement)), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("INSERT INTO article_search (rowid, title, body) "
                                          "SELECT id, title, body FROM articles")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO event_search (rowid, summary) SELECT id, summary FROM events")));
    }));

    auto store = ProjectStore::open(path);
    QVERIFY2(store.has_value(), qPrintable(SitrepTest::errorText(store)));
    const auto events = (*store)->events();
    QVERIFY(events.has_value());
    QCOMPARE(events->size(), 2);
    const QList<Sitrep::EventPlace> places {{QStringLiteral("Kharkiv \"centre\""), QStringLiteral("Kharkiv"),
                                             QStringLiteral("city"), 0.30000000000000004, std::nullopt,
                                             QStringLiteral("UA"), QString(), std::nullopt},
                                            {QStringLiteral("Sumy"), QStringLiteral("Sumy"), QStringLiteral("city"),
                                             50.9077, 34.7981, QStringLiteral("UA"), QStringLiteral("UA-59"), 692194}};
    const QList<Sitrep::EventActor> actors {
        {QStringLiteral("Oleh Syniehubov"), QStringLiteral("person"), QStringLiteral("Governor"), QStringLiteral("UA")},
        {QStringLiteral("Russia"), QStringLiteral("state"), QString(), QStringLiteral("RU")}};
    QCOMPARE(events->at(0).places, places);
    QCOMPARE(events->at(0).actors, actors);
    QVERIFY(events->at(1).places.isEmpty());
    QVERIFY(events->at(1).actors.isEmpty());
    EventFilter filter;
    filter.place = QStringLiteral("\"centre");
    QCOMPARE(summaries((*store)->events(filter)), QStringList {QStringLiteral("Shelling")});
    filter = {};
    filter.actor = QStringLiteral("syniehubov");
    QCOMPARE(summaries((*store)->events(filter)), QStringList {QStringLiteral("Shelling")});

    // The old tables are gone.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE 'event\\_places%' "
                                          "ESCAPE '\\' OR name LIKE 'event\\_actors%' ESCAPE '\\'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v8"));
    QVERIFY((*store)->checkIntegrity().value_or(false));
}

void TestEventStore::mergesTheArticleIndexEightSegmentsAtATime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sitrep"));
    const auto automerge = [&path] {
        return articleSearchSetting(path, QStringLiteral("automerge"), 4);
    };
    QVERIFY(atSchemaVersion(path, 8, [](QSqlQuery &) {}));
    QCOMPARE(automerge(), 4);
    {
        auto store = ProjectStore::open(path);
        QVERIFY2(store.has_value(), qPrintable(SitrepTest::errorText(store)));
        QVERIFY((*store)
                    ->importArticle(article(QStringLiteral("/a.txt"), QStringLiteral("a"), QStringLiteral("Kherson")),
                                    {ternopilStrike()})
                    .has_value());
        EventFilter search;
        search.search = QStringLiteral("kherson");
        QCOMPARE((*store)->eventCount(search).value_or(-1), 1);
    }
    QCOMPARE(automerge(), 8);
}

void TestEventStore::findsEventsInEveryChunkOfArticlesOfAVersionNineProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.sitrep"));
    const QList<Event> events = eventsOfManyLengths();
    QVERIFY(atSchemaVersion(path, 9, [&](QSqlQuery &query) {
        // Articles far apart in the order of import, each with some of the events, as version 9 wrote them.
        for (qint64 articleId : {1, 1023, 1024, 5000}) {
            QVERIFY(query.exec(QStringLiteral("INSERT INTO articles (id, source, format, content_hash, body, "
                                              "imported_at) VALUES (%1, '/%1.txt', 'text', '%1', 'text', "
                                              "'2025-11-19')")
                                   .arg(articleId)));
        }
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = events[i];
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO events (article_id, date_start, date_end, summary, "
                                                 "first_day, last_day, span_class) VALUES (?, ?, ?, ?, ?, ?, ?)")));
            query.addBindValue(QList<qint64> {1, 1023, 1024, 5000}.at(i % 4));
            query.addBindValue(event.date.start.toString(Qt::ISODate));
            query.addBindValue(event.date.end.toString(Qt::ISODate));
            query.addBindValue(event.summary);
            query.addBindValue(event.date.start.toJulianDay());
            query.addBindValue(event.date.end.toJulianDay());
            const qint64 days = event.date.start.daysTo(event.date.end);
            query.addBindValue(days < 1          ? 0
                                   : days < 8    ? 1
                                   : days < 32   ? 2
                                   : days < 128  ? 3
                                   : days < 512  ? 4
                                   : days < 4096 ? 5
                                                 : 6);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("INSERT INTO events (article_id, summary) VALUES (1024, 'undated')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO article_search (rowid, title, body) "
                                          "SELECT id, title, body FROM articles")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO event_search (rowid, summary) SELECT id, summary FROM events")));
    }));

    auto store = ProjectStore::open(path);
    QVERIFY2(store.has_value(), qPrintable(SitrepTest::errorText(store)));
    // And one imported now, into a chunk of its own.
    Event late = makeEvent(QStringLiteral("late"), QDate(2020, 1, 9), QDate(2020, 1, 9), EventType::Battle);
    const auto imported = (*store)->importArticle(
        article(QStringLiteral("/late.txt"), QStringLiteral("late"), QStringLiteral("late")), {late});
    QVERIFY(imported.has_value());
    QVERIFY(imported->articleId > 5000);
    QList<Event> all = events;
    all.append(late);

    const QDate start(2020, 1, 1);
    for (qint64 offset : {-3, 0, 7, 8, 32, 128, 512, 4096, 5000, 5001}) {
        EventFilter filter;
        filter.from = start.addDays(offset);
        filter.to = filter.from.addDays(2);
        filter.includeUndated = false;
        QStringList found = summaries((*store)->events(filter));
        QStringList expected = overlapping(all, filter.from, filter.to);
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        filter.includeUndated = true;
        QCOMPARE((*store)->eventCount(filter).value_or(-1), expected.size() + 1);
    }
    EventFilter everything;
    everything.from = start.addDays(-1);
    everything.includeUndated = false;
    QCOMPARE((*store)->eventCount(everything).value_or(-1), all.size());
    QVERIFY((*store)->checkIntegrity().value_or(false));
}

void TestEventStore::writesLargeIndexLeavesOnlyInLargePages()
{
    QTemporaryDir dir;
    const auto leafSize = [](const QString &path) {
        return articleSearchSetting(path, QStringLiteral("pgsz"), 4050);
    };
    // A project of SQLite's default 4 KiB pages, as Sitrep wrote them before it chose 16 KiB.
    const QString small = dir.filePath(QStringLiteral("small.sitrep"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v10"));
        db.setDatabaseName(small);
        QVERIFY(db.open());
        QVERIFY(Sitrep::Schema::migrate(db, small, 10).has_value());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v10"));
    const QString large = dir.filePath(QStringLiteral("large.sitrep"));
    for (const QString &path : {small, large}) {
        auto store = ProjectStore::open(path);
        QVERIFY2(store.has_value(), qPrintable(SitrepTest::errorText(store)));
        QVERIFY((*store)
                    ->importArticle(article(QStringLiteral("/a.txt"), QStringLiteral("a"), QStringLiteral("Kherson")),
                                    {ternopilStrike()})
                    .has_value());
        EventFilter search;
        search.search = QStringLiteral("kherson");
        QCOMPARE((*store)->eventCount(search).value_or(-1), 1);
        QVERIFY((*store)->checkIntegrity().value_or(false));
    }
    QCOMPARE(leafSize(small), 4050);
    QCOMPARE(leafSize(large), 16000);
}

namespace {

// Runs one statement on the project at path through a connection of its own.
bool execOn(const QString &path, const QString &sql)
{
    bool done = false;
    onOwnConnection(path, [&](QSqlQuery &query) {
        done = query.exec(sql);
        if (!done)
            qWarning() << query.lastError().text();
    });
    return done;
}

int termRows(const QString &path)
{
    int rows = -1;
    onOwnConnection(path, [&rows](QSqlQuery &query) {
        if (query.exec(QStringLiteral("SELECT count(*) FROM article_terms")) && query.next())
            rows = query.value(0).toInt();
    });
    return rows;
}

EventFilter placeFilter(const QString &place)
{
    EventFilter filter;
    filter.place = place;
    return filter;
}

EventFilter actorFilter(const QString &actor)
{
    EventFilter filter;
    filter.actor = actor;
    return filter;
}

} // namespace

void TestEventStore::readsPlaceActorAndTypeFiltersThroughTheTermsIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.sitrep"));
    {
        auto store = ProjectStore::open(path);
        QVERIFY(store.has_value());
        QVERIFY((*store)
                    ->importArticle(article(QStringLiteral("/strike.txt"), QStringLiteral("h1"), QStringLiteral("x")),
                                    {ternopilStrike()})
                    .has_value());
        QCOMPARE((*store)->eventCount(placeFilter(QStringLiteral("ERNOP"))).value_or(-1), 1);
        QCOMPARE((*store)->eventCount(placeFilter(QStringLiteral("ternopil oblast"))).value_or(-1), 0);
        QCOMPARE((*store)->eventCount(actorFilter(QStringLiteral("zelensk"))).value_or(-1), 1);
        QCOMPARE((*store)->eventCount(actorFilter(QStringLiteral("ternopil"))).value_or(-1), 0);
        EventFilter strikes;
        strikes.types = {EventType::RemoteViolence, EventType::Protest};
        QCOMPARE((*store)->eventCount(strikes).value_or(-1), 1);
        EventFilter battles;
        battles.types = {EventType::Battle};
        QCOMPARE((*store)->eventCount(battles).value_or(-1), 0);
    }
    QCOMPARE(termRows(path), 1);
    // With the article's terms gone, a filter of three characters or more or of a type finds nothing:
    // it reads the index. Shorter names, which trigrams cannot answer, still read every event.
    QVERIFY(execOn(path, QStringLiteral("DELETE FROM article_terms")));
    auto store = ProjectStore::open(path);
    QVERIFY(store.has_value());
    QCOMPARE((*store)->eventCount(placeFilter(QStringLiteral("ternop"))).value_or(-1), 0);
    QCOMPARE((*store)->eventCount(actorFilter(QStringLiteral("russia"))).value_or(-1), 0);
    QCOMPARE((*store)->eventCount(placeFilter(QStringLiteral("ua"))).value_or(-1), 1);
    EventFilter oneType;
    oneType.types = {EventType::RemoteViolence};
    QCOMPARE((*store)->eventCount(oneType).value_or(-1), 0);
    EventFilter threeTypes; // most articles have one of them: read by a scan
    threeTypes.types = {EventType::RemoteViolence, EventType::Battle, EventType::Riot};
    QCOMPARE((*store)->eventCount(threeTypes).value_or(-1), 1);
}

void TestEventStore::keepsTheTermsIndexInStepWithEveryChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edits.sitrep"));
    auto opened = ProjectStore::open(path);
    QVERIFY(opened.has_value());
    ProjectStore &store = **opened;
    const auto imported = store.importArticle(
        article(QStringLiteral("/strike.txt"), QStringLiteral("h1"), QStringLiteral("x")), {ternopilStrike()});
    QVERIFY(imported.has_value());
    const auto found = [&store](const EventFilter &filter) {
        return summaries(store.events(filter));
    };

    // An edit that adds a place and changes the type.
    Event strike = store.events(placeFilter(QStringLiteral("Ternopil")))->first();
    strike.places.append({QStringLiteral("Zaporizhzhia"), QStringLiteral("Zaporizhzhia"), QStringLiteral("city"), 47.84,
                          35.14, QStringLiteral("UA"), QString(), 687700});
    strike.type = EventType::Riot; // and corrects the type
    strike.reviewed = true;
    QVERIFY(store.updateEvent(strike).has_value());
    QCOMPARE(found(placeFilter(QStringLiteral("zaporizh"))), QStringList {strike.summary});
    EventFilter riots;
    riots.types = {EventType::Riot};
    QCOMPARE(found(riots), QStringList {strike.summary});

    // An event someone adds, with an actor no other event has.
    Event added = makeEvent(QStringLiteral("Kallas condemns the strike"), QDate(2025, 11, 20), QDate(2025, 11, 20),
                            EventType::Statement);
    added.articleId = imported->articleId;
    added.actors = {{QStringLiteral("Kaja Kallas"), QStringLiteral("person"), QString(), QStringLiteral("EE")}};
    QVERIFY(store.addEvent(added).has_value());
    QCOMPARE(found(actorFilter(QStringLiteral("kallas"))), QStringList {added.summary});

    // Events found again, as when the article's reference date changes.
    Event again = makeEvent(QStringLiteral("Drone attack on Lutsk"), QDate(2025, 11, 18), QDate(2025, 11, 18),
                            EventType::RemoteViolence);
    again.places = {{QStringLiteral("Lutsk"), QStringLiteral("Lutsk"), QStringLiteral("city"), 50.75, 25.34,
                     QStringLiteral("UA"), QString(), 702569}};
    QVERIFY(store.replaceMachineEvents(imported->articleId, {again}).has_value());
    QCOMPARE(found(placeFilter(QStringLiteral("lutsk"))), QStringList {again.summary});

    // A new version of the article: the reviewed event stays and stays findable.
    Event fresh = makeEvent(QStringLiteral("Strike on Kovel"), QDate(2025, 11, 17), QDate(2025, 11, 17),
                            EventType::RemoteViolence);
    fresh.places = {{QStringLiteral("Kovel"), QStringLiteral("Kovel"), QStringLiteral("city"), 51.21, 24.71,
                     QStringLiteral("UA"), QString(), 704147}};
    const auto replaced = store.importArticle(
        article(QStringLiteral("/strike.txt"), QStringLiteral("h1-edited"), QStringLiteral("y")), {fresh});
    QVERIFY(replaced.has_value() && replaced->outcome == Outcome::Replaced);
    QCOMPARE(found(placeFilter(QStringLiteral("kovel"))), QStringList {fresh.summary});
    QCOMPARE(found(placeFilter(QStringLiteral("zaporizh"))), QStringList {strike.summary});
    QCOMPARE(found(placeFilter(QStringLiteral("lutsk"))), QStringList {});
    QCOMPARE(termRows(path), 1);
    QVERIFY(store.checkIntegrity().value_or(false));

    QVERIFY(store.removeArticle(imported->articleId).has_value());
    QCOMPARE(termRows(path), 0);
    QVERIFY(store.checkIntegrity().value_or(false));
}

void TestEventStore::indexesTheTermsOfAVersionElevenProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.sitrep"));
    QVERIFY(atSchemaVersion(path, 11, [&](QSqlQuery &query) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO articles (id, source, format, content_hash, body, imported_at) "
                                          "VALUES (7, '/a.txt', 'text', 'a', 'text', '2025-11-19'), "
                                          "(8, '/b.txt', 'text', 'b', 'text', '2025-11-19')")));
        // As version 11 wrote places and actors: JSON arrays on the event's row.
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO events (article_id, summary, type, places, actors) VALUES "
            "(7, 'strike', 'remote_violence', '[[\"Kyiv\",\"Kyiv\",\"city\",50.45,30.52,\"UA\",\"\",703448]]', "
            "'[[\"Russia\",\"state\",\"\",\"RU\"]]'), "
            "(8, 'talks', 'battle', '[[\"Geneva\",\"Geneva\",\"city\",46.2,6.14,\"CH\",\"\",2660646]]', NULL), "
            "(8, 'no parts', 'diplomacy', NULL, NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO article_search (rowid, title, body) "
                                          "SELECT id, title, body FROM articles")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO event_search (rowid, summary) SELECT id, summary FROM events")));
    }));

    auto store = ProjectStore::open(path);
    QVERIFY2(store.has_value(), qPrintable(SitrepTest::errorText(store)));
    QCOMPARE(termRows(path), 2);
    QCOMPARE(summaries((*store)->events(placeFilter(QStringLiteral("kyi")))), QStringList {QStringLiteral("strike")});
    QCOMPARE(summaries((*store)->events(placeFilter(QStringLiteral("GENEV")))), QStringList {QStringLiteral("talks")});
    QCOMPARE(summaries((*store)->events(actorFilter(QStringLiteral("russ")))), QStringList {QStringLiteral("strike")});
    QVERIFY((*store)->checkIntegrity().value_or(false));
    EventFilter battles;
    battles.types = {EventType::Battle};
    QCOMPARE(summaries((*store)->events(battles)), QStringList {QStringLiteral("talks")});
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
