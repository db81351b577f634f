"""The command line, end to end: build, query, export, validate; errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EN_SEED, SEEDS, write
from kg.cli import main

EVENT_KEYS = ["event", "label", "date", "places", "killed", "injured", "perpetrators", "parent", "sources"]


def test_build_prints_a_summary(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    for word in ("documents: 2 read, 0 skipped", "entities:", "events:", "triples:", "validation: conforms"):
        assert word in result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["graph.graphml", "graph.json", "graph.jsonld", "graph.nq", "graph.trig", "graph.ttl",
                     "sources", "store", "summary.json", "validation.txt"]


def test_query_events_json_keeps_its_contract(runner, built_folder):
    result = runner.invoke(main, ["query", "events", "--data", str(built_folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert all(list(row) == EVENT_KEYS for row in rows)
    series = next(r for r in rows if r["event"].endswith("/iraq-attacks"))
    assert series["date"] == "2013-12-04" and series["killed"] == 35 and series["injured"] == 133
    assert series["perpetrators"] == ["Islamic State in Iraq and the Levant"] and series["parent"] is None
    assault = next(r for r in rows if r["event"].endswith("/jawahir-mall-attack"))
    assert assault["parent"] == series["event"]
    assert {"Kirkuk", "كركوك", "Jawahir mall", "مول جواهر"} <= set(assault["places"])
    assert assault["perpetrators"] == ["Islamic State in Iraq and the Levant"]
    assert assault["sources"] == ["000_872c42cec79fca4b.txt", "001_4d726916c44ab01d.txt"]
    assert (assault["killed"], assault["injured"]) == (11, 106)
    for row in rows:
        assert isinstance(row["places"], list) and isinstance(row["sources"], list)
        assert row["killed"] is None or isinstance(row["killed"], int)


def test_query_formats(runner, built_folder):
    table = runner.invoke(main, ["query", "events", "--data", str(built_folder)])
    assert table.exit_code == 0 and "(15 rows)" in table.output
    csv_out = runner.invoke(main, ["query", "events", "--data", str(built_folder), "--format", "csv"])
    assert csv_out.output.splitlines()[0] == ",".join(EVENT_KEYS)


def test_query_errors(runner, built_folder, tmp_path):
    unknown = runner.invoke(main, ["query", "nothing", "--data", str(built_folder)])
    assert unknown.exit_code == 2 and "unknown query" in unknown.output
    missing = runner.invoke(main, ["query", "events", "--data", str(tmp_path / "none")])
    assert missing.exit_code == 2 and "not a kg build" in missing.output
    bad = write(tmp_path / "bad.rq", "SELECT ?x WHERE { ?x ")
    broken = runner.invoke(main, ["query", str(bad), "--data", str(built_folder)])
    assert broken.exit_code == 2 and "failed" in broken.output
    param = runner.invoke(main, ["query", "events", "--data", str(built_folder), "-p", "x=1"])
    assert param.exit_code == 2 and "takes no parameter" in param.output


def test_user_query_file(runner, built_folder, tmp_path):
    query = write(tmp_path / "places.rq", "# list: names\nPREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\n"
                  "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?e sem:hasPlace ?p }\n")
    result = runner.invoke(main, ["query", str(query), "--data", str(built_folder), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output)[0]["n"] > 10


def test_export_one_format(runner, built_folder, tmp_path):
    out = tmp_path / "seeds.nq"
    result = runner.invoke(main, ["export", "--data", str(built_folder), "--format", "nquads", "--out", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8") == (built_folder / "graph.nq").read_text(encoding="utf-8")


def test_validate_command(runner, built_folder, tmp_path):
    ok = runner.invoke(main, ["validate", str(built_folder / "graph.trig")])
    assert ok.exit_code == 0 and "conforms" in ok.output
    bad = write(tmp_path / "bad.ttl", "<http://x/e> a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> .\n")
    violations = runner.invoke(main, ["validate", str(bad)])
    assert violations.exit_code == 1 and "VIOLATION" in violations.output
    garbage = write(tmp_path / "garbage.ttl", "this is not turtle {{{")
    error = runner.invoke(main, ["validate", str(garbage)])
    assert error.exit_code == 2 and "garbage.ttl" in error.output and "cannot parse" in error.output


@pytest.fixture
def previous_build(runner, tmp_path) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(EN_SEED), "--out", str(out), "-q"])
    assert result.exit_code == 0
    return out, {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


@pytest.mark.parametrize("name,content,expected", [
    ("empty.txt", b"", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin.txt", "Attentat à Kirkouk: 12 tués, café détruit à Bagdad.".encode("cp1252"), "not valid UTF-8"),
    ("infobox.wiki", b"= Attack =\n\nInfobox\n- Date: 4 December 2013\n- Fatalities 35\n\nA bomb exploded in Kirkuk.",
     "malformed infobox line"),
])
def test_bad_input_names_the_file_exits_2_and_leaves_the_build(runner, tmp_path, previous_build, name, content, expected):
    out, before = previous_build
    bad = write(tmp_path / "in" / name, content)
    result = runner.invoke(main, ["build", str(bad), "--out", str(out)])
    assert result.exit_code == 2
    assert name in result.output and expected in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_folder_without_documents(runner, tmp_path, previous_build):
    out, before = previous_build
    empty = tmp_path / "nothing"
    empty.mkdir()
    write(empty / "image.png", b"\x89PNG")
    result = runner.invoke(main, ["build", str(empty), "--out", str(out)])
    assert result.exit_code == 2 and "folder holds no document" in result.output and str(empty) in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_a_bad_document_in_a_batch_is_skipped_and_counted(runner, tmp_path):
    folder = tmp_path / "batch"
    write(folder / "good.txt", EN_SEED.read_text(encoding="utf-8"))
    write(folder / "empty.txt", "")
    result = runner.invoke(main, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "documents: 1 read, 1 skipped" in result.output and "empty.txt" in result.output
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["skipped"][0]["source"] == "empty.txt"
    strict = runner.invoke(main, ["build", str(folder), "--out", str(tmp_path / "out2"), "--strict"])
    assert strict.exit_code == 2 and "empty.txt" in strict.output and not (tmp_path / "out2").exists()


def test_a_folder_that_is_not_a_build_is_never_replaced(runner, tmp_path):
    precious = tmp_path / "thesis"
    write(precious / "chapter1.tex", "my work")
    result = runner.invoke(main, ["build", str(EN_SEED), "--out", str(precious)])
    assert result.exit_code == 2 and "not a kg build" in result.output
    assert (precious / "chapter1.tex").read_text() == "my work"


def test_every_command_has_help_and_is_in_the_readme(runner):
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, name
        assert f"kg {name}" in readme, f"README does not document `kg {name}`"
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output
