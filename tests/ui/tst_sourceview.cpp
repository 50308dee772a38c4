// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/article.h"
#include "domain/event.h"
#include "source/sourceview.h"

#include <QLabel>
#include <QTest>

using Sitrep::Article;
using Sitrep::SourceView;

namespace {

QString headerText(const SourceView &view)
{
    return view.findChild<QLabel *>()->text();
}

} // namespace

class TestSourceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void showsTheArticleTextAndHeader();
    void explainsWhereTheDateCameFrom_data();
    void explainsWhereTheDateCameFrom();
    void invitesASelectionWhenEmpty();
    void emphasisesTheEventsSentence();
    void ignoresASentenceOutsideTheText();
};

void TestSourceView::showsTheArticleTextAndHeader()
{
    Article article;
    article.title = QStringLiteral("Power cut in <Sumy> & Okhtyrka");
    article.outlet = QStringLiteral("Sitrep Wire");
    article.source = QStringLiteral("/news/sumy.txt");
    article.text = QStringLiteral("SUMY, Nov. 18 – Drones hit a substation.");
    article.referenceDate = QDate(2025, 11, 18);
    article.dateSource = Sitrep::DateSource::Dateline;

    SourceView view;
    view.showArticle(&article);
    QCOMPARE(view.displayedText(), article.text);
    const QString header = headerText(view);
    QVERIFY2(header.contains(QStringLiteral("Power cut in &lt;Sumy&gt; &amp; Okhtyrka")), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("Sitrep Wire")));
    QVERIFY(header.contains(QStringLiteral("/news/sumy.txt")));
}

void TestSourceView::explainsWhereTheDateCameFrom_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("expected");
    const QDate date(2025, 11, 19);
    QTest::newRow("metadata") << date << int(Sitrep::DateSource::Metadata) << QStringLiteral("from the page metadata");
    QTest::newRow("dateline") << date << int(Sitrep::DateSource::Dateline) << QStringLiteral("from the dateline");
    QTest::newRow("user") << date << int(Sitrep::DateSource::User) << QStringLiteral("set by you");
    QTest::newRow("file time") << date << int(Sitrep::DateSource::FileTime)
                               << QStringLiteral("file modification time: check it");
    QTest::newRow("none") << QDate() << int(Sitrep::DateSource::Unknown)
                          << QStringLiteral("date unknown: relative dates cannot be resolved");
}

void TestSourceView::explainsWhereTheDateCameFrom()
{
    QFETCH(QDate, date);
    QFETCH(int, source);
    QFETCH(QString, expected);
    Article article;
    article.text = QStringLiteral("text");
    article.referenceDate = date;
    article.dateSource = Sitrep::DateSource(source);
    SourceView view;
    view.showArticle(&article);
    const QString header = headerText(view);
    QVERIFY2(header.contains(expected), qPrintable(header));
    if (date.isValid())
        QVERIFY2(header.contains(QStringLiteral("19 November 2025")), qPrintable(header));
}

void TestSourceView::invitesASelectionWhenEmpty()
{
    SourceView view;
    Article article;
    article.text = QStringLiteral("something");
    view.showArticle(&article);
    view.showArticle(nullptr);
    QVERIFY(view.displayedText().isEmpty());
    QVERIFY(headerText(view).contains(QStringLiteral("Select an event or an article")));
}

void TestSourceView::emphasisesTheEventsSentence()
{
    Article article;
    article.text = QStringLiteral("First sentence here. Drones hit Odesa overnight. Last one.");
    Sitrep::Event event;
    event.sentenceStart = 21;
    event.sentenceEnd = 48;
    SourceView view;
    view.showArticle(&article, &event);
    QCOMPARE(view.highlightedSpan(), std::make_pair(21, 48));
    QCOMPARE(view.displayedText().mid(21, 27), QStringLiteral("Drones hit Odesa overnight."));
    view.showArticle(&article);
    QCOMPARE(view.highlightedSpan(), std::make_pair(0, 0));
}

void TestSourceView::ignoresASentenceOutsideTheText()
{
    Article article;
    article.text = QStringLiteral("Short.");
    Sitrep::Event event;
    event.sentenceStart = 2;
    event.sentenceEnd = 400;
    SourceView view;
    view.showArticle(&article, &event);
    QCOMPARE(view.highlightedSpan(), std::make_pair(0, 0));
    QCOMPARE(view.displayedText(), QStringLiteral("Short."));
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
