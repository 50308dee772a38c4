// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace Sitrep {

class PageFlow;

// A table laid down the pages of a PageFlow: the header row repeats at the top of every page the
// table reaches, a row is never split across pages, and a group row ("Tuesday 18 November 2025")
// stays with the row after it.
class FlowTable final
{
public:
    struct Column
    {
        QString title;
        double weight = 1; // share of the table's width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Line
    {
        QString text;
        QFont font;
        QColor colour;
    };
    using Cell = QList<Line>; // lines stacked in a cell, each wrapped to the column

    FlowTable(PageFlow &flow, QList<Column> columns);

    void addGroup(const QString &title);
    // marker: a thin bar at the row's left edge (the event type's colour), or invalid for none.
    void addRow(const QList<Cell> &cells, const QColor &marker = {});
    // Ends the table: a group with no row after it is dropped.
    void finish(double spaceAfter);

private:
    double columnWidth(int column) const;
    double columnLeft(int column) const;
    double cellHeight(const Cell &cell, int column) const;
    double headerHeight() const;
    double groupHeight() const;
    void paintHeader();
    void paintGroup(const QString &title);

    PageFlow &m_flow;
    QList<Column> m_columns;
    double m_totalWeight = 0;
    double m_padding;
    QString m_pendingGroup;
    int m_headerPage = 0; // the page the header row was last painted on
};

} // namespace Sitrep
