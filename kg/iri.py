"""The one place where IRIs are minted.

IRIs are readable and stable across rebuilds: they are made from identity keys (a gazetteer id, a
normalised name, an event's date, place and kind, a document's name and character offsets), never
from counters or the order in which things were read.

    >>> str(mint("place", "kirkuk"))
    'https://example.org/kg/id/place/kirkuk'
    >>> str(mint("mention", "001_4d726916c44ab01d", 12, 18))
    'https://example.org/kg/id/doc/001_4d726916c44ab01d#char=12,18'
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import URIRef

from kg.model import EntityKind
from kg.namespaces import KG, KGV

_KIND_PATHS = {
    EntityKind.PLACE: "place",
    EntityKind.ARMED_GROUP: "group",
    EntityKind.SECURITY_FORCE: "force",
    EntityKind.ORGANISATION: "organisation",
    EntityKind.PERSON: "person",
    EntityKind.MEDIA: "media",
    EntityKind.ACTOR: "actor",
}
_SCHEMES = {"attack-type", "weapon-type", "target-type", "measure", "qualifier", "victim-group",
            "place-type", "reaction-type"}


def slug(text: str) -> str:
    """A readable IRI segment: letters and digits of any script, other runs as '-'."""
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"['’]", "", text)
    text = re.sub(r"[^\w/]+", "-", text, flags=re.UNICODE).strip("-")
    return text or "x"


def mint(kind: str, *parts: object) -> URIRef:
    """The IRI of a thing of some kind, from its identity parts."""
    if kind == "entity":
        entity_kind, key = parts
        name = str(key).split(":", 1)[-1] if ":" in str(key) else str(key)
        return KG[f"{_KIND_PATHS[entity_kind]}/{slug(name.replace(':', '/').replace('@', '/in/'))}"]
    if kind in _KIND_PATHS.values():
        return KG[f"{kind}/{slug(str(parts[0]))}"]
    if kind == "event":
        return KG[f"event/{slug(str(parts[0]))}"]
    if kind == "described-actor":
        event_key, role = parts
        return KG[f"actor/{slug(str(event_key))}/{slug(str(role))}"]
    if kind == "document":
        return KG[f"doc/{slug(str(parts[0]))}"]
    if kind == "context":
        doc_id, length = parts
        return KG[f"doc/{slug(str(doc_id))}#char=0,{int(length)}"]
    if kind == "mention":
        doc_id, begin, end = parts
        return KG[f"doc/{slug(str(doc_id))}#char={int(begin)},{int(end)}"]
    if kind == "claim":
        doc_id, begin, end, measure = parts
        return KG[f"claim/{slug(str(doc_id))}/{int(begin)}-{int(end)}/{slug(str(measure))}"]
    if kind == "graph":
        return KG[f"graph/{slug(str(parts[0]))}"]
    if kind == "activity":
        return KG[f"activity/kg-{slug(str(parts[0]))}"]
    if kind == "agent":
        return KG[f"agent/kg-{slug(str(parts[0]))}"]
    if kind in _SCHEMES:
        return KGV[f"{kind}/{slug(str(parts[0])).replace('/', '-')}"]
    if kind == "scheme":
        return KGV[slug(str(parts[0]))]
    raise ValueError(f"no IRI scheme for {kind!r}")
