// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrows.h"

#include "store/statementcache.h"

#include <algorithm>
#include <limits>

namespace Sitrep {
namespace {

// The ids as a JSON array, which SQLite's json_each turns back into rows: one statement indexes
// any number of them.
QString jsonArray(const QList<qint64> &ids)
{
    QString json;
    json.reserve(ids.size() * 8 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids[i]);
    }
    json += QLatin1Char(']');
    return json;
}

Expected<void> run(StatementCache &statements, const QString &sql, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery *query = statements.prepared(sql);
    if (!query)
        return makeError(Error::Kind::Database, statements.database().databaseName(), statements.lastError());
    query->addBindValue(jsonArray(ids));
    if (!query->exec())
        return makeError(Error::Kind::Database, statements.database().databaseName(), query->lastError().text());
    return {};
}

// Characters that end a word for FTS5's unicode61 tokenizer whatever its version: white space and
// ASCII punctuation and symbols. Anything else may continue a word.
bool endsAWord(QChar c)
{
    if (c.isSpace())
        return true;
    const char16_t unit = c.unicode();
    return unit < 0x80 && unit > 0x20 && !c.isLetterOrNumber() && unit != 0x7f;
}

// White space the tokenizer certainly takes as a separator, as QString::simplified() takes it.
bool isPlainSpace(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'\r':
    case u'\v':
    case u'\f':
    case 0x00a0:
    case 0x2028:
    case 0x2029:
    case 0x3000:
        return true;
    default:
        return c.unicode() >= 0x2000 && c.unicode() <= 0x200a;
    }
}

// Whether the block is printable ASCII without two spaces in a row (nor a space first after one):
// text that SummaryCoverage copies as it is. One pass without early exits, which the compiler
// vectorises.
constexpr qsizetype plainBlock = 32;
bool isPlainBlock(const char16_t *block, bool spaceBefore)
{
    unsigned special = unsigned(spaceBefore) & unsigned(block[0] == u' ');
    for (qsizetype k = 0; k < plainBlock; ++k)
        special |= unsigned(char16_t(block[k] - u' ') > char16_t(0x7e - u' '));
    for (qsizetype k = 1; k < plainBlock; ++k)
        special |= unsigned(block[k] == u' ') & unsigned(block[k - 1] == u' ');
    return special == 0;
}

} // namespace

SummaryCoverage::SummaryCoverage(const QString &articleText)
    : m_articleSize(articleText.size())
{
    // A summary is a clause of the text with its white space made single spaces (simplified()): the
    // text is compared the same way, unless it holds white space that the tokenizer might not split on.
    const qsizetype size = articleText.size();
    if (size > std::numeric_limits<qint32>::max()) {
        m_usable = false;
        return;
    }
    m_text = QString(size, Qt::Uninitialized);
    const char16_t *in = reinterpret_cast<const char16_t *>(articleText.constData());
    char16_t *out = reinterpret_cast<char16_t *>(m_text.data());
    const char16_t *const outStart = out;
    bool spaceBefore = true; // drops leading white space
    for (qsizetype i = 0; i < size;) {
        // Most of a text is printable ASCII with single spaces between words, which it keeps as it is:
        // copied a block at a time while the blocks are so, and else run by run.
        if (size - i >= plainBlock && isPlainBlock(in + i, spaceBefore)) {
            std::copy(in + i, in + i + plainBlock, out);
            out += plainBlock;
            i += plainBlock;
            spaceBefore = in[i - 1] == u' ';
            continue;
        }
        qsizetype end = i;
        if (!spaceBefore || in[i] != u' ') {
            char16_t previous = spaceBefore ? u' ' : u'x';
            while (end < size && in[end] >= u' ' && in[end] < 0x7f && !(in[end] == u' ' && previous == u' '))
                previous = in[end++];
        }
        if (end > i) {
            std::copy(in + i, in + end, out);
            out += end - i;
            spaceBefore = in[end - 1] == u' ';
            i = end;
            continue;
        }
        const QChar c(in[i]);
        if (c.isSpace()) {
            if (!isPlainSpace(c)) {
                m_usable = false;
                m_text.clear();
                m_dropped.clear();
                return;
            }
            if (spaceBefore)
                m_dropped.append(qint32(i));
            else
                *out++ = u' ';
            spaceBefore = true;
        } else {
            *out++ = c.unicode();
            spaceBefore = false;
        }
        ++i;
    }
    if (spaceBefore && out != outStart)
        --out; // the trailing space
    m_text.truncate(out - outStart);
}

qsizetype SummaryCoverage::textIndexOf(qsizetype articleIndex) const
{
    // Every character before articleIndex that m_text keeps comes before it there too.
    const auto droppedBefore =
        std::lower_bound(m_dropped.cbegin(), m_dropped.cend(), articleIndex) - m_dropped.cbegin();
    return articleIndex - droppedBefore;
}

bool SummaryCoverage::covers(const QString &summary, qsizetype near) const
{
    if (!m_usable)
        return false;
    // A long summary ends in an ellipsis, which separates words; the word before it may be cut,
    // which the check of its end catches.
    QStringView clause(summary);
    if (clause.endsWith(u'\u2026'))
        clause.chop(1);
    if (clause.isEmpty())
        return true; // no word to find
    const qsizetype hint = near > 0 && m_articleSize > 0 ? textIndexOf(qMin(near, m_articleSize - 1)) : 0;
    return occursFrom(clause, hint) || (hint > 0 && occursFrom(clause, 0));
}

bool SummaryCoverage::occursFrom(QStringView clause, qsizetype from) const
{
    // The summary's first letter was made a capital; only ASCII letters are matched either way,
    // since they alone fold to the same word with certainty.
    const QChar first = clause.front();
    const QChar lowerFirst = first.unicode() < 0x80 ? first.toLower() : first;
    const QStringView rest = clause.mid(1);
    // Whether the summary starts at `at`, given that its text after the first letter does.
    const auto startsAt = [&](qsizetype at) {
        const QChar start = m_text.at(at);
        if (start != first && start != lowerFirst)
            return false;
        const qsizetype end = at + clause.size();
        const bool startsAWord = at == 0 || endsAWord(m_text.at(at - 1)) || endsAWord(start);
        const bool endsItsWord = end == m_text.size() || endsAWord(m_text.at(end)) || endsAWord(clause.back());
        return startsAWord && endsItsWord;
    };
    from = qMax<qsizetype>(from, 0);
    // Most summaries start where their sentence does: looked for there before anywhere after it.
    if (from + clause.size() <= m_text.size() && QStringView(m_text).sliced(from + 1, rest.size()) == rest
        && startsAt(from))
        return true;
    for (++from;;) {
        const qsizetype restAt = m_text.indexOf(rest, from);
        if (restAt < 0)
            return false;
        from = restAt + 1;
        if (startsAt(restAt - 1)) // where the summary would start
            return true;
    }
}

void PendingSearchRows::clear()
{
    m_articles.clear();
    m_events.clear();
}

Expected<void> PendingSearchRows::index(StatementCache &statements)
{
    auto articles = run(statements,
                        QStringLiteral("INSERT INTO article_search (rowid, title, body) SELECT id, title, body "
                                       "FROM articles WHERE id IN (SELECT value FROM json_each(?))"),
                        m_articles);
    if (!articles)
        return articles;
    auto events = run(statements,
                      QStringLiteral("INSERT INTO event_search (rowid, summary) SELECT id, summary FROM events "
                                     "WHERE id IN (SELECT value FROM json_each(?))"),
                      m_events);
    if (!events)
        return events;
    clear();
    return {};
}

} // namespace Sitrep
