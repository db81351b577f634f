"""Build speed by stage on a corpus of N copies of the seed articles.

    python benchmarks/build_speed.py --copies 20 --runs 3

Prints, for each stage, the median time over the runs and its share of the whole, and the
throughput in documents per second. Copies are renamed so that each is its own source.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from kg.buildfolder import write_build
from kg.link.corpus import link
from kg.link.gazetteer import Gazetteer
from kg.ingest.reader import discover
from kg.pipeline import BuildOptions, extract_all
from kg.rdf import to_dataset
from kg.validate import validate_graph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(folder: Path, copies: int) -> Path:
    for i in range(copies):
        for seed in sorted(SEEDS.iterdir()):
            shutil.copy(seed, folder / f"{i:04}_{seed.name}")
    return folder


def run_once(folder: Path, out: Path) -> dict[str, float]:
    times: dict[str, float] = {}
    start = time.perf_counter()
    gazetteer = Gazetteer.load()
    extractions, _ = extract_all(discover([folder]), BuildOptions(), gazetteer)
    times["extract"] = time.perf_counter() - start
    mark = time.perf_counter()
    built = link(extractions, gazetteer)
    times["link"] = time.perf_counter() - mark
    mark = time.perf_counter()
    dataset = to_dataset(built, gazetteer)
    times["rdf"] = time.perf_counter() - mark
    mark = time.perf_counter()
    report = validate_graph(dataset)
    times["validate"] = time.perf_counter() - mark
    mark = time.perf_counter()
    write_build(out, dataset, summary={"benchmark": True}, report_text=report.text())
    times["export"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "in").mkdir()
        folder = corpus(Path(tmp) / "in", args.copies)
        results = [run_once(folder, Path(tmp) / "out") for _ in range(args.runs)]
    documents = 2 * args.copies
    total = statistics.median(r["total"] for r in results)
    print(f"{documents} documents, median of {args.runs} runs")
    for stage in ("extract", "link", "rdf", "validate", "export", "total"):
        value = statistics.median(r[stage] for r in results)
        print(f"  {stage:<9} {value:7.2f} s  {value / total:6.1%}")
    print(f"  throughput {documents / total:.1f} documents/s")


if __name__ == "__main__":
    main()
