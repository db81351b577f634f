"""Entity resolution across documents: one corpus entity per real-world thing.

Names resolved against the gazetteer are one entity whatever the language or spelling (Kirkuk,
Karkuk, كركوك). Names no list knows are one entity across documents when their normalised name and
kind are the same and their context agrees (a place said to lie in two different places is two
places); otherwise they are kept apart. Every merge carries its reason (`Entity.link_reason`).
Described actors ("gunmen") belong to one event and are never merged.
"""

from __future__ import annotations

from dataclasses import replace

from kg.link.gazetteer import PLACE_RANK, Gazetteer
from kg.model import Entity, EntityKind, Event, Extraction


def link_entities(extractions: list[Extraction], gazetteer: Gazetteer | None = None) -> tuple[list[Extraction], list[Entity]]:
    """Extractions with corpus-level entity keys, and the corpus entities."""
    renames = _context_splits(extractions)
    listed = _listed_names(extractions, gazetteer) if gazetteer is not None else {}
    renamed: list[tuple[Extraction, dict[str, str], list[Entity]]] = []
    for extraction in extractions:
        doc_id = extraction.document.doc_id
        rename = {old: new for (d, old), new in renames.items() if d == doc_id}
        rename.update({old: new for old, new in listed.items() if old not in rename})
        entities = []
        for entity in extraction.entities:
            key = rename.get(entity.key, entity.key)
            located = rename.get(entity.located_in, entity.located_in) if entity.located_in else None
            if key in listed.values() and not entity.gazetteer_id:
                entry = gazetteer.get(key)
                entity = replace(entity, gazetteer_id=key, subtype=entry.subtype, located_in=entry.located_in or None)
                located = entity.located_in
            entities.append(replace(entity, key=key, located_in=located))
        renamed.append((extraction, rename, entities))
    subtypes = _subtypes([entity for _, _, entities in renamed for entity in entities])
    linked: list[Extraction] = []
    merged: dict[str, dict] = {}
    for extraction, rename, renamed_entities in renamed:
        doc_id = extraction.document.doc_id
        entities = []
        for entity in renamed_entities:
            key = entity.key
            entity = replace(entity, subtype=subtypes.get(key, entity.subtype))
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


def _subtypes(entities: list[Entity]) -> dict[str, str]:
    """One type per place: where documents read a name no list knows as different kinds of
    place, the most specific reading wins (a neighbourhood over a town)."""
    chosen: dict[str, str] = {}
    for entity in entities:
        if entity.kind is EntityKind.PLACE and not entity.gazetteer_id and entity.subtype:
            old = chosen.get(entity.key)
            if old is None or (PLACE_RANK.get(entity.subtype, 4), entity.subtype) > (PLACE_RANK.get(old, 4), old):
                chosen[entity.key] = entity.subtype
    return chosen


def _listed_names(extractions: list[Extraction], gazetteer: Gazetteer) -> dict[str, str]:
    """A name no list matched whose normalised form is the id of a listed entity of its kind
    ("Orlando", read by pattern, and the listed "Orlando, Florida", id orlando) is that entity: the
    two would otherwise share one IRI with two descriptions. Key -> gazetteer id."""
    out: dict[str, str] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            if entity.gazetteer_id or ":" not in entity.key or "@" in entity.key:
                continue
            name = entity.key.split(":", 1)[1]
            entry = gazetteer.entries.get(name)
            if entry is not None and entry.kind is entity.kind:
                out[entity.key] = name
    return out


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
