// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefing/briefingstyle.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace Sitrep {

// Places blocks down the pages of a paged device and starts a new page when a block does not fit,
// with a running header and a footer that numbers the pages. A document is composed twice: once
// without a painter to count the pages, then with one to paint them, so that the footer can say
// "Page 3 of 12" and both passes break pages at the same places.
class PageFlow final
{
public:
    struct Running
    {
        QString left; // the header's left side: the title
        QString right; // the header's right side: the period
        QString footer; // beside the page number
    };

    // painter: null for the counting pass. pageCount: from the counting pass, or 0.
    PageFlow(QPagedPaintDevice &device, QPainter *painter, const BriefingStyle &style, Running running, int pageCount);
    Q_DISABLE_COPY_MOVE(PageFlow)

    QPainter *painter() const { return m_painter; }
    const QPagedPaintDevice &device() const { return m_device; }
    const BriefingStyle &style() const { return m_style; }

    // Device units per point.
    double pt(double points) const { return points * m_unit; }
    double left() const { return m_content.left(); }
    double width() const { return m_content.width(); }
    double y() const { return m_y; }
    double remaining() const { return m_content.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_content.top() + 0.5; }
    int page() const { return m_page; }

    // Starts a new page unless height fits below the cursor; true when it started one.
    bool ensure(double height);
    void newPage();
    void advance(double height) { m_y += height; }
    // A block of the content's width and this height, after a page break when needed.
    QRectF take(double height);

    // Wrapped text within a width.
    double textHeight(const QString &text, const QFont &font, double width) const;
    void drawText(const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
                  int flags = 0) const;
    // A paragraph across the content width, followed by space.
    void paragraph(const QString &text, const QFont &font, const QColor &colour, double spaceAfter);

private:
    void paintRunning() const;

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    BriefingStyle m_style;
    Running m_running;
    int m_pageCount;
    double m_unit;
    QRectF m_pageRect;
    QRectF m_content;
    double m_y = 0;
    int m_page = 1;
};

} // namespace Sitrep
