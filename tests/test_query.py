"""Canned queries over the seeds' build: their answers, safe parameters, and the same answer
whether the default graph is the build's merge or a server's union of the named graphs."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query import canned_names, load_query, parse_params, run_query
from kg.store import STORE, open_store

from conftest import AR_SEED, EN_SEED

PARAMS = {"events-in-place": ["place=Kirkuk"], "mentions": ["entity=Kirkuk"]}


def ask(store, name, *params):
    spec = load_query(name)
    return run_query(spec, store, parse_params(list(params), spec)).rows


@pytest.fixture(scope="module")
def store(built_folder):
    return open_store(built_folder)


def test_every_canned_query_answers_on_the_seeds(store):
    for name in canned_names():
        assert ask(store, name, *PARAMS.get(name, [])), name


def test_events_in_a_place_include_its_sub_places_and_take_arabic_names(store):
    kirkuk = {row["event"].rsplit("/", 1)[1] for row in ask(store, "events-in-place", "place=Kirkuk")}
    assert kirkuk == {"jawahir-mall-attack", "kirkuk-bombing"}
    assert {r["event"] for r in ask(store, "events-in-place", "place=كركوك")} == {
        r["event"] for r in ask(store, "events-in-place", "place=Kirkuk")}
    iri = "place=https://example.org/kg/id/place/kirkuk"
    assert len(ask(store, "events-in-place", iri)) == 2
    baghdad = {row["where"] for row in ask(store, "events-in-place", "place=Baghdad")}
    assert "Ghazaliya" in baghdad  # a district of Baghdad


def test_casualties_sum_each_attack_once(store):
    by_place = {row["name"]: row for row in ask(store, "casualties-by-place")}
    assert (by_place["Kirkuk"]["attacks"], by_place["Kirkuk"]["killed"], by_place["Kirkuk"]["injured"]) == (2, 11, 110)
    events = [r for r in ask(store, "events") if r["parent"]]
    month = ask(store, "casualties-by-month")
    assert month == [{"month": "2013-12", "attacks": len(events),
                      "killed": sum(r["killed"] or 0 for r in events),
                      "injured": sum(r["injured"] or 0 for r in events)}]


def test_claims_conflicts_and_actors(store):
    claims = ask(store, "claims")
    assert [(c["group"], c["attack_label"]) for c in claims] == [("Islamic State in Iraq and the Levant", "Attack in Kirkuk")]
    killed = {(r["source"], r["value"]) for r in ask(store, "conflicts") if r["aspect"] == "killed (people)"}
    assert killed == {(AR_SEED.name, 30), (EN_SEED.name, 35)}
    roles = {(r["name"], r["role"]) for r in ask(store, "actors")}
    assert ("Islamic State in Iraq and the Levant", "perpetrator") in roles
    assert ("Iraqi Police", "target") in roles


def test_mentions_give_the_exact_words_at_their_offsets(store):
    rows = ask(store, "mentions", "entity=كركوك")
    assert {r["source"] for r in rows} == {AR_SEED.name, EN_SEED.name}
    for row in rows:
        text = (AR_SEED if row["source"] == AR_SEED.name else EN_SEED).read_text(encoding="utf-8")
        assert text[row["begin"]:row["end"]] == row["text"]


def test_parameters_are_terms_never_query_text(store, built_folder):
    before = len(store)
    hostile = 'Kirkuk" ) } DELETE WHERE { ?s ?p ?o } #'
    assert ask(store, "events-in-place", f"place={hostile}") == []
    assert len(open_store(built_folder)) == before
    with pytest.raises(QueryError, match="takes no parameter"):
        parse_params(["where=Kirkuk"], load_query("events-in-place"))
    with pytest.raises(QueryError, match="not name=value"):
        parse_params(["Kirkuk"], load_query("events-in-place"))


def test_the_default_graph_states_each_fact_once(store):
    attack = ox.NamedNode("https://example.org/kg/id/event/2013-12-04/jawahir-mall-attack")
    dates = list(store.quads_for_pattern(attack, ox.NamedNode("http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp"), None, ox.DefaultGraph()))
    named = list(store.quads_for_pattern(attack, ox.NamedNode("http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp"), None))
    assert len(dates) == 1 and len(named) > 2


class _UnionDefault:
    """A store seen as most servers show it: the default graph is the union (a bag) of the graphs."""

    def __init__(self, store):
        self.store = store

    def query(self, text, **options):
        return self.store.query(text, use_default_graph_as_union=True, **options)


def test_canned_queries_give_the_same_answer_over_a_union_default_graph(store):
    named = ox.Store()
    named.bulk_extend(q for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
    for name in canned_names():
        assert ask(store, name, *PARAMS.get(name, [])) == ask(_UnionDefault(named), name, *PARAMS.get(name, [])), name


def test_a_build_without_its_store_is_queried_from_its_n_quads(store, built_folder, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(built_folder, copy)
    shutil.rmtree(copy / STORE)
    assert ask(open_store(copy), "events") == ask(store, "events")


def test_read_build_is_the_python_api(built_folder):
    import kg

    dataset = kg.read_build(built_folder)
    graphs = {str(g.identifier).rsplit("/", 1)[1] for g in dataset.graphs() if len(g)}
    assert {"fused", "gazetteer", "vocabulary", AR_SEED.stem, EN_SEED.stem} <= graphs
    rows = dataset.query("""PREFIX kgo: <https://example.org/kg/ontology#>
        SELECT ?event ?killed WHERE { ?event a kgo:Attack ; kgo:killed ?killed } ORDER BY DESC(?killed)""")
    first = next(iter(rows))
    assert str(first.event).endswith("/jawahir-mall-attack") and int(first.killed) == 11


HOSTILE_VALUES = [
    'Kirkuk" ) } DELETE WHERE { ?s ?p ?o } #',
    "Kirkuk' } ; DROP ALL ; #",
    'a\\" } UNION { ?s ?p ?o } #',
    "line\nbreak\r\n} # and a tab\t",
    "<http://evil.example/> ?p ?o",
    "http://x.example/> } ; DROP ALL ; #",  # looks like an IRI, but is not one: a string
    "http://x.example/a?b=c#d",  # an IRI
    "\u202eكركوك\u200f \\u0022 \\\\ $var ?var",
    "42",  # an integer
    "",
]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_a_parameter_value_is_one_term_whatever_it_holds(value):
    """The value comes back as itself, as one term, from the local store (bindings beside the
    query) and from the text sent to an endpoint (a VALUES block written by Oxigraph)."""
    from kg.query import _with_values, parse_spec

    spec = parse_spec("# param: value\nSELECT ?value ?echo (COUNT(*) AS ?rows) WHERE {\n  BIND(STR(?value) AS ?echo)\n}"
                      " GROUP BY ?value ?echo\n", default_name="echo")
    params = parse_params([f"value={value}"], spec)
    local = run_query(spec, ox.Store(), params).rows
    assert local == [{"echo": value, "rows": 1}]
    remote_text = _with_values(spec, params)
    answer = list(ox.Store().query(remote_text))  # what an endpoint runs
    assert len(answer) == 1 and answer[0]["echo"].value == value and answer[0]["rows"].value == "1"
    assert answer[0]["value"] == params["value"]


def test_no_parameter_value_changes_the_store(built_folder, store):
    before = len(store)
    for value in HOSTILE_VALUES:
        for name, param in (("events-in-place", "place"), ("mentions", "entity")):
            ask(store, name, f"{param}={value}")
    assert len(open_store(built_folder)) == before
