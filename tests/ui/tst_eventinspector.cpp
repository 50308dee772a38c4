// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/eventinspector.h"
#include "mainwindow.h"
#include "models/eventtablemodel.h"
#include "project/projectsession.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using Sitrep::Event;
using Sitrep::EventInspector;
using Sitrep::MainWindow;

namespace {

// A project file with one article and one event, so that edits can be checked after reopening.
QString makeProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("edits.sitrep"));
    auto store = Sitrep::ProjectStore::open(path);
    Sitrep::Article article;
    article.source = QStringLiteral("/news/strike.txt");
    article.title = QStringLiteral("Strike on Sumy");
    article.contentHash = QStringLiteral("strike");
    article.text = QStringLiteral("Drones hit Sumy on Tuesday, injuring four people.");
    article.referenceDate = QDate(2025, 11, 19);
    Event event;
    event.summary = QStringLiteral("Drones hit Sumy");
    event.date = {QDate(2025, 11, 18), QDate(2025, 11, 18), Sitrep::DatePrecision::Day,
                  Sitrep::DateDerivation::Reference};
    event.type = Sitrep::EventType::RemoteViolence;
    event.sentenceEnd = article.text.size();
    event.injured = {4, 4, 4};
    (*store)->importArticle(article, {event});
    return path;
}

Event storedEvent(const QString &path)
{
    auto store = Sitrep::ProjectStore::open(path);
    return (*store)->events()->value(0);
}

} // namespace

class TestEventInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsSurviveReopeningAndUndo();
    void addingAndDeletingAreUndoable();
    void looksUpTypedPlacesInTheGazetteer();
};

void TestEventInspector::editsSurviveReopeningAndUndo()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    {
        MainWindow window;
        window.setProject(std::move(*Sitrep::ProjectStore::open(path)));
        auto *inspector = window.findChild<EventInspector *>();
        QVERIFY(inspector);
        window.session()->selectEvent(window.session()->events()->events().first().id);
        inspector->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Drone strike on a Sumy school"));
        auto *type = inspector->findChild<QComboBox *>(QStringLiteral("typeBox"));
        type->setCurrentIndex(type->findData(int(Sitrep::EventType::ViolenceAgainstCivilians)));
        inspector->findChild<QSpinBox *>(QStringLiteral("killedBox"))->setValue(2);
        inspector->findChild<QPushButton *>(QStringLiteral("applyEdit"))->click();
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.session()->events()->events().first().summary, QStringLiteral("Drone strike on a Sumy school"));
    }
    Event edited = storedEvent(path);
    QCOMPARE(edited.summary, QStringLiteral("Drone strike on a Sumy school"));
    QCOMPARE(int(edited.type), int(Sitrep::EventType::ViolenceAgainstCivilians));
    QCOMPARE(edited.killed.best, 2);
    QCOMPARE(edited.injured.best, 4); // untouched
    QVERIFY(edited.reviewed);

    MainWindow window;
    window.setProject(std::move(*Sitrep::ProjectStore::open(path)));
    window.session()->selectEvent(edited.id);
    auto *inspector = window.findChild<EventInspector *>();
    inspector->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Another wording"));
    inspector->apply();
    QCOMPARE(storedEvent(path).summary, QStringLiteral("Another wording"));
    window.undoStack()->undo();
    QCOMPARE(storedEvent(path).summary, QStringLiteral("Drone strike on a Sumy school"));
    window.undoStack()->redo();
    QCOMPARE(storedEvent(path).summary, QStringLiteral("Another wording"));
}

void TestEventInspector::addingAndDeletingAreUndoable()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    MainWindow window;
    window.setProject(std::move(*Sitrep::ProjectStore::open(path)));
    const qint64 original = window.session()->events()->events().first().id;
    window.session()->selectEvent(original);
    auto *inspector = window.findChild<EventInspector *>();

    inspector->addEvent();
    QCOMPARE(window.session()->events()->rowCount(), 2);
    window.undoStack()->undo();
    QCOMPARE(window.session()->events()->rowCount(), 1);

    window.session()->selectEvent(original);
    inspector->deleteEvent();
    QCOMPARE(window.session()->events()->rowCount(), 0);
    window.undoStack()->undo();
    QCOMPARE(window.session()->events()->rowCount(), 1);
    // The event comes back as itself, so earlier commands on the stack still apply to it.
    QCOMPARE(window.session()->events()->events().first().id, original);
    QCOMPARE(window.session()->events()->events().first().injured.best, 4);
}

void TestEventInspector::looksUpTypedPlacesInTheGazetteer()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    MainWindow window;
    window.setProject(std::move(*Sitrep::ProjectStore::open(path)));
    window.session()->selectEvent(window.session()->events()->events().first().id);
    auto *inspector = window.findChild<EventInspector *>();
    inspector->findChild<QLineEdit *>(QStringLiteral("placesEdit"))
        ->setText(QStringLiteral("Kharkiv; Nowhere Village"));
    const auto edited = inspector->editedEvent();
    QVERIFY(edited.has_value());
    QCOMPARE(edited->places.size(), 2);
    QCOMPARE(edited->places[0].countryCode, QStringLiteral("UA"));
    QVERIFY(qAbs(*edited->places[0].latitude - 49.99) < 0.2);
    QVERIFY(!edited->places[1].latitude.has_value());
}

QTEST_MAIN(TestEventInspector)
#include "tst_eventinspector.moc"
