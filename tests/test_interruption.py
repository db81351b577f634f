"""`kill -9` during `kg build` and `kg load` never damages what was there before.

A real `kg build` or `kg load` runs in a child process, which the test stops with SIGKILL at a
well-defined moment. The moment is chosen from outside the library: the child is started through
a small driver (`DRIVER` below) that wraps one of kg's functions so that it writes a marker file
and sleeps at that point; kg itself has no test hook. For `kg load`, the moment is a request held
by a proxy in front of a real Oxigraph server.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import AR_SEED, EN_SEED, ROOT
from loopback import DIRECT, LoopbackProxy
from kg.buildfolder import recover
from kg.cli import main
from kg.load import STAGING, build_graphs
from kg.server import start_server
from kg.store import open_store


# Runs `kg ARGS...` after wrapping the function named by POINT so that it pauses there:
#     python -c DRIVER POINT MARKER ARGS...
DRIVER = r'''
import os, sys, time
point, marker = sys.argv[1], sys.argv[2]

def pause():
    open(marker, "w").close()
    time.sleep(600)

import kg.buildfolder as folder
import kg.pipeline as pipeline

if point == "reading":            # the second document is being read
    real_read, calls = pipeline.read_document, []
    def read_document(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            pause()
        return real_read(*args, **kwargs)
    pipeline.read_document = read_document
elif point == "exports":          # three files of the new build are in its staging folder
    real_write, calls = folder._write, []
    def write(path, data):
        real_write(path, data)
        calls.append(path)
        if len(calls) == 3:
            pause()
    folder._write = write
elif point == "store":            # half of the new store is written
    import pyoxigraph as ox
    from kg.export.rdf_formats import _quads
    def write_store(staging, dataset):
        quads = _quads(dataset)
        store = ox.Store(str(staging / "store"))
        store.extend(quads[: len(quads) // 2])
        store.flush()
        pause()
    folder.write_store = write_store
elif point == "swap":             # the new build is complete, about to be swapped in
    real_swap = folder._swap_in
    def swap_in(staging, target):
        pause()
        real_swap(staging, target)
    folder._swap_in = swap_in
elif point == "between-renames":  # no atomic exchange: the old build moved aside, the new one not yet in
    folder._exchange = lambda a, b: False
    real_rename = os.rename
    def rename(src, dst):
        real_rename(src, dst)
        if os.path.basename(str(dst)).startswith(".kg-previous-"):
            pause()
    os.rename = rename

from kg.cli import main
main(sys.argv[3:], prog_name="kg")
'''


def run_until(point: str, args: list[str], marker: Path) -> subprocess.Popen:
    """Start `kg ARGS` paused at POINT; return once it is there."""
    process = subprocess.Popen([sys.executable, "-c", DRIVER, point, str(marker), *args])
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert process.poll() is None, f"kg {args[0]} ended (code {process.returncode}) before reaching {point}"
        assert time.monotonic() < deadline, f"kg {args[0]} did not reach {point}"
        time.sleep(0.02)
    return process


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL


def files(folder: Path) -> dict[str, bytes]:
    """The bytes of every file of a build folder, the store's included."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("previous") / "out"
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(EN_SEED), "--out", str(out), "-q"], check=True)
    return out


@pytest.mark.parametrize("point", ["reading", "exports", "store", "swap", "between-renames"])
def test_kill_during_build_leaves_the_previous_build(tmp_path, previous_build, point, runner):
    out = tmp_path / "out"
    shutil.copytree(previous_build, out)
    before = files(out)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(EN_SEED, corpus)
    shutil.copy(AR_SEED, corpus)
    process = run_until(point, ["build", str(corpus), "--out", str(out), "-q"], tmp_path / "paused")
    kill(process)
    if point == "between-renames":
        assert not out.exists()  # the one moment the folder is not in place: kg puts it back first thing
        recover(out)
    assert files(out) == before
    events = runner.invoke(main, ["query", "events", "--data", str(out), "--format", "json"])
    assert events.exit_code == 0 and json.loads(events.output), events.output
    if point not in ("store", "between-renames"):  # (two cases suffice, and builds take seconds)
        return
    # the next build works, and removes what the killed one left behind (here a half-written store)
    rebuilt = runner.invoke(main, ["build", str(corpus), "--out", str(out), "-q"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out", "paused"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert {d["source"] for d in summary["documents"]} == {EN_SEED.name, AR_SEED.name}


# ---- kg load ------------------------------------------------------------------------------------


class HoldingProxy(LoopbackProxy):
    """Forwards requests to a server, but holds the one `hold(method, path, body)` picks until the
    test releases it; then forwards it (a request that reached the server before its client died)
    or drops it (one that never did)."""

    def __init__(self, target: str, hold) -> None:
        super().__init__(target)
        self.hold = hold
        self.held, self.release, self.done = threading.Event(), threading.Event(), threading.Event()
        self.forward_held = True

    def handle(self, handler) -> None:
        body = self.body(handler)
        holding = not self.held.is_set() and self.hold(handler.command, urllib.parse.unquote(handler.path), body)
        if holding:
            self.held.set()
            self.release.wait(60)
            if not self.forward_held:
                self.done.set()
                return
        status, data = self.forward(handler, body)
        if holding:
            self.done.set()  # its client is dead: nobody to answer
            return
        self.answer(handler, status, data)

    def close(self) -> None:
        self.release.set()
        super().close()


def store_state(base_url: str) -> set[tuple]:
    """Every statement of every named graph of the server, as (graph, subject, predicate, object)."""
    query = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    request = urllib.request.Request(base_url + "/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with DIRECT.open(request) as answer:
        rows = json.load(answer)["results"]["bindings"]
    return {tuple(json.dumps(row[v], sort_keys=True) for v in "gspo") for row in rows}


def real_graphs(state: set[tuple]) -> set[tuple]:
    return {row for row in state if not json.loads(row[0])["value"].startswith(STAGING)}


@pytest.mark.parametrize("moment", ["third-upload", "commit-lost", "commit-delivered"])
def test_kill_during_load_leaves_the_loaded_graphs(tmp_path, previous_build, built_folder, runner, moment):
    if moment == "third-upload":
        def hold(method, path, body):
            hold.uploads = getattr(hold, "uploads", 0) + (method == "PUT" and STAGING in path)
            return hold.uploads == 3
    else:
        def hold(method, path, body):
            return body.startswith(b"MOVE GRAPH")
    with start_server(None, port=0, read_only=False, union_default_graph=True) as server:
        first = runner.invoke(main, ["load", str(previous_build), "--endpoint", server.store_url, "-q"])
        assert first.exit_code == 0, first.output
        before = store_state(server.base_url)
        proxy = HoldingProxy(server.base_url, hold)
        proxy.forward_held = moment == "commit-delivered"
        try:
            process = subprocess.Popen([sys.executable, "-m", "kg.cli", "load", str(built_folder),
                                        "--endpoint", proxy.url + "/store", "-q"])
            assert proxy.held.wait(120), "the load never reached the request to hold"
            kill(process)
            proxy.release.set()
            assert proxy.done.wait(60)
        finally:
            proxy.close()
        after_kill = store_state(server.base_url)
        again = runner.invoke(main, ["load", str(built_folder), "--endpoint", server.store_url, "-q"])
        assert again.exit_code == 0, again.output
        loaded = store_state(server.base_url)
    expected = {graph: len(triples) for graph, triples in build_graphs(open_store(built_folder))}
    sizes: dict[str, int] = {}
    for row in loaded:
        graph = json.loads(row[0])["value"]
        sizes[graph] = sizes.get(graph, 0) + 1
    assert sizes == expected  # the next load finishes the job and leaves no staging graph
    if moment == "commit-delivered":
        assert real_graphs(after_kill) == loaded  # the commit reached the store: all new, at once
    else:
        assert real_graphs(after_kill) == before  # all old: the previously loaded graphs are untouched
    assert before != loaded and before & loaded  # the two builds share graphs, with other content
