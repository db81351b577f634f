"""Places no list knows, named alike in the tellings of one fused event, become one place.

Fusion matches "Saria mosque" (an English wire) and "جامع سارية" (an Arabic report) by their
consonant skeletons, and so fuses the two tellings of one bombing. Once the tellings are one event,
the two names are one place too: one entity with a label in each language and the mentions of both
documents. Only the places of tellings that fused are united, so two mosques spelled alike in
unrelated stories stay apart.
"""

from __future__ import annotations

from dataclasses import replace

from kg.link.fuse import spelled_alike
from kg.link.gazetteer import PLACE_RANK, Gazetteer
from kg.link.resolve import rename_event
from kg.model import Entity, EntityKind, Extraction, FusedEvent


def unite_alike_places(extractions: list[Extraction], entities: list[Entity], events: list[FusedEvent],
                       gazetteer: Gazetteer) -> tuple[list[Extraction], list[Entity]]:
    """The extractions and corpus entities with every set of alike places under one key."""
    rename = _alike_places(extractions, entities, events, gazetteer)
    if not rename:
        return extractions, entities
    groups: dict[str, list[Entity]] = {}
    for entity in sorted(entities, key=lambda e: e.key in rename):  # the place kept comes first
        groups.setdefault(rename.get(entity.key, entity.key), []).append(_renamed(entity, rename))
    united = {key: _one(group) for key, group in groups.items()}
    linked = []
    for extraction in extractions:
        own = []
        for entity in extraction.entities:
            entity = _renamed(entity, rename)
            if entity.key in rename.values():  # one type and one container for the place, in every document
                entity = replace(entity, subtype=united[entity.key].subtype, located_in=united[entity.key].located_in)
            own.append(entity)
        events = tuple(rename_event(e, rename) for e in extraction.events)
        linked.append(replace(extraction, entities=tuple(own), events=events))
    return linked, [united[key] for key in sorted(united)]


def _alike_places(extractions: list[Extraction], entities: list[Entity], events: list[FusedEvent],
                  gazetteer: Gazetteer) -> dict[str, str]:
    """old key -> the key of the place it is one with."""
    places = {e.key: e for e in entities if e.kind is EntityKind.PLACE}
    told = {(x.document.doc_id, e.key): e for x in extractions for e in x.events}
    root: dict[str, str] = {}

    def find(key: str) -> str:
        while root.get(key, key) != key:
            key = root[key]
        return key

    for fused in events:
        told_in: dict[str, set[str]] = {}  # each place no list knows of the tellings -> its documents
        for doc_id, key in fused.members:
            for place in told[(doc_id, key)].places:
                if place not in gazetteer.entries:
                    told_in.setdefault(place, set()).add(doc_id)
        names = sorted(told_in)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if told_in[a] == told_in[b] and len(told_in[a]) == 1:
                    continue  # two places of one document are two places
                ra, rb = find(a), find(b)
                if ra != rb and spelled_alike(a, b, places, gazetteer):
                    # the key in Latin letters names the place (it is minted into an IRI)
                    keep, gone = sorted((ra, rb), key=lambda k: (not k.isascii(), k))
                    root[gone] = keep
                    root.setdefault(keep, keep)
    return {key: find(key) for key in root if find(key) != key}


def _renamed(entity: Entity, rename: dict[str, str]) -> Entity:
    located = rename.get(entity.located_in, entity.located_in) if entity.located_in else None
    return replace(entity, key=rename.get(entity.key, entity.key), located_in=located)


def _one(group: list[Entity]) -> Entity:
    if len(group) == 1:
        return group[0]
    first = group[0]
    labels = tuple(sorted({label for e in group for label in e.labels}))
    mentions = tuple(sorted({m for e in group for m in e.mentions}, key=lambda m: (m.doc_id, m.begin, m.end)))
    names = " / ".join(label for _, label in labels)
    return replace(
        first,
        labels=labels,
        mentions=mentions,
        located_in=first.located_in or next((e.located_in for e in group if e.located_in), None),
        # the most specific reading of the place, as for one name read in several documents
        subtype=max((e.subtype for e in group), key=lambda t: (PLACE_RANK.get(t, 4) if t else -1, t)),
        link_reason=f"names spelled alike ({names}) for one event told in several documents",
    )
