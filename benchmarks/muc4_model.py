"""Learn the MUC-4 role and relevance models from the train split and write kg/data/muc4_model.toml.

    .venv/bin/python benchmarks/muc4_model.py ../shared/benchmarks/muc4 [--l2 1e-4] [--iterations 200]

Only the train split is read (dev and test are for measuring; the thresholds that use the models,
`kg/data/muc4.toml` [model], were chosen on dev). Both are logistic regressions fitted by full-batch
gradient descent (Adam) from zero weights, so the result is deterministic:

- roles: over the candidate fillers (`kg.bench.muc4_mapping.candidates`) of the train documents
  that have a template; a candidate's label is the role of the gold mention it equals once
  normalised (the first role in ROLES order when it fills several), else "none". Features seen in
  fewer than --min-count candidates are dropped, and so are those whose weights all stay under
  --min-weight after fitting (a smaller file, no loss on dev).
- relevance: over the words of all train documents (`document_words`, seen in --min-count
  documents or more); the label is whether the document has a template.

The role model reads kg's extraction (entity kinds, attack sentences): rerun this script when the
extractor changes.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np

from kg.bench.muc4 import ROLES, load_split
from kg.bench.muc4_mapping import MODEL_FILE, NONE, Mapping, Predictor, candidates, document_words, muc4_places
from kg.bench.scoring import normalise

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
OUT = DATA / MODEL_FILE
LABELS = (*ROLES, NONE)


def role_examples(predictor: Predictor, documents) -> tuple[list[tuple[str, ...]], list[int]]:
    """The features and label index of every candidate filler of the documents with a template."""
    rows, labels = [], []
    for document in documents:
        if not document.templates:
            continue
        gold: dict[str, str] = {}
        for role in ROLES:
            for template in document.templates:
                for entity in template.entities(role):
                    for mention in entity:
                        gold.setdefault(normalise(mention), role)
        reading = predictor.read(document.docid, document.text)
        for candidate in candidates(reading, predictor.mapping.titles):
            rows.append(candidate.features)
            labels.append(LABELS.index(gold.get(normalise(candidate.text), NONE)))
    return rows, labels


def fit(rows: list[tuple[str, ...]], labels: list[int], classes: int, *, min_count: int, l2: float,
        iterations: int, rate: float = 0.1) -> tuple[list[str], np.ndarray, np.ndarray]:
    """A multinomial logistic regression over sparse binary features: (feature names, weights
    [features x classes], bias [classes])."""
    counts = Counter(f for row in rows for f in set(row))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    cols = [[index[f] for f in dict.fromkeys(row) if f in index] for row in rows]
    flat = np.array([c for row in cols for c in row], dtype=np.int64)
    owner = np.array([i for i, row in enumerate(cols) for _ in row], dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    order = np.argsort(flat, kind="stable")
    by_feature = np.flatnonzero(np.r_[True, flat[order][1:] != flat[order][:-1]])
    features_seen = flat[order][by_feature]
    n = len(rows)
    target = np.eye(classes)[np.array(labels)]
    weights, bias = np.zeros((len(names), classes)), np.zeros(classes)
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros(classes), np.zeros(classes)]
    for step in range(1, iterations + 1):
        scores = np.tile(bias, (n, 1))
        scores[owner[starts]] += np.add.reduceat(weights[flat], starts, axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        prob = np.exp(scores)
        prob /= prob.sum(axis=1, keepdims=True)
        error = (prob - target) / n
        grad_w = l2 * weights
        grad_w[features_seen] += np.add.reduceat(error[owner][order], by_feature, axis=0)
        for value, grad, first, second in ((weights, grad_w, moments[0], moments[1]),
                                           (bias, error.sum(axis=0), moments[2], moments[3])):
            first *= 0.9
            first += 0.1 * grad
            second *= 0.999
            second += 0.001 * grad * grad
            value -= rate * (first / (1 - 0.9 ** step)) / (np.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
    return names, weights, bias


def fit_binary(rows: list[set[str]], labels: list[int], *, min_count: int, l2: float, iterations: int,
               rate: float = 0.5) -> tuple[list[str], np.ndarray, float]:
    """A logistic regression over binary features by plain gradient descent: (feature names,
    weights, bias)."""
    counts = Counter(f for row in rows for f in row)
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        x[i, [index[f] for f in row if f in index]] = 1
    y = np.array(labels, dtype=float)
    weights, bias = np.zeros(len(names)), 0.0
    for _ in range(iterations):
        error = 1 / (1 + np.exp(-(x @ weights + bias))) - y
        weights -= rate * (x.T @ error / len(y) + l2 * weights)
        bias -= rate * error.mean()
    return names, weights, bias


def model_toml(roles: tuple[list[str], np.ndarray, np.ndarray], relevance: tuple[list[str], np.ndarray, float],
               *, min_weight: float, note: str) -> str:
    """Both models as `kg/data/muc4_model.toml` (weights rounded to 3 decimals)."""
    lines = [f"# {line}" for line in note.splitlines()]
    names, weights, bias = roles
    lines += ["", "[roles]", f"labels = [{', '.join(_quoted(x) for x in LABELS)}]",
              f"bias = [{', '.join(_number(x) for x in bias)}]", "", "[roles.weights]"]
    for name, row in zip(names, weights):
        if np.abs(row).max() >= min_weight:
            lines.append(f"{_quoted(name)} = [{', '.join(_number(x) for x in row)}]")
    names, weights, bias = relevance
    lines += ["", "[relevance]", f"bias = {_number(bias)}", "", "[relevance.weights]"]
    for name, weight in zip(names, weights):
        if abs(weight) >= min_weight / 10:
            lines.append(f"{_quoted(name)} = {_number(weight)}")
    return "\n".join(lines) + "\n"


def _number(value: float) -> str:
    return f"{value:.3f}"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the muc4 benchmark folder (holding processed/)")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--min-weight", type=float, default=0.1)
    parser.add_argument("--relevance-min-count", type=int, default=3)
    parser.add_argument("--relevance-l2", type=float, default=0.01)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    train = load_split(args.folder, "train")
    # the hand-made mapping and the learned lexicon, not the models being learned
    mapping = Mapping.load(DATA / "muc4.toml", DATA / "muc4_fillers.toml")
    predictor = Predictor.load(mapping=mapping, places=muc4_places(args.folder))
    rows, labels = role_examples(predictor, train)
    roles = fit(rows, labels, len(LABELS), min_count=args.min_count, l2=args.l2, iterations=args.iterations)
    relevance = fit_binary([document_words(d.text) for d in train], [int(bool(d.templates)) for d in train],
                           min_count=args.relevance_min_count, l2=args.relevance_l2, iterations=300)
    note = (f"MUC-4 role and relevance models learned from the train split (DEV-MUC3-0001..1300) by\n"
            f"benchmarks/muc4_model.py --min-count {args.min_count} --l2 {args.l2} --iterations {args.iterations}"
            f" --min-weight {args.min_weight}\n--relevance-min-count {args.relevance_min_count}"
            f" --relevance-l2 {args.relevance_l2}. Regenerate rather than edit; the thresholds are in muc4.toml [model].")
    args.out.write_text(model_toml(roles, relevance, min_weight=args.min_weight, note=note), encoding="utf-8")
    print(f"{args.out}: {len(rows)} candidates, {len(roles[0])} role features; {len(relevance[0])} words")


if __name__ == "__main__":
    main()
