// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "domain/article.h"
#include "domain/event.h"

#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Sitrep {
namespace {

QString describeDate(const Article &article)
{
    if (!article.referenceDate.isValid())
        return SourceView::tr("<span style='color:#b35900'>date unknown: relative dates cannot be resolved</span>");
    const QString date = QLocale().toString(article.referenceDate, QLocale::LongFormat);
    switch (article.dateSource) {
    case DateSource::Metadata:
        return SourceView::tr("%1 (from the page metadata)").arg(date);
    case DateSource::Dateline:
        return SourceView::tr("%1 (from the dateline)").arg(date);
    case DateSource::User:
        return SourceView::tr("%1 (set by you)").arg(date);
    case DateSource::FileTime:
        return SourceView::tr("%1 <span style='color:#b35900'>(file modification time: check it)</span>").arg(date);
    case DateSource::Unknown:
        break;
    }
    return date;
}

QString legendEntry(SourceView::Highlight kind, const QString &label)
{
    QColor background = SourceView::colour(kind);
    // Dark text on the pale swatch, as in the text itself, whatever the palette's text colour.
    return QStringLiteral("<span style='background-color:%1; color:#1a1a1a'>&nbsp;%2&nbsp;</span>")
        .arg(background.name(QColor::HexRgb), label.toHtmlEscaped());
}

} // namespace

QColor SourceView::colour(Highlight kind)
{
    // Pale enough to read black text on, distinct from each other and from the selection colour.
    switch (kind) {
    case Highlight::Date:
        return QColor(0xcf, 0xe3, 0xff);
    case Highlight::Place:
        return QColor(0xc8, 0xf0, 0xd0);
    case Highlight::Actor:
        return QColor(0xff, 0xe2, 0xb8);
    case Highlight::Figure:
        return QColor(0xff, 0xcc, 0xd2);
    }
    return {};
}

SourceView::SourceView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_dateRow(new QWidget(this))
    , m_dateEdit(new QDateEdit(m_dateRow))
    , m_applyDate(new QPushButton(tr("Re-resolve"), m_dateRow))
    , m_legend(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(6, 6, 6, 0);
    m_text->setOpenLinks(false);
    m_text->viewport()->installEventFilter(this);
    m_text->setAccessibleName(tr("Article text"));

    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_dateEdit->setAccessibleName(tr("Reference date"));
    m_dateEdit->setObjectName(QStringLiteral("referenceDate"));
    m_applyDate->setObjectName(QStringLiteral("applyReferenceDate"));
    m_applyDate->setToolTip(tr("Resolve this article's relative dates (\"on Tuesday\", \"last week\") against "
                               "the date on the left"));
    m_applyDate->setEnabled(false);
    auto *dateLayout = new QHBoxLayout(m_dateRow);
    dateLayout->setContentsMargins(6, 0, 6, 0);
    dateLayout->addWidget(new QLabel(tr("Reference date:"), m_dateRow));
    dateLayout->addWidget(m_dateEdit);
    dateLayout->addWidget(m_applyDate);
    dateLayout->addStretch(1);
    connect(m_dateEdit, &QDateEdit::dateChanged, this,
            [this](const QDate &date) { m_applyDate->setEnabled(m_articleId > 0 && date != m_referenceDate); });
    connect(m_applyDate, &QPushButton::clicked, this, [this] {
        if (m_articleId > 0)
            Q_EMIT referenceDateChosen(m_articleId, m_dateEdit->date());
    });

    m_legend->setTextFormat(Qt::RichText);
    m_legend->setContentsMargins(6, 0, 6, 2);
    m_legend->setText(QStringList {legendEntry(Highlight::Date, tr("date")), legendEntry(Highlight::Place, tr("place")),
                                   legendEntry(Highlight::Actor, tr("actor")),
                                   legendEntry(Highlight::Figure, tr("figure"))}
                          .join(QStringLiteral(" ")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addWidget(m_dateRow);
    layout->addWidget(m_legend);
    layout->addWidget(m_text, 1);
    showArticle(nullptr);
}

void SourceView::setAnnotator(Annotator annotator)
{
    m_annotator = std::move(annotator);
    m_annotatedArticle = -1;
}

void SourceView::showArticle(const Article *article, const Event *event)
{
    m_highlight = {0, 0};
    if (!article) {
        m_articleId = 0;
        m_header->setText(tr("<i>Select an event or an article to read its source here.</i>"));
        m_dateRow->hide();
        m_legend->hide();
        m_text->clear();
        m_entities.clear();
        m_annotatedArticle = -1;
        return;
    }
    const QString title = article->title.isEmpty() ? QFileInfo(article->source).fileName() : article->title;
    QString header = QStringLiteral("<b style='font-size:large'>%1</b><br>").arg(title.toHtmlEscaped());
    if (!article->outlet.isEmpty())
        header += article->outlet.toHtmlEscaped() + QStringLiteral(" · ");
    header += describeDate(*article);
    const QString where = article->url.isEmpty() ? article->source : article->url;
    header += QStringLiteral("<br><small>%1</small>").arg(where.toHtmlEscaped());
    m_header->setText(header);

    m_articleId = article->id;
    m_referenceDate = article->referenceDate;
    m_dateRow->setVisible(article->id > 0);
    {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(article->referenceDate.isValid() ? article->referenceDate : QDate::currentDate());
    }
    m_applyDate->setEnabled(!article->referenceDate.isValid() && article->id > 0);

    if (m_text->toPlainText() != article->text)
        m_text->setPlainText(article->text);
    // The engines run once per article shown, not per event selected in it.
    const bool sameArticle = m_annotatedArticle == article->id && m_annotatedHash == article->contentHash;
    if (!sameArticle) {
        m_entities.clear();
        if (m_annotator) {
            const ArticleAnnotations found = m_annotator(*article);
            for (const Timex &timex : found.timexes)
                m_entities[Highlight::Date].append({int(timex.start), int(timex.end)});
            for (const LocatedPlace &place : found.places)
                m_entities[Highlight::Place].append({int(place.start), int(place.end)});
            for (const ActorMention &actor : found.actors)
                m_entities[Highlight::Actor].append({int(actor.start), int(actor.end)});
            for (const Figure &figure : found.figures)
                m_entities[Highlight::Figure].append({int(figure.start), int(figure.end)});
        }
        m_annotatedArticle = article->id;
        m_annotatedHash = article->contentHash;
    }
    m_legend->setVisible(m_annotator != nullptr);
    if (event && event->sentenceEnd > event->sentenceStart && event->sentenceEnd <= article->text.size())
        m_highlight = {int(event->sentenceStart), int(event->sentenceEnd)};
    applySelections();
    if (m_highlight.second > m_highlight.first)
        scrollTo(m_highlight.first, m_highlight.second);
}

void SourceView::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto add = [&](int start, int end, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    };
    if (m_highlight.second > m_highlight.first) {
        QTextCharFormat sentence;
        QColor background = palette().color(QPalette::Highlight);
        background.setAlpha(60);
        sentence.setBackground(background);
        sentence.setFontWeight(QFont::DemiBold);
        add(m_highlight.first, m_highlight.second, sentence);
    }
    const int length = int(m_text->document()->characterCount());
    for (auto it = m_entities.cbegin(); it != m_entities.cend(); ++it) {
        QTextCharFormat format;
        format.setBackground(colour(it.key()));
        format.setForeground(QColor(0x1a, 0x1a, 0x1a));
        for (const auto &[start, end] : it.value()) {
            if (end <= length)
                add(start, end, format);
        }
    }
    m_text->setExtraSelections(selections);
}

void SourceView::scrollTo(int start, int end)
{
    // Scroll so that the sentence sits in view with some context above it: its first line a quarter
    // of the way down, rather than at whichever edge ensureCursorVisible() leaves it.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(end);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    cursor.setPosition(start);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    const int sentenceTop = m_text->cursorRect(cursor).top();
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + sentenceTop - m_text->viewport()->height() / 4);
}

bool SourceView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease && m_articleId > 0) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection())
            Q_EMIT sentenceClicked(m_articleId, m_text->cursorForPosition(mouse->position().toPoint()).position());
    }
    return QWidget::eventFilter(watched, event);
}

QString SourceView::displayedText() const
{
    return m_text->toPlainText();
}

} // namespace Sitrep
