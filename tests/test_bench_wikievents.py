"""WikiEvents: reading a document's sentences and events, and the argument scorer (hand-built)."""

from __future__ import annotations

import json

from kg.bench.wikievents import Prediction, load_split, match_arguments, score

ITEM = {
    "doc_id": "d1",
    "tokens": ["A", "bomb", "exploded", "in", "Kabul", ".", "Two", "died", "."],
    "text": "A bomb exploded in Kabul.Two died.",
    "sentences": [[[["A", 0, 1], ["bomb", 2, 6], ["exploded", 7, 15], ["in", 16, 18], ["Kabul", 19, 24], [".", 24, 25]],
                   "A bomb exploded in Kabul."],
                  [[["Two", 25, 28], ["died", 29, 33], [".", 33, 34]], "Two died."]],
    "entity_mentions": [],
    "event_mentions": [
        {"id": "e1", "event_type": "Conflict.Attack.DetonateExplode",
         "trigger": {"start": 2, "end": 3, "text": "exploded", "sent_idx": 0},
         "arguments": [{"entity_id": "t1", "role": "ExplosiveDevice", "text": "bomb"},
                       {"entity_id": "t2", "role": "Place", "text": "Kabul"}]},
        {"id": "e2", "event_type": "Life.Die.Unspecified", "trigger": {"start": 7, "end": 8, "text": "died", "sent_idx": 1},
         "arguments": [{"entity_id": "t3", "role": "Victim", "text": "Two"}]},
    ],
}


def test_reads_sentences_triggers_and_arguments(tmp_path):
    (tmp_path / "dev.jsonl").write_text(json.dumps(ITEM) + "\n")
    (document,) = load_split(tmp_path, "dev")
    assert document.text == "A bomb exploded in Kabul.\nTwo died."
    assert [document.text[b:e] for b, e in document.triggers] == ["exploded"]
    assert document.arguments == {"place": ("Kabul",), "attacker": (), "victim": ("Two",), "instrument": ("bomb",)}
    prediction = Prediction(((7, 15), (30, 34)), {"place": ("the city of Kabul", "Afghanistan"), "instrument": ("bomb",)})
    result = score([document], {"d1": prediction})
    assert (result.triggers.tp, result.triggers.fp, result.triggers.fn) == (1, 1, 0)
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (2, 1, 1)
    assert result.text().splitlines()[-1] == "argument F1: 0.67"


def test_arguments_match_by_head_each_gold_once():
    counts = match_arguments(("a roadside IED", "IED", "soldiers"), ("IED", "soldiers", "convoy"))
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)
