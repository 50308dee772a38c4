// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include <QPainter>

namespace Sitrep {

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette mapPalette = palette();
    mapPalette.setColor(QPalette::Window, QColor(0xe8, 0xee, 0xf3));
    setPalette(mapPalette);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("No places to show yet."));
}

} // namespace Sitrep
