"""Assemble incidents from annotated sentences: the heart of the extractor, for both languages.

The document is read clause by clause, in order, with a notion of the incident being told:

- a clause with a figure, an attack word or an attack at a place is eventive; one that reports
  statistics over a period ("712 people were killed in April") is not;
- a clause about the day's attacks as a whole ("a series of coordinated attacks", "the attacks that
  day") speaks of the series;
- a security force killing or arresting militants is a security operation, not an attack;
- a clause with places that are neither the incident's nor inside it, or with a marker of a new
  incident ("a separate bombing", "elsewhere", "في مكان آخر"), starts a new incident; a clause
  without a new place continues the incident being told (the phases of one attack);
- a clause naming several places apart ("killed a medical director near the Yarmouk hospital and a
  man in Ghazaliya") yields one incident per place; places listed together ("near Haditha and
  Al-Qa'im") yield one incident each, and the figures they share are joint claims;
- the fronted phrase of a sentence ("In Mosul, ...", "وفي الفلوجة، ...") sets the place of all its
  clauses.

Background sections yield no incidents; claims of responsibility and reactions are read by
`kg.extract.reactions`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kg.extract.annotate import (
    MORE_VILLAGES,
    PHASE_HEAD,
    SUPERLATIVE_AR,
    ActorRef,
    DocumentAnnotations,
    MarkerRef,
    PlaceRef,
    Sentence,
    TriggerRef,
)
from kg.extract.casualties import FoundFigure
from kg.extract.dates import FRONTED_YEAR, DateRef, resolve
from kg.extract.figures import parse_figure
from kg.link.gazetteer import Gazetteer
from kg.model import BlockKind, EntityKind, EventKind, Lang, Measure
from kg.text import arabic

# places of these ranks are too broad to tell incidents apart (country, region, governorate)
BROAD_RANK = 2
TOWN_RANK = 4  # a city or town
FACILITY_RANK = 7  # a building


@dataclass
class Draft:
    """An event under construction."""

    key: str
    kind: EventKind
    places: list[PlaceRef] = field(default_factory=list)
    triggers: list[TriggerRef] = field(default_factory=list)
    figures: list[tuple[FoundFigure, bool]] = field(default_factory=list)  # (figure, joint)
    actors: list[ActorRef] = field(default_factory=list)
    suspects: list[ActorRef] = field(default_factory=list)  # groups blamed or suspected
    targets: list[ActorRef] = field(default_factory=list)
    target_types: list[str] = field(default_factory=list)
    dates: list[dt.date] = field(default_factory=list)
    date_refs: list[DateRef] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    separate: bool = False
    marked: bool = False  # told with a marker of another incident ("in a separate attack", "elsewhere")
    from_lead: bool = False
    earlier: bool = False  # told in passing as before the story's incident ("..., two days after twin bombings ...")
    listed: bool = False  # told only as one of several places with one toll for them all ("the raids on A, B and C")
    background: bool = False  # an earlier attack a background sentence tells with its own date
    follows: "Draft | None" = field(default=None, repr=False, compare=False)  # the incident told just before it
    merged_into: "Draft | None" = field(default=None, repr=False, compare=False)  # the draft it was found to tell
    agents: list[ActorRef] = field(default_factory=list)
    about: str | None = None
    reaction: str = ""
    statements: int = 0
    sites: list[str] = field(default_factory=list)  # buildings told without a name: "town hall", "post office"

    @property
    def specific_places(self) -> list[PlaceRef]:
        return [p for p in self.places if p.rank > BROAD_RANK]


@dataclass
class Assembly:
    annotations: DocumentAnnotations
    gazetteer: Gazetteer
    anchor: dt.date | None
    drafts: list[Draft] = field(default_factory=list)
    series: Draft | None = None
    current: Draft | None = None
    current_sentence: int = -1  # where the current draft was last told
    single: bool = False  # the document's title tells of one attack
    located_in: dict[str, str] = field(default_factory=dict)  # place key -> container key (from text)
    tallies: list[Sentence] = field(default_factory=list)  # sentences counting the one attack's victims
    totals_block: int = -1  # the paragraph that counts the victims of the series' attacks told before it
    _counter: int = 0

    def new(self, kind: EventKind) -> Draft:
        self._counter += 1
        draft = Draft(f"e{self._counter}", kind)
        self.drafts.append(draft)
        return draft

    def ensure_series(self) -> Draft:
        if self.series is None:
            self.series = self.new(EventKind.SERIES)
        return self.series


@dataclass(frozen=True)
class Clause:
    begin: int
    end: int


# ---- entry point -------------------------------------------------------------------------------

def assemble(ann: DocumentAnnotations, gazetteer: Gazetteer, anchor: dt.date | None) -> Assembly:
    assembly = Assembly(ann, gazetteer, anchor)
    assembly.single = _single_attack_title(ann)
    for name in ann.names:
        if name.located_in:
            assembly.located_in.setdefault(name.key, name.located_in)
    block = None
    for sentence in ann.sentences:
        if sentence.block != block:
            block = sentence.block
        if sentence.section == "background":
            sentence = _before_month_told(ann, sentence)
            if _dated_incident(assembly, sentence):
                _read_background(assembly, sentence)
            continue
        if sentence.section == "reactions" or _is_reaction(ann, sentence):
            continue  # read by kg.extract.reactions
        if sentence.tally and _tally_of_whole(assembly, sentence):
            continue
        if _toll_of_attacks_told(assembly, sentence):
            continue
        if _pluperfect(ann, sentence) and _dated_incident(assembly, sentence, year_needed=False):
            _read_background(assembly, sentence)  # "وكان انتحاريان قد فجرا نفسيهما ... يوم 23 أيار الماضي"
            continue
        if _pluperfect(ann, sentence) and _names_month(ann, sentence):
            continue  # "وكان 39 شخصا قد قتلوا في فبراير الماضي في انفجار ...": an earlier attack, no day given
        if _month_without_day(ann, sentence):
            continue  # "In November, Shebab gunmen hijacked a bus near Mandera": an earlier attack, no day given
        if _background_lead(ann, sentence, anchor):
            # "يذكر أن عناصر تكفيرية استهدفت، في 12 يوليو الماضي، كمينا ...": an earlier attack, or context
            if _dated_incident(assembly, sentence, year_needed=False, weekday=True):
                _read_background(assembly, sentence)
            continue
        _read_sentence(assembly, sentence)
    _merge_summaries(assembly)
    _same_building_told_again(assembly)
    _lead_tells_series(assembly)
    _absorb_tallies(assembly)
    _drop_empty(assembly)
    return assembly


def _towns_of_series(assembly: Assembly, specific: list[PlaceRef], told: list[Draft]) -> bool:
    """Are the places of a total toll the towns of the series, or of an attack told, only ("الحصيلة
    الإجمالية لتفجيرات بغداد ارتفعت إلى 51 قتيلاً")?"""
    if any(p.rank > TOWN_RANK for p in specific):
        return False
    if assembly.series is not None:
        return compatible_places(assembly, _leaves(assembly, assembly.series.places), specific)
    return any(d.specific_places and compatible_places(assembly, d.specific_places, specific) for d in told)


def _tally_of_whole(assembly: Assembly, sentence: Sentence) -> bool:
    """A section that counts the victims gives the toll of the whole story: of its series, or of
    its one attack ("== الضحايا == قالت الإدارة الذاتية إن 23 شخصا قتلوا، بينما قال المرصد إن عدد
    القتلى بلغ 26"), not of the incident told last. A sentence that names a place of its own is
    read as any other. The one attack is known once its tellings are merged: its tallies wait."""
    ann = assembly.annotations
    b, e = sentence.begin, sentence.end
    if (not ann.within(ann.figures, b, e) or not (assembly.series or assembly.single)
            or any(p.rank > BROAD_RANK and not p.reference for p in ann.within(ann.places, b, e))):
        return False  # (the office a source speaks for is no place of its own: "أعلنت مديرية صحة السويداء")
    if assembly.series is not None:
        _absorb(assembly, assembly.series, Clause(b, e), [], [], ann.within(ann.figures, b, e), sentence)
    else:
        assembly.tallies.append(sentence)
    return True


def _toll_of_attacks_told(assembly: Assembly, sentence: Sentence) -> bool:
    """A toll told in a sentence of its own right after a series' attacks, each told without a
    figure ("A car bomb exploded outside the stadium. Less than a minute later a suicide bomber blew
    himself up in nearby Macka Park. Thirty-six police officers and eight civilians were among the
    dead"), counts the victims of them all: it is the series' toll, not the last attack's."""
    ann = assembly.annotations
    b, e = sentence.begin, sentence.end
    if (sentence.block == assembly.totals_block and ann.within(ann.figures, b, e)
            and not _INDEFINITE_ATTACK.match(ann.document.text[b:e]) and _count_of_the_day(ann, sentence)
            and not any(p.rank > BROAD_RANK for p in ann.within(ann.places, b, e))):
        # the rest of that paragraph ("By afternoon ... put the death toll at 57, saying ... that the
        # figure did not include the three bombers", "Hospital officials said more than 300 people
        # were wounded"), unless it tells an attack of its own
        _absorb_toll(assembly, sentence)
        return True
    if not _bare_toll(ann, sentence):
        return False
    told = sorted((d for d in assembly.drafts if d.kind is EventKind.ATTACK and d.spans), key=lambda d: min(d.spans))
    if len(told) < 2 or assembly.current is not told[-1]:
        return False
    if not all(_nothing_told_but_figures(ann, s) for s in ann.sentences if s.block == sentence.block and s.end < e):
        return False  # (the paragraph tells nothing but tolls up to here: "Casualty figures shifted through the night.")
    last_two = told[-2:]
    blocks = {where.block if where else -1 for d in last_two for where in (ann.sentence_at(start) for start, _ in d.spans)}
    if blocks != {sentence.block - 1}:
        return False  # (both told in the paragraph just before)
    if any(d.figures for d in last_two) and not (assembly.series is not None and _above_each(ann, sentence, told)
                                                 and _count_of_the_day(ann, sentence)):
        # (neither with a toll of its own; or a toll above each of theirs: "At the Radisson SAS ... 38
        # people died ... At the Grand Hyatt ... at least nine", then "Police officials said early
        # Thursday that 67 people had been killed")
        return False
    if assembly.series is None:
        # the series the lead tells in the plural ("twin bombings outside a football ground") and
        # the story then tells attack by attack
        lead = [t for t in told[0].triggers if not t.generic][:1]
        if not (told[0].from_lead and lead and plural_trigger(lead[0], ann)):
            return False
    _absorb_toll(assembly, sentence)
    assembly.totals_block = sentence.block
    return True


def _absorb_toll(assembly: Assembly, sentence: Sentence) -> None:
    """The series counts the sentence's figures; its days tell when they were counted ("115 were
    still being treated Thursday"), not when the attacks were."""
    ann, series = assembly.annotations, assembly.ensure_series()
    b, e = sentence.begin, sentence.end
    told = list(series.date_refs)
    _absorb(assembly, series, Clause(b, e), [], [], ann.within(ann.figures, b, e), sentence)
    series.date_refs[:] = told + [r for r in series.date_refs if r not in told and not b <= r.begin < e]


def _count_of_the_day(ann: DocumentAnnotations, sentence: Sentence) -> bool:
    """Does the sentence count the day's victims: no statistic, no day given by its date ("Some
    1,366 people were killed in 2018")?"""
    b, e = sentence.begin, sentence.end
    return not _aggregate(ann, Clause(b, e)) and not any(r.date is not None for r in ann.within(ann.dates, b, e))


def _above_each(ann: DocumentAnnotations, sentence: Sentence, told: list[Draft]) -> bool:
    """Does the sentence count more killed than any attack told has, each with its own toll?"""
    ours = [f.figure.value for f in ann.within(ann.figures, sentence.begin, sentence.end) if f.measure is Measure.KILLED]
    theirs = [f.figure.value for d in told for f, _ in d.figures if f.measure is Measure.KILLED]
    return bool(ours) and bool(theirs) and min(ours) > max(theirs)


def _above_the_series(assembly: Assembly, figures: list[FoundFigure]) -> bool:
    """Does a toll count as many killed as the series has, or more, the series told with a toll of
    its own and the attack told last with a lower one of its own?"""
    series, current = assembly.series, assembly.current
    if series is None or current is None or current is series or not current.figures:
        return False
    ours = [f.figure.value for f in figures if f.measure is Measure.KILLED]
    theirs = [f.figure.value for f, _ in series.figures if f.measure is Measure.KILLED]
    last = [f.figure.value for f, _ in current.figures if f.measure is Measure.KILLED]
    return bool(ours) and bool(theirs) and max(ours) >= max(theirs) and max(ours) > max(last, default=0)


def _bare_toll(ann: DocumentAnnotations, sentence: Sentence) -> bool:
    """A sentence with a toll and no attack word, place or site of its own ("49 people died at the
    rugby club and 15 at the restaurant" gives each attack its toll)."""
    return bool(ann.within(ann.figures, sentence.begin, sentence.end)) and _nothing_told_but_figures(ann, sentence)


def _nothing_told_but_figures(ann: DocumentAnnotations, sentence: Sentence) -> bool:
    """A sentence with no attack word, place or site of its own ("Casualty figures shifted through
    the night.")."""
    b, e = sentence.begin, sentence.end
    return not ann.within(ann.triggers, b, e) and not _sites(ann, b, e) and not any(
        p.rank > BROAD_RANK for p in ann.within(ann.places, b, e))


def _absorb_tallies(assembly: Assembly) -> None:
    ann = assembly.annotations
    main = main_attack(assembly)
    for sentence in assembly.tallies if main is not None else []:
        b, e = sentence.begin, sentence.end
        _absorb(assembly, main, Clause(b, e), [], [], ann.within(ann.figures, b, e), sentence)


def main_attack(assembly: Assembly, among: list[Draft] | None = None) -> Draft | None:
    """The attack the document tells most about (of those given)."""
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK] if among is None else among
    if not attacks:
        return None
    return max(attacks, key=lambda d: (len(d.spans) + len(d.figures) + len(d.triggers), -int(d.key[1:])))


def _month_without_day(ann: DocumentAnnotations, sentence: Sentence) -> bool:
    """Does the sentence open with a month and tell no day ("In August, gunmen besieged a hotel in
    Sevare", "وفي شباط الماضي")?"""
    if sentence.lead or any(r.date is not None or r.relative for r in ann.within(ann.dates, sentence.begin, sentence.end)):
        return False
    vb, ve = ann.view.window(sentence.begin, sentence.end)
    opening = _MONTH_OPENING.match(ann.view.text, vb, ve)
    if opening is None:
        return False
    month = ann.lexicon.matcher("dates.months").find(ann.view.text, begin=opening.end(),
                                                      end=min(ve, opening.end() + 20), caseless=True)
    return bool(month) and month[0].begin == opening.end()


_MONTH_OPENING = re.compile(r"\W*(?:(?:In|During|By|Earlier\s+in|Later\s+in|Also\s+in)\s+(?:(?:early|late|mid-?)\s*)?"
                            r"|[وف]?(?:في|خلال|مطلع|منتصف|أواخر|اواخر|اوايل|أوائل)\s+(?:شهر\s+)?)", re.I)


_IN_YEAR = re.compile(r"\b(?:in|since)\s+(?:[A-Z][a-z]+\.?\s+)?((?:19|20)\d\d)\b(?![-/]\d)")  # "in 1998", "since February 2004"


def _earlier_year_only(ann: DocumentAnnotations, begin: int, end: int, anchor: dt.date | None) -> bool:
    """Does a clause tell its incident in an earlier year and on no day ("since Al-Qaeda bombed the
    US embassy in Nairobi in 1998")? It is background, not an event of the story."""
    if anchor is None or any(r.date is not None or r.relative for r in ann.within(ann.dates, begin, end)):
        return False
    if _TIME_AGO.search(ann.document.text, begin, end):
        return True  # "since suicide bombers killed 32 people at Brussels airport ... two years ago"
    years = [int(y) for y in _IN_YEAR.findall(ann.document.text, begin, end)]
    return bool(years) and all(y < anchor.year for y in years)


# a time before the story told by its distance from it, with no day: "two years ago", "قبل عامين"
_TIME_AGO = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
                       r"(?:weeks?|months?|years?|decades?)\s+ago\b"
                       r"|(?<![\u0621-\u064a])قبل\s+(?:عامين|سنتين|شهرين|(?:\S+\s+)?(?:أعوام|اعوام|سنوات|أشهر|اشهر))(?![\u0621-\u064a])", re.I)


def _background_lead(ann: DocumentAnnotations, sentence: Sentence, anchor: dt.date | None = None) -> bool:
    """Does the sentence open with a marker of what happened before ("يذكر أن", "Last month", "In
    2016," in a story of 2018)?"""
    if any(m.begin <= sentence.begin + 2 for m in ann.markers_of("background_lead", sentence.begin, sentence.end)):
        # (not "It was the deadliest of the blasts, killing at least 20 people": one of the story's own)
        return _ONE_OF_THE_STORYS.match(ann.document.text, sentence.begin, sentence.end) is None
    year = FRONTED_YEAR.match(ann.document.text, sentence.begin, sentence.end)  # "In 2016, al Qaeda gunmen killed 30 people"
    return year is not None and anchor is not None and int(year.group("y")) < anchor.year


# "It was the deadliest of the blasts": one of the story's own incidents compared with the others,
# not an earlier attack the story recalls
_ONE_OF_THE_STORYS = re.compile(r"\W*(?:it|this)\s+was\s+the\s+(?:\w+est|most\s+\w+)\s+of\s+the\s+(?:[\w-]+\s+)?"
                                r"(?:blasts|bombings|bombs|attacks|explosions)\b", re.I)



def _pluperfect(ann: DocumentAnnotations, sentence: Sentence) -> bool:
    """Does the sentence tell what had happened before ("وكان مسلحون قد هاجموا ...")?"""
    opening = [m for m in ann.markers_of("earlier", sentence.begin, sentence.end) if m.begin <= sentence.begin + 2]
    return bool(opening) and re.search(r"(?<!\w)قد(?!\w)", ann.document.text[opening[0].end : opening[0].end + 60]) is not None


def _names_month(ann: DocumentAnnotations, sentence: Sentence) -> bool:
    """Does the sentence name a month ("في فبراير/شباط الماضي")?"""
    vb, ve = ann.view.window(sentence.begin, sentence.end)
    return bool(ann.lexicon.matcher("dates.months").find(ann.view.text, begin=vb, end=ve, caseless=True))


def _dated_incident(assembly: Assembly, sentence: Sentence, *, year_needed: bool = True, weekday: bool = False) -> bool:
    """A background sentence that tells a particular earlier attack, with its full date, its
    place and its figures ("وفي 1 تموز 2015 شن التنظيم هجوما واسعا على مدينة الشيخ زويد قتل فيه
    17 جنديا"): an event of its own, not context."""
    ann = assembly.annotations
    b, e = sentence.begin, sentence.end
    anchor = assembly.anchor
    # (in English, a day without its year, in the story's week, will do for an attack elsewhere than
    # every one told; in Arabic it cost a held-out attack and gained none there)
    dates = [r for r in ann.within(ann.dates, b, e) if r.date is not None and (
        r.year_given or not year_needed
        or (ann.document.lang is Lang.EN and anchor is not None and abs((anchor - r.date).days) <= 7
            and _elsewhere(assembly, sentence)))]
    if not dates and weekday:
        # (where asked, a day of the week will do: "The attack came a day after three small bombs
        # exploded in a northern district of Kabul on Monday, wounding five civilians")
        dates = [r for r in ann.within(ann.dates, b, e) if r.relative == "weekday"]
    leads = ann.markers_of("background_lead", b, e)
    aggregate = [m for m in ann.markers_of("aggregate", b, e)
                 if not any(l.begin <= m.begin and m.end <= l.end for l in leads)  # "Earlier this year, on May 8"
                 # (nor the decade of a wave: "... قرب الهرم في الجيزة في 8 يونيو/حزيران 1993، أسفر عن مقتل
                 # شخصين، في إطار موجة العنف التي شهدتها مصر خلال التسعينيات")
                 and not _DECADE.search(ann.document.text, m.begin, m.end)]
    if aggregate or not dates or any(r.date == assembly.anchor and not _elsewhere(assembly, sentence) for r in dates):
        return False
    if len(dates) == 1:
        return _dated_part(assembly, sentence, b, e)
    # "the journalist Samir Kassir was killed by a bomb ... in Achrafieh on 2 June 2005; the television
    # presenter May Chidiac lost an arm and a leg when her car was bombed in Jounieh on 25 September
    # 2005; ...": attacks told one by one, each with its day
    parts = [(c.begin, c.end) for c in _clauses(ann, sentence)[0]]
    dated = [sum(1 for r in dates if pb <= r.begin < pe) for pb, pe in parts]
    if not all(n <= 1 for n in dated):
        return False
    told = [n == 1 and _dated_part(assembly, sentence, pb, pe) for n, (pb, pe) in zip(dated, parts)]
    # ("On 18 April 1983 a suicide bomber destroyed part of the embassy ..., killing 63 people, and on
    # 23 October 1983 suicide truck bombs struck the Marine barracks ..., killing 241": each attack
    # with its day, the clauses joined by "and")
    return any(told) if ";" in ann.document.text[b:e] else sum(told) >= 2


_DECADE = re.compile(r"(?:ستين|سبعين|ثمانين|تسعين)ي?ات|\b(?:19|20)\d0s\b|\b(?:sixties|seventies|eighties|nineties)\b", re.I)
_THEN = re.compile(r"[,،;؛]\s*(?=(?:ثم|then)\s)", re.I)


def _before_month_told(ann: DocumentAnnotations, sentence: Sentence) -> Sentence:
    """A background sentence that tells an attack with its day, then ("ثم", "then") another with only
    its month, is read up to the month ("ففي 11 تشرين الأول 1976 هاجم مسلحون منها السفارتين السوريتين في
    روما وإسلام آباد في اليوم نفسه، ثم هاجمت في تشرين الثاني من العام نفسه فندق إنتركونتيننتال"): the
    month is no statistic of the attack told before it."""
    b, e = sentence.begin, sentence.end
    cut = next(_THEN.finditer(ann.document.text, b, e), None)
    if cut is None:
        return sentence
    aggregate = ann.markers_of("aggregate", b, e)
    month = ann.lexicon.regex("{MONTH}")
    if (aggregate and all(m.begin >= cut.start() and month.search(ann.document.text, m.begin, m.end) for m in aggregate)
            and any(r.date is not None and r.year_given for r in ann.within(ann.dates, b, cut.start()))):
        return replace(sentence, end=cut.start())
    return sentence


def _elsewhere(assembly: Assembly, sentence: Sentence) -> bool:
    """Does a background sentence tell an attack elsewhere than every attack told so far ("The
    bombing came on the same day as two attacks claimed by the Taliban. In Kabul, ... on 10 January,
    killing 38 people", after a bombing in Kandahar)?"""
    ann = assembly.annotations
    places = [p for p in ann.within(ann.places, sentence.begin, sentence.end) if p.rank > BROAD_RANK and not p.reference]
    told = [d for d in assembly.drafts if d.kind is EventKind.ATTACK and d.specific_places]
    return bool(places) and bool(told) and not any(compatible_places(assembly, d.specific_places, places) for d in told)


def _dated_part(assembly: Assembly, sentence: Sentence, b: int, e: int) -> bool:
    ann = assembly.annotations
    # "On 2 December 2014, the group attacked a quarry outside Mandera town and killed 36 workers"
    told = [t for t in ann.within(ann.triggers, b, e) if not t.operation]
    places = [p for p in ann.within(ann.places, b, e) if p.rank > BROAD_RANK and p.reference in (False, "near")]
    places = places or _building_named_before(ann, sentence, b, e)
    figures = ann.within(ann.figures, b, e)
    # ("وفي ليلة 5 إلى 6 سبتمبر 1997 قتل 87 شخصا على الأقل في حي سيدي يوسف": victims killed say the attack)
    killed = any(f.measure is Measure.KILLED and not f.subset and not _militants(ann, f) for f in figures)
    # ("Hariri was killed with 21 other people when a massive bomb exploded near the St. George Hotel in
    # Beirut on 14 February 2005": a person killed by the attack told)
    victim = bool(told) and _PERSON_KILLED.search(ann.document.text, b, e) is not None
    # ("On 11 October 1976 its gunmen attacked the Syrian embassies in Rome and Islamabad": an attack
    # word of its own, a day and a place tell the attack, with no toll)
    specific = any(not t.generic for t in told)
    return (bool(told) or killed) and bool(places) and (bool(figures) or victim or specific)


_PERSON_KILLED = re.compile(r"\b(?:was|were)\s+(?:killed|assassinated|shot\s+dead|murdered|maimed)\b")


def _read_background(assembly: Assembly, sentence: Sentence) -> None:
    """Read a dated background sentence as a new incident, leaving the story's thread as it was."""
    current, told = assembly.current, assembly.current_sentence
    assembly.current = None
    before = len(assembly.drafts)
    _read_sentence(assembly, sentence)
    for draft in assembly.drafts[before:]:
        draft.separate = draft.marked = draft.background = True
    assembly.current, assembly.current_sentence = current, told


def _single_attack_title(ann: DocumentAnnotations) -> bool:
    """Does the document's title (or its infobox title) tell of one attack ("2016 Karrada café
    bombing", "Car bomb kills 12 in Baghdad's Sadr City market")?"""
    document = ann.document
    titles = []
    if document.title is not None:
        titles.append(document.text[document.title.begin : document.title.end])
    item = document.infobox_value("title", "name")
    if item is not None:
        titles.append(item.value)
    if not titles and ann.sentences and ann.sentences[0].lead:
        # a wire with no headline: its first sentence, if it names one town, is its headline
        # ("STRASBOURG, France, Dec 14 (Reuters) - The death toll from Tuesday's shooting near the
        # Christmas market in Strasbourg rose to four"; not "Gunmen stormed a police academy in Lahore
        # while a suicide bomber hit a police station in the town of Kohat")
        first = ann.sentences[0]
        towns = {p.key for p in ann.within(ann.places, first.begin, first.end) if not p.reference and p.rank >= TOWN_RANK}
        if len(towns) <= 1:
            titles.append(document.text[first.begin : first.end])
    if not titles:
        return False
    lexicon = ann.lexicon
    text = " ".join(titles)
    plural = lexicon.matcher("titles.plural").find(text, caseless=True)
    single = lexicon.matcher("titles.single").find(text, caseless=True)
    # "Suicide bomber hits Colombo rail station a day after Dambulla bus blast": two attacks;
    # "اغتيال الناشط عبد السلام المسماري وتفجير محكمتين": two deeds joined
    # (not "27 قتيلا في تفجير قطار ... وانفجار عبوة ثانية في موقع الحادث": a second bomb at the scene)
    joined = any((_JOINED_BEFORE.search(text, max(0, m.begin - 5), m.begin) or m.text.startswith("و"))
                 and not _SECOND_AFTER.search(text, m.end) for m in single[1:])
    # ("Rebels attack three towns in southern Colombia": several places struck)
    counted = lexicon.lang is Lang.EN and lexicon.regex(r"\b(?:\d+|several|{NUMWORD})\s+(?:[\w-]+\s+)?{PLACES_STRUCK}\b").search(text)
    return bool(single) and not plural and not joined and not _TITLE_AFTER_ANOTHER.search(text) and not counted


_SECOND_AFTER = re.compile(r"(?<!\w)(?:ثان|ثاني|ثانية|ثانيه)(?!\w)|\bsecond\b", re.I)
_JOINED_BEFORE = re.compile(r"\band\s+$|(?<!\S)و$")


_TITLE_AFTER_ANOTHER = re.compile(r"\b(?:a|one|two|three|\d+)\s+(?:days?|weeks?|hours?)\s+after\s+(?:[\w'’-]+\s+){0,4}"
                                  r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|raids?)\b", re.I)


_DENIAL = re.compile(r"\bden(?:ied|ies|ying)\b|[أا]ي\s+(?:علاق|صل)", re.I)


def _is_reaction(ann: DocumentAnnotations, sentence: Sentence) -> bool:
    begin, end = sentence.begin, sentence.end
    if (ann.has("responsibility", begin, end) and not ann.has("condemnation", begin, end)
            and all(_DENIAL.search(ann.document.text, m.begin, m.end) for m in ann.markers_of("responsibility", begin, end))
            and any(r.date is not None for r in ann.within(ann.dates, begin, end))):
        # "On Feb. 12, Imad Mughniyeh ... was killed when his car exploded ...; Hezbollah blamed Israel,
        # which denied involvement": an attack told with its day, and a denial
        return False
    if ann.has("responsibility", begin, end) or ann.has("condemnation", begin, end):
        return not ann.within(ann.figures, begin, end)
    if any(_CHARACTERISED.match(ann.document.text, m.begin, m.end) for m in ann.markers_of("statement", begin, end)):
        # "In Jerusalem, Foreign Minister Silvan Shalom called the bombing of his country's embassy 'an
        # attack on the free world'": what a speaker made of the attack told
        return not ann.within(ann.figures, begin, end) and not ann.within(ann.dates, begin, end)
    # "Both Abuja bombings and the abduction have been blamed on Boko Haram": attacks told before
    return (ann.has("blame", begin, end) and not ann.within(ann.figures, begin, end)
            and not ann.within(ann.dates, begin, end) and bool(blamed_groups(ann, begin, end)))


_CHARACTERISED = re.compile(r"(?:called|described)\s+(?:the|it)\b", re.I)


# ---- sentences and clauses ---------------------------------------------------------------------

# ", including" starts a clause only when an attack follows ("..., including a separate bombing in
# Kirkuk"), not a part of a figure ("killing four civilians, including two children")
# "two days after", "four months after": a span of time counted back from the story's incident
_SPAN_AFTER = (r"(?:just\s+|only\s+|nearly\s+|almost\s+|barely\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
               r"|eleven|twelve|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+after\s")
# a clause split off as "..., two days after twin bombings tore through a cathedral": an earlier incident
_EARLIER_AFTER = re.compile(rf",?\s*{_SPAN_AFTER}|,\s*(?:less\s+than\s+|just\s+|only\s+|barely\s+)?\S+\s+hours\s+after\s", re.I)
_EN_SPLIT = re.compile(
    r";|,\s+while\s+|\s+while\s+|,\s+whereas\s+"
    r"|,\s+including\s+(?=(?:a|an|the|two|three|several|another)\s+(?:separate\s+|second\s+|)?"
    r"(?:\w+\s+){0,2}(?:attacks?|bomb\w*|blasts?|explosions?|shootings?|ambush\w*|assaults?|raids?)\b)"
    # "... a packed nightclub that killed 39 people, as Turkish police hunted the gunman and detained eight"
    r"|(?<!later)(?<!earlier)(?<!afterwards)(?<!after)(?<!then),\s+as\s+(?=(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:police|security|troops|soldiers|authorities|investigators|detectives|prosecutors|forces)\b)"
    # "... killing 15 people, as attacks across northern Iraq left 23 dead": the day's series told beside the attack
    r"|,\s+as\s+(?=(?:other\s+|further\s+|more\s+)?(?:attacks|bombings|violence|blasts|explosions)\s+(?:across|around|throughout|elsewhere|in\s+other)\b)"
    r"|,\s+but\s+|,\s+with\s+(?=the|a|an)\b|(?<!\b[A-Za-z])(?<!\bSt)(?<!\bMt)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bFt)(?<!\bLt)(?<!\bGen)(?<!\bCol)(?<!\bSgt)"
    r"(?<!\bRev)(?<!\bGov)(?<!\bMrs)(?<!\bCapt)\.\s+(?!\d)"
    r"|,\s+(?=making\s+(?:it|this|that)\b|the\s+(?:deadliest|worst|latest|biggest|bloodiest)\b)"
    r"|,\s+and\s+(?=(?:a|an|another|two|three|four|five)\s+(?:[\w-]+\s+){0,2}(?:car\s+bomb|roadside\s+bomb|bomb|blast|"
    r"explosion|suicide\s+bomber|sticky\s+bomb|mortar|rocket|grenade|gunm[ae]n|sniper)s?\b)"
    r"|,\s+and\s+(?=(?:gunmen|militants|insurgents|a\s+gunman)\s+(?:\w+\s+)?(?:killed|shot|attacked|opened|stormed)\b)"
    # "..., four months after the group's militants killed 130 people in Paris": an earlier attack
    rf"|,\s+(?={_SPAN_AFTER}\s*(?!a\b|an\b|its\b|their\b)"
    r"(?!the\s+(?:[\w-]+\s+){0,2}(?:attacks?|bombings?|assault|massacre|shooting|siege)\b))"
    # "..., killing 14 people, police said, less than 12 hours after a suicide car bomber tore through a
    # crowded ice cream parlor in the capital's Karrada district": an earlier attack, the night before
    r"|,\s+(?=(?:less\s+than\s+|just\s+|only\s+|barely\s+)?(?:\d+|two|three|four|five|six|eight|ten|twelve|several)\s+hours\s+"
    r"after\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:bomb|bomber|bombing|attack|blast|explosion|gunman|gunmen)\s)"
    # "the deadliest attack in Kenya since Al-Qaeda bombed the US embassy in Nairobi": an earlier one
    r"|\s+(?=since\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:bombed|attacked|killed|struck|stormed|seized)\b)"
    # "police detained nine people on Sunday over two car bombs that killed 46 people": the bombs are told
    r"|\s+(?=(?:over|in\s+connection\s+with|for\s+(?:their\s+|his\s+)?(?:role|involvement|part)\s+in)\s+"
    r"(?:[\w-]+\s+){0,3}(?:attacks?|bombs?|bombings?|blasts?|explosions?|shootings?|assaults?)\s+(?:that|which)\s+"
    r"(?:killed|left|wounded|injured)\b)"
    # "the deadliest on Egypt's security forces since Oct. 24 last year, when militants killed 30 soldiers"
    r"|\s+(?=since\s+[^,;]{3,40},\s+when\s)"
    # "on Feb. 17, an attack on buses ... that killed 29 people, and on March 13, a bombing ...": two days
    r"|,\s+and\s+(?=on\s+(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,}))"
    # "was blamed for a triple suicide bombing at ... that killed 45 people, and for a bombing in ... that
    # killed 33": a second attack with its own toll
    r"|(?:(?<=people)|(?<=killed)|(?<=wounded)|(?<=injured)|(?<=dead)|(?<=lives)),\s+and\s+(?=(?:for|in)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}"
    r"(?:attack|bombing|blast|explosion|shooting|assault|massacre)\s+[^,;.]{3,80}?\b(?:killed|left)\s)"
)
_AR_SPLIT = re.compile(r"[;؛]|[,،]\s*(?=في\s+واحد[ةه]?\s+من\s+(?:سلسل[ةه]|موج[ةه]|عد[ةه])\s)|,?\s*في\s+حين\s+(?:ان\s+)?|,?\s*بينما\s+|,?\s*فيما\s+|,\s*بما\s+في\s+ذلك\s+|,\s*(?=و[^\s])"
                       # "ويعد هذا الهجوم الأعنف في صنعاء منذ التفجيرات الانتحارية التي استهدفت مسجدي بدر
                       # والحشوش في 20 مارس": the attacks it is compared with are earlier ones
                       r"|\s+(?=منذ\s+(?:(?:سلسل[ةه]|موج[ةه])\s+)?(?:ال)?(?:تفجير|هجوم|هجمات|تفجيرات|اعتداء|اعتداءات|انفجار|انفجارات|مجزر)\S*\s)")
_EN_FRONTED = re.compile(r"^(?:In|At|Near|Outside|On|Elsewhere|Meanwhile|Separately|Also)\b[^,]{0,80},\s+")
_AR_FRONTED = re.compile(r"^[وف]?(?:في|قرب|بالقرب\s+من|وسط|شمال|جنوب|شرق|غرب)\s[^,]{0,80},\s*")


def _clauses(ann: DocumentAnnotations, sentence: Sentence) -> tuple[list[Clause], Clause | None]:
    view = ann.view
    vb, ve = view.window(sentence.begin, sentence.end)
    text = view.text[vb:ve]
    fronted = None
    pattern = _AR_FRONTED if ann.document.lang is Lang.AR else _EN_FRONTED
    match = pattern.match(text)
    if match:
        fb, fe = view.span(vb, vb + match.end())
        fronted = Clause(fb, fe)
    splitter = _AR_SPLIT if ann.document.lang is Lang.AR else _EN_SPLIT
    cuts = [0]
    for m in splitter.finditer(text):
        if m.start() > 0 and (not match or m.start() >= match.end() - 2):
            cuts.append(m.start())
    cuts.append(len(text))
    clauses = []
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            cb, ce = view.span(vb + a, vb + b)
            clauses.append(Clause(cb, ce))
    return clauses, fronted


def _read_sentence(assembly: Assembly, sentence: Sentence) -> None:
    ann = assembly.annotations
    if sentence.bullet_head is not None and sentence.bullet_head > sentence.begin and _read_bullet(assembly, sentence):
        return
    if ann.has("judicial", sentence.begin, sentence.end) and not ann.within(ann.figures, sentence.begin, sentence.end):
        return  # "... were sentenced to death and executed on 9 November 2008": a court's doing, no attack
    if _introduces_list(ann, sentence):
        return
    targets = _listed_targets(ann, sentence)
    if targets is not None:
        _read_targets(assembly, sentence, targets)
        return
    clauses, fronted = _clauses(ann, sentence)
    clauses, fronted = _without_motives(ann, clauses, fronted)
    items = _ordinal_items(ann, sentence)
    if items:
        clauses = [Clause(c.begin, min(c.end, items[0][0])) for c in clauses if c.begin < items[0][0]]
    for index, clause in enumerate(clauses):
        aggregate = _aggregate(ann, clause)
        _read_clause(assembly, sentence, clause, fronted, index, aggregate)
        if assembly.current is not None:
            assembly.current_sentence = sentence.begin
    if items:
        _read_ordinal_items(assembly, sentence, items)


# the attacks of a series told one by one by their ordinals: "ثلاث انتحاريات نفذن الهجمات، الأولى خلال
# حفل زفاف، والثانية عند مدخل المستشفى العام، والثالثة أثناء مراسم تشييع", "three bombs went off, the
# first at a wedding, the second near the hospital"
_ORDINAL_ITEM = re.compile(
    r"[,،]\s*(?:و\s*)?(?:ال)(?:[أا]ول[ىي]?|ثاني[ةه]?|ثالث[ةه]?|رابع[ةه]?|خامس[ةه]?)\s+"
    r"(?=(?:خلال|عند|في|قرب|[أا]مام|[أا]ثناء|داخل|على|بين|استهدف\w*|وقع\w*|انفجر\w*)(?!\w))"
    r"|[,;]\s*(?:and\s+)?the\s+(?:first|second|third|fourth|fifth|last)\s+"
    r"(?=(?:at|in|near|outside|inside|during|on|targeting|targeted|hit|struck|exploded|went\s+off)\b)", re.I)
_FIRST_ITEM = re.compile(r"[أا]ول|first", re.I)


def _ordinal_items(ann: DocumentAnnotations, sentence: Sentence) -> list[tuple[int, int]]:
    """The spans of a sentence's ordinal items, from the first ("، الأولى خلال حفل زفاف") to the
    last; none unless there are two or more and the first is the first."""
    starts = [m.start() for m in _ORDINAL_ITEM.finditer(ann.document.text, sentence.begin, sentence.end)]
    if len(starts) < 2 or not _FIRST_ITEM.search(ann.document.text, starts[0], starts[0] + 12):
        return []
    return list(zip(starts, [*starts[1:], sentence.end]))


def _read_ordinal_items(assembly: Assembly, sentence: Sentence, items: list[tuple[int, int]]) -> None:
    """An attack for each item, in the place it names or else in the town of the story told so far,
    by the means told before the items."""
    ann = assembly.annotations
    told = assembly.series or assembly.current
    town = [p for p in (told.specific_places if told is not None else []) if p.rank < FACILITY_RANK]
    means = [t for t in ann.within(ann.triggers, sentence.begin, items[0][0]) if not t.generic]
    assembly.ensure_series()
    for b, e in items:
        places = [p for p in ann.within(ann.places, b, e) if not p.reference and p.rank > BROAD_RANK]
        draft = assembly.new(EventKind.ATTACK)
        draft.separate = True
        _absorb(assembly, draft, Clause(b, e), places or town, ann.within(ann.triggers, b, e) or means,
                ann.within(ann.figures, b, e), sentence)
        assembly.current = draft
        assembly.current_sentence = sentence.begin


def _without_motives(ann: DocumentAnnotations, clauses: list[Clause],
                     fronted: Clause | None) -> tuple[list[Clause], Clause | None]:
    """The clauses cut where they tell why the attackers struck: what follows "in retaliation
    for" ("for army shelling of residential districts in Homs, Hama") is no incident of the
    story. A fronted motive ("In revenge for the killing of a cleric in Basra, gunmen ...") is
    dropped, and the clause read from after it."""
    kept = []
    for clause in clauses:
        motives = ann.markers_of("motive", clause.begin, clause.end)
        if fronted is not None and any(fronted.begin <= m.begin < fronted.end for m in motives):
            clause, fronted = Clause(fronted.end, clause.end), None
            motives = ann.markers_of("motive", clause.begin, clause.end)
        if motives:
            clause = Clause(clause.begin, min(m.begin for m in motives))
        if clause.end > clause.begin:
            kept.append(clause)
    return kept, fronted


def _aggregate(ann: DocumentAnnotations, clause: Clause) -> bool:
    """Does the clause tell a statistic or a trend ("in recent months", "last year")? Not "last
    year" in the day it gives ("on Oct. 24 last year")."""
    days = [r for r in ann.within(ann.dates, clause.begin, clause.end) if r.date is not None]
    triggers = ann.within(ann.triggers, clause.begin, clause.end)
    if not triggers and any(
            p.rank == 0 and _ACROSS.search(ann.document.text, max(clause.begin, p.begin - 20), p.begin)
            for p in ann.within(ann.places, clause.begin, clause.end)):
        # "at least 20 people were killed across Syria on Saturday": a country's toll, by no attack
        # told ("Bombings and shootings across Iraq killed 31" tells the story's series)
        return True
    if (all(t.generic for t in triggers)
            and (_TOLL_SO_FAR.search(ann.document.text, clause.begin, clause.end)
                 or _KILLED_IN_WAR.search(ann.document.text, clause.begin, clause.end))
            and any(f.figure.value >= _WAR_TOLL for f in ann.within(ann.figures, clause.begin, clause.end))):
        # "More than 280,000 people have been killed in Syria's conflict", "the 1990s, when an estimated
        # 150,000 people were killed in the conflict between the army and Islamist rebels": a war's toll
        return True
    if ann.lexicon.lang is Lang.AR and ann.within(ann.figures, clause.begin, clause.end):
        vb, ve = ann.view.window(clause.begin, clause.end)
        if ann.lexicon.regex(r"(?<!\w)خلال\s+(?:شهر\s+)?{MONTH}").search(ann.view.text, vb, ve):
            return True  # "قُتل 741 عراقيا ... في أعمال عنف خلال نيسان/أبريل الماضي": a month's toll
    text = ann.document.text
    places = ann.within(ann.places, clause.begin, clause.end)
    if _TOLL_OVER_YEARS.search(text, clause.begin, clause.end):
        # "Fighting ... killed more than 1,000 people between 1998 and 2001", "ETA, which has killed more
        # than 800 people in its 34-year campaign": a toll over years
        return True
    if (all(t.generic for t in triggers) and not ann.within(ann.dates, clause.begin, clause.end)
            and _IN_A_YEAR.search(text, clause.begin, clause.end)
            and not any(p.rank > BROAD_RANK for p in places)
            and any(f.measure is Measure.KILLED for f in ann.within(ann.figures, clause.begin, clause.end))):
        # "across Northern Ireland, 297 people were killed in political violence in 1976", "ETA killed
        # more than 800 people before announcing the end of its armed activity in 2011": a year's toll,
        # or a campaign's, told with no attack and no place of its own
        return True
    if _NTH_IN_PERIOD.search(text, clause.begin, clause.end) and not ann.within(ann.figures, clause.begin, clause.end):
        return True  # "Monday's blasts were the fifth bombing in Mumbai in nine months": a count, no attack
    return any(not any(r.begin <= m.begin and m.end <= r.end for r in days)
               # (not "the Canal Hotel, ... that the U.N. had used as its base since the 1990s": a time of the building's)
               and not _RELATIVE_OPEN.search(text, max(clause.begin, m.begin - 120), m.begin)
               # ("في واحد من أعنف الهجمات التي تعرضت لها البعثة منذ انتشارها عام 2007": a comparison)
               and not _COMPARED_SINCE.search(text, max(clause.begin, m.begin - 80), m.begin)
               # ("ووقع الهجوم الأكثر دموية في مدينة الكوت": where the day's deadliest attack was)
               and not _DEADLIEST_TOLD.search(text, max(clause.begin, m.begin - 25), m.begin)
               # ("In Intazayene alone at least 60 people died": a place singled out, no period)
               and not (text[m.begin : m.end].lower() == "alone" and any(0 <= m.begin - p.end <= 2 for p in places))
               for m in ann.markers_of("aggregate", clause.begin, clause.end))


_TOLL_OVER_YEARS = re.compile(r"\b(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|until)\s+(?:19|20)\d\d\b"
                              r"|\b(?:which|that|who)\s+(?:has|have)\s+(?:since\s+)?killed\b"
                              r"|\b(?:\d+|[a-z]+)-year\s+(?:armed\s+|separatist\s+|violent\s+)?"
                              r"(?:campaign|insurgency|conflict|war|struggle|rebellion|uprising)\b", re.I)
_IN_A_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d\b(?!\s*[-–/])")
_NTH_IN_PERIOD = re.compile(r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                            r"(?:[\w-]+\s+)?(?:attack|bombing|blast|explosion|assault)s?\b[^.;]{0,60}?"
                            r"\b(?:in|over|within|during)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\w+\s+)?(?:days|weeks|months|years)\b", re.I)
# ("where the cultural group Chhayanaut has greeted the new year with songs every spring since the 1960s")
_RELATIVE_OPEN = re.compile(r"\b(?:that|which|where)\s+(?:the\s+|a\s+|an\s+|it\s+|they\s+)?(?:[\w.'’-]+\s+){1,3}(?:had|has|have)\s+[^,;.]*$")
_DEADLIEST_TOLD = re.compile(r"(?<!\w)[وف]?(?:وقع|كان)\s+(?:ال)?(?:هجوم|تفجير|انفجار|اعتداء)\s+$")
_COMPARED_SINCE = re.compile(rf"(?<!\w)(?:ال)?{SUPERLATIVE_AR}\s+(?:\S+\s+){{0,6}}$")
_WAR_TOLL = 1000  # a toll this high, told so far by no attack word, counts a war's dead, not an attack's
_KILLED_IN_WAR = re.compile(r"\b(?:killed|died|dead)\s+(?:in|during)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:conflict|war|insurgency|uprising|rebellion|fighting)\b"
                            # "وأسفر النزاع الذي اندلع في 2009 عن مقتل أكثر من 36 ألف شخص"
                            r"|(?<!\w)[وف]?(?:أسفر|اسفر|أودى|اودى|خلف|خلّف)\w*\s+(?:ال)?(?:نزاع|حرب|تمرد|صراع|قتال)(?!\w)"
                            # "وقتل أكثر من 17 ألف شخص في التمرد الذي تشنه بوكو حرام منذ ست سنوات"
                            r"|(?<!\w)[وف]?(?:قتل|قضى|لقي)\S*\s+(?:\S+\s+){1,5}?(?:في|خلال)\s+(?:ال)?(?:نزاع|حرب|تمرد|صراع|قتال)(?!\w)"
                            # "وتُحمّلها الحكومة مسؤولية مقتل آلاف المدنيين": a war's dead laid at a group's door
                            r"|(?<!\w)مسؤولي[ةه]\s+مقتل\s+(?:آلاف|الآلاف|عشرات\s+الآلاف)", re.I)
_TOLL_SO_FAR = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:killed|died|left)\b", re.I)
_ACROSS = re.compile(r"\b(?:across|throughout|all\s+over|around)\s+(?:the\s+)?$|(?:في\s+)?(?:أنحاء|انحاء|مختلف\s+مناطق)\s+$", re.I)


def _forces_lost_in_last_operation(assembly: Assembly, sentence: Sentence, figures: list[FoundFigure]) -> bool:
    """Do the figures count soldiers or police only, told in the sentence after the operation just
    told or in its own?"""
    ann = assembly.annotations
    last = assembly.drafts[-1] if assembly.drafts else None
    if last is None or last.kind is not EventKind.SECURITY_OPERATION or not last.spans:
        return False
    before = [s for s in ann.sentences if s.end <= sentence.begin]
    previous = before[-1].begin if before else sentence.begin
    return (max(begin for begin, _ in last.spans) >= previous
            and all(f.figure.group in ("soldiers", "police") for f in figures))


def _introduces_list(ann: DocumentAnnotations, sentence: Sentence) -> bool:
    """Does the sentence, with no figure of its own, introduce the bullets that tell the incidents
    ("The bombs ... exploded within about three minutes of one another:")?"""
    blocks = ann.document.blocks
    if not ann.document.text[sentence.begin : sentence.end].rstrip().endswith((":", "：")):
        return False
    following = blocks[sentence.block + 1] if sentence.block + 1 < len(blocks) else None
    return (following is not None and following.kind is BlockKind.BULLET
            and sentence.end >= blocks[sentence.block].span.end - 1
            and not ann.within(ann.figures, sentence.begin, sentence.end))


_TARGETS_LISTED = re.compile(r"\b(?:targets?|targeted|struck|hit|attacked|sites?|locations?)\b", re.I)


def _listed_targets(ann: DocumentAnnotations, sentence: Sentence) -> Sentence | None:
    """The sentence that introduces a list of the places attacked ("Police and witnesses said
    targets included:"), when the sentence is the first of a bullet of that list."""
    blocks = ann.document.blocks
    if blocks[sentence.block].kind is not BlockKind.BULLET or sentence.begin > blocks[sentence.block].span.begin + 2:
        return None
    index = sentence.block
    while index > 0 and blocks[index - 1].kind is BlockKind.BULLET:
        index -= 1
    before = [s for s in ann.sentences if s.block == index - 1]
    if index == 0 or not before:
        return None
    intro = before[-1]
    text = ann.document.text[intro.begin : intro.end].rstrip()
    return intro if text.endswith((":", "：")) and _TARGETS_LISTED.search(text) else None


def _read_targets(assembly: Assembly, sentence: Sentence, intro: Sentence) -> None:
    """A bullet of a list of targets ("- police stations in Farm Centre, Unguwa Uku and Jaba") tells
    an attack at each place it names, by the means the bullet or the introduction tells."""
    ann = assembly.annotations
    b, e = sentence.begin, sentence.end
    places = [p for p in ann.within(ann.places, b, e) if not ann.in_dateline(p) and not p.reference and p.rank > BROAD_RANK]
    told = ann.within(ann.triggers, b, e) or ann.within(ann.triggers, intro.begin, intro.end)
    for g_b, g_e, g_places, joint in _split_by_places(ann, assembly, Clause(b, e), places) if places else []:
        draft = assembly.new(EventKind.ATTACK)
        draft.separate = True
        figures = [f for f in ann.within(ann.figures, b, e) if g_b <= f.begin < g_e] if not joint else []
        _absorb(assembly, draft, Clause(g_b, g_e), g_places, ann.within(ann.triggers, g_b, g_e) or told, figures, sentence)
        assembly.current = draft
        assembly.current_sentence = sentence.begin


def _read_bullet(assembly: Assembly, sentence: Sentence) -> bool:
    """A bullet of a list of incidents ("- الكاظمية: انفجرت سيارة مفخخة قرب مرآب ... في ساحة عدن،
    ما أدى إلى مقتل تسعة أشخاص") tells one incident, whatever number of places it names: the
    place of its head and the places inside it. False when the bullet is not such an item (no
    attack word or figure, no place, a trend, a series, an operation): its clauses are read, as
    are bullets without a head ("- Two roadside bombs exploded in the Shula and Husseiniya
    districts" tells two)."""
    ann = assembly.annotations
    b, e = sentence.begin, sentence.end
    figures = ann.within(ann.figures, b, e)
    strong = [t for t in ann.within(ann.triggers, b, e) if not t.generic]
    if not (figures or strong) or ann.has("aggregate", b, e) or ann.has("series", b, e) or _is_operation(ann, b, e):
        return False
    places = [p for p in ann.within(ann.places, b, e)
              if not ann.in_dateline(p) and not p.reference and p.rank > BROAD_RANK]
    head = ann.document.text[b : sentence.bullet_head].rstrip(" \t:：")
    if not places and not PHASE_HEAD.search(head):
        return False  # (a head such as "- التفجير الثاني:" tells another attack, wherever it was)
    # the head locates the place it names: "- كمين الوفاق جنوب رفح: ..." is near Rafah
    places += [p for p in ann.within(ann.places, b, sentence.bullet_head) if p.reference and p not in places]
    # "- ماكودة وتيزي غنيف وواقنون: انفجرت عبوات ناسفة أمام مقرات أمنية في البلدات الثلاث": one
    # attack in each town the head lists, their figures shared
    listed = _head_list(ann, places, sentence)
    for where in ([[p] for p in listed] if listed else [places]):
        draft = assembly.new(EventKind.ATTACK)
        draft.separate = True
        _absorb(assembly, draft, Clause(b, e), where, ann.within(ann.triggers, b, e), [] if listed else figures, sentence)
        draft.figures.extend((figure, True) for figure in (figures if listed else []))
    assembly.current = draft
    assembly.current_sentence = sentence.begin
    return True


_HEAD_LIST_JOIN = re.compile(r"\s+و|\s*،\s*|,\s+(?:and\s+)?|\s+and\s+")


def _head_list(ann: DocumentAnnotations, places: list[PlaceRef], sentence: Sentence) -> list[PlaceRef]:
    """The places a bullet's head lists, when it is nothing but a list of two or more."""
    head = sorted((p for p in places if p.end <= sentence.bullet_head and not p.reference), key=lambda p: p.begin)
    text = ann.document.text
    if len(head) < 2 or head[0].begin != sentence.begin or text[head[-1].end : sentence.bullet_head].strip(" \t:："):
        return []
    if all(_HEAD_LIST_JOIN.fullmatch(text, a.end, b.begin) for a, b in zip(head, head[1:])):
        return head
    return []


def _read_clause(assembly: Assembly, sentence: Sentence, clause: Clause, fronted: Clause | None,
                 index: int, aggregate: bool) -> None:
    ann = assembly.annotations
    b, e = clause.begin, clause.end
    if _earlier_year_only(ann, b, e, assembly.anchor):
        return
    places = [p for p in ann.within(ann.places, b, e) if not ann.in_dateline(p) and not p.reference]
    triggers = ann.within(ann.triggers, b, e)
    figures = ann.within(ann.figures, b, e)
    specific = [p for p in places if p.rank > BROAD_RANK]
    if fronted is not None and fronted.begin >= b and fronted.end <= e:
        in_front = [p for p in ann.within(ann.places, fronted.begin, fronted.end) if p.rank > BROAD_RANK]
    else:
        in_front = []
    # bombs defused or found are no attack: "تفكيك عشرات العبوات الناسفة", "defused two roadside bombs"
    triggers = [t for t in triggers if not _DEFUSED.search(ann.document.text[max(b, t.begin - 30) : t.begin])
                and not _NOT_THE_DEED.search(ann.document.text[max(b, t.begin - 60) : t.begin])
                and not _DISPOSED.match(ann.document.text, t.end, e) and not _FOUND_AFTER.match(ann.document.text, t.end, e)
                and not _previous(ann, t, b) and not _SEIZED_VEHICLE.search(ann.document.text, max(b, t.begin - 50), t.begin)
                and not (t.weapon == "explosives" and _FOILED.search(ann.document.text, max(b, t.begin - 40), t.begin))]
    strong = [t for t in triggers if not t.generic]
    new_marker = _new_incident(ann, b, e) or (
        bool(specific) and fronted is not None and _SAME_DAY_IN.match(ann.document.text, fronted.begin, fronted.end) is not None
    ) or (
        index > 0 and fronted is not None and ann.has("new_incident", fronted.begin, fronted.end)
    ) or (fronted is not None and fronted.begin >= b and fronted.end <= e and bool(in_front)
          and _ALSO_THERE.search(ann.document.text, fronted.begin, fronted.end) is not None)
    if new_marker and not specific and all(_ORDINAL.search(ann.document.text[m.begin : m.end])
                                           and _ATTACKER_NOUN.search(ann.document.text[m.begin : m.end])
                                           for m in ann.markers_of("new_incident", b, e)):
        # "فيما فجر انتحاري ثان حزامه الناسف عند بوابة المسجد": a second bomber at the same place
        # is a phase of the attack; a second bomb elsewhere is another
        new_marker = False
    if new_marker and not specific and _same_building_again(assembly, b, e):
        new_marker = False  # "a second bomb exploded at the entrance to the cathedral's parking area"
    if new_marker and not specific and TOLL_ROSE.search(ann.document.text, b, e):
        new_marker = False  # "Later in the day, a government official said the total number of dead had risen to 11"
    if (not new_marker and strong and specific and assembly.current is not None
            and assembly.current.kind is EventKind.ATTACK and _opens_on_a_later_day(ann, b, e)
            and not compatible_places(assembly, assembly.current.specific_places, specific)):
        new_marker = True  # "Two days later a police officer was shot dead in Craigavon": another attack
    earlier = bool(strong and _EARLIER_AFTER.match(ann.document.text, b, e))
    if earlier:
        new_marker = True  # "..., two days after twin bombings tore through a cathedral": an earlier one
    since = _since_dated(ann, b, e, assembly.anchor)
    if since:
        new_marker = True  # "الأعنف في صنعاء منذ التفجيرات ... في 20 مارس": earlier attacks, in the place compared
    if _told_before_elsewhere(assembly, b, e, strong, figures, specific, new_marker):
        return  # "the bombing had been carried out by the group's allies ... on Jolo island": no new attack
    # "attacked two mosques in Sanaa": several sites not named one by one
    multi_site = (bool(figures) or sentence.lead) and (
        _sites_not_named(ann, b, e, specific)
        or _SETTINGS_LISTED.search(ann.document.text, b, e) is not None
        or _ONE_AND_THE_OTHER.search(ann.document.text, b, e) is not None)
    series_marker = (ann.has("series", b, e) or (ann.has("series_apart", b, e) and not specific) or multi_site
                     or (bool(figures) and not specific and _counted_bombs(ann, b, e))
                     or _more_attacks_than_places(ann, b, e, specific, figures)
                     or (bool(figures) and _counted_attacks_ar(ann, b, e)))
    if series_marker and specific and _BEGAN_WHEN.match(ann.document.text, b, e):
        series_marker = False  # "وبدأت الهجمات ... عندما اقتحم انتحاري ... نقطة تفتيش في منطقة خلف": the first attack
    if series_marker and not specific and figures and _pair_told_in_sentence(assembly, sentence, b, e):
        return  # "هاجم مسلحو التنظيم ... سجني أبو غريب والتاجي ..., فيما قتل في الهجومين أكثر من 20": the two together
    if series_marker and not specific and figures and _the_pair_told(assembly, b, e):
        # "انفجرت سيارتان مفخختان ... في المنطقة الصناعية وسط الكوت. وقُتل في التفجيرين 14 شخصاً":
        # the two blasts of the attack just told
        _absorb(assembly, assembly.current, clause, [], triggers, figures, sentence)
        return
    series_marker = series_marker and not _series_named_in_passing(ann, b, e, specific)
    struck = [p for p in specific if p.site]
    if len(struck) > 1 and (sentence.lead or assembly.series is not None) and not any(
            r.date is not None and assembly.anchor is not None and _weeks_before(r.date, assembly.anchor)
            for r in ann.within(ann.dates, b, e)):
        series_marker = True  # "Five suicide bombers struck a crowded fish market and a camp ... in Baga Sola"
    notable = _MOST_NOTABLE.search(ann.document.text, b, e) if series_marker else None
    if notable is not None and any(r.date is not None and assembly.anchor is not None and _weeks_before(r.date, assembly.anchor)
                                   for r in ann.within(ann.dates, notable.end(), e)):
        # "تعرضت المدينة لعدة هجمات، أبرزها تفجير انتحاري في 15 أيار/مايو ... أودى بحياة 47 شخصاً":
        # the earlier attack singled out of many, on its own day
        series_marker = False
    # (an attack foiled or repelled is an attack, whoever fell: "إحباط هجوم إرهابي استهدف ... ارتكازا
    # أمنيا، مشيرا إلى مقتل 18 من العناصر التكفيرية", "troops repelled an attack on their base")
    operation = _is_operation(ann, b, e) and not _REPELLED.search(ann.document.text, b, e)
    eventive = (bool(figures) or bool(strong) or (bool(triggers) and series_marker) or operation
                or _assailed(ann, triggers, specific))
    raid = _last_operation(assembly) if specific and not figures and not new_marker and not aggregate else None
    if raid is not None and ann.has("operation_noun", b, e):
        # "The pre-dawn raid targeted a cluster of farmhouses near the village of Badush"
        _absorb(assembly, raid, clause, specific, triggers, [], sentence)
        assembly.current = raid
        return
    if not eventive:
        # "the attack took place in the Nad-e Ali district": a place for the incident being told
        current = assembly.current
        hardest = _HIT_HARDEST.search(ann.document.text, b, e)
        hit = next((d for d in assembly.drafts if d.kind is EventKind.ATTACK and _listed_untolled(d)
                    and compatible_places(assembly, d.specific_places, specific)), None) if hardest and specific else None
        if hit is not None:
            assembly.current = hit  # "Kolambugan was hit hardest": the attack there, its toll told next
            return
        if (triggers and specific and current is not None and current.kind is EventKind.ATTACK and not new_marker
                and not aggregate and current.specific_places and _ONE_OF_SEVERAL.search(ann.document.text, b, e)
                and not compatible_places(assembly, current.specific_places, specific)):
            # "The deadliest attack followed roughly an hour later in al-Sadriya": the next attack, told
            # by its place before its toll
            draft = assembly.new(EventKind.ATTACK)
            draft.follows = current
            _absorb(assembly, draft, clause, specific, triggers, [], sentence)
            assembly.current = draft
        elif (triggers and specific and current is not None and current.kind is EventKind.ATTACK and not aggregate
              and any(a.kind in (EntityKind.ARMED_GROUP, EntityKind.ACTOR) for a in ann.within(ann.actors, b, e))
              and all(p.rank <= TOWN_RANK for p in specific)
              and (any(r.date is not None for r in ann.within(ann.dates, b, e)) and _dated_apart(ann, current, b, e, assembly.anchor)
                   or _next_day_elsewhere(assembly, current, b, e, specific))):
            # "وفجر الأربعاء 28 آذار، قام مسلحون ... بمداهمة منازل ... في تلعفر، وقتلوا 70 رجلا": gunmen
            # in the town of the attack told, on another day: another attack, its toll told next (not
            # "At about 9:05 p.m. on 23 October, ... armed men ... burst into the hall" of a theatre
            # besieged for days)
            draft = assembly.new(EventKind.ATTACK)
            _absorb(assembly, draft, clause, specific, triggers, [], sentence)
            assembly.current = draft
        elif (triggers and specific and current is not None and current.kind is EventKind.ATTACK and not new_marker
                and not aggregate and (ann.has("continuation", b, e) or compatible_places(assembly, current.specific_places, specific))):
            _absorb(assembly, current, clause, specific, triggers, [], sentence)
        elif (specific and index > 0 and current is not None and current.kind is EventKind.ATTACK and not new_marker
              and not aggregate and not current.specific_places and assembly.current_sentence == sentence.begin):
            # "قتل مسلحون 98 شخصا، حسب الرقم الرسمي، وأكثر من 300 حسب شهادات السكان، في قرية الرايس":
            # the place of the attack its sentence began to tell
            _absorb(assembly, current, clause, specific, triggers, [], sentence)
        elif (triggers and not specific and index > 0 and current is not None and current.kind is EventKind.ATTACK and not new_marker
              and not aggregate and not current.date_refs and assembly.current_sentence == sentence.begin
              and _dated_clause(ann, clause)
              and all(r.date is None and r.relative in ("yesterday", "today", "weekday") for r in ann.within(ann.dates, b, e))):
            # "قتل ثلاثة أمريكيين ... في مدينة جبلة ...، وأصيب رابع بجروح، صباح أمس الاثنين عندما فتح
            # مسلح النار عليهم": the day of the attack its sentence began to tell (a day told in full may
            # be when it ended: "وانتهت العملية صباح الخميس 25 آب"; "that day" is the day of others told:
            # "وكانت هذه أعنف هجمات ذلك اليوم")
            _absorb(assembly, current, clause, [], triggers, [], sentence)
        return
    if aggregate and not (strong and specific and figures):
        return  # statistics and trends over a period: "Violence has escalated in Iraq since April"

    context_places: list[PlaceRef] = []
    if not specific and fronted is not None:
        context_places = [p for p in ann.within(ann.places, fronted.begin, fronted.end) if p.rank > BROAD_RANK]
    if not specific and not context_places and index > 0 and not earlier:
        context_places = _sentence_places(ann, sentence, before=b)
    if not specific and not context_places and figures and index == 0 and fronted is None:
        context_places = _paragraph_setting(ann, sentence)
    if not specific and not context_places and _told_there(ann, b, e):
        context_places = _previous_sentence_setting(ann, sentence)[0]
    if not specific and not context_places:
        context_places = _building_named_before(ann, sentence, b, e)
    earlier_dates: list[DateRef] = []
    if not specific and not context_places and eventive:
        context_places = _heading_places(ann, sentence)  # "=== Damaturu ===" over "a suicide bomber drove a car ..."
    if (not specific and not context_places and _DEFINITE_ATTACK.match(ann.document.text[b:e])
            and (assembly.current is None or assembly.current.kind is not EventKind.ATTACK)):
        # "... a car swerved into one of the buses near the village of Lethpora. The explosion tore
        # the bus apart": the attack first told here took place where the sentence before set it
        context_places, earlier_dates = _previous_sentence_setting(ann, sentence)
    if (not specific and not context_places and eventive and assembly.current is None and assembly.series is None
            and not any(d.kind is EventKind.ATTACK for d in assembly.drafts)):
        context_places = _opening_setting(ann, sentence)
    if not specific and not context_places and (triggers or not _TOLL_WORD.search(ann.document.text, b, e)):
        # "هجوم شنه مسلحون على كمين أمني جنوب مدينة الشيخ زويد": the place it lies near (not "Police in
        # the town, 80 km (50 miles) north of Baghdad, first put the toll at 60": a toll, no attack there)
        context_places = [p for p in ann.within(ann.places, b, e)
                          if p.reference == "near" and p.rank > BROAD_RANK and not ann.in_dateline(p)][:1]

    # the series as a whole: "a series of attacks", "A wave of car bombs tore through districts of Baghdad"
    came_after = _CAME_AFTER.search(ann.document.text, b, e)
    came = came_after if specific else None
    if came is not None and _plural_attack(ann, came.end(), e) and not (
            ann.within(ann.dates, came.end(), e) and figures and len({p.key for p in specific}) == 1
            and not _A_SERIES.search(ann.document.text, came.end(), e)):
        return  # "تأتي الهجمات بعد أقل من شهرين على موجة مماثلة ... شهدت تفجيرات في بغداد وكركوك": an earlier series,
        # unless its day, toll and one town are told ("in the city of Aktobe, where on June 5 gunmen
        # killed seven people in attacks on gun shops"; not "a series of bombs killed 63 people in
        # ... Jaipur on May 13", a series told whole)
    if came is not None and _MONTHS_AFTER.search(came.group()) and not ann.within(ann.dates, came.end(), e):
        return  # "came two months after jihadists killed 20 people at the Radisson Blu hotel": no day to tell it on
    if came_after is not None and not figures and not ann.within(ann.triggers, came_after.end(), e):
        return  # "The attacks came a week after voters in the region approved ... Bangsamoro": no attack there
    if came is not None and any(p.begin >= came.end() for p in specific):
        if not ann.within(ann.figures, came.end(), sentence.end) and not ann.within(ann.dates, came.end(), e):
            return  # "ويأتي الهجوم بعد أيام من مجزرة المسجدين في مدينة كرايستشيرش": no toll or day to tell it by
        # "The attacks came a day after four small bombs exploded ... in Kabul on Monday": another
        # attack, at the places told after "came" (not "وتأتي هجمات الشيخ زويد بعد يومين من ...")
        new_marker = True
        specific = [p for p in specific if p.begin >= came.end()]
        places = [p for p in places if p.begin >= came.end()]
    if series_marker and not figures and not specific and _SAID_THE_ATTACKS.search(ann.document.text, b, e):
        return  # "Foreign Minister Abba Eban said the bombings showed that ...": the attacks told, spoken of
    if series_marker and (not specific or multi_site or len(struck) > 1 or _plural_attack(ann, b, e)
                          or _SERIES_OF.search(ann.document.text, b, e)) and not (
            new_marker and strong and _singular_attack(ann, b, e)) and came is None and not (
            operation and (not figures or (ann.has("operation_noun", b, e) and all(_militants(ann, f) for f in figures)))
    ) and not _dated_weeks_before(ann, b, e, assembly.anchor) and not since:
        # (not "police raided a house in N'Djamena believed to be used by a cell linked to the bombings";
        # not "On Christmas Eve 2010, a series of bombs in Jos killed more than 30 people", told whole)
        # (not "وتأتي هذه الهجمات بعد ثلاثة أشهر من الهجوم على متحف باردو": the earlier attack)
        # (not "قتلت أربعة مسلحين واعتقلت 27 مشتبهاً بهم خلال عملية دهم ... لملاحقة الخلايا المتهمة
        # بتنفيذ التفجيرات": an operation against those behind the bombings)
        series = assembly.ensure_series()
        # "The Balad bombings capped a day of attacks across the country": the attack told before is
        # named by its place, which is no place of the series
        places = [p for p in places if not _NAMES_AN_ATTACK.match(ann.document.text, p.end)
                  or not re.search(r"\b[Tt]he\s+$", ann.document.text[max(0, p.begin - 5) : p.begin])]
        sites = [p for p in places if p.site]
        _absorb(assembly, series, clause, [p for p in places if not p.site] if len(sites) > 1 else places,
                triggers, figures, sentence)
        if len(sites) > 1:
            _read_sites(assembly, clause, sites, triggers, sentence)
        assembly.current = series
        return

    # the militants killed in an operation just told: "الضربات الجوية استهدفت تجمعات للعدو ... واسفرت
    # عن مقتل 45 ارهابيا"
    if (figures and all(_militants(ann, f) for f in figures) and not new_marker
            and assembly.drafts and assembly.drafts[-1].kind is EventKind.SECURITY_OPERATION
            and (not specific or compatible_places(assembly, assembly.drafts[-1].specific_places, specific))):
        _absorb(assembly, assembly.drafts[-1], clause, specific, triggers, figures, sentence)
        return
    # "... troops backed by armed tribesmen killed 21 militants. Four soldiers were also killed, they
    # said": the forces' losses in the operation just told
    if (not operation and figures and not specific and not new_marker and not strong
            and _forces_lost_in_last_operation(assembly, sentence, figures)):
        _absorb(assembly, assembly.drafts[-1], clause, [], triggers, figures, sentence)
        return
    # "Four Abu Sayyaf militants were killed and two soldiers were wounded in the clash": the
    # operation just told
    if (not operation and figures and not new_marker and _OPERATION_TOLD.search(ann.document.text[b:e])
            and assembly.drafts and assembly.drafts[-1].kind is EventKind.SECURITY_OPERATION
            and (not specific or compatible_places(assembly, assembly.drafts[-1].specific_places, specific))):
        _absorb(assembly, assembly.drafts[-1], clause, specific, triggers, figures, sentence)
        return
    # a security operation
    if operation:
        draft = assembly.new(EventKind.SECURITY_OPERATION)
        _absorb(assembly, draft, clause, specific or context_places, triggers, figures, sentence)
        draft.agents.extend(a for a in ann.within(ann.actors, b, e) if a.kind is EntityKind.SECURITY_FORCE)
        return

    splittable = [p for p in specific if p not in in_front] or specific
    # the sites of one raid told apart from the story's series are one attack ("On the same day, gunmen
    # raided a police station and a bank in Kankara, killing five policemen and two civilians")
    # (but "militants attacked the French embassy and the headquarters of the army general staff in
    # Ouagadougou ... The coordinated attacks were attributed to JNIM": an attack at each)
    if any(p.site for p in splittable) and not _told_as_attacks(ann, sentence, b, e):
        splittable = [p for p in splittable if not p.site] or splittable[:1]
    if assembly.single and all(_unlisted(assembly, p) for p in splittable):
        splittable = splittable[:1]  # "the Al-Shabab café on Karrada Dakhil street": one place of one attack
    # "swept through Intazayene, Bakorat, Wistane and several hamlets in the Tillia department": the
    # region the villages lie in is every village's, no place of its own
    region = [p for p in splittable if _VILLAGES_IN.search(ann.document.text, max(b, p.begin - 60), p.begin)]
    splittable = [p for p in splittable if p not in region] or splittable
    groups = _split_by_places(ann, assembly, clause, splittable)
    if len(groups) > 1 and groups[0][3] and not strong and not all(g_places[0].site for _, _, g_places, _ in groups):
        return  # "Attacks elsewhere, including in Tikrit, Samarra and Fallujah, killed another 10 people"
    if len(groups) > 1 and _the_attack_told(assembly, b, e, strong, figures, new_marker):
        groups = groups[:1]  # "The explosion went off among the stalls lining Roxas Avenue ... the nearby X University"
    context = [p for p in in_front if p not in splittable] + [p for p in region if p not in splittable]
    if len(groups) > 1 and context:
        groups = [(g_b, g_e, g_places + context, joint) for g_b, g_e, g_places, joint in groups]
    if len(groups) > 1:
        joint_figures = [f for f in figures if not any(g_b <= f.begin < g_e for g_b, g_e, _, joint in groups if not joint)]
        previous_measure: Measure | None = None
        series_told = assembly.series if assembly.current is assembly.series else None
        tolled: list[Draft] = []  # the attacks told before that a group's toll went to
        for g_b, g_e, g_places, joint in groups:
            own = [f for f in figures if g_b <= f.begin < g_e] if not joint else []
            if not own and not joint and previous_measure is not None:
                own = _elliptic_figure(ann, g_b, g_e, previous_measure)
            told = _toll_of_told(assembly, g_places, own, g_b, g_e, clause) if not new_marker else None
            if told is None and not new_marker and not own and ann.has("continuation", b, e):
                # "Three of the trucks went off in Qahtaniya and the fourth in Jazeera": the attacks told there
                told = _told_at(assembly, g_places, clause)
            if told is not None and told not in tolled:
                tolled.append(told)
                # "24 people died at Lubyanka and 12 at Park Kultury": the tolls of the attacks told there
                _absorb(assembly, told, Clause(g_b, g_e), g_places, [], own, sentence)
                previous_measure = own[-1].measure if own else previous_measure
                continue
            draft = assembly.new(EventKind.ATTACK)
            draft.separate = True
            draft.marked = new_marker
            _absorb(assembly, draft, Clause(g_b, g_e), g_places, triggers if joint else
                    ann.within(ann.triggers, g_b, g_e) or triggers, own, sentence)
            draft.listed = joint and bool(joint_figures)
            for figure in (joint_figures if joint else []):
                if series_told is not None:
                    # "at least 41 civilians, soldiers and policemen were killed in the raids on Kolambugan,
                    # Kauswagan, Linamon, Maigo and Bacolod", after a lead telling the series: its toll
                    if (figure, False) not in series_told.figures:
                        series_told.figures.append((figure, False))
                else:
                    draft.figures.append((figure, True))
            # a date said before the first place is every group's ("On 11 December 2016, a bombing at
            # St Peter's church, next to the cathedral in Cairo")
            opening = groups[0][2][0].begin if groups[0][2] else b
            # (not to a group with a date of its own: "ففي السابع من مارس/آذار الماضي قُتل خمسة ... في باماكو
            # ...، كما قُتل 13 شخصاً ... في مدينة سيفاري ... في السابع من أغسطس/آب")
            own_day = any(r.date is not None for r in draft.date_refs)
            # (the day a claim was made is not the day of the attack claimed, the first group's,
            # but that of more told with it: "claimed responsibility Wednesday for the twin suicide
            # bombings ..., as two more explosions killed a dozen people in Dagestan")
            draft.date_refs.extend(r for r in ann.within(ann.dates, b, opening) if r not in draft.date_refs and not own_day
                                   and not (g_b == groups[0][0] and claim_day(ann, r, b)))
            _front_context(assembly, draft, ann, fronted, clause)
            subjects = [a for a in ann.within(ann.actors, b, groups[0][2][0].begin)
                        if a.kind in (EntityKind.ARMED_GROUP, EntityKind.ACTOR)]
            draft.actors.extend(a for a in subjects if a not in draft.actors)
            if own:
                previous_measure = own[-1].measure
            assembly.current = draft
        return

    if (figures and not specific and not new_marker and _DEFINITE_PLURAL.match(ann.document.text[b:e])
            and not _blasts_of_current(assembly)):
        # "The assaults on Friday killed 16 people": the series the story is about
        _absorb(assembly, assembly.ensure_series(), clause, [], triggers, figures, sentence)
        assembly.current = assembly.series
        return
    if (assembly.current is assembly.series and assembly.series is not None and not specific
            and not new_marker and (assembly.current_sentence == sentence.begin and index > 0 or sentence.lead and figures)):
        # "... three coordinated suicide bombings were carried out in Belgium. Thirty-two civilians
        # were killed": the series' toll
        _absorb(assembly, assembly.series, clause, [], triggers, figures, sentence)
        return
    told = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    overall = _OVERALL.search(ann.document.text[b:e])
    if ((assembly.series is not None or len(told) >= 2 or (overall and _COUNTED_IN_TOLL.search(overall.group())))
            and figures and not new_marker and overall and (not specific or _towns_of_series(assembly, specific, told))):
        # ("The death toll from the two attacks rose to 22", after a lead telling both in one sentence)
        # "raising the overall death toll to at least 58", "In all, 43 people were killed": the
        # series' toll, not the last incident's
        _absorb(assembly, assembly.ensure_series(), clause, [], triggers, figures, sentence)
        return
    if not specific and not strong and not new_marker and _above_the_series(assembly, figures):
        # "ذكرت حصيلة ... أن عدد الضحايا ارتفع إلى 39 شهيداً و172 جريحاً" after a wave of 35 killed,
        # each attack told with its own: the series' toll revised, not the last attack's
        _absorb(assembly, assembly.series, clause, [], triggers, figures, sentence)
        assembly.current = assembly.series
        return
    if (strong and all(t.attack == "hostage-barricade" for t in strong) and not new_marker
            and _HOSTAGES_TOLD.search(ann.document.text[b:e])
            and not any(f.measure in (Measure.KILLED, Measure.INJURED) for f in figures)):
        # "The hostages were held in the jungle of Patikul": where they were held is no new attack
        taken = [d for d in assembly.drafts if d.kind is EventKind.ATTACK
                 and any(t.attack in ("hostage-kidnapping", "hostage-barricade") for t in d.triggers)]
        if taken:
            _absorb(assembly, taken[-1], clause, [], triggers, figures, sentence)
            return
    struck = _site_told_again(assembly, b, e) if not specific and not new_marker else None
    if struck is not None:
        # "Two soldiers were killed defending the barracks": the incident at that site
        _absorb(assembly, struck, clause, [], triggers, figures, sentence)
        assembly.current = struck
        return
    current = assembly.current
    if (not specific and not context_places and current is not None and current.kind is EventKind.ATTACK
            and _another_site(ann, current, b, e)):
        # "a second car blew up near the main post office": another attack in the town of the first
        context_places = [p for p in current.specific_places if p.rank < FACILITY_RANK]
        new_marker = True
    if since and not specific:
        # the earlier attacks an Arabic comparison names lie in the place compared ("الأعنف في صنعاء")
        compared = [p for p in ann.within(ann.places, sentence.begin, b) if p.reference == "near" and p.rank > BROAD_RANK]
        draft = assembly.new(EventKind.ATTACK)
        draft.separate = True
        _absorb(assembly, draft, clause, context_places or compared[-1:], triggers, figures, sentence)
        assembly.current = draft
        return
    if (figures and assembly.series is not None and not specific and not context_places
            and _NATIONWIDE.search(ann.document.text, b, e)):
        # "قالت وزارة الصحة ان عدد القتلى في أنحاء البلاد ارتفع الى 92", "the nationwide toll rose
        # to 92": the day's toll, not the attack told last
        _absorb(assembly, assembly.series, clause, [], triggers, figures, sentence)
        return
    target = _continuing(assembly, specific or context_places, new_marker, ann, b, e, sentence)
    if target is None and not figures and not specific and _quoted(ann, clause):
        return  # a witness's words ("One year it is car bombs") tell no new incident
    if (target is None and not figures and not specific and not context_places and strong
            and any(d.kind is EventKind.ATTACK for d in assembly.drafts)
            and all(_named_by_its_day(ann, b, t) for t in strong)):
        return  # "The BRN has not commented on Tuesday's raid": the attack told already, named by its day
    if (target is None and figures and not triggers and not specific and not context_places and not new_marker
            and not all(_militants(ann, f) for f in figures)):
        # "Police said on 24 April that 359 people had been killed" (a toll with no attack word and
        # no place, on a day apart from the incident just told): the toll of the series or of the
        # attack the story is about, not a new attack
        target = assembly.series or (_told_first(assembly) if assembly.single else None)
    if target is None:
        follows = assembly.current
        target = assembly.new(EventKind.ATTACK)
        target.separate = target.marked = new_marker
        target.earlier = earlier
        target.from_lead = sentence.lead
        target.follows = follows
    _absorb(assembly, target, clause, specific or context_places, triggers, figures, sentence)
    target.date_refs.extend(r for r in earlier_dates if r not in target.date_refs)
    _front_context(assembly, target, ann, fronted, clause)
    if not earlier:  # (an earlier incident told in passing leaves the story's thread as it was)
        assembly.current = target


_OF_THE_DAY = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")


def _named_by_its_day(ann: DocumentAnnotations, begin: int, trigger: TriggerRef) -> bool:
    """Is the attack word owned by a day the lexicon reads ("Tuesday's raid", "yesterday's bombing")?"""
    return any(_OF_THE_DAY.fullmatch(ann.document.text, ref.end, trigger.begin)
               for ref in ann.within(ann.dates, max(begin, trigger.begin - 40), trigger.begin)
               if ref.relative in ("weekday", "yesterday", "today"))


# an attack told as one of several ("The deadliest attack followed an hour later in ...", "The next blast hit ...")
_ONE_OF_SEVERAL = re.compile(r"\b(?:followed|came|struck|hit)\b[^.;]{0,40}?\blater\b|^\W*The\s+(?:next|second|third|last|final|deadliest|"
                             r"largest|biggest|worst)\s+(?:attack|blast|bombing|explosion)\b")


def _the_attack_told(assembly: Assembly, begin: int, end: int, strong: list[TriggerRef], figures: list[FoundFigure],
                     new_marker: bool) -> bool:
    """Does a clause with no figure and no new incident speak only of the attack just told, by its
    definite noun ("The explosion went off at about 10:20 p.m. among the stalls lining Roxas Avenue")?"""
    ann = assembly.annotations
    current = assembly.current
    if figures or new_marker or not strong or current is None or current.kind is not EventKind.ATTACK:
        return False
    return _DEFINITE_ATTACK.match(ann.document.text[begin:end]) is not None and _told_again(ann, strong, begin, end)


def _blasts_of_current(assembly: Assembly) -> bool:
    """Are "the blasts" the bombs of the one attack just told, with no toll yet ("a bomb went off
    inside the cathedral, and a second device exploded at the entrance. The blasts killed 20"),
    no series being told and every other attack of its day told with its toll or at its place?"""
    current = assembly.current
    if assembly.series is not None or current is None or current.kind is not EventKind.ATTACK or current.figures:
        return False
    ours = {p.key for p in current.places}
    return all(d.figures or not same_day(assembly, d, current) or not d.specific_places or ours & {p.key for p in d.places}
               for d in assembly.drafts if d is not current and d.kind is EventKind.ATTACK)


_DEFINITE_PLURAL = re.compile(r"\W*(?:The|These|Those|Both)\s+(?:\w+\s+)?(?:attacks|assaults|bombings|blasts|explosions)\b"
                              r"|\W*[وف]?(?:الهجمات|التفجيرات|الانفجارات|الهجومين|التفجيرين|الانفجارين)(?!\w)")
_SETTING_AR = r"(?:حفل\s+زفاف|حفل|جنازة|جنازه|مستشفى|مستشفي|سوق|مسجد|كنيسة|كنيسه|مدرسة|مدرسه|فندق|مطعم|مقهى|مقهي)"
_SETTING_EN = r"(?:wedding|funeral|hospital|market|mosque|church|school|hotel|restaurant|cafe|café|checkpoint)"
MULTI_SITE = re.compile(
    r"\b(?:two|three|four|five|six|several|multiple)\s+(?:[\w-]+\s+){0,2}(?:mosques|churches|checkpoints|markets|hotels|"
    r"villages|towns|cities|police\s+stations|bus\s+stations|sites|locations|neighbou?rhoods|districts|"
    r"army\s+posts|police\s+posts|buildings|compounds|(?:military|army|paramilitary)\s+(?:bases|camps|posts))\b"
    # "Hundreds of Muslim rebels attacked farming towns in Lanao del Norte province"
    r"|\b(?:attacked|raided|stormed|overran|struck)\s+(?:[a-z-]+\s+)?(?:villages|towns)\b"
    r"|(?<!\w)[وب]?(?:مسجدين|مسجدان|كنيستين|كنيستان|حاجزين|سوقين|فندقين|قريتين)(?!\w)"
    # "شنوا هجماتهم ... على ثمانية مواقع على الاقل في المدينة", "على عدة مبان حكومية وامنية"
    r"|(?<!\w)(?:على|في)\s+(?:عد[ةه]|ثلاث[ةه]?|[أا]ربع[ةه]?|خمس[ةه]?|ست[ةه]?|سبع[ةه]?|ثماني[ةه]?|تسع[ةه]?|عشر[ةه]?|\d+)\s+"
    r"(?:مبان[يٍ]?|مواقع|مراكز|[أا]هداف|مقار|مساجد|كنائس|[أا]حياء)(?!\w)", re.I)
def _sites_not_named(ann: DocumentAnnotations, begin: int, end: int, specific: list[PlaceRef]) -> bool:
    """Does the clause count sites it does not name one by one ("attacked two mosques in Sanaa",
    "struck three government buildings in the heart of Kabul, holding out ... inside the Justice
    Ministry"; not "stormed two mosques ... in the city's Garhi Shahu and Model Town neighbourhoods")?"""
    match = MULTI_SITE.search(ann.document.text, begin, end)
    if match is None:
        return False
    named = {p.key for p in specific}
    if len(named) <= 1:
        return True
    counted = parse_figure(match.group().split()[0], ann.lexicon) if ann.document.lang is Lang.EN else None
    return (counted is not None and counted.value > len(named)
            and len({p.key for p in specific if p.rank > TOWN_RANK}) <= 1)


# a list of the settings struck, whatever places it names: "فجرن أنفسهن في حفل زفاف وجنازة ومستشفى",
# "at a wedding, a funeral and a hospital"
_SETTINGS_LISTED = re.compile(
    rf"(?<!\w)(?:في|على)\s+{_SETTING_AR}(?:\s+و\s*{_SETTING_AR})+(?!\w)"
    rf"|\b(?:at|on)\s+(?:a|an)\s+{_SETTING_EN}(?:,\s+(?:a|an)\s+{_SETTING_EN})*,?\s+and\s+(?:a|an)\s+{_SETTING_EN}\b", re.I)
# two blasts told apart by where each went off: "Two bombs ... exploded minutes apart, one in a crowded
# jewelry market and the other beside the Gateway of India monument", "انفجرت عبوتان، إحداهما في السوق والأخرى قرب المسجد"
_AT = r"(?:in|at|near|outside|inside|on|beside|by|close\s+to)"
_ONE_AND_THE_OTHER = re.compile(
    rf"\bone\s+(?:[\w-]+\s+)?{_AT}\s+[^.;]{{2,120}}?\band\s+the\s+other\s+(?:[\w-]+\s+)?{_AT}\b"
    r"|(?<!\w)(?:[أا]حدهما|[أا]حداهما)\s+(?:في|عند|قرب|[أا]مام|داخل)\s+[^.؛]{2,120}?\s+و\s*(?:ال[آا]خر|ال[أا]خرى|الثاني[ةه]?)\s+"
    r"(?:في|عند|قرب|[أا]مام|داخل|قبال[ةه])(?!\w)", re.I)
_ATTACKER_NOUN = re.compile(r"\b(?:bomber|attacker|gunman)\b|انتحاري|مهاجم|مسلح", re.I)
# "a second bomber", "the third explosion", "انتحاري ثان", "الانفجار الثالث"
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|last)\b"
                      r"|(?<!\w)(?:ال)?(?:ثان|ثاني|ثالث|رابع|خامس|آخر|اخر|أخرى|اخرى|أول|اول|اخير|أخير)[ةه]?(?!\w)", re.I)
_DEFUSED = re.compile(r"\b(?:defus\w*|dismantl\w*|disarm\w*|found|seized|discovered|recovered)\s+(?:[\w-]+\s+){0,3}$|\bcontrolled\s+$"
                      r"|(?:تفكيك|فكك\w*|إبطال|ابطال|أبطل\w*|ابطل\w*|ضبط|العثور\s+على|عثر\w*\s+على)\s+(?:\S+\s+){0,3}$", re.I)
# a bombing foiled is none ("أحبطت تفجيرا رابعا كان يستهدف فندقا", "police foiled a third car bomb"; an
# attack foiled or repelled still is one)
_FOILED = re.compile(r"\b(?:foiled|thwarted|prevented)\s+(?:\S+\s+){0,3}$|(?<!\w)[وف]?(?:أحبط|احبط)\S*\s+(?:\S+\s+){0,3}$"
                     # the driver caught before he could set it off: "واعتقلت سائق السيارة المفخخة قبل أن يتمكن من تفجيرها"
                     r"|\barrested\s+the\s+driver\s+of\s+(?:the\s+)?$|(?<!\w)[وف]?(?:اعتقل|اعتقلت|اعتقلوا|ألقت\s+القبض\s+على|القبض\s+على)\s+سائق\s+$"
                     r"|\bbefore\s+(?:he|she|they|it)\s+could\s+(?:\S+\s+)?$|قبل\s+[أا]ن\s+(?:يتمكن|تتمكن|يتمكنوا)\s+من\s+$", re.I)
# an attack word that names no deed: what officials first called the attack ("described the attack as a
# suicide bombing"), a bomb being made ("accused of helping to prepare the Karrada car bomb")
_NOT_THE_DEED = re.compile(r"\b(?:described|called|classified|characteri[sz]ed|labell?ed|reported)\s+(?:it|the\s+(?:attack|blast|explosion|incident))"
                           r"\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$"
                           r"|\b(?:prepar\w*|assembl\w*|build\w*|manufactur\w*|making)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# "A third bomb was found in a bag near the park's eastern gate and defused"
_FOUND_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:later\s+|also\s+)?"
                          r"(?:found|discovered|defused|dismantled|seized|recovered|disarmed|made\s+safe)\b", re.I)
# bombs the police set off: "bomb-disposal teams", "detonated two of them in controlled explosions"
_DISPOSED = re.compile(r"[-\s](?:disposal|squad|experts?|technicians?|sniffing)\b"
                       # a campaign of attacks is no attack: "The IRA continued its bombing campaign in London"
                       r"|\s+campaigns?\b"
                       r"|\w*\s+(?:[\w-]+\s+){0,4}?in\s+(?:a\s+)?controlled\s+(?:explosions?|detonations?|blasts?)\b", re.I)
# attacks before the story's, told together: "previous bombings in Damascus and Aleppo", "تفجيرات سابقة"
_PREVIOUS_BEFORE = re.compile(r"\b(?:previous|earlier|past|prior|former)\s+(?:[\w-]+\s+)?$", re.I)
_PREVIOUS_AFTER = re.compile(r"\s+(?:ال)?(?:سابقة|ماضية)(?!\w)")


# a vehicle the attackers had seized on their way: "stopped the car that Kasab and Khan had hijacked"
_SEIZED_VEHICLE = re.compile(r"\b(?:car|vehicle|van|jeep|truck|taxi|pickup)\s+(?:that|which)\s+(?:[\w'’]+\s+){0,4}had\s+$", re.I)


def _previous(ann: DocumentAnnotations, trigger: TriggerRef, begin: int) -> bool:
    """Is the trigger a plural told as before the story ("previous bombings", "هجمات سابقة")?"""
    text = ann.document.text
    return plural_trigger(trigger, ann) and (
        _PREVIOUS_AFTER.match(text, trigger.end) is not None
        or _PREVIOUS_BEFORE.search(text[max(begin, trigger.begin - 30) : trigger.begin]) is not None)


_OVERALL = re.compile(r"\b(?:overall (?:death )?toll|total (?:death )?toll|cumulative)\b|^\W*(?:In all|In total|Altogether|Overall),"
                      r"|\b(?:in|by|from)\s+(?:the\s+)?(?:two|three|four|five|both|twin)\s+(?:[\w-]+\s+)?(?:attacks|blasts|bombings|explosions|assaults)\b"
                      # "Together the two attacks killed at least 31 people"
                      r"|^\W*(?:Together|Taken\s+together|Combined),?\s+(?:the\s+)?(?:two|three|four|five|both|twin)\s+(?:[\w-]+\s+)?(?:attacks|blasts|bombings|explosions|assaults)\b"
                      r"|الحصيلة الاجمالية|الحصيلة الإجمالية", re.I)  # not "injured in total": an incident's sum


_COUNTED_IN_TOLL = re.compile(r"\b(?:two|three|four|five|both|twin)\b", re.I)


def _front_context(assembly: Assembly, draft: Draft, ann: DocumentAnnotations, fronted: Clause | None,
                   clause: Clause) -> None:
    """The fronted phrase's attack words ("In other shootings, ...") type every clause after it."""
    if fronted is None or fronted.end > clause.begin + 1 and fronted.begin >= clause.begin:
        return
    for trigger in ann.within(ann.triggers, fronted.begin, fronted.end):
        if trigger not in draft.triggers:
            draft.triggers.append(trigger)


_PLURAL_TRIGGER = re.compile(r"(?:s|تفجيرات|هجمات|انفجارات|اعتداءات|عمليات|تفجيرين|تفجيران|تفجيري|هجومين|هجومان|انفجارين|انفجاران|اعتداءين)$")


def _told_before_elsewhere(assembly: Assembly, begin: int, end: int, strong: list[TriggerRef],
                           figures: list[FoundFigure], specific: list[PlaceRef], new_marker: bool) -> bool:
    """Does the clause speak only of an attack already told ("the bombing", "the bombings"), with no
    figure, at a place of something else (not "the bombing in Mosul"), once an attack has been told?"""
    ann = assembly.annotations
    current = assembly.current
    if (figures or not strong or new_marker or not specific or current is None
            or current.kind not in (EventKind.ATTACK, EventKind.SERIES)
            or compatible_places(assembly, current.specific_places, specific)):
        return False
    text = ann.document.text
    if not _told_again(ann, strong, begin, end) or not all(_ATTACK_NOUN.fullmatch(text[t.begin : t.end]) for t in strong):
        return False
    return not any(_PLACED_AT.match(text, t.end, min(end, t.end + 40)) for t in strong)


def _told_again(ann: DocumentAnnotations, strong: list[TriggerRef], begin: int, end: int) -> bool:
    """Are a clause's attack words all the definite mention of an attack told ("the bombing", "The
    explosion"), none ranked (not "the second blast", "ووقع الانفجار الثالث": another of a series)?"""
    told = {(m.begin, m.end) for m in ann.markers_of("continuation", begin, end)}
    text = ann.document.text
    return (all((t.begin, t.end) in told for t in strong)
            and not any(_ORDINAL.search(text, max(begin, t.begin - 12), t.end + 10) for t in strong))


_HAPPENED = r"(?:occurred|took\s+place|happened)"  # where an attack told was: "The blast occurred in ..."
_ATTACK_NOUN = re.compile(r"(?:\w+\s+)?(?:attacks?|assaults?|bombings?|blasts?|explosions?|sieges?|raids?|kidnappings?|"
                          r"shootings?|massacres?)|[وفب]?ال(?:هجوم|هجمات|تفجير|تفجيرات|انفجار|انفجارات|اعتداء|اعتداءات)", re.I)
_PLACED_AT = re.compile(r"\s+(?:in|at|on|near|outside|inside)\s+(?:the\s+)?[A-Z\u0621-\u064a]"
                       # "The blast tore through the market in Amirli": where the attack told happened
                       rf"|\s+(?:tore|ripped|went)\s+(?:through|off)\b|\s+{_HAPPENED}\b"
                       r"|\s+(?:في|ب|عند|قرب|امام|أمام|داخل|وسط)\S*")


def plural_trigger(trigger: TriggerRef, ann: DocumentAnnotations) -> bool:
    """Is the attack word plural ("car bombs", "attacks", "تفجيرات")?"""
    return bool(_PLURAL_TRIGGER.search(ann.lexicon.fold(trigger.text)))


def _plural_attack(ann: DocumentAnnotations, begin: int, end: int) -> bool:
    """The clause tells of several attacks ("car bombs", "attacks", "تفجيرات")."""
    return any(plural_trigger(t, ann) for t in ann.within(ann.triggers, begin, end))


_ASSAILING = re.compile(r"(?:attacked|struck|assaulted|entered|burst\s+(?:into|through))$", re.I)
_OTHER_ASSAILANTS = re.compile(r"\b(?:(?:other|more|further)\s+(?:groups|teams|squads|units|cells)|(?:a\s+(?:second|third|fourth)|another)\s+(?:group|team|squad|unit|cell))\s+$", re.I)


def _assailed(ann: DocumentAnnotations, triggers: list[TriggerRef], specific: list[PlaceRef]) -> bool:
    """Does an assailant attack a place the clause names ("other groups attacked the Manawan police
    training centre", "gunmen attacked a checkpoint in Wadi Nahr")? The general verb tells an
    incident when it has both, figure or none."""
    text = ann.document.text
    for trigger in triggers:
        if not (trigger.generic and _ASSAILING.search(trigger.text)) or not any(p.begin > trigger.end for p in specific):
            continue
        subject = [a for a in ann.within(ann.actors, max(0, trigger.begin - 40), trigger.begin)
                   if a.kind in (EntityKind.ARMED_GROUP, EntityKind.ACTOR)
                   and len(text[a.end : trigger.begin].split()) <= 2]
        if subject or _OTHER_ASSAILANTS.search(text, max(0, trigger.begin - 40), trigger.begin):
            return True
    for trigger in triggers:  # "هجوم شنته حركة الشباب ... على قاعدة عسكرية ... في بلدة ليغو"
        launched = _LAUNCHED_AR.match(text, trigger.end)
        if (trigger.generic and launched and any(p.begin > trigger.end for p in specific)
                and any(a.kind in (EntityKind.ARMED_GROUP, EntityKind.ACTOR) and a.begin - launched.end() <= 2
                        for a in ann.within(ann.actors, launched.end(), launched.end() + 40))):
            return True
    return False


_LAUNCHED_AR = re.compile(r"\s+(?:شن|شنه|شنها|شنته|شنتها|شنوه|نفذ|نفذه|نفذها|نفذته|نفذتها|نفذوه)(?!\w)")


_COUNTED_BOMBS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twin)\s+(?:[\w-]+\s+)?"
                            r"(?:bombs|bombings|blasts|explosions|car\s+bombs|suicide\s+bombings|suicide\s+bombers)\b"
                            r"(?!\s+(?:at|in|on|near|outside|inside|targeting|targeted|struck|hit|ripped)\s+(?:the\s+|a\s+)?"
                            r"(?:same|one|single|[A-Z]))", re.I)


def _counted_bombs(ann: DocumentAnnotations, begin: int, end: int) -> bool:
    """Does the clause count the bombs it tells ("two car bombs that killed 46 people in this
    town")? Told at no place named, they are a series, each bomb told after an incident of its own;
    told at one building ("Two bombs exploded minutes apart at a cathedral"), one attack."""
    return (ann.document.lang is Lang.EN and _COUNTED_BOMBS.search(ann.document.text, begin, end) is not None
            and len(_sites(ann, begin, end)) != 1)


_COUNTED_ATTACKS = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|\d+)\s+(?:[\w-]+\s+)?"
                              r"(?:attacks|bombings|blasts|explosions|car\s+bombs|suicide\s+bombings|(?P<bombs>bombs))\b", re.I)


def _more_attacks_than_places(ann: DocumentAnnotations, begin: int, end: int, specific: list[PlaceRef],
                              figures: list[FoundFigure]) -> bool:
    """Does the clause count more attacks than the places it names ("killed in three bombings in
    Quetta and the Swat valley")? It sums up a series; "two separate attacks near Haditha and
    Al-Qa'im" tells one attack at each place. Without a toll, or counted as bombs, it needs three
    places ("eleven bombs exploded in the resort towns of Hua Hin and Patong, in ... Trang and Surat
    Thani, and in Takua Pa"; not "A day before the Ahmedabad attacks, nine bombs went off in Bangalore")."""
    match = _COUNTED_ATTACKS.search(ann.document.text, begin, end)
    named = len({p.key for p in specific})
    if match is None or ann.document.lang is not Lang.EN or named < (2 if figures and not match.group("bombs") else 3):
        return False
    counted = parse_figure(match.group("n"), ann.lexicon)
    return counted is not None and counted.value > named


def _counted_attacks_ar(ann: DocumentAnnotations, begin: int, end: int) -> bool:
    """Does an Arabic clause give the toll of three or more attacks it counts ("قتلوا في ثلاث هجمات
    هزت العاصمة كابول", "في أربعة تفجيرات بسيارات مفخخة")?"""
    if ann.lexicon.lang is not Lang.AR:
        return False
    vb, ve = ann.view.window(begin, end)
    match = ann.lexicon.regex(r"(?<!\w)(?:(?:في|ب|جراء)\s*)?(?P<n>{NUM})\s+(?:هجمات|تفجيرات|انفجارات|اعتداءات)(?!\w)").search(
        ann.view.text, vb, ve)
    counted = parse_figure(match.group("n"), ann.lexicon) if match else None
    return counted is not None and counted.value >= 3


def _singular_attack(ann: DocumentAnnotations, begin: int, end: int) -> bool:
    return any(not t.text.lower().endswith("s") for t in ann.within(ann.triggers, begin, end) if not t.generic)


def _heading_places(ann: DocumentAnnotations, sentence: Sentence) -> list[PlaceRef]:
    """The place a section is named after, when its heading is nothing but a place name."""
    blocks = ann.document.blocks
    for block in reversed(blocks[: sentence.block]):
        if block.kind is BlockKind.HEADING:
            places = [p for p in ann.within(ann.places, block.span.begin, block.span.end) if p.rank > BROAD_RANK]
            text = ann.document.text[block.span.begin : block.span.end].strip()
            return places[:1] if len(places) == 1 and places[0].text.strip() == text else []
    return []


def _told_as_attacks(ann: DocumentAnnotations, sentence: Sentence, begin: int, end: int) -> bool:
    """Does the clause, or the sentence after it in its paragraph, tell several attacks ("attacks",
    "the coordinated attacks")?"""
    after = [s for s in ann.sentences if s.begin >= sentence.end and s.block == sentence.block][:1]
    return _plural_attack(ann, begin, end) or any(_plural_attack(ann, s.begin, s.end) for s in after)


def _sentence_before(ann: DocumentAnnotations, sentence: Sentence) -> Sentence | None:
    """The sentence before, in the same paragraph."""
    before = [s for s in ann.sentences if s.end <= sentence.begin and s.block == sentence.block]
    return before[-1] if before else None


def _previous_sentence_setting(ann: DocumentAnnotations, sentence: Sentence) -> tuple[list[PlaceRef], list[DateRef]]:
    """The place and the dates of the sentence before, in the same paragraph."""
    last = _sentence_before(ann, sentence)
    if last is None:
        return [], []
    places = [p for p in ann.within(ann.places, last.begin, last.end)
              if p.rank > BROAD_RANK and not p.reference and not ann.in_dateline(p)][-1:]
    return places, (ann.within(ann.dates, last.begin, last.end) if places else [])


def _paragraph_setting(ann: DocumentAnnotations, sentence: Sentence) -> list[PlaceRef]:
    """The place a paragraph opens on ("In Kunduz, fighters moved into the city ... The Interior
    Ministry said one policeman had been killed"), for a later sentence of it that names none."""
    first = next((s for s in ann.sentences if s.block == sentence.block), None)
    if first is None or first is sentence:
        return []
    opening = _OPENING_PLACE.match(ann.document.text, first.begin, first.end)
    if opening is None:
        return []
    return [p for p in ann.within(ann.places, first.begin, first.begin + opening.end(0) - first.begin)
            if p.rank > BROAD_RANK and not p.reference][-1:]


_OPENING_PLACE = re.compile(r"\W*(?:In|At|Near)\s+[^,.;]{2,60},|\W*[وف]?(?:في|ب)\s*[^،,.;]{2,60}[،,]")


# a building named before, told again by its noun: "وكان السوق قد تعرض لهجمات سابقة"
_THE_BUILDING_AR = re.compile(r"(?<!\w)[وف]?(?:كان\s+|كانت\s+)?ال(?P<noun>سوق|مسجد|جامع|فندق|مستشفى|مستشفي|مول|ملعب|مرقد|كنيسة|كنيسه|مطار|سجن|مقهى|مطعم)(?!\w)")


def _building_named_before(ann: DocumentAnnotations, sentence: Sentence, begin: int, end: int) -> list[PlaceRef]:
    """The building a clause names by its noun alone, named in full in the sentence before
    ("وعاد سوق الغزل ... ليستقطب آلاف الزوار. وكان السوق قد تعرض لهجمات سابقة"; in English only
    when it is the one place that sentence names)."""
    before = _sentence_before(ann, sentence)
    if ann.lexicon.lang is not Lang.AR:
        # "... to a crowd in Plaza Melchor Ocampo. Shortly after he finished, a grenade exploded in the
        # crowd in the plaza"
        match = _THE_BUILDING_EN.search(ann.document.text, begin, end)
        if match is None:
            return []
        noun = match.group("noun").lower()
        told = [p for p in (ann.within(ann.places, before.begin, before.end) if before else [])
                if p.rank > BROAD_RANK and not p.reference]
        named = [p for p in told if p.rank >= FACILITY_RANK and noun in p.text.lower().split()]
        # (not "in Uruba Square in Kadhimiya. The bomber drove a small van into the square": told
        # with its quarter, the attack told there)
        return named if len(told) == 1 else []
    match = _THE_BUILDING_AR.search(ann.document.text, begin, end)
    if match is None:
        return []
    noun = arabic.normalize(match.group("noun"))
    named = [p for p in (ann.within(ann.places, before.begin, before.end) if before else [])
             if p.rank >= FACILITY_RANK and not p.reference and arabic.normalize(p.text).split()[0] == noun]
    return named[-1:]


_THE_BUILDING_EN = re.compile(r"\b(?:in|at|inside|outside|near|into|on)\s+the\s+(?P<noun>plaza|square|market|mosque|church|"
                              r"hotel|mall|station|stadium|shrine|temple|synagogue|cathedral|bazaar|cafe|restaurant|club)\b", re.I)


def _told_there(ann: DocumentAnnotations, begin: int, end: int) -> bool:
    """Does the clause put its incident "there", the place named before ("On July 1, militants
    killed 18 soldiers there")?"""
    if ann.lexicon.lang is not Lang.EN:
        return False
    return ann.lexicon.regex(r"{THERE}(?!\s+{EXISTENTIAL})").search(ann.document.text, begin, end) is not None


def _opening_setting(ann: DocumentAnnotations, sentence: Sentence) -> list[PlaceRef]:
    """The places the opening sentence of an encyclopedia page sets its subject in ("Benazir
    Bhutto ... was killed on 27 December 2007 in Rawalpindi as she left an election rally at
    Liaquat National Bagh. A gunman fired at her ..."), for the first attack its paragraph tells
    with no place of its own."""
    first = next((s for s in ann.sentences if s.section == "body"), None)
    if (first is None or first is sentence or first.block != sentence.block or not sentence.lead
            or ann.dateline is not None):
        return []
    return [p for p in ann.within(ann.places, first.begin, first.end)
            if p.rank > BROAD_RANK and not p.reference and not ann.in_dateline(p)]


def _sentence_places(ann: DocumentAnnotations, sentence: Sentence, *, before: int) -> list[PlaceRef]:
    return [p for p in ann.within(ann.places, sentence.begin, before)
            if p.rank > BROAD_RANK and not p.reference and not ann.in_dateline(p)][-1:]


# ---- incidents: new or continued ---------------------------------------------------------------

def _continuing(assembly: Assembly, places: list[PlaceRef], new_marker: bool, ann: DocumentAnnotations,
                begin: int, end: int, sentence: Sentence) -> Draft | None:
    current = assembly.current
    if new_marker:
        return None
    named = _attack_named_by_place(assembly, places, begin)
    if named is not None:
        return named  # "The Karrada explosion struck shortly before midnight": the attack told at Karrada
    continuation = ann.has("continuation", begin, end)
    if current is not None and current.kind is EventKind.ATTACK:
        back = _back_to_the_story(assembly, current, places, begin, end)
        if back is not None:
            return back  # "Friday's blast was the deadliest in the city", after an attack of 2013
        if _another_attack(ann, current, begin, end) or _dated_apart(ann, current, begin, end, assembly.anchor):
            return None
        if places and _year_told_in_undated_story(assembly, ann.within(ann.dates, begin, end), current):
            return None  # "On Sept. 2, 2016, a bomb ripped through ... Davao", in a story of no known day
        if (places and assembly.current_sentence == sentence.begin
                and max((p.rank for p in current.specific_places), default=0) == TOWN_RANK  # (told in the town, no nearer)
                and all(_unlisted(assembly, p) and _told_as_quarter(ann, p) for p in places)
                and not _INDEFINITE_ATTACK.match(ann.document.text[begin:end])):
            # "وفي النجف قتل أربعة أشخاص، بينهم شرطيان، وأصيب 21 آخرون بانفجار سيارة ملغومة قرب مركز
            # للشرطة في حي الأمير": a quarter of the town the sentence is telling of
            return current
        if (continuation and places and not (current.figures and ann.within(ann.figures, begin, end))
                and (_same_town(assembly, current.specific_places, places)
                     or _attacker_at_unlisted_building(assembly, places, begin, end))
                # (not "killed in the assault on Kyikanpyin", after Ngakhura: a village of the same
                # township where another attack was told)
                and not _other_attack_at(assembly, current, places)):
            # "the attacker blew himself up in a market in the Tahrir district", "The first bomber ... was
            # stopped at the entrance of the Palace of Justice": the attack told
            return current
        if (continuation and places and all(p.reference == "near" for p in places)
                and not ann.within(ann.figures, begin, end)):
            return current  # "The two devices went off ... near where it meets Madero Avenue": where it was told
        if (assembly.single and not places and current.figures and ann.within(ann.figures, begin, end)
                and all(t.generic for t in ann.within(ann.triggers, begin, end))):
            main = _told_first(assembly)
            told_in = ann.sentence_at(assembly.current_sentence)
            if (main is not None and current is not main and told_in is not None and told_in.block != sentence.block
                    and ann.sentence_at(min(main.spans)[0]) is not ann.sentence_at(min(current.spans)[0])):
                # a toll told in a paragraph of its own, after a lesser incident, is the toll of the
                # attack the document is about ("أعلنت السلطات في البداية مقتل 80 شخصا")
                return main
        if (places and not current.specific_places and _FRONTED_PLACE.match(ann.document.text[begin : places[0].begin])
                and _killed(f for f, _ in current.figures) and _killed(ann.within(ann.figures, begin, end))):
            return None  # "وفي المدائن، قتل ثمانية مصلين": a toll at a place, after a toll told nowhere, is another attack
        if not places and _BOMBER_TOLD.match(ann.document.text[begin:end]) and not _bombing(current):
            # "... Kasi, who was shot dead by two gunmen ... The bomber detonated his explosives as
            # about 200 people had assembled": the bombing told before the shooting
            bombing = next((d for d in reversed(assembly.drafts) if d.kind is EventKind.ATTACK and _bombing(d)), None)
            if bombing is not None:
                return bombing
        if not places or compatible_places(assembly, current.specific_places, places):
            return current
        if (_DEFINITE_ATTACK.match(ann.document.text[begin:end]) and current.figures
                and not ann.within(ann.figures, begin, end) and not _other_attack_at(assembly, current, places)):
            # "The attack began when a car bomb exploded at the main gate of the Diyala provincial
            # council compound": the attack being told, at a place named on the way
            return current
        if (_LOCATED_ATTACK.match(ann.document.text[begin:end])
                and (all(_unlisted(assembly, p) for p in places) or _same_town(assembly, current.specific_places, places))
                and not _other_attack_at(assembly, current, places)):
            # "ووقع الانفجار في مسجد "سه دكان" ..., وكانت الحصيلة الأولية ...": where the blast just told
            # happened, with a toll of its own told on the way
            return current
        first = next(d for d in assembly.drafts if d.kind is EventKind.ATTACK)
        if assembly.single and current is first and all(_unlisted(assembly, p) for p in places):
            return current  # a café, a street, a building of the one attack the document tells
        if _described_before(assembly, current, places, begin) and not ann.within(ann.figures, begin, end):
            return current
    if current is not None and current.kind is EventKind.SERIES and not places and not continuation:
        return None
    if places:
        for draft in assembly.drafts:
            if draft.kind is not EventKind.ATTACK or not draft.specific_places:
                continue
            if draft.background and sentence.section != "background":
                continue  # "The first bomb exploded at Ghaffar Market": not a bomb of the earlier attack told in the background
            # a definite reference ("the first bomb", "العبوة الأولى") goes back to the incident of its
            # place; a lead's summary is told again in the body
            if compatible_places(assembly, draft.specific_places, places) and (
                    continuation or (draft.from_lead and not draft.separate) or _listed_untolled(draft)) and not _dated_apart(
                    ann, draft, begin, end, assembly.anchor):
                return draft
    elif continuation and current is not None and current.kind is EventKind.SERIES:
        for draft in reversed(assembly.drafts):
            if draft.kind is EventKind.ATTACK and not draft.separate:
                return draft
    return None


# several attacks told as one: "staged a string of near-simultaneous raids on army and police posts in ... Hakkari"
_SERIES_NOUN = r"\b(?:string|series|wave|spate|chain)\s+of"
_A_SERIES = re.compile(rf"{_SERIES_NOUN}\b|(?<![\u0621-\u064a])(?:سلسل[ةه]|موج[ةه])(?![\u0621-\u064a])", re.I)
_SERIES_OF = re.compile(rf"{_SERIES_NOUN}\s+(?:[\w-]+\s+){{0,2}}?"
                        r"(?:raids|attacks|bombings|blasts|explosions|assaults|ambushes|shootings)\b", re.I)
_NATIONWIDE = re.compile(r"\b(?:nationwide|across\s+the\s+country|around\s+the\s+country|throughout\s+the\s+country)\b"
                         r"|(?<!\w)(?:في|ب)\s*(?:[أا]نحاء|عموم|كافة|مختلف)\s+(?:البلاد|المحافظات|العراق|المدن)(?!\w)", re.I)
_DEFINITE_ATTACK = re.compile(r"^\W*(?:The|This)\s+(?:attack|assault|bombing|siege|blast|explosion|raid|shooting|massacre|stabbing|rampage|ambush)\b"
                              r"|^\W*[وف]?(?:الهجوم|التفجير|الانفجار|الاعتداء|الاقتحام)(?!\w)")
# the attack just told, located: "The blast occurred in ...", "ووقع الانفجار في ..."
_LOCATED_ATTACK = re.compile(
    rf"^\W*(?:The|This)\s+(?:attack|bombing|blast|explosion)\s+{_HAPPENED}\s+(?:at|in|inside|near)\b"
    r"|^\W*[وف]?(?:وقع|حدث|جرى)\s+(?:الهجوم|التفجير|الانفجار|الاعتداء)\s+(?:في|داخل|قرب|امام|أمام)(?!\w)")
_FRONTED = r"(?:[A-Z][^,.;:]{0,90},\s+)?"  # "Hours later, ", "In Baghdad's Sadr City, "
_INDEFINITE_ATTACK = re.compile(
    rf"^\W*{_FRONTED}(?:and\s+|while\s+|but\s+)?(?:a|an|another|two|three|four|five|twin|double|gunmen|militants)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:car\s+bomb|roadside\s+bomb|sticky\s+bomb|bombing|bomb|blast|explosion|suicide\s+bomber|mortar|rocket|grenade|"
    rf"gunm[ae]n|sniper|attack|ambush)s?\b|^\W*{_FRONTED}(?:and\s+)?(?:gunmen|militants|assailants)\b"
    # "وتابع المصدر أن "عبوة ناسفة انفجرت ...": a device or attacker told as new, after a source's words
    r"|^\W*(?:[وف]?\S+\s+\S+\s+(?:ب)?[أا]ن\s*[\"«]?\s*)?(?:عبوة|عبوات|سيارة|شاحنة|دراجة|انتحاري|انتحارية|مسلحين|مسلحون"
    r"|قذيفة|قذائف|صاروخ)(?!\w)", re.I)


_FRONTED_PLACE = re.compile(r"^\W*(?:In|At|وفي|في)\s+(?:the\s+)?(?:\w+\s+){0,3}$")


_HIT_HARDEST = re.compile(r"\b(?:was|were)\s+(?:the\s+)?(?:hit|hardest[- ]hit|worst[- ]hit|worst\s+affected)\b|\bbore\s+the\s+brunt\b", re.I)


def _listed_untolled(draft: Draft) -> bool:
    """Is the draft an attack told only in a list of places with a toll for them all ("killed in the
    raids on Kolambugan, Kauswagan, Linamon, Maigo and Bacolod")? "In Kauswagan, eleven people were
    killed", "while about 50 were killed in Bakorat" tell its own toll."""
    return draft.listed and all(joint for _, joint in draft.figures)


_BOMBER_TOLD = re.compile(r"^\W*The\s+(?:suicide\s+)?bombers?\b")


def _bombing(draft: Draft) -> bool:
    return any(t.attack == "bombing" for t in draft.triggers)


def _described_before(assembly: Assembly, current: Draft, places: list[PlaceRef], begin: int) -> bool:
    """Is a building just named (at `begin`) the one the incident's words described, in the sentences
    before ("an attack on a Catholic church in the town of Owo" before "St. Francis Xavier Catholic
    Church")?"""
    buildings = [p for p in places if p.rank == FACILITY_RANK and p.key not in assembly.gazetteer.entries]
    if not buildings or len(buildings) != len(places):
        return False
    ann = assembly.annotations
    sentences = {s for s in (ann.sentence_at(b) for b, _ in current.spans) if s is not None and s.end <= begin}
    told = " ".join(ann.document.text[s.begin : s.end] for s in sorted(sentences, key=lambda s: s.begin))
    # (not one site of a list the lead counted: "At least four explosions hit Sarposa prison, the police
    # headquarters, a wedding hall and a police post")
    return all(re.search(rf"(?<!,\s)(?<!\band\s)\ban?\s+(?:[\w-]+\s+){{0,2}}{re.escape(p.text.split()[-1].lower())}\b", told)
               for p in buildings)


def _killed(figures: Iterable[FoundFigure]) -> bool:
    """Do the figures count victims killed (not attackers)?"""
    return any(f.measure is Measure.KILLED and f.figure.group != "attackers" and not f.subset for f in figures)


def _told_first(assembly: Assembly) -> Draft | None:
    """The first attack told outside the background."""
    for draft in assembly.drafts:
        if draft.kind is EventKind.ATTACK and draft.spans:
            told_in = assembly.annotations.sentence_at(min(draft.spans)[0])
            if told_in is not None and told_in.section != "background":
                return draft
    return None


def _other_attack_at(assembly: Assembly, current: Draft, places: list[PlaceRef]) -> bool:
    """Is an attack other than the one being told already told at these places?"""
    return any(d is not current and d.kind is EventKind.ATTACK and compatible_places(assembly, d.specific_places, places)
               for d in assembly.drafts)


def _back_to_the_story(assembly: Assembly, current: Draft, places: list[PlaceRef], begin: int, end: int) -> Draft | None:
    """After an attack told weeks before the story, a clause dated to a day of the story's week
    (with no new attack told) is of the story's one attack of that day, if there is one, or of its
    series when it tells attacks."""
    ann, anchor = assembly.annotations, assembly.anchor
    if anchor is None or not told_weeks_before(current, anchor) or _INDEFINITE_ATTACK.match(ann.document.text[begin:end]):
        return None
    told = ann.within(ann.dates, begin, end)
    days = {d for d in (resolve(r, anchor=anchor, current=None) for r in told if r.relative in _STORY_WEEK) if d}
    if not days or any(r.date is not None for r in told):
        return None
    series = assembly.series
    if series is not None and _plural_attack(ann, begin, end) and not _other_day(days, series, anchor):
        return series  # "Saturday's bombings were the deadliest attack on Turkish soil in years"
    told = [d for d in assembly.drafts if d.kind is EventKind.ATTACK and d is not current
            and not _other_day(days, d, anchor) and (not places or compatible_places(assembly, d.specific_places, places))]
    return told[0] if len(told) == 1 else None


def _another_attack(ann: DocumentAnnotations, current: Draft, begin: int, end: int) -> bool:
    """A clause that tells an attack with an indefinite noun and its own figures, after an incident
    that has figures already, tells another incident ("..., and a roadside bomb killed a soldier")."""
    if not current.figures or not ann.within(ann.figures, begin, end) or ann.has("continuation", begin, end):
        return False
    return bool(_INDEFINITE_ATTACK.match(ann.document.text[begin:end]))


def _sites(ann: DocumentAnnotations, begin: int, end: int) -> list[str]:
    """The buildings a clause puts its incident at without naming them ("outside the town hall",
    "near the main post office"), by their noun."""
    if ann.document.lang is not Lang.EN:
        return []
    return [m.group("noun").lower() for m in _SITE.finditer(ann.document.text, begin, end)]


def _another_site(ann: DocumentAnnotations, current: Draft, begin: int, end: int) -> bool:
    """Does the clause tell a second bomb or bomber at a building other than the one of the attack
    told ("The first bomb exploded outside the town hall ... a second car blew up near the main post
    office")? It is another attack in the same town."""
    sites = _sites(ann, begin, end)
    return (bool(current.sites) and bool(sites) and not set(sites) & set(current.sites)
            and any(not t.generic for t in ann.within(ann.triggers, begin, end))
            and _ANOTHER_ONE.search(ann.document.text, begin, end) is not None)


_THE_BUILDING = re.compile(r"\b(?:the|its)\s+(?P<noun>[a-z]+)(?:['’]s)?\b")


def _same_building_again(assembly: Assembly, begin: int, end: int) -> bool:
    """Does the clause name, by its noun alone, the building of the attack being told ("the
    cathedral's parking area" after "the Cathedral of Our Lady of Mount Carmel")?"""
    current = assembly.current
    if current is None or current.kind is not EventKind.ATTACK:
        return False
    words = {w for p in current.specific_places if p.rank >= FACILITY_RANK for w in p.text.lower().split()}
    nouns = {m.group("noun") for m in _THE_BUILDING.finditer(assembly.annotations.document.text, begin, end)}
    return any(re.fullmatch(_SITE_NOUN, noun) for noun in words & nouns)


# the buildings an incident is told at without their names: "outside the town hall", "the cathedral's"
_SITE_NOUN = (r"town\s+hall|city\s+hall|post\s+office|bus\s+station|police\s+station|railway\s+station|train\s+station|"
              r"station|market|mosque|church|cathedral|chapel|synagogue|temple|hospital|school|checkpoint|headquarters|"
              r"building|hotel|restaurant|cafe|compound|base|square|court|courthouse|shrine|university|stadium|bank|mall|"
              r"airport|embassy|consulate|ministry|prison|barracks|office|offices")
_SITE = re.compile(
    r"\b(?:at|near|outside|inside|into|on|in\s+front\s+of|(?:at|near)\s+the\s+(?:entrance|gate|gates)\s+(?:of|to))\s+"
    rf"(?:the|a|an|its)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<noun>{_SITE_NOUN})\b")
# one more bomb, bomber or site: "a second car", "another near the Kotwali", "The other two blew themselves up"
_ANOTHER_ONE = re.compile(r"\b(?:(?:a|the)\s+(?:second|third|fourth|fifth)|another|the\s+other|the\s+remaining)\b", re.I)


def _unlisted(assembly: Assembly, place: PlaceRef) -> bool:
    """A place no list knows, that the text does not put in a place the gazetteer knows."""
    key, seen = place.key, set()
    while key and key not in seen:
        if key in assembly.gazetteer.entries:
            return False
        seen.add(key)
        key = assembly.located_in.get(key)
    return True


def _quoted(ann: DocumentAnnotations, clause: Clause) -> bool:
    """Does the clause lie inside quotation marks?"""
    text = ann.document.text
    before = text[max(0, clause.begin - 400) : clause.begin]
    opened = before.count("“") - before.count("”") + (before.count('"') % 2)
    return opened > 0 or text[clause.begin : clause.end].lstrip().startswith(("“", '"'))


def _dated_apart(ann: DocumentAnnotations, current: Draft, begin: int, end: int,
                 anchor: dt.date | None = None) -> bool:
    """A clause that gives a full date other than the incident's tells another incident
    ("On March 19, 2014, a suicide bomber ..."); so does a clause that tells an attack anew ("A bomb
    ...") on a weekday other than the incident's ("in Kirkuk on Tuesday" in a story of Wednesday)."""
    # a day and month without the year count too ("تفجير شاحنة مفخخة ... صباح الأربعاء 31 أيار/مايو")
    refs = ann.within(ann.dates, begin, end)
    dates = {r.date for r in refs if r.date is not None}
    if not dates and anchor is not None and _INDEFINITE_ATTACK.match(ann.document.text[begin:end]):
        if current.from_lead and not any(not ann.in_dateline(r) for r in current.date_refs):
            return False  # "Two gunmen ... opened fire ... on Wednesday", after a lead that gave the attack no day
        dates = {d for d in (resolve(r, anchor=anchor, current=None) for r in refs
                             if r.relative in ("weekday", "yesterday")) if d}
    if not dates and anchor is not None and told_weeks_before(current, anchor):
        # "Activists said at least 20 people were killed across Syria on Saturday", after an attack of
        # January told in the background: a day of the story's week is not the day of that attack
        dates = {d for d in (resolve(r, anchor=anchor, current=None) for r in refs
                             if r.relative in _STORY_WEEK) if d}
    return _other_day(dates, current, anchor, ann)


def _next_day_elsewhere(assembly: Assembly, current: Draft, begin: int, end: int, specific: list[PlaceRef]) -> bool:
    """Does the clause open on the day after (or before) the incident told, in another place ("The next
    evening about 20 attackers ... struck Narayanguri, a riverside settlement in neighbouring Baksa
    district", after killings in Balapara the night before)?"""
    ann = assembly.annotations
    opening = [r for r in ann.within(ann.dates, begin, end) if r.begin - begin <= 4]
    return (any(r.relative in ("next-day", "previous-day") and not r.named_from for r in opening)
            and bool(current.specific_places) and not compatible_places(assembly, current.specific_places, specific))


def _dated_weeks_before(ann: DocumentAnnotations, begin: int, end: int, anchor: dt.date | None) -> bool:
    """Does the clause open on a full date more than a week before the story's, before it tells its
    attacks ("On Christmas Eve 2010, a series of bombs ...", not "The coordinated attacks were the
    most serious since the insurgency reignited on Jan. 4, 2004")?"""
    series = ann.markers_of("series", begin, end)
    return anchor is not None and any(
        r.date is not None and r.year_given and _weeks_before(r.date, anchor)
        and not any(m.begin < r.begin for m in series) for r in ann.within(ann.dates, begin, end))


_STORY_WEEK = ("weekday", "yesterday", "today")  # days told relative to the story's own


def _weeks_before(day: dt.date, anchor: dt.date) -> bool:
    """Is the day more than a week before the story's?"""
    return (anchor - day).days > 7


def told_weeks_before(draft: Draft, anchor: dt.date) -> bool:
    """Is the draft an attack told with its own full date, more than a week before the story's?"""
    days = [r.date for r in draft.date_refs if r.date is not None] + draft.dates
    return bool(days) and all(_weeks_before(d, anchor) for d in days)


def _other_day(dates: set[dt.date], draft: Draft, anchor: dt.date | None,
               ann: DocumentAnnotations | None = None) -> bool:
    """Are the full dates given none of the draft's days (its dates, else the document's)? With
    `ann`, the dateline's day (the day of filing) is none of the draft's own."""
    # the draft's days, its relative ones too ("مساء أمس" in a story of the 20th is the 19th)
    refs = [r for r in draft.date_refs if ann is None or not ann.in_dateline(r)]
    ours = {d for d in (resolve(r, anchor=anchor, current=None) for r in refs) if d} or (
        {anchor} if anchor else set())
    return bool(dates) and bool(ours) and not (dates & ours)


def compatible_places(assembly: Assembly, ours: list[PlaceRef], theirs: list[PlaceRef]) -> bool:
    """Do two sets of places name one location: the same place, or one inside the other, comparing
    the most specific places of each (Dora and the Baghdad Jadida area are both in Baghdad, but apart)."""
    if not ours or not theirs:
        return not ours
    ours, theirs = _leaves(assembly, ours), _leaves(assembly, theirs)
    for a in ours:
        for b in theirs:
            if a.key == b.key or inside(assembly, a.key, b.key) or inside(assembly, b.key, a.key) or _named_after(a, b):
                return True
    return False


def _named_after(one: PlaceRef, other: PlaceRef) -> bool:
    """Is one place named after the other ("Maalbeek metro station" and "Maalbeek station" after
    "Maalbeek"): a building of the place, told once in full and once short?"""
    a, b = (re.sub(r"^the\s+", "", p.text.strip().lower()) for p in (one, other))
    return a != b and (a.startswith(b + " ") or b.startswith(a + " ")) and len(min(a, b, key=len)) > 3


def _town(assembly: Assembly, key: str) -> str | None:
    """The city or town a place lies in (itself if it is one), by the gazetteer or the text."""
    seen = set()
    while key and key not in seen:
        seen.add(key)
        if assembly.gazetteer.rank(key) == TOWN_RANK:
            return key
        parent = assembly.located_in.get(key)
        if parent is None and key in assembly.gazetteer.entries:
            parent = assembly.gazetteer.entries[key].located_in or None
        key = parent
    return None


def _same_town(assembly: Assembly, ours: list[PlaceRef], theirs: list[PlaceRef]) -> bool:
    towns = {_town(assembly, p.key) for p in ours} - {None}
    return bool(towns) and bool(towns & {_town(assembly, p.key) for p in theirs})


def _leaves(assembly: Assembly, places: list[PlaceRef]) -> list[PlaceRef]:
    return [p for p in places if not any(q.key != p.key and inside(assembly, p.key, q.key) for q in places)]


def inside(assembly: Assembly, outer: str, inner: str) -> bool:
    """Place `inner` lies in `outer`, by the gazetteer or by what the text says."""
    seen = set()
    key = inner
    while key and key not in seen:
        seen.add(key)
        parent = assembly.located_in.get(key)
        if parent is None and key in assembly.gazetteer.entries:
            parent = assembly.gazetteer.entries[key].located_in or None
        if parent == outer:
            return True
        key = parent
    return False


_DAY_JOINED = re.compile(r",?\s*(?:on\s+|في\s+|يوم\s+)?")


def _split_by_places(ann: DocumentAnnotations, assembly: Assembly, clause: Clause,
                     places: list[PlaceRef]) -> list[tuple[int, int, list[PlaceRef], bool]]:
    """Groups of a clause by place: (begin, end, places, joint). One group when the places are one
    place or nested ("the Jawahir mall in Kirkuk")."""
    # a place that holds another place of the clause is context, not a place apart
    places = [p for p in places if not any(q.key != p.key and inside(assembly, p.key, q.key) for q in places)]
    groups: list[list[PlaceRef]] = []
    text = ann.document.text
    listed = _towns_listed(text, places)
    for place in places:
        if (groups and place.rank == groups[-1][-1].rank == 4 and place.key != groups[-1][-1].key
                and _LISTED.fullmatch(text, groups[-1][-1].end, place.begin)
                and (_TOWNS_BEFORE.search(text, max(0, groups[-1][0].begin - 40), groups[-1][0].begin) or place in listed)):
            groups.append([place])  # "the cities of Chittagong and Gazipur": two towns, never one in the other
            continue
        for group in groups:
            if compatible_places(assembly, group, [place]):
                group.append(place)
                break
        else:
            if groups and (_sub_place(ann, assembly, groups[-1], place)
                           or (_landmark(ann, groups[-1][-1], place) and _singular_attack(ann, clause.begin, clause.end))):
                groups[-1].append(place)
            else:
                groups.append([place])
    if len(groups) < 2:
        return [(clause.begin, clause.end, places, False)]
    firsts = [g[0] for g in groups]
    if len(groups) == 2 and _ROUTE_BEFORE.search(text[max(clause.begin, firsts[0].begin - 40) : firsts[0].begin]) \
            and _ROUTE_BETWEEN.fullmatch(text[firsts[0].end : firsts[1].begin]):
        return [(clause.begin, clause.end, places, False)]  # "the road between Haditha and Barwana": one place
    listed = all(
        _LISTED.fullmatch(text[a.end : b.begin]) is not None
        for a, b in zip(firsts, firsts[1:])
    ) or all(p.site for p in firsts)
    if listed:
        return [(clause.begin, clause.end, g, True) for g in groups]
    out = []
    start = clause.begin
    for i, group in enumerate(groups):
        stop = clause.end if i == len(groups) - 1 else max(p.end for p in group)
        if i < len(groups) - 1:
            # the day told right after a group's place is its own: "at Larnaca airport on 19 February 1978
            # during an attempt to seize the gunmen who had murdered the editor ... in Nicosia"
            told = next((r for r in ann.within(ann.dates, stop, groups[i + 1][0].begin)
                         if _DAY_JOINED.fullmatch(text, stop, r.begin)), None)
            if told is not None:
                stop = told.end
            # the group runs to the conjunction that opens the next one: "in Maiduguri on Friday,
            # killing 12 worshippers, and hours later a second bomber ... in Konduga"
            breaks = list(_GROUP_BREAK.finditer(text, stop, groups[i + 1][0].begin))
            if breaks:
                stop = breaks[-1].start()
        out.append((start, stop, group, False))
        start = stop
    return out


def _towns_listed(text: str, places: list[PlaceRef]) -> list[PlaceRef]:
    """The towns of a list of three or more ("the raids on Marawi, Ganassi, Tamparan and Bubong"):
    towns apart, never one in another."""
    out: list[PlaceRef] = []
    run: list[PlaceRef] = []
    for place in [*places, None]:
        if (place is not None and place.rank == 4 and run and place.key not in {p.key for p in run}
                and _LIST_SEPARATOR.fullmatch(text, run[-1].end, place.begin)):
            run.append(place)
            continue
        if len(run) >= 3:
            out.extend(run)
        run = [place] if place is not None and place.rank == 4 else []
    return out


_VILLAGES_IN = re.compile(rf"\b{MORE_VILLAGES}[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?$")
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# a plural noun of towns before a list of them ("the Bangladeshi cities of Chittagong and Gazipur",
# "مدينتي X وY")
_TOWNS_BEFORE = re.compile(r"\b(?:cities|towns|villages)\s+of\s+$|(?<!\w)(?:مدينتي|مدن|بلدتي|بلدات|قريتي|قرى)\s+$", re.I)
# places of one list: "in Tanta and in Alexandria", "في طنطا وفي الإسكندرية"
_LISTED = re.compile(r"\s*(?:,|and|or|،)?\s*(?:(?:in|at)\s+(?:the\s+)?)?|\s*،?\s*و?(?:في\s+)?", re.I)
_GROUP_BREAK = re.compile(r",?\s+(?:and|while|whereas)\s+(?=(?:hours?|minutes?|later|then|a|an|another|the|in|at|two|three|less|within|just|only|shortly|soon)\b)|;\s+"
                          r"|[,،]\s*(?:بينما|فيما|في\s+حين|و)(?=\s*\w)")


_NESTED_BETWEEN = re.compile(
    r"\s*,?\s*(?:next\s+to|beside|adjacent\s+to|opposite|close\s+to)\s+(?:the\s+)?|"
    # "... Cathedral in Cairo's Abbasiya district", "Lam Phaya subdistrict of Yala's Muang district"
    r"(?:\s+(?:sub-?district|district|village|area|neighbou?rhood|quarter|suburb))?\s+(?:in|inside|at|on|of)\s+(?:the\s+)?[A-Z][\w'’-]*['’]s\s+|"
    r"(?:\s+(?!(?:and|or|another|while|but|then|later|killing|wounding)\b)[\w'’()-]+){0,4}?\s+(?:in|inside|at|on|of)\s+"
    r"(?:the\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:city|town|village|district|area|neighbou?rhood|quarter|suburb)\s+of\s+)?"
    r"|(?:\s+(?!و)[^\s،,.]+){0,4}?\s+(?:في\s+|ب)(?:(?:حي|منطق[ةه]|مدين[ةه]|قري[ةه]|ناحي[ةه]|قضاء|مديري[ةه]|محافظ[ةه])\s+)?", re.I)
_LOCATING = re.compile(r"\b(?:outskirts|near|outside|edge|(?:north|south)?(?:east|west)?(?:ern)?\s+of)\b"
                       r"|(?<!\w)(?:مدخل|أطراف|اطراف|ضواحي|مشارف|قرب|بالقرب|خارج)(?!\w)", re.I)
_QUARTER_BEFORE = re.compile(r"(?:\bdistrict|\bneighbou?rhood|\bquarter|\barea|(?<!\w)[وب]?حي|(?<!\w)[وب]?منطقه|(?<!\w)[وب]?محله)\s+(?:of\s+)?$", re.I)


_BESIDE_WORDS = r"near|next\s+to|close\s+to|opposite|beside"  # what a place is told to stand by
# "a bomb exploded on a bus travelling along X Avenue, just below the Ayala station ... and near the
# Glorietta mall": the buildings that tell where the one bomb went off
_LANDMARK_END = re.compile(rf"\b(?:just\s+|right\s+)?(?:{_BESIDE_WORDS}|below|above|behind|in\s+front\s+of)"
                           r"\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.I)


_LANDMARKS_LISTED = re.compile(r",?\s+and\s+(?:the\s+)?", re.I)  # "near the Glorietta mall and the InterContinental Hotel"


def _landmark(ann: DocumentAnnotations, last: PlaceRef, place: PlaceRef) -> bool:
    """Is a place named, a few words after the place of a clause's one attack, as a landmark near
    it, with no other bomb, figure or attack word between them?"""
    if last.end > place.begin or place.begin - last.end > 60 or place.rank < FACILITY_RANK:
        return False  # (a building: "near Haditha and Al-Qa'im" are two towns)
    text = ann.document.text
    between = text[last.end : place.begin]
    listed = _LANDMARKS_LISTED.fullmatch(between) and _LANDMARK_END.search(text[max(0, last.begin - 40) : last.begin])
    return ((listed or _LANDMARK_END.search(between) is not None) and _ANOTHER_ONE.search(between) is None
            and not ann.within(ann.figures, last.end, place.begin) and not ann.within(ann.triggers, last.end, place.begin))


_ROOM = re.compile(r"\b(?:restaurant|lobby|bar|ballroom|lounge|wing|room|kitchen|ward|canteen|banquet\s+hall)$", re.I)
_INTO_ROOM = re.compile(r"\b(?:in|inside|into)\s+(?:the\s+)?$", re.I)


def _sub_place(ann: DocumentAnnotations, assembly: Assembly, group: list[PlaceRef], place: PlaceRef) -> bool:
    """A place no list knows, named after a town of the clause with no figure between them or as a
    quarter, is a place in that town ("وفي بغداد ألقى مهاجم قنبلة على متجر في حي البلديات"): one
    incident, not two."""
    last = group[-1]
    if last.end > place.begin:
        return False
    known = assembly.gazetteer.entries
    between = ann.document.text[last.end : place.begin]
    if _ANOTHER_ONE.search(between):
        return False  # "... and Tripolia Bazaar, and another near the Kotwali": one more bomb
    if _AND_ANOTHER_SITE.search(between):
        return False  # "the Government Palace in central Algiers and a police station in Bab Ezzouar",
        # "began at Boulkessy, where ... were stationed, and at Mondoro": two sites
    if _BESIDE.fullmatch(between):
        return True  # "the Palace of Justice near the old Hamidiyeh market": where it stands
    if (group[0].rank == FACILITY_RANK and _ROOM.search(place.text) and not _ROOM.search(group[0].text)
            and not ann.within(ann.figures, last.end, place.begin)
            and (_INTO_ROOM.search(between) or (_ROOM.search(last.text) and _LANDMARKS_LISTED.fullmatch(between)))):
        return True  # "attacked the Oberoi Trident hotel ..., opening fire in the Tiffin restaurant and the Kandahar restaurant"
    if _NESTED_BETWEEN.fullmatch(between):
        return True  # "outside the Sayed ul-Shuhada girls' school in the Dasht-e-Barchi area"
    if all(p.key not in known for p in group) and place.key in known:
        # "the village of Tal Ali in Kirkuk province's Hawija district": the place a list knows holds it
        between = assembly.annotations.document.text[last.end : place.begin]
        words = len([w for w in between.split() if re.search(r"\w", w)])  # (not the quote of 'محطة "الأيتام"')
        near = words <= 4 or (words <= 7 and _LOCATING.search(between) is not None)
        return near and not ann.within(ann.figures, last.end, place.begin)  # "Behsud district, on the outskirts of Jalalabad"
    if place.key in known or any(p.key not in known for p in group):
        return False
    quarter = _told_as_quarter(ann, place)
    between = ann.within(ann.figures, last.end, place.begin)
    return (quarter and last.rank <= 4) or not between


_AND_ANOTHER_SITE = re.compile(r"(?:,\s*|\s+)and\s+(?:(?:a|an|the|another)\s+(?:(?!of\b)[\w'’-]+\s+){1,4}?)?(?:in|at)\s+(?:the\s+)?$", re.I)


def _told_as_quarter(ann: DocumentAnnotations, place: PlaceRef) -> bool:
    """Is the place told as a quarter ("في حي الأمير", "the Karrada district")?"""
    vb, _ = ann.view.window(place.begin, place.end)
    return _QUARTER_BEFORE.search(ann.view.text[max(0, vb - 30) : vb]) is not None


def _attacker_at_unlisted_building(assembly: Assembly, places: list[PlaceRef], begin: int, end: int) -> bool:
    """Does the clause tell the attacker told before ("The first bomber ...") at a building no list
    knows ("the entrance of the Palace of Justice"), and no other attacker?"""
    ann = assembly.annotations
    return (ann.document.lang is Lang.EN and all(_unlisted(assembly, p) for p in places)
            and any(p.rank >= FACILITY_RANK for p in places)
            and any(_ATTACKER_NOUN.search(ann.document.text[m.begin : m.end]) for m in ann.markers_of("continuation", begin, end))
            and not _ANOTHER_ONE.search(ann.document.text, begin, end))


_BESIDE = re.compile(rf",?\s+(?:across\s+(?:the\s+)?(?:city|town)\s+)?(?:{_BESIDE_WORDS}|by)\s+"
                     r"(?:the\s+)?(?:[a-z]+\s+)?", re.I)
_ROUTE_BEFORE = re.compile(r"(?:\bbetween|\bfrom|\bلين|بين|من)\s+(?:the\s+(?:towns?|cities)\s+of\s+)?$", re.I)
_ROUTE_BETWEEN = re.compile(r"\s*(?:and|to|و|الى|إلى|حتى)\s*(?:(?:the\s+)?(?:town|city|village|district)\s+of\s+|(?:مدينة|ناحية|قضاء|بلدة|قرية)\s+)?", re.I)


def _toll_of_told(assembly: Assembly, places: list[PlaceRef], figures: list[FoundFigure], begin: int, end: int,
                  clause: Clause) -> Draft | None:
    """The one attack told before at a place, when a group of a clause gives a toll there and tells
    no attack of its own (nor a day of its own)."""
    ann = assembly.annotations
    if not figures or any(not t.generic for t in ann.within(ann.triggers, begin, end)) or _dated_clause(ann, clause):
        return None
    told = [d for d in assembly.drafts if d.kind is EventKind.ATTACK and d.specific_places
            and compatible_places(assembly, d.specific_places, places)]
    return told[0] if len(told) == 1 else None


def _opens_on_a_later_day(ann: DocumentAnnotations, begin: int, end: int) -> bool:
    """Does the clause open on a day after the one told before ("Two days later", "The next day",
    "في اليوم التالي")?"""
    return any(r.relative == "next-day" and not r.named_from and not ann.document.text[begin : r.begin].strip(" ,،")
               for r in ann.within(ann.dates, begin, end))


def _new_incident(ann: DocumentAnnotations, begin: int, end: int) -> bool:
    """Does the clause mark another incident ("Elsewhere", "later in the day")? Not when the time
    is a statement's: "a doctor ... said later in the day that 50 bodies had been brought in"."""
    text = ann.document.text
    return any(not _SAID_BEFORE.search(text, max(begin, m.begin - 12), m.begin)
               and not _STATEMENT_AFTER.match(text, m.end)  # "said in a separate statement that its fighters had stormed the base"
               for m in ann.markers_of("new_incident", begin, end))


_STATEMENT_AFTER = re.compile(r"\s+(?:statement|statements|interview|message|communiqu[eé]|report|post|video|audio)\b", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|reported|added|announced)\s+$"
                          r"|(?<!\w)[وف]?(?:قال|قالت|[أا]علن|[أا]علنت|ذكر|ذكرت|[أا]فاد|[أا]فادت|[أا]ضاف|[أا]ضافت)\s+(?:\S+\s+){0,3}$", re.I)


def _dated_clause(ann: DocumentAnnotations, clause: Clause) -> bool:
    """Does the clause tell a day of its own (a date or a relative day)?"""
    return any(r.date is not None or r.relative for r in ann.within(ann.dates, clause.begin, clause.end))


def _told_at(assembly: Assembly, places: list[PlaceRef], clause: Clause) -> Draft | None:
    """The one attack told before at exactly these places, when a clause tells no day of its own."""
    ann = assembly.annotations
    if not places or _dated_clause(ann, clause):
        return None
    keys = {p.key for p in places}
    told = [d for d in assembly.drafts if d.kind is EventKind.ATTACK
            and keys <= {p.key for p in d.specific_places}]
    return told[0] if len(told) == 1 else None


def _elliptic_figure(ann: DocumentAnnotations, begin: int, end: int, measure: Measure) -> list[FoundFigure]:
    """"... killed a medical director near the hospital and a man in Ghazaliya": the figure after
    "and" takes the verb of the figure before it."""
    view = ann.view
    vb, ve = view.window(begin, end)
    text = view.text[vb:ve]
    lead = re.match(r"^\s*(?:,\s*)?(?:and|و)\s*", text)
    if not lead:
        return []
    match = ann.lexicon.regex("{FIG}").match(view.text, vb + lead.end(), ve)
    if not match or match.end() == match.start():
        return []
    figure = parse_figure(match.group(), ann.lexicon)
    if figure is None or figure.vague:
        return []
    ob, oe = view.span(match.start(), match.end())
    return [FoundFigure(measure, figure, ob, oe, ob, oe)]


# ---- security operations -----------------------------------------------------------------------

_SPEECH = re.compile(r"\b(?:said|say|says|told|reported|announced|according)\b|قال|قالت|أفاد|افاد|ذكر|أعلن|اعلن", re.I)
# "أعلنت قوات الحزام الأمني أنها داهمت منزلا": the force tells of its own operation
_SELF_REPORT = re.compile(r"(?:\s+\S+){0,3}?\s+[أا]نه(?:ا|م)?(?!\w)")
# "The army said separately it had killed dozens of Islamic State fighters": the force tells of its own operation
_SAID_IT = re.compile(r"\s*(?:said|says|announced|reported)\s+(?:\w+\s+)?(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?", re.I)
_KILLED_BY_FORCES = re.compile(
    r"\b(?:was|were)\s+(?:later\s+)?(?:shot\s+dead|shot\s+and\s+killed|killed|gunned\s+down|arrested|captured|detained)\s+by\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|policemen|police\s+officers|gendarmes|troops|soldiers|security\s+forces|"
    r"commandos|special\s+forces|the\s+army)\b", re.I)
_OTHERS = re.compile(r"(?:\w+\s+)?(?:others?|more)", re.I)
_AGAINST = re.compile(r"\b(?:on|against)\s+(?:the\s+)?$")
_OF_THEM = re.compile(r"\s+of\s+them\b")
_PURSUED = re.compile(r"\b(?:pursuing|chasing|hunting|tracking)\s+(?:down\s+)?the\s+(?:attackers|assailants|gunmen|militants)\b", re.I)
_ASSAILANTS = re.compile(r"\b(?:assailants?|attackers?)\b|المهاجم", re.I)
_HOSTAGES_TOLD = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}hostages?\b|(?<!\w)[وف]?(?:الرهائن|الرهاين|المختطفين|المخطوفين)(?!\w)", re.I)
_OPERATION_TOLD = re.compile(r"\b(?:in|during)\s+the\s+(?:ensuing\s+)?(?:clash|clashes|raid|operation|firefight|gunfight|fighting|shootout)\b"
                             r"|(?:خلال|في|اثناء|أثناء)\s+(?:الاشتباك|الاشتباكات|العملية|المداهمة|الاشتباكات)(?!\w)", re.I)
_RAID = re.compile(r"^(?:raid|داهم)", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_ARREST = re.compile(r"^(?:arrest|detain|captur|apprehend|اعتقل|اعتقال|القبض|ألقت|القت|احتجز)", re.I)


def _militants(ann: DocumentAnnotations, found: FoundFigure) -> bool:
    """Does the figure count militants ("12 militants", "اثنين من المطلوبين")? Attackers or
    assailants are the end of an attack told ("All four attackers were killed in a gunbattle")."""
    if _ASSAILANTS.search(ann.document.text[found.claim_begin : found.claim_end]):
        return False
    if found.figure.group == "attackers":
        return True
    after = ann.markers_of("operation_object", found.end, found.end + 20)
    if any(re.fullmatch(r"\s*(?:of\s+(?:the\s+)?|من\s+)", ann.document.text[found.end : m.begin]) for m in after):
        return True
    # "مقتل نحو 40 عنصرا من تنظيم داعش", "12 members of the Islamic State group"
    groups = [a for a in ann.within(ann.actors, found.begin, found.end + 40) if a.kind is EntityKind.ARMED_GROUP]
    text = ann.document.text
    if any(_OF_GROUP.fullmatch(text[found.end : g.begin]) for g in groups if g.begin >= found.end):
        return True
    if _OF_NAMED_MEMBERS.match(text, found.end):
        return True  # "مقتل 17 من عناصر \"الشباب\"": members of a group named, known or not
    # "12 Islamic State fighters", "20 Shabaab militants"
    return any(g.begin >= found.end and not text[found.end : g.begin].strip() and _MEMBERS.match(text, g.end) for g in groups)


# "12 members of the Islamic State group", "مقتل 17 من عناصر \"الشباب\""
_OF_GROUP = re.compile(r"\s*(?:\S+\s+)?(?:of|من)\s+(?:the\s+|تنظيم\s+)?(?:(?:عناصر|مقاتلي|مسلحي|أعضاء|اعضاء)\s+)?"
                       r"(?:تنظيم\s+|حركة\s+|جماعة\s+)?[\"«“]?")
_OF_NAMED_MEMBERS = re.compile(r"\s*من\s+(?:عناصر|مقاتلي|مسلحي)\s+(?:تنظيم|حركة|جماعة|ميليشيا|[\"«“])")
_MEMBERS = re.compile(r"\s+(?:fighters|militants|insurgents|members|rebels|jihadists|gunmen)\b")


def _last_operation(assembly: Assembly) -> Draft | None:
    operations = [d for d in assembly.drafts if d.kind is EventKind.SECURITY_OPERATION]
    return operations[-1] if operations else None


def _is_operation(ann: DocumentAnnotations, begin: int, end: int) -> bool:
    """Security forces killing, arresting or raiding militants or suspects: the force is the subject
    of an operation verb (near it, no "said" between), and the verb has a militant as its object,
    or is an arrest."""
    if any(t.operation for t in ann.within(ann.triggers, begin, end)):
        return True  # an air strike
    figures = ann.within(ann.figures, begin, end)
    if _KILLED_BY_FORCES.search(ann.document.text, begin, end) and not any(
            f.measure is Measure.KILLED and not _militants(ann, f) for f in figures):
        # "he was shot dead by gendarmes in a wood at Vaugneray"; not "Five people were killed, ...
        # adding that the two gunmen were shot dead by its troops": the end of the attack told
        return True
    if ann.has("operation_noun", begin, end) and figures and all(_militants(ann, f) for f in figures):
        return True  # "مقتل 15 ارهابيا واعتقال ثمانية اخرين بعملية امنية": only militants fall
    verbs = ann.markers_of("operation_verb", begin, end)
    if ann.has("operation_noun", begin, end) and any(_ARREST.match(ann.lexicon.fold(ann.document.text[v.begin : v.end])) for v in verbs):
        return True  # "اعتقلت ثلاثة مشتبه بهم خلال عملية دهم وتفتيش": arrests in a raid
    forces = [a for a in ann.within(ann.actors, begin, end) if a.kind is EntityKind.SECURITY_FORCE]
    if (forces and figures and all(f.figure.group == "attackers" and not f.figure.vague and _militants(ann, f) for f in figures)
            and not any(not t.generic for t in ann.within(ann.triggers, begin, end))
            and not ann.has("continuation", begin, end)
            and any(not any(f.begin <= a.begin < f.end for f in figures) for a in forces)):
        return True  # "five more terrorists were killed ... in clashes with security forces": only militants fall
    killed = [f for f in figures if f.measure is Measure.KILLED]
    triggers = ann.within(ann.triggers, begin, end)
    if (killed and all(_militants(ann, f) or _OTHERS.fullmatch(ann.document.text[f.begin : f.end]) for f in figures)
            and not any(f.figure.vague for f in figures) and _militants(ann, figures[0])
            and all(t.generic for t in triggers) and (triggers or forces)):
        return True  # "The first strike ... killed 20 militants", "five more terrorists were killed and two others captured"
    if not forces or not verbs:
        return False
    text = ann.document.text
    objects = ann.markers_of("operation_object", begin, end) + [  # "killed 12 Islamic State fighters"
        f for f in ann.within(ann.figures, begin, end) if _militants(ann, f)
        # "troops shot dead four assailants outside the compound": the end of an attack
        and not _ASSAILANTS.search(text[f.claim_begin : f.claim_end])] + [
        # "soldiers pursuing the attackers had killed three of them": the attackers hunted down
        f for f in ann.within(ann.figures, begin, end) if _OF_THEM.match(text, f.end) and _PURSUED.search(text, begin, f.begin)] + [
        # "launched fresh assaults on Abu Sayyaf positions"
        a for a in ann.within(ann.actors, begin, end) if a.kind is EntityKind.ARMED_GROUP
        and _AGAINST.search(text, max(begin, a.begin - 12), a.begin)]
    arabic = ann.document.lang is Lang.AR
    for force in forces:
        if any(f.begin <= force.begin < f.end for f in ann.within(ann.figures, begin, end)):
            continue  # the force is among the victims ("killing 3 policemen")
        source = _SPEECH if arabic else _ACCORDING
        if source.search(text[max(begin, force.begin - 25) : force.begin]) and not _SELF_REPORT.match(text, force.end):
            continue  # the force is the source ("أعلنت الشرطة المحلية أن ...", "according to police")
        for verb in verbs:
            if force.end <= verb.begin:
                gap = text[force.end : verb.begin]
                near = len(gap.split()) <= (6 if arabic else 8)
            elif arabic and verb.end <= force.begin:
                gap = text[verb.end : force.begin]  # Arabic puts the verb first: "قتلت قوات الأمن"
                near = len(gap.split()) <= 4
            else:
                continue
            if not near or (_SPEECH.search(gap) and not _SAID_IT.fullmatch(gap)):
                continue
            if _ARREST.match(ann.lexicon.fold(text[verb.begin : verb.end])) or _RAID.match(text[verb.begin : verb.end]):
                return True  # an arrest or a raid is an operation whoever is arrested or wherever raided
            for obj in objects:
                if obj.begin < verb.begin:
                    continue
                between = text[verb.end : obj.begin]
                if _BY_THEM.search(between):
                    continue  # "عقيدا في القوات الجوية قُتل برصاص مسلحين": who killed, not who fell
                if re.search(r"\bthe\s+(?:remaining\s+)?$|\ball\s+(?:of\s+)?(?:the\s+)?$", between, re.I):
                    continue  # "kill all of the attackers": the end of an attack, not an operation
                if arabic and re.search(r"جميع\s*$", between):
                    continue
                return True
    return False


_BY_THEM = re.compile(r"(?<!\w)(?:برصاص|بنيران|بأيدي|بايدي|على\s+يد)\s+(?:\S+\s+)?$")


# ---- filling a draft ---------------------------------------------------------------------------

_COURT_BEFORE = re.compile(r"\b(?:sentenced|convicted|jailed|charged|acquitted|found\s+guilty|indicted|extradited|"
                           r"went\s+on\s+trial|appeared\s+in\s+court)\b[^.;,]{0,25}$"
                           r"|(?:حكم|حكمت|أدين|ادين|أدانت\s+محكمة|مثل\s+أمام)[^.؛،]{0,25}$", re.I)
# "On the same day in neighbouring Nigeria, insurgents ambushed a military convoy near ...": another attack
_SAME_DAY_IN = re.compile(r"\W*(?:(?:On|Also\s+on)\s+)?the\s+same\s+day\s+(?:in|at|near)\b", re.I)
# "وفي العريش أيضا، سقطت قذائف هاون ...", "Also in Kirkuk, ...": one more incident in a town already told
_ALSO_THERE = re.compile(r"^\W*also\s+in\b|\bin\s+[^,]{2,40}\s+also\s*,|(?<!\w)(?:أيضا|ايضا|أيضاً|ايضاً)(?!\w)", re.I)
_DIED_LATER = re.compile(r"\b(?:died|succumbed)\b(?:\s+\S+){0,5}\s*$"
                         # "two more died of their wounds, one of them three days later"
                         r"|\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:\S+\s+){0,2}(?:wounds|injuries)\b[^.;]{0,30}$"
                         r"|(?<!\w)(?:توفي|يتوفى|توفوا|يتوفون|توفيت|فارق|فارقوا)(?!\w)(?:\s+\S+){0,5}\s*$", re.I)
_DUAL_DEFINITE_AR = re.compile(r"(?<!\w)[وفب]?(?:ل|في\s+|جراء\s+)?ال(?:تفجيرين|انفجارين|هجومين|اعتداءين)(?!\w)")
_DUAL_AR = re.compile(r"\S(?:تان|تين|يان|يين)(?!\S)")
# a series named to date another attack: "وقبل أسبوع من الهجمات، في 10 حزيران 2013، انفجرت سيارة مفخخة"
_BEFORE_THE_SERIES = re.compile(r"(?:(?<!\w)[وف]?(?:قبل|بعد)\s+(?:\S+\s+){0,2}?(?:من|على)\s+|\b(?:before|after|since|ahead\s+of)\s+the\s+)$", re.I)


_SINCE_AR = re.compile(r"\s*منذ\s")


def _since_dated(ann: DocumentAnnotations, begin: int, end: int, anchor: dt.date | None) -> bool:
    """Does an Arabic clause open on "since" and name attacks of another day ("منذ التفجيرات
    الانتحارية التي استهدفت مسجدي بدر والحشوش في 20 مارس")? They are earlier attacks, not the series."""
    return (ann.lexicon.lang is Lang.AR and _SINCE_AR.match(ann.document.text, begin, end) is not None
            and any(r.date is not None and r.date != anchor for r in ann.within(ann.dates, begin, end)))


def _the_pair_told(assembly: Assembly, begin: int, end: int) -> bool:
    """Does "the two bombings" name the two bombs of the attack just told, with no toll of its own
    ("انفجرت سيارتان مفخختان ..."), not two attacks of a series?"""
    ann, current = assembly.annotations, assembly.current
    if (ann.lexicon.lang is not Lang.AR or current is None or current.kind is not EventKind.ATTACK or current.figures
            or not _DUAL_DEFINITE_AR.search(ann.document.text, begin, end)):
        return False
    return any(_DUAL_AR.search(t.text) for t in current.triggers)


def _pair_told_in_sentence(assembly: Assembly, sentence: Sentence, begin: int, end: int) -> bool:
    """Does "the two attacks" count the victims of the two attacks its sentence has just told, no
    series around them?"""
    ann = assembly.annotations
    if assembly.series is not None or not _DUAL_DEFINITE_AR.search(ann.document.text, begin, end):
        return False
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    return len(attacks) >= 2 and all(any(sentence.begin <= b < begin for b, _ in d.spans) for d in attacks[-2:])


def _series_named_in_passing(ann: DocumentAnnotations, begin: int, end: int, specific: list[PlaceRef]) -> bool:
    """Are the clause's words for a series all in a phrase that dates another attack by it, the
    clause telling an attack at a place of its own ("a week before the attacks, a car bomb
    exploded near a fish market in Kut")?"""
    markers = ann.markers_of("series", begin, end)
    text = ann.document.text
    return bool(markers) and bool(specific) and all(
        _BEFORE_THE_SERIES.search(text, max(begin, m.begin - 30), m.begin) for m in markers)


# one attack singled out of many told before it: "أبرزها تفجير انتحاري في 15 أيار", "the deadliest of which"
_MOST_NOTABLE = re.compile(r"(?<!\w)(?:أبرزها|ابرزها|أعنفها|اعنفها|أشدها|اشدها|أكثرها\s+دموية|أخطرها|آخرها|اخرها)(?!\w)"
                           r"|\b(?:the\s+(?:deadliest|worst|bloodiest|most\s+serious|latest|last)\s+(?:of\s+which|being))\b", re.I)
# the series told by its first attack: "The attacks began when a suicide bomber ...", "وبدأت الهجمات
# قرابة موعد الإفطار عندما اقتحم انتحاري ..."
_BEGAN_WHEN = re.compile(r"\W*(?:The\s+(?:attacks|bombings|assaults|blasts)\s+(?:began|started)\s+(?:[\w.,:-]+\s+){0,5}?(?:when|with)\b"
                         r"|[وف]?(?:بدأت|بدات|انطلقت)\s+(?:ال)?(?:هجمات|تفجيرات|عمليات|اعتداءات)\s+(?:\S+\s+){0,4}?(?:عندما|حين|حينما|ب))", re.I)
_CAME_AFTER = re.compile(r"\b(?:came|comes|follows?|followed)\s+(?:just\s+|only\s+|barely\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:hours?|days?|weeks?|months?|years?)\s+after\b"
                         r"|\b(?:follows?|followed)\s+(?:the|an?)\s+(?=(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|bombs?|blasts?|explosions?|shootings?|massacres?)\b)"
                         r"|(?:جاء|جاءت|ياتي|يأتي|تاتي|تأتي)\s+(?:\S+\s+){0,6}?بعد\s+(?:\S+\s+)?(?:من|على)?", re.I)
_SAID_THE_ATTACKS = re.compile(r"\b(?:said|says|added|declared)\s+(?:that\s+)?the\s+(?:bombings|attacks|blasts|explosions|killings)\s+"
                               r"(?:showed|show|were|was|had\s+been|proved|proves|meant|means|marked|mark|would)\b", re.I)
_MONTHS_AFTER = re.compile(r"\b(?:months?|years?)\b|(?:شهر|شهرين|اشهر|أشهر|سنه|سنة|سنوات|عام|عامين|اعوام|أعوام)", re.I)
TOLL_ROSE = re.compile(r"\b(?:toll|number\s+of\s+(?:people\s+)?(?:dead|killed|deaths|victims))\b[^.;]{0,160}?"
                       r"\b(?:rose|rises|risen|climbed|climbs|jumped|reached|increased)\s+to\b"
                       # "Algeria raised the official death toll from twin suicide car bombings ... to 37 on Wednesday"
                       r"|\b(?:raised|raises|raising|revised|revises|updated|updates)\s+(?:the\s+|its\s+)?(?:official\s+)?"
                       r"(?:death\s+|casualty\s+)?toll\b[^.;]{0,160}?\bto\b"
                       r"|(?:ترتفع|ارتفعت|ارتفع|يرتفع)\s+(?:ال)?حصيل[ةه](?=\s+(?:صباح|مساء|يوم|ظهر|فجر|ليل))", re.I)


_BLOODIEST_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|biggest)\b[^.;]{0,40}?\bsince\s+", re.I)


def _absorb(assembly: Assembly, draft: Draft, clause: Clause, places: list[PlaceRef], triggers: list[TriggerRef],
            figures: list[FoundFigure], sentence: Sentence) -> None:
    ann = assembly.annotations
    b, e = clause.begin, clause.end
    if any(p.rank > BROAD_RANK and not p.reference and not _unlisted(assembly, p) for p in places):
        # "in a town north of Baghdad ... The blast tore through the market in Amirli": the place
        # named, not the one it was told near (which still locates a place no list knows)
        draft.places[:] = [p for p in draft.places if p.reference != "near"]
    for place in places:
        if all(p.key != place.key for p in draft.places):
            draft.places.append(place)
    for trigger in triggers:
        if trigger not in draft.triggers:
            draft.triggers.append(trigger)
    if figures:
        draft.statements += 1
    for figure in figures:
        draft.figures.append((figure, False))
    actors = ann.within(ann.actors, b, e)
    blamed = blamed_groups(ann, b, e) if ann.has("blame", b, e) else []
    for actor in actors:
        inside_figure = any(f.begin <= actor.begin < f.end for f in figures)
        if actor.kind is EntityKind.SECURITY_FORCE:
            if inside_figure or _targeted(ann, actor):
                draft.targets.append(actor)
        elif actor.kind in (EntityKind.ARMED_GROUP, EntityKind.ACTOR) and not inside_figure:
            # a group blamed or suspected ("السلطات تتهم عادة تنظيم الدولة", "police suspect the
            # PKK") is not told as the author
            if not_an_author(ann, actor):
                continue
            if _blamed(ann, actor, b, e):
                if actor in blamed and actor not in draft.suspects:
                    draft.suspects.append(actor)
            else:
                draft.actors.append(actor)
    for marker in ann.within(ann.markers, b, e):
        if marker.kind.startswith("target:"):
            code = marker.kind.split(":", 1)[1]
            if code not in draft.target_types:
                draft.target_types.append(code)
    came = _CAME_AFTER.search(ann.document.text, b, e)
    told_after = came is not None and any(r.begin >= came.end() for r in ann.within(ann.dates, b, e))
    refs = ann.within(ann.dates, b, e)
    compared = _BLOODIEST_SINCE.search(ann.document.text, b, e)
    for ref in refs:
        if came is not None and ref.end <= came.start() and (told_after or (places and all(p.begin >= came.end() for p in places))):
            continue  # "Sunday's bombings came four months after a suicide bomber killed 29 ... on Dec. 11, 2016"
            # (not "... near this village on Saturday, ..., in an attack that came only hours after a
            # similar device blew a hole in an Austrian airliner": the day of the attack told first)
        if came is not None and ref.begin < came.end() and told_after:
            continue  # "ويأتي الهجوم بعد يومين من دهس ... يوم الاثنين": the day told, not the distance
        if compared is not None and ref.end <= compared.start() and any(0 <= r.begin - compared.end() <= 4 for r in refs):
            continue  # "Wednesday's raids were the bloodiest since Oct. 3, 2008, when PKK fighters overran ...": the story's day
        if _COURT_BEFORE.search(ann.document.text[max(b, ref.begin - 50) : ref.begin]):
            continue  # "the brother of the bomber who killed 22 people ... was sentenced on Thursday"
        if _DIED_LATER.search(ann.document.text[max(b, ref.begin - 50) : ref.begin]):
            continue  # "قبل أن يتوفى ثلاثة من المصابين فجر اليوم": the day the wounded died
        if draft.kind is EventKind.ATTACK and claim_day(ann, ref, b):
            continue  # "Islamic State claimed responsibility on Thursday for the attack ...": the claim's day
        if not count_day(ann, ref, b, e):
            draft.date_refs.append(ref)
    for site in _sites(ann, b, e):
        if site not in draft.sites:
            draft.sites.append(site)
    span = _mention_span(ann, clause, triggers, figures)
    if span and span not in draft.spans:
        draft.spans.append(span)
    if sentence.lead:
        draft.from_lead = draft.from_lead or draft.kind is EventKind.ATTACK and not draft.figures


_REPELLED = re.compile(r"\b(?:repelled|repulsed|foiled|thwarted|fought\s+off|beat\s+back)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:attack|assault)\b"
                       r"|(?<!\w)(?:إحباط|احباط|أحبط\w*|احبط\w*|صد|التصدي\s+ل|تصدت?)\s*(?:\S+\s+)?(?:هجوم|هجوما|للهجوم|الهجوم)(?!\w)", re.I)
_TOLL_WORD = re.compile(r"\b(?:toll|tally|death\s+count)\b", re.I)
_NAMES_AN_ATTACK = re.compile(r"\s+(?:bombings?|attacks?|blasts?|explosions?|massacre|shooting|assault)\s+(?!of\b|in\b|on\b)", re.I)


def _attack_named_by_place(assembly: Assembly, places: list[PlaceRef], begin: int) -> Draft | None:
    """The one attack told at the place a clause opens on to name its attack ("The Karrada explosion
    struck ..."), when it is not the attack being told."""
    text = assembly.annotations.document.text
    first = places[0] if places else None
    if (first is None or not re.fullmatch(r"\W*[Tt]he\s+", text[begin : first.begin])
            or not _NAMES_AN_ATTACK.match(text, first.end)):
        return None
    told = [d for d in assembly.drafts if d.kind is EventKind.ATTACK and any(p.key == first.key for p in d.specific_places)]
    if len(told) != 1 or told[0] is assembly.current:
        return None
    return told[0]


def _read_sites(assembly: Assembly, clause: Clause, sites: list[PlaceRef], triggers: list[TriggerRef],
                sentence: Sentence) -> None:
    """Each site of a list one assault struck is an incident of its own ("coordinated attacks on an
    army barracks, a police station and a National Guard post in ... Ben Guerdane"), known again by
    its noun ("Two soldiers were killed defending the barracks")."""
    for site in sites:
        draft = assembly.new(EventKind.ATTACK)
        _absorb(assembly, draft, clause, [site], triggers, [], sentence)
        draft.sites[:] = [site.text.split(" of ")[0].split()[-1].lower()]  # ("office" of "office of the ... service")


def _site_told_again(assembly: Assembly, begin: int, end: int) -> Draft | None:
    """The one incident at a struck site whose noun the clause names again ("the barracks")."""
    text = assembly.annotations.document.text
    told = [d for d in assembly.drafts if d.kind is EventKind.ATTACK and any(p.site for p in d.places)
            and any(re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{re.escape(n)}\b", text[begin:end], re.I) for n in d.sites)]
    return told[0] if len(told) == 1 else None


def count_day(ann: DocumentAnnotations, ref: DateRef, begin: int, end: int) -> bool:
    """Does the date (in the clause begin..end) tell when a toll was counted, not when the attack
    was: "By Tuesday evening, ... the number of dead had climbed to 67", "the toll ... rose to 38 on
    Sunday"?"""
    text = ann.document.text
    if _BY_DAY.search(text, max(begin, ref.begin - 30), ref.begin):
        return True
    if _TOLL_PUT.search(text, begin, end):
        return True  # "On Sunday, officials had put the toll at 38 dead"
    rose = TOLL_ROSE.search(text, begin, end)
    return rose is not None and ref.begin >= rose.end()


_TOLL_PUT = re.compile(r"\b(?:put|puts|putting|gave|set)\s+the\s+(?:death\s+|casualty\s+)?toll\s+at\b", re.I)


_BY_DAY = re.compile(r"\b[Bb]y\s+(?:the\s+)?(?:late\s+|early\s+)?(?:(?:morning|afternoon|evening|night|end)\s+of\s+)?$")
_CLAIMED_ON = re.compile(r"\bclaimed\s+(?:responsibility\s+)?(?:late\s+|early\s+)?(?:on\s+)?$", re.I)


def claim_day(ann: DocumentAnnotations, ref: DateRef, begin: int = 0) -> bool:
    """Is the date the day a claim was made ("Islamic State claimed responsibility on Thursday for
    the attack ..."), not the attack's?"""
    return (_CLAIMED_ON.search(ann.document.text, max(begin, ref.begin - 40), ref.begin) is not None
            or _CLAIMED_AFTER.match(ann.document.text, ref.end) is not None)


# the day a group claimed an attack, told before the verb: "ISWAP on Wednesday claimed responsibility for"
_CLAIMED_AFTER = re.compile(r"\s+(?:claimed|claims)\s+responsibility\b", re.I)
_OBJECT_BEFORE = re.compile(
    r"\b(?:against|fighting|fight|fought|battling|battled|targeting|targeted|on|from|with|by\s+forces\s+of|"
    r"versus|ضد|محاربة|لمحاربة|قتال|لقتال|مقاتلة|على)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# a group named as a likeness or as the kin of victims: "the tactics of al-Qaida's local branch",
# "members of a government-backed Sunni militia"
_NOT_AUTHOR_BEFORE = re.compile(
    r"\b(?:tactics|style|members|fighters|militiamen)\s+of\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}$|\b(?:similar\s+to|resembl\w*|like)\s+(?:those\s+(?:of|by)\s+)?(?:the\s+)?$"
    r"|\b(?:supporters|followers|loyalists)\s+of\s+(?:the\s+)?$"
    r"|(?:اسلوب|أسلوب|عناصر\s+من|افراد\s+من|أفراد\s+من|أنصار|انصار|لأنصار|لانصار|مؤيدي|أتباع|اتباع|معقل|معاقل)\s+(?:جماعة\s+|جماعه\s+|حركة\s+|حركه\s+)?$", re.I)


def not_an_author(ann: DocumentAnnotations, actor: ActorRef) -> bool:
    """A group fought against or targeted ("sided with US forces against Al-Qaeda") is no
    perpetrator; nor is a group named as a likeness or as the kin of victims."""
    before = ann.document.text[max(0, actor.begin - 40) : actor.begin]
    return (bool(_OBJECT_BEFORE.search(before)) or bool(_NOT_AUTHOR_BEFORE.search(before))
            or bool(_AFFILIATION_AFTER.match(ann.document.text, actor.end)))


# a group named for another's ties: "The Al-Qaida-linked al-Shabaab group claimed responsibility"
_AFFILIATION_AFTER = re.compile(r"-(?:linked|affiliated|allied|aligned|inspired|backed)\b", re.I)


def _blamed(ann: DocumentAnnotations, actor: ActorRef, begin: int, end: int) -> bool:
    """Is the group named in a clause that blames or suspects it, rather than one that tells it
    acted ("Suspected Boko Haram militants killed 23" tells it, as news does)?"""
    return bool(_blame_markers(ann, actor, begin, end))


def _blame_markers(ann: DocumentAnnotations, actor: ActorRef, begin: int, end: int) -> list:
    text = ann.document.text
    return [m for m in ann.markers_of("blame", begin, end)
            if not (m.end <= actor.begin and re.fullmatch(r"suspected\s*", text[m.begin : actor.begin], re.I))]


# between a group and the word that blames it, the group the subject of a passive ("Boko Haram,
# which has been blamed for", "the PKK was widely suspected")
_PASSIVE_TO_BLAME = re.compile(r"\s*(?:,\s*(?:which|who)\s+)?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
                               r"(?:\w+\s+)?", re.I)


def blamed_groups(ann: DocumentAnnotations, begin: int, end: int) -> list[ActorRef]:
    """The armed groups a clause blames or suspects: named after the word that blames ("police
    blamed Shining Path guerrillas", "bore the hallmarks of Boko Haram", "اتهمت السلطات تنظيم
    الدولة"), or before it as the subject of a passive; not the group that blames another ("the
    Taliban blamed the attack on ...")."""
    text = ann.document.text
    out = []
    for actor in ann.within(ann.actors, begin, end):
        if actor.kind is not EntityKind.ARMED_GROUP or _TIES_BEFORE.search(text, max(begin, actor.begin - 30), actor.begin) \
                or _TIES_AFTER.match(text, actor.end):
            continue  # "حركة الشباب المرتبطة بتنظيم القاعدة", "al Shabaab, the al Qaeda-linked group": whom the blamed is tied to
        for marker in _blame_markers(ann, actor, begin, end):
            if _HABITUAL.search(text, max(begin, marker.begin - 30), min(end, marker.end + 30)):
                continue  # "تتهم السلطات العراقية عادة تنظيم الدولة": whom they usually blame, not for this attack
            if (_SUSPECTS.fullmatch(text, marker.begin, marker.end) and ann.has("operation_verb", begin, end)
                    and any(a.kind is EntityKind.SECURITY_FORCE for a in ann.within(ann.actors, begin, end))):
                continue  # "واعتقلت الشرطة أربعة من المشتبه بانتمائهم الى تنظيم القاعدة": those arrested, not the attack
            if marker.end <= actor.begin and (actor.begin - marker.end > 50 or ";" in text[marker.end : actor.begin]):
                continue  # "killing two suspected militants and arresting a leader of the Islamic State"
            if marker.end <= actor.begin and _BLAMED_ON.fullmatch(text, marker.end, actor.begin):
                out.append(actor)  # "have been blamed on Boko Haram" (no target "on" the group)
                break
            if not_an_author(ann, actor):
                break
            if (marker.end <= actor.begin or (actor.end <= marker.begin
                                              and _PASSIVE_TO_BLAME.fullmatch(text, actor.end, marker.begin))):
                out.append(actor)
                break
    return out


_SUSPECTS = re.compile(r"suspect(?:s|ed)?|ال?مشتبه|يشتبه|تشتبه", re.I)
_TIES_BEFORE = re.compile(r"\b(?:linked|allied|affiliated|tied|loyal)\s+(?:to|with)\s+(?:the\s+)?$"
                          r"|(?<![\u0621-\u064a])(?:المرتبط|المتحالف|الموالي|التابع|القريب)\w*\s+[بلم]?(?:ن\s+)?$", re.I)
_TIES_AFTER = re.compile(r"[-\s](?:linked|allied|affiliated|inspired)\b", re.I)
_HABITUAL = re.compile(r"\b(?:usually|often|routinely|typically|frequently|regularly|generally)\b"
                       r"|(?<![\u0621-\u064a])(?:عادة|عادةً|غالبا|غالباً|دائما|دائماً)(?![\u0621-\u064a])", re.I)
_BLAMED_ON = re.compile(r"\s+(?:(?:the|this|these|both)\s+(?:\w+\s+){0,2})?(?:on|upon)\s+(?:the\s+)?", re.I)


def _targeted(ann: DocumentAnnotations, actor: ActorRef) -> bool:
    before = ann.document.text[max(0, actor.begin - 30) : actor.begin].lower()
    return bool(re.search(r"(?:attacked|targeted|targeting|on|against|at)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?$", before)) or bool(
        re.search(r"(?:استهدف\w*|على|ضد)\s+$", before)
    )


def _mention_span(ann: DocumentAnnotations, clause: Clause, triggers, figures) -> tuple[int, int] | None:
    """The words that report the event in a clause: its attack word, else its figure, else the
    clause itself."""
    strong = [t for t in triggers if not t.generic and clause.begin <= t.begin < clause.end]
    if strong:
        return strong[0].begin, strong[0].end
    weak = [t for t in triggers if clause.begin <= t.begin < clause.end]
    if weak:
        return weak[0].begin, weak[0].end
    if figures:
        return figures[0].claim_begin, figures[0].claim_end
    text = ann.document.text[clause.begin : clause.end]
    stripped = text.strip(" ,;،؛.")
    if not stripped:
        return None
    begin = clause.begin + text.index(stripped)
    return begin, begin + len(stripped)


# ---- after reading -----------------------------------------------------------------------------

def _merge_summaries(assembly: Assembly) -> None:
    """An incident told in the lead and again in the body is one incident; in a document about
    one attack, incidents told without a marker of another one at places apart from it are it."""
    ann = assembly.annotations
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    if assembly.single and attacks:
        main = attacks[0]
        for other in attacks[1:]:
            # (an attack split by the places it names is still the one told in the attack's own
            # section: "== Shooting == ... a police post at the junction of Ali Hassan Mwinyi Road and
            # Kenyatta Drive")
            told_there = _told_again_by_its_site(assembly, main, other)
            if (other.separate and not told_there) or other not in assembly.drafts:
                continue
            follows = other.follows
            if (not told_there and follows is not None and follows is not main and follows.kind is EventKind.ATTACK
                    and any(d is follows for d in assembly.drafts) and not _drafts_dated_apart(assembly, main, follows)):
                continue  # told right after another incident, as more of it ("كما قتلت امرأة برصاص قناص")
            if _same_story(assembly, main, other, told_there) and not _drafts_dated_apart(assembly, main, other):
                merge_into(main, other)
                assembly.drafts.remove(other)
        attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    for summary in attacks:
        if not summary.from_lead or summary not in assembly.drafts:
            continue
        if summary.figures:
            # "The death toll from a suicide bombing at a wedding party in eastern Afghanistan rose
            # to 38": a lead that places its one attack nowhere tells the attack the body places
            if not [p for p in summary.specific_places if not p.reference] and not summary.separate:
                # (the place told in the lead's next clause first: "قتل ضابط ... ، وأصيب جندي رابع ...
                # بانفجار عبوة ناسفة ... قرب قرية الكسك")
                sentence = ann.sentence_at(min(summary.spans)[0]) if summary.spans else None
                body = [d for d in attacks if d is not summary and d in assembly.drafts and d.specific_places
                        and d.spans and ann.sentence_at(min(d.spans)[0]) is sentence] or [
                    d for d in attacks if d is not summary and d in assembly.drafts
                    and not d.separate and d.specific_places and _told_after(d, summary)]
                # ("... killed 17 soldiers" does not tell "a Jan. 2, 2016, assault on the Pathankot air force base")
                if body and not (_drafts_dated_apart(assembly, body[0], summary)
                                 or _drafts_dated_apart(assembly, summary, body[0])):
                    summary.places = [p for p in summary.places if not p.reference]
                    merge_into(body[0], summary)
                    assembly.drafts.remove(summary)
            elif (not summary.separate and not [r for r in summary.date_refs if not ann.in_dateline(r)]
                  and _RELATIVE_TOLD.search(ann.document.text[max(0, min(summary.spans)[0] - 60) : min(summary.spans)[1] + 20])):
                # "The brother of the suicide bomber who killed 22 people at a pop concert in
                # Manchester was sentenced ...": an undated lead glimpse of the attack the body dates
                dated = [d for d in attacks if d is not summary and d in assembly.drafts
                         and any(r.date is not None and r.year_given for r in d.date_refs)
                         and compatible_places(assembly, d.specific_places, summary.specific_places)]
                if len(dated) == 1:
                    merge_into(dated[0], summary)
                    assembly.drafts.remove(summary)
            elif (body := _told_again_in_town(assembly, summary, attacks)) is not None:
                merge_into(body, summary)
                assembly.drafts.remove(summary)
            continue
        if not summary.specific_places:
            # "A family of five ... blew themselves up at the gate of the police headquarters":
            # a lead that names no place and no toll glimpses the first attack the body tells of its
            # day ("..., two days after twin bombings tore through a cathedral": of that day)
            days = set(_days(assembly, summary))
            body = [d for d in attacks if d is not summary and d in assembly.drafts and not d.separate
                    and _told_after(d, summary)
                    and (days & set(_days(assembly, d)) if summary.separate else same_day(assembly, d, summary))]
            if body:
                merge_into(body[0], summary)
                assembly.drafts.remove(summary)
            elif summary.earlier and not days and not summary.figures:
                assembly.drafts.remove(summary)  # "seven months after he was kidnapped": no day, place or toll
            continue
        for other in attacks:
            if other is summary or other not in assembly.drafts or other.separate:
                continue
            if told_later_on_another_day(assembly, summary, other) or _drafts_dated_apart(assembly, summary, other):
                # "A bomb ... wounded a politician in Kirkuk on Tuesday", after Wednesday's attack
                # there; "On 17 May 2010, Maoists blew up a bus ... near Chingavaram in Dantewada"
                continue
            if summary.specific_places and compatible_places(assembly, summary.specific_places, other.specific_places):
                merge_into(other, summary)
                assembly.drafts.remove(summary)
                break


def _buildings(draft: Draft) -> set[str]:
    """The buildings an attack is told at (not those it is told near)."""
    return {p.key for p in draft.specific_places if p.rank >= FACILITY_RANK and not p.reference}


def _same_building_told_again(assembly: Assembly) -> None:
    """An attack told at a building an attack of the same day was told at before, one of them with
    no toll, is that attack told again ("The bombers struck St John's Catholic Church and Christ
    Church ... Minutes later a second explosion tore through the entrance of Christ Church")."""
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK and not d.background and not d.earlier]
    for i, later in enumerate(attacks):
        sites = _buildings(later)
        if not sites or later not in assembly.drafts:
            continue
        for earlier in attacks[:i]:
            if earlier not in assembly.drafts:
                continue
            if (sites == _buildings(earlier) and (not later.figures or not earlier.figures)
                    and same_day(assembly, earlier, later) and not _drafts_dated_apart(assembly, earlier, later)):
                merge_into(earlier, later)
                assembly.drafts.remove(later)
                break


def _lead_tells_series(assembly: Assembly) -> None:
    """A lead that counts its attacks in a town ("قتل 52 شخصا ... في انفجارين بسيارتي أجرة مفخختين هزا
    ... وسط بومباي"), when the body tells two or more of them at places in that town or in no town
    known ("ووقع الانفجار الأول ... في سوق زافيري", "انفجرت السيارة الثانية ... قبالة بوابة الهند"),
    tells the series."""
    if assembly.series is not None:
        return
    ann = assembly.annotations
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    lead = attacks[0] if attacks else None
    if (lead is None or not lead.from_lead or not lead.figures or lead.background or lead.earlier
            or not any(plural_trigger(t, ann) for t in lead.triggers)):
        return
    towns = [p for p in lead.specific_places if not p.reference]
    if not towns or any(p.rank > TOWN_RANK for p in towns):
        return
    parts = [d for d in attacks[1:] if _told_after(d, lead) and not d.background and not d.earlier
             and same_day(assembly, d, lead) and d.specific_places
             and all(p.rank > TOWN_RANK and (_town(assembly, p.key) is None or any(inside(assembly, t.key, p.key) for t in towns))
                     for p in d.specific_places)]
    if len(parts) >= 2:
        lead.kind = EventKind.SERIES
        assembly.series = lead


def _told_again_in_town(assembly: Assembly, summary: Draft, attacks: list[Draft]) -> Draft | None:
    """The one attack the body tells later on the lead's day, with the lead's death toll, at a
    place no list knows, when the lead places its attack in a town only ("Two men were killed
    when a grenade was thrown into a mosque in ... Zamboanga" and "The grenade exploded ... in
    the Talon-Talon district ..., killing two of them")."""
    places = summary.specific_places
    if summary.separate or not places or any(assembly.gazetteer.rank(p.key) > TOWN_RANK for p in places):
        return None
    killed = {f.figure.value for f, _ in summary.figures if f.measure is Measure.KILLED}
    body = [d for d in attacks if d is not summary and d in assembly.drafts and not d.separate
            and _told_after(d, summary) and same_day(assembly, d, summary)
            and d.specific_places and all(_unlisted(assembly, p) for p in d.specific_places)
            and killed & {f.figure.value for f, _ in d.figures if f.measure is Measure.KILLED}]
    return body[0] if len(body) == 1 else None


# an attack named in a relative clause of a story about something else: "the suicide bomber who
# killed 22 people at a pop concert in Manchester was sentenced"
_RELATIVE_TOLD = re.compile(r"\b(?:who|that|which)\s+(?:had\s+)?(?:killed|left\s+\d+|wounded)\b", re.I)


def _days(assembly: Assembly, draft: Draft) -> list[dt.date]:
    """The days a draft's dates resolve to, in the order they were told."""
    return [d for d in (resolve(r, anchor=assembly.anchor, current=None) for r in draft.date_refs) if d]


def same_day(assembly: Assembly, one: Draft, other: Draft) -> bool:
    """Could the two be told of one day (neither dated, or a day in common)? In a story of no known
    day, one dated with its year ("On Sept. 2, 2016, ...") is not the day of one undated."""
    ours, theirs = set(_days(assembly, one)), set(_days(assembly, other))
    if ours and theirs:
        return bool(ours & theirs)
    return not (_year_told_in_undated_story(assembly, one.date_refs, other)
                or _year_told_in_undated_story(assembly, other.date_refs, one))


def _year_told_in_undated_story(assembly: Assembly, refs: list[DateRef], draft: Draft) -> bool:
    """In a story of no known day, do the dates told give a year, where the draft has no day?"""
    return (assembly.anchor is None and not _days(assembly, draft)
            and any(r.year_given for r in refs if r.date is not None))


def _told_after(later: Draft, earlier: Draft) -> bool:
    """Is `later` first told after `earlier` is?"""
    return min(later.spans, default=(0, 0)) > min(earlier.spans, default=(0, 0))


def told_later_on_another_day(assembly: Assembly, later: Draft, earlier: Draft) -> bool:
    """Is `later` told after `earlier`, on a day of its own other than earlier's (or, when earlier
    gives none, the story's)?"""
    return (_told_after(later, earlier)
            and _other_day(set(_days(assembly, later)), earlier, assembly.anchor))


def on_day_of(assembly: Assembly, incident: Draft, series: Draft) -> bool:
    """Is the incident told on the series' day (the first day the series is told on, else the
    story's day, as the series is dated), or undated?"""
    own = _days(assembly, incident)
    told = _days(assembly, series) or ([assembly.anchor] if assembly.anchor else [])
    return not own or not told or told[0] in own


def _drafts_dated_apart(assembly: Assembly, main: Draft, other: Draft) -> bool:
    """Does `other` give a date of its own, other than the main attack's ("He had survived an
    earlier attempt on his life. On 3 May 2010, a roadside bomb struck his convoy"; "On Aug. 1, a
    500-lb car bomb ..." in a story of Aug 16)?"""
    ann = assembly.annotations
    told = {r.date for r in other.date_refs if r.date is not None and not ann.in_dateline(r)}
    if not told and assembly.anchor is not None:
        # "On Monday, a bomb went off inside the Cathedral of Saint Peter" in a story of Wednesday
        told = {d for d in (resolve(r, anchor=assembly.anchor, current=None) for r in other.date_refs
                            if r.relative == "weekday" and _opens_indefinite(ann, r)) if d}
    return _other_day(told, main, assembly.anchor)


def _opens_indefinite(ann: DocumentAnnotations, ref: DateRef) -> bool:
    """Does the sentence open with the day and tell an attack as new ("On Monday, a bomb went off ...")?"""
    sentence = ann.sentence_at(ref.begin)
    text = ann.document.text
    return (sentence is not None and re.fullmatch(r"\W*On\s+", text[sentence.begin : ref.begin]) is not None
            and bool(_INDEFINITE_ATTACK.match(text[sentence.begin : sentence.end])))


def told_on_another_day(assembly: Assembly, draft: Draft) -> bool:
    """Does the draft give full dates of its own, none of them the story's day?"""
    full = {r.date for r in draft.date_refs if r.date is not None and r.year_given}
    return assembly.anchor is not None and bool(full) and assembly.anchor not in full


_ATTACK_HEADING = re.compile(r"\W*(?:the\s+)?(?:attacks?|shooting|bombings?|assault|siege|massacre|explosion|blast|"
                             r"raid|stabbing|hostage\s+crisis|[وف]?ال(?:هجوم|هجمات|تفجير|تفجيرات|انفجار|حادث|اقتحام|"
                             r"حصار|مجزر[ةه])|إطلاق\s+النار|اطلاق\s+النار)\W*", re.I)


def _told_under_attack_heading(assembly: Assembly, draft: Draft) -> bool:
    """Is the draft first told in a section headed by the attack word alone ("== Shooting ==")?"""
    ann = assembly.annotations
    sentence = ann.sentence_at(min(draft.spans)[0]) if draft.spans else None
    if sentence is None:
        return False
    return _ATTACK_HEADING.fullmatch(ann.document.blocks[sentence.block].section.strip()) is not None


def _told_again_by_its_site(assembly: Assembly, main: Draft, other: Draft) -> bool:
    """Is `other` told in the section that tells the attack, in a sentence naming the main attack's
    building ("== Shooting == ... a police post at the junction of Ali Hassan Mwinyi Road and Kenyatta
    Drive, near Salender Bridge and the French embassy")?"""
    if other.marked or not _told_under_attack_heading(assembly, other):
        return False
    ann = assembly.annotations
    sites = _buildings(main)
    sentence = ann.sentence_at(min(other.spans)[0])
    return sentence is not None and any(p.key in sites for p in ann.within(ann.places, sentence.begin, sentence.end))


def _same_story(assembly: Assembly, main: Draft, other: Draft, told_there: bool = False) -> bool:
    """Is `other` the main attack again (its place compatible or unknown, and its figures agreeing or
    it told again by its building in the section that tells the attack)?"""
    places = other.specific_places
    if places and not (compatible_places(assembly, main.specific_places, places)
                       or all(_unlisted(assembly, p) for p in places)):
        return False
    if told_there:
        return True
    for measure in ("killed", "injured"):
        ours = {f.figure.value for f, _ in main.figures if f.measure.value == measure and not f.subset}
        theirs = {f.figure.value for f, _ in other.figures if f.measure.value == measure and not f.subset}
        if ours and theirs and not (ours & theirs) and max(theirs) < max(ours):
            # "Hours earlier, a bomb ... at Bacha Khan Chowk ..., killing 12 people": a lesser attack
            # with a toll of its own (a higher toll is a later toll of the same attack)
            return False
    return True


def merge_into(target: Draft, source: Draft) -> None:
    for place in source.places:
        if all(p.key != place.key for p in target.places):
            target.places.append(place)
    target.triggers.extend(t for t in source.triggers if t not in target.triggers)
    target.figures.extend(source.figures)
    target.actors.extend(source.actors)
    target.suspects.extend(a for a in source.suspects if a not in target.suspects)
    target.targets.extend(source.targets)
    target.target_types.extend(t for t in source.target_types if t not in target.target_types)
    target.date_refs.extend(source.date_refs)
    target.spans = sorted(set(target.spans) | set(source.spans))
    source.merged_into = target


def told_in(draft: Draft) -> Draft:
    """The draft that holds a draft's words once merged (itself if it was not)."""
    while draft.merged_into is not None:
        draft = draft.merged_into
    return draft


def _drop_empty(assembly: Assembly) -> None:
    """Incidents with neither place, figure nor a specific attack word are not reported."""
    keep = []
    for draft in assembly.drafts:
        if draft.kind is EventKind.ATTACK and not draft.figures and not draft.specific_places:
            if not any(not t.generic for t in draft.triggers):
                continue
        keep.append(draft)
    assembly.drafts = keep
