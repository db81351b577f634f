"""The domain model: plain frozen dataclasses and enums, free of rdflib.

A `Document` is read from a file; the extractors turn it into an `Extraction` (entities and events
with their mentions and casualty claims); linking and fusion turn the extractions of a corpus into a
`Corpus`, which the RDF mapping (`kg.rdf`) and the exporters consume. Offsets are Python string
indices (Unicode code points) into `Document.text`, the text exactly as read from the file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Lang(str, Enum):
    EN = "en"
    AR = "ar"


class BlockKind(str, Enum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    INFOBOX = "infobox"


class EntityKind(str, Enum):
    PLACE = "place"
    ARMED_GROUP = "group"
    SECURITY_FORCE = "force"
    ORGANISATION = "organisation"
    PERSON = "person"
    MEDIA = "media"
    ACTOR = "actor"  # a described, unnamed actor ("gunmen", "a suicide bomber")


class EventKind(str, Enum):
    SERIES = "series"
    ATTACK = "attack"
    SECURITY_OPERATION = "security-operation"
    CLAIM_OF_RESPONSIBILITY = "claim-of-responsibility"
    REACTION = "reaction"


class Measure(str, Enum):
    KILLED = "killed"
    INJURED = "injured"
    CASUALTIES = "casualties"  # killed or injured, the text does not say which
    HOSTAGES_TAKEN = "hostages-taken"
    HOSTAGES_FREED = "hostages-freed"


class Qualifier(str, Enum):
    EXACT = "exact"
    AT_LEAST = "at-least"
    MORE_THAN = "more-than"
    ABOUT = "about"
    UP_TO = "up-to"
    RANGE = "range"


@dataclass(frozen=True)
class Span:
    begin: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.begin <= self.end:
            raise ValueError(f"bad span {self.begin}..{self.end}")

    def overlaps(self, other: "Span") -> bool:
        return self.begin < other.end and other.begin < self.end

    def contains(self, other: "Span") -> bool:
        return self.begin <= other.begin and other.end <= self.end


@dataclass(frozen=True)
class Block:
    """A structural unit of a document: title, heading, paragraph, bullet or infobox."""

    kind: BlockKind
    span: Span
    section: str = ""  # text of the heading the block falls under ("" before the first)
    level: int = 0  # heading level (1 for `= T =`), 0 for other blocks


@dataclass(frozen=True)
class InfoboxField:
    key: str
    value: str
    key_span: Span
    value_span: Span
    line: int  # 1-based line number in the file


@dataclass(frozen=True)
class Document:
    doc_id: str  # stable slug of the source path; names the document's graph and context
    source: str  # the path relative to the input folder, as users name the source
    text: str  # the text exactly as decoded from the file
    lang: Lang
    sha256: str  # of the file's bytes
    blocks: tuple[Block, ...] = ()
    infobox: tuple[InfoboxField, ...] = ()
    title: Span | None = None

    def infobox_value(self, *keys: str) -> InfoboxField | None:
        wanted = {k.lower() for k in keys}
        for item in self.infobox:
            if item.key.lower() in wanted:
                return item
        return None


@dataclass(frozen=True)
class Mention:
    doc_id: str
    begin: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.begin, self.end)


@dataclass(frozen=True)
class Entity:
    """An entity as read in one document (before linking) or in the corpus (after)."""

    key: str  # identity: a gazetteer id, or a kind-qualified normalised name
    kind: EntityKind
    labels: tuple[tuple[str, str], ...]  # (language, label), sorted
    mentions: tuple[Mention, ...] = ()
    gazetteer_id: str | None = None  # set when the entity was resolved against the gazetteer
    subtype: str = ""  # for places: country, governorate, city, neighbourhood, facility ...
    located_in: str | None = None  # key of the place it lies in, when the text or gazetteer says
    link_reason: str = ""  # why the mentions were linked to this entity


@dataclass(frozen=True)
class CasualtyClaim:
    """One reported figure: "at least 11 people were killed" as read in one place of one document."""

    measure: Measure
    qualifier: Qualifier
    value: int  # the figure; the lower bound of a range
    mention: Mention
    max_value: int | None = None  # upper bound of a range or of "up to"
    group: str = "people"  # victim group: people, civilians, police, soldiers, attackers, ...
    joint: bool = False  # the figure covers this and other incidents together
    vague: bool = False  # from "dozens", "several": a floor, never a consolidated figure
    subset: bool = False  # part of a figure given with it ("12 people, including 3 policemen")
    statement: int = 0  # where the statement (sentence) the figure belongs to begins: figures of one
    statement_end: int = 0  # statement ("3 policemen and 2 civilians") are added up


@dataclass(frozen=True)
class Event:
    """An event as one document tells it."""

    key: str  # unique within the document
    kind: EventKind
    labels: tuple[tuple[str, str], ...]
    mentions: tuple[Mention, ...]
    date: dt.date | None = None
    weekday: int | None = None  # Monday is 0: the day of the week told when the text gives no date
    date_mention: Mention | None = None
    places: tuple[str, ...] = ()  # entity keys, most specific first
    perpetrators: tuple[str, ...] = ()  # entity keys
    suspects: tuple[str, ...] = ()  # entity keys of groups blamed or suspected, not told as the authors
    targets: tuple[str, ...] = ()  # entity keys of targeted actors or facilities
    victim_groups: tuple[str, ...] = ()
    attack_types: tuple[str, ...] = ()  # concept ids in the attack-type scheme
    weapon_types: tuple[str, ...] = ()
    target_types: tuple[str, ...] = ()
    casualty_claims: tuple[CasualtyClaim, ...] = ()
    parent: str | None = None  # key of the series this incident belongs to
    about: str | None = None  # for claims of responsibility and reactions: the event concerned
    agents: tuple[str, ...] = ()  # who claims, reacts or conducts an operation
    suicide: bool = False
    from_infobox: bool = False
    headline: str = ""  # language-neutral kind of attack for names: suicide, bombing, attack ...


@dataclass(frozen=True)
class Extraction:
    """What the extractors found in one document."""

    document: Document
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True)
class FusedEvent:
    """One real-world event after fusion: the documents' events that tell it, and the figures
    consolidated from all their claims."""

    key: str  # canonical key, minted into the event IRI
    kind: EventKind
    members: tuple[tuple[str, str], ...]  # (doc_id, event key) of each document's telling
    parent: str | None = None  # canonical key of the series
    about: str | None = None  # canonical key of the event a claim or reaction concerns
    killed: int | None = None
    injured: int | None = None
    hostages_taken: int | None = None
    hostages_freed: int | None = None
    attackers_killed: int | None = None
    fusion_reason: str = ""


@dataclass(frozen=True)
class Corpus:
    """A linked and fused corpus, ready for the RDF mapping."""

    extractions: tuple[Extraction, ...]
    entities: tuple[Entity, ...]  # corpus-level entities (merged across documents)
    events: tuple[FusedEvent, ...]
    skipped: tuple = field(default=())  # kg.pipeline.SkippedDocument: documents left out, and why

    def event_key_of(self, doc_id: str, local_key: str) -> str:
        for fused in self.events:
            if (doc_id, local_key) in fused.members:
                return fused.key
        raise KeyError((doc_id, local_key))
