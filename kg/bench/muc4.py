"""MUC-4 (1992) terrorism template filling: read the benchmark, map kg's events to templates, score.

The benchmark folder (`shared/benchmarks/muc4`) holds `processed/{train,dev,test}.json` (one JSON
object a line: `docid`, lowercased `doctext`, `templates`), `raw/` (the TST3 and TST4 texts and their
answer keys with all 25 slots) and `taskdoc/` (the official set lists).

    documents = load_split(folder, "dev")           # MucDocument with gold Templates
    predictor = Predictor.load()                     # kg's extractor + the MUC-4 mapping
    predicted = {d.docid: predictor(d.docid, d.text) for d in documents}
    result = score(documents, predicted)             # role-filler P/R/F1, errors by kind

**Mapping** (`kg.bench.muc4_mapping`). A document gets templates when kg's extractor finds an
attack event in it and a relevance model over its words (learned from the train split by
`benchmarks/muc4_model.py`, `kg/data/muc4_model.toml`) calls it relevant; one template per
incident type of its attack events (`kg/data/muc4.toml`, `[incident_types]`, `[incident_words]`).
Its role fillers are the noun phrases a role model (learned likewise) picks, then the phrases of
the MUC-4 role lexicon (`kg/data/muc4_fillers.toml`, learned by `benchmarks/muc4_lexicon.py`);
each goes to the template of the attack mention nearest to it.

**Metric** (the GRIT/GTT role-filler entity metric as the benchmark README defines it): within a
document and an incident type, the gold entities of a role are those of every gold template of that
type; a predicted filler is correct when it matches (normalised: lower case, no punctuation or
leading article) any mention of a still unmatched gold entity of the same role; each gold entity
counts once; duplicate predictions count once. Micro-averaged over the five string roles.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.bench.scoring import Counts, match_fillers, normalise, read_json_lines
from kg.errors import InputError
from kg.link.gazetteer import COLUMNS

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
INCIDENT_TYPES = ("attack", "bombing", "kidnapping", "arson", "robbery", "forced work stoppage")
SPLITS = ("train", "dev", "test")


# ---- the benchmark's data ----------------------------------------------------------------------

@dataclass(frozen=True)
class Template:
    """One incident: its type and, per role, its entities (each a tuple of coreferent mentions)."""

    incident_type: str  # "attack", or alternatives "bombing / attack"
    fillers: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    date: dt.date | None = None  # predicted templates only
    location: tuple[str, ...] = ()  # predicted templates only: place names, most specific first

    def types(self) -> set[str]:
        return {t.strip() for t in self.incident_type.split("/")}

    def entities(self, role: str) -> tuple[tuple[str, ...], ...]:
        return self.fillers.get(role, ())


@dataclass(frozen=True)
class MucDocument:
    docid: str
    text: str
    templates: tuple[Template, ...]


@dataclass(frozen=True)
class KeyTemplate:
    """The date and location slots of one template of the raw answer keys."""

    docid: str
    incident_type: str
    date: str  # as the key writes it: "16 NOV 89", "- 02 NOV 89", "14 - 15 APR 89", "" for none
    locations: tuple[str, ...]  # every place name of the slot, lower case ("peru", "lima", ...)


def load_split(folder: str | Path, split: str) -> list[MucDocument]:
    """The documents of a split with their gold templates."""
    if split not in SPLITS:
        raise InputError(f"unknown MUC-4 split {split!r}", hint=f"use one of {', '.join(SPLITS)}")
    path = Path(folder) / "processed" / f"{split}.json"
    return read_json_lines(path, "MUC-4", "give the muc4 benchmark folder (the one holding processed/)", _document)


def _document(item: dict) -> MucDocument:
    templates = tuple(
        Template(t["incident_type"], {r: tuple(tuple(m[0] for m in entity) for entity in t.get(r, []))
                                      for r in ROLES})
        for t in item["templates"]
    )
    return MucDocument(item["docid"], item["doctext"], templates)


_KEY_SLOT = re.compile(r"^\s*(\d+)\.\s+([A-Z][A-Z :]+?)\s{2,}(.*)$")


def load_keys(folder: str | Path) -> dict[str, list[KeyTemplate]]:
    """The date and location of every template of the raw answer keys (TST3, TST4), by document."""
    keys: dict[str, list[KeyTemplate]] = defaultdict(list)
    for path in sorted((Path(folder) / "raw").glob("key-*.txt")):
        for block in re.split(r"\n\s*\n(?=\s*0\.\s+MESSAGE: ID)", path.read_text(encoding="latin-1")):
            slots: dict[str, list[str]] = defaultdict(list)
            current = None
            for line in block.splitlines():
                found = _KEY_SLOT.match(line)
                if found:
                    current = found.group(2).strip()
                    slots[current].append(found.group(3).strip())
                elif current and line.strip():
                    slots[current].append(line.strip())
            docid = (slots.get("MESSAGE: ID") or [""])[0]
            kind = " ".join(slots.get("INCIDENT: TYPE", [])).strip()
            if not docid or kind in ("", "*", "-"):
                continue
            keys[docid].append(KeyTemplate(
                docid, kind.lower().lstrip("?").strip(), _key_value(slots.get("INCIDENT: DATE", [])),
                _key_places(slots.get("INCIDENT: LOCATION", [])),
            ))
    return dict(keys)


def _key_value(values: list[str]) -> str:
    value = " ".join(values).strip()
    return "" if value in ("", "-", "*") else value


def _key_places(values: list[str]) -> tuple[str, ...]:
    names = []
    for value in values:
        for alternative in value.split("/"):
            for part in alternative.split(":"):
                name = re.sub(r"\([A-Z ]+\)", "", part).strip(" -*?\"()").lower()
                if name:
                    names.append(name)
    return tuple(dict.fromkeys(names))


_MONTHS = {m: i for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)}
_KEY_DATE = re.compile(r"(\d{1,2}) ([A-Z]{3}) (\d{2})")


def key_dates(value: str) -> tuple[dt.date | None, dt.date | None]:
    """The earliest and latest date a key's date slot allows: "14 - 15 APR 89" -> (14th, 15th);
    "- 02 NOV 89" (on or before) -> (None, 2nd); (None, None) when it holds no date."""
    value = value.upper()
    found = _KEY_DATE.findall(value)
    dates = [dt.date(1900 + int(y), _MONTHS[m], int(d)) for d, m, y in found if m in _MONTHS]
    short = re.match(r"^(\d{1,2}) - (\d{1,2}) ([A-Z]{3}) (\d{2})", value)
    if short and short.group(3) in _MONTHS:
        month, year = _MONTHS[short.group(3)], 1900 + int(short.group(4))
        return dt.date(year, month, int(short.group(1))), dt.date(year, month, int(short.group(2)))
    if not dates:
        return None, None
    if value.startswith("-"):
        return None, dates[-1]
    return dates[0], dates[-1]


_RAW_DOC = re.compile(r"^\s*((?:TST|DEV)\d?-MUC\d-\d{4})\s*$", re.M)
_DATELINE = re.compile(r"^\s*([^,\n]+(?:,[^,\n]+)*?),\s+(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{2})\b")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")


def load_datelines(folder: str | Path) -> dict[str, str]:
    """The dateline of every raw document ("LIMA, 9 JAN 90 (EFE) --") that the processed release
    dropped, rewritten as kg reads it ("lima, 9 january 1990 --"): the report's place and date,
    which anchor relative dates. Documents without a dated dateline are left out."""
    out: dict[str, str] = {}
    for path in sorted((Path(folder) / "raw").glob("tst*-muc4*.txt")):
        text = path.read_text(encoding="latin-1")
        found = list(_RAW_DOC.finditer(text))
        for item, following in zip(found, found[1:] + [None]):
            body = text[item.end(): following.start() if following else len(text)]
            line = _DATELINE.match(body.strip().split("--")[0].replace("\n", " "))
            if line is None or line.group(3).upper() not in _MONTHS:
                continue
            month = _MONTH_NAMES[_MONTHS[line.group(3).upper()] - 1]
            out.setdefault(item.group(1), f"{line.group(1).strip().lower()}, {int(line.group(2))} {month} 19{line.group(4)} --")
    return out


# ---- scoring -----------------------------------------------------------------------------------

@dataclass
class ErrorCase:
    kind: str  # missed incident, missed filler, spurious incident, spurious filler, wrong incident
    #            type, wrong role, boundary mismatch, coreferent duplicate
    docid: str
    role: str
    text: str


@dataclass
class Muc4Result:
    split: str
    documents: int
    roles: dict[str, Counts]
    incidents: Counts  # (document, incident type) pairs found
    errors: list[ErrorCase]
    date: Counts | None = None  # tp: right date, fn: wrong or none (key templates with a date)
    location: Counts | None = None

    @property
    def overall(self) -> Counts:
        return Counts.total(self.roles.values())

    def error_kinds(self) -> Counter:
        return Counter(case.kind for case in self.errors)

    def as_dict(self) -> dict:
        return {
            "benchmark": "muc4", "split": self.split, "documents": self.documents,
            "role_filler": {"overall": self.overall.as_dict(), **{r: c.as_dict() for r, c in self.roles.items()}},
            "incidents": self.incidents.as_dict(),
            "date_accuracy": _accuracy(self.date), "location_accuracy": _accuracy(self.location),
            "errors": dict(self.error_kinds().most_common()),
        }

    def text(self, *, examples: int = 3) -> str:
        lines = [f"MUC-4 {self.split}: {self.documents} documents",
                 "role-filler entity micro P/R/F1 (as the benchmark README defines it: same role and incident type, each gold entity once)"]
        lines += [self.roles[r].line(r) for r in ROLES]
        lines.append(self.overall.line("overall"))
        lines.append(self.incidents.line("incidents") + "  [documents x incident types]")
        if self.date is not None:
            lines.append(f"  incident date accuracy      {_accuracy(self.date):.3f}  "
                         f"({self.date.tp}/{self.date.tp + self.date.fn} key templates with a date)")
        if self.location is not None:
            lines.append(f"  incident location accuracy  {_accuracy(self.location):.3f}  "
                         f"({self.location.tp}/{self.location.tp + self.location.fn} key templates with a location)")
        lines.append("commonest errors:")
        by_kind: dict[str, list[ErrorCase]] = defaultdict(list)
        for case in self.errors:
            by_kind[case.kind].append(case)
        for kind, count in self.error_kinds().most_common():
            common = Counter((c.role, normalise(c.text)) for c in by_kind[kind]).most_common(examples)
            shown = "; ".join(f"{role} '{text}' x{n}" for (role, text), n in common)
            lines.append(f"  {kind:<20} {count:>4}   e.g. {shown}")
        lines.append(f"role-filler F1: {self.overall.f1:.2f}")
        return "\n".join(lines) + "\n"


def _accuracy(counts: Counts | None) -> float | None:
    if counts is None:
        return None
    return round(counts.tp / (counts.tp + counts.fn), 4) if counts.tp + counts.fn else 0.0


def score(documents: list[MucDocument], predicted: dict[str, list[Template]], *, split: str = "",
          keys: dict[str, list[KeyTemplate]] | None = None) -> Muc4Result:
    """Score predicted templates against the gold ones (see the module's docstring)."""
    roles = {r: Counts() for r in ROLES}
    incidents = Counts()
    errors: list[ErrorCase] = []
    for document in documents:
        templates = predicted.get(document.docid, [])
        pred_types = {t for p in templates for t in p.types()}
        resolved = [_resolved(g, pred_types) for g in document.templates]
        gold_types = {g.incident_type for g in resolved}
        incidents.add(Counts(len(gold_types & pred_types), len(pred_types - gold_types), len(gold_types - pred_types)))
        all_gold = {r: [m for g in document.templates for e in g.entities(r) for m in e] for r in ROLES}
        for kind in sorted(gold_types | pred_types):
            gold = [g for g in resolved if g.incident_type == kind]
            pred = [p for p in templates if kind in p.types()]
            for role in ROLES:
                entities = list(dict.fromkeys(e for g in gold for e in g.entities(role)))
                fillers = [m for p in pred for e in p.entities(role) for m in e]
                matched, spurious, missed = match_fillers(fillers, entities)
                roles[role].add(Counts(len(matched), len(spurious), len(missed)))
                for filler in spurious:
                    errors.append(ErrorCase(_spurious_kind(filler, role, kind, gold_types, entities, all_gold),
                                            document.docid, role, filler))
                for index in missed:
                    errors.append(ErrorCase("missed incident" if kind not in pred_types else "missed filler",
                                            document.docid, role, entities[index][0]))
    result = Muc4Result(split, len(documents), roles, incidents, errors)
    if keys is not None:
        result.date, result.location = _slot_accuracy(documents, predicted, keys)
    return result


def _resolved(template: Template, pred_types: set[str]) -> Template:
    """A gold template with alternative types ("bombing / attack") counts once: under the type
    predicted for the document if it is one of them, else under the first."""
    types = [t.strip() for t in template.incident_type.split("/")]
    kind = next((t for t in types if t in pred_types), types[0])
    return Template(kind, template.fillers)


def _spurious_kind(filler: str, role: str, kind: str, gold_types: set[str],
                   entities: list[tuple[str, ...]], all_gold: dict[str, list[str]]) -> str:
    if not gold_types:
        return "spurious incident"
    key = normalise(filler)
    if any(normalise(m) == key for entity in entities for m in entity):
        return "coreferent duplicate"  # another mention of an entity already matched
    if kind not in gold_types:
        if any(normalise(m) == key for m in all_gold[role]):
            return "wrong incident type"
        return "spurious incident"
    if any(normalise(m) == key for r in ROLES if r != role for m in all_gold[r]):
        return "wrong role"
    words = set(key.split())
    if any(words & set(normalise(m).split()) for m in all_gold[role]):
        return "boundary mismatch"  # shares words with a gold mention of the role
    return "spurious filler"


def _slot_accuracy(documents: list[MucDocument], predicted: dict[str, list[Template]],
                   keys: dict[str, list[KeyTemplate]]) -> tuple[Counts, Counts]:
    """Over the key templates with a date (a location): right when a predicted template of the
    same document and incident type has a date in the key's range (a place named in the slot)."""
    date, location = Counts(), Counts()
    for document in documents:
        for key in keys.get(document.docid, []):
            kinds = {t.strip() for t in key.incident_type.split("/")}
            candidates = [p for p in predicted.get(document.docid, []) if p.types() & kinds]
            low, high = key_dates(key.date)
            if low or high:
                ok = any(p.date and (low is None or p.date >= low) and (high is None or p.date <= high)
                         and (low is not None or p.date == high) for p in candidates)
                date.add(Counts(tp=1) if ok else Counts(fn=1))
            if key.locations:
                ok = any(p.location and p.location[0].lower() in key.locations for p in candidates)
                location.add(Counts(tp=1) if ok else Counts(fn=1))
    return date, location


# ---- the official location set list as a gazetteer ----------------------------------------------

SET_LIST = Path("taskdoc") / "set-list-location.v4.txt"
_SET_ITEM = re.compile(r"^([A-Z][A-Z0-9 .'&-]*?)\s*\(([A-Z /-]+)\)\s*$")
_SUBTYPES = {  # set-list type -> gazetteer subtype (kg.link.gazetteer.PLACE_RANK)
    "CITY": "city", "TOWN": "town", "PORT": "city", "MUNICIPALITY": "district", "DISTRICT": "district",
    "JURISDICTION": "district", "CANTON": "district", "CORREGIMIENTO": "district", "SECTOR": "district",
    "NEIGHBORHOOD": "neighbourhood", "SUBURB": "neighbourhood", "ZONE": "neighbourhood",
    "VILLAGE": "village", "HAMLET": "village", "FARM": "village",
    "DEPARTMENT": "governorate", "PROVINCE": "governorate", "STATE": "governorate", "COUNTY": "governorate",
    "COMMISSARIAT": "governorate", "INTENDANCY": "governorate", "OFFICIAL REGION": "region",
}
_PREFERRED = ("city", "town", "district", "village", "neighbourhood", "governorate", "region", "facility")


def location_gazetteer(set_list: str, *, known: set[str] = frozenset(), stop: set[str] = frozenset()) -> str:
    """The MUC-4 location set list (`taskdoc/set-list-location.v4.txt`) as gazetteer CSV rows
    (`kg build --gazetteer`). A name listed with several types is kept once, as its most
    specific inhabited type (city before department); names in `known` (already in the
    gazetteer) or `stop` (common words) are left out. The set list gives no containing areas,
    so `located_in` stays empty.

    >>> print(location_gazetteer("SAN ISIDRO (NEIGHBORHOOD)\\nLIMA (CITY)\\nLIMA (DEPARTMENT)\\n"), end="")
    id,type,subtype,name_en,name_ar,variants,located_in,lat,lon,wikidata,target_type
    muc4-lima,place,city,Lima,,,,,,,
    muc4-san-isidro,place,neighbourhood,San Isidro,,,,,,,
    """
    chosen: dict[str, str] = {}
    for line in set_list.splitlines():
        found = _SET_ITEM.match(line.strip())
        if not found:
            continue
        name = found.group(1).strip().title()
        subtype = _SUBTYPES.get(found.group(2).strip(), "facility" if found.group(2).strip() in (
            "UNIVERSITY", "SCHOOL", "AIRPORT", "AIR FORCE BASE", "JAIL", "PRISON") else "region")
        key = name.lower()
        if key in known or key in stop or len(key) < 3:
            continue
        old = chosen.get(name)
        if old is None or _PREFERRED.index(subtype) < _PREFERRED.index(old):
            chosen[name] = subtype
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for name in sorted(chosen, key=lambda n: _slug(n)):
        writer.writerow([f"muc4-{_slug(name)}", "place", chosen[name], name] + [""] * (len(COLUMNS) - 4))
    return out.getvalue()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
