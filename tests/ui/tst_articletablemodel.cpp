// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articletablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Sitrep::Article;
using Sitrep::ArticleTableModel;

namespace {

Article article(qint64 id, const QString &title, const QDate &date, Sitrep::DateSource source)
{
    Article result;
    result.id = id;
    result.title = title;
    result.source = QStringLiteral("/news/%1.html").arg(id);
    result.format = Sitrep::ArticleFormat::Html;
    result.referenceDate = date;
    result.dateSource = source;
    return result;
}

} // namespace

class TestArticleTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void showsOneRowPerArticle();
    void marksUnknownDatesWithADash();
    void fallsBackToTheFileNameWithoutATitle();
};

void TestArticleTableModel::passesTheModelTester()
{
    ArticleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles({article(1, QStringLiteral("One"), QDate(2025, 11, 19), Sitrep::DateSource::Metadata)});
    model.setArticles({});
}

void TestArticleTableModel::showsOneRowPerArticle()
{
    ArticleTableModel model;
    model.setArticles(
        {article(7, QStringLiteral("Strike on Ternopil"), QDate(2025, 11, 19), Sitrep::DateSource::Metadata),
         article(8, QStringLiteral("Talks in Geneva"), QDate(2025, 11, 23), Sitrep::DateSource::Dateline)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ArticleTableModel::ColumnCount));
    QCOMPARE(model.index(1, ArticleTableModel::TitleColumn).data().toString(), QStringLiteral("Talks in Geneva"));
    QCOMPARE(model.index(1, ArticleTableModel::DateColumn).data().toString(), QStringLiteral("2025-11-23"));
    QCOMPARE(model.index(1, ArticleTableModel::DateSourceColumn).data().toString(), QStringLiteral("dateline"));
    QCOMPARE(model.index(1, ArticleTableModel::FormatColumn).data().toString(), QStringLiteral("html"));
    QCOMPARE(model.index(1, ArticleTableModel::SourceColumn).data().toString(), QStringLiteral("8.html"));
    QCOMPARE(model.index(1, 0).data(ArticleTableModel::ArticleIdRole).toLongLong(), 8);
    QCOMPARE(model.index(0, 0).data(ArticleTableModel::ReferenceDateRole).toDate(), QDate(2025, 11, 19));
    QCOMPARE(model.headerData(ArticleTableModel::DateSourceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Date from"));
    QCOMPARE(model.articleAt(1)->id, 8);
    QCOMPARE(model.articleAt(2), nullptr);
}

void TestArticleTableModel::marksUnknownDatesWithADash()
{
    ArticleTableModel model;
    model.setArticles({article(1, QStringLiteral("Undated"), QDate(), Sitrep::DateSource::Unknown)});
    QCOMPARE(model.index(0, ArticleTableModel::DateColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(0, ArticleTableModel::DateSourceColumn).data().toString(), QStringLiteral("—"));
}

void TestArticleTableModel::fallsBackToTheFileNameWithoutATitle()
{
    ArticleTableModel model;
    model.setArticles({article(3, QString(), QDate(2025, 1, 2), Sitrep::DateSource::FileTime)});
    QCOMPARE(model.index(0, ArticleTableModel::TitleColumn).data().toString(), QStringLiteral("3.html"));
}

QTEST_GUILESS_MAIN(TestArticleTableModel)
#include "tst_articletablemodel.moc"
