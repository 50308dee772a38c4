// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Sitrep {

// Maps offsets in an article's plain text back to offsets in the original it was extracted from
// (both in UTF-16 code units), so the source pane can highlight a sentence in the original layout.
// Stored as runs: a run whose two lengths are equal maps character by character; any other run
// (a decoded entity, collapsed whitespace, a joined hyphenated line) maps as a whole.
class OffsetMap final
{
public:
    struct Run
    {
        qsizetype textStart = 0;
        qsizetype textLength = 0;
        qsizetype originalStart = 0;
        qsizetype originalLength = 0;

        friend bool operator==(const Run &, const Run &) = default;
    };

    struct Range
    {
        qsizetype start = 0;
        qsizetype end = 0; // exclusive

        friend bool operator==(const Range &, const Range &) = default;
    };

    static OffsetMap identity(qsizetype length);

    // Appends a run; adjacent one-to-one runs that continue each other merge.
    void append(qsizetype length, qsizetype originalStart, qsizetype originalLength);

    // Where the character at textOffset came from; an offset at the end maps to the end of the last run.
    qsizetype toOriginal(qsizetype textOffset) const;
    // The original span that produced text [start, end).
    Range toOriginal(Range text) const;
    // The runs for text [start, end), rebased so that start becomes 0.
    OffsetMap slice(qsizetype start, qsizetype end) const;
    // Runs shifted by a number of original units (when the original is embedded in a larger one).
    void shiftOriginal(qsizetype by);

    // The first text offset produced at or after originalOffset.
    qsizetype toText(qsizetype originalOffset) const;

    qsizetype textLength() const { return m_runs.isEmpty() ? 0 : m_runs.last().textStart + m_runs.last().textLength; }
    const QList<Run> &runs() const { return m_runs; }
    bool isEmpty() const { return m_runs.isEmpty(); }

    friend bool operator==(const OffsetMap &, const OffsetMap &) = default;

private:
    qsizetype runIndexForText(qsizetype textOffset) const;

    QList<Run> m_runs;
};

// Builds plain text and its offset map together.
class TextBuilder final
{
public:
    explicit TextBuilder(qsizetype reserve = 0) { m_text.reserve(reserve); }

    // Text copied unchanged from original[originalStart, originalStart + text.size()).
    void appendCopied(QStringView text, qsizetype originalStart);
    // Text that stands for original[originalStart, originalStart + originalLength) as a whole.
    void appendReplaced(QStringView text, qsizetype originalStart, qsizetype originalLength);
    void appendReplaced(QChar c, qsizetype originalStart, qsizetype originalLength);

    const QString &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }
    bool endsWith(QChar c) const { return !m_text.isEmpty() && m_text.back() == c; }
    // Removes trailing spaces and newlines (and their runs).
    void trimTrailingWhitespace();

    QString takeText() { return std::move(m_text); }
    OffsetMap takeMap() { return std::move(m_map); }

private:
    QString m_text;
    OffsetMap m_map;
};

} // namespace Sitrep
