"""Benchmarks made by others: MUC-4 template filling and WikiEvents attack events.

`kg.bench.muc4` and `kg.bench.wikievents` read a benchmark's files, run kg's extractor over its
documents, map the extracted events to the benchmark's annotation scheme and score them;
`kg.bench.scoring` holds what both share (counts, precision, recall, F1, string normalisation).
`kg eval muc4 PATH` and `kg eval wikievents PATH` run them; `benchmarks/quality_table.py` writes the
results table of the README.
"""

from __future__ import annotations
from pathlib import Path

from kg.errors import InputError

BENCHMARKS = ("muc4", "wikievents")


def evaluate(name: str, folder: str | Path, split: str, *, gazetteers: tuple[str | Path, ...] = ()):
    """Run a benchmark on a split: a result with `.text()`, `.as_dict()` and `.overall` (Counts)."""
    if name == "muc4":
        from kg.bench.muc4_mapping import evaluate_split
    elif name == "wikievents":
        from kg.bench.wikievents import evaluate_split
    else:
        raise InputError(f"unknown benchmark {name!r}", hint=f"use one of {', '.join(BENCHMARKS)}")
    if not Path(folder).is_dir():
        raise InputError("not a folder", path=folder, hint=f"give the {name} benchmark folder")
    return evaluate_split(folder, split, gazetteers=gazetteers)
