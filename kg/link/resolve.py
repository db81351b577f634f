"""Entity resolution across documents: one corpus entity per real-world thing.

Names resolved against the gazetteer are one entity whatever the language or spelling (Kirkuk,
Karkuk, كركوك). Names no list knows are one entity across documents when their normalised name and
kind are the same and their context agrees (a place said to lie in two different places is two
places); otherwise they are kept apart. Every merge carries its reason (`Entity.link_reason`).
Described actors ("gunmen") belong to one event and are never merged.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Entity, EntityKind, Event, Extraction


def link_entities(extractions: list[Extraction]) -> tuple[list[Extraction], list[Entity]]:
    """Extractions with corpus-level entity keys, and the corpus entities."""
    renames = _context_splits(extractions)
    subtypes = _subtypes(extractions)
    linked: list[Extraction] = []
    merged: dict[str, dict] = {}
    for extraction in extractions:
        doc_id = extraction.document.doc_id
        rename = {old: new for (d, old), new in renames.items() if d == doc_id}
        entities = []
        for entity in extraction.entities:
            key = rename.get(entity.key, entity.key)
            located = rename.get(entity.located_in, entity.located_in) if entity.located_in else None
            entity = replace(entity, key=key, located_in=located, subtype=subtypes.get(key, entity.subtype))
            entities.append(entity)
            item = merged.setdefault(key, {"entity": entity, "labels": set(), "mentions": [], "docs": set()})
            item["labels"].update(entity.labels)
            item["mentions"].extend(entity.mentions)
            item["docs"].add(doc_id)
            if entity.located_in and not item["entity"].located_in:
                item["entity"] = replace(item["entity"], located_in=entity.located_in)
        events = tuple(rename_event(e, rename) for e in extraction.events) if rename else extraction.events
        linked.append(replace(extraction, entities=tuple(entities), events=events))
    corpus = []
    for key in sorted(merged):
        item = merged[key]
        entity: Entity = item["entity"]
        reason = entity.link_reason
        if len(item["docs"]) > 1:
            if entity.gazetteer_id:
                reason = f"gazetteer entry {entity.gazetteer_id} matched in {len(item['docs'])} documents"
            else:
                reason = f"same {entity.kind.value} name in {len(item['docs'])} documents, no conflicting context"
        corpus.append(replace(
            entity,
            labels=tuple(sorted(item["labels"])),
            mentions=tuple(sorted(item["mentions"], key=lambda m: (m.doc_id, m.begin, m.end))),
            link_reason=reason,
        ))
    return linked, corpus


def _subtypes(extractions: list[Extraction]) -> dict[str, str]:
    """One type per place: where documents read a name no list knows as different kinds of
    place, the most specific reading wins (a neighbourhood over a town)."""
    from kg.link.gazetteer import PLACE_RANK

    chosen: dict[str, str] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            if entity.kind is EntityKind.PLACE and not entity.gazetteer_id and entity.subtype:
                old = chosen.get(entity.key)
                if old is None or (PLACE_RANK.get(entity.subtype, 4), entity.subtype) > (PLACE_RANK.get(old, 4), old):
                    chosen[entity.key] = entity.subtype
    return chosen


def _context_splits(extractions: list[Extraction]) -> dict[tuple[str, str], str]:
    """Unknown places with one name but different containers are different places: their keys get
    the container ("place:saidiya@mosul")."""
    containers: dict[str, set[str]] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            if entity.kind is EntityKind.PLACE and not entity.gazetteer_id and entity.located_in:
                containers.setdefault(entity.key, set()).add(entity.located_in)
    renames: dict[tuple[str, str], str] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            if len(containers.get(entity.key, ())) > 1 and entity.located_in:
                renames[(extraction.document.doc_id, entity.key)] = f"{entity.key}@{entity.located_in}"
    return renames


def rename_event(event: Event, rename: dict[str, str]) -> Event:
    def keys(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(rename.get(v, v) for v in values)

    return replace(
        event,
        places=keys(event.places),
        perpetrators=keys(event.perpetrators),
        suspects=keys(event.suspects),
        targets=keys(event.targets),
        agents=keys(event.agents),
    )
