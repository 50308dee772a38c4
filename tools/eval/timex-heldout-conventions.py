#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Applies the TimeBank span and value conventions to a helper-written battery before it is committed.

No span crosses "on" or "at" (a clock and its day become two expressions, the clock keeping the full value);
"the afternoon of 2 April" is the date alone; decades and centuries are written as TimeBank writes them (PXE,
P70Y); clocks carry no zone; midnight is T24:00 of the day it ends; a range of weekdays ("Monday to Wednesday") is
two expressions; "over the past year" is the DATE of the year before the DCT's; a clock and its day with only a space
between ("10 p.m. Wednesday", "7am today") are one TIME; a fiscal year is the year it is named for (FY1998 is 1998).
Every other value is left as the helper fixed it.
Usage: tools/eval/timex-heldout-conventions.py EXPECTED_IN DOCS OUT
"""
import datetime
import json
import re
import sys

CLOCK = re.compile(r"^(about |around |shortly after |just before )?(\d|noon|midnight|midday|12 noon)", re.I)
PART_OF_DATE = re.compile(r"^(the (morning|afternoon|evening|night) of) (.+)$", re.I)


def expression(text, start, end, kind, value, required):
    return dict(start=start, end=end, text=text[start:end], type=kind, value=value, required=required)


def split_on_preposition(g, text):
    """'10am on Tuesday 4 March' -> TIME '10am' (full value) + DATE 'Tuesday 4 March'; None when not such a span."""
    joint = re.search(r" (on|at) ", g["text"])
    if not joint or g["type"] != "TIME":
        return None
    left_end = g["start"] + joint.start()
    right_start = g["start"] + joint.end()
    day = g["value"][:10]
    if CLOCK.match(g["text"][: joint.start()]):
        return [expression(text, g["start"], left_end, "TIME", g["value"], g["required"]),
                expression(text, right_start, g["end"], "DATE", day, g["required"])]
    return [expression(text, g["start"], left_end, "DATE", day, g["required"]),
            expression(text, right_start, g["end"], "TIME", g["value"], g["required"])]


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_RANGE = re.compile(r"^(?:from |between )?(%s)(?:,)? (?:to|through|until|till|and|-) (%s)$"
                           % ("|".join(WEEKDAYS), "|".join(WEEKDAYS)), re.I)
PAST_PERIOD = re.compile(r"^(?:over |in |for |during )?(the (?:past|last) (year|month))$", re.I)


def split_weekday_range(g, text):
    """'Monday to Wednesday' -> 'Monday' (the value given) + 'Wednesday' (the first such day after it)."""
    match = WEEKDAY_RANGE.match(g["text"])
    if not match or not re.match(r"^\d{4}-\d\d-\d\d$", g["value"]):
        return None
    first = datetime.date.fromisoformat(g["value"])
    forward = (WEEKDAYS.index(match.group(2).lower()) - first.weekday()) % 7 or 7
    return [expression(text, g["start"] + match.start(1), g["start"] + match.end(1), "DATE", g["value"],
                       g["required"]),
            expression(text, g["start"] + match.start(2), g["start"] + match.end(2), "DATE",
                       (first + datetime.timedelta(days=forward)).isoformat(), g["required"])]


def past_period_as_date(g, text, dct):
    """'over the past year' as TimeBank writes it: the DATE of the calendar year (or month) before the DCT's."""
    match = PAST_PERIOD.match(g["text"])
    if not match or g["type"] != "DURATION" or g["value"] not in ("P1Y", "P1M"):
        return None
    day = datetime.date.fromisoformat(dct)
    value = str(day.year - 1) if match.group(2).lower() == "year" else (
        "%04d-%02d" % ((day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)))
    return [expression(text, g["start"] + match.start(1), g["end"], "DATE", value, g["required"])]


CLOCK_DAY_GAP = re.compile(r"^,? +$")
DAY_WORDS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|"
                       r"this (morning|afternoon|evening)|that (day|night|morning|afternoon|evening)|"
                       r"the (next|following|same) (day|morning|afternoon|evening|night))\b", re.I)


def merge_clock_and_day(timexes, text):
    """'10 p.m. Wednesday', '7am today' as TimeBank writes them: one TIME, the clock's value, when nothing but a space
    (or a comma) stands between a clock and the day it is on; a day the story counts ('8am the next day', '11 a.m. the
    same day') is such a day too."""
    merged, changes = [], 0
    for g in sorted(timexes, key=lambda g: (g["start"], g["end"])):
        last = merged[-1] if merged else None
        if (last and last["type"] == "TIME" and re.match(r"^\d{4}-\d\d-\d\dT\d", last["value"])
                and g["value"][:10] == last["value"][:10] and CLOCK_DAY_GAP.match(text[last["end"]:g["start"]])
                and DAY_WORDS.search(g["text"]) and not DAY_WORDS.search(last["text"])
                and not re.search(r"\b(later|earlier|ago)\b", g["text"], re.I)):
            merged[-1] = expression(text, last["start"], g["end"], "TIME", last["value"],
                                    last["required"] or g["required"])
            changes += 1
            continue
        merged.append(g)
    return merged, changes


def timebank_value(g):
    value = g["value"].replace("PXDE", "PXE").replace("PXCE", "PXC")
    # (TimeBank writes a fiscal year as the year it is named for: "fiscal 1989" is 1989)
    value = re.sub(r"^FY(\d{4})", r"\1", value)
    # (TimeBank writes a clock without its zone: "0735 GMT" is T07:35)
    value = re.sub(r"^(\d{4}-\d\d-\d\dT\d\d(:\d\d)?)Z$", r"\1", value)
    midnight = re.match(r"^(\d{4}-\d\d-\d\d)T00:00$", value)
    if midnight and "midnight" in g["text"].lower():
        day = datetime.date.fromisoformat(midnight.group(1)) - datetime.timedelta(days=1)
        value = day.isoformat() + "T24:00"
    for unit, years in (("DE", 10), ("CE", 100)):
        counted = re.match(r"^P(\d+)" + unit + "$", value)
        if counted:
            value = "P%dY" % (years * int(counted.group(1)))
    return value


def main(source, docs_path, target):
    docs = {d["id"]: d for d in (json.loads(line) for line in open(docs_path))}
    lines, changes = [], 0
    for line in open(source):
        doc = json.loads(line)
        text = docs[doc["id"]]["text"]
        converted = []
        for g in doc["timexes"]:
            split = split_weekday_range(g, text) or past_period_as_date(g, text, docs[doc["id"]]["dct"])
            if split:
                converted.extend(split)
                changes += 1
                continue
            part = PART_OF_DATE.match(g["text"])
            if part and g["type"] == "TIME":
                start = g["start"] + len(part.group(1)) + 1
                converted.append(expression(text, start, g["end"], "DATE", g["value"][:10], g["required"]))
                changes += 1
                continue
            split = split_on_preposition(g, text)
            if split:
                converted.extend(split)
                changes += 1
                continue
            value = timebank_value(g)
            changes += value != g["value"]
            converted.append(dict(g, value=value))
        converted, joined = merge_clock_and_day(converted, text)
        changes += joined
        for g in converted:
            assert text[g["start"]:g["end"]] == g["text"], g
        doc["timexes"] = sorted(converted, key=lambda g: (g["start"], g["end"]))
        lines.append(json.dumps(doc))
    with open(target, "w") as out:
        out.write("\n".join(lines) + "\n")
    print("%s: %d expressions changed" % (source, changes))


if __name__ == "__main__":
    main(*sys.argv[1:4])
