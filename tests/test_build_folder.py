"""The reference build, determinism, and a build folder that is never left half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import AR_SEED, EN_SEED, ROOT, SEEDS
from kg.buildfolder import recover, write_build
from kg.cli import main
from kg.store import STORE, open_store

REFERENCE = ROOT / "output"


def test_reference_build_is_up_to_date(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(SEEDS), "--out", str(out), "-q"]).exit_code == 0
    def files(folder):  # the store is a database, not an export
        return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                      if p.is_file() and p.relative_to(folder).parts[0] != "store" and not p.name.startswith("."))

    built = files(out)
    assert built == files(REFERENCE)
    assert "sources/001_4d726916c44ab01d.txt" in built
    for name in built:
        assert (out / name).read_bytes() == (REFERENCE / name).read_bytes(), (
            f"output/{name} differs from a fresh build of seeds/: rebuild it with `kg build seeds --out output`")


def test_builds_are_byte_identical_whatever_the_order(tmp_path):
    """Two builds in separate processes, with different hash seeds (set and dict orders) and the
    inputs in opposite orders, give byte-identical files. The store is a RocksDB database, whose
    files hold a random identity and a log with times: it is compared by its content instead."""
    one, two = tmp_path / "one", tmp_path / "two"
    for out, inputs, seed in ((one, [EN_SEED, AR_SEED], "1"), (two, [AR_SEED, EN_SEED], "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, inputs), "--out", str(out), "-q"],
                       check=True, env=env)
    files = sorted(str(p.relative_to(one)) for p in one.rglob("*") if p.is_file() and p.parent.name != STORE)
    assert files == sorted(str(p.relative_to(two)) for p in two.rglob("*") if p.is_file() and p.parent.name != STORE)
    assert "summary.json" in files and "graph.graphml" in files
    for name in files:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    assert sorted(map(str, open_store(one))) == sorted(map(str, open_store(two)))


def test_an_interrupted_swap_is_repaired(tmp_path, seed_build):
    out = tmp_path / "out"
    write_build(out, seed_build.dataset, summary={"a": 1}, report_text="ok\n")
    before = (out / "graph.trig").read_bytes()
    # what a kill between the two renames of the fallback swap leaves: the build moved aside
    os.rename(out, tmp_path / ".kg-previous-out")
    (tmp_path / ".kg-staging-out-999999").mkdir()
    recover(out)
    assert (out / "graph.trig").read_bytes() == before
    assert not (tmp_path / ".kg-staging-out-999999").exists()


# kill -9 during a build or a load: tests/test_interruption.py
