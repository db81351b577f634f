"""WikiEvents (dev and test): attack events and their place, attacker, victim and instrument.

The benchmark folder holds `{dev,test}.jsonl`: one document a line with its sentences (tokens with
character offsets), entity mentions and KAIROS event mentions with arguments. kg reads each document
as its sentences, one a line, and extracts its events with the shipped gazetteer.

    result = evaluate_split(folder, "test")
    print(result.text())

**Metrics.** *Attack triggers*: the gold triggers are those of `Conflict.Attack.*` events; a mention
of a kg attack event is right when it overlaps one (precision over kg's mentions, recall over the
gold triggers). *Arguments*, per document: the gold fillers of a role are the distinct argument
texts of the attack events (`place`: Place; `attacker`: Attacker; `victim`: Target of attacks and
Victim of `Life.Die`/`Life.Injure`; `instrument`: Instrument, ExplosiveDevice); a kg filler is right
when its head word (last word) is the head of a still unmatched gold filler of the role, or holds it
whole ("the city of Deir ez-Zor" for "Deir ez-Zor"). Each gold filler counts once.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.bench.scoring import Counts, normalise, read_json_lines
from kg.errors import InputError

SPLITS = ("dev", "test")
ARG_ROLES = ("place", "attacker", "victim", "instrument")
_GOLD_ROLES = {
    "Conflict.Attack": {"Place": "place", "Attacker": "attacker", "Target": "victim", "Victim": "victim",
                        "Instrument": "instrument", "ExplosiveDevice": "instrument"},
    "Life.Die": {"Victim": "victim"},
    "Life.Injure": {"Victim": "victim"},
}


@dataclass(frozen=True)
class WikiDocument:
    doc_id: str
    text: str  # the sentences, one a line
    triggers: tuple[tuple[int, int], ...]  # character spans of the attack triggers in `text`
    arguments: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> distinct fillers


@dataclass(frozen=True)
class Prediction:
    mentions: tuple[tuple[int, int], ...]  # spans of kg's attack event mentions
    arguments: dict[str, tuple[str, ...]] = field(default_factory=dict)


def load_split(folder: str | Path, split: str) -> list[WikiDocument]:
    if split not in SPLITS:
        raise InputError(f"unknown WikiEvents split {split!r}", hint=f"use one of {', '.join(SPLITS)}")
    path = Path(folder) / f"{split}.jsonl"
    return read_json_lines(path, "WikiEvents", "give the wikievents benchmark folder (the one holding dev.jsonl)",
                           _document)


def _document(item: dict) -> WikiDocument:
    parts, token_spans = [], []  # token_spans[token index in the document] = (begin, end) in our text
    position = 0
    for tokens, sentence_text in item["sentences"]:
        base = tokens[0][1] if tokens else 0
        token_spans.extend((position + b - base, position + e - base) for _, b, e in tokens)
        parts.append(sentence_text)
        position += len(sentence_text) + 1
    text = "\n".join(parts)
    triggers, arguments = [], defaultdict(list)
    for event in item["event_mentions"]:
        family = ".".join(event["event_type"].split(".")[:2])
        roles = _GOLD_ROLES.get(family)
        if roles is None:
            continue
        if family == "Conflict.Attack":
            trigger = event["trigger"]
            triggers.append((token_spans[trigger["start"]][0], token_spans[trigger["end"] - 1][1]))
        for argument in event["arguments"]:
            role = roles.get(argument["role"])
            if role:
                arguments[role].append(argument["text"])
    return WikiDocument(item["doc_id"], text, tuple(sorted(set(triggers))),
                        {r: tuple(dict.fromkeys(arguments[r])) for r in ARG_ROLES})


# ---- prediction --------------------------------------------------------------------------------

def instrument_words() -> frozenset[str]:
    """The head words of weapons (`kg/data/wikievents.toml`): a mention of an attack ending in one
    names its instrument ("a roadside IED")."""
    data = tomllib.loads(resources.files("kg.data").joinpath("wikievents.toml").read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in data["instrument_heads"])


def predict(document: WikiDocument, gazetteer, weapons: frozenset[str]) -> Prediction:
    """kg's attack events of the document: their mentions, places, perpetrators, targets and the
    mentions that name a weapon."""
    from kg.extract.extractor import extract
    from kg.ingest.reader import parse_document
    from kg.model import EventKind

    kg_document = parse_document(document.text.encode("utf-8"), source=f"{document.doc_id}.txt")
    extraction = extract(kg_document, gazetteer)
    entities = {e.key: e for e in extraction.entities}
    mentions, arguments = [], defaultdict(list)

    def texts(keys):
        return [m.text for k in keys if k in entities for m in entities[k].mentions[:1]]

    for event in extraction.events:
        if event.kind is not EventKind.ATTACK:
            continue
        mentions.extend((m.begin, m.end) for m in event.mentions)
        arguments["place"] += texts(event.places)
        arguments["attacker"] += texts(event.perpetrators)
        arguments["victim"] += texts(event.targets)
        arguments["victim"] += [c.mention.text for c in event.casualty_claims]
        arguments["instrument"] += [m.text for m in event.mentions if m.text.lower().split()[-1] in weapons]
    return Prediction(tuple(sorted(set(mentions))), {r: tuple(dict.fromkeys(arguments[r])) for r in ARG_ROLES})


# ---- scoring -----------------------------------------------------------------------------------

def _head(text: str) -> str:
    words = normalise(text).split()
    return words[-1] if words else ""


def match_arguments(predicted: tuple[str, ...], gold: tuple[str, ...]) -> Counts:
    """Each gold filler once; a prediction matches by head word or by holding the gold filler."""
    free = list(gold)
    counts = Counts()
    seen = set()
    for filler in predicted:
        key = normalise(filler)
        if not key or key in seen:
            continue
        seen.add(key)
        hit = next((g for g in free if _head(g) == _head(filler) or f" {normalise(g)} " in f" {key} "), None)
        if hit is None:
            counts.fp += 1
        else:
            free.remove(hit)
            counts.tp += 1
    counts.fn += len(free)
    return counts


@dataclass
class WikiResult:
    split: str
    documents: int
    triggers: Counts
    arguments: dict[str, Counts]

    @property
    def overall(self) -> Counts:
        return Counts.total(self.arguments.values())

    def as_dict(self) -> dict:
        return {"benchmark": "wikievents", "split": self.split, "documents": self.documents,
                "attack_triggers": self.triggers.as_dict(),
                "arguments": {"overall": self.overall.as_dict(), **{r: c.as_dict() for r, c in self.arguments.items()}}}

    def text(self) -> str:
        lines = [f"WikiEvents {self.split}: {self.documents} documents",
                 self.triggers.line("attacks") + "  [kg attack mentions overlapping gold Conflict.Attack triggers]",
                 "arguments of attacks, per document (head-word match, each gold filler once):"]
        lines += [self.arguments[r].line(r) for r in ARG_ROLES]
        lines.append(self.overall.line("overall"))
        lines.append(f"argument F1: {self.overall.f1:.2f}")
        return "\n".join(lines) + "\n"


def score(documents: list[WikiDocument], predicted: dict[str, Prediction], *, split: str = "") -> WikiResult:
    triggers = Counts()
    arguments = {r: Counts() for r in ARG_ROLES}
    for document in documents:
        prediction = predicted.get(document.doc_id, Prediction(()))
        hits = [any(b < ge and gb < e for gb, ge in document.triggers) for b, e in prediction.mentions]
        found = [any(b < ge and gb < e for b, e in prediction.mentions) for gb, ge in document.triggers]
        triggers.add(Counts(sum(hits), len(hits) - sum(hits), len(found) - sum(found)))
        for role in ARG_ROLES:
            arguments[role].add(match_arguments(prediction.arguments.get(role, ()), document.arguments.get(role, ())))
    return WikiResult(split, len(documents), triggers, arguments)


def evaluate_split(folder: str | Path, split: str, *, gazetteers: tuple[str | Path, ...] = ()) -> WikiResult:
    from kg.link.gazetteer import Gazetteer

    documents = load_split(folder, split)
    gazetteer = Gazetteer.load(*gazetteers)
    weapons = instrument_words()
    predicted = {d.doc_id: predict(d, gazetteer, weapons) for d in documents}
    return score(documents, predicted, split=split)
