// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "eventstyle.h"
#include "models/eventfilterproxy.h"
#include "models/eventtablemodel.h"
#include "project/projectsession.h"
#include "timeline/histogramchart.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinescale.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace Sitrep {
namespace {

constexpr double dragThreshold = 4;

QString describeRange(const QDate &first, const QDate &last)
{
    const QLocale locale;
    if (first.year() != last.year())
        return QStringLiteral("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM yyyy")),
                                             locale.toString(last, QStringLiteral("d MMM yyyy")));
    if (first.month() != last.month())
        return QStringLiteral("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                             locale.toString(last, QStringLiteral("d MMM yyyy")));
    if (first == last)
        return locale.toString(first, QStringLiteral("d MMM yyyy"));
    return QStringLiteral("%1–%2").arg(QString::number(first.day()),
                                       locale.toString(last, QStringLiteral("d MMM yyyy")));
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_scale(new TimelineScale(this))
{
    m_chart = new HistogramChart(m_scale, this);
    m_lanes = new TimelineLanes(&m_data, m_scale, this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("timelineTitle"));
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("timelineRange"));
    m_range->setForegroundRole(QPalette::PlaceholderText);
    m_range->setMinimumWidth(0);
    m_range->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_brushButton = toolButton(tr("Brush"), tr("Drag across the timeline to filter by dates (or hold Shift)"), this);
    m_brushButton->setObjectName(QStringLiteral("brushButton"));
    m_brushButton->setCheckable(true);
    m_clearButton = toolButton(tr("Clear Range"), tr("Show every date again (Esc)"), this);
    m_clearButton->setObjectName(QStringLiteral("clearBrushButton"));
    QToolButton *fitButton = toolButton(tr("Fit"), tr("Show the bulk of the events (double-click)"), this);
    fitButton->setObjectName(QStringLiteral("fitTimelineButton"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 2, 4, 0);
    header->setSpacing(6);
    header->addWidget(m_title);
    header->addWidget(m_range, 1);
    header->addWidget(m_brushButton);
    header->addWidget(m_clearButton);
    header->addWidget(fitButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_chart, 5);
    layout->addWidget(m_lanes, 4);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_chart->viewport()->installEventFilter(this);
    m_lanes->installEventFilter(this);
    m_chart->installEventFilter(this); // keys go to the view, mouse input to its viewport
    m_chart->viewport()->setMouseTracking(true);
    connect(m_chart, &HistogramChart::plotAreaChanged, this,
            [this](const QRectF &area) { m_lanes->setPlotSpan(area.left(), area.width()); });
    connect(m_scale, &TimelineScale::rangeChanged, this, [this] {
        updateHistogram();
        updateHeader();
    });
    connect(m_scale, &TimelineScale::brushChanged, this, &TimelineView::updateHeader);
    connect(m_brushButton, &QToolButton::toggled, this, &TimelineView::setBrushMode);
    connect(m_clearButton, &QToolButton::clicked, this, &TimelineView::clearBrush);
    connect(fitButton, &QToolButton::clicked, this, &TimelineView::fitToEvents);
    refresh();
}

TimelineView::~TimelineView() = default;

void TimelineView::setSession(ProjectSession *session)
{
    if (m_session) {
        for (const QObject *source :
             std::initializer_list<const QObject *> {m_session, m_session->events(), m_session->selection()})
            disconnect(source, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &ProjectSession::shownEventsChanged, this, &TimelineView::scheduleRefresh);
        // A new project (or a reload) deserves a fresh view of all its dates.
        connect(session->events(), &QAbstractItemModel::modelReset, this, [this] { m_fitPending = true; });
        connect(session->selection(), &QItemSelectionModel::currentChanged, this, [this] {
            ensureFresh();
            updateSelection();
            revealCurrent();
        });
        connect(session->selection(), &QItemSelectionModel::selectionChanged, this, [this] {
            ensureFresh();
            updateSelection();
        });
    }
    m_fitPending = true;
    refresh();
}

void TimelineView::setDates(const QList<QDate> &dates)
{
    m_dates = dates;
    if (!m_session) {
        m_fitPending = true;
        refresh();
    }
}

void TimelineView::scheduleRefresh()
{
    // Filtering emits one signal per removed or inserted run of rows: rebuild once after them.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refresh();
    });
}

void TimelineView::ensureFresh() const
{
    if (m_refreshPending)
        const_cast<TimelineView *>(this)->refresh();
}

void TimelineView::refresh()
{
    m_refreshPending = false;
    QList<TimelineItem> items;
    QList<qint32> allStarts;
    if (m_session) {
        const EventTableModel *events = m_session->events();
        const auto shown = m_session->shownEvents();
        items.reserve(shown.size());
        for (const ProjectSession::ShownEvent &item : shown) {
            const Event *event = item.event;
            if (!event->isDated())
                continue;
            items.append(TimelineItem {event->id, item.sourceRow, qint32(event->date.start.toJulianDay()),
                                       qint32(event->date.end.toJulianDay()), event->type, event->date.precision});
        }
        allStarts.reserve(events->rowCount());
        for (const Event &event : events->events()) {
            if (event.isDated())
                allStarts.append(qint32(event.date.start.toJulianDay()));
        }
    } else {
        for (const QDate &date : std::as_const(m_dates)) {
            if (!date.isValid())
                continue;
            const auto day = qint32(date.toJulianDay());
            items.append(TimelineItem {0, -1, day, day, EventType::Other, DatePrecision::Day});
            allStarts.append(day);
        }
    }
    m_data.setItems(std::move(items), std::move(allStarts));
    m_lanes->dataChanged();
    const bool nothingInView = m_data.overlapping(m_scale->from(), m_scale->to()).isEmpty();
    if (!m_data.isEmpty() && (m_fitPending || nothingInView)) {
        // A project just opened: show where its events are, even if the table then makes an
        // outlier current (its first row is often the oldest date).
        m_holdView = m_fitPending && m_session;
        if (m_holdView)
            QTimer::singleShot(0, this, [this] { m_holdView = false; });
        m_fitPending = false;
        fitToEvents();
    }
    updateHistogram();
    updateSelection();
    updateHeader();
}

void TimelineView::fitToEvents()
{
    ensureFresh();
    if (m_data.isEmpty())
        return;
    const auto [coreFirst, coreEnd] = m_data.coreDays();
    const double first = coreFirst;
    const double end = coreEnd;
    const double margin = std::max(1.0, (end - first) * 0.04);
    m_scale->setRange(first - margin, end + margin);
}

void TimelineView::updateHistogram()
{
    const TimelineBucket bucket = TimelineData::bucketFor(m_scale->span());
    m_chart->setHistogram(m_data.histogram(m_scale->firstVisibleDate(), m_scale->lastVisibleDate(), bucket));
}

void TimelineView::updateSelection()
{
    qint64 currentId = 0;
    QSet<qint64> selected;
    double markerDay = std::numeric_limits<double>::quiet_NaN();
    if (m_session) {
        if (const Event *current = m_session->currentEvent()) {
            currentId = current->id;
            if (current->isDated())
                markerDay =
                    (double(current->date.start.toJulianDay()) + double(current->date.end.toJulianDay()) + 1) / 2;
        }
        const EventFilterProxy *proxy = m_session->filteredEvents();
        const QModelIndexList rows = m_session->selection()->selectedRows();
        for (const QModelIndex &index : rows) {
            if (const Event *event = m_session->events()->eventAt(proxy->mapToSource(index).row()))
                selected.insert(event->id);
        }
    }
    m_lanes->setSelection(currentId, std::move(selected));
    m_chart->setMarkerDay(markerDay);
}

void TimelineView::revealCurrent()
{
    const Event *current = m_session ? m_session->currentEvent() : nullptr;
    if (!current || !current->isDated() || m_holdView)
        return;
    const double start = double(current->date.start.toJulianDay());
    const double end = double(current->date.end.toJulianDay()) + 1;
    if (end > m_scale->from() && start < m_scale->to())
        return;
    m_scale->pan((start + end) / 2 - (m_scale->from() + m_scale->to()) / 2);
}

void TimelineView::updateHeader()
{
    switch (TimelineData::bucketFor(m_scale->span())) {
    case TimelineBucket::Day:
        m_title->setText(tr("Events per day"));
        break;
    case TimelineBucket::Week:
        m_title->setText(tr("Events per week"));
        break;
    case TimelineBucket::Month:
        m_title->setText(tr("Events per month"));
        break;
    }
    QString range = describeRange(m_scale->firstVisibleDate(), m_scale->lastVisibleDate());
    if (m_scale->hasBrush())
        range += tr("  ·  filtered to %1").arg(describeRange(m_scale->brushFrom(), m_scale->brushTo()));
    m_range->setText(m_data.isEmpty() ? tr("no dated events") : range);
    m_clearButton->setEnabled(m_scale->hasBrush());
}

int TimelineView::barCount() const
{
    ensureFresh();
    return m_chart->histogram().nonEmptyBuckets();
}

TimelineBucket TimelineView::bucket() const
{
    ensureFresh();
    return m_chart->histogram().bucket;
}

const TimelineHistogram &TimelineView::histogram() const
{
    ensureFresh();
    return m_chart->histogram();
}

const TimelineData &TimelineView::data() const
{
    ensureFresh();
    return m_data;
}

QDate TimelineView::firstVisibleDate() const
{
    return m_scale->firstVisibleDate();
}

QDate TimelineView::lastVisibleDate() const
{
    return m_scale->lastVisibleDate();
}

void TimelineView::setVisibleRange(const QDate &first, const QDate &last)
{
    ensureFresh();
    m_fitPending = false;
    m_holdView = false;
    m_scale->setVisibleDates(first, last);
}

bool TimelineView::hasBrush() const
{
    return m_scale->hasBrush();
}

QDate TimelineView::brushFrom() const
{
    return m_scale->brushFrom();
}

QDate TimelineView::brushTo() const
{
    return m_scale->brushTo();
}

bool TimelineView::isBrushMode() const
{
    return m_brushButton->isChecked();
}

void TimelineView::setBrushMode(bool on)
{
    m_brushButton->setChecked(on);
    const Qt::CursorShape shape = on ? Qt::CrossCursor : Qt::ArrowCursor;
    m_chart->viewport()->setCursor(shape);
}

void TimelineView::showBrush(const QDate &from, const QDate &to)
{
    m_scale->setBrush(from, to);
}

void TimelineView::clearBrush()
{
    if (!m_scale->hasBrush())
        return;
    m_scale->clearBrush();
    Q_EMIT brushCleared();
}

QRect TimelineView::eventRect(qint64 eventId) const
{
    ensureFresh();
    const QRectF rect = m_lanes->itemRect(m_data.indexOfEvent(eventId));
    if (rect.isEmpty())
        return {};
    return QRect(m_lanes->mapTo(this, rect.topLeft().toPoint()), rect.size().toSize());
}

double TimelineView::dayAt(double x) const
{
    const QRectF area = m_chart->plotArea();
    return m_scale->dayForX(x, area.left(), area.width());
}

void TimelineView::selectItem(int item)
{
    if (!m_session || item < 0 || item >= m_data.items().size())
        return;
    const QModelIndex source = m_session->events()->index(m_data.items()[item].sourceRow, 0);
    const QModelIndex index = m_session->filteredEvents()->mapFromSource(source);
    if (index.isValid())
        m_session->selection()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString TimelineView::describeItem(int item) const
{
    const TimelineItem &timelineItem = m_data.items()[item];
    const Event *event = m_session ? m_session->events()->eventAt(timelineItem.sourceRow) : nullptr;
    if (!event)
        return {};
    QString text = QStringLiteral("<b>%1</b> · <span style=\"color:%2\">■</span> %3")
                       .arg(EventTableModel::describeDate(event->date).toHtmlEscaped(),
                            EventStyle::colour(event->type).name(), eventTypeLabel(event->type).toHtmlEscaped());
    if (!event->summary.isEmpty())
        text += QStringLiteral("<br>") + event->summary.toHtmlEscaped();
    if (timelineItem.isUncertain())
        text +=
            QStringLiteral("<br><i>%1</i>").arg(tr("Date known only to the %1").arg(toString(event->date.precision)));
    return text;
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    auto *source = qobject_cast<QWidget *>(watched);
    if (event->type() == QEvent::KeyPress && (source == m_chart || source == m_lanes)
        && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    if (source && (source == m_lanes || source == m_chart->viewport()) && handleMouse(source, event))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool TimelineView::handleKey(const QKeyEvent *event)
{
    const double middle = (m_scale->from() + m_scale->to()) / 2;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (!m_scale->hasBrush())
            return false;
        clearBrush();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        // Plain arrows walk the events in date order; with Shift (or without a session) they pan.
        if (m_session && !(event->modifiers() & Qt::ShiftModifier))
            m_session->stepByDate(direction);
        else
            m_scale->pan(direction * m_scale->span() / 10);
        return true;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_scale->zoom(std::exp2(-0.5), middle);
        return true;
    case Qt::Key_Minus:
        m_scale->zoom(std::exp2(0.5), middle);
        return true;
    case Qt::Key_0:
        fitToEvents();
        return true;
    default:
        return false;
    }
}

bool TimelineView::handleMouse(QWidget *source, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Wheel: {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const QPoint delta = wheel->angleDelta();
        if (std::abs(delta.x()) > std::abs(delta.y())) {
            m_scale->pan(-delta.x() / 1200.0 * m_scale->span());
        } else if (delta.y() != 0) {
            // One notch (120) zooms by about 15 %.
            m_scale->zoom(std::pow(2.0, -delta.y() / 600.0), dayAt(wheel->position().x()));
        }
        return true;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        m_pressPos = mouse->position();
        m_pressDay = dayAt(m_pressPos.x());
        m_pressFrom = m_scale->from();
        m_pressTo = m_scale->to();
        const bool brushing = isBrushMode() || (mouse->modifiers() & Qt::ShiftModifier);
        m_drag = brushing ? Drag::Brush : Drag::Pending;
        return true;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_drag == Drag::None || !(mouse->buttons() & Qt::LeftButton))
            return false;
        const QPointF moved = mouse->position() - m_pressPos;
        const bool far = moved.manhattanLength() >= dragThreshold;
        if (m_drag == Drag::Pending && far) {
            m_drag = Drag::Pan;
            source->setCursor(Qt::ClosedHandCursor);
        }
        if (m_drag == Drag::Pan) {
            const double width = std::max(m_chart->plotArea().width(), 1.0);
            const double days = moved.x() / width * (m_pressTo - m_pressFrom);
            m_scale->setRange(m_pressFrom - days, m_pressTo - days);
        } else if (m_drag == Drag::Brush && far) {
            const double day = dayAt(mouse->position().x());
            m_scale->setBrush(QDate::fromJulianDay(qint64(std::floor(std::min(day, m_pressDay)))),
                              QDate::fromJulianDay(qint64(std::floor(std::max(day, m_pressDay)))));
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || m_drag == Drag::None)
            return false;
        const Drag drag = std::exchange(m_drag, Drag::None);
        const bool far = (mouse->position() - m_pressPos).manhattanLength() >= dragThreshold;
        source->setCursor(isBrushMode() && source != m_lanes ? Qt::CrossCursor : Qt::ArrowCursor);
        if (drag == Drag::Brush && far && m_scale->hasBrush())
            Q_EMIT rangeBrushed(m_scale->brushFrom(), m_scale->brushTo());
        else if (drag == Drag::Brush)
            clearBrush();
        else if (drag == Drag::Pending && source == m_lanes)
            selectItem(m_lanes->itemAt(mouse->position()));
        return true;
    }
    case QEvent::MouseButtonDblClick:
        fitToEvents();
        return true;
    case QEvent::ToolTip: {
        if (source != m_lanes)
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const int item = m_lanes->itemAt(help->pos());
        const QString text = item >= 0 ? describeItem(item) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_lanes);
        return true;
    }
    default:
        return false;
    }
}

} // namespace Sitrep
