"""Incremental builds: `kg build --add` and `kg remove` give the graph a full build would."""

from __future__ import annotations

import csv
import io
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

BAQUBA = """BAQUBA, Iraq, March 3, 2014 (Reuters) - A car bomb exploded near a market in Baquba on Monday,
killing 7 people and wounding 15, police said.
"""
RAMADI = """RAMADI, Iraq, March 3, 2014 (AP) - Gunmen killed 3 policemen at a checkpoint in Ramadi on Monday.
"""
RAMADI_CHANGED = """RAMADI, Iraq, March 3, 2014 (AP) - Gunmen killed 5 policemen at a checkpoint in Ramadi on Monday.
"""
MOSUL = """MOSUL, Iraq, March 4, 2014 (Reuters) - A suicide bomber killed 12 soldiers at an army base in Mosul
on Tuesday, officials said.
"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _kg(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _graphs(build: Path) -> dict[str, list[str]]:
    """N-Quads lines of a build by graph name."""
    graphs = defaultdict(list)
    for line in (build / "graph.nq").read_text(encoding="utf-8").splitlines():
        graph = line.rsplit(" ", 2)[-2]
        graphs[graph].append(line)
    return dict(graphs)


def test_adding_documents_equals_building_them_together(tmp_path):
    docs = _write(tmp_path / "docs", {"baquba.txt": BAQUBA, "ramadi.txt": RAMADI})
    _kg("build", str(docs / "baquba.txt"), "--out", str(tmp_path / "inc"), "-q")
    _kg("build", str(docs / "ramadi.txt"), "--out", str(tmp_path / "inc"), "--add", "-q")
    _kg("build", str(docs), "--out", str(tmp_path / "full"), "-q")
    for name in ("graph.nq", "graph.trig", "summary.json"):
        assert (tmp_path / "inc" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "inc" / "sources").iterdir()) == ["baquba.txt", "ramadi.txt"]


def test_a_changed_document_replaces_its_graph_and_nothing_else(tmp_path):
    docs = _write(tmp_path / "docs", {"baquba.txt": BAQUBA, "ramadi.txt": RAMADI, "mosul.txt": MOSUL})
    out = tmp_path / "build"
    _kg("build", str(docs), "--out", str(out), "-q")
    before = _graphs(out)
    changed = _write(tmp_path / "changed", {"ramadi.txt": RAMADI_CHANGED})
    _kg("build", str(changed / "ramadi.txt"), "--out", str(out), "--add", "-q")
    after = _graphs(out)
    assert set(after) == set(before)
    differing = {g for g in after if after[g] != before[g]}
    assert any(g.endswith("/ramadi>") for g in differing)
    assert not any(g.endswith(("/baquba>", "/mosul>")) for g in differing)
    rows = list(csv.DictReader(io.StringIO(_kg("query", "events", "--data", str(out), "--format", "csv"))))
    assert [row["killed"] for row in rows if row["label"] == "Shooting in Ramadi"] == ["5"]
    assert (out / "sources" / "ramadi.txt").read_text(encoding="utf-8") == RAMADI_CHANGED


def test_removing_a_document_equals_never_having_built_it(tmp_path):
    docs = _write(tmp_path / "docs", {"baquba.txt": BAQUBA, "ramadi.txt": RAMADI})
    _kg("build", str(docs), "--out", str(tmp_path / "build"), "-q")
    _kg("remove", "ramadi.txt", "--out", str(tmp_path / "build"), "-q")
    _kg("build", str(docs / "baquba.txt"), "--out", str(tmp_path / "only"), "-q")
    assert (tmp_path / "build" / "graph.nq").read_bytes() == (tmp_path / "only" / "graph.nq").read_bytes()
    assert not (tmp_path / "build" / "sources" / "ramadi.txt").exists()


def test_the_build_survives_its_original_files(tmp_path):
    docs = _write(tmp_path / "docs", {"baquba.txt": BAQUBA})
    _kg("build", str(docs), "--out", str(tmp_path / "build"), "-q")
    (docs / "baquba.txt").unlink()
    more = _write(tmp_path / "more", {"mosul.txt": MOSUL})
    _kg("build", str(more), "--out", str(tmp_path / "build"), "--add", "-q")
    graphs = _graphs(tmp_path / "build")
    assert any(g.endswith("/baquba>") for g in graphs) and any(g.endswith("/mosul>") for g in graphs)


@pytest.mark.parametrize("args, message", [
    (["remove", "nothing.txt"], "holds no document 'nothing.txt'"),
    (["remove", "baquba.txt"], "would leave the build empty"),
])
def test_withdrawing_what_is_not_there_is_a_clear_error(tmp_path, args, message):
    docs = _write(tmp_path / "docs", {"baquba.txt": BAQUBA})
    _kg("build", str(docs), "--out", str(tmp_path / "build"), "-q")
    before = (tmp_path / "build" / "graph.nq").read_bytes()
    result = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "build")])
    assert result.exit_code != 0
    assert message in result.output
    assert (tmp_path / "build" / "graph.nq").read_bytes() == before


def test_adding_to_a_folder_that_is_no_build_is_refused(tmp_path):
    docs = _write(tmp_path / "docs", {"baquba.txt": BAQUBA})
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", str(docs), "--out", str(tmp_path / "empty"), "--add"])
    assert result.exit_code != 0
    assert "not a kg build folder" in result.output


def test_a_build_without_kept_sources_cannot_be_extended(tmp_path):
    docs = _write(tmp_path / "docs", {"baquba.txt": BAQUBA, "mosul.txt": MOSUL})
    _kg("build", str(docs / "baquba.txt"), "--out", str(tmp_path / "build"), "-q")
    shutil.rmtree(tmp_path / "build" / "sources")
    before = (tmp_path / "build" / "graph.nq").read_bytes()
    result = CliRunner().invoke(main, ["build", str(docs / "mosul.txt"), "--out", str(tmp_path / "build"), "--add"])
    assert result.exit_code == 2
    assert "keeps no copy of its documents" in result.output
    assert (tmp_path / "build" / "graph.nq").read_bytes() == before
