"""Compare a build with a gold annotation (format: gold/FORMAT.md).

Each gold document is compared with the events of that document's own named graph, with the
figures its own claims give (consolidated by the same rule as the build), so a document is judged
on what it says even when the build fused it with other sources.

Gold and predicted events of one document are paired greedily, best pairs first, by a score over
place, date, figures and perpetrator; a pair needs the same kind and a matching place, or (for
events without a place) matching figures. Attacks and series count for event precision, recall and
F1; the slots of paired events are then scored: place, date, killed, injured, perpetrator.

Where the gold names the real event each telling is of (`story_event`), the build's merging across
sources is scored too, over pairs of gold attacks and series from different documents: a pair told of
one real event should be one event of the build (both found, with one IRI), and a pair of different
events (two bombings in one city on one day) should not.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Literal, URIRef

from kg.bench.scoring import Counts
from kg.errors import InputError
from kg.link.consolidate import consolidate
from kg.link.gazetteer import Gazetteer
from kg.model import CasualtyClaim, Measure, Mention, Qualifier
from kg.namespaces import KGO, NIF, PROV, RDF, RDFS, SEM, SKOS
from kg.text import arabic

KINDS = {
    KGO.AttackSeries: "series", KGO.Attack: "attack", KGO.SecurityOperation: "operation",
    KGO.ClaimOfResponsibility: "claim", KGO.Reaction: "reaction",
}
SCORED_KINDS = ("attack", "series")
SLOTS = ("place", "date", "killed", "injured", "perpetrator")
_GOLD_KINDS = {"series", "attack", "operation", "claim", "reaction"}


@dataclass(frozen=True)
class GoldEvent:
    source: str
    id: str
    kind: str
    date: dt.date | None = None
    places: tuple[str, ...] = ()
    killed: int | None = None
    injured: int | None = None
    perpetrators: tuple[str, ...] = ()
    parent: str = ""
    story_event: str = ""  # the real event this telling is of, shared by its tellings in other documents


@dataclass(frozen=True)
class PredictedEvent:
    source: str
    iri: str
    kind: str
    label: str
    date: dt.date | None
    places: frozenset[str]  # labels of the places named
    area: frozenset[str]  # labels of the towns and cities they lie in
    killed: int | None
    injured: int | None
    perpetrators: frozenset[str]  # labels, in every language, of perpetrators or agents


@dataclass
class Evaluation:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    pairs: list[tuple[GoldEvent, PredictedEvent]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[PredictedEvent] = field(default_factory=list)
    by_kind: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # kind -> (tp, fp, fn)
    slots: dict[str, tuple[int, int]] = field(default_factory=dict)  # slot -> (right, total)
    errors: list[str] = field(default_factory=list)
    merging: Merging | None = None  # when the gold says which tellings are of one real event

    def scores(self, kinds=SCORED_KINDS) -> tuple[float, float, float, int, int, int]:
        tp = sum(self.by_kind.get(k, (0, 0, 0))[0] for k in kinds)
        fp = sum(self.by_kind.get(k, (0, 0, 0))[1] for k in kinds)
        fn = sum(self.by_kind.get(k, (0, 0, 0))[2] for k in kinds)
        counts = Counts(tp, fp, fn)
        return counts.precision, counts.recall, counts.f1, tp, fp, fn

    def figure_accuracy(self) -> float:
        right = sum(self.slots.get(s, (0, 0))[0] for s in ("killed", "injured"))
        total = sum(self.slots.get(s, (0, 0))[1] for s in ("killed", "injured"))
        return right / total if total else 0.0

    def as_dict(self) -> dict:
        precision, recall, f1, tp, fp, fn = self.scores()
        return {
            "documents": self.documents,
            "events": {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                       "tp": tp, "fp": fp, "fn": fn},
            "by_kind": {k: dict(zip(("tp", "fp", "fn"), v)) for k, v in sorted(self.by_kind.items())},
            "slots": {s: {"accuracy": round(r / t, 4) if t else None, "right": r, "total": t}
                      for s, (r, t) in self.slots.items()},
            "figure_accuracy": round(self.figure_accuracy(), 4),
            "missed": [f"{g.source}: {g.id} ({g.kind}, {', '.join(g.places)})" for g in self.missed],
            "spurious": [f"{p.source}: {p.label} ({p.kind})" for p in self.spurious],
            "errors": self.errors,
            **({"merging": self.merging.as_dict()} if self.merging else {}),
        }

    def text(self) -> str:
        precision, recall, f1, tp, fp, fn = self.scores()
        lines = [
            f"documents: {self.documents}   gold events: {self.gold}   predicted events: {self.predicted}",
            f"events (attacks and series): precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"
            f"  (tp {tp}, fp {fp}, fn {fn})",
        ]
        for kind in ("series", "attack", "operation", "claim", "reaction"):
            if kind in self.by_kind:
                k_tp, k_fp, k_fn = self.by_kind[kind]
                p, r, f, *_ = self.scores((kind,))
                lines.append(f"  {kind:<10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {k_tp}, fp {k_fp}, fn {k_fn})")
        lines.append("slot accuracy on paired attacks and series:")
        for slot in SLOTS:
            right, total = self.slots.get(slot, (0, 0))
            value = f"{right / total:.3f}" if total else "  -  "
            lines.append(f"  {slot:<12} {value}  ({right}/{total})")
        lines.append(f"  figures      {self.figure_accuracy():.3f}  (killed and injured together)")
        if self.merging:
            lines.append(self.merging.text())
        for gold in self.missed:
            lines.append(f"missed    {gold.source}: {gold.id} ({gold.kind}; {', '.join(gold.places)})")
        for event in self.spurious:
            lines.append(f"spurious  {event.source}: {event.label} ({event.kind})")
        lines.extend(f"wrong     {e}" for e in self.errors)
        return "\n".join(lines) + "\n"


@dataclass
class Merging:
    """Pairs of gold attacks and series told in two documents: merged by the build or not."""

    tp: int = 0  # one real event, one event of the build
    fp: int = 0  # two real events merged into one
    fn: int = 0  # one real event left as two, or not found in one of the documents
    found: int = 0  # pairs of one real event with both tellings found
    errors: list[str] = field(default_factory=list)

    @property
    def counts(self) -> Counts:
        return Counts(self.tp, self.fp, self.fn)

    def as_dict(self) -> dict:
        c = self.counts
        return {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "found": self.found, "errors": self.errors}

    def text(self) -> str:
        c = self.counts
        lines = [
            f"merging across sources (pairs of tellings of attacks and series): precision {c.precision:.3f}"
            f"  recall {c.recall:.3f}  F1 {c.f1:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn};"
            f" {self.tp} of {self.found} pairs found in both documents merged)",
        ]
        lines.extend(self.errors)
        return "\n".join(lines)


# ---- gold ---------------------------------------------------------------------------------------

def load_gold(path: str | Path) -> list[GoldEvent]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read gold file: {err}", path=path) from err
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"not valid TOML: {err}", path=path, hint="see gold/FORMAT.md") from err
    events = []
    for document in data.get("document", []):
        source = document.get("source")
        if not source:
            raise InputError("a [[document]] lacks its source", path=path, hint="see gold/FORMAT.md")
        for item in document.get("event", []):
            kind = item.get("kind", "attack")
            if kind not in _GOLD_KINDS:
                raise InputError(f"{source}: event {item.get('id')!r} has unknown kind {kind!r}", path=path,
                                 hint=f"use one of {', '.join(sorted(_GOLD_KINDS))}")
            date = item.get("date")
            if isinstance(date, str) and date:
                try:
                    date = dt.date.fromisoformat(date)
                except ValueError as err:
                    raise InputError(f"{source}: event {item.get('id')!r}: bad date {date!r}", path=path) from err
            events.append(GoldEvent(
                source=source, id=str(item.get("id", "")), kind=kind, date=date or None,
                places=tuple(item.get("places", ())), killed=item.get("killed"), injured=item.get("injured"),
                perpetrators=tuple(item.get("perpetrators", ())), parent=item.get("parent", "") or "",
                story_event=str(item.get("story_event", "") or ""),
            ))
    return events


# ---- predictions --------------------------------------------------------------------------------

def predicted_events(dataset: Dataset) -> list[PredictedEvent]:
    """Each document's events as its own graph tells them."""
    union = _union(dataset)
    out = []
    for graph in dataset.graphs():
        source_doc = graph.value(graph.identifier, PROV.wasDerivedFrom)
        if source_doc is None:
            continue
        source = str(graph.value(source_doc, KGO.fileName))
        claims: dict[URIRef, list[CasualtyClaim]] = {}
        for claim in graph.subjects(RDF.type, KGO.CasualtyClaim):
            parsed = _claim(graph, claim, source)
            for event in graph.objects(claim, KGO.claimOf):
                claims.setdefault(event, []).append(parsed)
        for cls, kind in KINDS.items():
            for event in sorted(set(graph.subjects(RDF.type, cls)), key=str):
                labels = sorted(graph.objects(event, RDFS.label), key=str)
                date = graph.value(event, SEM.hasTimeStamp)
                places, area = set(), set()
                for place in graph.objects(event, SEM.hasPlace):
                    places |= _labels(union, place)
                    area |= _containers(union, place)
                people = set()
                # (a group blamed or suspected is the gold's perpetrator too: gold/FORMAT.md)
                for prop in (KGO.perpetrator, KGO.suspectedPerpetrator, KGO.agent):
                    for actor in graph.objects(event, prop):
                        people |= {str(l) for l in union.objects(actor, RDFS.label)}
                        people |= {str(l) for l in union.objects(actor, SKOS.altLabel)}
                event_claims = claims.get(event, [])
                operation = kind == "operation"
                out.append(PredictedEvent(
                    source=source, iri=str(event), kind=kind, label=str(labels[0]) if labels else str(event),
                    date=date.toPython() if isinstance(date, Literal) else None,
                    places=frozenset(places),
                    area=frozenset(area),
                    killed=consolidate(event_claims, Measure.KILLED, attackers=operation)
                    if operation else consolidate(event_claims, Measure.KILLED),
                    injured=consolidate(event_claims, Measure.INJURED),
                    perpetrators=frozenset(people),
                ))
    return out


def _union(dataset: Dataset):
    from kg.export.rdf_formats import union_graph

    return union_graph(dataset)


def _labels(union, node) -> set[str]:
    return {str(l) for l in union.objects(node, RDFS.label)} | {str(l) for l in union.objects(node, SKOS.altLabel)}


def _containers(union, place) -> set[str]:
    """Labels of the towns and cities a place lies in (not its governorate or country)."""
    labels: set[str] = set()
    parent = union.value(place, KGO.locatedIn)
    seen = {place}
    while parent is not None and parent not in seen:
        seen.add(parent)
        kind = str(union.value(parent, KGO.placeType) or "")
        if not kind.endswith(("/country", "/governorate", "/region")):
            labels |= _labels(union, parent)
        parent = union.value(parent, KGO.locatedIn)
    return labels


def _claim(graph, claim, source: str) -> CasualtyClaim:
    def local(prop) -> str:
        value = graph.value(claim, prop)
        return str(value).rsplit("/", 1)[-1] if value is not None else ""

    value = graph.value(claim, KGO.value)
    high = graph.value(claim, KGO.maxValue)
    mention = graph.value(claim, URIRef("http://groundedannotationframework.org/gaf#denotedBy"))
    begin = int(str(mention).rsplit("=", 1)[-1].split(",")[0]) if mention is not None and "=" in str(mention) else 0
    return CasualtyClaim(
        measure=Measure(local(KGO.measure)), qualifier=Qualifier(local(KGO.qualifier)),
        value=int(value) if value is not None else 0,
        mention=Mention(source, begin, begin, ""), max_value=int(high) if high is not None else None,
        group=local(KGO.victimGroup) or "people", joint=graph.value(claim, KGO.joint) is not None,
        vague=graph.value(claim, KGO.vague) is not None, subset=graph.value(claim, KGO.partOfFigure) is not None,
        statement=_statement_of(graph, claim, begin),
    )


def _statement_of(graph, claim, begin: int) -> int:
    """Where the sentence of a claim begins (claims of one sentence are one statement)."""
    sentence = graph.value(claim, KGO.statement)
    if sentence is None:
        return begin
    return int(graph.value(sentence, NIF.beginIndex))


# ---- names --------------------------------------------------------------------------------------

def normalise(name: str) -> str:
    """A name folded for comparison: case, Latin accents, Arabic spelling variants, the article,
    punctuation."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or "\u0600" <= ch <= "\u06ff")
    text = arabic.normalize(text).lower()
    text = re.sub(r"['’`ʿʾ]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    words = []
    for word in text.split():
        if word in ("the", "al", "el", "of") and len(text.split()) > 1:
            continue
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        elif re.match(r"^[وب]ال", word) and len(word) > 4:
            word = word[3:]
        if len(word) >= 5 and re.search(r"[\u0600-\u06ff](?:ين|ون)$", word):
            word = word[:-2] + "ون"  # the plural in any case: مسلحين and مسلحون are one word
        elif len(word) >= 4 and word.endswith("ه") and re.search(r"[\u0600-\u06ff]يه$", word):
            word = word[:-1]  # انتحارية (a woman) and انتحاري are one description
        words.append(word)
    return " ".join(words)


class NameMatcher:
    """Do two names denote the same thing: same folded words, one name's words inside the other's,
    or two names of one gazetteer entry (ISIL and Islamic State in Iraq and the Levant)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def ids(self, name: str) -> set[str]:
        found = set(self.gazetteer.names_of(name))
        found |= set(self.gazetteer.names_of(name.strip()))
        return found

    def same(self, a: str, b: str) -> bool:
        na, nb = normalise(a), normalise(b)
        if not na or not nb:
            return False
        if na == nb:
            return True
        wa, wb = set(na.split()), set(nb.split())
        if wa <= wb or wb <= wa:
            return True
        return bool(self.ids(a) & self.ids(b))

    def any_same(self, names_a, names_b) -> bool:
        return any(self.same(a, b) for a in names_a for b in names_b)


# ---- pairing and scoring ------------------------------------------------------------------------

def evaluate(gold: list[GoldEvent], predicted: list[PredictedEvent], gazetteer: Gazetteer) -> Evaluation:
    names = NameMatcher(gazetteer)
    result = Evaluation()
    sources = sorted({g.source for g in gold})
    result.documents = len(sources)
    for source in sources:
        gold_events = [g for g in gold if g.source == source]
        predictions = [p for p in predicted if _same_source(p.source, source)]
        result.gold += len(gold_events)
        result.predicted += len(predictions)
        pairs = _pair(gold_events, predictions, names)
        paired_gold = {id(g) for g, _ in pairs}
        paired_pred = {id(p) for _, p in pairs}
        for kind in _GOLD_KINDS:
            tp = sum(1 for g, _ in pairs if g.kind == kind)
            fp = sum(1 for p in predictions if p.kind == kind and id(p) not in paired_pred)
            fn = sum(1 for g in gold_events if g.kind == kind and id(g) not in paired_gold)
            if tp or fp or fn:
                old = result.by_kind.get(kind, (0, 0, 0))
                result.by_kind[kind] = (old[0] + tp, old[1] + fp, old[2] + fn)
        result.pairs.extend(pairs)
        result.missed.extend(g for g in gold_events if id(g) not in paired_gold and g.kind in SCORED_KINDS)
        result.spurious.extend(p for p in predictions if id(p) not in paired_pred and p.kind in SCORED_KINDS)
        for g, p in pairs:
            if g.kind in SCORED_KINDS:
                _score_slots(result, g, p, names)
    if any(g.story_event for g in gold):
        result.merging = _score_merging(gold, result.pairs)
    return result


def _score_merging(gold: list[GoldEvent], pairs: list[tuple[GoldEvent, PredictedEvent]]) -> Merging:
    found = {id(g): p for g, p in pairs}
    told = [g for g in gold if g.story_event and g.kind in SCORED_KINDS]
    merging = Merging()
    for i, a in enumerate(told):
        for b in told[i + 1 :]:
            if a.source == b.source:
                continue
            one_event = a.story_event == b.story_event
            pa, pb = found.get(id(a)), found.get(id(b))
            merged = pa is not None and pb is not None and pa.iri == pb.iri
            pair = f"{a.source}: {a.id} and {b.source}: {b.id}"
            if one_event and merged:
                merging.tp += 1
            elif one_event:
                merging.fn += 1
                if pa is not None and pb is not None:
                    merging.errors.append(f"unmerged  {pair}: one event ({a.story_event}) left as two")
            elif merged:
                merging.fp += 1
                merging.errors.append(f"merged    {pair}: two events ({a.story_event}, {b.story_event}) made one")
            if one_event and pa is not None and pb is not None:
                merging.found += 1
    return merging


def _same_source(predicted: str, gold: str) -> bool:
    return predicted == gold or predicted.endswith("/" + gold) or Path(predicted).name == Path(gold).name


def _pair(gold: list[GoldEvent], predicted: list[PredictedEvent], names: NameMatcher):
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g.kind != p.kind:
                continue
            score = _similarity(g, p, names)
            if score > 0:
                candidates.append((-score, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def _similarity(g: GoldEvent, p: PredictedEvent, names: NameMatcher) -> float:
    exact_place = bool(g.places) and names.any_same(g.places, p.places)
    place = exact_place or (bool(g.places) and names.any_same(g.places, p.area))
    figures = sum(1 for a, b in ((g.killed, p.killed), (g.injured, p.injured)) if a is not None and a == b)
    agent = bool(g.perpetrators) and names.any_same(g.perpetrators, p.perpetrators)
    if g.kind in ("series", "claim", "reaction"):
        base = 2.0 + (1.0 if agent else 0.0)
    elif place:
        base = 3.0 if exact_place else 2.0
    elif not g.places and (figures or agent):
        base = 1.0
    else:
        return 0.0
    if g.date and p.date and g.date != p.date:
        return 0.0 if g.kind != "series" else base * 0.1
    return base + figures + (0.5 if agent else 0.0) + (0.5 if g.date and g.date == p.date else 0.0)


def _score_slots(result: Evaluation, g: GoldEvent, p: PredictedEvent, names: NameMatcher) -> None:
    def tally(slot: str, right: bool, detail: str) -> None:
        r, t = result.slots.get(slot, (0, 0))
        result.slots[slot] = (r + int(right), t + 1)
        if not right:
            result.errors.append(f"{g.source}: {g.id} {slot}: gold {detail}")

    if g.places:
        right = names.any_same(g.places, p.places | p.area)
        tally("place", right, f"{list(g.places)} predicted {sorted(p.places)}")
    if g.date:
        tally("date", g.date == p.date, f"{g.date} predicted {p.date}")
    tally("killed", g.killed == p.killed, f"{g.killed} predicted {p.killed}")
    tally("injured", g.injured == p.injured, f"{g.injured} predicted {p.injured}")
    if g.perpetrators or p.perpetrators:
        right = names.any_same(g.perpetrators, p.perpetrators) if g.perpetrators else False
        tally("perpetrator", right, f"{list(g.perpetrators)} predicted {sorted(p.perpetrators)}")
    else:
        tally("perpetrator", True, "")
