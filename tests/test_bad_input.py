"""A batch with one document of each kind of problem: every one is reported with its file and
skipped, the summary counts them by kind, --strict stops at the first, and a batch of which no
document can be used is an error."""

from __future__ import annotations

import json

import pytest

from conftest import EN_SEED, write
from kg.cli import main

BAD = {
    "a_empty.txt": b"",
    "a_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "a_latin1.txt": "Attentat à Kirkouk: 12 tués, café détruit à Bagdad.".encode("cp1252"),
    "a_utf16.txt": "A car bomb killed 11 people in Kirkuk.".encode("utf-16"),
    "a_infobox.wiki": b"= Attack =\n\nInfobox\n- Date: 4 December 2013\n- Fatalities 35\n\nA bomb exploded in Kirkuk.",
    "a_french.txt": ("Un attentat à la voiture piégée a fait au moins douze morts mercredi à Kirkouk, dans le nord de "
                     "l'Irak, selon la police. L'explosion a eu lieu près d'un marché, selon un responsable.").encode(),
    "a_mixed.txt": ("Kirkuk attack report, first part\n" * 2 + "هجوم كركوك تقرير الجزء الأول\n" * 2).encode(),
    "a_references.wiki": b"= Kirkuk bombing =\n\n== References ==\n- [1] Reuters report on the Kirkuk bombing, 2013\n",
}
KINDS = {"binary": 1, "empty": 1, "encoding": 2, "infobox": 1, "language": 2, "no-text": 1}


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "batch"
    for name, content in BAD.items():
        write(folder / name, content)
    return folder


def test_every_bad_document_is_reported_skipped_and_counted_by_kind(runner, tmp_path, batch):
    write(batch / "good.txt", EN_SEED.read_text(encoding="utf-8"))
    result = runner.invoke(main, ["build", str(batch), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "documents: 1 read, 8 skipped (1 binary, 1 empty, 2 encoding, 1 infobox, 2 language, 1 no-text)" in result.output
    for name in BAD:
        assert name in result.output
    assert "a_infobox.wiki:5" in result.output  # the line of the malformed infobox line
    assert "--encoding cp1252" in result.output  # the likely encoding, and how to read it
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["skipped_by_kind"] == KINDS
    assert {s["source"]: s["kind"] for s in summary["skipped"]}["a_mixed.txt"] == "language"


def test_strict_stops_at_the_first_bad_document(runner, tmp_path, batch):
    write(batch / "good.txt", EN_SEED.read_text(encoding="utf-8"))
    result = runner.invoke(main, ["build", str(batch), "--out", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 2 and "a_binary.txt" in result.output and "a_empty.txt" not in result.output
    assert not (tmp_path / "out").exists()


def test_a_batch_of_which_nothing_can_be_used_is_an_error(runner, tmp_path, batch):
    result = runner.invoke(main, ["build", str(batch), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and f"none of the {len(BAD)} documents can be used" in result.output
    for name in BAD:
        assert name in result.output
    assert not (tmp_path / "out").exists()
