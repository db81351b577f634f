"""Counting and scoring shared by the benchmarks: true and false positives, misses, P/R/F1.

    >>> c = Counts(tp=3, fp=1, fn=2)
    >>> round(c.precision, 2), round(c.recall, 2), round(c.f1, 2)
    (0.75, 0.6, 0.67)
    >>> normalise('The "Santo Tomas" farm, ')
    'santo tomas farm'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_PUNCT = re.compile(r"[\"'`“”‘’.,;:!?()\[\]]")
_SPACE = re.compile(r"\s+")


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
