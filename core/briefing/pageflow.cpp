// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageflow.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Sitrep {
namespace {
constexpr double headerBand = 30; // points above the content for the running header
constexpr double footerBand = 30;
} // namespace

PageFlow::PageFlow(QPagedPaintDevice &device, QPainter *painter, const BriefingStyle &style, Running running,
                   int pageCount)
    : m_device(device)
    , m_painter(painter)
    , m_style(style)
    , m_running(std::move(running))
    , m_pageCount(pageCount)
    , m_unit(device.logicalDpiY() / 72.0)
{
    // The device's paint rectangle already leaves the page margins out.
    m_pageRect = QRectF(0, 0, device.width(), device.height());
    m_content = m_pageRect.adjusted(0, pt(headerBand), 0, -pt(footerBand));
    m_y = m_content.top();
    paintRunning();
}

bool PageFlow::ensure(double height)
{
    if (height <= remaining() || atPageTop())
        return false;
    newPage();
    return true;
}

void PageFlow::newPage()
{
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = m_content.top();
    paintRunning();
}

QRectF PageFlow::take(double height)
{
    ensure(height);
    const QRectF rect(m_content.left(), m_y, m_content.width(), height);
    m_y += height;
    return rect;
}

double PageFlow::textHeight(const QString &text, const QFont &font, double width) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text).height();
}

void PageFlow::drawText(const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
                        int flags) const
{
    if (!m_painter || text.isEmpty())
        return;
    m_painter->setFont(font);
    m_painter->setPen(colour);
    m_painter->drawText(rect, flags | Qt::TextWordWrap, text);
}

void PageFlow::paragraph(const QString &text, const QFont &font, const QColor &colour, double spaceAfter)
{
    const double height = textHeight(text, font, width());
    const QRectF rect = take(height);
    drawText(rect, text, font, colour);
    m_y += spaceAfter;
}

void PageFlow::paintRunning() const
{
    if (!m_painter)
        return;
    const QFont small = m_style.small();
    const double lineY = m_pageRect.top() + pt(headerBand) - pt(12);
    const QRectF header(m_pageRect.left(), m_pageRect.top(), m_pageRect.width(), lineY - pt(3) - m_pageRect.top());
    drawText(header, m_running.left, small, m_style.muted, Qt::AlignLeft | Qt::AlignBottom);
    drawText(header, m_running.right, small, m_style.muted, Qt::AlignRight | Qt::AlignBottom);
    m_painter->setPen(QPen(m_style.rule, pt(0.5)));
    m_painter->drawLine(QPointF(m_pageRect.left(), lineY), QPointF(m_pageRect.right(), lineY));

    const double footerTop = m_content.bottom() + pt(12);
    const QRectF footer(m_pageRect.left(), footerTop, m_pageRect.width(), m_pageRect.bottom() - footerTop);
    m_painter->drawLine(QPointF(m_pageRect.left(), footerTop), QPointF(m_pageRect.right(), footerTop));
    const QRectF footerText = footer.adjusted(0, pt(3), 0, 0);
    drawText(footerText, m_running.footer, small, m_style.muted, Qt::AlignLeft | Qt::AlignTop);
    const QString number = m_pageCount > 0 ? QStringLiteral("Page %1 of %2").arg(m_page).arg(m_pageCount)
                                           : QStringLiteral("Page %1").arg(m_page);
    drawText(footerText, number, small, m_style.muted, Qt::AlignRight | Qt::AlignTop);
}

} // namespace Sitrep
