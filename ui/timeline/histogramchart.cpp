// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogramchart.h"

#include "eventstyle.h"
#include "models/eventtablemodel.h"
#include "timeline/timelinescale.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLineSeries>
#include <QLocale>
#include <QResizeEvent>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace Sitrep {
namespace {

// A top for the count axis that halves into whole numbers: 1, 2, 4, 6, 8, 10, 20, 40, ...
int niceTop(int highest)
{
    if (highest <= 1)
        return 1;
    for (int scale = 1;; scale *= 10) {
        for (int step : {2, 4, 6, 8, 10}) {
            if (step * scale >= highest)
                return step * scale;
        }
    }
}

QString bucketName(TimelineBucket bucket, const QDate &start)
{
    const QLocale locale;
    switch (bucket) {
    case TimelineBucket::Day:
        return locale.toString(start, QStringLiteral("ddd d MMM yyyy"));
    case TimelineBucket::Week:
        return HistogramChart::tr("Week of %1").arg(locale.toString(start, QStringLiteral("d MMM yyyy")));
    case TimelineBucket::Month:
        return locale.toString(start, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

} // namespace

HistogramChart::HistogramChart(TimelineScale *scale, QWidget *parent)
    // Given to the base constructor: setChart() would orphan the default chart QChartView() makes.
    : QChartView(new QChart, parent)
    , m_scale(scale)
    , m_chart(chart())
    , m_xAxis(new QCategoryAxis)
    , m_yAxis(new QValueAxis)
    , m_markerDay(std::numeric_limits<double>::quiet_NaN())
{
    setObjectName(QStringLiteral("timelineHistogram"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(90);
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(0, 6, 10, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Redrawn on every pan step: animations would lag behind the mouse.
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_xAxis->setLineVisible(false);
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setLineVisible(false);
    m_yAxis->setMinorTickCount(0);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);

    const auto addArea = [this](bool stacked) {
        auto *upper = new QLineSeries(m_chart);
        auto *lower = stacked ? new QLineSeries(m_chart) : nullptr;
        auto *area = new QAreaSeries(upper, lower);
        area->setPen(Qt::NoPen);
        m_chart->addSeries(area);
        area->attachAxis(m_xAxis);
        area->attachAxis(m_yAxis);
        return area;
    };
    m_context = addArea(false);
    for (EventType type : allEventTypes)
        m_areas[int(type)] = addArea(true);

    connect(m_chart, &QChart::plotAreaChanged, this, &HistogramChart::plotAreaChanged);
    connect(m_scale, &TimelineScale::rangeChanged, this, &HistogramChart::updateAxes);
    connect(m_scale, &TimelineScale::brushChanged, this, [this] { viewport()->update(); });
    applyPalette();
    updateAxes();
}

QRectF HistogramChart::plotArea() const
{
    return m_chart->plotArea();
}

void HistogramChart::setHistogram(TimelineHistogram histogram)
{
    m_histogram = std::move(histogram);
    updateSeries();
}

void HistogramChart::setMarkerDay(double day)
{
    if (day == m_markerDay || (std::isnan(day) && std::isnan(m_markerDay)))
        return;
    m_markerDay = day;
    viewport()->update();
}

void HistogramChart::updateAxes()
{
    m_xAxis->setRange(m_scale->from(), m_scale->to());
    const QStringList old = m_xAxis->categoriesLabels();
    for (const QString &label : old)
        m_xAxis->remove(label);
    m_xAxis->setStartValue(m_scale->from());
    // QCategoryAxis needs unique labels; month names repeat when years are in view.
    QSet<QString> used;
    for (TimelineScale::Tick &tick : m_scale->ticks(std::max(plotArea().width(), 200.0), 64)) {
        while (used.contains(tick.label))
            tick.label.append(QChar(0x200B));
        used.insert(tick.label);
        m_xAxis->append(tick.label, tick.day);
    }
    viewport()->update();
}

void HistogramChart::updateSeries()
{
    const TimelineHistogram &h = m_histogram;
    const int buckets = h.bucketCount();
    const double pixelsPerDay = plotArea().width() > 0 ? plotArea().width() / std::max(m_scale->span(), 1.0) : 1;
    QList<QPointF> context;
    std::array<QList<QPointF>, eventTypeCount> upper;
    std::array<QList<QPointF>, eventTypeCount> lower;
    context.reserve(buckets * 4);
    for (int i = 0; i < buckets; ++i) {
        const double x0 = double(h.starts[i].toJulianDay());
        const double x1 = double(h.starts[i + 1].toJulianDay());
        // A gap between bars while they are wide enough to read as bars.
        const double gap = (x1 - x0) * pixelsPerDay >= 5 ? (x1 - x0) * 0.12 : 0;
        const double left = x0 + gap / 2;
        const double right = x1 - gap / 2;
        const auto bar = [&](QList<QPointF> &points, double base, double top) {
            points << QPointF(left, base) << QPointF(left, top) << QPointF(right, top) << QPointF(right, base);
        };
        bar(context, 0, h.context[i]);
        int base = 0;
        for (int t = 0; t < eventTypeCount; ++t) {
            const int top = base + h.counts[t][i];
            bar(upper[t], base, top);
            bar(lower[t], base, base);
            base = top;
        }
    }
    m_context->upperSeries()->replace(context);
    for (int t = 0; t < eventTypeCount; ++t) {
        m_areas[t]->upperSeries()->replace(upper[t]);
        m_areas[t]->lowerSeries()->replace(lower[t]);
    }
    const int top = niceTop(h.highest);
    m_yAxis->setRange(0, top);
    m_yAxis->setTickCount(top <= 2 ? top + 1 : 3);
}

void HistogramChart::applyPalette()
{
    const QPalette pal = palette();
    setBackgroundBrush(pal.base());
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    QColor label = pal.color(QPalette::Text);
    label.setAlphaF(0.7f);
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.12f);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsBrush(label);
        axis->setLabelsFont(font);
        axis->setGridLinePen(QPen(grid, 1));
    }
    QColor context = pal.color(QPalette::Text);
    context.setAlphaF(0.14f);
    m_context->setBrush(context);
    for (EventType type : allEventTypes)
        m_areas[int(type)]->setBrush(EventStyle::colour(type));
}

void HistogramChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void HistogramChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF area = plotArea();
    const auto x = [&](double day) {
        return m_scale->xForDay(day, area.left(), area.width());
    };
    painter->save();
    painter->setClipRect(area.adjusted(0, -6, 0, 0));
    const QColor highlight = palette().color(QPalette::Highlight);
    if (m_scale->hasBrush()) {
        const double left = x(double(m_scale->brushFrom().toJulianDay()));
        const double right = x(double(m_scale->brushTo().toJulianDay()) + 1);
        QColor fill = highlight;
        fill.setAlphaF(0.16f);
        painter->fillRect(QRectF(left, area.top() - 6, right - left, area.height() + 6), fill);
        painter->setPen(QPen(highlight, 1.5));
        painter->drawLine(QPointF(left, area.top() - 6), QPointF(left, area.bottom()));
        painter->drawLine(QPointF(right, area.top() - 6), QPointF(right, area.bottom()));
    }
    if (!std::isnan(m_markerDay)) {
        painter->setPen(QPen(highlight, 1.5, Qt::DashLine));
        painter->drawLine(QPointF(x(m_markerDay), area.top() - 6), QPointF(x(m_markerDay), area.bottom()));
    }
    painter->restore();
}

bool HistogramChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRectF area = plotArea();
        const double day = m_scale->dayForX(help->pos().x(), area.left(), area.width());
        const int bucket = area.contains(help->pos()) && day >= 0
            ? m_histogram.bucketAt(QDate::fromJulianDay(qint64(std::floor(day))))
            : -1;
        if (bucket >= 0)
            QToolTip::showText(help->globalPos(), describeBucket(bucket), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        const bool handled = QChartView::viewportEvent(event);
        // Rendering a hidden widget (grab()) sends resize events without a change of size.
        if (resize->size() == m_viewportSize)
            return handled;
        m_viewportSize = resize->size();
        updateAxes();
        updateSeries();
        return handled;
    }
    return QChartView::viewportEvent(event);
}

QString HistogramChart::describeBucket(int bucket) const
{
    const TimelineHistogram &h = m_histogram;
    const int shown = h.totals[bucket];
    QString text = QStringLiteral("<b>%1</b><br>").arg(bucketName(h.bucket, h.starts[bucket]).toHtmlEscaped());
    text += shown == 1 ? tr("1 event") : tr("%1 events").arg(shown);
    if (h.context[bucket] > shown)
        text += tr(" (%1 without filters)").arg(h.context[bucket]);
    for (EventType type : allEventTypes) {
        const int n = h.counts[int(type)][bucket];
        if (n > 0)
            text += QStringLiteral("<br><span style=\"color:%1\">■</span> %2: %3")
                        .arg(EventStyle::colour(type).name(), eventTypeLabel(type).toHtmlEscaped())
                        .arg(n);
    }
    return text;
}

} // namespace Sitrep
