"""SHACL validation: the seeds conform; each kind of violation is found and reported readably."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.export.rdf_formats import union_graph
from kg.iri import mint
from kg.namespaces import KGO, NIF, XSD
from kg.validate import validate_files, validate_graph

ASSAULT = mint("event", "2013-12-04/jawahir-mall-attack")
SERIES = mint("event", "2013-12-04/iraq-attacks")


def test_seed_build_conforms(seed_build):
    assert seed_build.report.conforms
    assert seed_build.report.violations == ()


def broken(seed_dataset) -> Graph:
    return union_graph(seed_dataset)


def test_negative_count(seed_dataset):
    graph = broken(seed_dataset)
    graph.set((ASSAULT, KGO.killed, Literal(-3, datatype=XSD.integer)))
    report = validate_graph(graph)
    assert not report.conforms
    finding = next(f for f in report.violations if f.path == "kgo:killed")
    assert finding.label == "Attack in Kirkuk" and "non-negative" in finding.message
    assert "event figures" in finding.shape


def test_mention_text_must_match_the_document(seed_dataset):
    graph = broken(seed_dataset)
    mention = next(graph.subjects(NIF.anchorOf, Literal("Shirqat")))
    graph.set((mention, NIF.anchorOf, Literal("Mosul")))
    report = validate_graph(graph)
    assert any("is not the document's text" in f.message and "Shirqat" in f.message for f in report.violations)


def test_more_hostages_freed_than_taken(seed_dataset):
    graph = broken(seed_dataset)
    freed = next(graph.subjects(KGO.measure, mint("measure", "hostages-freed")))
    graph.set((freed, KGO.value, Literal(25, datatype=XSD.integer)))
    report = validate_graph(graph)
    assert report.conforms  # sources may disagree: a warning
    assert any("more hostages freed (25) than taken (20)" in f.message for f in report.warnings)
    # "at least 20 taken" is a lower bound that 25 freed does not contradict
    for taken in list(graph.subjects(KGO.measure, mint("measure", "hostages-taken"))):
        graph.set((taken, KGO.qualifier, URIRef("https://example.org/kg/vocab/qualifier/at-least")))
    assert not any("hostages freed" in f.message for f in validate_graph(graph).warnings)


def test_incident_deaths_above_the_series_total_is_a_warning(seed_dataset):
    graph = broken(seed_dataset)
    graph.set((SERIES, KGO.killed, Literal(5, datatype=XSD.integer)))
    report = validate_graph(graph)
    assert report.conforms
    assert any("more than the series total of 5" in f.message for f in report.warnings)
    assert "WARNING" in report.text()


def test_report_text_names_node_property_problem_and_shape(seed_dataset):
    graph = broken(seed_dataset)
    graph.remove((ASSAULT, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None))
    text = validate_graph(graph).text()
    assert "VIOLATION  https://example.org/kg/id/event/2013-12-04/jawahir-mall-attack" in text
    assert "property: rdfs:label" in text and "an event needs a label" in text and "shape:" in text


def test_validating_rdf_written_by_other_tools(tmp_path):
    foreign = tmp_path / "other.ttl"
    foreign.write_text(
        "@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .\n"
        "@prefix kgo: <https://example.org/kg/ontology#> .\n"
        "<http://x.org/e1> a sem:Event ; kgo:killed -1 .\n"
        "<http://x.org/other> <http://x.org/p> \"anything\" .\n", encoding="utf-8")
    report = validate_files([foreign])
    assert not report.conforms
    assert {f.path for f in report.violations} >= {"rdfs:label", "kgo:killed", "gaf:denotedBy"}


_KGO = "@prefix kgo: <https://example.org/kg/ontology#> .\n"
_SEM = "@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .\n"
_RDF_XML = ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"><rdf:Description rdf:about="http://x.org/a">'
            '<rdfs:label>{}</rdfs:label></rdf:Description></rdf:RDF>')


@pytest.mark.parametrize("name,content,code,expected", [
    ("empty.ttl", b"", 2, "file is empty"),
    ("blank.nt", b"\n\n  \n", 2, "file is empty"),
    ("random.ttl", bytes(range(256)) * 4, 2, "cannot parse as turtle"),
    ("garbage.trig", b"<http://x> <http://y> { oops", 2, "cannot parse as trig"),
    ("latin1.ttl", '<http://x.org/a> <http://x.org/p> "café" .'.encode("latin-1"), 2, "Invalid UTF-8"),
    ("wrong.nq", b"<http://x.org/a> <http://x.org/p> \"o\" <http://x.org/g> <extra> .\n", 2, "wrong.nq:1: cannot parse"),
    ("list.json", b"[1, 2, {\"a\": null}]", 2, "holds no RDF statements"),
    ("remote.jsonld", b'{"@context": "http://example.invalid/ctx.jsonld", "@id": "http://x.org/a", "name": "n"}', 2,
     "remote JSON-LD context"),
    ("xxe.rdf", ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                 + _RDF_XML.format("&x;")).encode(), 2, "cannot parse as xml"),
    ("huge.nt", b'<http://x.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "' + b"x" * 3_000_000 + b'" .\n', 0,
     "conforms"),
    ("types.ttl", (_KGO + _SEM + '<http://x.org/e> a sem:Event ; kgo:killed "many"^^<http://www.w3.org/2001/XMLSchema#'
                   'nonNegativeInteger> ; kgo:suicide "perhaps"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n'
                   '<http://x.org/a> <http://x.org/p> "abc"^^<http://www.w3.org/2001/XMLSchema#integer> .').encode(),
     1, "kgo:killed"),
    ("unknown.ttl", (_KGO + "<http://x.org/a> a kgo:Atack ; kgo:kiled 5 .").encode(), 0,
     "ontology#kiled\n  problem:  not a term of kg's ontology"),
    ("notes.txt", b"just some notes", 2, "unknown RDF format '.txt'"),
])
def test_kg_validate_on_rdf_written_by_other_tools(tmp_path, runner, name, content, code, expected):
    """Whatever the file, kg validate reports violations (exit 1) or a clean error naming the file
    (exit 2), never a traceback."""
    from kg.cli import main

    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == code, result.output
    assert expected in result.output
    assert "Traceback" not in result.output
    if code == 2:
        assert name in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_kg_validate_a_missing_file(runner, tmp_path):
    from kg.cli import main

    result = runner.invoke(main, ["validate", str(tmp_path / "nowhere.ttl")])
    assert result.exit_code == 2 and "nowhere.ttl: no such file" in result.output
