"""Fuzz run: many bad, odd and hostile inputs through the reader, the build and `kg validate`;
prints how many inputs ended in each outcome. Any outcome marked BUG (an exception other than
kg's own errors, a graph that does not conform, an export that does not parse back) makes the
exit code 1 and prints the first input that caused it.

    .venv/bin/python benchmarks/fuzz.py --cases 2000 --seed 1 --build-every 10 --rdf-cases 200

Inputs are drawn from the seeds with a seeded random generator (the same seed gives the same
inputs): random bytes; the seeds with bytes flipped, truncated (also inside a UTF-8 sequence),
re-encoded (Windows-1256, UTF-16, UTF-32, Latin-1) or cut to boilerplate; mixed-language text;
documents of sentences with hostile fragments (markup, query text, quotes, direction marks,
control characters; tests/strategies.py); malformed infoboxes; empty and oversized files. Every
`--build-every`-th document read is built (extract, link, RDF, SHACL) and its exports parsed back.
`--rdf-cases` files of mutated Turtle, N-Quads and JSON-LD go to `kg validate`'s library function.
Needs the test dependencies (`pip install -e '.[test]'`).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from strategies import ARABIC, ENGLISH, HOSTILE_FRAGMENTS, check_exports  # noqa: E402

from kg.errors import DocumentError, InputError  # noqa: E402
from kg.ingest.reader import DEFAULT_MAX_BYTES, parse_document  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def document_inputs(rng: random.Random) -> tuple[str, bytes, str | None]:
    """(how it was made, bytes, encoding to read it with)."""
    seed = rng.choice(SEEDS).read_bytes()
    text = seed.decode("utf-8")
    kind = rng.choice(["random-bytes", "flipped", "truncated", "re-encoded", "boilerplate", "mixed-language",
                       "hostile-sentences", "infobox", "controls", "empty", "oversized", "legacy-named"])
    if kind == "random-bytes":
        return kind, rng.randbytes(rng.randint(0, 4000)), None
    if kind == "flipped":
        data = bytearray(seed)
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return kind, bytes(data), None
    if kind == "truncated":
        return kind, seed[: rng.randrange(len(seed))], None
    if kind == "re-encoded":
        codec = rng.choice(["cp1256", "utf-16", "utf-32", "latin-1"])
        return f"{kind} ({codec})", text.encode(codec, errors="replace"), None
    if kind == "legacy-named":
        codec = rng.choice(["cp1256", "utf-16", "latin-1", "unicode_escape", "ascii"])
        return f"{kind} ({codec})", text.encode(codec, errors="backslashreplace"), codec
    if kind == "boilerplate":
        lines = [line for line in text.splitlines() if line.startswith(("=", "- ", "Infobox")) or not line.strip()]
        return kind, "\n".join(lines + ["== References ==", "- [1] Reuters, 4 December 2013"]).encode(), None
    if kind == "mixed-language":
        parts = [rng.choice(ENGLISH) for _ in range(3)] + [rng.choice(ARABIC) for _ in range(3)]
        rng.shuffle(parts)
        return kind, "\n\n".join(parts).encode(), None
    if kind == "hostile-sentences":
        pool = ENGLISH if rng.random() < 0.6 else ARABIC
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(pool) if rng.random() < 0.6 else "".join(rng.choices(HOSTILE_FRAGMENTS, k=rng.randint(1, 6))))
        return kind, rng.choice([" ", "\n", "\n\n"]).join(parts).encode("utf-8"), None
    if kind == "infobox":
        fields = [f"- {rng.choice(['Date', 'Location', '', 'Fatalities 35', '12', 'Perps'])}"
                  f"{rng.choice([': ', ':', ' ', ' = '])}{rng.choice(HOSTILE_FRAGMENTS + ['4 December 2013', '35'])}"
                  for _ in range(rng.randint(0, 6))]
        head = rng.choice(["Infobox", "{{Infobox attack", "infobox civilian attack"])
        return kind, "\n".join(["= Attack =", "", head, *fields, "", rng.choice(ENGLISH)]).encode(), None
    if kind == "controls":
        characters = [chr(rng.choice([*range(1, 32), 0x7F, 0x85, 0x2028, 0xFFFE])) for _ in range(rng.randint(1, 200))]
        position = rng.randrange(len(text))
        return kind, (text[:position] + "".join(characters) + text[position:]).encode("utf-8"), None
    if kind == "empty":
        return kind, rng.choice([b"", b" ", b"\n\n", b"\t \r\n", "\ufeff".encode()]), None
    return kind, b"x" * (DEFAULT_MAX_BYTES + 1), None


def rdf_inputs(rng: random.Random, samples: dict[str, str]) -> tuple[str, str, bytes]:
    suffix = rng.choice(sorted(samples))
    data = bytearray(samples[suffix].encode("utf-8"))
    how = rng.choice(["flipped", "truncated", "hostile", "random"])
    if how == "flipped":
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif how == "truncated":
        data = data[: rng.randrange(len(data))]
    elif how == "hostile":
        position = rng.randrange(len(data))
        data[position:position] = "".join(rng.choices(HOSTILE_FRAGMENTS, k=4)).encode("utf-8")
    else:
        data = bytearray(rng.randbytes(rng.randint(0, 2000)))
    return f"{suffix} {how}", suffix, bytes(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000, help="documents to try")
    parser.add_argument("--seed", type=int, default=1, help="random seed (the same seed gives the same inputs)")
    parser.add_argument("--build-every", type=int, default=10, help="build every N-th document read (0: none)")
    parser.add_argument("--rdf-cases", type=int, default=100, help="RDF files to give kg validate")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    first_bug: dict[str, str] = {}

    def bug(name: str, made: str, data: bytes) -> None:
        outcomes[f"BUG {name}"] += 1
        first_bug.setdefault(name, f"input ({made}): {data[:300]!r}\n{traceback.format_exc()}")

    gazetteer = extractor = None
    read = 0
    for _ in range(args.cases):
        made, data, encoding = document_inputs(rng)
        try:
            document = parse_document(data, source="fuzz.txt", encoding=encoding)
        except DocumentError as err:
            if "fuzz.txt" in str(err):
                outcomes[f"reader: refused ({err.kind})"] += 1
            else:
                bug("reader message without the file name", made, data)
            continue
        except InputError as err:
            outcomes[f"reader: refused ({type(err).__name__})"] += 1
            continue
        except Exception as err:  # the point of fuzzing: anything else is a bug
            bug(f"reader crashed ({type(err).__name__})", made, data)
            continue
        read += 1
        outcomes[f"reader: read ({document.lang.value})"] += 1
        if not args.build_every or read % args.build_every:
            continue
        try:
            if gazetteer is None:
                from kg.extract.extractor import Extractor
                from kg.link.gazetteer import Gazetteer

                gazetteer = Gazetteer.load()
                extractor = Extractor(gazetteer)
            from kg.link.corpus import link
            from kg.rdf import to_dataset
            from kg.validate import validate_graph

            dataset = to_dataset(link([extractor(document)], gazetteer), gazetteer)
            report = validate_graph(dataset)
        except Exception as err:
            bug(f"build crashed ({type(err).__name__})", made, data)
            continue
        if not report.conforms:
            outcomes["BUG build: does not conform"] += 1
            first_bug.setdefault("does not conform", f"input ({made}): {data[:300]!r}\n{report.text()[:2000]}")
            continue
        try:
            check_exports(dataset)
        except Exception as err:
            bug(f"export does not parse back ({type(err).__name__} {err})", made, data)
            continue
        outcomes["build: conforms, every export parses back"] += 1

    if args.rdf_cases:
        from kg.validate import validate_files

        reference = ROOT / "output"
        samples = {".ttl": (reference / "graph.ttl").read_text(encoding="utf-8")[:4000],
                   ".nq": "\n".join((reference / "graph.nq").read_text(encoding="utf-8").splitlines()[:30]) + "\n",
                   ".jsonld": (reference / "graph.jsonld").read_text(encoding="utf-8")[:3000] + "]}]}"}
        with tempfile.TemporaryDirectory() as scratch:
            for index in range(args.rdf_cases):
                made, suffix, data = rdf_inputs(rng, samples)
                path = Path(scratch) / f"case{index}{suffix}"
                path.write_bytes(data)
                try:
                    report = validate_files([path])
                    outcomes[f"kg validate: {'conforms' if report.conforms else 'violations'} (exit {0 if report.conforms else 1})"] += 1
                except InputError as err:
                    if path.name not in str(err):
                        bug("validate message without the file name", made, data)
                    else:
                        outcomes["kg validate: cannot parse (exit 2)"] += 1
                except Exception as err:
                    bug(f"kg validate crashed ({type(err).__name__})", made, data)

    width = max(len(k) for k in outcomes)
    print(f"fuzz run, seed {args.seed}: {args.cases} documents (every {args.build_every or 'no'}-th one read is built),"
          f" {args.rdf_cases} RDF files")
    for stage in ("reader", "build", "kg validate", "BUG"):
        names = sorted(k for k in outcomes if k.startswith(stage))
        if names:
            print(f"{stage}: {sum(outcomes[k] for k in names)} inputs")
            for name in names:
                print(f"  {name:<{width}}  {outcomes[name]:6d}")
    for name, detail in first_bug.items():
        print(f"\nfirst {name}:\n{detail}", file=sys.stderr)
    return 1 if first_bug else 0


if __name__ == "__main__":
    sys.exit(main())
