"""Map kg's extraction of one document to MUC-4 templates, and learn the role lexicon it uses.

    predictor = Predictor.load()              # shipped gazetteer + kg/data/muc4*.toml
    templates = predictor("TST1-MUC3-0001", text)

A `Predictor` runs kg's extractor (`kg.extract.extractor.extract`) over the text; a document gets
templates when kg finds an attack event in it and the relevance model (a logistic regression over
the document's words, `kg/data/muc4_model.toml` [relevance]) calls it relevant. Each incident type
of its attack events becomes one template (see `kg.bench.muc4` for the metric).

Fillers: with the role model (`kg/data/muc4_model.toml` [roles], a multinomial logistic regression
over noun-phrase features: head, syntactic slot, words, neighbours, the kind of entity kg reads
there, the distance to an attack's sentence; both learned from the train split by
`benchmarks/muc4_model.py`), every noun phrase of the document whose likeliest role is likely
enough fills it, the surer one first where phrases overlap, and so do the phrases of the role
lexicon where no chosen phrase lies; each goes to the template of the attack mention nearest to it. Without a role model (a `Mapping` built by hand), fillers are the phrases of
the role lexicon and kg's perpetrators in the sentences that tell an event.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.bench.muc4 import ROLES, MucDocument, Muc4Result, Template
from kg.bench.scoring import normalise
from kg.errors import DataError
from kg.extract import ner
from kg.ingest.reader import parse_document
from kg.link.gazetteer import Gazetteer
from kg.model import EntityKind, EventKind, Lang
from kg.text.phrases import PhraseMatcher, leftmost_longest
from kg.text.tokens import sentences

MAX_WORDS = 7
WINDOW_BEFORE, WINDOW_AFTER = 3, 5  # the sentences around an event mention its fillers are read in
MAX_FILLERS = 3  # most fillers of a role in a template (fewer spurious ones; a template rarely has more)
MODEL_FILE = "muc4_model.toml"  # the role and relevance models benchmarks/muc4_model.py learns
NONE = "none"  # the role model's label for a noun phrase that fills no role


# ---- the learned models -------------------------------------------------------------------------

@dataclass(frozen=True)
class RoleModel:
    """A multinomial logistic regression over a noun phrase's features (`candidates`): the
    probability of each label (the roles and "none"). A phrase fills its likeliest role when that
    role's probability exceeds `min_probability`; a template keeps `most_fillers` of a role."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    min_probability: float = 0.2
    most_fillers: int = 5

    @classmethod
    def from_table(cls, table: dict, settings: dict) -> "RoleModel":
        labels = tuple(table["labels"])
        weights = {k: tuple(v) for k, v in table.get("weights", {}).items()}
        if any(len(v) != len(labels) for v in (table["bias"], *weights.values())) or NONE not in labels:
            raise DataError(f"{MODEL_FILE}: [roles] needs a weight for each of its labels, {NONE!r} among them")
        return cls(labels, tuple(table["bias"]), weights, settings.get("min_probability", 0.2),
                   settings.get("most_fillers", 5))

    def probabilities(self, features: tuple[str, ...]) -> list[float]:
        scores = list(self.bias)
        for feature in features:
            for i, w in enumerate(self.weights.get(feature, ())):
                scores[i] += w
        top = max(scores)
        exp = [math.exp(x - top) for x in scores]
        return [x / sum(exp) for x in exp]

    def role(self, features: tuple[str, ...]) -> tuple[str, float] | None:
        """The role a phrase with these features fills and how sure the model is, or None."""
        probabilities = self.probabilities(features)
        best = max((p, label) for p, label in zip(probabilities, self.labels) if label != NONE)
        return (best[1], best[0]) if best[0] > self.min_probability else None


@dataclass(frozen=True)
class RelevanceModel:
    """A logistic regression over the words a document holds: is it about a relevant incident
    (has it a template)? Many documents mention attacks only as background, threats or in
    speeches; kg's extractor finds attack events in them all the same."""

    bias: float
    weights: dict[str, float]
    threshold: float = 0.0  # on the score (log-odds)

    @classmethod
    def from_table(cls, table: dict, settings: dict) -> "RelevanceModel":
        return cls(float(table["bias"]), {k: float(v) for k, v in table.get("weights", {}).items()},
                   settings.get("relevance_threshold", 0.0))

    def score(self, text: str) -> float:
        return self.bias + sum(self.weights.get(w, 0.0) for w in document_words(text))

    def relevant(self, text: str) -> bool:
        return self.score(text) > self.threshold


def document_words(text: str) -> set[str]:
    """The words a document holds, as the relevance model reads them."""
    return set(re.findall(r"[a-z][a-z'-]+", text.lower()))


@dataclass(frozen=True)
class Mapping:
    incident_types: dict[str, str]  # kg attack type -> MUC-4 type ("default" for an untyped attack)
    incident_words: dict[str, tuple[str, ...]]  # MUC-4 type -> words that make an event of it
    fillers: dict[str, str]  # normalised phrase -> role
    heads: dict[str, str]  # head word of a noun phrase -> role
    contexts: dict[str, str] = field(default_factory=dict)  # syntactic slot of a noun phrase -> role
    aliases: dict[str, str] = field(default_factory=dict)  # normalised name -> first name of its group
    titles: frozenset[str] = frozenset()  # words before a person's name (senator, father ...)
    victim_slots: frozenset[str] = frozenset()  # slots where a titled name is a victim
    roles: "RoleModel | None" = None  # picks fillers among noun phrases (else the lexicon does)
    relevance: "RelevanceModel | None" = None  # says which documents tell a relevant incident

    @classmethod
    def load(cls, *paths: str | Path) -> "Mapping":
        """The shipped mapping (`kg/data/muc4.toml`, `kg/data/muc4_fillers.toml`), or the files given."""
        data: dict = {}
        names = paths or ("muc4.toml", "muc4_fillers.toml", MODEL_FILE)
        for name in names:
            try:
                text = (resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
                        if not paths else Path(name).read_text(encoding="utf-8"))
                for key, value in tomllib.loads(text).items():
                    data.setdefault(key, {}).update(value)
            except (OSError, tomllib.TOMLDecodeError) as err:
                raise DataError(f"{name}: cannot read the MUC-4 mapping: {err}") from err
        fillers: dict[str, str] = {}
        for role, phrases in data.get("fillers", {}).items():
            if role not in ROLES:
                raise DataError(f"{names}: unknown MUC-4 role {role!r} in [fillers] (roles: {', '.join(ROLES)})")
            for phrase in phrases:
                fillers.setdefault(normalise(phrase), role)
        heads: dict[str, str] = {}
        for role, words in data.get("heads", {}).items():
            if role not in ROLES:
                raise DataError(f"{names}: unknown MUC-4 role {role!r} in [heads] (roles: {', '.join(ROLES)})")
            for word in words:
                heads.setdefault(word.lower(), role)
        contexts: dict[str, str] = {}
        for role, slots in data.get("contexts", {}).items():
            for slot in slots:
                contexts.setdefault(slot, role)
        aliases = {normalise(name): normalise(group[0])
                   for group in data.get("aliases", {}).get("groups", []) for name in group}
        settings = data.get("model", {})
        return cls(dict(data.get("incident_types", {})),
                   {k: tuple(v) for k, v in data.get("incident_words", {}).items()}, fillers, heads, contexts,
                   aliases, frozenset(w.lower() for w in data.get("victims", {}).get("titles", ())),
                   frozenset(data.get("victims", {}).get("slots", ())),
                   RoleModel.from_table(data["roles"], settings) if "roles" in data else None,
                   RelevanceModel.from_table(data["relevance"], settings) if "relevance" in data else None)


@dataclass
class Predictor:
    gazetteer: Gazetteer
    mapping: Mapping
    matcher: PhraseMatcher

    @classmethod
    def load(cls, *gazetteers: str | Path, mapping: Mapping | None = None, places: str = "") -> "Predictor":
        """kg's gazetteer with the user's files and `places` (gazetteer CSV text, e.g. the MUC-4
        location set list from `muc4_places`), and the shipped mapping."""
        mapping = mapping or Mapping.load()
        gazetteer = Gazetteer.load(*gazetteers)
        if places:
            gazetteer.add_rows(places, source="MUC-4 location set list")
            gazetteer.check()
        matcher = PhraseMatcher()
        for phrase, role in mapping.fillers.items():
            matcher.add(phrase, role)
        return cls(gazetteer, mapping, matcher)

    def read(self, docid: str, text: str) -> "Reading":
        """kg's extraction of a document, its sentences and noun phrases: what the mapping reads."""
        from kg.extract.extractor import extract

        document = parse_document(text.encode("utf-8"), source=f"{docid}.txt")
        extraction = extract(document, self.gazetteer)
        text = document.text
        attacks = [e for e in extraction.events if e.kind is EventKind.ATTACK]
        needs_chunks = self.mapping.roles or self.mapping.heads or self.mapping.contexts
        return Reading(text, extraction, attacks, sentences(text, 0, len(text), Lang.EN),
                       noun_phrases(text) if needs_chunks else [])

    def __call__(self, docid: str, text: str) -> list[Template]:
        reading = self.read(docid, text)
        if not reading.attacks:
            return []
        if self.mapping.relevance is not None and not self.mapping.relevance.relevant(reading.text):
            return []
        if self.mapping.roles is None:
            return self._lexicon_templates(reading)
        return self._model_templates(reading)

    def _model_templates(self, reading: "Reading") -> list[Template]:
        """The role model's fillers, each in the template of the incident type of the attack
        mention nearest to it (see the module's docstring)."""
        model = self.mapping.roles
        kept = self._chosen_fillers(reading)
        kinds = [self._incident_type(event.attack_types, reading.text,
                                     _windows(reading.spans, [m.begin for m in event.mentions]))
                 for event in reading.attacks]
        triggers = [(m.begin, kind, event) for event, kind in zip(reading.attacks, kinds) for m in event.mentions]
        fillers: dict[str, dict[str, list[str]]] = {kind: defaultdict(list) for _, kind, _ in triggers}
        for candidate, role in sorted(kept, key=lambda x: x[0].begin):
            _, kind, _ = min(triggers, key=lambda t: (abs(t[0] - candidate.begin), t[0]))
            fillers[kind][role].append(candidate.text)
        templates = []
        for kind, by_role in fillers.items():
            events = [event for _, k, event in triggers if k == kind]
            templates.append(Template(
                kind, {r: tuple((f,) for f in _first(by_role[r], model.most_fillers, self.mapping.aliases))
                       for r in ROLES},
                date=next((e.date for e in events if e.date), None),
                location=next((p for p in (_places(e, reading.extraction) for e in events) if p), ())))
        return templates

    def _chosen_fillers(self, reading: "Reading") -> list[tuple["Candidate", str]]:
        """The fillers of a document and their roles: the noun phrases the role model is surest
        of first, none overlapping another; then the role lexicon's phrases (learned from train)
        where no chosen phrase lies, which brings back the names and phrases the train
        templates hold (dev F1 0.325 -> 0.357)."""
        chosen: list[tuple[float, Candidate, str]] = []
        for candidate in candidates(reading, self.mapping.titles):
            found = self.mapping.roles.role(candidate.features)
            if found is not None:
                chosen.append((found[1], candidate, found[0]))
        kept: list[tuple[Candidate, str]] = []

        def free(begin: int, end: int) -> bool:
            return not any(c.begin < end and begin < c.end for c, _ in kept)

        for _, candidate, role in sorted(chosen, key=lambda x: (-x[0], x[1].begin)):
            if free(candidate.begin, candidate.end):
                kept.append((candidate, role))
        for match in leftmost_longest(self.matcher.find(reading.text, caseless=True)):
            if free(match.begin, match.end):
                kept.append((Candidate(match.begin, match.end, match.text, ()), match.values[0]))
        return kept

    def _lexicon_templates(self, reading: "Reading") -> list[Template]:
        """Each attack event a template, its fillers the lexicon's phrases and kg's perpetrators
        in the sentences that tell it (the mapping without a role model)."""
        text, spans, attacks = reading.text, reading.spans, reading.attacks
        entities = {e.key: e for e in reading.extraction.entities}
        found = leftmost_longest(self.matcher.find(text, caseless=True))
        chunks = reading.chunks
        windows = [_windows(spans, [m.begin for m in event.mentions]) for event in attacks]
        # candidate fillers: (begin, end, text, role), lexicon phrases first, then noun phrases
        # by head or syntactic slot, then the perpetrators kg found; none overlapping another
        candidates: list[tuple[int, int, str, str]] = []

        def free(begin: int, end: int) -> bool:
            return not any(b < end and begin < e for b, e, _, _ in candidates)

        for match in found:
            candidates.append((match.begin, match.end, match.text, match.values[0]))
        for chunk in chunks:
            named = self._titled_name(chunk)
            if named is not None and free(*named[:2]):
                candidates.append((*named, "Victim"))
                continue
            role = self.mapping.heads.get(chunk.head) or self.mapping.contexts.get(chunk.context)
            if role is not None and free(chunk.begin, chunk.end):
                candidates.append((chunk.begin, chunk.end, chunk.text, role))
        for event in attacks:
            # (MUC-4's perpetrator organisations include those "accused by authorities")
            for key in (*event.perpetrators, *event.suspects):
                entity = entities.get(key)
                if entity is None or not entity.mentions or entity.kind not in (EntityKind.ACTOR, EntityKind.ARMED_GROUP):
                    continue
                mention = entity.mentions[0]
                if free(mention.begin, mention.end):
                    role = "PerpInd" if entity.kind is EntityKind.ACTOR else "PerpOrg"
                    candidates.append((mention.begin, mention.end, mention.text, role))
        # each filler goes to the attack whose mentions lie nearest, if it is read in its sentences
        fillers: list[dict[str, list[str]]] = [defaultdict(list) for _ in attacks]
        for begin, end, filler, role in sorted(candidates):
            near = [(min(abs(m.begin - begin) for m in event.mentions), i) for i, event in enumerate(attacks)
                    if event.mentions and any(b <= begin < e for b, e in windows[i])]
            if near:
                fillers[min(near)[1]][role].append(filler)
        templates = []
        for i, event in enumerate(attacks):
            kind = self._incident_type(event.attack_types, text, windows[i])
            places = [entities[k].mentions[0].text for k in event.places if k in entities and entities[k].mentions]
            templates.append(Template(
                kind, {r: tuple((f,) for f in _first(fillers[i][r], MAX_FILLERS, self.mapping.aliases)) for r in ROLES},
                date=event.date, location=tuple(places),
            ))
        return _merged(templates, self.mapping.aliases)

    def _titled_name(self, chunk: "NounPhrase") -> tuple[int, int, str] | None:
        """The name in a noun phrase that names a victim by title in a victim's slot ("senator
        federico estrada velez was kidnapped" -> "federico estrada velez")."""
        if chunk.context not in self.mapping.victim_slots:
            return None
        words = [(m.start(), m.end()) for m in re.finditer(r"[\w'-]+", chunk.text)]
        last = max((i for i, (b, e) in enumerate(words) if chunk.text[b:e].lower() in self.mapping.titles),
                   default=None)
        if last is None or len(words) - last - 1 < 2:
            return None
        begin = chunk.begin + words[last + 1][0]
        return begin, chunk.end, chunk.text[words[last + 1][0]:]

    def _incident_type(self, attack_types: tuple[str, ...], text: str, windows: list[tuple[int, int]]) -> str:
        told = " ".join(text[b:e].lower() for b, e in windows)
        for kind, words in self.mapping.incident_words.items():
            if any(w in told for w in words):
                return kind
        for attack in attack_types:
            if attack in self.mapping.incident_types:
                return self.mapping.incident_types[attack]
        return self.mapping.incident_types.get("default", "attack")


def _places(event, extraction) -> tuple[str, ...]:
    """The names of an event's places, most specific first."""
    entities = {e.key: e for e in extraction.entities}
    return tuple(entities[k].mentions[0].text for k in event.places if k in entities and entities[k].mentions)


def _first(fillers: list[str], most: int, aliases: dict[str, str]) -> list[str]:
    """The first `most` distinct fillers (compared normalised, the names of one group as one): a
    template rarely has more."""
    out: dict[str, str] = {}
    for filler in fillers:
        key = normalise(filler)
        out.setdefault(aliases.get(key, key), filler)
    return list(out.values())[:most]


def _windows(spans: list[tuple[int, int]], offsets: list[int], *, before: int = WINDOW_BEFORE,
             after: int = WINDOW_AFTER) -> list[tuple[int, int]]:
    chosen = set()
    for offset in offsets:
        for i, (b, e) in enumerate(spans):
            if b <= offset < e:
                chosen.update(range(i - before, i + after + 1))
    return [spans[i] for i in sorted(chosen) if 0 <= i < len(spans)]


def _merged(templates: list[Template], aliases: dict[str, str]) -> list[Template]:
    """One template per incident type: the events of one type, their fillers together (scoring
    pools a document's templates of one type, so nothing is lost)."""
    by_type: dict[str, list[Template]] = defaultdict(list)
    for template in templates:
        by_type[template.incident_type].append(template)
    out = []
    for kind, group in by_type.items():
        fillers = {r: tuple((f,) for f in _first([e[0] for t in group for e in t.entities(r)], 10**6, aliases))
                   for r in ROLES}
        date = next((t.date for t in group if t.date), None)
        location = next((t.location for t in group if t.location), ())
        out.append(Template(kind, fillers, date=date, location=location))
    return out


# ---- noun phrases ------------------------------------------------------------------------------

@dataclass(frozen=True)
class NounPhrase:
    begin: int
    end: int
    text: str  # without a leading determiner
    head: str  # the head word, lower case
    context: str = ""  # its syntactic slot: "dobj:killed", "nsubjpass:kidnapped", "pobj:by:attacked"


@lru_cache(maxsize=1)
def _parser():
    """spaCy's small English pipeline with its tagger and parser (for noun phrases), if installed."""
    try:
        import spacy
    except ImportError:
        return None
    for name in ner.MODELS:
        try:
            return spacy.load(name, exclude=["ner", "lemmatizer"])
        except (OSError, ImportError, ValueError):
            continue
    return None


def noun_phrases(text: str) -> list[NounPhrase]:
    """The base noun phrases of a text, determiners left out; empty without a parser."""
    parser = _parser()
    if parser is None:
        return []
    out = []
    for chunk in parser(text).noun_chunks:
        tokens = list(chunk)
        breaks = [i for i, t in enumerate(tokens) if t.is_space or t.text in "()[]" or "\n" in t.whitespace_]
        if breaks:  # "(end recording)    d'aubuisson": the phrase starts after the break
            tokens = tokens[breaks[-1] + 1:]
        tokens = [t for t in tokens if t.dep_ not in ("det", "poss", "predet") and t.pos_ != "PRON"]
        if not tokens or chunk.root.pos_ == "PRON":
            continue
        begin, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        out.append(NounPhrase(begin, end, text[begin:end], chunk.root.text.lower(), _context(chunk.root)))
    return out


def _context(root) -> str:
    """The verb a noun phrase depends on and how: "dobj:killed", "pobj:by:attacked"."""
    head, dep = root.head, root.dep_
    if dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "NOUN"):
        return f"pobj:{head.text.lower()}:{head.head.text.lower()}"
    if dep in ("dobj", "nsubj", "nsubjpass", "appos", "conj") and head.pos_ in ("VERB", "NOUN"):
        return f"{dep}:{head.text.lower()}"
    return ""


# ---- candidate fillers and their features -------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    """What the mapping reads of one document: its text, kg's extraction and attack events, its
    sentence spans and noun phrases."""

    text: str
    extraction: object  # kg.model.Extraction
    attacks: list
    spans: list[tuple[int, int]]
    chunks: list[NounPhrase]


@dataclass(frozen=True)
class Candidate:
    """A phrase that may fill a role and the features the role model reads of it."""

    begin: int
    end: int
    text: str
    features: tuple[str, ...]


def candidates(reading: Reading, titles: frozenset[str]) -> list[Candidate]:
    """The candidate fillers of a document: its noun phrases, a phrase and the one after "of"
    together ("offices of the local development corporation"), and a phrase without the titles
    before a name ("jesuit priest ignacio ellacuria" -> "ignacio ellacuria"), each with its features."""
    text, chunks = reading.text, reading.chunks
    spans: list[tuple[int, int, NounPhrase, str]] = []
    for first, second in zip(chunks, chunks[1:]):
        if re.fullmatch(r" of(?: the| a| an)? ", text[first.end:second.begin]):
            spans.append((first.begin, second.end, first, "of"))
    for chunk in chunks:
        spans.append((chunk.begin, chunk.end, chunk, ""))
        named = _after_titles(chunk, titles)
        if named is not None:
            spans.append((named, chunk.end, chunk, "stripped"))
    kinds = [(m.begin, m.end, e.kind.value) for e in reading.extraction.entities for m in e.mentions]
    attack_sentences = {_sentence_of(reading.spans, m.begin) for e in reading.attacks for m in e.mentions}
    out = []
    for begin, end, chunk, variant in spans:
        sentence = _sentence_of(reading.spans, begin)
        kind = next((k for b, e, k in kinds if b < end and begin < e), "none")
        distance = min((abs(sentence - a) for a in attack_sentences), default=None)
        out.append(Candidate(begin, end, text[begin:end], _features(
            text, begin, end, chunk, variant=variant, kind=kind, sentence=sentence, distance=distance)))
    return out


def _after_titles(chunk: NounPhrase, titles: frozenset[str]) -> int | None:
    """Where the words after the last title of a noun phrase begin, if any follow it."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w'-]+", chunk.text)]
    last = max((i for i, (b, e) in enumerate(words) if chunk.text[b:e].lower() in titles), default=None)
    if last is None or last == len(words) - 1:
        return None
    return chunk.begin + words[last + 1][0]


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
    return next((i for i, (b, e) in enumerate(spans) if b <= offset < e), 0)


def _features(text: str, begin: int, end: int, chunk: NounPhrase, *, variant: str, kind: str,
              sentence: int, distance: int | None) -> tuple[str, ...]:
    """What the role model reads of a candidate: its head, syntactic slot (and the slot's verb and
    relation), its words, first word, length and normalised text, the words before and after it,
    the kind of entity kg reads there, how it was cut from its noun phrase, its sentence's place in
    the document and its distance in sentences to a sentence telling an attack."""
    key = normalise(text[begin:end])
    words = key.split()
    slot = chunk.context
    before = re.findall(r"[\w'-]+", text[max(0, begin - 40):begin])
    after = re.findall(r"[\w'-]+", text[end:end + 40])
    near = ("none" if distance is None else "in" if distance == 0 else "near" if distance <= 2 else "far")
    out = [f"h={chunk.head}", f"c={slot}", f"v={slot.split(':')[-1]}" if slot else "v=",
           f"d={slot.split(':')[0]}" if slot else "d=", f"p={key}", f"n={min(len(words), 5)}"]
    if words:
        out.append(f"f={words[0]}")
    out += [f"w={w}" for w in words]
    if before:
        out.append(f"b1={before[-1]}")
    if len(before) > 1:
        out.append(f"b2={before[-2]} {before[-1]}")
    if after:
        out.append(f"a1={after[0]}")
    if len(after) > 1:
        out.append(f"a2={after[0]} {after[1]}")
    out += [f"k={kind}", f"flag={variant}", f"s={min(sentence, 8)}", f"att={near}", f"hk={chunk.head}|{kind}"]
    return tuple(out)


# ---- learning the role lexicon ------------------------------------------------------------------

def learn_lexicon(documents: list[MucDocument], *, min_count: int = 2, min_precision: float = 0.3
                  ) -> dict[str, list[str]]:
    """The phrases that fill a role in at least `min_count` documents and fill it in at least
    `min_precision` of the relevant documents (those with a template) whose text holds them, by role (a phrase goes to the role it
    fills most often)."""
    filled: dict[str, Counter] = defaultdict(Counter)  # phrase -> role -> documents
    for document in documents:
        seen = {(normalise(m), role) for t in document.templates for role in ROLES
                for entity in t.entities(role) for m in entity}
        for phrase, role in seen:
            if phrase and len(phrase.split()) <= MAX_WORDS:
                filled[phrase][role] += 1
    occurs: Counter = Counter()
    for document in documents:
        if not document.templates:
            continue  # relevance is kg's extractor's call; the lexicon only says which role
        words = normalise(document.text).split()
        grams = {" ".join(words[i:i + n]) for n in range(1, MAX_WORDS + 1) for i in range(len(words) - n + 1)}
        occurs.update(p for p in filled if p in grams)
    lexicon: dict[str, list[str]] = {r: [] for r in ROLES}
    for phrase, roles in sorted(filled.items()):
        role, count = roles.most_common(1)[0]
        if count >= min_count and occurs[phrase] and count / occurs[phrase] >= min_precision:
            lexicon[role].append(phrase)
    return lexicon


def learn_heads(documents: list[MucDocument], *, min_count: int = 3, min_precision: float = 0.3,
                feature: str = "head") -> dict[str, list[str]]:
    """The head words (or, with feature="context", the syntactic slots) of noun phrases that are a
    filler of a role (the whole phrase, normalised, is a gold mention of it) in at least `min_count`
    phrases and `min_precision` of the phrases with that head in the relevant documents, by role."""
    filled: dict[str, Counter] = defaultdict(Counter)
    seen: Counter = Counter()
    for document in documents:
        if not document.templates:
            continue
        gold = defaultdict(set)
        for t in document.templates:
            for role in ROLES:
                for entity in t.entities(role):
                    for mention in entity:
                        gold[normalise(mention)].add(role)
        for phrase in noun_phrases(document.text):
            key = getattr(phrase, feature)
            if not key:
                continue
            seen[key] += 1
            for role in gold.get(normalise(phrase.text), ()):
                filled[key][role] += 1
    heads: dict[str, list[str]] = {r: [] for r in ROLES}
    for head, roles in sorted(filled.items()):
        role, count = roles.most_common(1)[0]
        if count >= min_count and count / seen[head] >= min_precision:
            heads[role].append(head)
    return heads


def lexicon_toml(tables: dict[str, dict[str, list[str]]], *, note: str) -> str:
    """Learned tables (`fillers`, `heads`: role -> phrases) as `kg/data/muc4_fillers.toml`."""
    lines = [f"# {line}" for line in note.splitlines()]
    for table, lexicon in tables.items():
        lines += ["", f"[{table}]"]
        for role in ROLES:
            phrases = ", ".join(_quoted(p) for p in lexicon.get(role, []))
            lines.append(f"{role} = [{phrases}]")
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---- the location set list ----------------------------------------------------------------------

def muc4_places(folder: str | Path) -> str:
    """The location set list of a muc4 benchmark folder as gazetteer CSV, leaving out the names the
    shipped gazetteer knows and those of `kg/data/muc4.toml` [gazetteer] leave_out."""
    from kg.bench.muc4 import SET_LIST, location_gazetteer

    path = Path(folder) / SET_LIST
    try:
        set_list = path.read_text(encoding="latin-1")
    except OSError as err:
        raise DataError(f"{path}: cannot read the MUC-4 location set list: {err.strerror}") from err
    data = tomllib.loads(resources.files("kg.data").joinpath("muc4.toml").read_text(encoding="utf-8"))
    stop = {w.lower() for w in data.get("gazetteer", {}).get("leave_out", ())}
    known = {name.lower() for entry in Gazetteer.load().entries.values() for name in entry.names()}
    return location_gazetteer(set_list, known=known, stop=stop)


# ---- a whole split -----------------------------------------------------------------------------

def evaluate_split(folder: str | Path, split: str, *, gazetteers: tuple[str | Path, ...] = (),
                   progress=None) -> Muc4Result:
    """Extract, map and score every document of a split; date and location accuracy from the raw
    answer keys where the split has them (test = TST3 + TST4). Where the raw text of a document is
    at hand (test), its dateline, which the processed release dropped, is put back before the text
    (`kg.bench.muc4.load_datelines`): the report's place and date, which anchor relative dates."""
    from kg.bench.muc4 import load_datelines, load_keys, load_split, score

    documents = load_split(folder, split)
    places = muc4_places(folder) if (Path(folder) / "taskdoc").is_dir() else ""
    predictor = Predictor.load(*gazetteers, places=places)
    datelines = load_datelines(folder)
    predicted = {}
    for document in documents:
        dateline = datelines.get(document.docid)
        text = f"{dateline} {document.text}" if dateline else document.text
        predicted[document.docid] = predictor(document.docid, text)
        if progress is not None:
            progress(document.docid)
    keys = load_keys(folder)
    has_keys = any(d.docid in keys for d in documents)
    return score(documents, predicted, split=split, keys=keys if has_keys else None)
