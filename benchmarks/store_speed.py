"""Embedded store (pyoxigraph) against rdflib's in-memory Dataset, at 10^5 and 10^6 triples.

    python benchmarks/store_speed.py --sizes 100000 1000000 --runs 3

The graph is the seeds' build (output/graph.nq) copied until it reaches the size, each copy with
its own event, entity, claim and document IRIs (the vocabulary is shared), so that the shape of
the data (events, claims, mentions, labels in two languages) is that of a real build.

For each size it measures, as the median over the runs:
  load      N-Quads text -> a store on disk (pyoxigraph, with the merged default graph that
            `kg build` writes) / an rdflib Dataset in memory
  query     the canned `casualties-by-place` and `events` queries
  export    the dataset written as N-Quads and as Turtle
and prints the times and rdflib/pyoxigraph ratios. rdflib queries that outlast --query-limit
seconds are stopped and reported as "> limit"; a query rdflib cannot evaluate is reported as
"error" (rdflib 7 fails on `events`: an aggregate over a variable left unbound by OPTIONAL).
"""

from __future__ import annotations

import argparse
import math
import signal
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.query import load_query
from kg.store import with_merged_default

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://example.org/kg/id/"
QUERIES = ("casualties-by-place", "events")


def corpus(size: int) -> str:
    lines = [line for line in (ROOT / "output" / "graph.nq").read_text(encoding="utf-8").splitlines() if line]
    out: list[str] = []
    copy = 0
    while len(out) < size:
        prefix = f"{BASE}c{copy}/"
        out.extend(line.replace(BASE, prefix) for line in lines[: size - len(out)])
        copy += 1
    return "\n".join(out) + "\n"


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def oxigraph_runs(text: str, folder: Path) -> dict[str, float]:
    times = {}
    location = folder / f"store-{time.perf_counter_ns()}"

    def load():
        store = ox.Store(str(location))
        store.bulk_extend(with_merged_default(list(ox.parse(text, format=ox.RdfFormat.N_QUADS))))
        store.flush()

    times["load"] = timed(load)
    store = ox.Store.read_only(str(location))
    for name in QUERIES:
        spec = load_query(name)
        times[f"query {name}"] = timed(lambda: list(store.query(spec.text)))
    named = [q for q in store if not isinstance(q.graph_name, ox.DefaultGraph)]
    times["export nquads"] = timed(lambda: ox.serialize(named, format=ox.RdfFormat.N_QUADS))
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    times["export turtle"] = timed(lambda: ox.serialize(triples, format=ox.RdfFormat.TURTLE))
    return times


class _OverTime(Exception):
    pass


def _stop(signum, frame):
    raise _OverTime


def timed_query(dataset: Dataset, text: str, limit: float) -> float:
    """Seconds an rdflib query takes; inf when it outlasts the limit, nan when rdflib fails on it."""
    signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return timed(lambda: list(dataset.query(text)))
    except _OverTime:
        return float("inf")
    except Exception:  # rdflib's own failure on the query, reported as such
        return float("nan")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def rdflib_runs(text: str, limit: float) -> dict[str, float]:
    times = {}
    dataset = Dataset(default_union=True)
    times["load"] = timed(lambda: dataset.parse(data=text, format="nquads"))
    for name in QUERIES:
        times[f"query {name}"] = timed_query(dataset, load_query(name).text, limit)
    times["export nquads"] = timed(lambda: dataset.serialize(format="nquads"))
    union = Graph()
    for quad in dataset.quads((None, None, None, None)):
        union.add(quad[:3])
    times["export turtle"] = timed(lambda: union.serialize(format="turtle"))
    return times


def median(runs: list[dict[str, float]]) -> dict[str, float]:
    out = {}
    for key in runs[0]:
        values = [run[key] for run in runs]
        out[key] = float("nan") if any(math.isnan(v) for v in values) else statistics.median(values)
    return out


def show(value: float, limit: float) -> str:
    if math.isnan(value):
        return "error"
    return f"> {limit:.0f}" if value == float("inf") else f"{value:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--query-limit", type=float, default=300.0, help="seconds before an rdflib query is stopped")
    args = parser.parse_args()
    for size in args.sizes:
        text = corpus(size)
        print(f"{size:,} quads: {args.runs} runs each of pyoxigraph and rdflib ...", flush=True)
        with tempfile.TemporaryDirectory() as scratch:
            ox_runs = [oxigraph_runs(text, Path(scratch)) for _ in range(args.runs)]
        rdf_runs = [rdflib_runs(text, args.query_limit) for _ in range(args.runs)]
        fast, slow = median(ox_runs), median(rdf_runs)
        print(f"\n{size:,} quads, median of {args.runs} runs (seconds)")
        print(f"{'step':28} {'pyoxigraph':>10} {'rdflib':>10} {'ratio':>8}")
        for key in fast:
            if math.isnan(slow[key]):
                ratio = "-"
            elif slow[key] == float("inf"):
                ratio = f"> {args.query_limit / fast[key]:.0f}x"
            else:
                ratio = f"{slow[key] / fast[key]:.1f}x"
            print(f"{key:28} {fast[key]:10.2f} {show(slow[key], args.query_limit):>10} {ratio:>8}")


if __name__ == "__main__":
    main()
