// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/projectstore.h"
#include "store/schema.h"
#include "testpaths.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Sitrep::Article;
using Sitrep::ProjectStore;

namespace {

Article sampleArticle(const QString &hash, const QDate &date = QDate(2025, 11, 19))
{
    Article article;
    article.source = QStringLiteral("/news/%1.txt").arg(hash);
    article.title = QStringLiteral("Strike on Ternopil");
    article.outlet = QStringLiteral("Sitrep Wire");
    article.format = Sitrep::ArticleFormat::Html;
    article.contentHash = hash;
    article.text = QStringLiteral("TERNOPIL, Nov. 19 – Missiles hit two apartment blocks.");
    article.referenceDate = date;
    article.dateSource = Sitrep::DateSource::Metadata;
    return article;
}

int scalar(const QString &path, const QString &sql)
{
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return result;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaAtCurrentVersion();
    void roundTripsAnArticle();
    void ignoresReimportOfUnchangedContent();
    void keepsArticlesAcrossReopen();
    void usesWriteAheadLogForFiles();
    void rejectsAFileThatIsNotADatabase();
    void refusesANewerSchema();
    void listsArticlesByDate();
    void storesAnArticleWithOnlyTextAndHash();
    void givesANewProjectLargePagesAndKeepsAnOldOnesPages();
    void roundTripsAnArticlesStructure();
};

void TestProjectStore::createsSchemaAtCurrentVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sitrep"));
    {
        auto store = ProjectStore::open(path);
        QVERIFY2(store.has_value(), qPrintable(SitrepTest::errorText(store)));
    }
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")), Sitrep::Schema::currentVersion());
    QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'")), 1);
}

void TestProjectStore::roundTripsAnArticle()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    const Article original = sampleArticle(QStringLiteral("aa11"));
    const auto added = (*store)->importArticle(original);
    QVERIFY2(added.has_value(), qPrintable(SitrepTest::errorText(added)));
    QVERIFY(added->articleId > 0);
    QCOMPARE(added->outcome, ProjectStore::ImportResult::Outcome::Added);

    const auto loaded = (*store)->article(added->articleId);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->id, added->articleId);
    QCOMPARE(loaded->source, original.source);
    QCOMPARE(loaded->title, original.title);
    QCOMPARE(loaded->outlet, original.outlet);
    QCOMPARE(loaded->format, original.format);
    QCOMPARE(loaded->contentHash, original.contentHash);
    QCOMPARE(loaded->text, original.text);
    QCOMPARE(loaded->referenceDate, original.referenceDate);
    QCOMPARE(loaded->dateSource, original.dateSource);

    const auto missing = (*store)->article(added->articleId + 100);
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().kind, Sitrep::Error::Kind::NotFound);
}

void TestProjectStore::ignoresReimportOfUnchangedContent()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    const auto first = (*store)->importArticle(sampleArticle(QStringLiteral("same")));
    const auto second = (*store)->importArticle(sampleArticle(QStringLiteral("same")));
    QVERIFY(first.has_value() && second.has_value());
    QCOMPARE(second->outcome, ProjectStore::ImportResult::Outcome::Unchanged);
    QCOMPARE(second->articleId, first->articleId);
    QCOMPARE((*store)->articleCount().value(), 1);
}

void TestProjectStore::keepsArticlesAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sitrep"));
    {
        auto store = ProjectStore::open(path);
        QVERIFY(store.has_value());
        QVERIFY((*store)->importArticle(sampleArticle(QStringLiteral("one"))).has_value());
        QVERIFY((*store)->importArticle(sampleArticle(QStringLiteral("two"))).has_value());
    }
    auto reopened = ProjectStore::open(path);
    QVERIFY(reopened.has_value());
    QCOMPARE((*reopened)->articleCount().value(), 2);
}

void TestProjectStore::usesWriteAheadLogForFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sitrep"));
    auto store = ProjectStore::open(path);
    QVERIFY(store.has_value());
    QVERIFY((*store)->importArticle(sampleArticle(QStringLiteral("wal"))).has_value());
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
}

void TestProjectStore::rejectsAFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sitrep"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    const auto store = ProjectStore::open(path);
    QVERIFY(!store.has_value());
    QCOMPARE(store.error().file, path);
    QVERIFY2(store.error().message.contains(QStringLiteral("not a Sitrep project")),
             qPrintable(SitrepTest::errorText(store)));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // left untouched
}

void TestProjectStore::refusesANewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sitrep"));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version = 99")), -1); // PRAGMA set returns no row
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")), 99);

    const auto store = ProjectStore::open(path);
    QVERIFY(!store.has_value());
    QVERIFY2(store.error().message.contains(QStringLiteral("newer Sitrep")), qPrintable(SitrepTest::errorText(store)));
}

void TestProjectStore::listsArticlesByDate()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    QVERIFY((*store)->importArticle(sampleArticle(QStringLiteral("late"), QDate(2025, 11, 21))).has_value());
    QVERIFY((*store)->importArticle(sampleArticle(QStringLiteral("early"), QDate(2025, 10, 2))).has_value());
    const auto articles = (*store)->articles();
    QVERIFY(articles.has_value());
    QCOMPARE(articles->size(), 2);
    QCOMPARE(articles->at(0).contentHash, QStringLiteral("early"));
    QCOMPARE(articles->at(1).contentHash, QStringLiteral("late"));
}

void TestProjectStore::storesAnArticleWithOnlyTextAndHash()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    Article bare;
    bare.contentHash = QStringLiteral("bare");
    bare.text = QStringLiteral("Shelling was reported near Kupiansk.");
    const auto added = (*store)->importArticle(bare);
    QVERIFY2(added.has_value(), qPrintable(SitrepTest::errorText(added)));
    const auto loaded = (*store)->article(added->articleId);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->outlet, QString());
    QVERIFY(!loaded->referenceDate.isValid());
    QCOMPARE(loaded->dateSource, Sitrep::DateSource::Unknown);
}

void TestProjectStore::givesANewProjectLargePagesAndKeepsAnOldOnesPages()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("new.sitrep"));
    {
        auto store = ProjectStore::open(fresh);
        QVERIFY(store.has_value());
        QVERIFY((*store)->importArticle(sampleArticle(QStringLiteral("a"))).has_value());
    }
    QCOMPARE(scalar(fresh, QStringLiteral("PRAGMA page_size")), 16384);

    const QString old = dir.filePath(QStringLiteral("old.sitrep"));
    QCOMPARE(scalar(old, QStringLiteral("CREATE TABLE notes (text TEXT)")), -1); // SQLite's 4 KiB pages
    QCOMPARE(scalar(old, QStringLiteral("PRAGMA page_size")), 4096);
    {
        auto store = ProjectStore::open(old);
        QVERIFY(store.has_value());
        QVERIFY((*store)->importArticle(sampleArticle(QStringLiteral("a"))).has_value());
    }
    QCOMPARE(scalar(old, QStringLiteral("PRAGMA page_size")), 4096);
    QCOMPARE(scalar(old, QStringLiteral("SELECT COUNT(*) FROM articles")), 1);
}

void TestProjectStore::roundTripsAnArticlesStructure()
{
    auto store = ProjectStore::open(QStringLiteral(":memory:"));
    QVERIFY(store.has_value());
    Article original = sampleArticle(QStringLiteral("bb22"));
    original.original = QStringLiteral("<p>TERNOPIL, Nov. 19 &ndash; Missiles hit two apartment blocks.</p>");
    original.headline = {0, 8};
    original.dateline = {0, 17};
    original.byline = {qsizetype(1) << 40, 3}; // beyond 32 bits
    original.paragraphs = {{0, 55}};
    original.sentences = {{0, 20}, {21, 34}};
    original.offsets.append(20, 3, 20);
    original.offsets.append(1, 23, 7);
    original.offsets.append(34, 30, 34);
    original.warnings = {QStringLiteral("2 bytes replaced"), QString(), QStringLiteral("Caps hit \u2014 text cut")};
    const auto added = (*store)->importArticle(original);
    QVERIFY2(added.has_value(), qPrintable(SitrepTest::errorText(added)));

    const auto loaded = (*store)->article(added->articleId);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->original, original.original);
    QCOMPARE(loaded->headline, original.headline);
    QCOMPARE(loaded->dateline, original.dateline);
    QCOMPARE(loaded->byline, original.byline);
    QCOMPARE(loaded->paragraphs, original.paragraphs);
    QCOMPARE(loaded->sentences, original.sentences);
    QCOMPARE(loaded->offsets.runs(), original.offsets.runs());
    QCOMPARE(loaded->warnings, original.warnings);
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
