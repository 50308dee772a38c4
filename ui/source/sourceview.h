// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/eventassembler.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Sitrep {

struct Article;
struct Event;

// The source pane: an article's header (title, outlet, date and where the date came from, which the
// user can correct) and its text with dates, places, actors and figures highlighted, the selected
// event's sentence emphasised and scrolled into view. Clicking a sentence asks for its event.
class SourceView final : public QWidget
{
    Q_OBJECT

public:
    enum class Highlight { Date, Place, Actor, Figure };
    using Annotator = std::function<ArticleAnnotations(const Article &)>;

    explicit SourceView(QWidget *parent = nullptr);

    // What finds the entities to highlight (the engines); without one only the sentence is marked.
    void setAnnotator(Annotator annotator);
    void showArticle(const Article *article, const Event *event = nullptr);

    QString displayedText() const;
    qint64 articleId() const { return m_articleId; }
    // The emphasised span in the displayed text (UTF-16 offsets), or {0, 0} when none.
    std::pair<int, int> highlightedSpan() const { return m_highlight; }
    // The entity spans highlighted, by kind, in text order.
    QList<std::pair<int, int>> highlights(Highlight kind) const { return m_entities.value(kind); }
    static QColor colour(Highlight kind);

Q_SIGNALS:
    void sentenceClicked(qint64 articleId, int offset);
    void referenceDateChosen(qint64 articleId, const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySelections();
    void scrollTo(int start, int end);

    QLabel *m_header = nullptr;
    QWidget *m_dateRow = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QPushButton *m_applyDate = nullptr;
    QLabel *m_legend = nullptr;
    QTextBrowser *m_text = nullptr;
    Annotator m_annotator;
    qint64 m_articleId = 0;
    QDate m_referenceDate;
    std::pair<int, int> m_highlight {0, 0};
    QHash<Highlight, QList<std::pair<int, int>>> m_entities;
    qint64 m_annotatedArticle = -1;
    QString m_annotatedHash;
};

} // namespace Sitrep
