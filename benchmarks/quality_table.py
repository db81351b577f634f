"""The README's results table: kg on MUC-4 and WikiEvents, dev and test, beside published figures.

    .venv/bin/python benchmarks/quality_table.py ../shared/benchmarks [--readme README.md]

Runs `kg eval muc4` and `kg eval wikievents` (through the library) on each split, prints a Markdown
table and the commonest MUC-4 errors by kind; with --readme, replaces the text between
`<!-- quality-table -->` and `<!-- /quality-table -->` in that file. Deterministic: the same data
gives the same table.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kg.bench import evaluate

PUBLISHED = [  # quoted from shared/benchmarks/README.md; not re-run here
    ("GRIT, GTT (Du et al. 2021), neural, trained on MUC-4",
     "MUC-4 test, role-filler entity F1 (their scorers differ in detail: GRIT scores per document, without incident types)",
     "mid-50s, as reported"),
    ("GE, best 1992 system", "MUC-4 TST3 only, official 1992 scorer over all slots (a different, stricter metric)",
     "F 55.9 (R 58, P 54)"),
    ("GE-CMU, UMass, SRI, NYU 1992", "MUC-4 TST3 only, official 1992 scorer over all slots", "F 51.8, 51.5, 48.9, 43.8"),
    ("published WikiEvents systems", "argument extraction given the gold triggers: a different task", "not comparable, none quoted"),
]


def table(folder: Path) -> str:
    rows, errors = [], ""
    for split in ("dev", "test"):
        muc = evaluate("muc4", folder / "muc4", split)
        o = muc.overall
        extra = ""
        if muc.date is not None:
            extra = (f"; incident date accuracy {_pct(muc.date)}, location accuracy {_pct(muc.location)}"
                     " (raw answer keys)")
        rows.append((f"kg {split}", f"MUC-4 {split}, role-filler entity micro P/R/F1 (5 roles)",
                     f"P {o.precision:.2f} R {o.recall:.2f} **F1 {o.f1:.2f}**; per role: "
                     + ", ".join(f"{r} {c.f1:.2f}" for r, c in muc.roles.items())
                     + f"; incident (document x type) F1 {muc.incidents.f1:.2f}{extra}"))
        if split == "test":
            errors = _errors(muc)
    for split in ("dev", "test"):
        wiki = evaluate("wikievents", folder / "wikievents", split)
        o = wiki.overall
        rows.append((f"kg {split}", f"WikiEvents {split}: attack triggers (overlap); arguments (head word, per document)",
                     f"triggers P {wiki.triggers.precision:.2f} R {wiki.triggers.recall:.2f} F1 {wiki.triggers.f1:.2f}; "
                     f"arguments P {o.precision:.2f} R {o.recall:.2f} **F1 {o.f1:.2f}** ("
                     + ", ".join(f"{r} {c.f1:.2f}" for r, c in wiki.arguments.items()) + ")"))
    lines = ["| system | data and metric | result |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in PUBLISHED]
    return "\n".join(lines) + "\n\n" + errors


def _pct(counts) -> str:
    total = counts.tp + counts.fn
    return f"{counts.tp / total:.2f} ({counts.tp}/{total})" if total else "n/a"


def _errors(result) -> str:
    lines = ["Commonest errors on MUC-4 test (`kg eval muc4 PATH --split test` lists examples):", "",
             "| kind | fillers |", "| --- | --- |"]
    lines += [f"| {kind} | {count} |" for kind, count in result.error_kinds().most_common()]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the benchmarks folder (holding muc4/ and wikievents/)")
    parser.add_argument("--readme", type=Path, help="write the table into this file between the markers")
    args = parser.parse_args()
    text = table(args.folder)
    print(text, end="")
    if args.readme:
        readme = args.readme.read_text(encoding="utf-8")
        pattern = re.compile(r"(<!-- quality-table -->\n).*?(<!-- /quality-table -->)", re.S)
        if not pattern.search(readme):
            raise SystemExit(f"{args.readme}: no <!-- quality-table --> ... <!-- /quality-table --> markers")
        args.readme.write_text(pattern.sub(lambda m: m.group(1) + text + m.group(2), readme), encoding="utf-8")


if __name__ == "__main__":
    main()
