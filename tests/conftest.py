"""Shared fixtures: the seed folder, a gazetteer, and one build of the seeds per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.link.gazetteer import Gazetteer
from kg.pipeline import BuildOptions, build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EN_SEED = SEEDS / "001_4d726916c44ab01d.txt"
AR_SEED = SEEDS / "000_872c42cec79fca4b.txt"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def seed_build():
    """The BuildResult of the two seeds (built once)."""
    return build([SEEDS], BuildOptions())


@pytest.fixture(scope="session")
def seed_dataset(seed_build):
    return seed_build.dataset


@pytest.fixture(scope="session")
def built_folder(tmp_path_factory, seed_build) -> Path:
    """A build folder of the seeds written by the CLI."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("build") / "out"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
