"""Casualty claims: every figure of killed, injured, hostages taken and freed in a sentence.

The patterns come from `kg/data/patterns_<lang>.toml`; each finds the figures it reports (`figs`)
and `kg.extract.figures` reads each of them. A figure found by two patterns is kept once, with the
most specific measure. "Together with 8 attackers" takes the measure of the figure before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.errors import DataError
from kg.extract.figures import Figure, numbers_in, parse_figure
from kg.extract.lexicon import Lexicon
from kg.extract.view import TextView
from kg.model import Lang, Measure

_SPECIFICITY = {
    "toll": 0,  # a toll lists killed and injured, each told by its noun: "25 قتيلا و204 جرحى"
    "killed": 0,
    "injured": 0,
    "hostages-taken": 1,
    "hostages-freed": 1,
    "casualties": 2,
    "previous": 3,
}
# people named after figures are the sources of the figures, not victims
_ATTRIBUTION = re.compile(r"(?:\s+[\w'’-]+){0,8}?\s+(?:said|says|told|reported|added|confirmed|قال|قالت|أفاد|افاد|ذكر|أكد|اكد)\b", re.I)
# a figure that is part of the one before it: "five people, three of them policemen"
_PART = re.compile(r"\bof\s+(?:them|whom|those)\b|\bamong\s+them\b|منهم|بينهم"
                   r"|(?<!\w)من\s+(?:ال)?(?:جرحي|جرحى|مصابين|الجرحي|ضحايا)", re.I)
# (not "killing his two bodyguards", the toll told of the man targeted)
_KIN_BEFORE = re.compile(r"\b(?:whose|my|our)\s+$", re.I)
# a victim told dying of wounds is one of a toll told (not one more)
_DIED_OF_WOUNDS = re.compile(r"\s+(?:later\s+|also\s+)?(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)", re.I)
# a figure told as added to one told before: "two more died of their wounds", "14 more victims had died"
INCREMENT = re.compile(r"\b(?:more|another|additional|further)\b", re.I)
_AFTER = re.compile(r"\bafter\s+$", re.I)
# one of the wounded told dying is no injured figure ("توفي أحد الجرحى", "one of the wounded later died")
_WOUNDED_DIED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:توفي|مات|فارق\s+الحياه)\s+$")  # (in folded text)
_WOUNDED_DIED_AFTER = re.compile(r"(?:\s+of\s+the\s+(?:wounded|injured))?\s+(?:later\s+|also\s+|since\s+)?(?:died|succumbed)\b", re.I)
_WOUNDED = re.compile(r"\b(?:wounded|injured)\b|(?<!\w)ال(?:جرحي|مصابين)(?!\w)", re.I)
_PART_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)
# how far back (in characters) "together with ..." may look for the figure it extends
_PREVIOUS_REACH = 160


@dataclass(frozen=True)
class FoundFigure:
    """A figure as found in the text, before it is attached to an event."""

    measure: Measure
    figure: Figure
    begin: int  # original offsets of the figure phrase
    end: int
    claim_begin: int  # original offsets of the whole claim ("killing 3 policemen")
    claim_end: int
    subset: bool = False


_SLOT = "(?P<figs>{FIGS})"
_REACH = 160  # characters a pattern may reach before or after its figures


def _pattern_parts(pattern: dict, lexicon: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """A pattern as two small regexes: what must end right before the figures, and what must
    start right after them. The figures themselves are found once per sentence."""
    template = pattern["regex"]
    if template.count(_SLOT) != 1:
        raise DataError(f"patterns_{lexicon.lang.value}.toml: a pattern needs {_SLOT} once: {template[:80]!r}")
    before, after = template.split(_SLOT)
    return lexicon.regex(f"(?:{before})\\Z"), lexicon.regex(after)


_NO_BEFORE = re.compile(r"\bno\s+$", re.I)
# a toll the attackers boast of: "The group claimed to have killed more than 100 soldiers, a figure the
# military rejected", "زعم التنظيم أنه قتل 50 جنديا"
_BOASTED = re.compile(r"\b(?:claimed|claims|claiming|boasted|boasts)\s+(?:to\s+have|(?:that\s+)?(?:it|they)\s+(?:had|have))\s+$"
                      r"|(?<!\w)(?:زعم|زعمت|يزعم|ادعى|ادعت|ادعي)\S*\s+(?:ان|أن|انه|أنه|انهم|أنهم)\s+$", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")


def find_figures(view: TextView, begin: int, end: int, lexicon: Lexicon) -> list[FoundFigure]:
    """Casualty figures in the original span begin..end (a sentence)."""
    vb, ve = view.window(begin, end)
    fig_regex = lexicon.regex("{FIG}")
    raw: list[tuple[int, int, int, str, bool, int, int, int]] = []  # (vb, ve, rank, measure, subset, mb, me, plus)
    sentence_view = view.text[vb:ve]
    spans = [m.span() for m in lexicon.regex("{FIGS}").finditer(view.text, vb, ve) if m.end() > m.start()]
    for pattern in lexicon.get("patterns"):
        needs = pattern.get("needs")
        if needs and not _mentions_any(sentence_view, lexicon.get(f"needs.{needs}"), lexicon):
            continue
        before, after = _pattern_parts(pattern, lexicon)
        measure = pattern["measure"]
        for fb, fe in spans:
            if _NO_BEFORE.search(view.text[max(vb, fb - 4) : fb]):
                continue  # "no one had been killed in that blast"
            head = before.search(view.text[max(vb, fb - _REACH) : fb])
            if head is None:
                continue
            tail = after.match(view.text, fe, min(ve, fe + _REACH))
            if tail is None:
                continue
            mb, me = fb - (len(view.text[max(vb, fb - _REACH) : fb]) - head.start()), tail.end()
            if _BOASTED.search(view.text, max(vb, mb - 40), mb):
                continue
            figures = _split_figures(view.text, fb, fe, fig_regex)
            if len(figures) > 1 and _ATTRIBUTION.match(view.text, fe):
                figures = figures[:1]  # "wounding 20, a police officer and a doctor at the hospital said"
            cut = _end_of_part(view.text, vb, fb, fe)
            if cut is not None:
                # "20 dead, including 15 civilians and five soldiers, and 81 wounded": the part
                # is the list up to ", and"; the figure after it is a measure of its own
                figures = [f for f in figures if (f[1] <= cut) == bool(pattern.get("subset"))]
            for fig in figures:
                if pattern.get("noun") and _casualty_noun(view.text[fig[0] : fig[1]]) is None:
                    continue
                if _WOUNDED.search(view.text, fig[0], min(ve, fig[1] + 25)) and (
                        _WOUNDED_DIED_BEFORE.search(view.text, max(vb, fig[0] - 20), fig[0])
                        or _WOUNDED_DIED_AFTER.match(view.text, fig[1])):
                    continue  # "وفي وقت لاحق، توفي أحد الجرحى": one of the wounded has died
                if lexicon.regex(r"\s+{DURATION}").match(view.text, fig[1]) and _bare_number(view.text[fig[0] : fig[1]], lexicon):
                    # "four months after militants killed 130 people": a time, not a toll (not "killed
                    # at least 31 villagers hours after troops withdrew")
                    continue
                if _YEAR.fullmatch(view.text, fig[0], fig[1]) and lexicon.regex(r"{MONTH}\.?\s*,?\s*$").search(
                        view.text, max(vb, fig[0] - 30), fig[0]):
                    continue  # "ليلة 28 إلى 29 أوت 1997 قتل مسلحون 98 شخصا": the year of a date
                subset = (bool(pattern.get("subset")) or bool(_PART.search(view.text[fig[0] : fig[1]]))
                          # "They killed 149 people, 132 of them schoolchildren" (not "killing four of them")
                          or bool(_PART_AFTER.match(view.text, fig[1])) and any(
                              0 <= fig[0] - end_ <= 30 for _, end_ in [*figures, *spans] if end_ <= fig[0])
                          # "a farmer whose two sons were wounded": some of the victims, by their kin
                          or bool(_KIN_BEFORE.search(view.text[max(0, fig[0] - 12) : fig[0]]))
                          # "the toll rose to four after an Italian journalist died of his wounds", "rose to 20
                          # after two more passengers died of their wounds" (not "Two soldiers were killed
                          # instantly and two more died of their wounds": two more)
                          or bool(_DIED_OF_WOUNDS.match(view.text, fig[1]))
                          and not (INCREMENT.search(view.text, fig[0], fig[1]) and not _AFTER.search(view.text, max(0, fig[0] - 8), fig[0])))
                raw.append((fig[0], fig[1], _SPECIFICITY[measure], measure, subset, mb, me, pattern.get("plus", 0)))
    raw.sort(key=lambda r: (r[0], r[2], -(r[1] - r[0])))
    kept: list[tuple[int, int, int, str, bool, int, int, int]] = []
    for item in raw:
        if any(item[0] < k[1] and k[0] < item[1] for k in kept):
            continue
        kept.append(item)

    out: list[FoundFigure] = []
    for fb, fe, _, measure, subset, mb, me, plus in sorted(kept):
        figure = parse_figure(view.text[fb:fe], lexicon)
        if figure is None:
            continue
        if plus and not figure.vague and not any(k[5] == mb and k[0] < fb or 0 <= mb - k[1] <= 60 for k in kept):
            # "Hariri was killed with 21 other people": 22 killed (the first figure of a list only;
            # not "Three policemen died along with two civilians")
            figure = replace(figure, value=figure.value + plus,
                             max_value=None if figure.max_value is None else figure.max_value + plus)
        if measure == "toll":
            measure = _measure_by_noun(view.text[fb:fe], view.text[fe : fe + 12], view.text[mb:fb])
        elif measure == "casualties":  # "سقوط قتيلين وجريحين": the nouns say which
            measure = _casualty_noun(view.text[fb:fe]) or measure
        resolved = _resolve_measure(measure, out, view.span(fb, fe)[0], view)
        if resolved is None:
            continue
        if figure.inherit_group and out:
            figure = Figure(figure.value, figure.qualifier, figure.max_value, out[-1].figure.group,
                            figure.vague, False)
        ob, oe = view.span(fb, fe)
        many = sum(1 for k in kept if k[5] == mb and k[6] == me) > 1
        cb, ce = (ob, oe) if many else view.span(mb, me)
        out.append(FoundFigure(resolved, figure, ob, oe, min(cb, ob), max(ce, oe), subset))
    if lexicon.lang is Lang.EN:
        out.extend(_titled_victims(view, vb, ve, lexicon, out))
        out.sort(key=lambda f: f.begin)
    return out


# one person killed, told by a title and a name: "gunmen shot dead Senator Jaime Guzman", "a commando
# killed Genoa's chief prosecutor, Francesco Coco, and his two bodyguards"
_TITLED_VICTIM = (r"(?<![\w-])(?:{KILLED_ACTIVE})\s+(?:the\s+|an?\s+)?(?P<v>(?:[A-Z][\w'’-]+['’]s\s+)?(?:(?:{ADJ}|{PEOPLE_ADJ})\s+)?(?:{TITLE})"
                  r"(?:\s*,\s*|\s+)(?-i:[A-Z][\w'’.-]+(?:\s+(?:de\s+|del\s+|von\s+)?[A-Z][\w'’.-]+){0,3}))")


def _titled_victims(view: TextView, vb: int, ve: int, lexicon: Lexicon, found: list[FoundFigure]) -> list[FoundFigure]:
    out = []
    for match in lexicon.regex(_TITLED_VICTIM).finditer(view.text, vb, ve):
        ob, oe = view.span(*match.span("v"))
        cb, ce = view.span(*match.span())
        if any(f.claim_begin < ce + 40 and cb < f.claim_end for f in found):
            continue  # a toll told with it ("killing the lawmaker and two of his companions")
        value = 1
        more = _AND_MORE.match(view.text, match.end())
        counted = lexicon.regex("{FIGS}").match(view.text, more.end()) if more else None
        figure = parse_figure(counted.group(), lexicon) if counted else None
        if figure is not None and not figure.vague:
            value += figure.value  # "... Francesco Coco, and his two bodyguards"
            ce = view.span(match.start(), counted.end())[1]
        out.append(FoundFigure(Measure.KILLED, Figure(value), ob, oe, cb, ce))
    return out


_AND_MORE = re.compile(r",?\s+and\s+(?=(?:his|her|their)\s)")


def _bare_number(figure: str, lexicon: Lexicon) -> bool:
    """Does a figure end in its number, with no noun of people after it ("four", not "31 villagers")?"""
    words = figure.split()
    return bool(words) and bool(numbers_in(lexicon.fold(words[-1]).lower(), lexicon))


_PART_OPENS = re.compile(r"(?:including|among\s+them)\s+$", re.I)
_LIST_CLOSES = re.compile(r",\s+and\s+")


def _end_of_part(text: str, vb: int, fb: int, fe: int) -> int | None:
    """Where the part a figure list opens with ends, when the list goes on after ", and" with a
    figure of another measure ("including 15 civilians and five soldiers, and 81 wounded")."""
    if not _PART_OPENS.search(text[max(vb, fb - 20) : fb]):
        return None
    closes = list(_LIST_CLOSES.finditer(text, fb, fe))
    return closes[-1].start() if closes else None


def _split_figures(text: str, begin: int, end: int, fig_regex: re.Pattern) -> list[tuple[int, int]]:
    """The single figures of a coordinated list ("54 security personnel and 52 civilians")."""
    out = []
    for match in fig_regex.finditer(text, begin, end):
        if match.end() > match.start():
            out.append((match.start(), match.end()))
    return out or [(begin, end)]


_INJURED_NOUN = re.compile(r"جريح|جرحي|جرحى|مصاب|اصاب|wounded|injured|hurt", re.I)


def _measure_by_noun(figure: str, after: str, before: str = "") -> str:
    """The measure of a figure in a toll, from its noun ("204 جرحى" injured, "25 قتيلا" killed), else
    from the toll it is given for ("عدد القتلى بلغ 323 والجرحى 225": the 323 are killed; the word
    after it opens the next item)."""
    own = re.sub(r"\s+و\S+$", "", figure)  # "323 والجرحى": the noun opens the next item
    following = after.split() if after else []
    if own != figure or (following and following[0].startswith("و") and not _casualty_noun(figure)):
        return _casualty_noun(own) or _casualty_noun(before) or "killed"
    if _INJURED_NOUN.search(figure + " " + after.split(" ")[0] if after else figure):
        return "injured"
    # "ارتفع عدد المصابين لاحقا إلى 102": the toll's own noun, when the figure has none
    return "injured" if not _KILLED_NOUN.search(figure) and _casualty_noun(before) == "injured" else "killed"


_KILLED_NOUN = re.compile(r"قتيل|قتلي|قتلى|شهيد|شهداء|dead|killed", re.I)


def _casualty_noun(figure: str) -> str | None:
    if _KILLED_NOUN.search(figure):
        return "killed"
    if _INJURED_NOUN.search(figure):
        return "injured"
    return None


def _resolve_measure(measure: str, previous: list[FoundFigure], at: int, view: TextView) -> Measure | None:
    if measure != "previous":
        return Measure(measure)
    for found in reversed(previous):
        if at - found.end <= _PREVIOUS_REACH:
            if _OTHER_DEED.search(view.text, view.position(found.end), view.position(at)):
                return None  # "beheaded a Canadian hostage ... after he was kidnapped along with three other people"
            return found.measure
    return None


# a deed told between a figure and "along with ...": the figure goes with it, not with the toll
_OTHER_DEED = re.compile(r"\b(?:kidnapped|abducted|seized|captured|taken\s+hostage)\b", re.I)


def _mentions_any(text: str, words: list[str], lexicon: Lexicon) -> bool:
    return any(lexicon.fold(w) in text.lower() for w in words)
