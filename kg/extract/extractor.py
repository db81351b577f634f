"""The extraction stage: one `Document` in, one `Extraction` (entities and events) out.

    annotate -> assemble incidents -> read reactions -> fold in the infobox -> finish events

The stage has no I/O and no state between documents; `extract()` can run over a stream.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from kg.extract.annotate import ActorRef, DocumentAnnotations, PlaceRef, annotate, entity_key, top_dates
from kg.extract.casualties import INCREMENT, FoundFigure
from kg.extract.dates import DateRef, resolve
from kg.extract.figures import Figure, numbers_in
from kg.extract.incidents import (BROAD_RANK, TOWN_RANK, MULTI_SITE, Assembly, Draft, assemble, claim_day, compatible_places,
                                  TOLL_ROSE, count_day, inside, main_attack, merge_into, on_day_of, plural_trigger, same_day, told_later_on_another_day,
                                  told_weeks_before,
                                  told_in)
from kg.extract.infobox import InfoboxFacts, read_infobox
from kg.extract.reactions import read_reactions
from kg.link.gazetteer import Gazetteer
from kg.model import (
    CasualtyClaim,
    Document,
    Entity,
    EntityKind,
    Event,
    EventKind,
    Extraction,
    Lang,
    Measure,
    Mention,
    Qualifier,
)

_SERIES_TITLE = re.compile(r"\b(?:attacks|bombings|shootings|violence)\b|هجمات|تفجيرات", re.I)
_ATTACK_ORDER = ("suicide", "vehicle-bomb", "ied", "grenade", "projectile", "bombing", "drive-by",
                 "assassination", "hijacking", "hostage-kidnapping", "hostage-barricade", "melee", "facility-attack",
                 "armed-assault")


@dataclass(frozen=True)
class Extractor:
    """Extracts entities and events from documents with one gazetteer."""

    gazetteer: Gazetteer

    def __call__(self, document: Document) -> Extraction:
        return extract(document, self.gazetteer)


def extract(document: Document, gazetteer: Gazetteer) -> Extraction:
    ann = annotate(document, gazetteer)
    facts = read_infobox(ann)
    filed = None if facts.date is not None else _dateline_date(ann)  # (an infobox dates the events, not a filing)
    anchor = facts.date or filed or _title_date(ann) or _lead_date(ann)
    if anchor is not None and filed is None:
        _settle_years(ann)
    assembly = assemble(ann, gazetteer, anchor)
    _drop_passing_series(assembly)
    _fold_glimpses(assembly)
    _fold_into_single(assembly)
    _find_series(assembly)  # before the claims, which may be of "the attacks"
    _lead_summary_of_series(assembly)
    _series_places(assembly)
    read_reactions(assembly)
    told_series = assembly.series is not None
    _fold_infobox(assembly, facts)
    if not told_series:
        _lead_summary_of_series(assembly)  # (for a series only the infobox tells)
    _opening_totals(assembly)
    _dateline_place(assembly)
    _operation_places(assembly)
    return _finish(assembly, facts)


# ---- dates -------------------------------------------------------------------------------------

def _dateline_date(ann: DocumentAnnotations) -> dt.date | None:
    """The date a story is filed on: in its dateline, or on a line of its own at the top
    ("الخميس 13 يونيو 2013", "آخر تحديث: 2013/7/23")."""
    for ref in top_dates(ann.document, ann.view, ann.lexicon, ann.sentences):
        if ref.year_given:
            return ref.date
    # a dateline without its year ("KANDAHAR, Afghanistan, June 4 (Reuters)"), read with the year
    # the annotator found for the story
    for ref in ann.dates:
        if ref.date is not None and ann.in_dateline(ref):
            return ref.date
    return None


def _settle_years(ann: DocumentAnnotations) -> None:
    """A text with no filing day (an encyclopedia page dated by its infobox, title or lead) tells the
    days after its anchor in the story's year: "On 24 May two car bombs exploded" on a page of the
    attacks of 11-24 May 1972 is no day of 1971."""
    def settle(ref: DateRef) -> DateRef:
        return replace(ref, settled=True) if ref.date is not None and not ref.year_given else ref
    ann.dates = [settle(r) for r in ann.dates]
    ann.heading_dates = {index: settle(r) for index, r in ann.heading_dates.items()}


def _title_date(ann: DocumentAnnotations) -> dt.date | None:
    title = ann.document.title
    if title is None:
        return None
    for ref in ann.within(ann.dates, title.begin, title.end):
        if ref.date is not None:
            return ref.date
    return None


def _lead_date(ann: DocumentAnnotations) -> dt.date | None:
    for sentence in ann.sentences:
        if not sentence.lead:
            break
        for ref in ann.within(ann.dates, sentence.begin, sentence.end):
            if ref.date is not None and ref.year_given:
                return ref.date
    return None


# ---- the infobox and the series ----------------------------------------------------------------

def _fold_infobox(assembly: Assembly, facts: InfoboxFacts) -> None:
    if not facts.present:
        return
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    # (the attacks of the infobox's day: not earlier or later ones the article tells in passing)
    its_own = [d for d in attacks if not _dated_apart_from(d, facts.date)]
    places = {p.key for d in its_own for p in d.specific_places}
    plural = len(its_own) >= 2 and len(places) >= 2 and not assembly.single
    if assembly.series is not None or plural:
        target = assembly.ensure_series()
    else:
        # (not an earlier attack the background tells with a full date of its own)
        told = [d for d in attacks if not _dated_apart_from(d, facts.date)]
        target = main_attack(assembly, among=told) or assembly.new(EventKind.ATTACK)
    for place in facts.places:
        if all(p.key != place.key for p in target.places):
            target.places.append(place)
    target.triggers.extend(t for t in facts.triggers if t not in target.triggers)
    for figure in facts.figures:
        target.figures.append((figure, False))
    target.targets.extend(facts.targets)
    target.target_types.extend(t for t in facts.target_types if t not in target.target_types)
    target.actors.extend(facts.perpetrators)
    if facts.title is not None:
        span = facts.title.value_span
        target.spans.append((span.begin, span.end))


def _dated_apart_from(draft: Draft, day: dt.date | None) -> bool:
    """Is the draft told with a full date, none of them `day`?"""
    dates = {r.date for r in draft.date_refs if r.date is not None and r.year_given}
    return day is not None and bool(dates) and day not in dates


def _fold_glimpses(assembly: Assembly) -> None:
    """An attack glimpsed without a figure ("The first bomb exploded shortly after 7 a.m. in
    Baghdad") in the city where, on the same day, the story tells an attack in full ("Baghdad: a
    car bomb ... in the Shula neighbourhood killed 12 people") is that attack: its words go there."""
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    for glimpse in attacks:
        places = glimpse.specific_places
        if glimpse.figures or not places:
            continue
        if glimpse.from_lead and glimpse.separate:
            # "The Greenhill Park and Queen's Park bombings took place in Glasgow": each park's
            # bombing, told in full below (a second one, by then), where the lead named it
            places = [p for p in places if p.rank > TOWN_RANK] or places
        for told in attacks:
            if told is glimpse or not told.figures or (told.separate and glimpse.separate and not glimpse.from_lead):
                continue
            keys = {p.key for p in told.specific_places}
            if not keys or not all(p.key in keys or any(inside(assembly, p.key, k) for k in keys) for p in places):
                continue
            if not same_day(assembly, glimpse, told) or told_later_on_another_day(assembly, glimpse, told):
                continue
            _absorb_glimpse(assembly, told, glimpse)
            break


def _fold_into_single(assembly: Assembly) -> None:
    """In a document whose title tells of one attack ("2009 Madain minibus bombing"), an attack
    glimpsed without a figure and without a marker of another incident, on the attack's day, is
    that attack told again ("a bomb ... exploded on a minibus carrying pilgrims from the Baghdad
    district of Zafraniya"): its words go to it, its places (often where people came from or
    went) do not."""
    if not assembly.single:
        return
    main = main_attack(assembly)
    if main is None or not main.figures:
        return
    for glimpse in [d for d in assembly.drafts if d.kind is EventKind.ATTACK and d is not main]:
        if glimpse.figures or glimpse.marked or not same_day(assembly, glimpse, main) or any(p.site for p in glimpse.places):
            continue  # (nor is a site of the assault told apart: "attacks on an army post, a police station and ...")
        _absorb_glimpse(assembly, main, glimpse)


def _absorb_glimpse(assembly: Assembly, told: Draft, glimpse: Draft) -> None:
    """The glimpse's words and actors go to the attack it is; its places do not, its days only
    where the attack told none ("On 12 May bombs went off at the police headquarters in Augsburg
    ... Five police officers were hurt in Augsburg")."""
    told.spans.extend(span for span in glimpse.spans if span not in told.spans)
    ann = assembly.annotations
    first = ann.sentence_at(min(told.spans)[0]) if told.spans else None
    told_before = {first, ann.sentence_before(first)} - {None} if first is not None else set()
    if not told.date_refs and glimpse.date_refs and all(ann.sentence_at(r.begin) in told_before for r in glimpse.date_refs):
        # (told in the sentence that introduced the attack or the one before, not "On 28 December the
        # interior ministry said Bhutto had not been hit by bullets", the day after)
        told.date_refs.extend(glimpse.date_refs)
    told.triggers.extend(t for t in glimpse.triggers if t not in told.triggers)
    told.actors.extend(a for a in glimpse.actors if a not in told.actors)
    told.suspects.extend(a for a in glimpse.suspects if a not in told.suspects)
    assembly.drafts.remove(glimpse)
    if assembly.current is glimpse:
        assembly.current = told


def _drop_passing_series(assembly: Assembly) -> None:
    """A series named only in passing, deep in a story about other things ("intelligence had
    linked the cell to Sunday's bombing and to a string of attacks on security forces in the
    province"), with no figure and no place of its own, is no event of the story."""
    series = assembly.series
    if series is None or series.figures or series.places:
        return
    ann = assembly.annotations
    title = ann.document.title
    opening = _opening(ann)
    lead_end = opening[-1].end if opening else 0
    told_up_front = any(b < lead_end or (title is not None and title.begin <= b < title.end) for b, _ in series.spans)
    if told_up_front:
        return
    assembly.drafts.remove(series)
    assembly.series = None
    if assembly.current is series:
        assembly.current = None


def _opening(ann: DocumentAnnotations) -> list:
    """The sentences of the story's first paragraph of body text."""
    body = [s for s in ann.sentences if s.section == "body"]
    return [s for s in body if s.block == body[0].block] if body else []


def _find_series(assembly: Assembly) -> None:
    """A document about several attacks on one day tells a series: when its title or lead speaks of
    attacks in the plural and it reports incidents in two places or more."""
    if assembly.series is not None:
        return
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    places = {p.key for d in attacks for p in d.specific_places}
    if len(attacks) < 2 or len(places) < 2:
        return
    if not any(same_day(assembly, a, b) for i, a in enumerate(attacks) for b in attacks[i + 1 :]):
        # attacks told on days apart ("a funeral bombing three days after the truck bomb") are no
        # series, nor is one told "On Sept. 2, 2016" beside the story's, of no known day
        return
    ann = assembly.annotations
    title = ann.document.title
    heading = ann.document.text[title.begin : title.end] if title else ""
    lead_end = ann.sentences[min(1, len(ann.sentences) - 1)].end if ann.sentences else 0
    # "A suicide bomber blew apart a bus in Jerusalem ..., and less than an hour later a second attacker set
    # off explosives ... outside Ashkelon": the lead tells two attacks of one day in two places
    in_lead = sorted((a for a in attacks if a.spans and a.spans[0][0] < lead_end and a.specific_places),
                     key=lambda a: a.spans[0][0])
    told_in_lead = not assembly.single and any(
        same_day(assembly, a, b) and not compatible_places(assembly, a.specific_places, b.specific_places)
        and _ANOTHER_TOLD.search(ann.document.text, a.spans[0][0], b.specific_places[0].begin)
        for i, a in enumerate(in_lead) for b in in_lead[i + 1 :])
    if told_in_lead or _SERIES_TITLE.search(heading) or any(
            not assembly.single or ann.within(ann.figures, s.begin, s.end)
            for s in ann.sentences if s.begin < lead_end and (
                ann.has("series", s.begin, s.end) or _plural_told(ann.document.text[s.begin : s.end])
                or MULTI_SITE.search(ann.document.text[s.begin : s.end]))):
        # (in a story about one attack, a lead that ranks it "among the deadliest attacks since
        # 2003" tells no series; "the deadliest of a string of attacks that left 28 dead" does)
        series = assembly.ensure_series()
        # the day of the series is the day its lead tells ("late on Wednesday")
        lead = [s for s in ann.sentences if s.lead] or ann.sentences[:1]
        if lead:
            series.date_refs.extend(r for r in ann.within(ann.dates, lead[0].begin, lead[-1].end)
                                    if not claim_day(ann, r) and not _count_day_in_sentence(ann, r))


_ANOTHER_TOLD = re.compile(r"\b(?:a\s+second|another|(?:hours?|minutes?)\s+later|later)\b", re.I)


def _count_day_in_sentence(ann: DocumentAnnotations, ref: DateRef) -> bool:
    """Does the date tell when its sentence's toll was counted ("the death toll ... rose to 174 on
    Wednesday")?"""
    sentence = ann.sentence_at(ref.begin)
    return sentence is not None and count_day(ann, ref, sentence.begin, sentence.end)


def _lead_summary_of_series(assembly: Assembly) -> None:
    """A lead that tells the day's attacks in the plural ("Two bombs exploded about an hour apart in
    the town of Jolo ..., killing at least 14 people"), when the story then tells them one by one,
    is the series, not an attack of its own."""
    series = assembly.series
    if series is None:
        return
    opening = _opening(assembly.annotations)
    if not opening:
        return
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    day = _series_day(assembly, series)
    for draft in attacks:
        strong = [t for t in draft.triggers if not t.generic]
        in_opening = bool(draft.spans) and opening[0].begin <= min(draft.spans)[0] < opening[-1].end
        # (a lead's attack split off by its place is the series told when it has no toll: "The Hyde
        # Park and Regent's Park bombings took place in central London on 20 July 1982")
        if (not in_opening or (draft.separate and draft.figures) or not strong or not plural_trigger(strong[0], assembly.annotations)
                # (the series' day, also when the series is told only with the day a source spoke)
                or not (on_day_of(assembly, draft, series) or _date_of(assembly, draft, None) == day
                        or _spoken_only(assembly, series, today_too=True))
                or any(p.rank > TOWN_RANK for p in draft.specific_places)):
            continue  # (an attack at a named building is told, not summed up)
        others = [d for d in attacks if d is not draft and d.specific_places and same_day(assembly, d, draft)]
        if len({d.specific_places[0].key for d in others}) < 2:
            continue
        first = min(draft.spans)[0]
        sentence = next((s for s in assembly.annotations.sentences if s.begin <= first < s.end), None)
        if sentence is not None and _AT_ONE_SITE.search(assembly.annotations.document.text, sentence.begin, sentence.end):
            continue  # "Three car bombs exploded within minutes of each other in a crowded market street": one attack
        _fold_draft(assembly, series, draft, [(f, False) for f, _ in draft.figures], draft.actors)


_AT_ONE_SITE = re.compile(r"\b(?:within\s+(?:minutes|seconds|moments)\s+of\s+each\s+other|(?:minutes|seconds)\s+apart)\s+"
                          r"(?:in|at|on|inside|outside|near)\s+(?:a|an|the)\s+(?!(?:[\w-]+\s+){0,3}?(?:towns?|city|cities|areas?|districts?|provinces?)\b)", re.I)
_SERIES_LEAD = re.compile(r"\b(?:attacks|bombings|shootings|assaults|bombs|blasts|explosions)\b|هجمات|تفجيرات|انفجارات")
# "one of the deadliest attacks on civilians this year": attacks ranked, not told
_RANKED = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+\w+|latest|recent|previous|earlier|other|similar)"
                     r"\s+(?:[\w-]+\s+)?$|(?:اعنف|أعنف|اكثر|أكثر|ابرز|أبرز|اسوا|أسوأ|اخر|آخر)\s+(?:\S+\s+)?$", re.I)


def _plural_told(text: str) -> bool:
    """Does the lead tell attacks in the plural ("Bombs tore through two churches ... in attacks
    claimed by Islamic State")?"""
    return any(not _RANKED.search(text[max(0, m.start() - 30) : m.start()]) for m in _SERIES_LEAD.finditer(text))


def _series_places(assembly: Assembly) -> None:
    """A series told without a place of its own, or only in its country, took place where its
    attacks did."""
    series = assembly.series
    if series is None or series.specific_places:
        return
    day = _series_day(assembly, series)
    for draft in assembly.drafts:
        # (not an attack told on another day: "On 17 December 1983 a car bomb ... in Partick",
        # "Violence continued in neighboring Iraq on Thursday")
        if draft.kind is not EventKind.ATTACK:
            continue
        own = _date_of(assembly, draft, day)
        if day is None or own is None or own == day:
            for place in draft.specific_places[:1]:
                if all(p.key != place.key for p in series.places):
                    series.places.append(place)
    ann = assembly.annotations
    if ann.dateline is not None and series.places and not any(
            p.rank <= TOWN_RANK and p.key in assembly.gazetteer.entries for p in series.places):
        # "AMMAN, Jordan (AP) — ... suicide bombings at three international hotels in the Jordanian
        # capital": hotels no list places, in the town the story is filed from
        series.places[:0] = [p for p in ann.within(ann.places, *ann.dateline) if BROAD_RANK < p.rank <= TOWN_RANK][:1]


# a toll given earlier and since overtaken ("Officials had initially put the death toll at 24"), or the
# toll it rose to ("ثم ارتفع عدد المصابين لاحقا إلى 102"): a toll of its own
_EARLIER_TOLL = re.compile(r"\b(?:initially|initial|had\s+given|earlier|previously|first\s+(?:reported|put|gave|said)|up\s+from|had\s+put|had\s+said"
                           r"|later\s+(?:rose|climbed|jumped)\s+to)\b[^.]*$"
                           # "Twenty people died on the spot and six more ..., bringing the toll at the club to 26"
                           r"|\b(?:bringing|raising|taking|pushing|lifting)\s+the\s+(?:\w+\s+)?(?:toll|number\s+of\s+dead)\b[^.;]{0,40}?\bto\s+(?:at\s+least\s+)?$"
                           r"|(?<!\w)(?:ارتفع|ارتفعت|ارتفاع)\s+(?:\S+\s+){1,3}?إلى\s[^.]*$"
                           # "غير أن تقديرات لاحقة ... رفعت عدد القتلى إلى 175": a higher toll, never added to the first
                           r"|(?<!\w)[وف]?(?:رفع|رفعت|رفعوا|ترفع|يرفع)\s+(?:\S+\s+){1,3}?(?:إلى|الى)\s[^.]*$"
                           r"|(?:في\s+وقت\s+سابق|سابقا|في\s+البدايه|في\s+البداية|حصيل[ةه]\s+(?:ال)?[أا]ولي[ةه]|حصيل[ةه]\s+(?:ال)?[أا]ول[ىي]"
                           r"|بعد\s+[أا]ن\s+كان(?:ت)?(?:\s+قد)?"
                           # "وكانت السلطات قد أعلنت في منتصف الليل مقتل 44 شخصاً": what had been said before
                           r"|(?<!\w)[وف]?كان(?:ت)?\s+(?:\S+\s+){0,3}?قد\s+(?:[أا]علن|ذكر|[أا]فاد|قال|[أا]شار)\S*)[^.]*$", re.I)


def _opening_totals(assembly: Assembly) -> None:
    """The opening paragraph of a story about several attacks often gives the day's totals on the
    first attack it names ("تفجيران ... استهدف الأول سوق الهال ... وأسفرا عن مقتل 23 شخصا"), and the
    body then tells each attack with its own figures (17 killed at the market). A figure of the
    opening larger than the attack's own figure told later is the series' total (no attack's, where
    the story tells no series), and the opening's telling of the attack is that attack."""
    ann = assembly.annotations
    opening = _opening(ann)
    if not opening:
        return
    ob, oe = opening[0].begin, opening[-1].end

    def in_opening(figure) -> bool:
        return ob <= figure.begin < oe

    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    told = [d for d in attacks if any(not in_opening(f) and f.figure.group != "attackers" for f, _ in d.figures)]
    if len(told) < 2:
        return
    headline = _headline_toll(ann) if assembly.single else set()
    for draft in attacks:
        first = [(f, joint) for f, joint in draft.figures if in_opening(f) and not f.subset]
        if not first or sum(1 for d in told if same_day(assembly, d, draft)) < 2:
            continue  # (a background attack of another day, told with its toll, makes no day of several)
        later = [f for f, _ in draft.figures if not in_opening(f)]
        twin = None
        if not later:
            # (not an earlier attack of the background, nor one told as another incident at a place less
            # precise than the opening's: "انتحاري ... داخل مسجد ... في مدينة نجران", then "وفي حادث منفصل،
            # ... على حي سكني في نجران")
            twin = next((d for d in told if d is not draft and d.specific_places and not d.background and same_day(assembly, draft, d)
                         and not (d.marked and max((p.rank for p in draft.specific_places), default=0)
                                  > max(p.rank for p in d.specific_places))
                         and compatible_places(assembly, draft.specific_places, d.specific_places)), None)
        own = later or ([f for f, _ in twin.figures] if twin else [])
        earlier = [f for f in own if _EARLIER_TOLL.search(ann.document.text[max(0, f.claim_begin - 60) : f.claim_begin])]
        own = [f for f in own if f.figure.group != "attackers" and not f.figure.vague and not f.subset
               and f not in earlier
               and not INCREMENT.search(ann.document.text[f.begin : f.end])]  # not "14 more victims had died"
        series_figures = [sf for sf, _ in assembly.series.figures] if assembly.series else []
        series_total = {(sf.measure, sf.figure.value) for sf in series_figures}
        moved = [(f, joint) for f, joint in first
                 if (f.measure, f.figure.value) not in headline  # "Grenade attack ... kills eight": its own toll
                 # "The death toll from a car bomb ... rose to 42", then "an initial toll of 38": the
                 # toll the attack has now, in a story of one attack
                 and not (assembly.series is None and _risen_toll(ann, f))
                 and (any(o.measure is f.measure for o in own)
                     and f.figure.value > max(o.figure.value for o in own if o.measure is f.measure))
                 # "Fifty-two people were killed and around 770 were injured": the series' own total
                 or (bool(own) and (f.measure, f.figure.value) in series_total and f not in series_figures)]
        if not moved:
            if twin is not None and all(any(o.measure is f.measure and o.figure.value == f.figure.value for o in own)
                                        # ("killed at least 80 people" in the opening, "The initial toll
                                        # ... was 56 dead" in the body: the toll the attack rose to)
                                        or (not any(o.measure is f.measure for o in own)
                                            and any(e.measure is f.measure and e.figure.value < f.figure.value for e in earlier))
                                        for f, _ in first):
                # "The single deadliest blast, at the al-Sadriya market, killed about 140 people" in the
                # opening, the body's "140 people were killed" in al-Sadriya: one attack told twice
                merge_into(twin, draft)
                _remove_draft(assembly, draft, twin)
            continue
        # the series' total when the story tells a series; else a figure for several attacks
        # together, which no one attack carries
        for item in moved:
            draft.figures.remove(item)
            if assembly.series is not None and all(f is not item[0] for f, _ in assembly.series.figures):
                assembly.series.figures.append((item[0], False))  # a figure for the attacks together is the series' own
        if twin is not None:
            merge_into(twin, draft)
            _remove_draft(assembly, draft, twin)


def _risen_toll(ann: DocumentAnnotations, figure: FoundFigure) -> bool:
    """Is the figure the toll a sentence says has risen to it ("the death toll from ... rose to 42")?"""
    return TOLL_ROSE.search(ann.document.text, figure.claim_begin, figure.begin) is not None


# "Grenade attack on Mexican Independence Day crowd kills eight", "... leaves 12 dead"
_HEADLINE_TOLL = re.compile(r"\b(?:kills?|killing|leaves?|leaving)\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?([\w,-]+)"
                            r"|\b([\w,-]+)\s+(?:dead|killed|die)\b", re.I)


def _headline_toll(ann: DocumentAnnotations) -> set:
    """The killed figures a story's headline gives, as (measure, value)."""
    title = ann.document.title
    if title is None or ann.document.lang is not Lang.EN:
        return set()
    found = set()
    for match in _HEADLINE_TOLL.finditer(ann.document.text, title.begin, title.end):
        words = ann.lexicon.fold(match.group(1) or match.group(2))
        found.update((Measure.KILLED, n) for n in numbers_in(words, ann.lexicon))
    return found


_DISTRICT_AFTER = re.compile(r"\s+(?:district|province|governorate|region|county)\b", re.I)


def _dateline_place(assembly: Assembly) -> None:
    """An incident told without a place happened where the story is filed ("KIRKUK, Iraq —"), or,
    in a story without a dateline, in the one town of the series it belongs to ("تفجيرا الحسكة")."""
    ann = assembly.annotations
    if not ann.sentences:
        return
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    unplaced = [d for d in attacks if not d.specific_places]
    if assembly.series is not None and len(unplaced) == 1:
        # "سلسلة هجمات ... استهدف أعنفها مصلين ... من جامع سارية في مدينة بعقوبة": the one attack the
        # body tells without a place is at the series' place that no other attack holds
        free = [p for p in assembly.series.specific_places if p.rank > TOWN_RANK and not p.reference
                and not any(compatible_places(assembly, d.specific_places, [p]) for d in attacks if d.specific_places)]
        if free:
            unplaced[0].places.extend(free)
            return
    one_town = _series_town(assembly)
    if one_town:
        # "مايدوغوري (رويترز) - ... فجرن أنفسهن في حفل زفاف وجنازة ومستشفى في بلدة جوزا": the one town
        # of the series, not the town the story is filed from
        places = one_town
    elif ann.dateline is not None:
        places = [p for p in ann.within(ann.places, *ann.dateline) if p.rank > BROAD_RANK]
    elif assembly.series is not None:
        # (not a town's district: "Location: Al Qubbah, Derna District, Libya")
        places = [p for p in assembly.series.specific_places if p.rank == TOWN_RANK
                  and not _DISTRICT_AFTER.match(ann.document.text, p.end)]
        if len({p.key for p in places}) != 1:
            return
    else:
        return
    if not places:
        return
    series = assembly.series
    if (series is not None and not one_town and series.spans and series.specific_places
            and not any(p.rank == TOWN_RANK for p in series.specific_places)
            and all(not any(inside(assembly, q.key, p.key) for q in ann.places if q.rank == TOWN_RANK and q.key != places[0].key)
                    for p in series.specific_places)):
        # "MUMBAI, India (AP) — Two bombs ... exploded ..., one in a crowded jewelry market and the other
        # beside the Gateway of India monument, ... in India's financial capital": the town it is filed from
        series.places.extend(p for p in places if p.rank == TOWN_RANK)
    for draft in assembly.drafts:
        if draft.kind is EventKind.ATTACK and not draft.specific_places:
            earlier = _place_told_just_before(assembly, draft)
            if earlier is not None:
                draft.places.append(earlier)
                continue
            # "In northern Jawzjan province, a bomb ... exploded" in a story filed in Kabul: the
            # province the incident is told in
            sentences = [s for s in (ann.sentence_at(b) for b, _ in draft.spans) if s is not None]
            told_in = [p for s in sentences for p in ann.within(ann.places, s.begin, s.end)
                       if p.rank == BROAD_RANK and not p.reference and not ann.in_dateline(p)]
            # "On Oct. 7, Palestinian gunmen seized the Italian cruise liner Achille Lauro off Egypt",
            # in a story filed in Rome: the other country the incident is told in
            abroad = [p for s in sentences for p in ann.within(ann.places, s.begin, s.end)
                      if p.rank < BROAD_RANK and not p.reference and not ann.in_dateline(p)
                      and _IN_COUNTRY.search(ann.document.text, max(0, p.begin - 12), p.begin)
                      and not any(q.key == p.key or inside(assembly, p.key, q.key) for q in places)]
            draft.places.append(told_in[0] if told_in else abroad[0] if len({p.key for p in abroad}) == 1 else places[0])


def _place_told_just_before(assembly: Assembly, draft: Draft) -> PlaceRef | None:
    """An earlier attack told without a place, weeks before the story, happened in the one place the
    sentence before it names, not where the story is filed ("Itamar, home to about 1,000 people, has
    been targeted several times. On June 20, 2002, a Palestinian gunman broke into a house in the
    settlement ...", in a story filed in Jerusalem)."""
    ann = assembly.annotations
    if assembly.anchor is None or not draft.spans or not told_weeks_before(draft, assembly.anchor):
        return None
    first = ann.sentence_at(min(draft.spans)[0])
    before = ann.sentence_before(first) if first is not None else None
    if before is None or before.block != first.block:
        return None
    places = [p for p in ann.within(ann.places, before.begin, before.end)
              if p.rank > BROAD_RANK and not p.reference and not ann.in_dateline(p)]
    return places[0] if len({p.key for p in places}) == 1 else None


def _series_town(assembly: Assembly) -> list[PlaceRef]:
    """The one town the series is told in, when the story is filed from another."""
    ann = assembly.annotations
    if assembly.series is None or ann.dateline is None:
        return []
    lead = next((s for s in ann.sentences if s.end > ann.dateline[1]), None)
    if lead is None:
        return []
    # the town the lead tells the series in (not "SANAA, Yemen (AP) — Suicide bombers blew themselves up in
    # two mosques ... in Yemen's capital", with Saada told later)
    towns = {p.key: p for p in assembly.series.specific_places if p.rank == TOWN_RANK and not p.reference
             and not ann.in_dateline(p) and lead.begin <= p.begin < lead.end
             and not _DISTRICT_AFTER.match(ann.document.text, p.end)}
    filed = {p.key for p in ann.within(ann.places, *ann.dateline)}
    return list(towns.values()) if len(towns) == 1 and not filed & set(towns) else []


_IN_COUNTRY = re.compile(r"\b(?:in|off|inside|hijacked\s+to)\s+(?:the\s+)?$")  # "off Egypt", not "the 2003 U.S.-led invasion"


def _operation_places(assembly: Assembly) -> None:
    """A security operation told without a place ("Police detained eight people", "soldiers pursued
    the attackers, killing 80 militants") took place in the town of the attack the story is about."""
    main = main_attack(assembly)
    if main is None:
        return
    towns = [p for p in main.places if p.rank == TOWN_RANK and not p.reference]
    inside = [p for p in main.specific_places if not p.reference]
    where = towns[:1] or inside[:1]
    for draft in assembly.drafts:
        if draft.kind is EventKind.SECURITY_OPERATION and not draft.places and where:
            draft.places.extend(where)


# ---- finishing ---------------------------------------------------------------------------------

def _finish(assembly: Assembly, facts: InfoboxFacts) -> Extraction:
    ann = assembly.annotations
    document = ann.document
    gazetteer = assembly.gazetteer
    entities = _entities(ann, gazetteer)
    _series_of_fewer_than_two(assembly, facts)
    series = assembly.series
    series_date = None
    series_last = None
    if series is not None and facts.date is not None and _infobox_target(assembly, facts) is series:
        series_date, series_last = facts.date, facts.last_day  # the infobox's day of the series
    elif series is not None:
        series_date = _series_day(assembly, series)
        series_last = _last_day_of(assembly, series, series_date)
    series_weekday = _weekday_of(assembly, series) if series_date is None else None
    events: list[Event] = []
    extra_entities: dict[str, Entity] = {}
    for draft in assembly.drafts:
        parent = None
        date = _date_of(assembly, draft, series_date)
        if draft.kind is EventKind.SERIES:
            date = series_date
        elif draft.kind is EventKind.ATTACK and series is not None:
            if date is None and not (_long_before(assembly, series, series_date) and not draft.background):
                date = series_date  # (not an earlier one's: "In 2012, a wave of car bombs struck Baghdad ... on July 23")
            if date == series_date or series_date is None or (
                    series_last is not None and series_date < date <= series_last):
                parent = series.key  # (also on the series' second day: "on 11 and 12 August 2016")
        if date is None and draft.kind is EventKind.ATTACK and draft.follows is not None:
            # "وبعد ساعتين من الانفجار الأول، انفجرت سيارة مفخخة ثانية": the day of the incident told before
            follows = told_in(draft.follows)
            if follows is not draft and follows.kind is EventKind.ATTACK and any(d is follows for d in assembly.drafts):
                date = _date_of(assembly, follows, series_date)
        if date is None and draft.kind in (EventKind.ATTACK, EventKind.SECURITY_OPERATION):
            date = assembly.anchor
        if draft.kind in (EventKind.CLAIM_OF_RESPONSIBILITY, EventKind.REACTION) and date is None:
            about = next((d for d in assembly.drafts if d.key == draft.about), None)
            date = _date_of(assembly, about, series_date) if about else None
            date = date or assembly.anchor
        weekday = None
        if date is None:
            weekday = series_weekday if draft.kind is EventKind.SERIES else _weekday_of(assembly, draft)
            if weekday is None and parent is not None:
                weekday = series_weekday
        perpetrators = _perpetrators(document, draft, extra_entities)
        if not _named(draft) and draft.kind is EventKind.ATTACK:
            perpetrators = _individual(assembly, draft, extra_entities) or perpetrators
        if parent is not None and not _named(draft):
            # "ISIS militants carried out three separate attacks ...": each attack of the series is theirs
            told = [a for a in _named(series) if _author_of_whole(ann, facts, a)]
            perpetrators = list(dict.fromkeys(a.key for a in told)) or perpetrators
        suspects = [a.key for a in draft.suspects if a.key]
        if parent is not None and not suspects and not _named(draft):
            suspects = [a.key for a in series.suspects if a.key]  # "the attacks bore the hallmarks of ..."
        suspects = [key for key in dict.fromkeys(suspects) if key not in perpetrators]
        if not draft.spans:
            draft.spans.append(_fallback_span(assembly, draft))
        events.append(Event(
            key=draft.key,
            kind=draft.kind,
            labels=((document.lang.value, _label(assembly, draft, facts, date)),),
            mentions=tuple(_mention(document, b, e) for b, e in sorted(set(draft.spans))),
            date=date,
            weekday=weekday,
            date_mention=None,
            places=tuple(_place_keys(assembly, draft)),
            perpetrators=tuple(perpetrators),
            suspects=tuple(suspects) if draft.kind in (EventKind.ATTACK, EventKind.SERIES) else (),
            targets=tuple(dict.fromkeys(a.key for a in draft.targets if a.key)),
            victim_groups=tuple(sorted({f.figure.group for f, _ in draft.figures if f.figure.group != "attackers"})),
            attack_types=tuple(_attack_types(draft)),
            weapon_types=tuple(_weapon_types(draft)),
            target_types=tuple(sorted(set(draft.target_types), key=int)),
            casualty_claims=tuple(_claims(document, ann, draft)),
            parent=parent,
            about=draft.about,
            agents=tuple(dict.fromkeys(a.key for a in draft.agents if a.key)),
            suicide=any(t.suicide for t in draft.triggers),
            from_infobox=draft is _infobox_target(assembly, facts),
            headline=_headline(draft),
        ))
    _referenced_entities(assembly, entities, extra_entities)
    all_entities = sorted([*entities.values(), *extra_entities.values()], key=lambda e: e.key)
    used = _used_keys(events)
    kept = tuple(e for e in all_entities if e.mentions or e.key in used)
    return Extraction(document=document, entities=kept, events=tuple(events))


def _series_of_fewer_than_two(assembly: Assembly, facts: InfoboxFacts) -> None:
    """A series is made of attacks. One whose day no attack of the story shares ("On Dec. 31, 2006, a
    string of bombs exploded across the capital, killing three people") is an attack told as a
    whole; one with a single attack on its day is that attack ("a bomb and gun attack on a mosque")."""
    series = assembly.series
    if series is None:
        return
    day = _series_day(assembly, series)
    last = _last_day_of(assembly, series, day) or day  # ("on 7 and 8 May 2018": both days' attacks are its own)
    if facts.date is not None and facts.last_day is not None and _infobox_target(assembly, facts) is series:
        day, last = facts.date, facts.last_day  # the infobox's days ("Date: 11–24 May 1972")
    long_before = _long_before(assembly, series, day)
    parts = [d for d in assembly.drafts if d.kind is EventKind.ATTACK
             and (day is None or day <= (_date_of(assembly, d, day) or day) <= last)
             # (an earlier series told in the background takes no attack of the story's own day)
             and not (long_before and not d.background and _date_of(assembly, d, None) is None)]
    if len(parts) >= 2:
        return
    assembly.series = None
    if not parts:
        told = {p.key for d in assembly.drafts if d.kind is EventKind.ATTACK for p in d.places}
        if not series.figures and not series.spans and all(p.key in told for p in series.places):
            # a plural title over attacks of other days, nothing of its own
            _remove_draft(assembly, series, main_attack(assembly))
            return
        series.kind = EventKind.ATTACK
        return
    attack = parts[0]
    # the places of the story's other attacks stay theirs ("a string of Taliban assaults" on other days)
    others = {p.key for d in assembly.drafts if d.kind is EventKind.ATTACK and d is not attack for p in d.places}
    series.places = [p for p in series.places if p.key not in others]
    # (the series' group is often one named in the background: "has carried out a string of attacks")
    _fold_draft(assembly, attack, series, [item for item in series.figures if _above_own(assembly, item[0], attack)],
                [] if attack.actors else series.actors)


def _long_before(assembly: Assembly, series: Draft, day: dt.date | None) -> bool:
    """Is the series an earlier one the background tells, more than a week before the story?"""
    anchor = assembly.anchor
    return series.background and day is not None and anchor is not None and (anchor - day).days > 7


_TOLL_RAISED_AR = re.compile(r"(?<!\w)(?:ارتفاع|ارتفعت|ارتفع|ترتفع|يرتفع)\s+(?:ال)?(?:عدد|حصيل[ةه])(?!\w)")


def _above_own(assembly: Assembly, figure: FoundFigure, attack: Draft) -> bool:
    """Does a figure of the series folded into its one attack fill what the attack lacks, or raise
    the attack's own toll ("ارتفاع عدد ضحايا التفجيرين ... إلى ١٠٠ شهيد" over a first toll of 30)?"""
    own = [f.figure.value for f, _ in attack.figures if f.measure is figure.measure]
    if not own:
        return True
    ann = assembly.annotations
    sentence = ann.sentence_at(figure.begin)
    opening = max(sentence.begin if sentence else 0, figure.begin - 200)
    raised = _risen_toll(ann, figure) or _TOLL_RAISED_AR.search(ann.document.text, opening, figure.begin) is not None
    return raised and figure.figure.value > max(own)


def _series_day(assembly: Assembly, series: Draft) -> dt.date | None:
    """The day of a series: the one it is told on, else the day in the story's week that two or more
    of its attacks share ("claimed responsibility Wednesday for the twin suicide bombings", "Monday's
    attacks"), else the story's."""
    told = _date_of(assembly, series, None)
    anchor = assembly.anchor
    days = Counter(d for d in (_date_of(assembly, a, None) for a in assembly.drafts
                               if a.kind is EventKind.ATTACK and not (told is not None and _spoken_only(assembly, a)))
                   if d is not None and (anchor is None or dt.timedelta(0) <= anchor - d <= dt.timedelta(days=7)))
    if told is not None:
        if _spoken_only(assembly, series) and any(d < told for d in days):
            # "claimed responsibility Thursday for near-simultaneous suicide bombings at three
            # hotels", then "At the Radisson SAS ... Wednesday": the day of the attacks
            return max(d for d in days if d < told)
        # (the day of filing, or a day a source spoke: "... killed at least 46 soldiers and police,
        # officials said on Wednesday")
        filed = all(assembly.annotations.in_dateline(r) or _report_date(assembly.annotations, r) for r in series.date_refs)
        # (of attacks told as the series' own, not "In a separate attack late on Tuesday, ...")
        own_days = Counter(d for d in (_date_of(assembly, a, None) for a in assembly.drafts
                                       if a.kind is EventKind.ATTACK and not a.marked) if d in days)
        earlier = [d for d, n in own_days.items() if d < told and n >= 2]
        if filed and earlier:
            # "ALGIERS, Dec 12 (Reuters) - Algeria raised the official death toll from twin suicide car
            # bombings in the capital to 37", then "The first car bomb exploded ... on Tuesday" and
            # "Minutes later, a second vehicle blew up": the day the attacks share, not the filing day
            return max(earlier)
        return told
    shared = sorted((-n, day) for day, n in days.items() if n >= 2)
    return shared[0][1] if shared else assembly.anchor


def _spoken_only(assembly: Assembly, draft: Draft, *, today_too: bool = False) -> bool:
    """Is the draft told only with the days a claim was made or a source spoke ("Police officials
    said early Thursday"), other than today (sources speak of the day's attacks: "أفاد مصدر أمني
    ... اليوم الخميس")?"""
    ann = assembly.annotations
    today = [r for r in ann.dates if r.relative == "today"]
    return bool(draft.date_refs) and all(
        claim_day(ann, r) or (_report_date(ann, r) and (today_too or not any(abs(t.begin - r.begin) <= 12 for t in today)))
        for r in draft.date_refs)


def _fold_draft(assembly: Assembly, into: Draft, gone: Draft, figures: list, actors: list) -> None:
    """One draft told as part of another: its words, places and dates go there with the figures
    and actors given, and what was about it is about the other."""
    into.figures.extend(figures)
    into.triggers.extend(t for t in gone.triggers if t not in into.triggers)
    into.spans.extend(s for s in gone.spans if s not in into.spans)
    into.places.extend(p for p in gone.places if all(q.key != p.key for q in into.places))
    into.date_refs.extend(r for r in gone.date_refs if r not in into.date_refs)
    into.actors.extend(a for a in actors if a not in into.actors)
    into.suspects.extend(a for a in gone.suspects if a not in into.suspects)
    _remove_draft(assembly, gone, into)


def _remove_draft(assembly: Assembly, gone: Draft, heir: Draft | None) -> None:
    """A draft that is no event of its own: what was about it (a claim, a reaction) is about its heir."""
    assembly.drafts.remove(gone)
    for draft in assembly.drafts:
        if draft.about == gone.key:
            draft.about = heir.key if heir is not None else None


def _referenced_entities(assembly: Assembly, entities: dict[str, Entity], extra: dict[str, Entity]) -> None:
    """Every actor or place an event names is an entity of the document, with its mention (names
    read from an infobox value, for instance, are not in the text's names)."""
    document = assembly.annotations.document
    for draft in assembly.drafts:
        refs = [*draft.actors, *draft.suspects, *draft.targets, *draft.agents, *draft.places]
        for ref in refs:
            key = getattr(ref, "key", None)
            if not key or key in entities or key in extra:
                continue
            kind = getattr(ref, "kind", EntityKind.PLACE)
            extra[key] = Entity(
                key=key, kind=kind, labels=((document.lang.value, re.sub(r"\s+", " ", ref.text.strip())),),
                mentions=(_mention(document, ref.begin, ref.end),), link_reason="name found in text",
            )


def _fallback_span(assembly: Assembly, draft: Draft) -> tuple[int, int]:
    """Words to ground an event told without its own attack word: its place, else the title or
    the first sentence of the document."""
    if draft.places:
        return draft.places[0].begin, draft.places[0].end
    document = assembly.annotations.document
    if document.title is not None:
        return document.title.begin, document.title.end
    first = assembly.annotations.sentences[0] if assembly.annotations.sentences else None
    return (first.begin, first.end) if first else (0, min(len(document.text), 1))


def _infobox_target(assembly: Assembly, facts: InfoboxFacts) -> Draft | None:
    if not facts.present:
        return None
    return assembly.series or main_attack(assembly)


def _last_day_of(assembly: Assembly, series: Draft | None, first: dt.date | None) -> dt.date | None:
    """The last day of a series told over days that begin on its date ("11 and 12 August 2016")."""
    if series is None or first is None:
        return None
    return max((r.last for r in series.date_refs if r.date == first and r.last is not None), default=None)


def _date_of(assembly: Assembly, draft: Draft | None, series_date: dt.date | None,
             dating: frozenset[int] = frozenset()) -> dt.date | None:
    """The day of a draft; `dating` holds the drafts whose day is being sought further up (a day
    counted from the attack told before is never counted back from this one)."""
    if draft is None:
        return None
    ann = assembly.annotations
    # "=== 12 August ===": the day of an incident told under a heading that names one
    heading = ann.heading_date(min(draft.spans)[0]) if draft.kind is EventKind.ATTACK and draft.spans else None
    heading_day = resolve(heading, anchor=assembly.anchor, current=None) if heading is not None else None
    dates, unanchored = [], []
    for ref in _date_refs(assembly, draft):
        current = _day_told_before(assembly, draft, ref, series_date, dating | {id(draft)}) or heading_day
        # ("about 20 minutes later" inside a sentence, counted from no day told, comes after the days told)
        (unanchored if current is None and ref.relative == "same-day" else dates).append(
            (ref, resolve(ref, anchor=assembly.anchor, current=current or series_date)))
    dates += unanchored
    dates = [(ref, day) for ref, day in dates if day is not None]
    if draft.kind is EventKind.ATTACK and all(_report_date(ann, ref) for ref, _ in dates):
        told = _day_of_the_attack(assembly, draft)
        if told is not None:
            return told  # "claimed on Friday ... a car bombing", then "Tuesday's attack on a bus"
        if series_date is not None and _spoken_only(assembly, draft):
            return series_date  # an attack of a series told with only the day a source spoke: the series' day
        follows = told_in(draft.follows) if draft.follows is not None else None
        if (dates and follows is not None and id(follows) not in dating and follows is not draft
                and follows.kind is EventKind.ATTACK and follows.spans and draft.spans
                and min(follows.spans)[0] < min(draft.spans)[0]
                and ann.sentence_at(min(draft.spans)[0]) is ann.sentence_at(min(follows.spans)[0])):
            # "قتل شخصان ... مساء أمس الثلاثاء في انفجار عبوة ناسفة داخل فندق "جولد مور"، فيما انفجرت
            # عبوة ثانية بعد نحو ربع ساعة في موقف سيارات فندق "عدن"، حسب ما أفادت مصادر أمنية اليوم":
            # the day of the attack it follows, not the day the sources spoke
            return _date_of(assembly, follows, series_date, dating | {id(draft)})
    if not dates:
        return heading_day
    if draft.kind is EventKind.SERIES:
        # "قالت مصادر طبية ... اليوم الإثنين إن عدد قتلى سلسلة التفجيرات التي هزت المدينة مساء أمس
        # الأحد ارتفع": the day of the attacks, not of the statement
        dates = [(ref, day) for ref, day in dates if not _report_date(ann, ref)] or dates
    first = dates[0][1]
    if draft.kind is EventKind.ATTACK and not _report_date(ann, dates[0][0]):
        # an attack told over two days ("the siege ended early Tuesday" after "began on Monday")
        # is dated by its start
        eve = first - dt.timedelta(days=1)
        told_at = dates[0][0].begin
        if any(day == eve and not _report_date(ann, ref) and not ann.in_dateline(ref)
               and not (ref.relative == "yesterday" and ref.begin > told_at)
               and not (ref.relative == "same-day" and abs(ref.begin - dates[0][0].begin) < 40) for ref, day in dates):
            # (not "بعد أن كان 276 أمس الأحد", a day after the attack's told after it; not "Hours
            # later, early on Thursday", counted from the attack told before)
            return eve
    return first


_WEEKDAYS_ATTACK = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:attack|attacks|bombing|bombings|blast|blasts|explosion|explosions|assault)\b", re.I)


def _day_of_the_attack(assembly: Assembly, draft: Draft) -> dt.date | None:
    """The one day the story gives its attack by a weekday's possessive ("Tuesday's attack on a bus
    carrying riot police"), for the attack it tells first, told with no day of its own."""
    ann = assembly.annotations
    first = next((d for d in assembly.drafts if d.kind is EventKind.ATTACK), None)
    if assembly.anchor is None or draft is not first:
        return None
    days = {resolve(r, anchor=assembly.anchor, current=None) for r in ann.dates
            if r.relative == "weekday" and _WEEKDAYS_ATTACK.match(ann.document.text, r.end)}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


_ATTACKS_THAT_DAY = re.compile(r"(?<!\w)(?:هجمات|تفجيرات|اعتداءات)\s+(?:\S+\s+){0,6}$|\battacks\s+(?:[\w,-]+\s+){0,6}$")
_SAME_NIGHT = re.compile(r"الليل[ةه]|\bnight\b", re.I)


def _day_told_before(assembly: Assembly, draft: Draft, ref: DateRef, series_date: dt.date | None,
                     dating: frozenset[int] = frozenset()) -> dt.date | None:
    """The day "the same day" or "a day later" counts from: that of the incident told just before
    ("On Tuesday, ... in Gardez. The same day, ... in Andar" is Tuesday, in a story of Friday)."""
    if ref.relative not in ("same-day", "next-day", "previous-day") or ref.named_from:
        return None
    ann = assembly.annotations
    sentence = ann.sentence_at(ref.begin)
    if sentence is None:
        return None
    # (a night tells when an incident was, never when a toll was counted: "في الليلة نفسها")
    night = ref.relative == "same-day" and _SAME_NIGHT.search(ann.document.text[ref.begin : ref.end]) is not None
    # (nor "في واحد من عدة هجمات شهدتها المدينة ومدينة درنة في اليوم نفسه": the attacks of the day told)
    attacks = ref.relative == "same-day" and _ATTACKS_THAT_DAY.search(ann.document.text, max(sentence.begin, ref.begin - 70), ref.begin)
    if len(ann.document.text[sentence.begin : ref.begin].split()) > 2 and not night and not attacks:
        if ref.relative == "same-day":
            return None  # ("ثم ارتفعت الحصيلة في اليوم نفسه": the day a toll was counted)
        # "On Sept. 6, a suicide bomber blew himself up ... in Batna, and two days later a truck bomb
        # hit a coastguard barracks in the port of Dellys": counted from the date the sentence gave
        # (also "at Larnaca airport on 19 February 1978 ... the gunmen who had murdered the editor ...
        # in Nicosia the previous day")
        earlier = [r.date for r in ann.within(ann.dates, sentence.begin, ref.begin)
                   if r.date is not None and r is not ref and not _report_date(ann, r)]
        return earlier[-1] if earlier else None  # (else of its own: "shortly after midnight")
    incidents = [d for d in assembly.drafts if d is not draft and d.kind in (EventKind.ATTACK, EventKind.SECURITY_OPERATION)]
    told = [(span[0], other) for other in incidents for span in other.spans if span[1] <= ref.begin]
    if not told:
        return None
    before = max(told, key=lambda t: t[0])[1]
    return None if id(before) in dating else _date_of(assembly, before, series_date, dating)


def _weekday_of(assembly: Assembly, draft: Draft | None) -> int | None:
    """The day of the week a story without a date of its own tells an event on ("on Thursday" in
    "BAGHDAD (Reuters) - ..."): not a date, but enough to tell two stories' events apart."""
    if draft is None:
        return None
    ann = assembly.annotations
    told = [r.weekday for r in _date_refs(assembly, draft)
            if r.relative == "weekday" and r.weekday is not None and not _report_date(ann, r)]
    return told[0] if told else None


def _date_refs(assembly: Assembly, draft: Draft) -> list[DateRef]:
    """The dates a draft is told with, the likeliest first."""
    anchor_at = min(draft.spans)[0] if draft.spans else 0
    # the date said nearest before the words that report the event, else the first after them;
    # the day a source spoke ("a medical source announced today, Wednesday, ...") comes last
    ann = assembly.annotations
    # the dateline's date is the day of filing: the event's own day ("late on Tuesday") comes first
    absolute = [r for r in draft.date_refs if r.date is not None and r.year_given]
    # "أمس الأحد 9 أبريل 2017": the word for yesterday and the date it stands beside are one day
    # "On April 9, Palm Sunday, suicide bombings ...": a weekday beside a date names the same day
    dated = [r for r in draft.date_refs if r.date is not None]
    text = ann.document.text
    refs = [r for r in draft.date_refs
            # "the site of the previous night's blasts": the day of another attack
            if not (r.relative in ("previous-day", "next-day") and text.startswith(("'s", "’s"), r.end))
            and (r.date is not None or not any(0 <= a.begin - r.end <= 30 for a in absolute)
                 and not (r.relative == "weekday" and any(0 <= r.begin - a.end <= 8 or 0 <= a.begin - r.end <= 3 for a in dated)))]
    return sorted(refs, key=lambda r: (ann.in_dateline(r), _report_date(ann, r), r.begin > anchor_at,
                                       abs(anchor_at - r.begin)))


_REPORTED_ON = re.compile(
    r"(?:\b(?:said|says|told|reported|announced|confirmed|stated|added)\s+(?:[\w'’-]+\s+){0,3}(?:on\s+|late\s+|early\s+)?"
    r"|(?<!\w)[وف]?(?:اعلن|اعلنت|قال|قالت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|صرح|صرحت|اوضح|اوضحت|اشار|اشارت|افادت)"
    r"(?:[\s,،]+[^\s,.،]+){0,7}?[\s,،]*)$", re.I)


_SAID_AFTER = re.compile(
    r"^[\s,]*(?:said|says|told|reported|announced|confirmed|stated|claimed|condemned|denied|blamed|accused)\b"
    # a toll revised that day: "Myanmar's military government on Monday raised the death toll from three blasts"
    r"|^[\s,]*(?:raised|revised|lowered|updated|put|gave)\s+(?:the\s+|its\s+)?(?:official\s+)?(?:death\s+|casualty\s+)?(?:toll|figure)\b"
    # what a source said that day: "قالت مصادر طبية في مدينة مايدوغوري ... اليوم الإثنين إن عدد القتلى"
    r"|^[\s,،]*(?:ال\w+\s+)?ان(?:ه|ها)?(?!\w)", re.I)


def _report_date(ann, ref) -> bool:
    """Is the date that of a source's statement: right after a verb of saying, or right before
    one ("the group on Tuesday claimed responsibility for a bombing ...")?"""
    vb, ve = ann.view.window(ref.begin, ref.end)
    return bool(_REPORTED_ON.search(ann.view.text[max(0, vb - 60) : vb])
                or _SAID_AFTER.search(ann.view.text[ve : ve + 30]))


def _place_keys(assembly: Assembly, draft: Draft) -> list[str]:
    if draft.kind is EventKind.SERIES:
        # a series lies in every place it names, the country as well as the cities
        return list(dict.fromkeys(p.key for p in sorted(draft.places, key=lambda p: (p.rank, p.begin))))
    places = draft.specific_places or draft.places
    ordered = sorted(places, key=lambda p: (-p.rank, p.begin))
    # keep the most specific places: drop a place that contains another of the incident's places
    keys: list[str] = []
    for place in ordered:
        if any(other.key != place.key and inside(assembly, place.key, other.key) for other in places):
            continue
        if place.key not in keys:
            keys.append(place.key)
    return keys


def _author_of_whole(ann: DocumentAnnotations, facts: InfoboxFacts, actor: ActorRef) -> bool:
    """Is a group named for a series the author of each of its attacks? A group told in the text
    is, unless told as claiming (the claim itself goes to what it is about); one from an infobox
    only when the infobox is about the series ("Rizal Day bombings"), not about one attack of the
    day ("December 2013 Kirkuk attack" over the day's other incidents)."""
    text = ann.document.text
    if actor in facts.perpetrators:
        item = ann.document.infobox_value("title", "name")
        title = item.value if item is not None else (
            text[ann.document.title.begin : ann.document.title.end] if ann.document.title else "")
        return bool(_SERIES_TITLE.search(title))
    return not ann.has("responsibility", max(0, actor.begin - 80), actor.end + 80)


def _named(draft: Draft) -> list[ActorRef]:
    return [a for a in draft.actors if a.key and a.kind in (EntityKind.ARMED_GROUP, EntityKind.ORGANISATION)]


def _perpetrators(document: Document, draft: Draft, extra: dict[str, Entity]) -> list[str]:
    named = _named(draft)
    if named:
        return list(dict.fromkeys(a.key for a in named))
    if draft.kind is not EventKind.ATTACK and draft.kind is not EventKind.SERIES:
        return []
    described = [a for a in draft.actors if a.described]
    if not described:
        return []
    actor = described[0]
    key = f"actor:{document.doc_id}:{draft.key}"
    label = re.sub(r"[\s-]+", " ", actor.text.strip().lower()) if document.lang is Lang.EN else _nominative(actor.text.strip())
    extra[key] = Entity(
        key=key,
        kind=EntityKind.ACTOR,
        labels=((document.lang.value, label),),
        mentions=tuple(_mention(document, a.begin, a.end) for a in described if a.text.lower() == actor.text.lower()),
    )
    return [key]


_ATTACKER_NOUN = r"(?:gunman|attacker|assailant|shooter|bomber|suicide\s+bomber|hijacker|suspect|killer|driver)"
# "The gunman, identified by the army as Baruch Goldstein", "a driver identified by police as Usmen Hasan",
# "police identified the attacker as ...", "The gunman, Dylann Roof, 21,", "the suspected bomber Ali Musa"
_NAMED_ATTACKER_BEFORE = re.compile(
    rf"\b{_ATTACKER_NOUN}\b[^.;]{{0,60}}?\bidentified\s+(?:[\w'’-]+\s+){{0,4}}?as\s+$"
    rf"|\bidentified\s+(?:the\s+)?{_ATTACKER_NOUN}\s+as\s+$"
    rf"|\b(?:the|a|an)\s+(?:suspected\s+|alleged\s+|lone\s+)?{_ATTACKER_NOUN},\s+$"
    rf"|\b(?:suspected|alleged|lone)\s+{_ATTACKER_NOUN}\s+$", re.I)
_NAMED_ATTACKER_AFTER = re.compile(r",\s+(?:\d+,\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
                                   r"(?:gunman|attacker|assailant|shooter|bomber|hijacker|killer)\b", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told)\s+$")
# "Supporters seized the suspected gunman at the scene ... He was identified as Mario Aburto Martinez"
_IDENTIFIED_PRONOUN = re.compile(r"\b(?:he|she)\s+was\s+(?:later\s+)?identified\s+(?:by\s+(?:[\w'’-]+\s+){1,3})?as\s+$", re.I)
_ATTACKER_EARLIER = re.compile(rf"\b{_ATTACKER_NOUN}\b", re.I)
# the subject of a killing told with its victim: "a 17-year-old right-wing student, Otoya Yamaguchi,
# stabbed Socialist Party leader Inejiro Asanuma to death" (not "Asanuma, killed in 1960")
_KILLER_AFTER = re.compile(r",?\s+(?:shot|stabbed|killed|assassinated|gunned\s+down|murdered|hacked)\s+"
                           r"(?!in\b|at\b|on\b|by\b|when\b|while\b|after\b|during\b|as\b|and\b|outside\b|near\b)[A-Za-z]")


def _individual(assembly: Assembly, draft: Draft, extra: dict[str, Entity]) -> list[str]:
    """The one person the text names as the attacker of an attack no group is named for ("The
    gunman, identified by the army as Baruch Goldstein, ..."), in a paragraph that tells the attack."""
    ann = assembly.annotations
    document = ann.document
    text = document.text
    blocks = {where.block for where in (ann.sentence_at(b) for b, _ in draft.spans) if where is not None}
    if draft is main_attack(assembly):
        # the attack the story is about is also told in the paragraphs no other attack is told in
        # ("He was identified as Mario Aburto Martinez", paragraphs after the shooting)
        others = {where.block for other in assembly.drafts if other is not draft and other.kind is EventKind.ATTACK
                  for where in (ann.sentence_at(b) for b, _ in other.spans) if where is not None}
        blocks |= {s.block for s in ann.sentences if s.block not in others}
    for name in ann.names:
        if name.kind is not EntityKind.PERSON:
            continue
        if not (_NAMED_ATTACKER_BEFORE.search(text, max(0, name.begin - 90), name.begin)
                or _NAMED_ATTACKER_AFTER.match(text, name.end) or _KILLER_AFTER.match(text, name.end)
                or (_IDENTIFIED_PRONOUN.search(text, max(0, name.begin - 60), name.begin)
                    and _ATTACKER_EARLIER.search(text, max(0, name.begin - 220), name.begin))):
            continue
        sentence = ann.sentence_at(name.begin)
        if sentence is None or sentence.block not in blocks or _SAID_BEFORE.search(text, max(0, name.begin - 12), name.begin):
            continue
        key = entity_key(EntityKind.PERSON, name.text, document.lang)
        extra.setdefault(key, Entity(key=key, kind=EntityKind.PERSON, labels=((document.lang.value, name.text),),
                                     mentions=(_mention(document, name.begin, name.end),)))
        return [key]
    return []


def _nominative(text: str) -> str:
    """An Arabic description in the nominative, as a label reads: "مسلحين مجهولين" (the object of
    a verb in the text) is labelled "مسلحون مجهولون"."""
    return " ".join(word[:-2] + "ون" if len(word) >= 5 and word.endswith("ين") else word for word in text.split())


def _attack_types(draft: Draft) -> list[str]:
    if draft.kind not in (EventKind.ATTACK, EventKind.SERIES):
        return []
    strong = [t for t in draft.triggers if not t.generic and t.attack]
    chosen = strong or [t for t in draft.triggers if t.attack]
    return sorted({t.attack for t in chosen})


def _weapon_types(draft: Draft) -> list[str]:
    strong = [t for t in draft.triggers if not t.generic and t.weapon]
    chosen = strong or [t for t in draft.triggers if t.weapon]
    out = set()
    for t in chosen:
        out.add(t.weapon)
        if t.subtype:
            out.add(f"{t.weapon}/{t.subtype}")
    return sorted(out)


def _claims(document: Document, ann: DocumentAnnotations, draft: Draft) -> list[CasualtyClaim]:
    out = []
    for found, joint in [*draft.figures, *(_one_assassinated(ann, draft) or _named_dead(ann, draft)
                                           or _named_dead_ar(ann, draft))]:
        statement, statement_end = _statement_of(ann, found.begin, found.end)
        if _EARLIER_TOLL.search(ann.document.text[max(statement, found.claim_begin - 60) : found.begin]):
            # "... rose to 71, after medical sources had earlier spoken of 54": a toll of its own,
            # never a part to add to the figures of its sentence
            statement, statement_end = found.claim_begin, found.claim_end
        out.append(CasualtyClaim(
            measure=found.measure,
            qualifier=found.figure.qualifier,
            value=found.figure.value,
            mention=_mention(document, found.claim_begin, found.claim_end),
            max_value=found.figure.max_value,
            group=found.figure.group,
            joint=joint,
            vague=found.figure.vague,
            subset=found.subset,
            statement=statement,
            statement_end=statement_end,
        ))
    return sorted(set(out), key=lambda c: (c.mention.begin, c.mention.end, c.measure.value, c.value))


def _one_assassinated(ann: DocumentAnnotations, draft: Draft) -> list[tuple[FoundFigure, bool]]:
    """An assassination told as done and with no toll kills one person: the verb is the claim
    ("gunmen assassinated the mayor", "اغتال مسلحون قاضي التحقيق")."""
    if draft.kind is not EventKind.ATTACK or any(f.measure is Measure.KILLED for f, _ in draft.figures):
        return []
    done = ann.lexicon.folded("verbs.one_killed")
    for trigger in draft.triggers:
        if trigger.attack == "assassination" and ann.lexicon.fold(trigger.text) in done:
            return [_one_killed(trigger.begin, trigger.end)]
    return []


def _one_killed(begin: int, end: int) -> tuple[FoundFigure, bool]:
    """One person killed, told by the words at begin..end (a verb, a name)."""
    figure = Figure(1, Qualifier.EXACT, None, "people", False)
    return FoundFigure(Measure.KILLED, figure, begin, end, begin, end), False


# a person named as killed: "Shinzo Abe, Japan's longest-serving prime minister, died Friday after
# being shot", "The IRA killed another Conservative MP, Ian Gow, with a car bomb", "two of her Sikh
# bodyguards shot Prime Minister Indira Gandhi dead", "stabbed Socialist Party leader Inejiro Asanuma to death"
_DEAD_AFTER = re.compile(r",?\s+(?:[^,.;]{1,90},\s+)?(?:(?:was|had\s+been)\s+(?:shot\s+dead|shot\s+and\s+killed|killed|"
                         r"assassinated|gunned\s+down|murdered|stabbed\s+to\s+death|beaten\s+to\s+death)|died)\b")
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|assassinated|assassinating|murdered|murdering|gunned\s+down|shot\s+dead)"
                            r"\s+(?:[A-Za-z'’.-]+,?\s+){0,5}$")
_DONE_TO_DEATH_BEFORE = re.compile(r"\b(?:shot|stabbed|beat|hacked|bludgeoned|strangled)\s+(?:[A-Za-z'’.-]+,?\s+){0,5}$")
_TO_DEATH_AFTER = re.compile(r"\s+(?:dead|to\s+death)\b")
_ATTACKER_BEFORE = re.compile(rf"\b{_ATTACKER_NOUN}s?\b[^.;]{{0,40}}$", re.I)


def _named_dead(ann: DocumentAnnotations, draft: Draft) -> list[tuple[FoundFigure, bool]]:
    """An English attack told with no toll, whose sentences name a person killed: one killed for
    each (the name is the claim)."""
    if (ann.document.lang is not Lang.EN or draft.kind is not EventKind.ATTACK
            or any(f.measure is Measure.KILLED for f, _ in draft.figures)):
        return []
    text = ann.document.text
    sentences = {s.begin: s for s in (ann.sentence_at(b) for b, _ in draft.spans) if s is not None}
    out = []
    for name in ann.names:
        where = ann.sentence_at(name.begin) if name.kind is EntityKind.PERSON else None
        sentence = sentences.get(where.begin) if where is not None else None
        if sentence is None:
            continue
        before = text[max(sentence.begin, name.begin - 70) : name.begin]
        after = text[name.end : sentence.end]
        if _ATTACKER_BEFORE.search(before):
            continue  # "the gunman, Baruch Goldstein, was beaten to death": the attacker
        if (_DEAD_AFTER.match(after) or _KILLED_BEFORE.search(before)
                or (_DONE_TO_DEATH_BEFORE.search(before) and _TO_DEATH_AFTER.match(after))):
            out.append(_one_killed(name.begin, name.end))
    return out


# a person killed, told by a title and a name ("قتل الناشط سامي الكوافي بالرصاص", "اغتيال القاضي
# محمد النعاس"); the titles are the lexicon's [victim_titles]
_NAMED_DEAD_AR = (r"(?<!\S)[وف]?(?:قتل|اغتيل|اغتيال|مقتل|استشهد|استشهاد)\s+(?P<who>(?=ال){VICTIM_TITLE})(?:\s+ال\S+)?\s+"
                  r"(?!(?:في|على|علي|من|الي|عن|بعد|قبل|امس|اليوم|صباح|مساء|برصاص|بالرصاص|و)(?!\S))[^\s،,.؛:()\d]{2,}")


def _named_dead_ar(ann: DocumentAnnotations, draft: Draft) -> list[tuple[FoundFigure, bool]]:
    """An Arabic attack told with no toll, whose sentences name a person killed by a title and a
    name: one killed for each."""
    if (ann.document.lang is not Lang.AR or draft.kind is not EventKind.ATTACK
            or any(f.measure is Measure.KILLED for f, _ in draft.figures)):
        return []
    out = []
    for sentence in {s.begin: s for s in (ann.sentence_at(b) for b, _ in draft.spans) if s is not None}.values():
        vb, ve = ann.view.window(sentence.begin, sentence.end)
        for match in ann.lexicon.regex(_NAMED_DEAD_AR).finditer(ann.view.text, vb, ve):
            begin, end = ann.view.span(*match.span("who"))
            out.append(_one_killed(begin, end))
    return out


def _statement_of(ann: DocumentAnnotations, begin: int, end: int) -> tuple[int, int]:
    """The sentence, or the part of it, a figure was read in (an infobox value is a statement of its
    own)."""
    for sentence in ann.sentences:
        if sentence.begin <= begin < sentence.end:
            # "Initial reports spoke of 85 dead; ... late Friday it said 235 people had been killed":
            # the parts a semicolon or a "whereas" divides are statements of their own ("ما أدى إلى
            # مقتل 57 شخصا وفق المرصد، في حين تحدثت سانا عن 46 قتيلا")
            text = ann.document.text
            start = max([sentence.begin] + [m.end() for m in _STATEMENT_BREAK.finditer(text, sentence.begin, begin)])
            stop = next((m.start() for m in _STATEMENT_BREAK.finditer(text, end, sentence.end)), sentence.end)
            return start, stop
    return begin, end


# (and "put the toll at 48, and by the following week the Observatory said 60 people had died", "said 81
# people were wounded, but the figure was raised to 111")
_STATEMENT_BREAK = re.compile(r"[;؛]|\b(?:whereas|while|(?:and|but)\s+later)\b"
                              # "the army said 29 were killed ..., but Palestinian doctors in Hebron said at least 39"
                              r"|,\s*but\s+(?=(?:[\w'’-]+\s+){1,6}?(?:said|say|says|reported|put|told)\b)|,\s*(?:and|but)\s+(?:by|within)\s+(?:the\s+)?(?:following|next|end|evening|morning|nightfall|afternoon)\b|,\s*but\s+the\s+(?:figure|toll|number)\b|(?<!\w)(?:في\s+حين|بينما)(?!\w)")


def _mention(document: Document, begin: int, end: int) -> Mention:
    return Mention(document.doc_id, begin, end, document.text[begin:end])


# ---- labels ------------------------------------------------------------------------------------

def _label(assembly: Assembly, draft: Draft, facts: InfoboxFacts, date: dt.date | None) -> str:
    ann = assembly.annotations
    document = ann.document
    labels = ann.lexicon.get("labels")
    if draft.kind is EventKind.SERIES:
        if document.title is not None and document.text[: document.title.begin].rstrip().endswith("="):
            # the title of an encyclopedia page names its subject; a news headline does not
            return document.text[document.title.begin : document.title.end].strip()
        if facts.title is not None:
            return facts.title.value.strip()
        place = _place_label(assembly, draft)
        what = labels["series"]
        if place and date:  # (the day the series is dated by)
            return labels["in_on"].format(what=what, place=place, date=date.isoformat())
        return labels["in"].format(what=what, place=place) if place else what
    if draft.kind in (EventKind.CLAIM_OF_RESPONSIBILITY, EventKind.REACTION):
        template = labels["claim-of-responsibility"] if draft.kind is EventKind.CLAIM_OF_RESPONSIBILITY else labels[draft.reaction or "statement"]
        agent = draft.agents[0] if draft.agents else None
        return template.format(agent=_actor_label(assembly, agent) if agent else "?")
    if draft.kind is EventKind.SECURITY_OPERATION:
        what = labels["security-operation"]
    else:
        what = labels[_headline_type(draft)]
    place = _place_label(assembly, draft)
    site = next((p for p in draft.places if p.site), None)
    if site is not None and place:  # "Shooting at the police station in Almaty"
        return labels["at_site"].format(what=what, site=site.text, place=place)
    return labels["in"].format(what=what, place=place) if place else what


def _headline(draft: Draft) -> str:
    if draft.kind is EventKind.ATTACK:
        return _headline_type(draft)
    if draft.kind is EventKind.REACTION:
        return draft.reaction or "statement"
    return draft.kind.value


def _headline_type(draft: Draft) -> str:
    kinds = set()
    for t in draft.triggers:
        if t.generic or not t.attack:
            continue
        if t.attack == "bombing":
            kinds.add("bombing")
        elif t.attack in ("armed-assault",):
            kinds.add("armed")
        else:
            kinds.add(t.attack)
    if len(kinds) >= 3 or ("hostage-barricade" in kinds and len(kinds) >= 2):
        return "attack"
    names = []
    for t in draft.triggers:
        if t.generic or not t.attack:
            continue
        names.append(t.subtype or t.flag or (t.weapon if t.weapon == "melee" else "") or t.attack)
    for name in _ATTACK_ORDER:
        if name in names:
            return name
    return "attack"


def _place_label(assembly: Assembly, draft: Draft) -> str:
    keys = _place_keys(assembly, draft)
    if not keys:
        return ""
    gazetteer = assembly.gazetteer
    lang = assembly.annotations.document.lang
    chosen = keys[0]
    entry = gazetteer.entries.get(chosen)
    if entry is not None and entry.subtype == "facility" and entry.located_in:
        chosen = entry.located_in
    elif entry is None:
        container = assembly.located_in.get(chosen)
        ref = next((p for p in draft.places if p.key == chosen), None)
        if ref is not None and ref.rank >= 7 and container:
            chosen = container
    entry = gazetteer.entries.get(chosen)
    if entry is not None:
        return entry.label(lang)
    ann = assembly.annotations
    ref = (next((p for p in draft.places if p.key == chosen), None)
           or next((p for p in ann.places if p.key == chosen and not ann.in_dateline(p)), None))
    return ref.text if ref else chosen.split(":", 1)[-1]


def _actor_label(assembly: Assembly, actor: ActorRef) -> str:
    entry = assembly.gazetteer.entries.get(actor.key or "")
    if entry is not None:
        return entry.label(assembly.annotations.document.lang)
    return actor.text


# ---- entities ----------------------------------------------------------------------------------

def _entities(ann: DocumentAnnotations, gazetteer: Gazetteer) -> dict[str, Entity]:
    document = ann.document
    lang = document.lang.value
    grouped: dict[str, dict] = {}

    def add(key: str, kind: EntityKind, begin: int, end: int, subtype: str = "", gazetteer_id: str | None = None,
            located_in: str | None = None) -> None:
        item = grouped.setdefault(key, {"kind": kind, "mentions": [], "subtype": subtype,
                                        "gazetteer_id": gazetteer_id, "located_in": located_in})
        mention = _mention(document, begin, end)
        if mention not in item["mentions"]:
            item["mentions"].append(mention)
        if located_in and not item["located_in"]:
            item["located_in"] = located_in

    for name in ann.names:
        add(name.key, name.kind, name.begin, name.end, name.subtype, name.gazetteer_id, name.located_in)
    for actor in ann.actors:
        if actor.key and actor.key not in grouped:
            entry = gazetteer.entries.get(actor.key)
            add(actor.key, actor.kind, actor.begin, actor.end, entry.subtype if entry else actor.force,
                actor.key if entry else None, entry.located_in if entry else None)
        elif actor.key:
            add(actor.key, actor.kind, actor.begin, actor.end)
    out: dict[str, Entity] = {}
    for key, item in grouped.items():
        entry = gazetteer.entries.get(item["gazetteer_id"] or "")
        mentions = sorted(item["mentions"], key=lambda m: (m.begin, m.end))
        if entry is not None:
            label = entry.name_ar if document.lang is Lang.AR and entry.name_ar else entry.name_en
            if document.lang is Lang.AR and not entry.name_ar:
                label = mentions[0].text
        else:
            label = re.sub(r"\s+", " ", mentions[0].text.strip())
        out[key] = Entity(
            key=key,
            kind=item["kind"],
            labels=((lang, label),),
            mentions=tuple(mentions),
            gazetteer_id=item["gazetteer_id"],
            subtype=item["subtype"] or (entry.subtype if entry else ""),
            located_in=item["located_in"],
            link_reason="gazetteer name" if entry is not None else "name found in text",
        )
    return out


def _used_keys(events: list[Event]) -> set[str]:
    used = set()
    for event in events:
        used.update(event.places)
        used.update(event.perpetrators)
        used.update(event.suspects)
        used.update(event.targets)
        used.update(event.agents)
    return used

