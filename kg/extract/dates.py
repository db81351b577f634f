"""Dates: absolute dates in both languages and month systems, and relative expressions.

`find_dates()` returns every date expression of a span: absolute ("4 December 2013",
"Jan. 16, 2013", "16 كانون الثاني 2013", "4/12/2013") or relative ("on Wednesday", "the same day",
"a day after", "يوم الأربعاء", "في نفس اليوم"). `resolve()` turns a relative one into a date given
the document's anchor date and the date of the event being told.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon
from kg.extract.view import TextView
from kg.model import Lang


@dataclass(frozen=True)
class DateRef:
    begin: int
    end: int
    date: dt.date | None = None  # an absolute date
    relative: str = ""  # same-day | next-day | previous-day | today | yesterday | weekday
    weekday: int | None = None
    year_given: bool = True
    days: int = 1  # for next-day and previous-day: how many days
    named_from: bool = False  # counted from an event the phrase names ("a day after the bombing")
    past: bool = False  # told as gone by, without its year: "24 تشرين الأول/أكتوبر الماضي"
    last: dt.date | None = None  # the last day of days told as a range: "11 and 12 August 2016"
    settled: bool = False  # told without its year in a text written after its events (no filing day):
    # the story's year, even when the day lies after the anchor ("On 19 May" on a page dated 11 May 1972)


_PATTERNS: dict[Lang, list[tuple[re.Pattern, str]]] = {}
# a sentence opening on a year: "In 2012, ...", "By 2016, ...", "وفي عام 2012،" (the text or its folded view)
FRONTED_YEAR = re.compile(r"\W*(?:(?:In|By|During)\s+(?:(?:early|late|mid-?)\s*)?|[وف]?(?:في|خلال)\s+(?:(?:عام|العام|سنة|سنه)\s+)?)"
                          r"(?P<y>(?:19|20)\d\d)(?!\d)\s*[,،]", re.I)
BARE_YEAR = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)(?![\w/-])")  # "in 2015", "the 1998 bombings"


def _patterns(lexicon: Lexicon) -> list[tuple[re.Pattern, str]]:
    if lexicon.lang in _PATTERNS:
        return _PATTERNS[lexicon.lang]
    names = sorted({lexicon.fold(m) for m in lexicon.words("dates.months")}, key=len, reverse=True)
    months_bare = "(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) + ")"
    day = r"(?P<d>[0-3]?\d)"
    year = r"(?P<y>(?:19|20)\d\d)"
    # a second name of the same month: "آذار/مارس", "يونيو حزيران"
    months_bare = rf"{months_bare}(?:\s*/\s*{months_bare}|\s+{months_bare})?"
    found = [
        (re.compile(rf"(?P<y2>(?:19|20)\d\d)[-/](?P<mm2>[01]?\d)[-/](?P<dd2>[0-3]?\d)(?!\d)"), "iso"),
        # a night or days told as a range are dated by their first day: "13–14 August 2017",
        # "the night of 13 to 14 August 2017", "August 13-14, 2017", "ليلة 13 و14 آب 2017",
        # "ليلة 22 إلى 23 سبتمبر 1997"
        (re.compile(rf"(?<!\d){day}\s*(?:[–-]|to|and|و|إلى|الى|الي)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{months_bare})\.?\s*,?\s*"
                    rf"(?:عام\s+|سنة\s+)?{year}(?!\d)", re.I), "dmy"),
        (re.compile(rf"(?<![\w])(?P<m>{months_bare})\.?\s+{day}\s*(?:[–-]|to|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s*,?\s+{year}(?!\d)", re.I), "mdy"),
        (re.compile(rf"(?<!\d){day}(?:st|nd|rd|th)?\s*(?:of\s+)?(?P<m>{months_bare})\.?\s*,?\s*(?:عام\s+|سنة\s+|من\s+عام\s+)?{year}(?!\d)", re.I), "dmy"),
        (re.compile(rf"(?<![\w])(?P<m>{months_bare})\.?\s+{day}(?:st|nd|rd|th)?\s*,?\s+{year}(?!\d)", re.I), "mdy"),
        # day first, as most of the world writes it ("4/12/2013", "12-11-2020", "12.11.2020"); month
        # first only when the day cannot be a month ("11/25/2020")
        (re.compile(rf"(?<![\d.-])(?P<dd3>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<mm3>[0-3]?\d)\s*(?P=sep)\s*(?P<y3>(?:19|20)\d\d)(?!\d)"), "slash"),
        # (not "on 19 June 25 guests were killed": a day before the month is its own)
        (re.compile(rf"(?<![\w])(?<!\d\s)(?P<m>{months_bare})\.?\s+{day}(?:st|nd|rd|th)?(?![\d\w])", re.I), "md"),
        (re.compile(rf"(?<!\d){day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{months_bare})(?![\w])", re.I), "dm"),
    ]
    ordinals = _ordinal_days(lexicon)
    if ordinals:
        # a day told as an ordinal word: "التاسع من أبريل", "الحادي عشر من أيار/مايو الماضي"
        words = sorted(ordinals, key=len, reverse=True)
        said = "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"
        ordinal = rf"(?<![\w])(?P<dw>{said})\s+من\s+(?:شهر\s+)?(?P<m>{months_bare})"
        found[-2:-2] = [
            (re.compile(rf"{ordinal}\s*,?\s*(?:عام\s+|سنة\s+|من\s+عام\s+)?{year}(?!\d)"), "wdmy"),
            (re.compile(rf"{ordinal}(?![\w])"), "wdm"),
        ]
    _PATTERNS[lexicon.lang] = found
    return found


def find_dates(view: TextView, begin: int, end: int, lexicon: Lexicon, *, year: int | None = None,
               year_told: int | None = None) -> list[DateRef]:
    """The dates of a span; `year` is the story's, for days told without one; `year_told` the year
    the text spoke of last, for a day "that year"."""
    vb, ve = view.window(begin, end)
    months = {lexicon.fold(k): v for k, v in lexicon.get("dates.months").items()}
    taken: list[tuple[int, int]] = []
    out: list[DateRef] = []
    for regex, kind in _patterns(lexicon):
        for match in regex.finditer(view.text, vb, ve):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            if kind.startswith("wd") and not _ordinal_day_told(view.text, match.start(), lexicon):
                continue  # "الأسبوع الأول من أيار": the first week, not the first day
            date = _absolute(match, kind, months, year, lexicon)
            if date is None:
                continue
            span, year_given, past_told = match.span(), kind not in ("md", "dm", "wdm"), False
            if not year_given:
                after = _COMMA.match(view.text, match.end()).end()
                last = _list_regex(lexicon, "dates.last_year").match(view.text, after)
                past = _list_regex(lexicon, "dates.past").match(view.text, after)
                same = _list_regex(lexicon, "dates.that_year").match(view.text, after)
                told = [r.date for r in out if r.date is not None and r.year_given and r.begin < match.start()]
                # "in 2015: on May 22 that year": a year told bare before the day, in its sentence
                bare = [int(y) for y in BARE_YEAR.findall(view.text, vb, match.start())]
                if last is not None:  # "On August 8 last year"
                    date, year_given, span = _year_before(date), True, (match.start(), last.end())
                elif same is not None and (told or bare or year_told):  # "On March 4, 2003, ..., and on April 2 that year"
                    that = told[-1].year if told else bare[-1] if bare else year_told
                    date, year_given, span = _in_year(date, that), True, (match.start(), same.end())
                elif past is not None:  # "يوم 23 أيار/مايو الماضي": the last of that day, told as such
                    year_given, past_told, span = True, True, (match.start(), past.end())
                elif told:  # "On Jan. 10, 2013, ... and on Feb. 16, a bomb ...": the year just told
                    date, year_given = _in_year(date, told[-1].year), True
                elif bare and (fronted := FRONTED_YEAR.match(view.text, vb, match.start())) is not None:
                    # "In 2012, a wave of car bombs struck Baghdad on July 23": the year the sentence opens on
                    date, year_given = _in_year(date, int(fronted.group("y"))), True
            taken.append(span)
            ob, oe = view.span(*span)
            out.append(DateRef(ob, oe, date=date, year_given=year_given, past=past_told, last=_last_day(match, date)))
    if year is not None:  # feasts of a fixed day: "On Christmas Day", the last one before the story
        holidays = {lexicon.fold(k): v for k, v in lexicon.get("dates.holidays").items()}
        for match in _list_regex(lexicon, "dates.holidays").finditer(view.text, vb, ve):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            month, day = holidays[re.sub(r"\s+", " ", lexicon.fold(match.group()).lower())]
            told = _HOLIDAY_YEAR.match(view.text, match.end())  # "On Christmas Eve 2010"
            span = (match.start(), told.end()) if told else match.span()
            taken.append(span)
            ob, oe = view.span(*span)
            out.append(DateRef(ob, oe, date=dt.date(int(told.group(1)) if told else year, month, day),
                               year_given=told is not None))
    for relative in ("day_after", "days_later", "same_day", "next_day", "previous_day", "yesterday", "today"):
        regex = _list_regex(lexicon, f"dates.{relative}")
        for match in regex.finditer(view.text, vb, ve):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            if relative == "same_day" and _CLOCK_AFTER.match(view.text, match.end()):
                continue  # "Shortly after two in the afternoon": a time of the day told, not a day
            if relative == "day_after" and _FOR_A_WHILE.search(view.text, max(0, match.start() - 8), match.start()):
                continue  # "voting was postponed for a week after ... on Thursday": how long, not which day
            if (relative == "previous_day" and match.group().lower().endswith("before")
                    and _BEFORE_AN_EVENT.match(view.text, match.end())):
                continue  # "on the night before the Oslo Pride parade", "a day before Obama's envoy was due": another event's
            if relative == "day_after" and _EACH_OTHER.match(view.text, match.end()):
                continue  # "two bombings were carried out within hours of each other": no day of its own
            if relative == "day_after" and _VAGUE_SPAN.search(view.text, max(0, match.start() - 15), match.start()):
                continue  # "came less than a week after gunmen ambushed ... on March 15": no day counted
            taken.append(match.span())
            ob, oe = view.span(*match.span())
            kind = relative.replace("_", "-")
            days = 1
            if relative == "days_later":
                kind, days = "next-day", _days_told(lexicon, "dates.days_later", match.group())
            if relative == "day_after":
                told_here = _INDEFINITE.match(view.text, match.end()) or (
                    lexicon.lang is Lang.EN and _WORD_NEXT.match(view.text, match.end())
                    and not _DEFINITE_EN.match(view.text, match.end()))  # "three days after twin bombings"
                kind = "previous-day" if told_here else "next-day"
                days = _days_told(lexicon, "dates.day_after", match.group())
            out.append(DateRef(ob, oe, relative=kind, days=days, named_from=relative == "day_after"))
    weekdays = {lexicon.fold(k): v for k, v in lexicon.get("dates.weekdays").items()}
    regex = _list_regex(lexicon, "dates.weekdays")
    for match in regex.finditer(view.text, vb, ve):
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        word = _strip_arabic_clitics(match.group().lower(), weekdays)
        if word is None:
            continue
        taken.append(match.span())
        ob, oe = view.span(*match.span())
        # "يوم الخميس الماضي", "last Thursday": a week back, when the story is told on that weekday
        gone = (_list_regex(lexicon, "dates.past").match(view.text, _COMMA.match(view.text, match.end()).end()) is not None
                if lexicon.lang is Lang.AR else _LAST_BEFORE.search(view.text, max(vb, match.start() - 6), match.start()) is not None)
        out.append(DateRef(ob, oe, relative="weekday", weekday=weekdays[word], past=gone))
    return sorted(out, key=lambda r: r.begin)


_LISTS: dict[tuple[Lang, str], re.Pattern] = {}
_BEFORE_AN_EVENT = re.compile(r"\s+(?!(?:and|or|but|when|as|while|that|last|yesterday)\b)[A-Za-z]")
_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)


def _days_told(lexicon: Lexicon, path: str, phrase: str) -> int:
    """How many days a phrase of a lexicon table counts ("two days later" -> 2)."""
    table = {lexicon.fold(k): v for k, v in lexicon.get(path).items()}
    return int(table.get(re.sub(r"\s+", " ", phrase.lower()).lstrip("وف"), 1))

_HOLIDAY_YEAR = re.compile(r"\s*,?\s*(?:(?:of|عام|سنة)\s+)?((?:19|20)\d\d)(?!\d)")
# "for" before "a week after" tells how long, not which day
_FOR_A_WHILE = re.compile(r"\bfor\s+$", re.I)
_VAGUE_SPAN = re.compile(r"\b(?:less|more)\s+than\s+$", re.I)
_EACH_OTHER = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.I)
# an event told right after "a day after": an indefinite noun phrase or a clause
# (in English, any event not named as one told already: not "a day after the bombing")
_WORD_NEXT = re.compile(r"\s+\w")
_CLOCK_AFTER = re.compile(r"\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:o['’]clock|in\s+the|a\.?m|p\.?m)|noon|midday|dawn|daybreak|sunrise|sunset|dusk|nightfall)", re.I)
_DEFINITE_EN = re.compile(r"\s+(?:the|this|that|these|those|his|her|its|their|which|it|they|he|she|we|i|being|having)\b", re.I)
_INDEFINITE = re.compile(r"\s+(?:a|an|another|two|three|four|five|\d+|gunmen|militants|suicide|انتحاري|مسلحين|مسلحون|انفجار|تفجير|هجوم|سقوط|اطلاق|مقتل|اغتيال)\b", re.I)


def _list_regex(lexicon: Lexicon, path: str) -> re.Pattern:
    key = (lexicon.lang, path)
    if key not in _LISTS:
        _LISTS[key] = re.compile(lexicon.alternation(lexicon.words(path)), re.I)
    return _LISTS[key]


def _strip_arabic_clitics(word: str, table: dict[str, int]) -> str | None:
    if word in table:
        return word
    for cut in range(1, 4):
        if word[cut:] in table:
            return word[cut:]
        if ("ال" + word[cut:]) in table:
            return "ال" + word[cut:]
    return None


def _absolute(match: re.Match, kind: str, months: dict, year: int | None, lexicon: Lexicon) -> dt.date | None:
    try:
        if kind == "iso":
            return dt.date(int(match["y2"]), int(match["mm2"]), int(match["dd2"]))
        if kind == "slash":
            day, month = int(match["dd3"]), int(match["mm3"])
            if month > 12 >= day:
                day, month = month, day
            return dt.date(int(match["y3"]), month, day)
        month_word = re.sub(r"\s+", " ", re.split(r"\s*/\s*", match["m"])[0].lower().rstrip("."))
        month = months.get(month_word)
        if month is None:
            month = months.get(_strip_prefix(month_word, months))
        if month is None:  # two names of the month ("أبريل نيسان", "كانون الأول ديسمبر"): the first
            month = next((months[m] for m in sorted(months, key=len, reverse=True) if month_word.startswith(m + " ")), None)
        if month is None:
            return None
        y = int(match["y"]) if kind in ("dmy", "mdy", "wdmy") else year
        if y is None:
            return None
        if kind.startswith("wd"):
            return dt.date(y, int(month), _ordinal_days(lexicon)[re.sub(r"\s+", " ", match["dw"])])
        return dt.date(y, int(month), int(match["d"]))
    except (ValueError, TypeError):
        return None


_COMMA = re.compile(r"\s*,?\s*")
_ORDINAL_DAYS: dict[Lang, dict[str, int]] = {}


def _ordinal_days(lexicon: Lexicon) -> dict[str, int]:
    """The folded ordinal day words of the language and their days (none in English)."""
    if lexicon.lang not in _ORDINAL_DAYS:
        table = lexicon.data.get("dates", {}).get("ordinal_days", {})
        _ORDINAL_DAYS[lexicon.lang] = {re.sub(r"\s+", " ", lexicon.fold(k)): int(v) for k, v in table.items()}
    return _ORDINAL_DAYS[lexicon.lang]


def _ordinal_day_told(text: str, begin: int, lexicon: Lexicon) -> bool:
    """Is an ordinal day word told as a date: at the start of a line or a clause, or after a word
    of time ("صباح التاسع من أبريل", "في الحادي عشر من أيار")?"""
    before = re.search(r"(\S+)\s*$", text[max(0, begin - 20) : begin])
    if before is None:
        return True
    word = before.group(1)
    return not word[-1].isalpha() or word in lexicon.folded("dates.time_words")


def _in_year(date: dt.date, year: int) -> dt.date:
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February
        return date.replace(year=year, day=28)


def _year_before(date: dt.date) -> dt.date:
    return _in_year(date, date.year - 1)


def _strip_prefix(word: str, months: dict) -> str:
    for cut in range(1, 3):
        if word[cut:] in months:
            return word[cut:]
    return word


_AHEAD = 7  # days a date without its year may lie after the document's: later than that, it is last year's


def _last_day(match: re.Match, first: dt.date) -> dt.date | None:
    """The last day of a range told in one month ("11 and 12 August 2016", "August 13-14, 2017")."""
    told = match.groupdict().get("d2")
    if not told or int(told) <= first.day:
        return None
    try:
        return first.replace(day=int(told))
    except ValueError:
        return None


def resolve(ref: DateRef, *, anchor: dt.date | None, current: dt.date | None) -> dt.date | None:
    """The date a reference stands for, given the document's anchor and the current event's date."""
    if ref.date is not None:
        if anchor is not None and ((not ref.year_given and not ref.settled and ref.date > anchor + dt.timedelta(days=_AHEAD))
                                   or (ref.past and ref.date > anchor)):
            # "On Dec. 25" in a report of 21 January 2012, "24 تشرين الأول الماضي" in one of 30 January
            # 2015: the one before
            return _year_before(ref.date)
        return ref.date
    base = current or anchor
    if ref.relative == "same-day":
        return base
    if ref.relative == "next-day":
        return base + dt.timedelta(days=ref.days) if base else None
    if ref.relative == "previous-day":
        return base - dt.timedelta(days=ref.days) if base else None
    if ref.relative == "today":
        return anchor
    if ref.relative == "yesterday":
        return anchor - dt.timedelta(days=1) if anchor else None
    if ref.relative == "weekday" and anchor is not None and ref.weekday is not None:
        back = (anchor.weekday() - ref.weekday) % 7 or (7 if ref.past else 0)
        return anchor - dt.timedelta(days=back)
    return None
