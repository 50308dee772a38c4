// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "domain/article.h"
#include "domain/event.h"

#include <QFileInfo>
#include <QLabel>
#include <QTextBlock>
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

} // namespace

SourceView::SourceView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(6, 6, 6, 6);
    m_text->setOpenLinks(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    showArticle(nullptr);
}

void SourceView::showArticle(const Article *article, const Event *event)
{
    m_highlight = {0, 0};
    if (!article) {
        m_header->setText(tr("<i>Select an event or an article to read its source here.</i>"));
        m_text->clear();
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
    if (m_text->toPlainText() != article->text)
        m_text->setPlainText(article->text);
    m_text->setExtraSelections({});
    if (event && event->sentenceEnd > event->sentenceStart && event->sentenceEnd <= article->text.size())
        highlight(int(event->sentenceStart), int(event->sentenceEnd));
}

void SourceView::highlight(int start, int end)
{
    m_highlight = {start, end};
    QTextEdit::ExtraSelection sentence;
    sentence.cursor = QTextCursor(m_text->document());
    sentence.cursor.setPosition(start);
    sentence.cursor.setPosition(end, QTextCursor::KeepAnchor);
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(70);
    sentence.format.setBackground(background);
    m_text->setExtraSelections({sentence});

    // Scroll so that the sentence sits in view with some context above it.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(end);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    cursor.setPosition(start);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

QString SourceView::displayedText() const
{
    return m_text->toPlainText();
}

} // namespace Sitrep
