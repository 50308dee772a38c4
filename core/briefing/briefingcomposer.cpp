// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingcomposer.h"

#include "briefing/briefingformat.h"
#include "briefing/briefingmap.h"
#include "briefing/flowtable.h"
#include "briefing/pageflow.h"
#include "briefing/timelinechart.h"
#include "eventstyle.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Sitrep {
namespace {

constexpr double timelineHeight = 150; // points

using Line = FlowTable::Line;
using Cell = FlowTable::Cell;

QString number(int value)
{
    return QLocale(QLocale::English).toString(value);
}

// "27 reports of 20 incidents".
QString reportsOf(const KeyFigures::Tally &tally)
{
    const auto plural = [](int n, const char *noun) {
        return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1StringView(noun), n == 1 ? QString() : QStringLiteral("s"));
    };
    if (tally.reports == tally.incidents)
        return plural(tally.reports, "report");
    return plural(tally.reports, "report") + QStringLiteral(" of ") + plural(tally.incidents, "incident");
}

QString actorsOf(const Event &event)
{
    QStringList names;
    for (const EventActor &actor : event.actors)
        names.append(actor.role.isEmpty() ? actor.name : QStringLiteral("%1 (%2)").arg(actor.name, actor.role));
    return names.join(QStringLiteral("; "));
}

QString placesOf(const Event &event)
{
    QStringList names;
    for (const EventPlace &place : event.places)
        names.append(BriefingFormat::place(place));
    return names.join(QStringLiteral("; "));
}

// Two events fall in one chronology group when they have the same day, or the same longer span.
// Events whose dates read the same under a heading share it: "at the start of the month" and
// "the whole month" are both "November 2025".
bool sameGroup(const DateInterval &a, const DateInterval &b)
{
    return BriefingFormat::groupTitle(a) == BriefingFormat::groupTitle(b);
}

} // namespace

BriefingComposer::BriefingComposer(const BriefingData &data, const BriefingOptions &options, const BriefingStyle &style)
    : m_data(data)
    , m_options(options)
    , m_style(style)
    , m_figures(KeyFigures::of(data.events))
{ }

bool BriefingComposer::compose(PageFlow &flow, const Progress &progress) const
{
    headerBlock(flow);
    int section = 0;
    if (m_options.has(BriefingOptions::KeyFigures)) {
        heading(flow, ++section, QStringLiteral("Key figures"));
        keyFigures(flow);
    }
    if (m_options.has(BriefingOptions::Timeline)) {
        heading(flow, ++section, QStringLiteral("Timeline"), flow.pt(timelineHeight + 20));
        timeline(flow);
    }
    if (m_options.has(BriefingOptions::Map)) {
        heading(flow, ++section, QStringLiteral("Map"), mapHeight(flow) + flow.pt(20));
        map(flow);
    }
    if (progress && !progress(0.15))
        return false;
    if (m_options.has(BriefingOptions::Chronology)) {
        heading(flow, ++section, QStringLiteral("Chronology"));
        if (!chronology(flow, progress))
            return false;
    }
    if (m_options.has(BriefingOptions::SourceAnnex)) {
        heading(flow, ++section, QStringLiteral("Sources"));
        annex(flow);
    }
    if (progress && !progress(0.95))
        return false;
    if (m_options.has(BriefingOptions::Method)) {
        heading(flow, ++section, QStringLiteral("Method and caveats"));
        method(flow);
    }
    return true;
}

void BriefingComposer::heading(PageFlow &flow, int number, const QString &title, double keepWith) const
{
    const QFont font = m_style.heading();
    const double height = flow.textHeight(title, font, flow.width());
    // A heading never ends a page: keep room for what follows, or for a few lines of it.
    flow.ensure(height + flow.pt(20) + std::max(keepWith, flow.pt(90)));
    if (!flow.atPageTop())
        flow.advance(flow.pt(10));
    const QRectF rect = flow.take(height);
    const QString numberText = QString::number(number);
    const double indent = flow.pt(16);
    flow.drawText(rect, numberText, font, m_style.muted);
    flow.drawText(rect.adjusted(indent, 0, 0, 0), title, font, m_style.accent);
    flow.advance(flow.pt(3));
    if (QPainter *painter = flow.painter()) {
        painter->setPen(QPen(m_style.accent, flow.pt(0.8)));
        painter->drawLine(QPointF(flow.left(), flow.y()), QPointF(flow.left() + flow.width(), flow.y()));
    }
    flow.advance(flow.pt(7));
}

void BriefingComposer::caption(PageFlow &flow, const QString &text) const
{
    flow.advance(flow.pt(4));
    flow.paragraph(text, m_style.font(7.4, QFont::Normal, true), m_style.muted, flow.pt(4));
}

void BriefingComposer::headerBlock(PageFlow &flow) const
{
    const QString kicker = QStringLiteral("SITUATION BRIEFING");
    QFont kickerFont = m_style.font(8, QFont::Bold);
    kickerFont.setLetterSpacing(QFont::PercentageSpacing, 115);
    flow.paragraph(kicker, kickerFont, m_style.muted, flow.pt(4));
    flow.paragraph(m_options.effectiveTitle(), m_style.title(), m_style.accent, flow.pt(8));

    const QDateTime generated = m_options.generated.isValid() ? m_options.generated : QDateTime::currentDateTime();
    QList<std::pair<QString, QString>> facts {
        {QStringLiteral("Period covered"), BriefingFormat::period(m_data.periodStart, m_data.periodEnd)},
        {QStringLiteral("Generated"),
         QLocale(QLocale::English).toString(generated, QStringLiteral("d MMMM yyyy, HH:mm"))},
        {QStringLiteral("Events"),
         QStringLiteral("%1 (%2 dated, %3 reviewed by a person)")
             .arg(number(m_figures.events), number(m_figures.datedEvents), number(m_figures.reviewedEvents))},
        {QStringLiteral("Articles"),
         QStringLiteral("%1 from %2 source%3")
             .arg(number(m_data.articleCount()), number(m_data.sourceCount()),
                  m_data.sourceCount() == 1 ? QString() : QStringLiteral("s"))},
    };
    if (!m_options.author.trimmed().isEmpty())
        facts.append({QStringLiteral("Prepared by"), m_options.author.trimmed()});

    const QFont labelFont = m_style.font(7.4, QFont::Bold);
    const QFont valueFont = m_style.body();
    const double labelWidth = flow.pt(80);
    const double padding = flow.pt(3);
    double height = 0;
    for (const auto &[label, value] : facts)
        height += flow.textHeight(value, valueFont, flow.width() - labelWidth) + padding;
    const QRectF block = flow.take(height + 2 * padding);
    if (QPainter *painter = flow.painter()) {
        painter->fillRect(block, m_style.band);
        painter->fillRect(QRectF(block.left(), block.top(), flow.pt(2.5), block.height()), m_style.accent);
    }
    double y = block.top() + padding;
    for (const auto &[label, value] : facts) {
        const double h = flow.textHeight(value, valueFont, flow.width() - labelWidth - flow.pt(10));
        flow.drawText(QRectF(block.left() + flow.pt(10), y, labelWidth, h), label, labelFont, m_style.muted,
                      int(Qt::AlignVCenter));
        flow.drawText(QRectF(block.left() + labelWidth, y, flow.width() - labelWidth - flow.pt(10), h), value,
                      valueFont, m_style.ink);
        y += h + padding;
    }
    flow.advance(flow.pt(6));
}

void BriefingComposer::keyFigures(PageFlow &flow) const
{
    // Four tiles: events, killed, injured, places.
    struct Tile
    {
        QString value;
        QString label;
    };
    const QList<Tile> tiles {
        {number(m_figures.events), QStringLiteral("events")},
        {m_figures.killed.toText(), QStringLiteral("killed, as reported: %1").arg(reportsOf(m_figures.killed))},
        {m_figures.injured.toText(), QStringLiteral("injured, as reported: %1").arg(reportsOf(m_figures.injured))},
        {number(m_figures.placeCount), QStringLiteral("places named in the events")},
    };
    const double gap = flow.pt(8);
    const double tileWidth = (flow.width() - 3 * gap) / 4;
    const QFont valueFont = m_style.font(15, QFont::Bold);
    const QFont labelFont = m_style.small();
    double labelHeight = 0;
    for (const Tile &tile : tiles)
        labelHeight = std::max(labelHeight, flow.textHeight(tile.label, labelFont, tileWidth - flow.pt(12)));
    const double valueHeight = flow.textHeight(QStringLiteral("0"), valueFont, tileWidth);
    const QRectF row = flow.take(valueHeight + labelHeight + flow.pt(14));
    for (int i = 0; i < tiles.size(); ++i) {
        const QRectF tile(row.left() + i * (tileWidth + gap), row.top(), tileWidth, row.height());
        if (QPainter *painter = flow.painter()) {
            painter->setPen(QPen(m_style.rule, flow.pt(0.6)));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(tile);
        }
        const QRectF inner = tile.adjusted(flow.pt(6), flow.pt(5), -flow.pt(6), -flow.pt(5));
        flow.drawText(QRectF(inner.left(), inner.top(), inner.width(), valueHeight), tiles[i].value, valueFont,
                      m_style.ink);
        flow.drawText(QRectF(inner.left(), inner.top() + valueHeight + flow.pt(2), inner.width(), labelHeight),
                      tiles[i].label, labelFont, m_style.muted);
    }
    flow.advance(flow.pt(10));

    // Events by type and the places named most often, side by side.
    QList<std::pair<EventType, int>> types;
    for (EventType type : allEventTypes) {
        if (m_figures.byType[int(type)] > 0)
            types.append({type, m_figures.byType[int(type)]});
    }
    std::stable_sort(types.begin(), types.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const QFont body = m_style.body();
    const QFont bold = m_style.bold();
    const double lineHeight = flow.textHeight(QStringLiteral("Ag"), body, flow.width()) + flow.pt(3);
    const qsizetype lines = std::max(types.size(), m_figures.places.size()) + 1;
    const QRectF block = flow.take(lines * lineHeight);
    const double half = (block.width() - gap * 2) / 2;
    const QRectF typeBox(block.left(), block.top(), half, block.height());
    const QRectF placeBox(block.left() + half + gap * 2, block.top(), half, block.height());
    flow.drawText(QRectF(typeBox.left(), typeBox.top(), half, lineHeight), QStringLiteral("Events by type"), bold,
                  m_style.accent);
    flow.drawText(QRectF(placeBox.left(), placeBox.top(), half, lineHeight), QStringLiteral("Places named most often"),
                  bold, m_style.accent);
    const int most = types.isEmpty() ? 1 : types.first().second;
    const double labelWidth = half * 0.52;
    const double countWidth = flow.pt(26);
    for (int i = 0; i < types.size(); ++i) {
        const double y = typeBox.top() + (i + 1) * lineHeight;
        const auto &[type, count] = types[i];
        flow.drawText(QRectF(typeBox.left(), y, labelWidth, lineHeight), eventTypeLabel(type), body, m_style.ink);
        flow.drawText(QRectF(typeBox.left() + labelWidth, y, countWidth, lineHeight), number(count), body, m_style.ink,
                      int(Qt::AlignRight));
        if (QPainter *painter = flow.painter()) {
            const double barLeft = typeBox.left() + labelWidth + countWidth + flow.pt(6);
            const double barWidth = (typeBox.right() - barLeft) * count / most;
            painter->fillRect(QRectF(barLeft, y + lineHeight * 0.22, barWidth, lineHeight * 0.5),
                              EventStyle::colour(type));
        }
    }
    for (int i = 0; i < m_figures.places.size(); ++i) {
        const double y = placeBox.top() + (i + 1) * lineHeight;
        const KeyFigures::Place &place = m_figures.places[i];
        QString name = place.name;
        if (!place.countryCode.isEmpty())
            name += QStringLiteral(" (%1)").arg(place.countryCode);
        flow.drawText(QRectF(placeBox.left(), y, half * 0.6, lineHeight), name, body, m_style.ink);
        QString detail =
            QStringLiteral("%1 event%2").arg(place.events).arg(place.events == 1 ? QString() : QStringLiteral("s"));
        if (place.killed > 0)
            detail += QStringLiteral(", %1 killed").arg(number(place.killed));
        flow.drawText(QRectF(placeBox.left() + half * 0.6, y, half * 0.4, lineHeight), detail, body, m_style.muted,
                      int(Qt::AlignRight));
    }
    caption(flow,
            QStringLiteral("Reports of one incident (the same day and place) count once: where they disagree, or a "
                           "source gives a range, the totals run from the lowest figure to the highest, and a + "
                           "marks an \"at least\"."));
    if (!m_figures.disputed.isEmpty())
        disputed(flow);
}

void BriefingComposer::disputed(PageFlow &flow) const
{
    flow.advance(flow.pt(4));
    flow.paragraph(QStringLiteral("Where sources disagree"), m_style.bold(), m_style.accent, flow.pt(3));
    FlowTable table(flow,
                    {{QStringLiteral("Date"), 1.2},
                     {QStringLiteral("Place"), 2.4},
                     {QStringLiteral("Killed"), 1.3},
                     {QStringLiteral("Injured"), 1.3},
                     {QStringLiteral("Reports"), 0.8, Qt::AlignRight}});
    const QFont small = m_style.small();
    for (const KeyFigures::Disputed &incident : m_figures.disputed) {
        const auto count = [](const KeyFigures::Tally &tally) {
            return tally.reports == 0 ? QString() : tally.toText();
        };
        table.addRow({{{incident.day.toString(Qt::ISODate), small, m_style.ink}},
                      {{incident.place, small, m_style.ink}},
                      {{count(incident.killed), small, m_style.ink}},
                      {{count(incident.injured), small, m_style.ink}},
                      {{QString::number(incident.reports), small, m_style.muted}}});
    }
    table.finish(flow.pt(4));
}

void BriefingComposer::timeline(PageFlow &flow) const
{
    const TimelineChart chart(m_data.events, m_style);
    if (chart.isEmpty()) {
        flow.paragraph(QStringLiteral("No event in this briefing has a date."), m_style.body(), m_style.muted,
                       flow.pt(4));
        return;
    }
    const QRectF rect = flow.take(flow.pt(timelineHeight));
    if (QPainter *painter = flow.painter())
        chart.paint(*painter, rect, flow.pt(1));
    caption(flow, chart.caption());
}

double BriefingComposer::mapHeight(const PageFlow &flow) const
{
    return std::min(flow.width() * 0.62, flow.pt(330));
}

void BriefingComposer::map(PageFlow &flow) const
{
    const BriefingMap eventsMap(m_data.events, m_style);
    if (eventsMap.isEmpty()) {
        flow.paragraph(QStringLiteral("No event in this briefing names a place on the map."), m_style.body(),
                       m_style.muted, flow.pt(4));
        return;
    }
    const QRectF rect = flow.take(mapHeight(flow));
    if (QPainter *painter = flow.painter())
        eventsMap.paint(*painter, rect, flow.pt(1));
    caption(flow, eventsMap.caption());
}

bool BriefingComposer::chronology(PageFlow &flow, const Progress &progress) const
{
    FlowTable table(flow,
                    {{QStringLiteral("Date"), 1.25},
                     {QStringLiteral("Place"), 1.35},
                     {QStringLiteral("What happened"), 4.1},
                     {QStringLiteral("Killed, injured"), 1.05},
                     {QStringLiteral("Source"), 0.55, Qt::AlignRight}});
    const QFont body = m_style.body();
    const QFont small = m_style.small();
    const QFont smallItalic = m_style.font(7.4, QFont::Normal, true);
    const DateInterval *previous = nullptr;
    for (qsizetype i = 0; i < m_data.events.size(); ++i) {
        const Event &event = m_data.events[i];
        if (!previous || !sameGroup(*previous, event.date))
            table.addGroup(BriefingFormat::groupTitle(event.date));
        previous = &event.date;

        Cell what {{event.summary, body, m_style.ink}};
        QString detail = eventTypeLabel(event.type);
        if (const QString actors = actorsOf(event); !actors.isEmpty())
            detail += QStringLiteral(" · ") + actors;
        if (event.reviewed)
            detail += QStringLiteral(" · reviewed");
        what.append({detail, small, m_style.muted});
        Cell date {{BriefingFormat::eventDate(event.date), small, m_style.ink}};
        if (!event.dateText.isEmpty())
            date.append({QStringLiteral("“%1”").arg(event.dateText), smallItalic, m_style.muted});
        table.addRow({date,
                      {{placesOf(event), small, m_style.ink}},
                      what,
                      {{BriefingFormat::casualties(event), small, m_style.ink}},
                      {{QStringLiteral("A%1").arg(m_data.articleNumber.value(event.articleId)), small, m_style.muted}}},
                     EventStyle::colour(event.type));
        if (progress && i % 50 == 49 && !progress(0.15 + 0.6 * double(i) / double(m_data.events.size())))
            return false;
    }
    table.finish(flow.pt(6));
    return true;
}

void BriefingComposer::annex(PageFlow &flow) const
{
    const QFont body = m_style.body();
    const QFont small = m_style.small();
    const QFont quoteFont = m_style.font(8.2, QFont::Normal, true);
    for (int a = 0; a < m_data.articles.size(); ++a) {
        const Article &article = m_data.articles[a];
        const QString title = QStringLiteral("A%1  %2").arg(a + 1).arg(
            article.title.isEmpty() ? QFileInfo(article.source).fileName() : article.title);
        QStringList facts;
        facts.append(article.outlet.isEmpty() ? QStringLiteral("Outlet not stated") : article.outlet);
        facts.append(article.referenceDate.isValid() ? QStringLiteral("dated %1 (%2)")
                                                           .arg(BriefingFormat::longDate(article.referenceDate),
                                                                BriefingFormat::dateSource(article))
                                                     : QStringLiteral("no date"));
        facts.append(article.url.isEmpty() ? article.source : article.url);
        const QString factLine = facts.join(QStringLiteral(" · "));
        const double titleHeight = flow.textHeight(title, m_style.bold(), flow.width());
        const double factHeight = flow.textHeight(factLine, small, flow.width());
        flow.ensure(titleHeight + factHeight + flow.pt(60));
        flow.paragraph(title, m_style.bold(), m_style.ink, flow.pt(1));
        flow.paragraph(factLine, small, m_style.muted, flow.pt(4));

        FlowTable table(flow, {{QStringLiteral("Event date"), 1.2}, {QStringLiteral("Source sentence"), 6.6}});
        for (const Event &event : m_data.events) {
            if (event.articleId != article.id)
                continue;
            table.addRow({{{BriefingFormat::eventDate(event.date), small, m_style.ink}},
                          {{QStringLiteral("“%1”").arg(m_data.quote(event)), quoteFont, m_style.ink}}},
                         EventStyle::colour(event.type));
        }
        table.finish(flow.pt(10));
    }
}

void BriefingComposer::method(PageFlow &flow) const
{
    const QStringList notes {
        QStringLiteral("Events were extracted automatically by Sitrep from the articles listed under Sources: what "
                       "happened, when, where, who took part and how many were reported killed or injured. Read the "
                       "quoted sentence before relying on an event."),
        QStringLiteral("Relative dates (\"on Tuesday\", \"last week\") were resolved against each article's reference "
                       "date, normally its publication date; the annex says where that date came from. A date column "
                       "marked week, month or year means the source gave no exact day."),
        QStringLiteral("Casualty figures are as reported and unverified. The totals add the figures of all events "
                       "shown, so an incident reported by several articles is counted once per report."),
        QStringLiteral("Places were resolved with an offline gazetteer (GeoNames) and drawn on Natural Earth outlines; "
                       "a name shared by several places may have been resolved to the wrong one."),
        QStringLiteral("Events marked \"reviewed\" were checked or corrected by a person; the others were not."),
    };
    // Bullets with a hanging indent: wrapped lines align with the text, not the bullet.
    const QFont body = m_style.body();
    const double indent = flow.pt(10);
    for (const QString &note : notes) {
        const QRectF rect = flow.take(flow.textHeight(note, body, flow.width() - indent));
        flow.drawText(rect, QStringLiteral("•"), body, m_style.accent);
        flow.drawText(rect.adjusted(indent, 0, 0, 0), note, body, m_style.ink);
        flow.advance(flow.pt(4));
    }
}

} // namespace Sitrep
