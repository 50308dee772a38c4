// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowtable.h"

#include "briefing/pageflow.h"

#include <QPainter>

#include <algorithm>

namespace Sitrep {

FlowTable::FlowTable(PageFlow &flow, QList<Column> columns)
    : m_flow(flow)
    , m_columns(std::move(columns))
    , m_padding(flow.pt(3.2))
{
    for (const Column &column : std::as_const(m_columns))
        m_totalWeight += column.weight;
}

double FlowTable::columnWidth(int column) const
{
    return m_flow.width() * m_columns[column].weight / m_totalWeight;
}

double FlowTable::columnLeft(int column) const
{
    double left = m_flow.left();
    for (int i = 0; i < column; ++i)
        left += columnWidth(i);
    return left;
}

double FlowTable::cellHeight(const Cell &cell, int column) const
{
    const double width = columnWidth(column) - 2 * m_padding;
    double height = 0;
    for (const Line &line : cell)
        height += m_flow.textHeight(line.text, line.font, width);
    return height;
}

double FlowTable::headerHeight() const
{
    return m_flow.textHeight(QStringLiteral("Ag"), m_flow.style().small(), m_flow.width()) + 2 * m_padding;
}

double FlowTable::groupHeight() const
{
    return m_flow.textHeight(QStringLiteral("Ag"), m_flow.style().bold(), m_flow.width()) + 2 * m_padding
        + m_flow.pt(2);
}

void FlowTable::paintHeader()
{
    const double height = headerHeight();
    const QRectF band(m_flow.left(), m_flow.y(), m_flow.width(), height);
    if (QPainter *painter = m_flow.painter()) {
        painter->fillRect(band, m_flow.style().accent);
        for (int i = 0; i < m_columns.size(); ++i) {
            const QRectF cell(columnLeft(i) + m_padding, band.top() + m_padding, columnWidth(i) - 2 * m_padding,
                              height - 2 * m_padding);
            m_flow.drawText(cell, m_columns[i].title, m_flow.style().font(7.4, QFont::Bold), Qt::white,
                            int(m_columns[i].alignment | Qt::AlignVCenter));
        }
    }
    m_flow.advance(height);
    m_headerPage = m_flow.page();
}

void FlowTable::paintGroup(const QString &title)
{
    const double height = groupHeight();
    const QRectF band(m_flow.left(), m_flow.y() + m_flow.pt(2), m_flow.width(), height - m_flow.pt(2));
    if (QPainter *painter = m_flow.painter()) {
        painter->fillRect(band, m_flow.style().band);
        m_flow.drawText(band.adjusted(m_padding, 0, -m_padding, 0), title, m_flow.style().bold(), m_flow.style().accent,
                        int(Qt::AlignLeft | Qt::AlignVCenter));
    }
    m_flow.advance(height);
}

void FlowTable::addGroup(const QString &title)
{
    m_pendingGroup = title;
}

void FlowTable::addRow(const QList<Cell> &cells, const QColor &marker)
{
    double content = 0;
    for (int i = 0; i < cells.size() && i < m_columns.size(); ++i)
        content = std::max(content, cellHeight(cells[i], i));
    const double height = content + 2 * m_padding;
    const double group = m_pendingGroup.isEmpty() ? 0 : groupHeight();
    const bool needsHeader = m_headerPage != m_flow.page();
    const double needed = height + group + (needsHeader ? headerHeight() : 0);
    if (m_flow.ensure(needed) || needsHeader)
        paintHeader();
    if (!m_pendingGroup.isEmpty()) {
        paintGroup(m_pendingGroup);
        m_pendingGroup.clear();
    }

    const double top = m_flow.y();
    if (QPainter *painter = m_flow.painter()) {
        if (marker.isValid())
            painter->fillRect(QRectF(m_flow.left(), top + m_padding * 0.6, m_flow.pt(2.2), height - m_padding * 1.2),
                              marker);
        for (int i = 0; i < cells.size() && i < m_columns.size(); ++i) {
            const double width = columnWidth(i) - 2 * m_padding;
            double y = top + m_padding;
            for (const Line &line : cells[i]) {
                const double lineHeight = m_flow.textHeight(line.text, line.font, width);
                m_flow.drawText(QRectF(columnLeft(i) + m_padding, y, width, lineHeight), line.text, line.font,
                                line.colour, int(m_columns[i].alignment));
                y += lineHeight;
            }
        }
        painter->setPen(QPen(m_flow.style().rule, m_flow.pt(0.4)));
        painter->drawLine(QPointF(m_flow.left(), top + height), QPointF(m_flow.left() + m_flow.width(), top + height));
    }
    m_flow.advance(height);
}

void FlowTable::finish(double spaceAfter)
{
    m_pendingGroup.clear();
    m_flow.advance(spaceAfter);
}

} // namespace Sitrep
