"""The gazetteer: places, groups, forces and organisations with their names in English and Arabic.

It is a set of CSV files (`kg/data/gazetteer/*.csv`, read in name order) that users can read and
extend (`kg build --gazetteer FILE` adds theirs). Columns:

    id          stable identifier, minted into the entity IRI (lowercase, hyphens)
    type        place | group | force | organisation | person | media
    subtype     for places: country, governorate, region, city, town, district, neighbourhood,
                facility; for others a free word (armed-group, police, army, party ...)
    name_en     preferred English name
    name_ar     preferred Arabic name
    variants    other names and spellings in either language, separated by '|'
    located_in  id of the place it lies in (for places) or the country it belongs to
    lat, lon    WGS84 coordinates where known
    wikidata    a verified Wikidata QID (never a guess)
    target_type GTD target-type code when the entity is a typical target (3 police, 4 military ...)

`Gazetteer.find()` finds every name of the gazetteer in a text, in either language, with Arabic
clitics and spelling variants; matches carry offsets into the original text.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import DataError
from kg.model import EntityKind, Lang
from kg.text.phrases import PhraseMatcher

COLUMNS = (
    "id", "type", "subtype", "name_en", "name_ar", "variants", "located_in", "lat", "lon",
    "wikidata", "target_type",
)
_KINDS = {
    "place": EntityKind.PLACE,
    "group": EntityKind.ARMED_GROUP,
    "force": EntityKind.SECURITY_FORCE,
    "organisation": EntityKind.ORGANISATION,
    "organization": EntityKind.ORGANISATION,
    "person": EntityKind.PERSON,
    "media": EntityKind.MEDIA,
}
PLACE_RANK = {
    "country": 0, "region": 1, "governorate": 2, "district": 3, "city": 4, "town": 4,
    "village": 5, "neighbourhood": 6, "facility": 7,
}


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    kind: EntityKind
    subtype: str
    name_en: str
    name_ar: str
    variants: tuple[str, ...] = ()
    located_in: str = ""
    lat: float | None = None
    lon: float | None = None
    wikidata: str = ""
    target_type: str = ""

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name_en, self.name_ar, *self.variants) if n)

    def label(self, lang: Lang) -> str:
        return (self.name_ar if lang is Lang.AR else self.name_en) or self.name_en or self.name_ar


@dataclass(frozen=True)
class NameMatch:
    begin: int
    end: int
    text: str
    entry_id: str


@dataclass
class Gazetteer:
    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    matcher: PhraseMatcher = field(default_factory=lambda: PhraseMatcher(names=True))

    # ---- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, *paths: str | Path) -> "Gazetteer":
        """The shipped gazetteer extended by the user's files (later rows replace earlier ids)."""
        gazetteer = cls()
        for name, rows in _shipped_rows():
            gazetteer.add_rows(rows, source=f"kg/data/gazetteer/{name}")
        for path in paths:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                raise DataError(f"{path}: cannot read gazetteer: {err}") from err
            gazetteer.add_rows(text, source=str(path))
        gazetteer.check()
        return gazetteer

    def add_rows(self, text: str, *, source: str) -> None:
        reader = csv.DictReader(io.StringIO(text))
        missing = [c for c in ("id", "type", "name_en", "name_ar") if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(
                f"{source}: gazetteer lacks column(s) {', '.join(missing)} (columns: {', '.join(COLUMNS)})"
            )
        for lineno, row in enumerate(reader, start=2):
            self.add(_entry(row, source=source, line=lineno))

    def add(self, entry: GazetteerEntry) -> None:
        old = self.entries.get(entry.id)
        if old is not None:
            for name in old.names():
                self.matcher.discard(name, old.id)
        self.entries[entry.id] = entry
        for name in entry.names():
            self.matcher.add(name, entry.id)

    def check(self) -> None:
        for entry in self.entries.values():
            if entry.located_in and entry.located_in not in self.entries:
                raise DataError(f"gazetteer: {entry.id} lies in unknown id {entry.located_in!r}")
            seen = {entry.id}
            parent = entry.located_in
            while parent:
                if parent in seen:
                    raise DataError(f"gazetteer: {entry.id} lies in itself through {parent!r}")
                seen.add(parent)
                parent = self.entries[parent].located_in

    # ---- queries -------------------------------------------------------------------------
    def get(self, entry_id: str) -> GazetteerEntry:
        return self.entries[entry_id]

    def ancestors(self, entry_id: str) -> list[str]:
        out = []
        parent = self.entries[entry_id].located_in if entry_id in self.entries else ""
        while parent:
            out.append(parent)
            parent = self.entries[parent].located_in
        return out

    def contains(self, outer: str, inner: str) -> bool:
        """True when place `inner` lies in (or is) place `outer`."""
        return outer == inner or outer in self.ancestors(inner)

    def country_of(self, entry_id: str) -> str | None:
        for candidate in [entry_id, *self.ancestors(entry_id)]:
            entry = self.entries.get(candidate)
            if entry and entry.kind is EntityKind.PLACE and entry.subtype == "country":
                return candidate
        return None

    def rank(self, entry_id: str) -> int:
        """How specific a place is: 0 for a country up to 7 for a building; -1 for no place."""
        entry = self.entries.get(entry_id)
        if entry is None or entry.kind is not EntityKind.PLACE:
            return -1
        return PLACE_RANK.get(entry.subtype, 4)

    def national(self, country: str, subtype: str) -> str | None:
        """The force of a country with a subtype (iraq, police -> iraqi-police), if listed."""
        for entry_id in sorted(self.entries):
            entry = self.entries[entry_id]
            if entry.kind is EntityKind.SECURITY_FORCE and entry.located_in == country and entry.subtype == subtype:
                return entry.id
        return None

    def names_of(self, name: str) -> tuple[str, ...]:
        """The ids of entries known by exactly this name."""
        return self.matcher.lookup(name)

    # ---- matching ------------------------------------------------------------------------
    def find(
        self, text: str, *, begin: int = 0, end: int | None = None, caseless: bool = False
    ) -> list[NameMatch]:
        """Every gazetteer name in text[begin:end]: the longest at each place, left to right."""
        return [
            NameMatch(m.begin, m.end, m.text, entry_id)
            for m in self.matcher.find(text, begin=begin, end=end, caseless=caseless)
            for entry_id in m.values
        ]


def _entry(row: dict, *, source: str, line: int) -> GazetteerEntry:
    def cell(name: str) -> str:
        return (row.get(name) or "").strip()

    entry_id = cell("id")
    if not entry_id or any(ch.isspace() for ch in entry_id):
        raise DataError(f"{source}:{line}: gazetteer row needs an id without spaces")
    kind = _KINDS.get(cell("type").lower())
    if kind is None:
        raise DataError(f"{source}:{line}: unknown type {cell('type')!r} (use one of {', '.join(sorted(_KINDS))})")
    if not cell("name_en") and not cell("name_ar"):
        raise DataError(f"{source}:{line}: {entry_id} needs name_en or name_ar")
    qid = cell("wikidata")
    if qid and not (qid.startswith("Q") and qid[1:].isdigit()):
        raise DataError(f"{source}:{line}: {entry_id}: wikidata must be a QID like Q796, not {qid!r}")
    coords = []
    for name in ("lat", "lon"):
        value = cell(name)
        try:
            coords.append(float(value) if value else None)
        except ValueError as err:
            raise DataError(f"{source}:{line}: {entry_id}: {name} {value!r} is not a number") from err
    return GazetteerEntry(
        id=entry_id,
        kind=kind,
        subtype=cell("subtype").lower(),
        name_en=cell("name_en"),
        name_ar=cell("name_ar"),
        variants=tuple(v.strip() for v in cell("variants").split("|") if v.strip()),
        located_in=cell("located_in"),
        lat=coords[0],
        lon=coords[1],
        wikidata=qid,
        target_type=cell("target_type"),
    )


@lru_cache(maxsize=1)
def _shipped_rows() -> tuple[tuple[str, str], ...]:
    """(file name, text) of every CSV of the shipped gazetteer, in name order."""
    folder = resources.files("kg.data").joinpath("gazetteer")
    files = sorted(item.name for item in folder.iterdir() if item.name.endswith(".csv"))
    return tuple((name, folder.joinpath(name).read_text(encoding="utf-8")) for name in files)


@lru_cache(maxsize=8)
def default_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    return Gazetteer.load(*extra)
