// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "events/eventlexicon.h"
#include "events/offsetspan.h"

#include <QList>
#include <QStringView>

// What kind of happening a stretch of text reports, from the words that signal happenings in it and
// where its date stands among them. ACLED's types plus diplomacy and statements.
namespace Sitrep::Events {

// The type of the happening the date at dateSpan dates (an empty dateSpan for a sentence without
// a date) in spanText, which starts at spanStart in the article; triggers are the lexicon's, with
// article offsets.
EventType typeFor(const QList<const Trigger *> &triggers, const Span &dateSpan, QStringView spanText,
                  qsizetype spanStart);

// "evidence from the Nairobi bombing", "in the aftermath of the Aug. 7 bombings", "bombing victims":
// an attack named as something already known is not what the sentence reports, unless the date
// names it ("the August 7 bombings in Africa") or the sentence tells what it did ("the blast ripped
// through", "the bombings killed 257").
bool isReferencedAttack(const Trigger &trigger, const Span &dateSpan, QStringView spanText, qsizetype spanStart);

// A word that reports something done ("clashed", "met") rather than a state of affairs.
bool isPastTense(QStringView word);

// The word before a verb at `verbStart`, inside `text`: "Gunmen" in "Gunmen killed".
QStringView wordBefore(QStringView text, qsizetype verbStart);

// Whether that word may be who did it: a word, and no auxiliary of the passive ("were killed").
bool mayBeTheAgent(QStringView wordBeforeVerb);

bool isViolent(EventType type);

} // namespace Sitrep::Events
