"""The reference build, determinism, and a build folder that is never left half-written."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import AR_SEED, EN_SEED, ROOT, SEEDS
from kg.buildfolder import recover, write_build
from kg.cli import main

REFERENCE = ROOT / "output"


def test_reference_build_is_up_to_date(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(SEEDS), "--out", str(out), "-q"]).exit_code == 0
    built = sorted(p.name for p in out.iterdir() if p.name != "store")  # the store is a database, not an export
    assert built == sorted(p.name for p in REFERENCE.iterdir() if not p.name.startswith(".") and p.name != "store")
    for name in built:
        assert (out / name).read_bytes() == (REFERENCE / name).read_bytes(), (
            f"output/{name} differs from a fresh build of seeds/: rebuild it with `kg build seeds --out output`")


def test_builds_are_byte_identical_whatever_the_order(runner, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert runner.invoke(main, ["build", str(EN_SEED), str(AR_SEED), "--out", str(one), "-q"]).exit_code == 0
    assert runner.invoke(main, ["build", str(AR_SEED), str(EN_SEED), "--out", str(two), "-q"]).exit_code == 0
    for path in one.iterdir():
        if path.is_file():
            assert path.read_bytes() == (two / path.name).read_bytes(), path.name


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


def test_kill_during_build_leaves_the_previous_build(tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(EN_SEED), "--out", str(out), "-q"], check=True)
    before = _files(out)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        shutil.copy(AR_SEED, corpus / f"ar{i:02}.txt")
        shutil.copy(EN_SEED, corpus / f"en{i:02}.txt")
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-q"]
    # killed while reading, and killed while writing the new build (its staging folder exists)
    for moment in ("early", "writing"):
        process = subprocess.Popen(command)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            staging = list(tmp_path.glob(".kg-staging-out-*"))
            if moment == "early" and time.monotonic() > deadline - 119:
                break
            if moment == "writing" and staging:
                break
            time.sleep(0.005)
        assert process.poll() is None, "the build ended before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait()
        recover(out)
        assert _files(out) == before


def _files(folder: Path) -> dict[str, bytes]:
    """The bytes of every file of a build folder, the store's included."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
