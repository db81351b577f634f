"""Map kg's extraction of one document to MUC-4 templates, and learn the role lexicon it uses.

    predictor = Predictor.load()              # shipped gazetteer + kg/data/muc4*.toml
    templates = predictor("TST1-MUC3-0001", text)

A `Predictor` runs kg's extractor (`kg.extract.extractor.extract`) over the text; each attack event
becomes one template (see `kg.bench.muc4` for the metric). Its fillers are found in the sentences
that tell the event (the sentences of its mentions and the one after each): the phrases of the role
lexicon, longest first; the armed groups and forces kg names as perpetrators (PerpOrg) and the
described actors ("gunmen": PerpInd). Fillers found in no event's sentences are left out; a filler
found in the sentences of several events goes to the first.
"""

from __future__ import annotations

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

    @classmethod
    def load(cls, *paths: str | Path) -> "Mapping":
        """The shipped mapping (`kg/data/muc4.toml`, `kg/data/muc4_fillers.toml`), or the files given."""
        data: dict = {}
        names = paths or ("muc4.toml", "muc4_fillers.toml")
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
        return cls(dict(data.get("incident_types", {})),
                   {k: tuple(v) for k, v in data.get("incident_words", {}).items()}, fillers, heads, contexts,
                   aliases, frozenset(w.lower() for w in data.get("victims", {}).get("titles", ())),
                   frozenset(data.get("victims", {}).get("slots", ())))


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

    def __call__(self, docid: str, text: str) -> list[Template]:
        from kg.extract.extractor import extract

        document = parse_document(text.encode("utf-8"), source=f"{docid}.txt")
        extraction = extract(document, self.gazetteer)
        text = document.text
        spans = sentences(text, 0, len(text), Lang.EN)
        entities = {e.key: e for e in extraction.entities}
        found = leftmost_longest(self.matcher.find(text, caseless=True))
        chunks = noun_phrases(text) if self.mapping.heads or self.mapping.contexts else []
        attacks = [e for e in extraction.events if e.kind is EventKind.ATTACK]
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
            for key in event.perpetrators:
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
