"""`kg eval GOLD --data DIR`: event scores, slots, and the merging of one event told by several sources."""

from __future__ import annotations

import datetime as dt

from kg.cli import main
from kg.evaluate import GoldEvent, PredictedEvent, evaluate
from conftest import ROOT

DAY = dt.date(2017, 4, 9)


def gold(source, id, story, places):
    return GoldEvent(source=source, id=id, kind="attack", date=DAY, places=places, killed=10, story_event=story)


def predicted(source, iri, places):
    return PredictedEvent(source=source, iri=iri, kind="attack", label=iri, date=DAY, places=frozenset(places),
                          area=frozenset(), killed=10, injured=None, perpetrators=frozenset())


def test_merging_counts_pairs_of_tellings_across_documents(gazetteer):
    golds = [
        gold("a.txt", "tanta", "e1", ("Tanta",)), gold("a.txt", "alexandria", "e2", ("Alexandria",)),
        gold("b.txt", "tanta", "e1", ("Tanta",)), gold("b.txt", "alexandria", "e2", ("Alexandria",)),
        gold("c.txt", "tanta", "e1", ("Tanta",)),
    ]
    predictions = [
        predicted("a.txt", "ev/tanta", ["Tanta"]), predicted("a.txt", "ev/alexandria", ["Alexandria"]),
        predicted("b.txt", "ev/tanta", ["Tanta"]), predicted("b.txt", "ev/tanta-2", ["Alexandria"]),
        # c.txt's telling is merged with b.txt's Alexandria attack: a wrong merge, and a missed one
        predicted("c.txt", "ev/tanta-2", ["Tanta"]),
    ]
    result = evaluate(golds, predictions, gazetteer)
    merging = result.merging
    # one event pairs: a-b tanta (merged), a-b alexandria (not), a-c tanta (not), b-c tanta (not)
    assert (merging.tp, merging.fp, merging.fn, merging.found) == (1, 1, 3, 4)
    assert any(e.startswith("merged    b.txt: alexandria and c.txt: tanta") for e in merging.errors)
    assert "merging across sources" in result.text()
    assert result.as_dict()["merging"]["tp"] == 1


def test_a_gold_without_story_events_reports_no_merging(gazetteer):
    golds = [GoldEvent(source="a.txt", id="x", kind="attack", date=DAY, places=("Tanta",))]
    result = evaluate(golds, [predicted("a.txt", "ev/x", ["Tanta"])], gazetteer)
    assert result.merging is None and "merging" not in result.text()
    assert result.scores()[2] == 1.0


def test_the_seed_build_scores_every_event_and_every_merge(runner, built_folder):
    result = runner.invoke(main, ["eval", str(ROOT / "gold" / "seeds.toml"), "--data", str(built_folder)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "F1 1.000" in lines[1]
    merging = next(line for line in lines if line.startswith("merging"))
    assert "F1 1.000" in merging and "tp 14, fp 0, fn 0" in merging
