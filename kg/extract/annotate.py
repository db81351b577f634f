"""Annotate a document: every place, actor, attack word, figure, date and discourse marker in it.

`annotate()` reads a document once and returns `DocumentAnnotations`, whose lists are sorted by
offset; `DocumentAnnotations.within(begin, end)` gives what lies in a sentence or clause. The
annotations are language-neutral: the incident assembly (`kg.extract.incidents`) reads English and
Arabic alike. Names come from the gazetteer, then from name patterns for names no list knows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from kg.extract import ner
from kg.extract.casualties import FoundFigure, find_figures
from kg.extract.dates import BARE_YEAR, DateRef, find_dates
from kg.extract.figures import numbers_in
from kg.extract.lexicon import Lexicon, infobox_keys, load_lexicon
from kg.extract.view import TextView
from kg.link.gazetteer import Gazetteer
from kg.model import BlockKind, Document, EntityKind, Lang
from kg.text import arabic
from kg.text.phrases import PhraseMatch, leftmost_longest
from kg.text.tokens import mask_citations, sentences


@dataclass(frozen=True)
class PlaceRef:
    begin: int
    end: int
    text: str
    key: str  # entity key
    rank: int  # 0 country .. 7 facility
    # named for something other than where the attack was: "near" when it locates it ("45 km
    # northwest of Kirkuk"), True when it is elsewhere (a hospital the wounded were taken to)
    reference: bool | str = False
    site: bool = False  # a site of a list one assault struck, told by its noun ("a police station")


@dataclass(frozen=True)
class ActorRef:
    begin: int
    end: int
    text: str
    key: str | None  # entity key; None for a described actor ("gunmen")
    kind: EntityKind
    described: bool = False
    force: str = ""  # for security forces: police, army, security-forces, intelligence


@dataclass(frozen=True)
class TriggerRef:
    begin: int
    end: int
    text: str
    name: str  # the trigger table it comes from (suicide, vehicle_bomb, shooting ...)
    attack: str
    weapon: str
    subtype: str
    suicide: bool
    flag: str
    generic: bool
    operation: bool = False  # an air strike: an operation of armed forces


@dataclass(frozen=True)
class MarkerRef:
    begin: int
    end: int
    kind: str  # new_incident, joint, aggregate, series, continuation, negation, responsibility,
    #            condemnation, reaction, blame, operation_verb, operation_object, target:<code>


@dataclass(frozen=True)
class NameRef:
    """A name found in the text: which entity it denotes and how it was recognised."""

    begin: int
    end: int
    text: str
    key: str
    kind: EntityKind
    subtype: str = ""
    gazetteer_id: str | None = None
    located_in: str | None = None
    how: str = "gazetteer"  # gazetteer | pattern | site (a site of a list one assault struck)


@dataclass(frozen=True)
class Sentence:
    begin: int
    end: int
    block: int  # index of the block in Document.blocks
    section: str  # background | reactions | body
    lead: bool  # in the lead (the text before the first heading)
    bullet_head: int | None = None  # a bullet's first sentence: where its "Kadhimiya:" head ends
    tally: bool = False  # in a section that counts the victims ("== Casualties ==", "== الضحايا ==")


@dataclass
class DocumentAnnotations:
    document: Document
    view: TextView
    lexicon: Lexicon
    sentences: list[Sentence] = field(default_factory=list)
    names: list[NameRef] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    triggers: list[TriggerRef] = field(default_factory=list)
    figures: list[FoundFigure] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    markers: list[MarkerRef] = field(default_factory=list)
    country: str | None = None
    dateline: tuple[int, int] | None = None  # "BAGHDAD (Reuters) -": where the story was filed
    heading_dates: dict[int, DateRef] = field(default_factory=dict)  # "=== 12 August ===": block index -> its day

    def heading_date(self, position: int) -> DateRef | None:
        """The day the heading of the section a position lies in names, when it names only a day."""
        sentence = self.sentence_at(position)
        if sentence is None:
            return None
        heading = next((i for i in range(sentence.block - 1, -1, -1)
                        if self.document.blocks[i].kind is BlockKind.HEADING), None)
        return self.heading_dates.get(heading) if heading is not None else None

    def in_dateline(self, item) -> bool:
        return self.dateline is not None and self.dateline[0] <= item.begin and item.end <= self.dateline[1]

    def within(self, items: list, begin: int, end: int) -> list:
        starts = [item.begin for item in items]
        lo = bisect.bisect_left(starts, begin)
        out = []
        for item in items[lo:]:
            if item.begin >= end:
                break
            if item.end <= end:
                out.append(item)
        return out

    def sentence_at(self, position: int) -> Sentence | None:
        """The sentence a position of the text lies in."""
        index = bisect.bisect_right([s.begin for s in self.sentences], position) - 1
        if index >= 0 and position < self.sentences[index].end:
            return self.sentences[index]
        return None

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence told just before one (None for the first)."""
        index = bisect.bisect_left([s.begin for s in self.sentences], sentence.begin)
        return self.sentences[index - 1] if index > 0 else None

    def markers_of(self, kind: str, begin: int, end: int) -> list[MarkerRef]:
        return [m for m in self.within(self.markers, begin, end) if m.kind == kind]

    def has(self, kind: str, begin: int, end: int) -> bool:
        return bool(self.markers_of(kind, begin, end))


# ---- the annotator -----------------------------------------------------------------------------

_MARKER_LISTS = {
    "new_incident": "markers.new_incident",
    "joint": "markers.joint",
    "aggregate": "markers.aggregate",
    "judicial": "markers.judicial",
    "motive": "markers.motive",
    "series": "markers.series",
    "series_apart": "markers.series_apart",
    "background_lead": "markers.background_lead",
    "earlier": "markers.earlier",
    "continuation": "markers.continuation",
    "negation": "markers.negation",
    "responsibility": "reactions.responsibility",
    "condemnation": "reactions.condemnation",
    "mourning": "reactions.mourning",
    "statement": "reactions.statements",
    "reaction": "reactions.verbs",
    "blame": "reactions.blame",
    "operation_verb": "actors.operation_verbs",
    "operation_noun": "actors.operation_nouns",
    "operation_object": "actors.operation_objects",
}


def annotate(document: Document, gazetteer: Gazetteer) -> DocumentAnnotations:
    lexicon = load_lexicon(document.lang)
    typos = {}
    if document.lang is Lang.AR:
        typos = {lexicon.fold(k): lexicon.fold(v) for k, v in lexicon.get("typos").items()}
    view = TextView.of(document.text, document.lang, typos)
    result = DocumentAnnotations(document, view, lexicon)
    result.sentences = _sentences(document, lexicon)
    result.dateline = _dateline(document)
    caseless = _is_caseless(document.text)
    result.names = _names(document, view, gazetteer, lexicon, caseless, result.dateline)
    result.triggers = _triggers(view, lexicon)
    result.names = sorted(_with_bullet_places(result, _with_dateline_town(result)), key=lambda n: (n.begin, n.end))
    result.names = _without_perpetrator_places(document, result.names)
    result.places = [
        PlaceRef(n.begin, n.end, n.text, n.key, _place_rank(n, gazetteer), _is_reference(view, n, document.lang), n.how == "site")
        for n in result.names
        if n.kind is EntityKind.PLACE
    ]
    result.country = _country(result, gazetteer)
    result.actors = _actors(document, view, gazetteer, lexicon, result.names, result.country)
    result.markers = sorted(_markers(view, lexicon) + _definite_triggers(result, lexicon),
                            key=lambda m: (m.begin, m.end, m.kind))
    for sentence in result.sentences:
        result.figures.extend(find_figures(view, sentence.begin, sentence.end, lexicon))
    year = None
    for sentence in result.sentences:
        found = find_dates(view, sentence.begin, sentence.end, lexicon, year=year)
        for ref in found:
            if ref.date is not None and ref.year_given and year is None:
                year = ref.date.year
        result.dates.extend(found)
    line = result.dateline
    yearless_line = line is not None and not any(
        r.year_given for r in result.dates if line[0] <= r.begin < line[1]) and any(
        r.date for r in find_dates(view, line[0], line[1], lexicon, year=2000))
    first = result.sentences[0].begin if result.sentences else len(document.text)
    top = [r for r in top_dates(document, view, lexicon, result.sentences) if r.year_given]
    published = next((r.date.year for r in top if r.end <= first), None)
    if published is not None:
        # a date above the story, on a line of its own ("تاريخ النشر: 21.09.2021" above "مقديشو (الأناضول) -",
        # "تونس، 28 أيار/مايو 2014 (أ ف ب) -"): the year it was published in, not the latest or the first
        # the story names ("منذ عام 2007", "وفي 29 تموز/يوليو 2013")
        year = published
    elif (year is None and line is not None) or yearless_line:
        # "KANDAHAR, Afghanistan, June 4 (Reuters)" in a story of 2012: the latest year it names
        counted = _years_ago(view, lexicon)
        looked_back, ahead = _latest_years(document.text)
        latest = counted or looked_back
        if counted is None and ahead is not None and latest is not None and latest < ahead:
            # "ABUJA, June 9" told "on Thursday", looking back on 2016 and ahead to "elections due in
            # February 2023": the latest year up to the one ahead whose June 9 is a Thursday
            fitting = [y for y in range(latest, ahead + 1) if _weekday_fits(view, lexicon, y, result, exact=True)]
            latest = fitting[-1] if fitting else latest
        if latest is not None:
            year = latest
            if _after_month_of(document, view, lexicon, year, result):
                year += 1  # "TRIPOLI, Jan 7" in a story that looks back on "December 2015"
            elif _weekday_fits(view, lexicon, year + 1, result) and not _weekday_fits(view, lexicon, year, result):
                year += 1  # "BAGHDAD, Nov 12" told "on Wednesday", last looking back on "the middle of 2007"
    titled = _title_dates(document, view, lexicon)
    if year is None:  # "بيشاور (باكستان) 16-12-2014 (أ ف ب) -" on a line of its own
        year = next((r.date.year for r in top), None)
    if year is not None:  # dates without a year read before the first year was seen
        result.dates = []
        told = None  # the year the text spoke of last: "The community suffered its worst violence in 2013."
        for sentence in result.sentences:
            found = find_dates(view, sentence.begin, sentence.end, lexicon, year=year, year_told=told)
            result.dates.extend(found)
            years = [int(y) for y in BARE_YEAR.findall(view.text, *view.window(sentence.begin, sentence.end))]
            told = years[-1] if years else told
    result.dates.extend(titled)
    # the day of an election or a summit is no day of an attack ("الانتخابات التشريعية التي جرت في السابع من آذار")
    result.dates = sorted((r for r in result.dates if not _VOTE_DAY_BEFORE.search(document.text, max(0, r.begin - 80), r.begin)),
                          key=lambda d: d.begin)
    prose = next((i for i, b in enumerate(document.blocks) if b.kind is BlockKind.PARAGRAPH), len(document.blocks))
    for index, block in enumerate(document.blocks):
        if block.kind is BlockKind.HEADING and index > prose:  # (not a date line above the story)
            found = [r for r in find_dates(view, block.span.begin, block.span.end, lexicon, year=year) if r.date]
            label = document.text[block.span.begin : block.span.end]
            if len(found) == 1 and not _HEADING_WORDS.sub("", label[: found[0].begin - block.span.begin]
                                                           + label[found[0].end - block.span.begin :]).strip():
                result.heading_dates[index] = found[0]
    return result


_HEADING_WORDS = re.compile(r"[\s=:,.–—-]+|\b(?:on|the|night|morning|evening|afternoon|of)\b", re.I)


# a town in capitals, accented letters too ("WÜRENLINGEN")
_CITY_IN_CAPITALS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]{2,}(?:[ -][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+)*"
_EN_DATELINE = re.compile(
    r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[—–]\s+|"  # a city and a dash: "Nairobi — Eleven people ..."
    rf"^{_CITY_IN_CAPITALS}"  # the city in capitals
    r"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"  # its country or state
    r"(?:,?\s*(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,}\.?(?:\s+\d{4})?))?"  # a date
    r"\s*(?:\([^)\n]{1,40}\))?\s*(?:-{1,2}|—|–|:)\s+"
)
_AR_DATELINE = re.compile(
    # "لاغوس 30 سبتمبر 2013 (شينخوا) ارتفع عدد قتلى ...": the city, the day and the agency, no dash
    r"^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\s+\d{1,2}\s+[\u0621-\u064a]+(?:\s*/\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)?"
    r"\s+\d{4}\s*\([^)\n]{1,30}\)\s*(?:[-–—:]\s*)?(?=\S)|"
    r"^[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\s*(?:\([^)\n]{0,30}\)|/[^/\n]{0,25}/)?"
    r"(?:\s*[،,]?[^-–—\n]{0,60})?\s*[-–—]\s*(?:[\u0621-\u064a ]{0,25}/\s*)?"
    r"(?:\d[^:\n]{0,50}?(?:\([^)\n]{0,30}\))?\s*:\s*)?"  # "مقديشو - 16 أكتوبر 2017 (الأناضول):"
)


_VOTE_DAY_BEFORE = re.compile(
    r"\b(?:elections?|vote|polls|referendum|summit|ballot)\s+(?:[\w-]+\s+){0,3}?(?:held|(?:which|that)\s+(?:were|was)\s+held"
    r"|(?:which|that)\s+took\s+place|due|scheduled|set)\s+(?:on|for)\s+$"
    r"|(?<!\w)(?:ال)?(?:انتخابات|استفتاء|قمة|اقتراع)\s+(?:\S+\s+){0,2}(?:التي|الذي)\s+(?:جرت|[أا]جريت|عقدت|ستجري|ستجرى)\s+(?:في\s+|يوم\s+)?$", re.I)
_FUTURE_BEFORE = re.compile(r"(?:\bby|\buntil|\btill|\bbefore|\bthrough|\bahead\s+of|\bend\s+of|\bdue\s+in|\bscheduled\s+for|\bslated\s+for"
                            r"|\bexpir(?:es|ing|e)(?:\s+on|\s+in|\s+at)?|حتى|بحلول|قبل)\s+(?:the\s+)?(?:end\s+of\s+|نهاية\s+)?"
                            r"(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?$", re.I)


def _latest_years(text: str) -> tuple[int | None, int | None]:
    """The latest year a story looks back on, which a story with a yearless dateline was filed in
    or after, and the latest it names as lying ahead ("by the end of 2014", "elections due in
    February 2023"), which it was filed in or before."""
    past, ahead = [], []
    for m in BARE_YEAR.finditer(text):
        future = _FUTURE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        (ahead if future else past).append(int(m.group(1)))
    return max(past, default=None), max(ahead, default=None)


def _years_ago(view: TextView, lexicon: Lexicon) -> int | None:
    """The year a story was filed in, when it counts the years since one it names ("six years
    ago, in April 2014")."""
    for template in lexicon.words("dates.years_ago"):
        for match in lexicon.regex(template).finditer(view.text):
            count = numbers_in(lexicon.fold(match.group("n")), lexicon)
            if count and 0 < count[0] < 100:
                return int(match.group("year")) + count[0]
    return None


def _after_month_of(document: Document, view: TextView, lexicon: Lexicon, year: int, result) -> bool:
    """Does the story name a month of `year` later than its yearless dateline's month? Then the
    dateline lies in the next year."""
    line = result.dateline
    dated = [r for r in find_dates(view, line[0], line[1], lexicon, year=year) if r.date] if line else []
    if not dated:
        return False
    months = {lexicon.fold(k): v for k, v in lexicon.get("dates.months").items()}
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    named = re.finditer(rf"(?<!\w)(?:{names})\.?,?\s+(?:\d{{1,2}},?\s+)?{year}(?!\d)", view.text, re.I)
    return any(months.get(m.group(0).split()[0].rstrip(".,").lower(), 0) > dated[0].date.month for m in named
               if not _FUTURE_BEFORE.search(view.text[max(0, m.start() - 30) : m.start()]))  # "expiring on Dec. 31"


def _weekday_fits(view: TextView, lexicon: Lexicon, year: int, result, *, exact: bool = False) -> bool:
    """In `year`, is the weekday the lead tells ("on Wednesday") the yearless dateline's day or
    (unless `exact`) the day before it?"""
    line = result.dateline
    dated = [r for r in find_dates(view, line[0], line[1], lexicon, year=year) if r.date] if line else []
    lead = next((s for s in result.sentences if s.end > line[1]), None) if dated else None
    if lead is None:
        return False
    told = [r.weekday for r in find_dates(view, lead.begin, lead.end, lexicon) if r.relative == "weekday"]
    filed = dated[0].date
    return bool(told) and told[0] in ((filed.weekday(),) if exact else (filed.weekday(), (filed.weekday() - 1) % 7))


def _dateline(document: Document) -> tuple[int, int] | None:
    """The dateline that opens a news story ("KIRKUK, Iraq, Jan. 16, 2013 —", "بغداد - السومرية نيوز")."""
    for block in document.blocks:
        if block.kind is BlockKind.PARAGRAPH:
            text = document.text[block.span.begin : block.span.end]
            pattern = _AR_DATELINE if document.lang is Lang.AR else _EN_DATELINE
            match = pattern.match(text)
            if match and match.end() <= 90:
                return block.span.begin, block.span.begin + match.end()
            if len(text) > 40 or "." in text.rstrip(". "):
                return None  # the story has begun without a dateline
            # a byline or a date on a line of its own ("Rudaw", "12-11-2020") comes before it
    return None


_DATELINE_TOWN = re.compile(rf"{_CITY_IN_CAPITALS}(?=\s*,)")


def _without_perpetrator_places(document: Document, names: list[NameRef]) -> list[NameRef]:
    """A name no list knows that the infobox gives as the perpetrators ("Perpetrators: Tupamaros
    (Movimiento de Liberación Nacional–Tupamaros)") is a group wherever the patterns took it for a town."""
    keys = {k.lower() for k in infobox_keys().get("perpetrators", [])}
    told = [item.value for item in document.infobox if item.key.strip().lower() in keys]
    if not told:
        return names
    return [n for n in names if not (n.kind is EntityKind.PLACE and n.how == "pattern" and n.gazetteer_id is None
                                     and any(re.search(rf"(?<![\w-]){re.escape(n.text)}(?![\w-])", value) for value in told))]


def _with_dateline_town(result: "DocumentAnnotations") -> list[NameRef]:
    """The names found, with the town in capitals that opens an English dateline when no list knows
    it ("OMAGH, Northern Ireland, Aug 16 (Reuters) -"): a town (not what a recogniser made of the
    capitals), named so wherever the story names it again."""
    document, names = result.document, result.names
    if document.lang is not Lang.EN or result.dateline is None:
        return names
    match = _DATELINE_TOWN.match(document.text, result.dateline[0], result.dateline[1])
    if match is None:
        return names
    over = [n for n in names if n.begin < match.end() and match.start() < n.end]
    if any(n.kind is EntityKind.PLACE or n.how != "pattern" for n in over):
        return names
    names = [n for n in names if n not in over]
    name = match.group().title()
    key = entity_key(EntityKind.PLACE, name, Lang.EN)
    found = [NameRef(match.start(), match.end(), name, key, EntityKind.PLACE, "town", None, None, "pattern")]
    for again in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", document.text):
        clash = [n for n in names if n.begin < again.end() and again.start() < n.end]
        if all(n.how == "pattern" and n.kind is not EntityKind.PLACE for n in clash):
            names = [n for n in names if n not in clash]
            found.append(NameRef(again.start(), again.end(), name, key, EntityKind.PLACE, "town", None, None, "pattern"))
    return names + found


# a place that locates another: "45 km northwest of Kirkuk", "north of Baghdad", "جنوب مدينة الشيخ زويد"
_NEAR_EN = re.compile(
    r"(?:\b(?:kilomet(?:er|re)s?|km|kms|miles?|met(?:er|re)s|yards)\b[^,;.]{0,25}|\b(?:north|south|east|west|northeast|northwest|"
    r"southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)(?:of|from)\s+(?:the\s+)?"
    # "40 kilometres from the centre of the capital Abuja"
    r"(?:(?:centre|center|heart|edge|outskirts)\s+of\s+(?:the\s+)?)?(?:(?:provincial\s+|national\s+|state\s+|regional\s+|district\s+)?(?:capital|city|town)\s+(?:of\s+)?)?$"
    # "a short walk from the Grand Bazaar", "a few hundred metres from", "within walking distance of"
    r"|\b(?:a\s+(?:short|few\s+minutes['’]?)\s+(?:walk|drive)|walking\s+distance|stone['’]s\s+throw|not\s+far)\s+(?:from|of)\s+(?:the\s+)?$"
    # "two clusters of mud-brick houses near the town of Sinjar": the town by the place
    # (an apposition to the places just named, not "swerved into the last truck near the village of X")
    r"|,\s+(?:an?|two|three|four|five|several|both)\s+(?:[\w'’-]+\s+){1,5}?near\s+the\s+(?:[a-z]+\s+)?(?:town|city|village)\s+of\s+$"
    # "near where it meets Madero Avenue": a landmark by the place
    r"|\bnear\s+where\s+(?:it|they|the\s+\w+)\s+(?:meets?|joins?|crosses|intersects?|ends?|begins?)\s+(?:the\s+)?$"
    # "in the Arghandab district outside Kandahar": the town that locates the place just named
    r"|\b(?:district|area|village|town|camp|suburb|neighbou?rhood|region|province)\s+(?:just\s+)?(?:outside|near)\s+"
    r"(?:the\s+)?(?:(?:provincial\s+|southern\s+|northern\s+|eastern\s+|western\s+)?(?:capital|city|town)\s+(?:of\s+)?)?$"
    # "in Madalla, on the outskirts of the capital Abuja"
    r"|\b(?:outskirts|suburbs|edge)\s+of\s+(?:the\s+)?(?:(?:federal\s+|national\s+)?capital,?\s+|city\s+of\s+)?$"
    # "on the western edge of the fortified Green Zone"
    r"|\bedge\s+of\s+the\s+(?:heavily\s+)?(?:fortified|walled|guarded|protected)\s+$"
    # "in the narrow streets around Rue des Orfevres"
    r"|\b(?:streets|alleys|lanes|area|neighbou?rhood|district)\s+(?:around|surrounding)\s+(?:the\s+)?$", re.I)
# (in English ", near the Secretariat" is as often the next site of a list: "bombs exploded on the
# premises of the Supreme Court, near the Secretariat, at the entrance to Zia International Airport")
# "in Salhiya, close to the International Zone", "في منطقة الصالحية بجانب الكرخ، قرب المنطقة الخضراء": a landmark
# by the place just named
_LANDMARK_EN = re.compile(r",\s*(?:close\s+to|not\s+far\s+from|off)\s+(?:the\s+)?"
                          # "close to the back gate of Trinity College"
                          r"(?:(?:back|main|front|side|rear|north|south|east|west)\s+)?(?:(?:gate|entrance|door|wall|walls)\s+of\s+(?:the\s+)?)?$"
                          # "on a street near the People's Park": the landmark an unnamed spot is told by
                          r"|\b(?:a|an)\s+(?:[\w-]+\s+)?(?:street|road|junction|intersection|crossroads|roundabout|spot)\s+"
                          r"(?:near|close\s+to|next\s+to|beside|behind|opposite)\s+(?:the\s+)?$"
                          # "walked into the mosque at the Tomb of the Patriarchs": the building told, by where it stands
                          r"|\b(?:into|inside|entered|in)\s+the\s+(?:mosque|church|synagogue|shrine|temple|hotel|market|school)\s+at\s+(?:the\s+)?$", re.I)
# the place a town just named is told by: ", a garrison town ... next to the river port of Mopti"
_TOWN_TOLD_BY = re.compile(r",\s+an?\s+(?:[\w-]+\s+)?(?:town|city|village)\b[^,;.]{0,80}?\b(?:next\s+to|near|close\s+to|beside)\s+"
                           r"(?:the\s+)?(?:(?:river\s+|sea\s+)?(?:port|town|city|village)\s+of\s+)?$", re.I)
_LANDMARK_AR = re.compile(r"[,،]\s*(?:قرب|بالقرب\s+من|علي\s+مقربه\s+من)\s+$")
_NEAR_TOWN_AR = re.compile(r"(?<!\w)بالقرب\s+من\s+(?:مدينه\s+)?$")
_NEAR_AR = re.compile(r"(?<!\w)(?:كم|كلم|كيلومتر\w*|ميل|اميال)(?!\w)[^,;.،]{0,32}$|(?<!\w)(?<!في\s)(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?"
                      r"(?:\s+(?:ال)?(?:شرق|غرب)(?:ي|ى)?)?(?:\s+من)?\s*(?:(?:مدينه|بلده|العاصمه(?:\s+\w+يه)?)\s+)?$")
# places where the attack was not
_REFERENCE_EN = re.compile(
    # where an organisation is based: "the Syrian Observatory for Human Rights, based in London"
    r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?$|"
    # where a person comes from is not where the attack happened: "an Iraqi from Kirkuk"
    r"\b(?:an?|the|two|three)\s+[\w-]+\s+from\s+$|\b(?:trip|visit|visitors?|tourists?|students?|delegation|pilgrims?)\s+from\s+(?:the\s+)?$|\b(?:flown|brought|sent|dispatched|deployed|rushed|called|arrived|arriving)\s+(?:in\s+)?from\s+(?:the\s+)?$|\b(?:natives?|residents?)\s+of\s+$|\bhails?\s+from\s+$"
    # a road leading somewhere: "the main road to the shrine city of Karbala"
    r"|\b(?:road|highway|route|motorway|way)\s+(?:to|from|linking|towards)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
    # where the wounded were flown: "flew dozens of badly wounded people to Ankara for treatment"
    r"|\b(?:fly|flying|flew|flown|airlifted|evacuated|ferried)\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:the\s+)?$"
    # where people were going: "passengers travelling to Karbala", "pilgrims heading for Najaf"
    # (and where they were let go: "agreed to let the gunmen return to Chechnya", "set off toward Chechnya")
    r"|\b(?:travell?ing|head|heading|headed|return|returning|returned|bound|driving|drove|sailed|flee|fled|escape|escaped|evacuated|moving|moved|proceeding|proceeded|set\s+off)\s+(?:back\s+|on\s+)?(?:to|for|towards?)\s+(?:the\s+)?(?:(?!(?:in|at|near|outside)\s)[\w-]+\s+){0,2}$"
    r"|\b(?:passengers|travell?ers|buses|minibuses|flights?|trains?|pilgrims|crew\s+members|crew)\s+(?:bound\s+)?(?:to|for|towards)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    # where a flight came from: "Israeli tourists who had arrived on a charter flight from Tel Aviv"
    r"|\bflights?\s+from\s+$"
    # where a flight was going: "a scheduled passenger flight from Athens to Cairo"
    r"|\bflights?\s+(?:from\s+)?(?:[\w'’-]+\s+){1,3}?to\s+$"
    # where a plane came down safely: "The crew continued the flight and landed at Ben Gurion Airport"
    r"|\b(?:plane|aircraft|jet|airliner|flight|crew|pilot)\b[^.;]{0,60}?\b(?:landed|touched\s+down)\s+(?:safely\s+)?(?:at|in)\s+(?:the\s+)?$"
    r"|\b(?:travell?ing|heading|driving|going|bound|returning)\s+(?:(?:up|down)stream\s+|(?:north|south|east|west)(?:wards?)?\s+)?from\s+(?:[\w'’-]+\s+){1,3}(?:to|for|towards)\s+(?:the\s+)?$"
    r"|\b(?:way|walked|walking|marched|marching|foot|pilgrimage|journey|trek|procession)\s+(?:[\w-]+\s+){0,2}?(?:to|towards)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
    # where people who work there go: "several of the boatmen who ferry visitors to Elephanta Island"
    r"|\bwho\s+(?:ferry|ferried|carry|take|ply|commute|sell|run|drive)\s+(?:[\w-]+\s+){0,2}?(?:to|from|between)\s+(?:the\s+)?$"
    # where a source is: "according to a statement from the Hakkari Governor's Office"
    r"|\baccording\s+to\s+(?:[\w'’-]+\s+){0,4}?(?:from|of|in|at)\s+(?:the\s+)?$"
    # where a speaker spoke: "told reporters in New Delhi", "at a news conference in Kabul"
    r"|\b(?:told|briefed|addressing|addressed)\s+(?:reporters|journalists|the\s+press|lawmakers|parliament)\s+in\s+(?:the\s+)?$"
    r"|\b(?:news|press)\s+(?:conference|briefing)\s+in\s+(?:the\s+)?$"
    # where a victim had come to work: "had been in Strasbourg to cover a session of the European Parliament"
    r"|\bto\s+(?:cover|attend|report\s+on|observe)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:session|sitting|meeting|summit|conference|debate|hearing|congress|assembly)\s+(?:of|at|in)\s+(?:the\s+)?$"
    # where a flight set off from and was going: "took off from Zurich's Kloten airport", "a Caravelle that
    # had just left Frankfurt for Vienna" (Vienna; Frankfurt, the one town it is told at, stays)
    r"|\b(?:took|taken|taking|takes)\s+off\s+from\s+(?:the\s+)?$"
    r"|\b(?:left|leaving|departed|departing|off\s+from)\s+(?:[\w'’-]+\s+){1,3}?(?:for|to)\s+(?:the\s+)?$"
    # where a plane was sent on to ("diverted to Larnaca"; not "hijacked to Malta", where it was held)
    r"|\b(?:diverted|redirected)\s+to\s+(?:the\s+)?$"
    # where a statement was put out: "A statement issued in Damascus ... said its members had executed the traitor"
    r"|\b(?:statement|communiqu[eé]|announcement|leaflet)\s+(?:was\s+)?(?:issued|released|published|distributed|sent|faxed|read\s+out)\s+in\s+(?:the\s+)?$"
    # where a group holds sway: "the Islamic Courts Union, which controls the capital, Mogadishu"
    r"|\b(?:which|that|who)\s+(?:now\s+)?(?:controls?|controlled|holds?|held|rules?|ruled|governs?|governed|occupies|occupied)\s+"
    r"(?:much\s+of\s+|most\s+of\s+|parts?\s+of\s+)?(?:the\s+)?(?:[\w-]+,?\s+){0,2}$"
    # where nothing happened: "passed without major attacks in Karbala"
    r"|\bwithout\s+(?:any\s+)?(?:major\s+|serious\s+)?(?:attacks?|incidents?|violence)\s+in\s+$", re.I)
_REFERENCE_EN_AFTER = re.compile(r"^['’]s\s+(?:[\w-]+\s+)?(?:outskirts|suburbs|edge|periphery)\b"
                                 # the city a landmark is told of: "the basalt arch that is one of Mumbai's best-known landmarks"
                                 r"|^['’]s\s+(?:[\w-]+\s+){0,2}(?:landmarks?|attractions?|sights|icons?|monuments?)\b"
                                 # a place in a person's title: "the car of Punjab's chief minister, Beant Singh"
                                 r"|^['’]s\s+(?:former\s+|then\s+|late\s+)?(?:chief\s+minister|governor|president|"
                                 r"prime\s+minister|premier|mayor|ambassador|interior\s+minister|foreign\s+minister|"
                                 r"defen[cs]e\s+minister|home\s+minister|police\s+chief|army\s+chief|chief\s+justice)\b"
                                 # a source, not a site: "Yemen's Health Ministry raised the toll",
                                 # "the Interior Ministry said"
                                 r"|^\s+(?:(?:later|also|earlier|separately|on\s+[A-Z]\w+)\s+)?(?:said|says|raised|revised|reported|announced|confirmed|told|put\s+the|gave\s+a)\b"
                                 # the province that locates a district: "Kandahar's Maiwand district"
                                 r"|^['’]s\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:district|province|county|region|area)\b"
                                 # a region that locates a town: "the Nile Delta city of Tanta"
                                 r"|^\s+(?:[a-z]+\s+)?(?:city|town|village|port)\s+of\s+[A-Z]"
                                 # a capital for its government: "said Washington would stand by its ally"
                                 r"|^\s+(?:would|will|says|said|urged|condemned|blamed|accused|vowed|pledged|denied|insisted|warned)\b"
                                 # a country in an envoy's title, or its people: "U.S. Secretary of State Mike Pompeo",
                                 # "Southeast Asian foreign ministers"
                                 r"|^\s+(?:Secretary\s+of\s+State|Secretary-General|Ambassador|envoy|foreign\s+ministers?|"
                                 r"ministers|diplomats|delegates|delegation)\b"
                                 # a place in a source's title: "East Java police chief Machfud Arifin said"
                                 r"|^\s+(?:(?:police|provincial|province|regional|district|state)\s+)?"
                                 r"(?:chief|spokesman|spokeswoman|commander|head|governor)\s+[A-Z]",
                                 re.I)
_ROAD_AFTER = re.compile(r"\s+(?:highway|road|motorway|expressway)\b", re.I)
_ROAD_END_AFTER = re.compile(r"[-–]\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+(?:highway|road|motorway|expressway)\b", re.I)
_ROAD_START_BEFORE = re.compile(r"[A-Z][\w'’]*\s*[-–]\s*$")
_THIS_BEFORE = re.compile(r"\bthis\s+$")
_FRONTED_IN = re.compile(r"(?:^|[.!?]\s+|\n)In\s+$")
_SPEAKER_AFTER = re.compile(r",\s+(?:(?:[A-Z][\w'’.-]*|the|a|an|[a-z]+)\s+){1,7}?(?:said|says|told|called|condemned|denounced|declared)\b")
_TOWN_NOUN_END = re.compile(r"\s(?:resort|town|city|village|port|capital)$", re.I)
_TOWN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:town|city|village)\b")
_REFERENCE_AR = re.compile(r"(?<!\w)[وف]?(?:قاضي|عضو|رييس|مدير|نايب|قايد|امر|موظف|ضابط)\s+(?:\S+\s+){0,3}?"
                           r"(?:في\s+)?(?:محكمه|مجلس|قياده|مديريه|بلديه|جامعه)\s+(?:محافظه\s+|قضاء\s+|ناحيه\s+)?$"
                           r"|(?:المودي|الموديه|باتجاه|متجه\w*|[وف]?(?:ال)?متوجه\w*|طريقه|طريقها|طريقهم|قادم\w*\s+من)\s+(?:الي\s+)?(?:مدينه\s+)?$"
                           r"|(?:[وف]?(?:ال)?متوجه\w*|متجه\w*|زحف\w*|يسيرون|سيرا)(?:\s+\S+){0,3}?\s+(?:الي|نحو)\s+(?:مدينه\s+)?$"
                           # a flight's destination or origin: "في رحلة عائدة إلى تل أبيب", "رحلة قادمة من"
                           r"|(?<!\w)[وف]?(?:رحله|رحلتها|رحلته|طايره|طايرتها)\s+(?:\S+\s+){0,2}?(?:الي|من)\s+(?:مدينه\s+)?$"
                           # where the wounded were taken: "عشرات الجرحى نقلوا في شاحنات إلى مايدوغوري"
                           r"|(?<!\w)[وف]?(?:نقل|نقلوا|نقلت|نقلهم|نقلها|نقله|اسعفوا|اسعف|اجلي|اجلوا)\s+(?:\S+\s+){0,3}?(?:الي|نحو)\s+(?:مستشفيات\s+)?(?:مدينه\s+)?$"
                           # where an organisation is based: "المرصد السوري لحقوق الإنسان ومقره لندن"
                           r"|(?<!\w)[وف]?(?:مقره|مقرها|ومقره|ومقرها|يتخذ\s+من|تتخذ\s+من)\s+(?:في\s+)?$"
                           # the region of a group's branch: "فرع تنظيم القاعدة في منطقة الساحل"
                           r"|(?<!\w)[وف]?(?:فرع|ذراع|جناح)\s+(?:\S+\s+){1,3}?في\s+(?:منطقه\s+|بلاد\s+)?$"
                           # a place in the title of one who speaks: "وقال والي آيدن" (not "قتل قائد شرطة بكتيا")
                           r"|(?<!\w)[وف]?(?:قال|قالت|اكد|اكدت|اعلن|اعلنت|افاد|ذكر|صرح|اوضح)\s+(?:\S+\s+)?"
                           r"(?:والي|محافظ|حاكم|رييس\s+بلديه|قايد\s+شرطه|مدير\s+شرطه|مدير\s+امن)\s+(?:ولايه\s+|محافظه\s+|مدينه\s+)?$")


_CARE = re.compile(r"hospital|clinic|medical|مستشف|مستوصف|مركز صحي|مدينة الطب", re.I)
_CARE_IN = re.compile(
    r"(?:hospitals?|clinic)\s+(?:[\w'’-]+\s+){0,2}(?:in|of|at)\s+(?:the\s+(?:city|town)\s+of\s+)?$"
    r"|(?:hospitals?|clinics?)\s+(?:in|of|at)\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|and|or)\s+){1,4}"
    r"(?:(?:[\w'’-]+\s+){0,4}(?:in|at)\s+)?$"  # "hospitals in Azaz and across the border in Kilis", "in Malegaon, Nashik and Dhule"
    r"|(?:مستشفي|مستشفيات)\s+(?:\S+\s+){0,2}(?:ب|في\s+)(?:مدينه\s+)?$|مستشفيات\s+$", re.I)
_TAKEN_TO = re.compile(r"\b(?:taken|took|rushed|transferred|evacuated|admitted|treated|brought|ferried|died|succumbed)\b|نقل|اسعاف|إسعاف|ادخال|إدخال|يتلقون|تلقي|فارق|توفي|توفو|لفظ|وفاه|يعالج|العلاج|(?<!\w)[وف]?(?:وصول|وصل|وصلت)(?!\w)", re.I)


_STRUCK_CARE = re.compile(r"\b(?:shot|killed|attacked|stormed|bombed|struck|targeted|opened\s+fire|blew\s+(?:himself|herself)\s+up)\b"
                          r"[^.;]{0,100}\b(?:hospitals?|clinic)\b", re.I)
_ASSAILED_BEFORE = re.compile(r"\b(?:attacked|stormed|bombed|struck|targeted|raided|hit|besieged|seized)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_WOUNDED_TAKEN_THERE = re.compile(r",?\s+where\s+(?:(?:many|most|some|several|all|dozens)\s+of\s+)?the\s+(?:wounded|injured|victims|casualties|bodies|dead)"
                                  r"\s+(?:were|had\s+been|was|have\s+been)\s+(?:\w+\s+)?(?:taken|brought|evacuated|flown|transferred|rushed)\b", re.I)
_CARE_AFTER = re.compile(r"^\s*(?:and\s+(?:[\w'’-]+\s+){1,3}?)?(?:hospitals?|clinics?|medical\s+cent(?:er|re)s?)\b", re.I)
_CARE_BEFORE_AR = re.compile(r"(?<!\w)(?:مستشفي|مستشفيات|مستوصف)\s+(?:(?:مدينه|مدينتي|بلده|محافظه)\s+)?(?:(?:\S+\s+){1,2}و)?$")  # "مستشفيات الكوت والناصرية"
_SPOKE_AT = re.compile(r"\b(?:officials?|officers?|doctors?|sources?|staff|spokesm[ae]n|spokesperson|medics?|headquarters|office)\s+(?:at|in|from|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


# "a doctor at Mosul's al-Jumhuri hospital said": the place of the source's workplace
_SPEAKS = re.compile(r"^(?:['’]s\s+(?:[\w'’-]+\s+){1,3}?)?\s*(?:(?:at\s+first|first|initially|later|earlier)\s+)?"
                     r"(?:told|said|says|tells|added|confirmed|reported|called|condemned|denounced|described)\b", re.I)
# the same in folded Arabic: "قال مسؤول في مستشفى بعقوبة العام إن ...", "ذكر مصدر في شرطة كركوك ان"
_SPOKE_AT_AR = re.compile(r"(?<!\w)[وف]?(?:مسوول\w*|مصدر|مصادر|طبيب|اطباء|ضابط|متحدث\w*|مسعف\w*|موظف\w*)"
                          r"\s+(?:\S+\s+)?(?:في|من)\s+$")
_HEALTH_OFFICE_AR = re.compile(r"(?<!\w)(?:دايره|مديريه)\s+(?:صحه|الصحه\s+في)\s+(?:\S+\s+)?$")
_SPEAKS_AR = re.compile(r"^\s*(?:\S+\s+)?(?:ان|انه|قال|قالت|لوكاله|لرويترز|ل\S+\s+(?:ان|انه))(?!\w)")


_STANDING_IN = re.compile(r"\b(?:which|that)\s+(?:stand|stands|lie|lies|sit|sits|are\s+located|is\s+located)\s+"
                          r"(?:[\w-]+\s+){0,5}?(?:in|inside)\s+(?:the\s+)?$", re.I)


def _is_reference(view: TextView, name: "NameRef", lang: Lang) -> bool | str:
    """A place named for something other than where the attack was: to locate another ("45 km
    northwest of Kirkuk", "north of Baghdad": "near"), or where the wounded were taken, a source
    spoke or people were heading (True)."""
    vb, ve = view.window(name.begin, name.end)
    before = view.text[max(0, vb - 60) : vb]
    spoke_at = _SPOKE_AT_AR if lang is Lang.AR else _SPOKE_AT
    speaks = _SPEAKS_AR if lang is Lang.AR else _SPEAKS
    if _TAKEN_TO.search(before) and (_CARE_AFTER.match(view.text[ve : ve + 40]) or _CARE_BEFORE_AR.search(before)):
        return True  # "taken to Madina and Erdogan hospitals", "بعد وفاة عدد من المصابين في مستشفى بعقوبة العام"
    if (lang is Lang.EN and _WOUNDED_TAKEN_THERE.match(view.text, ve)
            and not _ASSAILED_BEFORE.search(view.text[max(0, vb - 40) : vb])):
        # "Doctors ... in nearby Tikrit, where many of the wounded were taken" (not "militants then attacked
        # the Bolan Medical Complex, where the injured had been taken")
        return True
    if lang is Lang.EN and spoke_at.search(before) and _CARE_AFTER.match(view.text[ve : ve + 40]):
        return True  # "Officials at al-Kindi and Ibn al-Nafees hospitals said"
    if _CARE.search(name.text) and (_TAKEN_TO.search(before) or spoke_at.search(before)):
        return True  # the hospital the wounded were taken to, or a source spoke from, is not where the attack was
    if lang is Lang.AR and _HEALTH_OFFICE_AR.search(before):
        return True  # "مصدر طبي في دائرة صحة بغداد الرصافة": the office a source works for
    if spoke_at.search(before) and speaks.match(view.text[ve : ve + 30]):
        return True  # "a security official in Khanaqin told Rudaw": where the source is
    wider = view.text[max(0, vb - 120) : vb]
    if _CARE_IN.search(before) and not (lang is Lang.EN and _STRUCK_CARE.search(wider) and not _TAKEN_TO.search(wider)):
        # "a hospital in the town of Jaar", "مستشفى الرازي بمدينة جعار", "مستشفيات عدن"; not the
        # hospital attacked ("shot dead six people in the waiting room of a hospital in the city of Ostrava")
        return True
    near, landmark = (_NEAR_AR, _LANDMARK_AR) if lang is Lang.AR else (_NEAR_EN, _LANDMARK_EN)
    if near.search(before) or landmark.search(before):
        return "near"
    if lang is Lang.EN and _TOWN_TOLD_BY.search(wider):
        return "near"  # "Sevare, a garrison town about 600 km ... northeast of the capital next to the river port of Mopti"
    if lang is Lang.EN and _STANDING_IN.search(before):
        return "near"  # "St John's Catholic Church and Christ Church, ..., which stand a few hundred metres apart in Youhanabad"
    if lang is Lang.EN and _COMPARED_IN.search(before):
        return "near"  # "the deadliest attack in the North Caucasus for months": where it is compared, its place only if no other
    if lang is Lang.AR and _COMPARED_IN_AR.search(before):
        return "near"  # "ويعد هذا الهجوم الأعنف في صنعاء منذ ...": where it is compared
    if lang is Lang.AR and name.subtype in ("city", "town") and _NEAR_TOWN_AR.search(before):
        return "near"  # "قرب معبر واغا الحدودي، بالقرب من لاهور": the town by the place, not near "مستشفى اليرموك"
    if lang is Lang.AR:
        return bool(_REFERENCE_AR.search(before))
    after = view.text[ve : ve + 40]
    if (_ROAD_END_AFTER.match(after) or (_ROAD_START_BEFORE.search(before) and _ROAD_AFTER.match(after))):
        return "near"  # an end of a road named for two places: "the Jammu-Srinagar highway", "Kabul–Jalalabad road"
    if _PAST_OF_OTHERS.search(before):
        return True  # "passengers from two cruise ships that had docked in Tunis that morning": their doing, elsewhere
    if _UNREAL_ATTACK_BEFORE.search(before):
        return True  # "to warn that a similar attack on London was inevitable": no attack there
    if _TIME_BEFORE.search(before) and _ATTACK_AFTER.match(after):
        return True  # "A day before the Ahmedabad attacks, ... nine bombs went off in Bangalore": another attack's name
    if _FRONTED_IN.search(before) and _SPEAKER_AFTER.match(view.text, ve):
        return True  # "In Jerusalem, Foreign Minister Abba Eban said the bombings showed ...": where a speaker spoke
    if _THIS_BEFORE.search(before) and _TOWN_NOUN_END.search(name.text):
        return True  # "shot dead in the lobby of a hotel in this Algarve resort": the town filed from, told again
    if _THIS_BEFORE.search(before) and _TOWN_AFTER.match(view.text[ve : ve + 30]):
        return True  # the county of the town the story is filed in: "this County Tyrone market town"
    return bool(_REFERENCE_EN.search(before)) or bool(_REFERENCE_EN_AFTER.match(view.text[ve : ve + 40]))


# the Arabic superlatives a comparison is told by ("الأعنف", "أسوأ", "الأكثر دموية"), raw or folded
SUPERLATIVE_AR = r"(?:أعنف|اعنف|أسوأ|اسوأ|اسوا|أدمى|ادمى|أخطر|اخطر|(?:ال)?(?:أكثر|اكثر)\s+(?:ال\S+\s+)?دموي[ةه])"  # "أكثر دموية", "أكثر الأيام دموية"
_COMPARED_IN_AR = re.compile(rf"(?<!\w)(?:ال)?{SUPERLATIVE_AR}\s+(?:\S+\s+){{0,3}}?(?:في|ب)\s*(?:مدينه\s+|العاصمه\s+)?$")
_PAST_OF_OTHERS = re.compile(r"\b(?:that|which|who)\s+had\s+(?:just\s+|earlier\s+)?(?:[a-z]+ed)\s+(?:[a-z]+\s+){0,2}?(?:in|at|to|from)\s+(?:the\s+)?$")
_UNREAL_ATTACK_BEFORE = re.compile(r"\b(?:similar|future|possible|potential|planned|imminent)\s+(?:[\w-]+\s+)?"
                                   r"(?:attacks?|bombings?|strikes?)\s+(?:on|in|against)\s+(?:the\s+)?$", re.I)
_TIME_BEFORE = re.compile(r"\b(?:before|after|since|following|ahead\s+of)\s+the\s+$", re.I)
_ATTACK_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|bombings?|blasts?|explosions?|massacres?|sieges?|shootings?|raids?)\b", re.I)
_COMPARED_IN = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+serious)\s+(?:single\s+)?(?:[\w-]+\s+)?"
                         r"(?:attacks?|bombings?|violence|incidents?|day|assaults?|massacres?|blasts?)\s+(?:(?:yet|so\s+far|ever)\s+)?"
                         r"(?:in|on|to\s+hit)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$")


def _is_caseless(text: str) -> bool:
    letters = [c for c in text if c.isascii() and c.isalpha()]
    if len(letters) < 40:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper < len(letters) * 0.01 or upper > len(letters) * 0.9


_CREDITS = re.compile(r"[(\[]?\s*(?:(?:Additional\s+)?reporting|Writing|Editing|Compiled)\s+by\b", re.I)


def _sentences(document: Document, lexicon: Lexicon) -> list[Sentence]:
    background = lexicon.folded("sections.background")
    reactions = lexicon.folded("sections.reactions")
    tallies = lexicon.folded("sections.casualties")
    out: list[Sentence] = []
    masked = mask_citations(document.text)
    seen_heading = False
    title = document.text[document.title.begin : document.title.end].strip().casefold() if document.title else None
    # the title said again above the infobox is no heading of a section
    # (nor is a line above the story's first paragraph: "Published: Mon May 14, 2018 7:02am BST")
    prose = next((i for i, b in enumerate(document.blocks) if b.kind is BlockKind.PARAGRAPH), len(document.blocks))
    headings = {i for i, b in enumerate(document.blocks) if b.kind is BlockKind.HEADING and i > prose
                and document.text[b.span.begin : b.span.end].strip().casefold() != title}
    # a story without sections (a news wire) has for its lead the paragraphs up to the first that
    # reads as prose (not a line of byline or date above it)
    first = next((i for i, b in enumerate(document.blocks) if b.kind is BlockKind.PARAGRAPH
                  and b.span.end - b.span.begin > 100), None)
    above = True  # under no heading yet, or only under a line above the story ("تاريخ النشر: 11.03.2014")
    for index, block in enumerate(document.blocks):
        if block.kind is BlockKind.HEADING:
            seen_heading = seen_heading or index in headings
            above = index not in headings
            continue
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.BULLET):
            continue
        heading = "" if above else lexicon.fold(block.section).strip()
        section = "body"
        if heading in background or any(heading.startswith(w) for w in background):
            section = "background"
        elif heading in reactions or any(w in heading for w in reactions):
            section = "reactions"
        head = _bullet_head(document.text, block) if block.kind is BlockKind.BULLET else None
        tally = section == "body" and any(heading.startswith(w) for w in tallies)
        for begin, end in sentences(masked, block.span.begin, block.span.end, document.lang):
            if _CREDITS.match(document.text, begin, end):
                # "(Reporting by Sanjib Kumar Roy in Imphal; Editing by Nick Macfie)": where the
                # reporters were, read as no more than background
                out.append(Sentence(begin, end, index, "background", False))
                continue
            out.append(Sentence(begin, end, index, section, not seen_heading and (bool(headings) or first is None or index <= first),
                                head if begin == block.span.begin else None, tally))
    return out


def _with_bullet_places(result: "DocumentAnnotations", names: list[NameRef]) -> list[NameRef]:
    """The head of a bullet in the body names the place of what the bullet tells ("- الدورة:
    فجر انتحاري ..."), when no list or pattern knows it; a head a recogniser took for a person or
    an organisation is that place when the bullet tells an attack ("- Calle Téllez (train 17305):
    four bombs exploded ...")."""
    document = result.document
    out = []
    for sentence in result.sentences:
        if sentence.section != "body" or sentence.bullet_head is None or sentence.bullet_head <= sentence.begin:
            continue
        begin, end = sentence.begin, sentence.bullet_head
        while end > begin and document.text[end - 1] in " \t:：":
            end -= 1
        if document.text[end - 1 : end] == ")":
            end = document.text.rindex("(", begin, end)  # "Atocha station (train 21431)": the name
            while end > begin and document.text[end - 1] in " \t":
                end -= 1
        cut = _HEAD_CUT.search(document.text, begin, end)
        if cut is not None and cut.start() > begin:
            end = cut.start()  # "كمين الوفاق جنوب رفح", "Checkpoint 7 near Rafah": the name before
        name = document.text[begin:end]
        overlapping = [n for n in names if n.begin < end and begin < n.end]
        if overlapping and not _misread_head(result, sentence, overlapping, begin, end):
            continue
        if PHASE_HEAD.search(name):
            continue  # "- التفجير الثاني:", "- The first blast:" name a phase, not a place
        words = name.split()
        if not 1 <= len(words) <= 6 or _is_stop(name, document.lang):
            continue
        facility = document.lang is Lang.EN and re.fullmatch(_EN_FACILITY, words[-1]) is not None
        named = words[:-1] if facility and len(words) > 1 else words
        if document.lang is Lang.EN and not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in named):
            continue
        names = [n for n in names if n not in overlapping]
        for part_begin, part_end in _head_parts(document.text, begin, end, document.lang):
            part = document.text[part_begin:part_end]
            out.append(NameRef(part_begin, part_end, part, entity_key(EntityKind.PLACE, part, document.lang), EntityKind.PLACE,
                               "facility" if facility else "neighbourhood", None, None, "pattern"))
    return names + out


_HEAD_AND = {Lang.AR: re.compile(r"\s+و(?=\S{3,})|،\s*"), Lang.EN: re.compile(r",\s+(?:and\s+)?|\s+and\s+")}


def _head_parts(text: str, begin: int, end: int, lang: Lang) -> list[tuple[int, int]]:
    """The places a bullet head lists ("- ماكودة وتيزي غنيف وواقنون: انفجرت عبوات ناسفة ... في
    البلدات الثلاث"): each is a name of its own, when each is of one to three words."""
    parts, start = [], begin
    for match in _HEAD_AND[lang].finditer(text, begin, end):
        parts.append((start, match.start()))
        start = match.end()
    parts.append((start, end))
    if len(parts) > 1 and all(1 <= len(text[b:e].split()) <= 3 for b, e in parts):
        return parts
    return [(begin, end)]


def _misread_head(result: "DocumentAnnotations", sentence: Sentence, overlapping: list[NameRef],
                  begin: int, end: int) -> bool:
    """Is the head's one name a recogniser's person or organisation, no list's, in a bullet that
    tells an attack?"""
    if len(overlapping) != 1:
        return False
    name = overlapping[0]
    return (name.kind in (EntityKind.PERSON, EntityKind.ORGANISATION) and name.gazetteer_id is None
            and name.begin >= begin and name.end <= end
            and any(not t.generic for t in result.within(result.triggers, sentence.begin, sentence.end)))


# the small words inside a place name: "El Pozo del Tío Raimundo", "Dar es Salaam"
_NAME_PARTICLES = {"al", "el", "of", "the", "de", "del", "la", "las", "los", "du", "des", "di", "da", "do", "es"}

# a bullet head that names a phase or the nth attack of a story ("- التفجير الثاني:", "- The first
# blast:"): no place, and (kg.extract.incidents) an attack of its own
PHASE_HEAD = re.compile(r"(?:^|\s)(?:ال)?(?:اول|أول|ثاني|ثالث|رابع|خامس|اولي|أولى|ثانيه|ثانية|ثالثه|ثالثة)$"
                        r"|\b(?:first|second|third|fourth|fifth|last)\b", re.I)
_HEAD_CUT = re.compile(r"\s+(?:[وب]?(?:جنوب|شمال|شرق|غرب|قرب|في|داخل|خارج|وسط|محيط)(?:ي|ى)?\s"
                       r"|(?:near|in|at|outside|south|north|east|west|of)\s)")
_HEAD = re.compile(r"[^:：\d\n()]{2,40}?(?:\s*\([^()\n]{1,30}\))?[:：]\s")  # "- Atocha station (train 21431): "


def _bullet_head(text: str, block) -> int | None:
    """Where the head of a bullet ends ("- Kadhimiya: a car bomb ..."); the bullet's own start
    when it has none."""
    match = _HEAD.match(text, block.span.begin, block.span.end)
    return match.end() if match else block.span.begin


def top_dates(document: Document, view: TextView, lexicon: Lexicon, sentences: list[Sentence]) -> list[DateRef]:
    """The dates at the top of a story, between its title and its first sentence's beginning: its
    dateline, or a line of its own ("الخميس 13 يونيو 2013", "آخر تحديث: 2013/7/23")."""
    top = document.title.end if document.title else 0
    first = sentences[0] if sentences else None
    limit = min(len(document.text), (first.begin + 100) if first else 400)
    return [r for r in find_dates(view, top, limit, lexicon) if r.date is not None]


def _title_dates(document: Document, view: TextView, lexicon: Lexicon) -> list[DateRef]:
    if document.title is None:
        return []
    return [r for r in find_dates(view, document.title.begin, document.title.end, lexicon) if r.date]


# ---- names -------------------------------------------------------------------------------------

_EN_WORD = r"[A-Z]\w*(?:['’](?!s\b)\w+)*"  # a capitalised word, without the possessive 's
_EN_NAME = rf"(?:(?:al|el|ad|as|ash|an|ar|at|az|ez|ed|es|ul|ur)-)?{_EN_WORD}(?:-(?:[a-z]{{1,3}}-)?{_EN_WORD}|-[a-z]{{1,3}}(?=\s+[A-Z]))*"
# (names joined by particles: "Epifanio de los Santos Avenue", "the Promenade des Anglais")
_CAPITALISED = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"  # a run of capitalised words
_SIDE = r"(?:central|northern|southern|eastern|western|downtown)"  # "in central Hua Hin"
# (not the English words "at", "as", "an": "an Air France Airbus at Algiers airport")
_EN_NAMES = (rf"(?:(?:St|Ste|Mt)\.?[ \t]+)?{_EN_NAME}(?:[ \t]+(?:(?:al|el|ad|ash|ar|az|bin|ibn|abu|of)[ \t]+"
             rf"|(?:(?:de|des|du|del|della|di|da|dos|das|do|la|le|los|las|van|von|der|den)[ \t]+){{1,2}})?{_EN_NAME}){{0,3}}")
_EN_PLACE_NOUN = r"(?:neighbou?rhood|district|suburb|quarter|area|province|governorate|village|town|city|region|municipality|county|township|camp|island|peninsula|port)"
_EN_FACILITY = r"(?i:police\s+(?:training\s+)?(?:cent(?:re|er)|academy|college|headquarters)|training\s+(?:cent(?:re|er)|camp)|(?:army|military|air)\s+base|shopping\s+cent(?:re|er)|cathedral|chapel|basilica|temple|synagogue|embassy|consulate|barracks|college|academy|bus\s+station|metro\s+station|hospital|mall|shopping\s+mall|mosque|market|marketplace|hotel|university|stadium|church|shrine|mausoleum|tomb|school|prison|airport|bridge|square|chowk|bazaar|bazar|cafe|café|restaurant|police\s+station|base|checkpoint|compound|palace|ministry|station|pier|terminal|harbou?r|port|club|nightclub|pub|resort|theatre|theater|concert\s+hall|parliament|border\s+crossing|crossing|town\s+hall|city\s+hall|post\s+office|museum|art\s+gallery|park|national\s+park|gardens)"
_EN_NAMED_OF = r"Church|Cathedral|Basilica|Chapel|Mosque|Shrine|Temple|Synagogue|Hospital|University|Museum|Palace|Tomb|Dome|Cave|Mausoleum"  # "… of X"
_GROUP_KIND = r"(?:separatist|rebel|militant|insurgent|armed|jihadist|Islamist|Maoist|guerrilla|extremist|terrorist|paramilitary)"
_EN_GROUP_NOUN = r"(?:group|brigades?|battalions?|front|movement|organi[sz]ation|army|militia|network)"
_EN_STOP = {
    "the", "a", "an", "on", "in", "at", "of", "and", "but", "he", "she", "it", "they", "we", "his", "her",
    "their", "this", "that", "these", "those", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "police", "gunmen", "officials", "authorities",
    "reuters", "ap", "afp", "security", "government", "local", "iraqi", "several", "other", "some",
    "two", "three", "four", "many", "after", "before", "during", "when", "while", "since", "according",
    "footage", "guards", "bombings", "shootings", "attacks", "president", "minister", "prime", "general",
    "un", "u.n", "interior", "defense", "defence", "ministry", "army", "islamic", "state", "capital",
    "no", "none", "dr", "mr", "mrs", "gen", "general", "col", "colonel", "maj", "major", "lt", "lieutenant", "capt", "captain",
    "brig", "brigadier", "sheikh", "imam", "sgt", "sergeant", "governor", "mayor", "police", "sunday",
}
# a facility word before these names no building: the seat of a province, or an office by its service
_AR_SEAT_OR_SERVICE = ("(?:ولايه|محافظه|مدينه|قضاء|ناحيه|مديريه|اقليم|المحافظه|الولايه|المدينه|القضاء"
                       "|اصدار|تسجيل|توزيع|تجنيد|تطوع|تدريب|استقبال|تنسيق|شوون|خدمه|خدمات|ارتباط)")
_AR_PLACE_NOUN = "(?:مديريه|مدينه|مدينتي|بلده|قريه|قريتي|قضاء|قضايي|ناحيه|ناحيتي|حي|حيي|منطقه|منطقتي|محافظه|محافظتي|مخيم|منتجع)"
_AR_FACILITY = "(?:مستشفي|اكاديميه|معسكر|معبر|متحف|مول|مجمع|جامع|مسجد|سوق|فندق|جامعه|ملعب|كنيسه|مرقد|سجن|مطار|مركز|ساحه|ميدان|جسر|مكتب|مدرسه|كليه|محطه|حسينيه|قلعه|ثكنه)"
_AR_POST_WORDS = "(?:الامني|الامنيه|المسلح|العسكري|التفتيش|الشرطه|الجيش|الاول|الثاني|الثالث|الرييسي|المشترك|الثابت|المتحرك|الحدودي|المرور|السيطره)"
_AR_GROUP_NOUN = "(?:جماعه|تنظيم|كتائب|لواء|حركه|جبهه|جيش)"
_AR_STOP = {
    "صحه", "الصحه", "شرطه", "تربيه", "التربيه", "الدفاع", "الداخليه",  # "مديرية صحة ديالى": an office, no place
    "سكني", "السكني", "سكنيه", "السكنيه", "صناعي", "الصناعي", "صناعيه", "الصناعيه",
    "بالكامل", "كله", "كلها", "نفسه", "نفسها", "شعبي", "الشعبي", "الرئيسي", "الرييسي", "المركزي", "المزدحم",
    "الكبير", "قرب", "مركز", "القضاء", "الناحيه", "المدينه", "المحافظه", "صحراويه", "الصحراويه", "الحدودي",
    "تجاري", "التجاري", "مزدحم", "المذكور", "المذكوره", "حكومي", "الحكومي", "امني", "الامني", "في", "من", "علي", "الي", "عن", "مع", "الذي", "التي", "بعد", "قبل", "عند", "كان", "وكان", "هذا", "هذه",
    "ذلك", "تلك", "نفس", "ذات", "جميع", "كل", "بعض", "اخر", "اخري", "الاخري", "كبير", "كبيره", "صغير", "قريب",
    "القريب", "مجاور", "الرئيسيه", "الامن", "الشرطه", "الجيش", "حكومي", "للتسوق", "وسط", "شمال", "جنوب", "شرق", "غرب",
    "اثناء", "خلال", "حيث", "عندما", "لدي", "تابع", "تابعه", "قد", "لقد", "لم", "لن", "لا", "اذ", "ابتداييه", "ثانويه", "متوسطه", "اعداديه", "السير", "المرور", "النقل", "الاحتجاج", "الاحتجاجات",
    "التابعه", "التابع", "الواقعه", "الواقع", "المجاوره", "المجاور", "المحاذيه", "المحاذي", "القريبه", "المحيطه",
    "مزدحمه", "المزدحمه", "مكتظ", "مكتظه", "المكتظ", "المكتظه", "شعبيه", "الشعبيه", "تجاريه", "التجاريه",
    "رييسيه", "رييسي", "الرييسيه", "كبري", "الكبري", "مفتوح", "مفتوحه", "المفتوح", "المفتوحه", "محلي", "المحلي",
    "سياحي", "السياحي", "سياحيه", "السياحيه", "نفطي", "النفطي", "نفطيه", "النفطيه", "ساحلي", "الساحلي", "ساحليه", "الساحليه",
}

# words that begin a place name and make the name after them another place: "أبي صيدا" (Abu
# Saida) is not صيدا (Sidon), "Umm Qasr" is not Qasr; "بابا الإسكندرية" is the Pope of Alexandria
_AR_NAME_HEAD = re.compile(r"(?:^|(?<=[\s(]))(?P<clitic>[وفبل]?)(?:ابو|ابي|ام|راس|تل|بير|عين|دير|كفر|بيت|بني|وادي|سيدي|البو|ابا)\s+$")
_EN_NAME_HEAD = re.compile(r"\b(?:Abu|Abou|Umm|Um|Ras|Tel|Tal|Bir|Ain|Ayn|Deir|Dayr|Kafr|Kfar|Beit|Bayt|Bani|Beni|Wadi|Sidi)[\s-]+$")


def _names(document: Document, view: TextView, gazetteer: Gazetteer, lexicon: Lexicon, caseless: bool,
           dateline: tuple[int, int] | None) -> list[NameRef]:
    text = document.text
    out: list[NameRef] = []
    for match in _disambiguated(gazetteer.find(view.text, caseless=caseless), gazetteer):
        begin, end = view.span(match.begin, match.end)
        if _is_timestamp_zone(view.text, match.begin, match.end):
            continue
        if document.lang is Lang.AR and _adjective_not_place(view, match.begin, match.end, lexicon):
            continue
        entry = gazetteer.get(match.entry_id)
        head = (_AR_NAME_HEAD if document.lang is Lang.AR else _EN_NAME_HEAD).search(view.text[max(0, match.begin - 12) : match.begin])
        if head is not None and entry.kind is EntityKind.PLACE:
            # (the clitic before the head is no part of the name; the و of "وادي" is)
            hb = view.span(match.begin - len(head.group(0)) + len(head.groupdict().get("clitic") or ""), match.begin)[0]
            whole = text[hb:end]
            out.append(NameRef(hb, end, whole, entity_key(EntityKind.PLACE, whole, document.lang), EntityKind.PLACE,
                               "town", None, None, "pattern"))
            continue
        out.append(NameRef(begin, end, text[begin:end], entry.id, entry.kind, entry.subtype, entry.id, entry.located_in or None))
    out.extend(_unnamed_capitals(view, document, gazetteer, lexicon, out, dateline))
    patterned: list[tuple[int, int, EntityKind, str]] = []
    if document.lang is Lang.EN and not caseless:
        patterned = _english_names(view.text)
        found = _listed_facilities(view.text) + _recognised_names(view.text, document, lexicon) + patterned
    elif document.lang is Lang.AR:
        found = _arabic_names(view, text) + _infobox_places(document, view, lexicon, gazetteer)
    else:
        found = []
    if document.lang is Lang.EN:
        days = {*lexicon.get("dates.weekdays"), *lexicon.words("dates.today"), *lexicon.words("dates.yesterday")}
        found = _trimmed(found, text, {w.lower() for w in lexicon.words("actors.not_places")},
                         {w.lower() for w in lexicon.words("actors.day_ends")}, days)
    out = _extended(out, found, text, _home_country(out, gazetteer), gazetteer)
    persons = [(b, e) for b, e, kind, _ in patterned if kind is EntityKind.PERSON]
    # "President Abdrabbuh Mansur Hadi": a place of a list inside a person's name is the name
    out = [n for n in out if not (n.kind is EntityKind.PLACE and any(b <= n.begin and n.end <= e and (b, e) != (n.begin, n.end)
                                                                      for b, e in persons))]
    taken = [(n.begin, n.end) for n in out]
    # the longest reading of overlapping names wins ("St Peter and St Paul's Church" over "St Peter")
    # (and of two readings of one span, a building's over a recogniser's organisation: "the
    # Pentecostal Church of Central Surabaya"), and an armed group's over an organisation's (the
    # pattern that read "..., a separatist group" knows more than the recogniser)
    groups = {(f[0], f[1]) for f in found if f[2] is EntityKind.ARMED_GROUP}
    for begin, end, kind, subtype in sorted(found, key=lambda f: (f[0] - f[1], not _building(text, f),
                                                                  f[2] is EntityKind.ORGANISATION and (f[0], f[1]) in groups)):
        if any(begin < e and b < end for b, e in taken):
            continue
        name = text[begin:end]
        if not name.strip() or _is_stop(name, document.lang):
            continue
        listed = _listed_arabic(name, subtype, gazetteer) if document.lang is Lang.AR else None
        if listed is not None:  # "حيي الحرية والشعلة": الحرية is the listed حي الحرية
            entry = gazetteer.get(listed)
            out.append(NameRef(begin, end, name, entry.id, entry.kind, entry.subtype, entry.id, entry.located_in or None))
        else:
            key = entity_key(kind, name, document.lang)
            out.append(NameRef(begin, end, name, key, kind, subtype, None, None, "pattern"))
        taken.append((begin, end))
    out.sort(key=lambda n: (n.begin, n.end))
    out = _consistent([_typed_by_noun(n, text) for n in out], text)
    if document.lang is Lang.EN:
        out = _group_acronyms(_named_again(_shortened_facilities(out), text), text)
        apposed = [view.span(*m.span("apposition")) for m in _APPOSED_BUILDING.finditer(view.text)]
        out = [n for n in out if not (n.kind is EntityKind.PLACE and n.gazetteer_id is None
                                      and any(b <= n.begin and n.end <= e for b, e in apposed))]
        branch = lexicon.regex(r"\s+{BRANCH}")
        out = [n for n in out if not (n.kind is EntityKind.PLACE and branch.match(text, n.end))]
        craft = lexicon.regex(r"(?:['’]s)?\s+{CRAFT}\b")
        out = [n for n in out if not (n.kind is EntityKind.PLACE and n.gazetteer_id is None and craft.match(text, n.end))]
        # "a cousin of Queen Elizabeth II", "the Queen's Own Highlanders": a person, not a place
        out = [n for n in out if not (n.kind is EntityKind.PLACE and n.gazetteer_id is None and _TITLED.match(n.text)
                                      and not _BUILDING_NOUN_IN.search(n.text))]
        # "the First Nagorno-Karabakh War", "the Tet Offensive": an event's name, no place
        out = [n for n in out if not (n.kind is EntityKind.PLACE and n.gazetteer_id is None and _EVENT_NAME.search(n.text))]
    out = _contained_places(out, view, gazetteer, dateline)
    if document.lang is Lang.EN and not caseless:
        listed = _listed_with_towns(text, out, lexicon)
        out = out if listed is out else _named_again(listed, text)  # "In Intazayene alone ...", after the list
        sites = _struck_sites(text, out)
        opening = next((b.span for b in document.blocks if b.kind is BlockKind.PARAGRAPH and b.span.end - b.span.begin > 100), None)
        told = _told_sites(text, out + sites, after=opening.end if opening else 0)
        sites += [s for s in told if not any(o.begin < s.end and s.begin < o.end for o in sites)]
        out = sorted([n for n in out if not any(s.begin <= n.begin and n.end <= s.end for s in sites)] + sites,
                     key=lambda n: (n.begin, n.end))
    return out


# the villages a list of names ends with: "Intazayene, Bakorat, Wistane and several hamlets"
MORE_VILLAGES = (r"and[ \t]+(?:several|other|nearby|surrounding|two|three|four)[ \t]+(?:[a-z]+[ \t]+)?"
                 r"(?:hamlets|villages|towns|settlements)\b")
_LIST_MEMBER = rf"{_EN_NAME}(?:[ \t]+{_EN_NAME})?"
# a list of three names or more after a preposition: "in the raids on Kolambugan, Kauswagan, Linamon,
# Maigo and Bacolod", "swept through Intazayene, Bakorat, Wistane and several hamlets"
_NAME_LIST = re.compile(rf"\b(?:on|in|at|of|near|across|including|through)[ \t]+"
                        rf"(?P<list>(?:{_LIST_MEMBER},[ \t]+)+{_LIST_MEMBER},?[ \t]+and[ \t]+{_LIST_MEMBER}"
                        rf"|(?:{_LIST_MEMBER},[ \t]+){{2,}}{_LIST_MEMBER}(?=,?[ \t]+{MORE_VILLAGES}))")
_VILLAGES_AFTER = re.compile(rf",?[ \t]+{MORE_VILLAGES}")
_TOWN_SUBTYPES = {"town", "city", "village", "neighbourhood", "district"}


def _listed_with_towns(text: str, names: list[NameRef], lexicon: Lexicon) -> list[NameRef]:
    """Names no list knows, listed with towns, are towns: "the raids on Kolambugan, Kauswagan,
    Linamon, Maigo and Bacolod", two of them known, are five towns."""
    not_places = {w.lower() for w in lexicon.words("actors.not_places")}
    added: list[NameRef] = []
    dropped: list[NameRef] = []
    for match in _NAME_LIST.finditer(text):
        members = [(match.start("list") + m.start(), match.start("list") + m.end())
                   for m in re.finditer(_LIST_MEMBER, match.group("list"))]
        if len(members) < 3:
            continue
        named = [[n for n in names if n.begin < e and b < n.end] for b, e in members]
        villages = _VILLAGES_AFTER.match(text, match.end("list")) is not None
        if not villages and not any(len(found) == 1 and found[0].kind is EntityKind.PLACE and found[0].subtype in _TOWN_SUBTYPES
                                    and (found[0].begin, found[0].end) == (b, e) for found, (b, e) in zip(named, members)):
            continue
        # (a name the recogniser took for an organisation is one more town or more: "Maigo",
        # "Intazayene, Bakorat"; a person or a group among them makes no list of towns)
        misread = [n for found in named for n in found if n.gazetteer_id is None and n.kind is EntityKind.ORGANISATION
                   and match.start("list") <= n.begin and n.end <= match.end("list")]
        if any(found and not all(n.kind is EntityKind.PLACE or n in misread for n in found) for found in named):
            continue
        for found, (b, e) in zip(named, members):
            name = text[b:e]
            if (found and not all(n in misread for n in found)) or _is_stop(name, Lang.EN) or name.lower() in not_places or _DEMONYM.fullmatch(name):
                continue
            dropped.extend(found)
            added.append(NameRef(b, e, name, entity_key(EntityKind.PLACE, name, Lang.EN), EntityKind.PLACE,
                                 "town", None, None, "pattern"))
    if not added:
        return names
    # the recogniser's other readings of a town's name ("In Tabelot alone ...") are that town, named again
    towns = {n.text for n in added}
    dropped.extend(n for n in names if n.text in towns and n.gazetteer_id is None
                   and n.kind in (EntityKind.ORGANISATION, EntityKind.PERSON))
    return sorted([n for n in names if n not in dropped] + added, key=lambda n: (n.begin, n.end))


_AR_PLACE_NOUN_BEFORE = re.compile(r"^(?:دايره|منطقه|قريه|مدينه|بلده|محافظه|ولايه|اقليم|حي|ناحيه|قضاء|مديريه)\s+")


def _infobox_places(document: Document, view: TextView, lexicon: Lexicon,
                    gazetteer: Gazetteer) -> list[tuple[int, int, EntityKind, str]]:
    """The places an Arabic infobox lists ("الموقع: ديالاساغو وديانويلي وديغيساغو، دائرة بانكاس"),
    wherever the text names them again, with or without a clitic ("إلى ديالاساغو"): names no list
    knows, which the infobox says are places. A country's name is no village, even one the list
    knows only in full ("مالي" for "جمهورية مالي")."""
    keys = {lexicon.fold(key).lower() for key in infobox_keys()["location"]}
    field = next((f for f in document.infobox if lexicon.fold(f.key).strip().lower() in keys), None)
    if field is None:
        return []
    names: set[str] = set()
    for part in re.split(r"[،,؛;()\-–—]", lexicon.fold(field.value)):
        for item in re.split(r"\s+و(?=\S{3,})", part.strip()):
            item = _AR_PLACE_NOUN_BEFORE.sub("", item.strip())
            if item and len(item.split()) <= 2 and not item.startswith("ال") and len(item) >= 4:
                names.add(item)
    countries = {w for entry in gazetteer.entries.values() if entry.subtype == "country"
                 for name in entry.names() if arabic.is_arabic(name) for w in lexicon.fold(name).split()}
    names = {n for n in names if n not in countries and not gazetteer.find(n)}
    out = []
    for name in sorted(names):
        for match in re.finditer(rf"(?<![\w])[وفبل]?(?P<n>{re.escape(name)})(?!\w)", view.text):
            begin, end = view.span(*match.span("n"))
            out.append((begin, end, EntityKind.PLACE, "village"))
    return out


def _unnamed_capitals(view: TextView, document: Document, gazetteer: Gazetteer, lexicon: Lexicon,
                      named: list[NameRef], dateline: tuple[int, int] | None) -> list[NameRef]:
    """"the Afghan capital", "العاصمة الأفغانية" with no name after them: the capital the lexicon
    gives for the adjective of nationality ("the Somali capital Mogadishu" is named already). An
    English wire filed from that capital ("KABUL, Oct 20 (Reuters) -") has its place already."""
    text = document.text
    line = dateline if lexicon.lang is Lang.EN else None
    filed_from = {n.gazetteer_id for n in named if line and line[0] <= n.begin < line[1]}
    capitals = {lexicon.fold(k): v for k, v in lexicon.get("places.capitals").items()}
    words = "|".join(re.escape(k) for k in sorted(capitals, key=len, reverse=True))
    if lexicon.lang is Lang.AR:
        regex = re.compile(rf"(?<!\w)(?:[وفب]?ال|لل)عاصمه\s+(?P<adj>{words})(?!\w)")
    else:
        regex = re.compile(rf"\bthe\s+(?P<adj>{words})\s+capital\b(?![-\w])", re.I)
    out = []
    for match in regex.finditer(view.text):
        begin, end = view.span(match.start() if lexicon.lang is Lang.AR else match.start("adj"), match.end())
        if lexicon.lang is Lang.AR and text[begin] in "وفبل" and not text.startswith("ال", begin):
            begin += 1  # (the clitic is no part of the name)
        if any(0 <= n.begin - end <= 3 for n in named) or _NAME_AFTER.match(text, end):
            continue
        entry = gazetteer.entries.get(capitals.get(lexicon.fold(match.group("adj")), ""))
        if entry is not None and entry.id not in filed_from:
            out.append(NameRef(begin, end, text[begin:end], entry.id, entry.kind, entry.subtype, entry.id,
                               entry.located_in or None))
    return out


_NAME_AFTER = re.compile(r",?\s+[A-Z]")  # "the Tanzanian capital Dar es Salaam", "the Afghan capital, Kabul"


_INSTITUTION = re.compile(r"(?i:ministry|parliament|council)$")


def _building(text: str, found: tuple[int, int, EntityKind, str]) -> bool:
    """Is a name read as a facility a building ("the Pentecostal Church of Central Surabaya"), not
    an institution named for its house ("the Health Ministry")?"""
    begin, end, kind, subtype = found
    return kind is EntityKind.PLACE and subtype == "facility" and not _INSTITUTION.search(text[begin:end])


_GENERIC_PLACE = re.compile(rf"(?:the\s+)?(?:{_EN_PLACE_NOUN}|{_EN_FACILITY})s?", re.I)


def _named_again(names: list[NameRef], text: str) -> list[NameRef]:
    """A place no list knows, read once from its context ("the camp at Inates"), is that place
    wherever the text names it again ("the Inates garrison")."""
    places: dict[str, NameRef] = {}
    for name in names:
        if (name.kind is EntityKind.PLACE and name.how == "pattern" and name.text[:1].isupper()
                and not _GENERIC_PLACE.fullmatch(name.text)):  # not "Embassy" of "the Russian Embassy"
            places.setdefault(name.text, name)
    taken = [(n.begin, n.end) for n in names]
    again = []
    inner: set[tuple[int, int]] = set()  # "Istanbul" of "the Aziz Istanbul", a restaurant named before
    for surface, name in sorted(places.items()):
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            overlapping = [(b, e) for b, e in taken if match.start() < e and b < match.end()]
            if any(not (match.start() <= b and e <= match.end()) or (b, e) == match.span() for b, e in overlapping):
                continue
            inner.update(overlapping)
            again.append(NameRef(match.start(), match.end(), surface, name.key, name.kind, name.subtype, None,
                                 name.located_in, name.how))
            taken.append(match.span())
    if not again:
        return names
    return sorted([n for n in names if (n.begin, n.end) not in inner] + again, key=lambda n: (n.begin, n.end))


_ACRONYM_AFTER = re.compile(r"\s*\((?P<a>[A-Z0-9][A-Za-z0-9-]{1,9})\)")


def _group_acronyms(names: list[NameRef], text: str) -> list[NameRef]:
    """An armed group no list knows, named once with its initials ("Return, Reclamation,
    Rehabilitation (3R)"), is that group wherever the initials come again ("3R fighters",
    "The NSCN-K has intensified attacks"), whatever the recogniser read them as."""
    groups: dict[str, NameRef] = {}
    for name in names:
        match = _ACRONYM_AFTER.match(text, name.end)
        if name.kind is EntityKind.ARMED_GROUP and name.how == "pattern" and match and any(c.isupper() for c in match["a"]):
            groups.setdefault(match["a"], name)
    if not groups:
        return names
    kept = [n for n in names if not (n.text in groups and n.gazetteer_id is None)]
    taken = [(n.begin, n.end) for n in kept]
    for surface, group in sorted(groups.items()):
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            if any(match.start() < e and b < match.end() for b, e in taken):
                continue
            kept.append(NameRef(match.start(), match.end(), surface, group.key, group.kind, group.subtype, None, None, "pattern"))
            taken.append(match.span())
    return sorted(kept, key=lambda n: (n.begin, n.end))


def _shortened_facilities(names: list[NameRef]) -> list[NameRef]:
    """A building named again without a word of its name is the same building: "Maelbeek station"
    after "Maelbeek metro station" (same first word, same head noun, words all from the longer)."""
    buildings = {n.text.lower(): n for n in names if n.how == "pattern" and n.subtype == "facility"}
    fuller: dict[str, NameRef] = {}
    for short, name in buildings.items():
        words = short.split()
        longer = [n for text, n in buildings.items() if len(text.split()) > len(words)
                  and text.split()[0] == words[0] and text.split()[-1] == words[-1] and set(words) <= set(text.split())]
        if len(words) >= 2 and len({n.key for n in longer}) == 1:
            fuller[name.key] = longer[0]
    for name in names:  # "24 people died at Lubyanka" after "a train stopped at Lubyanka station"
        station = buildings.get(name.text.lower() + " station")
        if name.kind is EntityKind.PLACE and name.how == "pattern" and station is not None and name.key != station.key:
            fuller[name.key] = station
    return [replace(n, key=fuller[n.key].key) if n.key in fuller and n.how == "pattern" else n for n in names]


_LEADING_FUNCTION_WORDS = {"at", "in", "on", "the", "from", "near", "after", "before", "during", "outside", "inside",
                           "by", "with", "for", "to", "of", "and", "but", "while", "when", "as"}


_MISSION = re.compile(r"(?i:embassy|consulate)")  # "the Danish embassy": a building named by its people


def _trimmed(found, text: str, not_places: set[str], day_ends: set[str],
             days: set[str]) -> list[tuple[int, int, EntityKind, str]]:
    """English place names without the peoples and faiths read into them: "Shi'ite Sadr City" is
    Sadr City, "the mainly Kurdish Rahimawa district" Rahimawa, "At Badr Mosque" Badr Mosque;
    "Sunni-Shiite" is no place, nor is a day ("Bastille Day") or what a day owns ("Friday's market")."""
    out = []
    for begin, end, kind, subtype in found:
        if kind is EntityKind.PLACE:
            name = text[begin:end]
            if all(part.lower().strip("'’") in not_places for part in re.split(r"[\s-]+", name) if part):
                continue
            if name.split()[-1].lower() in day_ends:
                continue  # "the Bastille Day truck attack", "on Christmas Eve": a day, not a place
            owner = re.match(r"(\w+)['’]s\s", name)
            if owner and owner.group(1).lower() in days:
                continue  # "Friday's market bombing": the market of the day's attack, no name
            if (re.fullmatch(rf"(?:{_DEMONYM.pattern})\s+{_EN_FACILITY}", name)
                    and not _MISSION.fullmatch(name.split()[-1])):
                continue  # "a Norwegian resort": a people's building, no name ("the Danish embassy" is one)
            words = name.split()
            # a building named with its people or faith keeps them: "the African Inland Church",
            # "the Indonesian Christian Church" (a capitalised noun ends a proper name); so does a
            # quarter named for its people: "Hazara Town"
            nouns = [m.group() for m in re.finditer(rf"\b{_EN_FACILITY}\b", name)]
            proper = ((any(n[:1].isupper() for n in nouns) and len(words) > 1 and not _INSTITUTION.search(name))
                      or (len(words) == 2 and _MISSION.fullmatch(words[1]) is not None)
                      or (len(words) == 2 and _GENERIC_PLACE.fullmatch(words[1]) is not None and words[1][:1].isupper())
                      or (len(words) == 2 and _STREET_END.search(name) is not None))  # "North Road"
            while words and ((words[0].lower().strip("'’") in not_places and not proper)
                             or words[0].lower() in _LEADING_FUNCTION_WORDS):
                begin += len(words[0]) + 1
                words = words[1:]
            if not words or not re.match(r"(?:(?:al|el|ad|as|ash|an|ar|at|az|ez)-)?[A-Z]", words[0]):
                continue
        out.append((begin, end, kind, subtype))
    return out


def _adjective_not_place(view: TextView, begin: int, end: int, lexicon: Lexicon) -> bool:
    """An Arabic place name that is also an adjective, right after a word that is no place cue and
    with no clitic of its own, is the adjective: "يستقلون سيارة حديثة" is no Haditha."""
    names = lexicon.folded("places.adjective_names")
    if view.text[begin:end] not in names:
        return False
    previous = re.search(r"(\w+)\s+$", view.text[max(0, begin - 30) : begin])
    if previous is None:
        return False  # after punctuation or at the start
    cues = lexicon.folded("places.cues")
    return previous.group(1) not in cues


_TYPE_STRENGTH = {"": 0, "town": 1}
_KIND_PRIORITY = {EntityKind.PERSON: 3, EntityKind.PLACE: 2}


def _consistent(names: list[NameRef], text: str) -> list[NameRef]:
    """One reading per name in a document: a name read once as a place is a place everywhere, with
    the most telling type any of its mentions gives ("Helmand province" makes every Helmand a
    province). A person's reading wins over a place's, unless a place noun or a place preposition
    tells the place ("the town of Al Qubbah", "In Surat Thani," against a recogniser's person
    elsewhere)."""
    told_places = {n.text.lower() for n in names if n.how == "pattern" and n.kind is EntityKind.PLACE
                   and (_NOUN_AFTER.match(text, n.end, n.end + 30) or _noun_before(text, n.begin, plural=True)
                        or (_LOCATIVE_LIST.search(text, max(0, n.begin - 120), n.begin)
                            and not text.startswith(("'s", "’s"), n.end)))}
    readings: dict[str, NameRef] = {}
    for name in names:
        if name.how != "pattern":
            continue
        surface = name.text.lower()
        best = readings.get(surface)
        if surface in told_places and best is not None and (best.kind is EntityKind.PLACE) is not (name.kind is EntityKind.PLACE):
            if name.kind is EntityKind.PLACE:
                readings[surface] = name
            continue
        if best is None or _KIND_PRIORITY.get(name.kind, 0) > _KIND_PRIORITY.get(best.kind, 0) or (
            name.kind is best.kind and _TYPE_STRENGTH.get(name.subtype, 2) > _TYPE_STRENGTH.get(best.subtype, 2)
        ):
            readings[surface] = name
    # a surname read as a person ("Qadir said") makes the person's full name a person too
    persons = {w.lower() for n in readings.values() if n.kind is EntityKind.PERSON for w in n.text.split()}
    for surface, name in list(readings.items()):
        if name.kind is EntityKind.PLACE and surface in persons:
            readings[surface] = NameRef(name.begin, name.end, name.text, entity_key(EntityKind.PERSON, name.text, Lang.EN),
                                        EntityKind.PERSON, "person", None, None, name.how)
    out = []
    for name in names:
        best = readings.get(name.text.lower()) if name.how == "pattern" else None
        if best is not None and (best.kind, best.subtype, best.key) != (name.kind, name.subtype, name.key):
            name = NameRef(name.begin, name.end, name.text, best.key, best.kind, best.subtype,
                           None, name.located_in or best.located_in, name.how)
        out.append(name)
    return out


_NOUN_AFTER = re.compile(rf"^\s+(?P<noun>{_EN_PLACE_NOUN})\b", re.I)
_NOUN_AFTER_LOWER = re.compile(rf"\s+(?P<noun>(?-i:{_EN_PLACE_NOUN}))\b")  # "the Adwa district" (not "Kurdistan Region")
_NOUN_LAST = re.compile(rf"\s(?P<noun>{_EN_PLACE_NOUN})$", re.I)
_TITLED = re.compile(r"(?:Queen|King|Prince|Princess|Lord|Lady|Sir|Earl|Duke|Duchess|Pope|Sheikh|Emir|Sultan)(?:\s|$)")
_BUILDING_NOUN_IN = re.compile(r"\b(?:Airport|Air\s+Base|Base|Road|Street|Avenue|Bridge|Hospital|Mosque|Hotel|University|"
                               r"Stadium|Square|Park|Hall|Centre|Center|Palace|School|College|Gate|Station|Barracks|Camp)\b")
_COUNTY_FIRST = re.compile(r"(?P<noun>County)\s+[A-Z]")  # "County Sligo", "County Down"
# "the town of X" (not "the home town of X", a person's); the plural only tells a place, not its type
# ("the resort towns of Hua Hin and Patong", "the provinces of Yala, Pattani and ...")
_NOUN_BEFORE = re.compile(rf"(?<!home )(?<!native )\b(?P<noun>{_EN_PLACE_NOUN})(?P<plural>s)?\s+of\s+(?:the\s+)?$", re.I)


# "Soi Bintabaht, a bar street in Hua Hin": a name the apposition calls a place (not "Ali, a
# resident of the town", nor "Ali, a town councillor")
_APPOSED_NOUN = re.compile(rf",\s+(?:a|an|the)\s+(?:(?!of\b)[\w'’-]+\s+){{0,2}}?(?P<noun>{_EN_PLACE_NOUN}|street|road|avenue)"
                           r"(?=\s*[,.;:)]|\s+(?:in|on|near|off|of|popular|known|close|lined|north|south|east|west)\b)", re.I)


# a name listed after a plural place noun: "the villages of Dogon Noma, Ungwan Gamu and Maikori"
_PLURAL_NOUN_LIST = re.compile(rf"\b(?i:(?P<noun>{_EN_PLACE_NOUN}))(?P<plural>s)\s+of\s+(?:the\s+)?"
                               rf"(?:{_CAPITALISED},\s+)*(?:{_CAPITALISED},?\s+and\s+)?$")


def _noun_before(text: str, begin: int, *, plural: bool = False) -> re.Match | None:
    """The place noun told just before a name ("the town of X"; with `plural`, "the towns of X")."""
    match = _NOUN_BEFORE.search(text[max(0, begin - 30) : begin])
    return match if match is not None and (plural or not match.group("plural")) else None


_PLACE_HEAD_WORD = re.compile(r"(?:Plaza|Avenida|Calle|Paseo|Calzada|Carrera|Piazza|Piazzale|Via|Viale|Corso|Largo|Rue|"
                              r"Place|Boulevard|Praça|Rua|Jalan|Avenue)\s+(?:(?:de|del|de\s+la|des|du|della|di|do|da)\s+)?[A-Z]")


_BUILDING_LAST = re.compile(r"\s(?:Cent(?:er|re)|Building|Tower|Towers|Hall)$")
_AT_THE = re.compile(r"\b(?:at|outside|inside|near|into|in\s+front\s+of|next\s+to|beside)\s+the\s+$", re.I)


def _typed_by_noun(name: NameRef, text: str) -> NameRef:
    """A place no list knows takes its type from the noun beside it ("Helmand province", "the town
    of X"): a province is broad, a neighbourhood is specific."""
    if name.gazetteer_id:
        return name
    if name.kind in (EntityKind.ORGANISATION, EntityKind.PERSON) and name.how != "gazetteer" and _PLACE_HEAD_WORD.match(name.text):
        # "Plaza Melchor Ocampo", "Avenida Madero", "Rue de Rivoli": a square or a street, whatever
        # the recogniser guessed
        return NameRef(name.begin, name.end, name.text, entity_key(EntityKind.PLACE, name.text, Lang.EN),
                       EntityKind.PLACE, "facility", None, name.located_in, "pattern")
    if (name.kind is EntityKind.ORGANISATION and name.how != "gazetteer" and _BUILDING_LAST.search(name.text)
            and _AT_THE.search(text, max(0, name.begin - 25), name.begin)):
        # "blew himself up outside the American Language Center": a building, where the recogniser
        # saw an organisation
        return NameRef(name.begin, name.end, name.text, entity_key(EntityKind.PLACE, name.text, Lang.EN),
                       EntityKind.PLACE, "facility", None, name.located_in, "pattern")
    if name.kind in (EntityKind.ORGANISATION, EntityKind.PERSON) and name.how != "gazetteer":
        # "the southeastern Turkish district of Kiziltepe", "the Adwa district": a recogniser's guess
        # gives way to the noun
        before = (_noun_before(text, name.begin, plural=True)
                  or _PLURAL_NOUN_LIST.search(text, max(0, name.begin - 120), name.begin)
                  or _NOUN_AFTER_LOWER.match(text, name.end, name.end + 30)
                  or _APPOSED_NOUN.match(text, name.end, name.end + 60))
        if before is None:
            return name
        # the plural only tells a place ("the resort towns of Hua Hin and Patong"), not its type
        subtype = "" if before.groupdict().get("plural") else _place_subtype(before.group("noun"))
        return NameRef(name.begin, name.end, name.text, entity_key(EntityKind.PLACE, name.text, Lang.EN),
                       EntityKind.PLACE, subtype, None, name.located_in, "pattern")
    if name.kind is not EntityKind.PLACE:
        return name
    match = (_NOUN_AFTER.match(text[name.end : name.end + 30])
             or _noun_before(text, name.begin)
             or _NOUN_LAST.search(name.text)
             or _COUNTY_FIRST.match(name.text))
    if not match:
        return name
    subtype = _place_subtype(match.group("noun"))
    if subtype == name.subtype:
        return name
    return NameRef(name.begin, name.end, name.text, name.key, name.kind, subtype, None, name.located_in, name.how)


def _disambiguated(matches, gazetteer: Gazetteer):
    """One entry per name: where a name is shared (Tripoli in Libya and in Lebanon, الإسكندرية in
    Egypt and in Iraq), the entry in the country the document's other places are in."""
    spans: dict[tuple[int, int], list] = {}
    for match in matches:
        spans.setdefault((match.begin, match.end), []).append(match)
    countries: dict[str, int] = {}
    for found in spans.values():
        if len(found) == 1:
            country = gazetteer.country_of(found[0].entry_id)
            if country:
                countries[country] = countries.get(country, 0) + 1
    out = []
    for span in sorted(spans):
        found = spans[span]
        if len(found) > 1:
            found = sorted(found, key=lambda m: (-countries.get(gazetteer.country_of(m.entry_id) or "", 0), m.entry_id))
        out.append(found[0])
    return out


def _is_timestamp_zone(text: str, begin: int, end: int) -> bool:
    """A city named as a time zone: "20:15 (مكة المكرمة)", "10:00 GMT (Baghdad time)"."""
    return bool(re.search(r"\d{1,2}[:.]\d{2}\s*(?:[apAP]\.?[mM]\.?\s*)?\(\s*$|توقيت\s+$", text[max(0, begin - 20) : begin]))


def _home_country(names: list[NameRef], gazetteer: Gazetteer) -> str | None:
    counts: dict[str, int] = {}
    for name in names:
        if name.gazetteer_id and name.kind is EntityKind.PLACE:
            country = gazetteer.country_of(name.gazetteer_id)
            if country:
                counts[country] = counts.get(country, 0) + 1
    return max(sorted(counts), key=counts.get) if counts else None


_FOR_THE_CAUSE = re.compile(r"\b(?:Movement|Front|Army|Brigades?)\s+for\s+the\s")


_LANDMARK_OF = re.compile(r"([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+of\s+(?:the\s+)?")
_POLITY_WORDS = {"republic", "kingdom", "state", "states", "government", "emirate", "province", "governorate", "people",
                 "union", "federation", "commonwealth", "city", "county", "district", "region", "north", "south", "east",
                 "west", "central", "northern", "southern", "eastern", "western", "bank", "president", "prime", "king",
                 "queen", "prince", "army", "church", "parliament", "islamic", "democratic", "sultanate", "principality",
                 "gulf", "bay", "sea", "strait", "straits", "isle", "islands", "coast", "lake", "river", "mountains", "valley",
                 "horn", "cape", "council", "resistance", "front", "movement", "party", "ministry", "minister", "supreme",
                 "national", "federal", "high", "chief", "foreign", "general"}


def _extended(names: list[NameRef], found, text: str, home: str | None, gazetteer: Gazetteer) -> list[NameRef]:
    """A place name read by pattern that holds a gazetteer name and ends with a place noun is
    a place of its own inside it: "the Baghdad Jadida area" is not Baghdad. A square or a
    street named after a city abroad is not in it: "ساحة عدن" in Baghdad is not in Aden."""
    out = list(names)
    for begin, end, kind, subtype in found:
        if kind is EntityKind.ARMED_GROUP and (_ACRONYM_AFTER.match(text, end) or _FOR_THE_CAUSE.search(text, begin, end)):
            # "the Kuki Liberation Front of Manipur (KLFM)": a group named with its initials, not the state
            # (nor "the Movement for the Emancipation of the Niger Delta", named for its cause)
            out = [n for n in out if not (begin <= n.begin and n.end <= end and n.kind is EntityKind.PLACE)]
            continue
        inner = [n for n in out if begin <= n.begin and n.end <= end and (n.begin, n.end) != (begin, end)
                 and n.kind is EntityKind.PLACE and n.gazetteer_id]
        if (kind is EntityKind.PLACE and subtype == "town" and len(inner) == 1 and inner[0].end == end
                and gazetteer.get(inner[0].gazetteer_id).subtype == "country"
                and (landmark := _LANDMARK_OF.fullmatch(text, begin, inner[0].begin)) is not None
                and not {w.lower() for w in landmark.group(0).split()} & _POLITY_WORDS
                and not re.search(r"(?:\bof|[A-Z][\w'’-]*)\s+$", text[max(0, begin - 30) : begin])):
            subtype = "facility"  # "the Gateway of India": a landmark named for its country, not the country
        if kind is not EntityKind.PLACE or subtype not in ("neighbourhood", "district", "village", "facility"):
            continue
        if (inner and inner[0].begin == begin and text.startswith(("'s ", "’s "), inner[0].end)
                and text[inner[0].end + 3 : inner[0].end + 4].isupper()):
            # "Sanaa's Tahrir Square": the city and, told apart, the square in it (not "Afghanistan's
            # parliament", whose noun is no name of its own)
            continue
        if inner:
            out = [n for n in out if n not in inner]
            container = inner[0].gazetteer_id
            country = gazetteer.country_of(container)
            if home and country and country != home:
                container = None
            out.append(NameRef(begin, end, text[begin:end], entity_key(EntityKind.PLACE, text[begin:end], Lang.EN),
                               EntityKind.PLACE, subtype, None, container, "pattern"))
    return out


_AR_NOUN_OF_TYPE = {"neighbourhood": "حي", "district": "قضاء", "city": "مدينة", "village": "قرية", "governorate": "محافظة",
                    "town": "ناحية"}


def _listed_arabic(name: str, subtype: str, gazetteer: Gazetteer) -> str | None:
    """The gazetteer entry of an Arabic name read after a place noun, when it is listed with the
    noun ("حي الحرية") or without it."""
    candidates = [f"{_AR_NOUN_OF_TYPE[subtype]} {name}"] if subtype in _AR_NOUN_OF_TYPE else []
    candidates += [f"{noun} {name}" for noun in _AR_NOUN_OF_TYPE.values()] + [name]
    for candidate in candidates:
        ids = [i for i in gazetteer.names_of(candidate) if gazetteer.get(i).kind is EntityKind.PLACE]
        if ids:
            return sorted(ids)[0]
    return None


def _is_stop(name: str, lang: Lang) -> bool:
    if lang is Lang.AR:
        words = [w for _, _, w in arabic.words(name)]
        return not words or all(w in _AR_STOP or arabic.without_article(w) in _AR_STOP for w in words)
    words = name.lower().replace("’", "'").split()
    return not words or words[0] in _EN_STOP or all(w in _EN_STOP for w in words)


_STREET_NOUN = r"(?:Road|Street|Avenue|Boulevard|Lane|Place|Drive|Row|Quay|Terrace|Parade|Crescent|Highway)"
_STREET_END = re.compile(rf"\s{_STREET_NOUN}$")


_MOVEMENT_WORDS = {"movement", "movimiento", "mouvement", "front", "frente", "brigade", "brigades", "brigadas",
                   "party", "partido", "army", "ejército", "ejercito"}
_OFFICE_OF = re.compile(r"(?i:ministry|parliament|council|embassy|consulate|palace)\s+of\b")


def _recognised_names(text: str, document: Document, lexicon: Lexicon) -> list[tuple[int, int, EntityKind, str]]:
    """Names proposed by the statistical recogniser (when one is installed) in the prose of a
    document, typed by kg."""
    cues = {w.lower() for w in lexicon.words("actors.group_cues")}
    out: list[tuple[int, int, EntityKind, str]] = []
    spans = []
    for block in document.blocks:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.BULLET):
            spans.extend((block.span.begin + b, block.span.begin + e, k)
                         for b, e, k in ner.recognise(text[block.span.begin : block.span.end], "en"))
    for begin, end, kind in spans:
        name = text[begin:end]
        lead = re.match(r"(?i)the\s+", name)
        if lead:
            begin += lead.end()
        if text[begin:end].endswith(("'s", "’s")):
            end -= 2
        if text[begin:end].endswith(".") and "." not in text[begin : end - 1]:
            end -= 1  # "the M-Block Market of Greater Kailash-I.": the sentence's full stop, no initial's
        name = text[begin:end]
        if not name or any(ch.isdigit() for ch in name) or not name[0].isupper():
            continue
        if _PLACE_IN_PLACE.search(name):
            continue  # "Nassoumbou in Soum province": two places, the pattern readings name each
        located = re.search(rf"\s{_EN_FACILITY}(?=\s+(?:on|in|at)\s+[A-Z])", name)
        if located:  # "the Leopold Cafe on Colaba Causeway": the building, then where it stands
            end = begin + located.end()
            name = text[begin:end]
        words = {w.lower() for w in re.findall(r"[\w]+", name)}
        if _STREET_END.search(name):
            continue  # "Epifanio de los Santos Avenue": a street, which the name patterns read
        if re.search(rf"\s{_EN_FACILITY}$", name) or (
                re.search(rf"\s{_EN_FACILITY}\s+of\s+(?:the\s+)?[A-Z]", name) and not _OFFICE_OF.search(name)):
            # "Badr Mosque", "the M-Block Market of Greater Kailash-I" are buildings, whatever the
            # recogniser says (not "the Ministry of Defence", an office)
            kind = "facility"
        if kind == "place" and words & _MOVEMENT_WORDS:
            kind = "organisation"  # "the Movimiento Revolucionario del Pueblo (MRP)": a group, whatever the recogniser says
        if kind in ("place", "facility") and (_PERSON_APPOSED.match(text, end)
                                              or _IDENTIFIED_AS.search(text, max(0, begin - 40), begin)):
            kind = "person"  # "identified by the army as Baruch Goldstein, a 42-year-old American-born doctor"
        if kind in ("place", "facility"):
            if _LINE_AFTER.match(text, end):
                continue  # "a Circle line train": a railway line, no place
            if _SOURCE_AFTER.match(text, end) or _MEDIA_BEFORE.search(text, max(0, begin - 20), begin):
                continue  # "the state news agency Saba said": a source, not a place
            if _looks_like_person_or_org(name) or _DEMONYM.fullmatch(name):
                continue  # "Indonesian and Malaysian fishermen": peoples, not places
            out.append((begin, end, EntityKind.PLACE, "facility" if kind == "facility" else "town"))
        elif kind == "organisation":
            if words & _FORCE_WORDS and not words & _INSURGENT_ARMY_WORDS:
                out.append((begin, end, EntityKind.SECURITY_FORCE, _force_subtype(words)))
                continue
            group = bool(words & cues)
            if not group and _LOCATED_AT.search(text, max(0, begin - 12), begin) and _LOCATED_IN.match(text, end):
                continue  # "an army base at Chashmo in Kandahar's Maiwand district": a place, located
            if not group and _LOCATIVE_LIST.search(text, max(0, begin - 120), begin) and (
                    _LIST_GOES_ON.match(text, end) or (_ONE_WORD.fullmatch(name) and _CLAUSE_ENDS.match(text, end))):
                # "at Manak Chowk, Badi Chaupar and ...", "the offices of the State Security Service in Giginyu;"
                out.append((begin, end, EntityKind.PLACE, "town"))
                continue
            out.append((begin, end, EntityKind.ARMED_GROUP if group else EntityKind.ORGANISATION,
                        "armed-group" if group else ""))
        elif kind == "person":
            if words & cues:
                out.append((begin, end, EntityKind.ARMED_GROUP, "armed-group"))
            elif _LOCATIVE_LIST.search(text, max(0, begin - 120), begin) and not text.startswith(("'s", "’s"), end):
                # "exploded in Johari Bazaar", "at Manak Chowk, Badi Chaupar and ...": places
                out.append((begin, end, EntityKind.PLACE, "town"))
            elif len(name.split()) >= 2:
                out.append((begin, end, EntityKind.PERSON, "person"))
    return out


_EVENT_NAME = re.compile(r"\s(?:War|Wars|Conflict|Crisis|Revolution|Uprising|Insurgency|Intifada|Campaign|Offensive|"
                         r"Massacre|Bombings?|Attacks?|Siege|Games|Olympics|Cup|Summit|Accords?|Agreement|Treaty)$")
_PERSON_APPOSED = re.compile(r",\s+(?:a|an)\s+\d+-year-old\b")
_IDENTIFIED_AS = re.compile(r"\b(?:identified|named)\s+(?:[\w'’-]+\s+){0,4}?as\s+$")
_LOCATED_AT = re.compile(r"\b(?:in|at|near|outside)\s+$")
_PLACE_IN_PLACE = re.compile(r"\sin\s+(?:\S+\s+){0,3}(?:province|district|region|state|county|governorate)$")
_ONE_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")
_CLAUSE_ENDS = re.compile(r"\s*[;,.:]")
_LIST_GOES_ON = re.compile(r",?\s+and\s+[A-Z]|,\s+[A-Z]")
_LOCATIVE_LIST = re.compile(rf"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+(?:{_SIDE}\s+)?(?:{_CAPITALISED},\s+)*"
                            rf"(?:{_CAPITALISED},?\s+and\s+)?$")
_LOCATED_IN = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
_MEMBERS_OF = re.compile(r"\b(?:group|groups|members|member|team|band|unit|cell|squad|commando|dozens|hundreds|thousands|"
                        r"some|several|fighters|militants|guerrillas|gunmen|leaders?|followers|supporters)\s+of\s+(?:the\s+)?$", re.I)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ians?|ese|ish)|Iraqis?|Pakistanis?|Yemenis?|Saudis?|Israelis?|Kuwaitis?|Omanis?|Qataris?|Emiratis?|Bangladeshis?|Nepalis?|Afghans?|Thais?|Somalis?|Filipinos?|Arabs?|Kurds?|Uzbeks?")
_EN_TITLES = (r"President|Prime\s+Minister|Minister|Gov|Governor|Gen|General|Brig|Brigadier|Col|Colonel|Maj|Major|"
              r"Lt|Lieutenant|Capt|Captain|Sgt|Sergeant|Dr|Mr|Mrs|Ms|Sheikh|Imam|Ayatollah|spokesman|spokeswoman|"
              r"Mayor|Judge|Senator|Sen|Rep|Interior\s+Minister|Defence\s+Minister|Defense\s+Minister|Secretary")
_DEMONYM_RE = "Iraqi|Syrian|Afghan|Pakistani|Nigerian|Somali|Yemeni|Egyptian|Libyan|Turkish|Lebanese|Jordanian|Saudi|Iranian|Kenyan|Malian|Indian|American|U\\.S\\.|US|British|French|Russian|Israeli|Kurdish|Federal|National|Government|Security"
_FORCE_WORDS = {"police", "army", "forces", "military", "commandos", "troops", "soldiers", "guard", "guards",
                "gendarmerie", "security", "intelligence", "navy", "marines", "peshmerga"}
# an army that is an armed group: "the Irish National Liberation Army", "the Lord's Resistance Army"
_INSURGENT_ARMY_WORDS = {"liberation", "republican", "resistance", "faction"}


def _force_subtype(words: set[str]) -> str:
    if words & {"police", "gendarmerie"}:
        return "police"
    if words & {"army", "military", "troops", "soldiers", "commandos", "marines", "navy"}:
        return "army"
    if "intelligence" in words:
        return "intelligence"
    return "security-forces"


def _listed_facilities(text: str) -> list[tuple[int, int, EntityKind, str]]:
    """"the Shangri-La, Cinnamon Grand and Kingsbury hotels": each name of the list is a building;
    "the Garhi Shahu and Model Town neighbourhoods": each a quarter; "at or near Khar Road, Bandra
    and Mahim": each a place (read before what a recogniser makes of the names one by one)."""
    out = []
    for pattern in (_EN_FACILITY_LIST, _EN_PLACE_LIST, _EN_LIST_OF_PLACES):
        for match in pattern.finditer(text):
            subtype = "facility" if pattern is _EN_FACILITY_LIST else _place_subtype(match.group("noun").rstrip("s"))
            for name in re.finditer(_EN_NAMES, match.group("list")):
                out.append((match.start("list") + name.start(), match.start("list") + name.end(), EntityKind.PLACE, subtype))
    # "at or near Khar Road, Bandra, Mahim and Borivali": each name of a list told where things were
    for match in _WHERE_LISTED.finditer(text):
        for name in re.finditer(_EN_NAMES, match.group("list")):
            if not (_looks_like_person_or_org(name.group()) or _DEMONYM.fullmatch(name.group())):
                out.append((match.start("list") + name.start(), match.start("list") + name.end(), EntityKind.PLACE, "town"))
    return out


def _english_names(text: str) -> list[tuple[int, int, EntityKind, str]]:
    out: list[tuple[int, int, EntityKind, str]] = []
    patterns = [
        (rf"\b(?:{_EN_TITLES})\.?\s+(?P<n>{_EN_NAME}(?:\s+{_EN_NAME}){{0,3}})", EntityKind.PERSON, "person"),
        (rf"\b(?P<n>{_EN_NAME}(?:\s+{_EN_NAME}){{0,3}}),?\s+(?:said|says|told|added|explained|confirmed|stated|spokesman|spokeswoman)\b", EntityKind.PERSON, "person"),
        # "a driver identified by police as Usmen Hasan"
        (rf"\bidentified\s+(?:[\w'’-]+\s+){{0,4}}?as\s+(?P<n>{_EN_NAME}(?:\s+{_EN_NAME}){{1,3}})", EntityKind.PERSON, "person"),
        # "The director of the provincial hospital, Abdul Qasim Sangin, first gave a toll": not the town of Sangin
        (rf"\b(?:director|head|chief|spokesman|spokeswoman|governor|commander|mayor|official|minister|doctor)\s+of\s+"
         rf"(?:the\s+)?[^,;.]{{1,50}},\s+(?P<n>{_EN_NAME}(?:\s+{_EN_NAME}){{1,3}}),", EntityKind.PERSON, "person"),
        (rf"(?:\bthe\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?{_EN_PLACE_NOUN}\s+of\s+(?P<n>{_EN_NAMES})", EntityKind.PLACE, "noun"),
        (rf"\b(?:the\s+)?(?P<n>{_EN_NAMES})\s+(?P<noun>{_EN_PLACE_NOUN})\b", EntityKind.PLACE, "noun"),
        # a street, also one named after a town: "on Zaria Road" is not in Zaria
        (rf"\b(?P<n>{_EN_NAMES}[ \t]+{_STREET_NOUN})\b", EntityKind.PLACE, "neighbourhood"),
        # "St Peter and St Paul's Church", "St Mark's Cathedral"
        (rf"\b(?:the\s+)?(?P<n>{_EN_NAMES}[ \t]+and[ \t]+{_EN_NAMES}['’]s[ \t]+{_EN_FACILITY})\b", EntityKind.PLACE, "facility"),
        # "the Catholic Church of Our Lady of Consolation", "the Pentecostal Church of Central Surabaya"
        (rf"\b(?P<n>(?:{_EN_NAMES}[ \t]+)?(?:{_EN_NAMED_OF})[ \t]+of[ \t]+(?:the[ \t]+)?{_EN_NAMES})", EntityKind.PLACE, "facility"),
        # "the shrine of Data Ganj Bakhsh", "the tomb of Sufi saint Lal Shahbaz Qalandar": the saint's shrine
        (rf"\bthe[ \t]+(?:shrine|tomb|mausoleum)[ \t]+of[ \t]+(?:(?:the[ \t]+)?(?:Sufi[ \t]+)?(?:saint|mystic|poet)[ \t]+)?(?P<n>{_EN_NAMES})", EntityKind.PLACE, "facility"),
        # "St Theresa's Catholic Church", "St Mark's Coptic Cathedral"
        (rf"\b(?P<n>{_EN_NAMES}['’]s[ \t]+[A-Z][a-z]+[ \t]+{_EN_FACILITY})\b", EntityKind.PLACE, "facility"),
        # (not "this County Tyrone market town": the town's county)
        (rf"\b(?:the\s+)?(?P<n>{_EN_NAMES}(?:['’]s)?[ \t]+{_EN_FACILITY})\b(?![ \t]+(?:town|city|village)\b)", EntityKind.PLACE, "facility"),
        (_APPOSED_BUILDING.pattern, EntityKind.PLACE, "facility"),
        (rf"\b(?!(?:{_DEMONYM_RE})\s)(?P<n>{_EN_NAMES}\s+{_EN_GROUP_NOUN})\b", EntityKind.ARMED_GROUP, "armed-group"),
        # a group named in Spanish or French: "the Movimiento Revolucionario del Pueblo (MRP)", "the Ejército de
        # Liberación Nacional", "the Mouvement des forces démocratiques de Casamance"
        (r"\b(?P<n>(?:Movimiento|Frente|Ej[ée]rcito|Comando|Mouvement|Brigadas|Fuerzas)(?:\s+(?:(?:de|del|de\s+la|des|du|la|y|et|para|por|pour)\s+)?"
         r"[A-ZÁÉÍÓÚa-záéíóúñç][\w'’-]+){1,6}?)(?=\s*(?:\([A-Z]|[,.;]|\s(?:was|is|has|had|claimed|said)\b))", EntityKind.ARMED_GROUP, "armed-group"),
        # a group named for its cause: "the Movement for the Emancipation of the Niger Delta", "the Popular
        # Front for the Liberation of Palestine"
        (rf"\b(?P<n>(?:(?!The\b){_EN_NAME}\s+){{0,2}}(?:Movement|Front|Army|Brigades?)\s+for\s+the\s+{_EN_NAME}\s+of\s+(?:the\s+)?{_EN_NAMES})",
         EntityKind.ARMED_GROUP, "armed-group"),
        # a group introduced by what it is: "the National Socialist Council of Nagaland-Khaplang (NSCN-K), a
        # separatist group", "fighters of the armed group Return, Reclamation, Rehabilitation (3R)"
        (rf"(?<!['’]\s)\b(?!{_EN_GROUP_NOUN}\s)(?P<n>{_EN_NAMES})\s+\([A-Z0-9][\w-]{{1,9}}\),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_GROUP_KIND}\s+"
         rf"(?:group|organi[sz]ation|movement|faction|militia|outfit|alliance|coalition)\b", EntityKind.ARMED_GROUP, "armed-group"),
        (rf"\b(?:fighters|members|militants|gunmen|rebels|militiamen|insurgents)\s+(?:of|from)\s+(?:the\s+)?(?:armed\s+group\s+|"
         rf"militia\s+|rebel\s+group\s+)?(?P<n>{_EN_NAMES}(?:,\s+{_EN_NAMES}){{0,3}})\s+\([A-Z0-9][\w-]{{1,9}}\)", EntityKind.ARMED_GROUP, "armed-group"),
        (rf"(?<!spokesman )(?<!spokeswoman )(?<!leader )(?<!commander )(?<!official )\b(?P<n>{_EN_NAMES})\s+(?:has\s+|have\s+|later\s+)?(?:claimed|took|accepted|assumed)\s+responsibility", EntityKind.ARMED_GROUP, "armed-group"),
        (rf"\b(?:in|near|outside|inside|around|at|from|into|to|of|off)\s+(?:the\s+)?(?P<n>{_EN_NAMES})", EntityKind.PLACE, ""),
    ]
    for pattern, kind, subtype in patterns:
        for match in re.finditer(pattern, text):
            begin, end = match.span("n")
            name = match.group("n")
            if "responsibility" in match.group(0) and re.search(
                    r"(?:spokes(?:man|woman|person)|leader|commander|official|member|said)\s+(?:\w+\s+){0,3}$",
                    text[max(0, begin - 40) : begin], re.I):
                continue  # "Taliban spokesman Qari Yousef Ahmadi claimed responsibility": a person
            sub = subtype
            if subtype == "noun":
                noun = match.groupdict().get("noun") or re.search(_EN_PLACE_NOUN, match.group(0)).group(0)
                sub = _place_subtype(noun)
            if kind is EntityKind.PLACE and not sub and (_looks_like_person_or_org(name) or _DEMONYM.fullmatch(name)):
                continue  # "three of the Indonesian hostages": a people, not a place
            if kind is EntityKind.PLACE and not sub and _ACRONYM.fullmatch(name) and _OF_OR_FROM.search(text, max(0, begin - 12), begin):
                continue
            if kind is EntityKind.PLACE and not sub and _MEMBERS_OF.search(text, max(0, begin - 40), begin):
                continue  # "a group of Tupamaros rammed Mitrione's car": members of a group, not a place
            if sub == "facility" and re.search(rf"\s{_EN_FACILITY}\s+and\s", name):
                continue  # "Hyde Park and Regent's Park": two places, each read on its own
            out.append((begin, end, kind, sub or "town"))
    return out



# a name told as a building by an apposition: "inside Data Darbar, Pakistan's most revered Sufi shrine"
# (the apposition is no second place)
_APPOSED_BUILDING = re.compile(
    rf"\b(?:in|at|inside|outside|near|into|struck|hit|targeted|stormed|attacked|bombed)\s+(?:the\s+)?(?P<n>{_EN_NAMES}),\s+(?P<apposition>(?:a|an|the|[A-Z]\w*['’]s)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_EN_FACILITY})\b")
# the sites one assault struck, each told by its noun: "coordinated attacks on an army barracks, a
# police station and a National Guard post in the southern Tunisian town of Ben Guerdane", "struck
# the national police headquarters and the police academy in N'Djamena"
_SITE_HEAD = (r"(?:barracks|(?:police|bus|railway|train|fire)\s+station|post|checkpoint|base|headquarters|academy|camp"
              r"(?:\s+for\s+(?:the\s+)?displaced(?:\s+people|\s+persons)?)?|market|mosque|church|hotel|school|hospital|office|"
              r"compound|building|prison|jail|court|courthouse|bank|ministry|embassy|consulate|airport|garrison|outpost|"
              r"wedding\s+hall|restaurant|cafe|supermarket)"
              # "an office of the national security service", "the headquarters of the army general staff"
              r"(?:\s+of\s+the(?:\s+(?!(?:in|at|near|and|on|outside)\b)[\w'’-]+){1,4})?")
_SITE_BEFORE = r"(?:a|an|the)\s+(?:(?:crowded|busy|main|local|small|large|nearby|heavily\s+guarded)\s+)?"
_SITE_NAME = rf"(?:(?:[A-Z][\w'’-]*|[a-z][\w-]*)\s+){{0,3}}?{_SITE_HEAD}"
_STRUCK_SITE = _SITE_BEFORE + _SITE_NAME
_STRUCK_SITES = re.compile(
    r"\b(?:(?:attacks|assaults|raids|strikes)\s+(?:on|against)|struck|attacked|stormed|raided|targeted|hit|bombed|overran)\s+"
    rf"(?P<list>{_STRUCK_SITE}(?:,\s+{_STRUCK_SITE})*,?\s+and\s+{_STRUCK_SITE})\b")
# the town after the list: "... post in the southern Tunisian town of Ben Guerdane"
_SITES_TOWN = re.compile(r"[^.;\n]{0,40}?\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:of\s+)?$")
_ONE_STRUCK_SITE = re.compile(rf"{_SITE_BEFORE}(?P<site>{_SITE_NAME})")


def _struck_sites(text: str, names: list[NameRef]) -> list[NameRef]:
    """Each site of a list one assault struck, in the town named after the list: a building of its own
    ("police station" in Ben Guerdane, key place:police-station@ben-guerdane), so that each site is an
    incident of the assault. A site no town is told for, or one a name already covers, is not read."""
    places = [n for n in names if n.kind is EntityKind.PLACE]
    out = []
    for match in _STRUCK_SITES.finditer(text):
        town = next((p for p in places if p.begin >= match.end() and _SITES_TOWN.match(text, match.end(), p.begin)), None)
        if town is None or town.subtype not in ("city", "town", "village", "neighbourhood"):
            continue
        for site in _ONE_STRUCK_SITE.finditer(text, match.start("list"), match.end("list")):
            begin, end = site.span("site")
            if any(n.begin < end and begin < n.end and not begin <= n.begin < n.end <= end for n in names) or any(
                    n.kind is EntityKind.PLACE and begin <= n.begin < n.end <= end
                    and not (n.how == "pattern" and n.subtype == "facility" and (n.begin, n.end) == (begin, end)) for n in names):
                continue  # (a force's name inside the site's is the site's: "a National Guard post"; and
                # so is a building read by pattern: "the French embassy")
            key = f"{entity_key(EntityKind.PLACE, site.group('site'), Lang.EN)}@{town.key}"
            out.append(NameRef(begin, end, site.group("site"), key, EntityKind.PLACE, "facility", None, town.key, "site"))
    return out


# one site a bomb or a bomber struck, told by its noun: "a second car bomb exploded outside the
# provincial police headquarters", "a suicide bomber detonated his explosives outside a wedding hall"
_TOLD_SITE = re.compile(
    r"\b(?:exploded|blew\s+(?:himself|herself|themselves)\s+up|detonated\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:explosives|vest|belt|bomb)|went\s+off)"
    rf"\s+(?:(?:just|shortly)\s+)?(?:outside|near|at|inside|in\s+front\s+of|by|beside|next\s+to)\s+(?P<site>{_SITE_BEFORE}{_SITE_NAME})\b")


def _told_sites(text: str, names: list[NameRef], *, after: int = 0) -> list[NameRef]:
    """Each site a later bomb or bomber struck, told by its noun ("Minutes later a second car bomb
    exploded outside the provincial police headquarters in the city center"): a building of its own
    in the town of its sentence, or else in the one told last, so that the site is an incident of the
    series (past the opening paragraph `after`, where the one bomb the story is about is told: "A car
    bomb exploded near a police checkpoint in the town of Silvan"). Not a site the bomb already told
    struck ("The explosion, which went off near a Shia mosque"), one at the entrance of a place
    named, nor one a name after it locates ("at an army checkpoint in the southern Dora district")."""
    places = [n for n in names if n.kind is EntityKind.PLACE]
    towns = [n for n in places if n.subtype in ("city", "town", "village")]
    out = []
    for match in _TOLD_SITE.finditer(text, after):
        begin, end = match.span("site")
        indefinite = re.match(r"an?\s", match.group("site")) is not None
        before = text[max(0, match.start() - 60) : match.start()]
        if not _ANOTHER_BOMB.search(before) and (not indefinite or _THE_BOMB.search(before)):
            continue  # (not "The explosion, which went off near a Shia mosque": the attack told before)
        if _AT_ITS_ENTRANCE.match(text, end):
            continue  # "exploded at a checkpoint at the entrance to the Halane compound": the compound's
        if any(n.begin < end + 3 and begin < n.end for n in names):
            continue
        if any(0 <= p.begin - end <= 60 and (_ON_A_NAMED_PLACE.match(text, end, p.begin) or _SITES_TOWN.match(text, end, p.begin))
               for p in places):
            continue  # "at an army checkpoint in the southern Dora district", "on Darulaman Road": located by a name
        site = re.sub("^" + _SITE_BEFORE, "", match.group("site"))
        head = site.split()[-1].lower()
        if any(head in n.text.lower().split() for n in places + out if n.end <= begin):
            continue  # told before: "a camp for displaced people", then "at a camp on the edge of town"
        # the town of the sentence ("In Batam, a bomb exploded at a church"), else the one told last
        sentence_start = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin))
        town = next((p for p in reversed(places) if sentence_start < p.begin and p.end <= begin
                     and p.subtype not in ("country", "region", "province", "facility")), None)
        if town is None:
            town = next((p for p in reversed(towns) if p.end <= begin), None)
        if town is None:
            continue
        begin = end - len(site)
        key = f"{entity_key(EntityKind.PLACE, site, Lang.EN)}@{town.key}"
        out.append(NameRef(begin, end, site, key, EntityKind.PLACE, "facility", None, town.key, "site"))
    return out


_ON_A_NAMED_PLACE = re.compile(r"\s+(?:on|in|at|along|near)\s+(?:the\s+)?$")
_THE_BOMB = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:bomb|bomber|blast|explosion|device)\b[^.;]*$", re.I)
_AT_ITS_ENTRANCE = re.compile(r"\s+(?:at|near|outside|by)\s+the\s+(?:main\s+)?(?:entrance|gate|gates|perimeter)\s+(?:to|of)\b", re.I)
_ANOTHER_BOMB = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|another)\s+(?:[\w-]+\s+){0,2}?(?:bomb|bomber|blast|explosion|device)\b[^.;]*$", re.I)


_WHERE_LISTED = re.compile(
    rf"\b(?:in|at|near|at\s+or\s+near|in\s+or\s+near)\s+(?:the\s+)?"
    rf"(?P<list>{_EN_NAMES}(?:,[ \t]+{_EN_NAMES}){{1,}},?[ \t]+and[ \t]+(?:the[ \t]+)?{_EN_NAMES})")
_EN_FACILITY_LIST = re.compile(
    rf"(?P<list>{_EN_NAMES}(?:,[ \t]+{_EN_NAMES})*,?[ \t]+and[ \t]+{_EN_NAMES})[ \t]+"
    r"(?:hotels|churches|mosques|markets|schools|hospitals|restaurants|cafes|shrines|temples|embassies)\b")
_EN_LIST_OF_PLACES = re.compile(  # "the villages of Dogon Noma, Ungwan Gamu and Maikori"
    r"\b(?P<noun>villages|towns|neighbou?rhoods|suburbs|quarters)\s+of\s+(?:the\s+)?"
    rf"(?P<list>{_EN_NAMES}(?:,[ \t]+{_EN_NAMES})*,?[ \t]+and[ \t]+{_EN_NAMES})")
_EN_PLACE_LIST = re.compile(
    rf"(?P<list>{_EN_NAMES}(?:,[ \t]+{_EN_NAMES})*,?[ \t]+and[ \t]+{_EN_NAMES})[ \t]+"
    r"(?P<noun>neighbou?rhoods|districts|suburbs|quarters|villages|towns|areas)\b")
_LINE_AFTER = re.compile(r"\s+(?:line|Line)\b(?!\s+of\b)")
_MEDIA_BEFORE = re.compile(r"\b(?:agency|broadcaster|newspaper|channel|television|daily|website)\s+$", re.I)
_SOURCE_AFTER = re.compile(r"\s+(?:said|says|reported|reports|told|quoted)\b")


def _looks_like_person_or_org(name: str) -> bool:
    words = name.lower().split()
    return (words[-1] in {"said", "says", "told", "tv", "news", "agency", "ministry", "council", "forces", "police", "army"}
            or bool(set(words) & _MOVEMENT_WORDS))  # "the Movimiento Revolucionario del Pueblo"


# a name no list knows, wholly in capitals, told as whose or where from, is an organisation's short
# name ("the killing of PLO moderate Sartawi", "from UNITA"; not "near the OTC stage")
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_OF_OR_FROM = re.compile(r"\b(?:of|from)\s+(?:the\s+)?$")


def _place_subtype(noun: str) -> str:
    noun = noun.lower()
    if noun.startswith("neighbo") or noun in ("suburb", "quarter"):
        return "neighbourhood"
    if noun in ("province", "governorate", "county"):
        return "governorate"  # ("County Sligo", "Garissa County": too broad to tell attacks apart)
    if noun in ("district", "area", "municipality", "township"):
        return "district"
    if noun in ("region",):
        return "region"
    if noun in ("city",):
        return "city"
    if noun in ("village", "camp"):
        return "village"
    return "town"


# words that begin a place's name of two words ("حي أبو دشير", "منطقة سيدي علي بوناب"): the word
# after them is part of the name even when it looks like a preposition (علي is على folded)
_AR_HEAD_WORDS = "(?:البو|ال بو|ابو|أبو|بني|بن|عين|تل|ام|جرف|باب|راس|دير|بير|كفر|سوق|سيدي|برج|حاسي|اولاد|ذراع)"


# adjectives that describe a place, not name it: "قرية ثاوا الجبلية"، "بلدة كولهاند المجاورة"
_AR_NOT_NAMING = "جبليه|نائيه|مجاوره|حدوديه|صغيره|ريفيه|ساحليه|فقيره|قريبه|بعيده|معزوله|هادئه"
# words that do not go on a place's name: times and directions ("منطقة حمرين صباح اليوم")
_AR_NOT_SECOND = ("(?:[وفبل]?(?:صباح|مساء|ظهر|فجر|ليل|ليله|يوم|امس|عصر|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط)"
                  "|[وفبل]ال\\w+|قرب|حيث|بين|عند|داخل|خارج|امام|خلف|نحو|منذ|قرابه|حوالي|زهاء|قبيل|خلال|اثناء)")


def _arabic_names(view: TextView, text: str) -> list[tuple[int, int, EntityKind, str]]:
    out: list[tuple[int, int, EntityKind, str]] = []
    word = r"[\u0621-\u064a]{2,}"
    patterns = [
        # (not "قرية الشبكي الأكثر تضررا": a comparative; not "مديرية صحة السويداء" or "مديرية أمن
        # الطور": an office)
        (rf"(?<![\w])[وفبل]?{_AR_PLACE_NOUN}\s+(?!(?:صحه|تربيه|زراعه|امن|شرطه)\s)"
         rf"(?P<n>{_AR_HEAD_WORDS}\s+{word}|{word}(?:\s+ال(?!(?:اكثر|اقل|اشد|اخري|اول|{_AR_NOT_NAMING})(?!\w)){word})?)", EntityKind.PLACE, "noun"),
        # a foreign name of two words, told before an adjective or a pause: "بحي كارول باغ التجاري"،
        # "بمنطقة كونوت بليس التجارية"
        (rf"(?<![\w])[وفبل]?{_AR_PLACE_NOUN}\s+(?P<n>(?!ال){word}\s+(?!ال|و|{_AR_NOT_SECOND}(?!\w)){word})"
         rf"(?=\s+ال{word}|\s+[بف]?(?:شرق|غرب|شمال|جنوب|وسط)\S*|\s*[,.،؛:)\n]|$)", EntityKind.PLACE, "noun"),
        (rf"(?<![\w])(?:حيي|قضايي|ناحيتي|قريتي|مدينتي|منطقتي|محافظتي)\s+{word}\s+و(?P<n>(?:ال)?{word})", EntityKind.PLACE, "noun"),
        (rf"(?<![\w])[وفبل]?(?:ال)?(?P<n>{_AR_FACILITY}\s+(?:(?:ابو|راس|تل|عين|بير|دير|ام|بني|مار|سيدي|سيده)\s+)?{word})", EntityKind.PLACE, "facility"),
        # a security directorate named for its town or province ("مديرية أمن شمال سيناء")
        (rf"(?<![\w])[وفبل]?(?:ال)?(?P<n>مديريه\s+(?:امن|شرطه)\s+(?:(?:شمال|جنوب|شرق|غرب|وسط)\s+)?{word})", EntityKind.PLACE, "office"),
        # a roundabout named ("دوار المشنقة", "دوار الزهراء"), not described ("الدوار الجنوبي", "دوار المدينة")
        (rf"(?<![\w])[وفبل]?(?P<n>دوار\s+(?!ال(?:جنوبي|شمالي|شرقي|غربي|رييسي|مدينه|بلده)(?!\w)){word})", EntityKind.PLACE, "facility"),
        # a building's name in quotes: ضريح "داتا دربار"، فندق «سفير»، نزل "حنبعل" (a hotel, in Tunisia; not a
        # restaurant or café, whose quoted name is as often told apart from its street: مطعم «لا تيراس»)
        (rf"(?<![\w])[وفبل]?(?:ال)?(?:{_AR_FACILITY}|ضريح|حسينيه|كاتدراييه|مزار|قاعده|نزل)\s+[\"«“](?P<n>[^\"»”\n]{{2,40}}?)[\"»”]", EntityKind.PLACE, "quoted"),
        # a checkpoint named after its place ("كمين المساعيد"), not described ("كمين مسلح", "حاجز التفتيش")
        (rf"(?<![\w])[وفبل]?(?:كمين|حاجز|ارتكاز)\s+(?!{_AR_POST_WORDS}(?!\w))(?P<n>ال{word})", EntityKind.PLACE, "village"),
        # a road ("على طريق الحسنة - نخل"), not "عن طريق" (by means of)
        (rf"(?<!عن\s)(?<![\w])[وفب]?(?P<n>طريق\s+(?!الخطا|الصدفه){word})", EntityKind.PLACE, "facility"),
        (rf"(?<![\w])[وفبل]?(?P<n>{_AR_GROUP_NOUN}\s+{word}(?:\s+{word})?)", EntityKind.ARMED_GROUP, "armed-group"),
    ]
    for pattern, kind, subtype in patterns:
        for match in re.finditer(pattern, view.text):
            vb, ve = match.span("n")
            if subtype == "noun":
                noun = match.group(0).split()[0]
                if re.fullmatch(_AR_PLACE_NOUN, noun) is None:
                    noun = noun[1:]  # "بمنطقة الشعب"
                sub = {"مديريه": "district", "حي": "neighbourhood", "حيي": "neighbourhood", "منطقه": "district", "منطقتي": "district",
                       "محافظه": "governorate", "محافظتي": "governorate", "قريه": "village", "قريتي": "village",
                       "مدينه": "city", "مدينتي": "city", "قضاء": "district", "قضايي": "district",
                       "ناحيه": "district", "ناحيتي": "district", "مخيم": "village"}.get(noun, "town")
            elif subtype in ("quoted", "office"):
                out.append((*view.span(vb, ve), kind, "facility"))
                continue
            else:
                sub = subtype
            words = match.group("n").split()
            if subtype == "facility" and len(words) > 1 and re.fullmatch(r"و(?:ال\S+|محال|محلات|منازل|مبان|مباني|سيارات|مدارس|[يتن]\S+)", words[1]):
                continue  # "مجمع ومحال": two nouns, no name; "قلعة ويطلقوا": a verb goes on
            if (subtype == "facility" and len(words) > 1 and words[1].startswith("و")
                    and view.text[max(0, vb - 2) : vb] == "ال"):
                continue  # "حواجز السوق ودهستا المتسوقين": the market, then a verb ("and trampled")
            if subtype == "facility" and len(words) > 1 and re.fullmatch(_AR_DESCRIBED, words[1]):
                continue  # "المسجد المعروف باسم "إمام بارگاه"": the building, then how it is known
            if (subtype == "facility" and len(words) > 1 and not words[1].startswith("ال")
                    and view.text[max(0, vb - 2) : vb] == "ال"):
                continue  # "ان المستشفى تسلم 42 جثة", "مدير الكلية موليما إدي ماتو": the building, then a verb or a name
            if subtype == "facility" and len(words) > 1 and re.fullmatch(_AR_SEAT_OR_SERVICE, words[1]):
                continue  # "غرديز، مركز ولاية بكتيا": the seat of a province; "مكتب إصدار الجوازات": an office by its service
            if subtype == "facility" and len(words) > 1 and re.fullmatch(r"[يت]\S{2,}(?:ه|ها|هم)", words[1]):
                continue  # "مسجد يرتاده أبناء الطائفة": a mosque, then a verb with its object ("frequented by")
            if subtype in ("facility", "armed-group") and any(
                    w in _AR_STOP or arabic.without_article(w) in _AR_STOP or (w.startswith("ل") and not w.startswith("ال"))
                    or (w[:1] in "وف" and w[1:] in _AR_STOP) or (w[:1] == "ب" and re.fullmatch(_AR_PLACE_NOUN, w[1:]))
                    for w in words[1:]):
                continue  # "جامع أثناء", "سوق للخضر", "حركة السير", "المسجد وعند مدخله", "سوق بمنطقة" are no names
            title = _AR_TITLE_BEFORE.search(view.text[max(0, vb - 12) : vb])
            if subtype == "facility" and title and not _IN_FRONT_OF.match(
                    text, view.span(vb - len(title.group(0)), vb)[0]):
                continue  # "إمام المسجد المرتضى المحطوري": a person's title, not a mosque's name
            headed = subtype == "noun" and len(words) == 2 and re.fullmatch(_AR_HEAD_WORDS, words[0]) is not None
            if words and not headed and (words[-1] in _AR_STOP or arabic.without_article(words[-1]) in _AR_STOP):
                if len(words) == 1 or subtype == "facility":
                    continue
                ve = vb + len(" ".join(words[:-1]))
            begin, end = view.span(vb, ve)
            out.append((begin, end, kind, sub))
    out.extend(_arabic_listed_places(view, word))
    return out


# villages or neighbourhoods named in a list after their plural noun: "قرى الخرارب وأولاد الطيب والعبادل"
_AR_PLURAL_PLACE = {"قري": "village", "احياء": "neighbourhood", "بلدات": "town"}


def _arabic_listed_places(view: TextView, word: str) -> list[tuple[int, int, EntityKind, str]]:
    name = rf"(?:{_AR_HEAD_WORDS}\s+{word}|{word})"
    out = []
    for match in re.finditer(rf"(?<![\w])[وفبل]?(?P<noun>قري|احياء|بلدات)\s+(?P<list>{name}(?:\s+و{name})+)", view.text):
        subtype = _AR_PLURAL_PLACE[match.group("noun")]
        for item in re.finditer(rf"(?:^|\s+و)(?P<n>{name})", match.group("list")):
            words = item.group("n").split()
            if any(w in _AR_STOP or arabic.without_article(w) in _AR_STOP for w in words):
                break  # "أحياء متفرقة وشوارع": no name goes on
            vb = match.start("list") + item.start("n")
            out.append((*view.span(vb, vb + len(item.group("n"))), EntityKind.PLACE, subtype))
    return out


_AR_DESCRIBED = r"[وب]?ال(?:معروف|شهير|واقع|مجاور|قريب|مذكور|مستهدف)ه?"
_AR_TITLE_BEFORE = re.compile(r"(?<!\w)(?:امام|خطيب|مويذن|شيخ)\s+(?:ال)?$")
_IN_FRONT_OF = re.compile(r"أمام\s")  # "أمام كلية الشرطة" (in front of), not "إمام المسجد" (its imam)


def _contained_places(names: list[NameRef], view: TextView, gazetteer: Gazetteer,
                      dateline: tuple[int, int] | None = None) -> list[NameRef]:
    """Unknown places told to lie in a known one ("the X neighbourhood of Baghdad", "Baghdad's X",
    "حي X في بغداد") get that place as their container."""
    places = [n for n in names if n.kind is EntityKind.PLACE]
    namesakes = _namesakes(places, view, gazetteer, dateline)
    out = []
    for name in names:
        if name.gazetteer_id in namesakes:
            key, container = namesakes[name.gazetteer_id]
            name = NameRef(name.begin, name.end, name.text, key, name.kind, name.subtype, None, container, "pattern")
        elif name.kind is EntityKind.PLACE and name.located_in is None and name.how == "pattern":
            container = _container_of(name, places, view)
            if container is not None:
                name = NameRef(name.begin, name.end, name.text, name.key, name.kind, name.subtype,
                               name.gazetteer_id, container, name.how)
        out.append(name)
    return out


def _namesakes(places: list[NameRef], view: TextView, gazetteer: Gazetteer,
               dateline: tuple[int, int] | None = None) -> dict[str, tuple[str, str]]:
    """Listed neighbourhoods the text puts in another city ("حي اليرموك غربي الموصل" where the list
    knows the Yarmouk of Baghdad) and listed buildings it puts in another city ("Sanaa's Tahrir
    Square") are namesakes: places of their own, in the city the text names, for every mention in
    the document. A listed building of another country than the town a story is filed from
    ("KABUL — ... landed around the heavily guarded Green Zone", which the list knows in Baghdad)
    lies in that town. Listed id -> (key, container)."""
    out: dict[str, tuple[str, str]] = {}
    filed = next((p.gazetteer_id for p in places if dateline and dateline[0] <= p.begin < dateline[1]
                  and p.gazetteer_id and p.subtype in ("city", "town")), None)
    for name in places:
        listed = name.gazetteer_id
        if not listed or listed in out or gazetteer.get(listed).subtype not in ("neighbourhood", "facility"):
            continue
        container = _container_of(name, places, view) or _opening_town(name, places, view)
        if (container is None and filed is not None and gazetteer.get(listed).subtype == "facility" and gazetteer.country_of(filed)
                and gazetteer.country_of(listed) and gazetteer.country_of(filed) != gazetteer.country_of(listed)
                and not any(p.gazetteer_id and p.gazetteer_id != listed and gazetteer.contains(p.gazetteer_id, listed) for p in places)
                and not _town_told_before_in_sentence(name, places, view)):
            container = filed  # (not when the text names where the list puts it: "معبر باب الهوى السوري" ... سوريا)
        if (container in gazetteer.entries and gazetteer.get(container).subtype in ("city", "town")
                and not gazetteer.contains(container, listed) and not gazetteer.contains(listed, container)):
            folded = entity_key(EntityKind.PLACE, gazetteer.get(listed).name_en, Lang.EN)
            out[listed] = (f"{folded}@{container}", container)
    return out


def _town_told_before_in_sentence(name: NameRef, places: list[NameRef], view: TextView) -> bool:
    """Does the sentence name a city or town before the name ("In Peshawar, ... a bomb exploded near a
    school in the Gulshan-e-Rehman colony")?"""
    vb, _ = view.window(name.begin, name.end)
    start = max(view.text.rfind(stop, 0, vb) for stop in (".", "\n", "؛", ";")) + 1
    return any(p.subtype in ("city", "town") and start <= view.window(p.begin, p.end)[0] < vb for p in places)


_OPENS_ON = re.compile(r"(?:^|[.\n؛;،,]\s*)(?:[وف]?(?:في|ب)|In|At)\s*$")


def _opening_town(name: NameRef, places: list[NameRef], view: TextView) -> str | None:
    """The town a sentence opens on, before a name in it ("وفي الموصل قتل مسلحون جندياً في حي
    اليرموك", "In Mosul, gunmen shot a soldier in the Yarmouk district")."""
    vb, _ = view.window(name.begin, name.end)
    for other in reversed([p for p in places if p.end <= name.begin and p.subtype in ("city", "town")]):
        ob, oe = view.window(other.begin, other.end)
        if vb - oe > 80 or re.search(r"[.\n؛;]", view.text[oe:vb]):
            return None
        if _OPENS_ON.search(view.text, max(0, ob - 12), ob):
            return other.key
    return None


# "X التابعة لناحية Y", "X الواقعة في قضاء Y", "X في محافظة Y", "X بمدينة Y": X lies in Y
_AR_INSIDE = re.compile(
    # (also past a landmark near it: 'فندق "السلام الدولي" القريب من القصر الرئاسي في العاصمة')
    r"^\s*[\"»”]?\s*(?:(?:القريب|القريبه|قرب|بالقرب)\s+(?:من\s+)?(?:[^\s,.،]+\s+){1,3}?(?=في\s))?(?:,\s*)?(?:(?:التابعه|التابع|الواقعه|الواقع|ضمن)\s+(?:ل|في\s+|الي\s+)?|في\s+|ب)"
    r"(?:(?:ناحيه|قضاء|محافظه|مدينه|منطقه|حي|قريه|بلده|مديريه|ولايه)\s+)?$")


# "X and near Y", "X, and the Y": a second place, not X's container (not "X, a residential and
# shopping area in south Delhi")
_AND_ELSEWHERE = re.compile(r"^\W*and\b|\band\s+(?:the|a|an|near|in|at|outside|inside|on)\b", re.I)


def _container_of(name: NameRef, places: list[NameRef], view: TextView) -> str | None:
    text = view.text
    vb, ve = view.window(name.begin, name.end)
    for other in places:
        if other is name or other.key == name.key:
            continue
        ob, oe = view.window(other.begin, other.end)
        if ob >= ve and _AR_INSIDE.match(text[ve:ob]):
            return other.key
        if ob >= ve and re.search(r"\b(?:another|second|third)\b", text[ve:ob]):
            continue  # "Tripolia Bazaar, and another near the Kotwali": one more bomb, elsewhere
        if ob >= ve and not _AND_ELSEWHERE.search(text[ve:ob]) and re.match(r"^(?:\s+(?:neighbou?rhood|district|area|suburb|quarter|town|village|street|road|market|square))?\s*(?:,\s*)?(?:(?:\w+\s+){0,2}(?:of|in|near|outside|on)|(?<=,)\s*(?:a|an|the)\s+(?:\w+\s+){0,4}(?:in|on|near|of)|في|ب|(?:شمال|جنوب|شرق|غرب)ي?)\s*(?:the\s+)?(?:same\s+)?(?:(?:central|northern|southern|eastern|western)\s+)?(?:(?:lake|river|island|valley|mountains|region|province|county|state|district)\s+(?:of\s+)?)?(?:(?:central|northern|southern|eastern|western|north|south|east|west|downtown|greater)\s+)?$", text[ve:ob]):
            # (not "the Buendia station and near the Rizal mall": two landmarks; "Regjeringskvartalet, the
            # government quarter of central Oslo", "the island of Utøya in the lake Tyrifjorden": inside)
            return other.key
        if oe <= vb and re.match(r"['’]s\s+(?:[\w'’-]+\s+){0,3}$", text[oe:vb]) and vb - oe < 40:
            return other.key
    if re.search(r"\bthe\s+(?:city|town|capital|province)['’]s\s+(?:[\w'’-]+\s+){0,2}$", text[max(0, vb - 40) : vb]):
        earlier = [p for p in places if p.end <= name.begin and p.subtype in ("city", "town", "governorate") and p.key != name.key]
        if earlier:
            return earlier[-1].key  # "the city's al-Jumhuriya neighbourhood": the city named last
    return None


def entity_key(kind: EntityKind, name: str, lang: Lang) -> str:
    """The identity key of a name no list knows: its kind and its folded form."""
    if lang is Lang.AR or arabic.is_arabic(name):
        # (not the first letters of a name written with a hamza, no article: "ألاك" is Aleg, not "اك")
        words = [w if name[b:e].startswith(("أل", "إل", "آل")) else arabic.without_article(w) for b, e, w in arabic.words(name)]
        folded = "-".join(words)
    else:
        folded = re.sub(r"[^\w]+", "-", name.lower().replace("’", "'").replace("'", "")).strip("-")
        folded = re.sub(r"^the-", "", folded)
    return f"{kind.value}:{folded}"


def _place_rank(name: NameRef, gazetteer: Gazetteer) -> int:
    """How specific a place is; a place the text puts inside a city is more specific than the city
    ("the Dora district of south Baghdad")."""
    if name.gazetteer_id:
        return gazetteer.rank(name.gazetteer_id)
    rank = _rank(name.subtype)
    if name.located_in and name.located_in in gazetteer.entries:
        rank = max(rank, gazetteer.rank(name.located_in) + 1)
    return rank


def _rank(subtype: str) -> int:
    from kg.link.gazetteer import PLACE_RANK

    return PLACE_RANK.get(subtype, 4)


def _country(result: DocumentAnnotations, gazetteer: Gazetteer) -> str | None:
    counts: dict[str, int] = {}
    for name in result.names:
        if name.gazetteer_id and name.kind is EntityKind.PLACE:
            country = gazetteer.country_of(name.gazetteer_id)
            if country:
                counts[country] = counts.get(country, 0) + (1 if name.gazetteer_id == country else 2)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


# ---- actors, triggers, markers -----------------------------------------------------------------

def _actors(document, view, gazetteer, lexicon, names, country) -> list[ActorRef]:
    out: list[ActorRef] = []
    for name in names:
        if name.kind in (EntityKind.ARMED_GROUP, EntityKind.SECURITY_FORCE, EntityKind.ORGANISATION,
                         EntityKind.MEDIA, EntityKind.PERSON):
            force = gazetteer.get(name.gazetteer_id).subtype if name.gazetteer_id and name.kind is EntityKind.SECURITY_FORCE else ""
            out.append(ActorRef(name.begin, name.end, name.text, name.key, name.kind, False, force))
        elif name.kind is EntityKind.PLACE and name.subtype == "country":
            out.append(ActorRef(name.begin, name.end, name.text, name.key, EntityKind.PLACE))
    taken = [(a.begin, a.end) for a in out]
    forces = lexicon.table_matcher("actors.forces")
    demonyms = {lexicon.fold(k): v for k, v in lexicon.get("actors.demonyms").items()}
    for match in forces.find(view.text, caseless=True):
        begin, end = view.span(match.begin, match.end)
        if any(begin < e and b < end for b, e in taken):
            continue
        subtype = match.values[0]
        nation = _demonym(view.text, match.begin, match.end, demonyms, lexicon)
        home = nation or country
        if nation and nation in gazetteer.entries:
            begin, end = _widen(view, match, nation, lexicon, begin, end)
        key = gazetteer.national(home, subtype) if home else None
        if key is None:
            key = f"force:{home or document.doc_id}-{subtype}"
        out.append(ActorRef(begin, end, document.text[begin:end], key, EntityKind.SECURITY_FORCE, False, subtype))
        taken.append((begin, end))
    modifiers = lexicon.folded("actors.not_actor_before")
    for match in lexicon.matcher("actors.perpetrators").find(view.text, caseless=True):
        begin, end = view.span(match.begin, match.end)
        if any(begin < e and b < end for b, e in taken):
            continue
        following = view.text[match.end : match.end + 30].split()
        if following and lexicon.fold(following[0]).strip(".,;:") in modifiers:
            continue  # "the former insurgent stronghold", "militant leader"
        out.append(ActorRef(begin, end, document.text[begin:end], None, EntityKind.ACTOR, True))
    return sorted(out, key=lambda a: (a.begin, a.end))


def _demonym(text: str, begin: int, end: int, demonyms: dict[str, str], lexicon: Lexicon) -> str | None:
    """The country of a force named with its nationality: "Afghan army", "الجيش الأفغاني"."""
    if lexicon.lang is Lang.AR:
        after = text[end : end + 20].split()
        return demonyms.get(after[0]) if after else None
    before = text[max(0, begin - 20) : begin].split()
    return demonyms.get(lexicon.fold(before[-1])) if before else None


def _widen(view: TextView, match, nation: str, lexicon: Lexicon, begin: int, end: int) -> tuple[int, int]:
    """The mention of a force with its nationality adjective."""
    if lexicon.lang is Lang.AR:
        after = re.match(r"\s+\S+", view.text[match.end :])
        return begin, view.span(match.begin, match.end + after.end())[1] if after else end
    before = re.search(r"(\S+)\s+$", view.text[max(0, match.begin - 20) : match.begin])
    return (view.span(match.begin - len(before.group(0)), match.end)[0], end) if before else (begin, end)


def _triggers(view: TextView, lexicon: Lexicon) -> list[TriggerRef]:
    tables = lexicon.get("triggers")
    matcher = lexicon.matcher(*(f"triggers.{name}.words" for name in tables if name != "generic"))
    generic = lexicon.folded("triggers.generic.words")
    out = []
    for match in matcher.find(view.text, caseless=True):
        if _NAMED_AS.search(view.text, max(0, match.begin - 60), match.begin):
            continue  # "Bush called the attack \"an act of murder\"": a word for the attack told
        if lexicon.lang is Lang.AR and _time_of_day(view, lexicon, match.text, match.end):
            continue  # "انتهى فجر اليوم الثلاثاء": at dawn today
        begin, end = view.span(match.begin, match.end)
        name = sorted(match.values, key=_trigger_priority)[0].split(".")[1]
        spec = tables[name]
        word = lexicon.fold(match.text)
        out.append(TriggerRef(
            begin, end, view.text[match.begin : match.end], name, spec.get("attack", ""), spec.get("weapon", ""),
            spec.get("subtype", ""), bool(spec.get("suicide")), spec.get("flag", ""),
            word in generic or arabic.without_article(word) in generic, bool(spec.get("operation")),
        ))
    return out


def _time_of_day(view: TextView, lexicon: Lexicon, word: str, end: int) -> bool:
    """Is the word a time of the day before a day ("فجر اليوم", "فجر الثلاثاء", "فجر يوم الجمعة")?"""
    if lexicon.fold(word) not in lexicon.folded("dates.dawn"):
        return False
    following = view.text[end : end + 16].split()
    days = (lexicon.folded("dates.weekdays") | lexicon.folded("dates.today") | lexicon.folded("dates.yesterday")
            | lexicon.folded("dates.words_after_weekday"))
    return bool(following) and lexicon.fold(following[0]) in days


_NAMED_AS = re.compile(r"\b(?:called|calling|described|describing|branded|branding|termed|denounced)\s+(?:it|them|the\s+\w+)"
                       r"\s+(?:as\s+)?[\"“«]\s*(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$", re.I)
_TRIGGER_ORDER = ("airstrike", "suicide_vehicle", "suicide", "vehicle_bomb", "ied", "grenade", "projectile", "drive_by",
                  "assassination", "kidnapping", "hostage", "melee", "arson", "vehicle_ramming", "bombing",
                  "shooting", "assault")


_DEFINITE_EN = re.compile(r"(?:\b(?:the|this|that|these|those)|['’]s)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _definite_triggers(ann: DocumentAnnotations, lexicon: Lexicon) -> list[MarkerRef]:
    """An attack word used definitely ("the kidnapped engineers", "the blast", "الانفجار") refers back to
    an incident already told."""
    out = []
    text = ann.view.text
    for trigger in ann.triggers:
        if trigger.generic and not trigger.text.lower().startswith("attack"):
            continue
        vb, ve = ann.view.window(trigger.begin, trigger.end)
        if lexicon.lang is Lang.AR:
            definite = _definite(lexicon.fold(text[vb:ve]))
        else:
            definite = bool(_DEFINITE_EN.search(text[max(0, vb - 30) : vb]))
        if definite:
            out.append(MarkerRef(trigger.begin, trigger.end, "continuation"))
    return out


def _definite_entries(lexicon: Lexicon) -> dict[str, set[str]]:
    """For each marker kind, the Arabic words it lists only with the article (الهجمات, not هجمات)."""
    if lexicon.lang is not Lang.AR:
        return {}
    out: dict[str, set[str]] = {}
    for kind, path in _MARKER_LISTS.items():
        words = lexicon.folded(path)
        out[kind] = {w[2:] for w in words if w.startswith("ال") and w[2:] not in words}
    return out


def _bare(text: str) -> str:
    """A folded Arabic phrase without its proclitics and article."""
    words = arabic.normalize(text).split()
    if not words:
        return ""
    first = re.sub(r"^[وف]?(?:لل|[بلك]?ال|[بلك])?", "", words[0])
    return " ".join([first, *words[1:]])


def _definite(folded: str) -> bool:
    return bool(re.match(r"^[وف]?(?:[بلك]?ال|لل)", folded))


def _trigger_priority(path: str) -> int:
    name = path.split(".")[1]
    return _TRIGGER_ORDER.index(name) if name in _TRIGGER_ORDER else len(_TRIGGER_ORDER)


# a superlative that ranks one attack among others ("أكثر الهجمات دموية", "أعنف الهجمات", "one of the worst attacks")
_RANKED_AMONG = re.compile(r"(?:\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+\w+)\s+(?:\w+\s+)?"
                           r"|(?<!\w)(?:اكثر|اعنف|اسوا|اشد|اكبر|ادمي|ابرز|احد|احدي)\s+)$", re.I)
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+(?:deadly|serious|violent))\b[^.,;]*$"
                         r"|(?:الاكثر\s+دمويه|الاعنف|الاسوا|الاكبر)[^.,،;]*$", re.I)


# one more bomb told by its rank alone, at a site of its own: "The second exploded near the town's post
# office" (not "the second exploded among those who rushed to help": the same attack's second bomber)
_NTH_AT_SITE = re.compile(r"\b(?P<nth>[Tt]he\s+(?:second|third|fourth|fifth|last)(?:\s+(?:one|device|bomb))?)\s+"
                          r"(?:exploded|went\s+off|blew\s+up|detonated)\s+(?:near|outside|at|in|inside|in\s+front\s+of|close\s+to)\s")


def _markers(view: TextView, lexicon: Lexicon) -> list[MarkerRef]:
    """Markers of every kind, found in one pass; within a kind, the longest match wins."""
    kinds = {path: kind for kind, path in _MARKER_LISTS.items()}
    kinds.update({f"targets.{code}": f"target:{code}" for code in lexicon.get("targets")})
    matcher = lexicon.matcher(*kinds)
    by_kind: dict[str, list[PhraseMatch]] = {}
    for match in matcher.candidates(view.text, caseless=True):
        for path in match.values:
            by_kind.setdefault(kinds[path], []).append(match)
    out: list[MarkerRef] = []
    trend = lexicon.matcher("markers.series_trend")
    definite_only = _definite_entries(lexicon)
    for kind, matches in by_kind.items():
        for match in leftmost_longest(matches):
            if lexicon.lang is Lang.AR and not _definite(match.text) and _bare(match.text) in definite_only.get(kind, ()):
                continue  # Arabic definiteness is the article: هجوم is "an attack", الهجوم "the attack"
            if kind == "series" and trend.find(view.text, begin=max(0, match.begin - 25), end=match.begin, caseless=True):
                continue  # "the latest in a string of killings"
            if kind == "series" and _RANKED_AMONG.search(view.text[max(0, match.begin - 25) : match.begin]):
                continue  # "في أكثر الهجمات دموية في تاريخ البلاد": a comparison, not a series
            if kind == "aggregate" and _SUPERLATIVE.search(view.text[max(0, match.begin - 60) : match.begin]):
                continue  # "one of the deadliest attacks on civilians this year": a comparison, no statistic
            if kind == "aggregate" and _BEFORE_OR_AFTER.match(view.text, match.end):
                continue  # "A month before the massacre, on 12 July 1990, ...": a distance in time, no rate
            begin, end = view.span(match.begin, match.end)
            out.append(MarkerRef(begin, end, kind))
    if lexicon.lang is Lang.EN:
        for match in _NTH_AT_SITE.finditer(view.text):
            out.append(MarkerRef(*view.span(*match.span("nth")), "new_incident"))
    for match in _since_date(lexicon).finditer(view.text):  # "killed since 2004", "since Oct. 5"
        if not _SUPERLATIVE.search(view.text[max(0, match.start() - 60) : match.start()]):
            out.append(MarkerRef(*view.span(*match.span()), "aggregate"))  # (not "the deadliest since 2004")
    return sorted(out, key=lambda m: (m.begin, m.end, m.kind))


_BEFORE_OR_AFTER = re.compile(r"\s+(?:before|after|ago|earlier|later)\b", re.I)
_SINCE: dict[Lang, re.Pattern] = {}


def _since_date(lexicon: Lexicon) -> re.Pattern:
    """A period that runs from a date or a year ("since Oct. 5", "since the 2003 invasion", "منذ
    آذار/مارس 2011"): a toll told over it is a statistic."""
    if lexicon.lang not in _SINCE:
        months = lexicon.alternation(lexicon.words("dates.months"))
        _SINCE[lexicon.lang] = re.compile(
            rf"{lexicon.alternation(lexicon.words('dates.since'))}\s+"
            rf"(?:(?:\S+\s+){{0,2}}?(?:19|20)\d\d(?!\d)|(?:\d{{1,2}}\s+)?{months})", re.I)
    return _SINCE[lexicon.lang]
