// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Sitrep {

// The map pane. Draws the offline base map and event places once those exist; until then it says
// plainly that there is nothing to place.
class MapView final : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);

    QSize sizeHint() const override { return {360, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Sitrep
