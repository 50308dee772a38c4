// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsetmap.h"

#include <algorithm>

namespace Sitrep {

OffsetMap OffsetMap::identity(qsizetype length)
{
    OffsetMap map;
    map.append(length, 0, length);
    return map;
}

void OffsetMap::append(qsizetype length, qsizetype originalStart, qsizetype originalLength)
{
    if (length <= 0)
        return;
    if (!m_runs.isEmpty()) {
        Run &last = m_runs.last();
        const bool lastOneToOne = last.textLength == last.originalLength;
        if (lastOneToOne && length == originalLength && last.originalStart + last.originalLength == originalStart) {
            last.textLength += length;
            last.originalLength += originalLength;
            return;
        }
    }
    m_runs.append(Run {textLength(), length, originalStart, originalLength});
}

qsizetype OffsetMap::runIndexForText(qsizetype textOffset) const
{
    // The last run starting at or before the offset.
    const auto it = std::upper_bound(m_runs.cbegin(), m_runs.cend(), textOffset,
                                     [](qsizetype offset, const Run &run) { return offset < run.textStart; });
    return it == m_runs.cbegin() ? 0 : qsizetype(it - m_runs.cbegin()) - 1;
}

qsizetype OffsetMap::toOriginal(qsizetype textOffset) const
{
    if (m_runs.isEmpty())
        return textOffset;
    const Run &run = m_runs.at(runIndexForText(textOffset));
    const qsizetype within = textOffset - run.textStart;
    if (within >= run.textLength)
        return run.originalStart + run.originalLength;
    if (run.textLength == run.originalLength)
        return run.originalStart + within;
    return run.originalStart;
}

OffsetMap::Range OffsetMap::toOriginal(Range text) const
{
    if (m_runs.isEmpty())
        return text;
    const qsizetype start = toOriginal(text.start);
    if (text.end <= text.start)
        return {start, start};
    const Run &run = m_runs.at(runIndexForText(text.end - 1));
    const qsizetype within = text.end - 1 - run.textStart;
    qsizetype end = run.originalStart + run.originalLength;
    if (run.textLength == run.originalLength && within < run.textLength)
        end = run.originalStart + within + 1;
    return {start, std::max(start, end)};
}

qsizetype OffsetMap::toText(qsizetype originalOffset) const
{
    // Runs are in text order and, for every extractor here, in original order too.
    const auto it =
        std::lower_bound(m_runs.cbegin(), m_runs.cend(), originalOffset, [](const Run &run, qsizetype offset) {
            return run.originalStart + run.originalLength <= offset;
        });
    if (it == m_runs.cend())
        return textLength();
    if (originalOffset <= it->originalStart)
        return it->textStart;
    if (it->textLength == it->originalLength)
        return it->textStart + (originalOffset - it->originalStart);
    return it->textStart;
}

OffsetMap OffsetMap::slice(qsizetype start, qsizetype end) const
{
    OffsetMap sliced;
    if (end <= start || m_runs.isEmpty())
        return sliced;
    for (qsizetype i = runIndexForText(start); i < m_runs.size(); ++i) {
        const Run &run = m_runs.at(i);
        if (run.textStart >= end)
            break;
        const qsizetype from = std::max(start, run.textStart);
        const qsizetype to = std::min(end, run.textStart + run.textLength);
        if (to <= from)
            continue;
        if (run.textLength == run.originalLength)
            sliced.append(to - from, run.originalStart + (from - run.textStart), to - from);
        else
            sliced.append(to - from, run.originalStart, run.originalLength);
    }
    return sliced;
}

void OffsetMap::shiftOriginal(qsizetype by)
{
    for (Run &run : m_runs)
        run.originalStart += by;
}

void TextBuilder::appendCopied(QStringView text, qsizetype originalStart)
{
    m_text.append(text);
    m_map.append(text.size(), originalStart, text.size());
}

void TextBuilder::appendReplaced(QStringView text, qsizetype originalStart, qsizetype originalLength)
{
    m_text.append(text);
    m_map.append(text.size(), originalStart, originalLength);
}

void TextBuilder::appendReplaced(QChar c, qsizetype originalStart, qsizetype originalLength)
{
    appendReplaced(QStringView(&c, 1), originalStart, originalLength);
}

void TextBuilder::trimTrailingWhitespace()
{
    qsizetype keep = m_text.size();
    while (keep > 0 && (m_text.at(keep - 1) == QLatin1Char(' ') || m_text.at(keep - 1) == QLatin1Char('\n')))
        --keep;
    if (keep == m_text.size())
        return;
    m_text.truncate(keep);
    OffsetMap trimmed;
    for (const OffsetMap::Run &run : m_map.runs()) {
        if (run.textStart >= keep)
            break;
        const qsizetype length = std::min(run.textLength, keep - run.textStart);
        if (length == run.textLength)
            trimmed.append(run.textLength, run.originalStart, run.originalLength);
        else if (run.textLength == run.originalLength)
            trimmed.append(length, run.originalStart, length);
        else
            trimmed.append(length, run.originalStart, run.originalLength);
    }
    m_map = std::move(trimmed);
}

} // namespace Sitrep
