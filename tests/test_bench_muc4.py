"""The MUC-4 benchmark: reading the data, the role-filler scorer, the mapping, the CLI. Offline, on
hand-built inputs (the real benchmark runs live in benchmarks/)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.bench.muc4 import Template, MucDocument, key_dates, load_keys, load_split, location_gazetteer, score
from kg.bench.muc4_mapping import Mapping, Predictor, RelevanceModel, RoleModel, candidates, learn_lexicon
from kg.bench.scoring import match_fillers, normalise
from kg.cli import main
from kg.link.gazetteer import Gazetteer

TEXT = ("urban guerrillas of the farabundo marti national liberation front (fmln) set off a bomb "
        "at the electric power substation in san salvador yesterday.  a soldier guarding it was killed.")


def gold_doc(templates, docid="D1", text=TEXT):
    return MucDocument(docid, text, tuple(templates))


def template(kind, **roles):
    return Template(kind, {r: tuple(tuple(e) if isinstance(e, (list, tuple)) else (e,) for e in v)
                           for r, v in roles.items()})


def test_scorer_counts_each_gold_entity_once_and_needs_the_incident_type():
    gold = gold_doc([template("bombing", PerpOrg=[("farabundo marti national liberation front", "fmln")],
                              Weapon=["bomb"], Target=["electric power substation"])])
    predicted = {"D1": [template("bombing", PerpOrg=["FMLN", "farabundo marti national liberation front"],
                                 Weapon=["the bomb"], Target=["substation"], Victim=["soldier"])]}
    result = score([gold], predicted)
    overall = result.overall
    # fmln and its long name are one gold entity: one right, one a coreferent duplicate
    assert (overall.tp, overall.fp, overall.fn) == (2, 3, 1)
    assert round(overall.precision, 3) == 0.4 and round(overall.recall, 3) == round(2 / 3, 3)
    assert round(overall.f1, 2) == 0.5
    kinds = result.error_kinds()
    assert kinds["coreferent duplicate"] == 1 and kinds["boundary mismatch"] == 1 and kinds["missed filler"] == 1
    assert result.text().splitlines()[-1] == "role-filler F1: 0.50"
    # the same fillers under another incident type are all wrong
    retyped = {"D1": [template("attack", PerpOrg=["fmln"], Weapon=["bomb"])]}
    wrong = score([gold], retyped)
    assert wrong.overall.tp == 0 and wrong.error_kinds()["wrong incident type"] == 2


def test_alternative_incident_types_and_irrelevant_documents():
    gold = [gold_doc([template("bombing / attack", Weapon=["bomb"])]), gold_doc([], docid="D2")]
    predicted = {"D1": [template("attack", Weapon=["bomb"])], "D2": [template("attack", PerpInd=["guerrillas"])]}
    result = score(gold, predicted)
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (1, 1, 0)
    assert result.error_kinds()["spurious incident"] == 1


def test_match_fillers_normalises():
    assert normalise('"La Eminencia" Farm.') == "la eminencia farm"
    matched, spurious, missed = match_fillers(["The Guerrillas", "guerrillas", "army"], [("guerrillas",), ("fmln",)])
    assert matched == [("The Guerrillas", 0)] and spurious == ["army"] and missed == [1]


def test_reads_a_split_and_the_answer_keys(tmp_path):
    item = {"docid": "TST3-MUC4-0001", "doctext": TEXT, "templates": [
        {"incident_type": "bombing", "PerpInd": [[["urban guerrillas", 0]]], "PerpOrg": [], "Target": [],
         "Victim": [], "Weapon": [[["bomb", 80], ["a bomb", 78]]]}]}
    (tmp_path / "processed").mkdir()
    (tmp_path / "processed" / "test.json").write_text(json.dumps(item) + "\n")
    (document,) = load_split(tmp_path, "test")
    assert document.templates[0].entities("Weapon") == (("bomb", "a bomb"),)
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "key-tst3.txt").write_text(
        "0.  MESSAGE: ID                    TST3-MUC4-0001\n"
        "1.  MESSAGE: TEMPLATE              1\n"
        "2.  INCIDENT: DATE                 - 09 JAN 90\n"
        "3.  INCIDENT: LOCATION             PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)\n"
        "4.  INCIDENT: TYPE                 BOMBING\n\n"
        "0.  MESSAGE: ID                    TST3-MUC4-0002\n"
        "1.  MESSAGE: TEMPLATE              *\n"
        "4.  INCIDENT: TYPE                 *\n")
    keys = load_keys(tmp_path)
    assert list(keys) == ["TST3-MUC4-0001"]
    (key,) = keys["TST3-MUC4-0001"]
    assert key.incident_type == "bombing" and key.locations == ("peru", "lima", "san isidro")
    predicted = {"TST3-MUC4-0001": [Template("bombing", {}, date=dt.date(1990, 1, 9), location=("San Isidro",))]}
    result = score([document], predicted, keys=keys)
    assert (result.date.tp, result.location.tp) == (1, 1)
    with pytest.raises(Exception, match="unknown MUC-4 split"):
        load_split(tmp_path, "final")


def test_key_dates():
    assert key_dates("16 NOV 89") == (dt.date(1989, 11, 16), dt.date(1989, 11, 16))
    assert key_dates("14 - 15 APR 89") == (dt.date(1989, 4, 14), dt.date(1989, 4, 15))
    assert key_dates("- 02 NOV 89") == (None, dt.date(1989, 11, 2))
    assert key_dates("") == (None, None)


def test_location_set_list_is_a_gazetteer_kg_accepts():
    rows = location_gazetteer("Set list for LOCATION slot\nSAN ISIDRO (NEIGHBORHOOD)\nLIMA (DEPARTMENT)\n"
                              "LIMA (CITY)\nLOPEZ (TOWN)\nKIRKUK (CITY)\n", known={"kirkuk"}, stop={"lopez"})
    gazetteer = Gazetteer.load()
    gazetteer.add_rows(rows, source="set list")
    gazetteer.check()
    assert gazetteer.get("muc4-lima").subtype == "city" and gazetteer.get("muc4-san-isidro").subtype == "neighbourhood"
    assert "muc4-lopez" not in gazetteer.entries and "muc4-kirkuk" not in gazetteer.entries


def test_learned_lexicon_keeps_phrases_that_fill_a_role():
    docs = [gold_doc([template("bombing", Weapon=["bomb"], PerpInd=["urban guerrillas"])], docid=f"D{i}")
            for i in range(3)]
    lexicon = learn_lexicon(docs, min_count=2, min_precision=0.5)
    assert lexicon["Weapon"] == ["bomb"] and lexicon["PerpInd"] == ["urban guerrillas"]


def test_mapping_turns_an_attack_into_a_template():
    mapping = Mapping({"bombing": "bombing", "default": "attack"}, {},
                      {"bomb": "Weapon", "urban guerrillas": "PerpInd", "fmln": "PerpOrg",
                       "electric power substation": "Target"}, {})
    predictor = Predictor.load(mapping=mapping)
    (result,) = predictor("D1", TEXT)
    assert result.incident_type == "bombing"
    assert result.entities("Weapon") == (("bomb",),)
    assert result.entities("PerpInd") == (("urban guerrillas",),)
    assert result.entities("Target") == (("electric power substation",),)
    assert predictor("D2", "the president met the ambassador yesterday to talk about trade.") == []


ROLE_LABELS = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon", "none")


def role_model(**weights):
    return RoleModel(ROLE_LABELS, (0, 0, 0, 0, 0, 2.0), {k: tuple(v) for k, v in weights.items()})


def test_role_model_picks_the_likeliest_role_when_it_is_likely_enough():
    model = role_model(**{"h=bomb": (0, 0, 0, 0, 5, 0), "h=fmln": (0, 1, 0, 0, 0, 0)})
    assert model.role(("h=bomb",))[0] == "Weapon" and model.role(("h=bomb",))[1] > 0.9
    assert model.role(("h=fmln",)) is None  # PerpOrg, but less likely than min_probability
    assert model.role(("h=unknown",)) is None
    assert abs(sum(model.probabilities(("h=bomb", "h=fmln"))) - 1) < 1e-9


def test_relevance_model_sums_the_weights_of_the_words_a_document_holds():
    model = RelevanceModel(-1.0, {"bomb": 2.0, "exploded": 1.0, "talks": -3.0})
    assert model.score("A bomb exploded; a BOMB.") == 2.0 and model.relevant("a bomb exploded")
    assert not model.relevant("peace talks about a bomb")


def test_candidates_join_phrases_around_of_and_drop_titles_before_names():
    predictor = Predictor.load(mapping=Mapping({"default": "attack"}, {}, {}, {"bomb": "Weapon"},
                                               titles=frozenset({"priest"})))
    reading = predictor.read("D1", "gunmen killed jesuit priest ignacio ellacuria near the offices of the "
                                   "local development corporation.")
    texts = {c.text for c in candidates(reading, predictor.mapping.titles)}
    if not texts:
        pytest.skip("no English parser installed")
    assert {"ignacio ellacuria", "jesuit priest ignacio ellacuria"} <= texts
    assert "offices of the local development corporation" in texts
    features = next(c.features for c in candidates(reading, predictor.mapping.titles) if c.text == "gunmen")
    assert "h=gunmen" in features and "att=in" in features


def test_mapping_with_a_role_model_and_a_relevance_model():
    mapping = Mapping({"bombing": "bombing", "default": "attack"}, {}, {"fmln": "PerpOrg"}, {},
                      roles=role_model(**{"h=bomb": (0, 0, 0, 0, 5, 0), "h=guerrillas": (5, 0, 0, 0, 0, 0),
                                         "flag=of": (0, 0, 0, 0, 0, 4)}),
                      relevance=RelevanceModel(0.0, {"bomb": 1.0, "yesterday": -5.0}))
    predictor = Predictor.load(mapping=mapping)
    if not predictor.read("D1", TEXT).chunks:
        pytest.skip("no English parser installed")
    assert predictor("D1", TEXT) == []  # "yesterday": not relevant
    predictor.mapping = Mapping(mapping.incident_types, {}, mapping.fillers, {}, roles=mapping.roles,
                                relevance=RelevanceModel(1.0, {}))
    (result,) = predictor("D1", TEXT)
    assert result.incident_type == "bombing"
    assert result.entities("Weapon") == (("bomb",),)
    assert result.entities("PerpInd") == (("urban guerrillas",),)
    assert result.entities("PerpOrg") == (("fmln",),)  # the lexicon's, where the model chose nothing


def test_shipped_mapping_has_both_models():
    mapping = Mapping.load()
    assert mapping.roles is not None and mapping.roles.labels[-1] == "none"
    assert mapping.relevance is not None and mapping.relevance.weights


def test_cli_dispatches_on_the_benchmark_name(runner, tmp_path):
    (tmp_path / "processed").mkdir()
    item = {"docid": "TST1-MUC3-0001", "doctext": TEXT, "templates": [
        {"incident_type": "bombing", "PerpInd": [], "PerpOrg": [], "Target": [], "Victim": [],
         "Weapon": [[["bomb", 80]]]}]}
    (tmp_path / "processed" / "dev.json").write_text(json.dumps(item) + "\n")
    result = runner.invoke(main, ["eval", "muc4", str(tmp_path), "--split", "dev"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("role-filler F1: ")
    as_json = runner.invoke(main, ["eval", "muc4", str(tmp_path), "--format", "json"])
    assert json.loads(as_json.output)["role_filler"]["Weapon"]["tp"] == 1
    missing = runner.invoke(main, ["eval", "muc4", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "nowhere" in missing.output
    assert runner.invoke(main, ["eval", "muc4"]).exit_code == 2
    no_data = runner.invoke(main, ["eval", "gold/seeds.toml"])
    assert no_data.exit_code == 2 and "--data" in no_data.output


def test_datelines_of_the_raw_texts_are_put_back_as_kg_reads_them(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "tst3-muc4.txt").write_text(
        "TST3-MUC4-0001\n\n   LIMA, 9 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED.\n\n"
        "TST3-MUC4-0002\n\n   SAN SALVADOR, NO DATE (RADIO CADENA YSU) -- [TEXT] WE ARE NOT.\n")
    from kg.bench.muc4 import load_datelines

    assert load_datelines(tmp_path) == {"TST3-MUC4-0001": "lima, 9 january 1990 --"}
