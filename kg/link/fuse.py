"""Event fusion: the same event told by several sources becomes one event.

Two documents' events are the same event when they are of one kind, on one day (one date, or, for a
story without a date of its own, one day of the week), and agree enough:
for attacks, the place (the same place, or one inside the other) and then the kind of attack and the
figures; a place that disagrees is accepted only when everything else agrees (same attack types,
same killed and injured figures), and the disagreement stays as each source's claim. Matching is one
to one between two documents (two bombings in Kirkuk on one day told by both stay two), best pairs
first. Series fuse by date; claims of responsibility and reactions fuse when their agents and the
events they concern do. Every fusion records why (`FusedEvent.fusion_reason`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.link.consolidate import consolidated_figures, consolidate
from kg.link.gazetteer import Gazetteer
from kg.model import Entity, Event, EventKind, Extraction, FusedEvent, Measure

MIN_SCORE = 3.5


@dataclass(frozen=True)
class _Item:
    doc_id: str
    event: Event


def fuse_events(extractions: list[Extraction], entities: list[Entity], gazetteer: Gazetteer) -> list[FusedEvent]:
    places = {e.key: e for e in entities}
    items = [_Item(x.document.doc_id, e) for x in extractions for e in x.events]
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(key):
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    reasons: dict[tuple[str, str], str] = {}
    docs = sorted({i.doc_id for i in items})
    # events concerned by claims and reactions fuse first, so those can follow them
    for kinds in ((EventKind.SERIES,), (EventKind.ATTACK, EventKind.SECURITY_OPERATION),
                  (EventKind.CLAIM_OF_RESPONSIBILITY, EventKind.REACTION)):
        for i, first in enumerate(docs):
            for second in docs[i + 1 :]:
                left = [it for it in items if it.doc_id == first and it.event.kind in kinds]
                right = [it for it in items if it.doc_id == second and it.event.kind in kinds]
                pairs = []
                for a in left:
                    for b in right:
                        score, why = _score(a, b, places, gazetteer, find)
                        if score >= MIN_SCORE:
                            pairs.append((-score, a.event.key, b.event.key, a, b, why))
                pairs.sort(key=lambda p: (p[0], p[1], p[2]))
                used_a, used_b = set(), set()
                for _, _, _, a, b, why in pairs:
                    ka, kb = (a.doc_id, a.event.key), (b.doc_id, b.event.key)
                    if ka in used_a or kb in used_b:
                        continue
                    ra, rb = find(ka), find(kb)
                    if ra == rb or _clash(ra, rb, parent, items, find):
                        continue
                    # incidents of two series are one only if the series are one too
                    series = sorted({find((it.doc_id, it.event.parent)) for it in items
                                     if it.event.parent and find((it.doc_id, it.event.key)) in (ra, rb)})
                    if len(series) > 1 and not _merge_all(series, parent, items, find, reasons,
                                                          f"{b.doc_id} and {a.doc_id} tell the same incidents"):
                        continue
                    used_a.add(ka)
                    used_b.add(kb)
                    parent[rb] = ra
                    reasons[ra] = "; ".join(filter(None, [reasons.get(ra, ""), f"{b.doc_id} agrees with {a.doc_id}: {why}"]))
    clusters: dict[tuple[str, str], list[_Item]] = {}
    for item in items:
        clusters.setdefault(find((item.doc_id, item.event.key)), []).append(item)
    return _fused(clusters, reasons, find)


def _merge_all(roots, parent, items, find, reasons, why: str) -> bool:
    """Merge clusters (of series) into one, unless any two of them clash."""
    for i, ra in enumerate(roots):
        for rb in roots[i + 1 :]:
            if _clash(ra, rb, parent, items, find):
                return False
    first = roots[0]
    for other in roots[1:]:
        if find(other) != find(first):
            parent[find(other)] = find(first)
    reasons[find(first)] = "; ".join(filter(None, [reasons.get(find(first), ""), why]))
    return True


def _clash(ra, rb, parent, items, find) -> bool:
    """Two clusters cannot merge when they would hold two events of one document, or two days."""
    a = [it for it in items if find((it.doc_id, it.event.key)) == ra]
    b = [it for it in items if find((it.doc_id, it.event.key)) == rb]
    if {it.doc_id for it in a} & {it.doc_id for it in b}:
        return True
    return _days_differ([it.event for it in (*a, *b)])


def _days_differ(events) -> bool:
    """Do the events fall on different days: two dates, or two days of the week (a story without a
    date of its own still tells "on Thursday")?"""
    dates = {e.date for e in events if e.date}
    weekdays = {e.weekday for e in events if e.weekday is not None} | {d.weekday() for d in dates}
    return len(dates) > 1 or len(weekdays) > 1


def _score(a: _Item, b: _Item, places: dict[str, Entity], gazetteer: Gazetteer, find) -> tuple[float, str]:
    ea, eb = a.event, b.event
    if ea.kind is not eb.kind:
        return 0.0, ""
    if _days_differ((ea, eb)):
        return 0.0, ""
    if ea.kind is EventKind.SERIES:
        # series fuse on a date both sources give; undated ones only through the incidents they share
        if ea.date and ea.date == eb.date:
            return 5.0, "series on the same date"
        return 0.0, ""
    if ea.kind in (EventKind.CLAIM_OF_RESPONSIBILITY, EventKind.REACTION):
        if not set(ea.agents) & set(eb.agents) or ea.headline != eb.headline:
            return 0.0, ""
        same_about = ea.about and eb.about and find((a.doc_id, ea.about)) == find((b.doc_id, eb.about))
        return (5.0, "same agent about the same event") if same_about or not (ea.about or eb.about) else (0.0, "")
    reasons = []
    score = 0.0
    if ea.date and ea.date == eb.date:
        score += 1
        reasons.append("same date")
    place = _place_agreement(ea.places, eb.places, places, gazetteer)
    if place == "same":
        score += 3
        reasons.append("same place")
    elif place == "nested":
        score += 2
        reasons.append("one place inside the other")
    types = set(ea.attack_types) & set(eb.attack_types)
    if types:
        score += 1
        reasons.append("same attack type")
    if ea.headline == eb.headline and ea.headline:
        score += 0.5
    figures_agree = 0
    figures_conflict = 0
    for measure in (Measure.KILLED, Measure.INJURED):
        fa = consolidate(ea.casualty_claims, measure)
        fb = consolidate(eb.casualty_claims, measure)
        if fa is not None and fb is not None:
            if fa == fb:
                figures_agree += 1
            else:
                figures_conflict += 1
    score += 1.5 * figures_agree - 0.5 * figures_conflict
    if figures_agree:
        reasons.append("same figures" if figures_agree == 2 else "a figure agrees")
    if set(ea.target_types) & set(eb.target_types):
        score += 0.5
    if place == "apart":
        # places disagree: only the same attack told with the same figures is one event
        if not (figures_agree == 2 and types and not figures_conflict):
            return 0.0, ""
        reasons.insert(0, "places differ but attack type and figures agree")
    elif place == "unknown" and not figures_agree:
        return 0.0, ""
    return score, ", ".join(reasons)


def _place_agreement(pa: tuple[str, ...], pb: tuple[str, ...], places: dict[str, Entity], gazetteer: Gazetteer) -> str:
    if not pa or not pb:
        return "unknown"
    if set(pa) & set(pb):
        return "same"
    for a in pa:
        for b in pb:
            if _inside(a, b, places, gazetteer) or _inside(b, a, places, gazetteer):
                return "nested"
    return "apart"


def _inside(outer: str, inner: str, places: dict[str, Entity], gazetteer: Gazetteer) -> bool:
    seen = set()
    key: str | None = inner
    while key and key not in seen:
        seen.add(key)
        entity = places.get(key)
        parent = entity.located_in if entity and entity.located_in else None
        if parent is None and key in gazetteer.entries:
            parent = gazetteer.entries[key].located_in or None
        if parent == outer:
            return gazetteer.rank(outer) > 2 or outer not in gazetteer.entries
        key = parent
    return False


# ---- naming and figures ------------------------------------------------------------------------

def _fused(clusters: dict, reasons: dict, find) -> list[FusedEvent]:
    named: list[tuple[str, tuple, list[_Item]]] = []
    for root, members in clusters.items():
        members = sorted(members, key=lambda it: (it.doc_id, it.event.key))
        named.append((_base_name(members), root, members))
    named.sort(key=lambda n: (n[0], min((it.doc_id, _first_offset(it.event)) for it in n[2])))
    counts: dict[str, int] = {}
    keys: dict[tuple, str] = {}
    for base, root, _ in named:
        counts[base] = counts.get(base, 0) + 1
        keys[root] = base if counts[base] == 1 else f"{base}-{counts[base]}"
    fused = []
    for base, root, members in named:
        first = members[0].event
        parent = None
        about = None
        for item in members:
            if item.event.parent:
                parent = keys[find((item.doc_id, item.event.parent))]
            if item.event.about:
                about = keys[find((item.doc_id, item.event.about))]
        claims = [c for it in members for c in it.event.casualty_claims]
        figures = consolidated_figures(claims)
        if first.kind is EventKind.SECURITY_OPERATION:  # the people an operation kills are militants
            figures["killed"] = figures["attackers_killed"] if figures["killed"] is None else figures["killed"]
        fused.append(FusedEvent(
            key=keys[root],
            kind=first.kind,
            members=tuple((it.doc_id, it.event.key) for it in members),
            parent=parent,
            about=about,
            killed=figures["killed"],
            injured=figures["injured"],
            hostages_taken=figures["hostages_taken"],
            hostages_freed=figures["hostages_freed"],
            attackers_killed=figures["attackers_killed"],
            fusion_reason=reasons.get(root, ""),
        ))
    return sorted(fused, key=lambda f: f.key)


def _first_offset(event: Event) -> int:
    return min((m.begin for m in event.mentions), default=0)


def _base_name(members: list[_Item]) -> str:
    event = members[0].event
    date = next((it.event.date for it in members if it.event.date), None)
    day = date.isoformat() if date else "undated"
    place = _slug(event.places[0]) if event.places else "unknown-place"
    if event.kind is EventKind.SERIES:
        what = f"{place}-attacks"
    elif event.kind is EventKind.ATTACK:
        what = f"{place}-{event.headline or 'attack'}"
    elif event.kind is EventKind.SECURITY_OPERATION:
        what = f"{place}-security-operation"
    else:
        agent = _slug(event.agents[0]) if event.agents else "unknown"
        what = f"{event.headline or event.kind.value}-{agent}"
    return f"{day}/{what}"


def _slug(key: str) -> str:
    name = key.split(":", 1)[-1].split("@", 1)[0]
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-")
    return slug or "x"
