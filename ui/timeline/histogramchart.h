// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinedata.h"

#include <QChartView>

#include <array>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace Sitrep {

class TimelineScale;

// Events per bucket as stacked bars, one colour per type, over a grey silhouette of every event
// so that what the filter hides still shows where it was. Mouse input is handled by TimelineView.
class HistogramChart final : public QChartView
{
    Q_OBJECT

public:
    HistogramChart(TimelineScale *scale, QWidget *parent = nullptr);

    void setHistogram(TimelineHistogram histogram);
    const TimelineHistogram &histogram() const { return m_histogram; }
    // Where the current event sits, drawn as a thin line; NaN for none.
    void setMarkerDay(double day);
    QRectF plotArea() const;

    QSize sizeHint() const override { return {600, 120}; }

Q_SIGNALS:
    void plotAreaChanged(const QRectF &plotArea);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void updateAxes();
    void updateSeries();
    QString describeBucket(int bucket) const;

    TimelineScale *m_scale = nullptr;
    QChart *m_chart = nullptr;
    QCategoryAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QAreaSeries *m_context = nullptr;
    std::array<QAreaSeries *, eventTypeCount> m_areas {};
    TimelineHistogram m_histogram;
    double m_markerDay;
    QSize m_viewportSize;
};

} // namespace Sitrep
