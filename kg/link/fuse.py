"""Event fusion: the same event told by several sources becomes one event.

Two documents' events are the same event when they are of one kind, on one day (one date, or, for a
story without a date of its own, one day of the week), and agree enough: for attacks, the place (the
same place, one inside the other, or a place no list knows spelled alike in both: "Saria mosque" and
"جامع سارية") and then the kind of attack and the figures (tolls a little apart do not count against
a match). A place that disagrees is accepted only when everything else agrees (same attack types,
same killed and injured figures), and the disagreement stays as each source's claim. Matching is one
to one between two documents (two bombings in Kirkuk on one day told by both stay two), the best
pairs of all documents first. Series fuse by date; claims of responsibility and reactions fuse when
their agents and the events they concern do. Every fusion records why (`FusedEvent.fusion_reason`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.link.consolidate import consolidated_figures, consolidate
from kg.link.gazetteer import PLACE_RANK, Gazetteer
from kg.model import Entity, Event, EventKind, Extraction, FusedEvent, Measure
from kg.text.skeleton import same_name

MIN_SCORE = 3.5


@dataclass(frozen=True)
class _Item:
    doc_id: str
    event: Event
    figures: tuple[int | None, int | None] = (None, None)  # killed and injured, as this source counts them

    @classmethod
    def of(cls, doc_id: str, event: Event) -> "_Item":
        return cls(doc_id, event, (consolidate(event.casualty_claims, Measure.KILLED),
                                   consolidate(event.casualty_claims, Measure.INJURED)))


def fuse_events(extractions: list[Extraction], entities: list[Entity], gazetteer: Gazetteer) -> list[FusedEvent]:
    places = {e.key: e for e in entities}
    items = [_Item.of(x.document.doc_id, e) for x in extractions for e in x.events]
    clusters = _Clusters(items)
    find = clusters.find
    reasons: dict[tuple[str, str], str] = {}
    # events concerned by claims and reactions fuse first, so those can follow them; within each
    # kind, the best-agreeing pairs of all documents fuse first
    for kinds in ((EventKind.SERIES,), (EventKind.ATTACK, EventKind.SECURITY_OPERATION),
                  (EventKind.CLAIM_OF_RESPONSIBILITY, EventKind.REACTION)):
        told = sorted((it for it in items if it.event.kind in kinds), key=lambda it: (it.doc_id, it.event.key))
        pairs = []
        for i, a in enumerate(told):
            for b in told[i + 1 :]:
                if a.doc_id == b.doc_id:
                    continue
                score, why = _score(a, b, places, gazetteer, find)
                if score >= MIN_SCORE:
                    pairs.append((-score, a.doc_id, a.event.key, b.doc_id, b.event.key, a, b, why))
        pairs.sort(key=lambda p: p[:5])
        for *_, a, b, why in pairs:
            ra, rb = find((a.doc_id, a.event.key)), find((b.doc_id, b.event.key))
            if ra == rb or clusters.clash(ra, rb):
                continue
            # incidents of two series are one only if the series are one too
            series = clusters.series_of(ra, rb)
            if len(series) > 1 and not _merge_all(series, clusters, reasons,
                                                  f"{b.doc_id} and {a.doc_id} tell the same incidents"):
                continue
            ra, rb = find(ra), find(rb)
            clusters.union(ra, rb)
            reasons[ra] = "; ".join(filter(None, [reasons.get(ra, ""), f"{b.doc_id} agrees with {a.doc_id}: {why}"]))
    return _fused(clusters.members, reasons, find)


class _Clusters:
    """The events fused so far: a root for each cluster (union-find) and its members."""

    def __init__(self, items: list[_Item]) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.members: dict[tuple[str, str], list[_Item]] = {(it.doc_id, it.event.key): [it] for it in items}

    def find(self, key: tuple[str, str]) -> tuple[str, str]:
        while self.parent.get(key, key) != key:
            key = self.parent[key]
        return key

    def union(self, root: tuple[str, str], other: tuple[str, str]) -> None:
        self.parent[other] = root
        self.members[root].extend(self.members.pop(other))

    def clash(self, ra, rb) -> bool:
        """Two clusters cannot merge when they would hold two events of one document, or two days."""
        a, b = self.members[ra], self.members[rb]
        if {it.doc_id for it in a} & {it.doc_id for it in b}:
            return True
        return _days_differ([it.event for it in (*a, *b)])

    def series_of(self, ra, rb) -> list[tuple[str, str]]:
        """The clusters of the series the members of two clusters belong to."""
        return sorted({self.find((it.doc_id, it.event.parent))
                       for root in (ra, rb) for it in self.members[root] if it.event.parent})


def _merge_all(roots, clusters: _Clusters, reasons, why: str) -> bool:
    """Merge clusters (of series) into one, unless any two of them clash."""
    for i, ra in enumerate(roots):
        for rb in roots[i + 1 :]:
            if clusters.clash(ra, rb):
                return False
    first = roots[0]
    for other in roots[1:]:
        if clusters.find(other) != clusters.find(first):
            clusters.union(clusters.find(first), clusters.find(other))
    reasons[clusters.find(first)] = "; ".join(filter(None, [reasons.get(clusters.find(first), ""), why]))
    return True


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
    elif (ea.date or ea.weekday is not None) and (eb.date or eb.weekday is not None):
        score += 0.5
        reasons.append("same day of the week")
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
    for fa, fb in zip(a.figures, b.figures):
        if fa is not None and fb is not None:
            if fa == fb:
                figures_agree += 1
            elif not _close(fa, fb):  # tolls differ a little from source to source
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


def _close(one: int, other: int) -> bool:
    """Figures near enough to be two sources' counts of one toll (9 and 11, 70 and 56)."""
    return abs(one - other) <= max(2, 0.25 * max(one, other))


def _place_agreement(pa: tuple[str, ...], pb: tuple[str, ...], places: dict[str, Entity], gazetteer: Gazetteer) -> str:
    if not pa or not pb:
        return "unknown"
    if set(pa) & set(pb):
        return "same"
    for a in pa:
        for b in pb:
            if _inside(a, b, places, gazetteer) or _inside(b, a, places, gazetteer):
                return "nested"
    if any(spelled_alike(a, b, places, gazetteer) for a in pa for b in pb):
        return "same"
    for a in pa:
        for b in pb:
            # "Century Bazaar" and "Worli" told by one, "سنشري" in "ورلي" by the other
            inner_b, inner_a = _container(b, places, gazetteer), _container(a, places, gazetteer)
            if (inner_b and spelled_alike(a, inner_b, places, gazetteer)) or (
                    inner_a and spelled_alike(inner_a, b, places, gazetteer)):
                return "nested"
    return "apart"


def _container(key: str, places: dict[str, Entity], gazetteer: Gazetteer) -> str | None:
    """The place a place lies in: as the corpus found it, else as the gazetteer lists it."""
    entity = places.get(key)
    if entity is not None and entity.located_in:
        return entity.located_in
    if key in gazetteer.entries:
        return gazetteer.entries[key].located_in or None
    return None


def spelled_alike(a: str, b: str, places: dict[str, Entity], gazetteer: Gazetteer) -> bool:
    """Two places no list knows, named alike in two scripts or spellings ("Saria mosque" and "جامع
    سارية"), and not put in two different towns."""
    ea, eb = places.get(a), places.get(b)
    if ea is None or eb is None or (a in gazetteer.entries and b in gazetteer.entries):
        return False
    if a in gazetteer.entries or b in gazetteer.entries:
        # a listed place and one no list knows: "Worli" (listed without its Arabic name) and "ورلي"
        known, unknown = (a, eb) if a in gazetteer.entries else (b, ea)
        if PLACE_RANK.get(unknown.subtype, 4) >= PLACE_RANK["facility"]:
            return False  # (a building named for its town is not the town: "Jakarta Cathedral")
        if unknown.located_in and not _same_container(known, unknown.located_in, places, gazetteer) and not _inside(
                unknown.located_in, known, places, gazetteer):
            return False
        return any(same_name(name, label) for name in gazetteer.entries[known].names() for _, label in unknown.labels)
    if ea.located_in and eb.located_in and not _same_container(ea.located_in, eb.located_in, places, gazetteer):
        return False
    return any(same_name(la, lb) for _, la in ea.labels for _, lb in eb.labels)


def _same_container(a: str, b: str, places: dict[str, Entity], gazetteer: Gazetteer) -> bool:
    """Can two containers be one place? Two listed places are one only if one holds the other; a
    place no list knows may lie in a listed one ("كارول باغ" in New Delhi); two places no list knows
    must be named alike ("Karol Bagh" and "كارول باغ")."""
    if a == b or _inside(a, b, places, gazetteer) or _inside(b, a, places, gazetteer):
        return True
    listed = (a in gazetteer.entries) + (b in gazetteer.entries)
    if listed == 2:
        return False
    if listed == 1:
        return True
    labels_a = [label for _, label in places[a].labels] if a in places else []
    labels_b = [label for _, label in places[b].labels] if b in places else []
    return any(same_name(x, y) for x in labels_a for y in labels_b)


def _inside(outer: str, inner: str, places: dict[str, Entity], gazetteer: Gazetteer) -> bool:
    seen = set()
    key: str | None = inner
    while key and key not in seen:
        seen.add(key)
        parent = _container(key, places, gazetteer)
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
