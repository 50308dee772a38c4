// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articleterms.h"

#include "store/statementcache.h"

namespace Sitrep::ArticleTerms {

namespace {

// Terms, each once, one per line: an article names the same few places in event after
// event, and every repeated character would be indexed again.
class Lines
{
public:
    void add(const QString &name)
    {
        if (name.isEmpty())
            return;
        for (const QString &known : m_names) {
            if (known.size() == name.size() && known == name)
                return;
        }
        m_names.append(name);
        if (!m_text.isEmpty())
            m_text += u'\n';
        m_text += name;
    }
    QString text() const { return m_text; }

private:
    QList<QString> m_names;
    QString m_text;
};

// A type's mark: the first and third letters of its id ("battle" bt, "riot" ro) between two characters
// no name has, two trigrams where the whole id would index a dozen. Should two types share a mark, a
// filter of one would read the other's articles too, and its exact match would leave their events out.
QString typeMark(EventType type)
{
    const QString id = eventTypeId(type);
    return QChar(u'\x01') + id.mid(0, 1) + id.mid(2, 1) + QChar(u'\x01');
}

// "kupiansk" -> "kup" AND "upi" AND "pia" AND "ian" AND "ans" AND "nsk": the index keeps which rows hold
// a trigram, not where, so a text is asked for as all of its trigrams.
QString allTrigramsOf(const QList<uint> &points)
{
    QStringList trigrams;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 3);
        trigram.replace(u'"', QStringLiteral("\"\""));
        trigrams << u'"' + trigram + u'"';
    }
    trigrams.removeDuplicates();
    return trigrams.join(QStringLiteral(" AND "));
}

Expected<void> failed(StatementCache &statements, const QString &message)
{
    return makeError(Error::Kind::Database, statements.database().databaseName(), message);
}

} // namespace

QString nameMatch(const QString &text)
{
    const QList<uint> points = text.trimmed().toUcs4();
    return points.size() < 3 ? QString() : allTrigramsOf(points);
}

QString typeMatch(const QList<EventType> &types)
{
    QStringList alternatives;
    for (EventType type : types)
        alternatives << u'(' + allTrigramsOf(typeMark(type).toUcs4()) + u')';
    return alternatives.join(QStringLiteral(" OR "));
}

QString textOf(const QList<Event> &events)
{
    Lines terms;
    quint32 types = 0; // a bit for each type met
    for (const Event &event : events) {
        for (const EventPlace &place : event.places) {
            terms.add(place.name);
            terms.add(place.canonicalName);
        }
        for (const EventActor &actor : event.actors)
            terms.add(actor.name);
        types |= 1u << int(event.type);
    }
    for (EventType type : allEventTypes) {
        if (types & (1u << int(type)))
            terms.add(typeMark(type));
    }
    return terms.text();
}

Expected<void> insert(StatementCache &statements, qint64 articleId, const QList<Event> &events)
{
    SqliteStatement *statement = statements.native("INSERT INTO article_terms (rowid, terms) VALUES (?, ?)");
    if (!statement)
        return failed(statements, statements.lastError());
    statement->bind(1, articleId);
    statement->bind(2, textOf(events));
    if (!statement->execute())
        return failed(statements, statement->lastError());
    return {};
}

Expected<void> refresh(StatementCache &statements, qint64 articleId)
{
    SqliteStatement *removal = statements.native("DELETE FROM article_terms WHERE rowid = ?");
    // As schema step 12 first wrote every row.
    SqliteStatement *insertion = statements.native(
        "INSERT INTO article_terms (rowid, terms) SELECT ?1, "
        "coalesce((SELECT group_concat(coalesce(json_extract(p.value, '$[0]'), '') || char(10) "
        "|| coalesce(json_extract(p.value, '$[1]'), ''), char(10)) FROM events e, json_each(e.places) p "
        "WHERE e.article_id = ?1), '') || char(10) "
        "|| coalesce((SELECT group_concat(coalesce(json_extract(a.value, '$[0]'), ''), char(10)) "
        "FROM events e, json_each(e.actors) a WHERE e.article_id = ?1), '') || char(10) "
        "|| coalesce((SELECT group_concat(mark, char(10)) FROM (SELECT DISTINCT char(1) || substr(type, 1, 1) || "
        "substr(type, 3, 1) || char(1) AS mark "
        "FROM events WHERE article_id = ?1)), '')");
    if (!removal || !insertion)
        return failed(statements, statements.lastError());
    removal->bind(1, articleId);
    if (!removal->execute())
        return failed(statements, removal->lastError());
    insertion->bind(1, articleId);
    if (!insertion->execute())
        return failed(statements, insertion->lastError());
    return {};
}

} // namespace Sitrep::ArticleTerms
