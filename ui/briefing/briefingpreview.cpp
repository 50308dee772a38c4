// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingpreview.h"

#include <QLabel>
#include <QPixmap>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Sitrep {

BriefingPreview::BriefingPreview(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("briefingPreview"));
    setAccessibleName(tr("Preview of the briefing's pages"));
    auto *pages = new QWidget;
    m_layout = new QVBoxLayout(pages);
    m_layout->setSpacing(12);
    // The sheets' column grows as the layout is activated, not on a later layout request, so that
    // which pages are in view is known at once.
    m_layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_layout->addStretch();
    setWidget(pages);
    setWidgetResizable(true);
    setBackgroundRole(QPalette::Dark);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &BriefingPreview::renderVisible);
}

BriefingPreview::~BriefingPreview() = default;

void BriefingPreview::clear()
{
    for (QLabel *label : std::as_const(m_labels)) {
        m_layout->removeWidget(label);
        delete label;
    }
    m_labels.clear();
    m_recent.clear();
    m_pages.reset();
}

void BriefingPreview::setPages(PdfPages pages)
{
    clear();
    m_pages = std::move(pages);
    const double scale = dpi / 72;
    for (int i = 0; i < m_pages->count(); ++i) {
        // A blank sheet of the page's size until the page comes into view.
        auto *label = new QLabel;
        label->setFixedSize((m_pages->pageSize(i) * scale).toSize());
        label->setAutoFillBackground(true);
        QPalette sheet = label->palette();
        sheet.setColor(QPalette::Window, Qt::white);
        label->setPalette(sheet);
        label->setAccessibleName(tr("Page %1").arg(i + 1));
        m_layout->insertWidget(i, label, 0, Qt::AlignHCenter);
        label->show(); // now rather than on the next pass of the event loop, so the layout places it
        m_labels.append(label);
    }
    m_layout->activate(); // places the pages now, so that the ones in view are known
    verticalScrollBar()->setValue(0);
    renderVisible();
}

void BriefingPreview::scrollToPage(int page)
{
    if (page < 0 || page >= m_labels.size())
        return;
    m_layout->activate();
    ensureWidgetVisible(m_labels[page], 0, 0);
    renderVisible();
}

void BriefingPreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    renderVisible();
}

void BriefingPreview::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    renderVisible();
}

void BriefingPreview::renderVisible()
{
    // A hidden preview has no pages in view, only pages not yet placed.
    if (!m_pages || m_labels.isEmpty() || !isVisible())
        return;
    // What is in view, and half a screen either side, so that a page is ready as it scrolls in.
    const int top = verticalScrollBar()->value();
    const int height = std::max(viewport()->height(), 1);
    const int from = top - height / 2;
    const int to = top + height + height / 2;
    int near = 0;
    for (int i = 0; i < m_labels.size(); ++i) {
        const QRect place = m_labels[i]->geometry();
        if (place.bottom() >= from && place.top() <= to) {
            keep(i);
            ++near;
        }
    }
    // The pages just kept are last in line: the ones dropped are those scrolled away longest ago.
    while (m_recent.size() > std::max(keptPages, near))
        m_labels[m_recent.takeFirst()]->setPixmap(QPixmap());
}

void BriefingPreview::keep(int page)
{
    if (m_recent.removeOne(page)) {
        m_recent.append(page);
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(m_pages->render(page, dpi * ratio));
    pixmap.setDevicePixelRatio(ratio);
    m_labels[page]->setPixmap(pixmap);
    m_recent.append(page);
}

} // namespace Sitrep
