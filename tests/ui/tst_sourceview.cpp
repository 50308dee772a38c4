// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/article.h"
#include "domain/event.h"
#include "source/sourceview.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

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
    void scrollsTheSentenceToTheUpperPartOfTheView();
    void ignoresASentenceOutsideTheText();
    void highlightsWhatTheAnnotatorFinds();
    void reportsTheClickedPosition();
    void offersToReResolveWithANewReferenceDate();
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

void TestSourceView::scrollsTheSentenceToTheUpperPartOfTheView()
{
    Article article;
    for (int i = 0; i < 60; ++i)
        article.text += QStringLiteral("Paragraph %1 says little of note.\n\n").arg(i);
    const qsizetype start = article.text.indexOf(QStringLiteral("Paragraph 40 "));
    Sitrep::Event event;
    event.sentenceStart = start;
    event.sentenceEnd = start + 33;
    SourceView view;
    view.resize(400, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showArticle(&article, &event);
    auto *text = view.findChild<QTextBrowser *>();
    QTextCursor cursor(text->document());
    cursor.setPosition(int(start));
    const QRect line = text->cursorRect(cursor);
    const int height = text->viewport()->height();
    // In view, with context above it, and not at the bottom edge.
    QVERIFY2(line.top() >= height / 8 && line.bottom() <= height / 2,
             qPrintable(QStringLiteral("sentence at %1 of %2").arg(line.top()).arg(height)));
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

void TestSourceView::highlightsWhatTheAnnotatorFinds()
{
    Article article;
    article.id = 5;
    article.text = QStringLiteral("On Tuesday Russian drones hit Odesa, killing 3 people.");
    int annotations = 0;
    SourceView view;
    view.setAnnotator([&annotations](const Article &shown) {
        ++annotations;
        Sitrep::ArticleAnnotations found;
        Sitrep::Timex date;
        date.start = 0;
        date.end = 10;
        found.timexes = {date};
        found.places = {Sitrep::LocatedPlace {30, 35, {}}};
        Sitrep::ActorMention actor;
        actor.start = 11;
        actor.end = 25;
        found.actors = {actor};
        Sitrep::Figure figure;
        figure.start = shown.text.indexOf(QStringLiteral("killing"));
        figure.end = shown.text.size() - 1;
        found.figures = {figure};
        return found;
    });
    Sitrep::Event event;
    event.sentenceStart = 0;
    event.sentenceEnd = article.text.size();
    view.showArticle(&article, &event);
    view.showArticle(&article); // the same article: not annotated again
    QCOMPARE(annotations, 1);
    using H = SourceView::Highlight;
    QCOMPARE(view.highlights(H::Date), (QList<std::pair<int, int>> {{0, 10}}));
    QCOMPARE(view.highlights(H::Place), (QList<std::pair<int, int>> {{30, 35}}));
    QCOMPARE(article.text.mid(30, 5), QStringLiteral("Odesa"));
    QCOMPARE(view.highlights(H::Actor), (QList<std::pair<int, int>> {{11, 25}}));
    QCOMPARE(view.highlights(H::Figure).size(), 1);
    QVERIFY(SourceView::colour(H::Date) != SourceView::colour(H::Place));
}

void TestSourceView::reportsTheClickedPosition()
{
    Article article;
    article.id = 9;
    article.text = QStringLiteral("First sentence.\nSecond sentence here.");
    SourceView view;
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showArticle(&article);
    QSignalSpy clicked(&view, &SourceView::sentenceClicked);
    auto *text = view.findChild<QTextBrowser *>();
    QTextCursor cursor(text->document());
    cursor.setPosition(20); // inside "Second"
    const QPoint inside = text->cursorRect(cursor).center();
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toLongLong(), 9);
    const int offset = clicked.first().at(1).toInt();
    QVERIFY2(offset >= 16 && offset <= 22, qPrintable(QString::number(offset)));
}

void TestSourceView::offersToReResolveWithANewReferenceDate()
{
    Article article;
    article.id = 3;
    article.text = QStringLiteral("On Tuesday, talks resumed.");
    article.referenceDate = QDate(2025, 11, 19);
    article.dateSource = Sitrep::DateSource::Dateline;
    SourceView view;
    view.showArticle(&article);
    auto *edit = view.findChild<QDateEdit *>(QStringLiteral("referenceDate"));
    auto *apply = view.findChild<QPushButton *>(QStringLiteral("applyReferenceDate"));
    QVERIFY(edit && apply);
    QCOMPARE(edit->date(), QDate(2025, 11, 19));
    QVERIFY(!apply->isEnabled());
    QSignalSpy chosen(&view, &SourceView::referenceDateChosen);
    edit->setDate(QDate(2025, 11, 26));
    QVERIFY(apply->isEnabled());
    apply->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(0).toLongLong(), 3);
    QCOMPARE(chosen.first().at(1).toDate(), QDate(2025, 11, 26));
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
