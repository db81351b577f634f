"""What the benchmarks share: reading their JSON-lines splits, counting true and false positives
and misses, P/R/F1, and the normal form fillers are compared in.

    >>> c = Counts(tp=3, fp=1, fn=2)
    >>> round(c.precision, 2), round(c.recall, 2), round(c.f1, 2)
    (0.75, 0.6, 0.67)
    >>> normalise('The "Santo Tomas" farm, ')
    'santo tomas farm'
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from kg.errors import InputError

T = TypeVar("T")

_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_PUNCT = re.compile(r"[\"'`“”‘’.,;:!?()\[\]]")
_SPACE = re.compile(r"\s+")


def read_json_lines(path: Path, benchmark: str, hint: str, parse: Callable[[dict], T]) -> list[T]:
    """The documents of a split file, one JSON object a line, each read by `parse`; a clear error
    naming the file (and the line) when the file cannot be read or a line is no document."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"cannot read the {benchmark} split: {err.strerror}", path=path, hint=hint) from err
    documents = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            documents.append(parse(json.loads(line)))
        except (ValueError, KeyError, TypeError, IndexError) as err:
            raise InputError(f"not a {benchmark} document line: {err}", path=path, line=lineno) from err
    return documents


def normalise(text: str) -> str:
    """A filler as compared: lower case, without quotes, punctuation or a leading article."""
    text = _PUNCT.sub(" ", text.lower())
    text = _SPACE.sub(" ", text).strip()
    return _ARTICLE.sub("", text)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @classmethod
    def total(cls, parts) -> "Counts":
        """The sum of several counts (micro-averaging)."""
        out = cls()
        for part in parts:
            out.add(part)
        return out

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}

    def line(self, name: str) -> str:
        return (f"  {name:<12} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
                f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})")


def match_fillers(predicted: list[str], gold: list[tuple[str, ...]]) -> tuple[list[tuple[str, int]], list[str], list[int]]:
    """Match predicted fillers to gold entities (each a tuple of coreferent mentions), each gold
    entity at most once: (matched (filler, entity index) pairs, unmatched fillers, missed entity
    indexes). Fillers are compared normalised; duplicates among the predictions count once."""
    wanted = [{normalise(m) for m in entity} for entity in gold]
    free = set(range(len(gold)))
    matched, spurious, seen = [], [], set()
    for filler in predicted:
        key = normalise(filler)
        if not key or key in seen:
            continue
        seen.add(key)
        hit = next((i for i in sorted(free) if key in wanted[i]), None)
        if hit is None:
            spurious.append(filler)
        else:
            free.discard(hit)
            matched.append((filler, hit))
    return matched, spurious, sorted(free)
