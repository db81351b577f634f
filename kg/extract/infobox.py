"""The infobox of an encyclopedia page: the event it summarises, with its facts and their spans.

Keys are matched through `kg/data/infobox.toml`, in English or Arabic. Values are read with the
same annotations as prose (names, attack words, figures), restricted to the value's span, so every
fact keeps the exact words it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.extract.annotate import ActorRef, DocumentAnnotations, PlaceRef, TriggerRef, entity_key
from kg.extract.casualties import FoundFigure
from kg.extract.dates import find_dates
from kg.extract.figures import Figure, parse_figure
from kg.extract.lexicon import infobox_keys
from kg.model import EntityKind, InfoboxField, Measure, Qualifier


@dataclass
class InfoboxFacts:
    fields: dict[str, InfoboxField] = field(default_factory=dict)
    title: InfoboxField | None = None
    date: dt.date | None = None
    last_day: dt.date | None = None  # of days told as a range: "26–29 November 2008"
    places: list[PlaceRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    target_types: list[str] = field(default_factory=list)
    triggers: list[TriggerRef] = field(default_factory=list)
    figures: list[FoundFigure] = field(default_factory=list)
    perpetrators: list[ActorRef] = field(default_factory=list)
    new_groups: list[ActorRef] = field(default_factory=list)  # perpetrators no list knows

    @property
    def present(self) -> bool:
        return bool(self.fields)


def read_infobox(ann: DocumentAnnotations) -> InfoboxFacts:
    facts = InfoboxFacts()
    keys = infobox_keys()
    lexicon = ann.lexicon
    for item in ann.document.infobox:
        name = lexicon.fold(item.key).strip().lower()
        for field_name, aliases in keys.items():
            if field_name == "unknown":
                continue
            if name in {lexicon.fold(a).lower() for a in aliases}:
                facts.fields.setdefault(field_name, item)
    facts.title = facts.fields.get("title")
    if "date" in facts.fields:
        span = facts.fields["date"].value_span
        found = [r for r in find_dates(ann.view, span.begin, span.end, lexicon) if r.date]
        if found and any(r.year_given for r in found):
            # "30 أيلول/سبتمبر – 2 تشرين الأول/أكتوبر 2013": the first day takes the year of the last
            year = next(r.date.year for r in reversed(found) if r.year_given)
            found = sorted((r for r in find_dates(ann.view, span.begin, span.end, lexicon, year=year) if r.date),
                           key=lambda r: r.begin)
        if found:
            facts.date, facts.last_day = found[0].date, found[0].last
            if facts.last_day is None and len(found) > 1 and found[0].date < found[-1].date <= found[0].date + dt.timedelta(days=31):
                facts.last_day = found[-1].date  # a range over two months
    if "location" in facts.fields:
        span = facts.fields["location"].value_span
        facts.places = ann.within(ann.places, span.begin, span.end)
    if "target" in facts.fields:
        span = facts.fields["target"].value_span
        facts.targets = [a for a in ann.within(ann.actors, span.begin, span.end) if a.key]
        for marker in ann.within(ann.markers, span.begin, span.end):
            if marker.kind.startswith("target:") and marker.kind[7:] not in facts.target_types:
                facts.target_types.append(marker.kind[7:])
    for field_name in ("type", "weapons"):
        if field_name in facts.fields:
            span = facts.fields[field_name].value_span
            facts.triggers.extend(ann.within(ann.triggers, span.begin, span.end))
    for field_name, measure in (("killed", Measure.KILLED), ("injured", Measure.INJURED)):
        if field_name in facts.fields:
            figure = _figure(facts.fields[field_name], ann)
            if figure is not None:
                span = facts.fields[field_name].value_span
                facts.figures.append(FoundFigure(measure, figure, span.begin, span.end, span.begin, span.end))
    if "perpetrators" in facts.fields:
        _perpetrators(facts, ann, keys)
    return facts


def _figure(item: InfoboxField, ann: DocumentAnnotations) -> Figure | None:
    """The figure of a killed or injured value. Its group is read before any bracket: in
    "148 (132 pupils, 9 staff and 7 attackers)" the brackets break the total down, and the total
    counts everyone the value names, attackers too when the brackets say they are among them."""
    value = item.value.strip()
    lead = value.split("(", 1)[0].strip() or value
    figure = parse_figure(lead, ann.lexicon)
    if figure is None:
        return None
    if value.rstrip(" )").endswith("+") and figure.qualifier is Qualifier.EXACT:
        figure = Figure(figure.value, Qualifier.AT_LEAST, None, figure.group, figure.vague)
    return figure


def _perpetrators(facts: InfoboxFacts, ann: DocumentAnnotations, keys: dict) -> None:
    item = facts.fields["perpetrators"]
    unknown = {ann.lexicon.fold(w).lower() for w in keys["unknown"]}
    value = ann.lexicon.fold(item.value).strip().lower().strip(".")
    if not value or value in unknown:
        return
    span = item.value_span
    named = [a for a in ann.within(ann.actors, span.begin, span.end)
             if a.kind in (EntityKind.ARMED_GROUP, EntityKind.ORGANISATION) and a.key]
    if named:
        facts.perpetrators = named
        return
    described = [a for a in ann.within(ann.actors, span.begin, span.end) if a.described]
    if described:
        facts.perpetrators = described
        return
    text = item.value.strip()
    begin = span.begin + item.value.index(text)
    group = ActorRef(begin, begin + len(text), text, entity_key(EntityKind.ARMED_GROUP, text, ann.document.lang),
                     EntityKind.ARMED_GROUP)
    facts.perpetrators = [group]
    facts.new_groups = [group]
