"""The linking stage: a corpus of extractions becomes one `Corpus` (entities resolved, events
fused, figures consolidated)."""

from __future__ import annotations

from kg.link.alike import unite_alike_places
from kg.link.fuse import fuse_events
from kg.link.gazetteer import Gazetteer
from kg.link.resolve import link_entities
from kg.model import Corpus, Extraction


def link(extractions: list[Extraction], gazetteer: Gazetteer, *, skipped: tuple = ()) -> Corpus:
    ordered = sorted(extractions, key=lambda x: x.document.doc_id)
    linked, entities = link_entities(ordered, gazetteer)
    events = fuse_events(linked, entities, gazetteer)
    linked, entities = unite_alike_places(linked, entities, events, gazetteer)
    return Corpus(extractions=tuple(linked), entities=tuple(entities), events=tuple(events), skipped=tuple(skipped))
