"""Hostile text: a document and a file name full of what looks like Turtle, SPARQL, JSON and HTML,
quotes, angle brackets, right-to-left marks and control characters go through a build, and every
export parses back to the same values."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from conftest import EN_SEED, write
from kg.export import EXPORTERS, FOLDER_EXPORTERS
from kg.export.network import to_networkx, xml_safe
from kg.export.rdf_formats import _ox, _quads, union_graph
from kg.namespaces import NIF
from kg.pipeline import BuildOptions, build

HOSTILE = (
    '\n\nWitnesses said "a bomb" <b>exploded</b> & <script>alert("x")</script> ]]> <!-- --> &amp; '
    '{"@id": "_:x", "@context": null, "@graph": []} <http://evil.example/> a <http://x> ; '
    '"1"^^<http://www.w3.org/2001/XMLSchema#integer> . @prefix x: <y> . '
    'GRAPH ?g { ?s ?p ?o } } ; DROP ALL ; DELETE WHERE { ?s ?p ?o } # \\" \\\\ \\u0022 \\n '
    "right-to-left \u200f\u202eevil\u202c \u200e zero-width \u200d\ufeff tab\there vertical\x0btab "
    "form\x0cfeed escape\x1b[31m bell\x07 noncharacters \ufffe\uffff astral \U0001F4A3 e\u0301 "
    "CR\ralone, CRLF\r\nand 'single' quotes, killing 3 policemen in Hawija.\n"
)
# a file name with spaces, quotes, brackets, an ampersand, a right-to-left override and controls
NAME = 'a "hostile" <name> & it\'s \u202eevil\x1b[0m\ufffe.txt'


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    document = write(folder / NAME, EN_SEED.read_text(encoding="utf-8") + HOSTILE)
    result = build([document], BuildOptions())
    assert result.report.conforms
    return result


def test_the_hostile_text_is_in_the_graph_exactly(hostile_build):
    texts = [str(o) for _, _, o, _ in hostile_build.dataset.quads((None, NIF.isString, None, None))]
    assert len(texts) == 1 and texts[0].endswith(HOSTILE)


def test_turtle_trig_and_n_quads_parse_back_to_the_same_statements(hostile_build):
    dataset = hostile_build.dataset
    quads = set(_quads(dataset))
    for name in ("trig", "nquads"):
        text = EXPORTERS[name][1](dataset)
        fmt = ox.RdfFormat.TRIG if name == "trig" else ox.RdfFormat.N_QUADS
        assert set(ox.parse(text.encode("utf-8"), format=fmt)) == quads, name
    turtle = EXPORTERS["turtle"][1](dataset)
    assert {q.triple for q in ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)} == {q.triple for q in quads}
    assert isomorphic(Graph().parse(data=turtle, format="turtle"), union_graph(dataset))  # and rdflib reads it too


def test_json_ld_parses_back_to_the_same_statements(hostile_build):
    dataset = hostile_build.dataset
    parsed = Dataset().parse(data=EXPORTERS["jsonld"][1](dataset), format="json-ld")
    back = {ox.Quad(_ox(s), _ox(p), _ox(o), ox.NamedNode(str(g))) for s, p, o, g in parsed.quads((None, None, None, None))}
    assert back == set(_quads(dataset))


def test_graphml_and_node_link_json_parse_back_to_the_same_values(hostile_build):
    graph = to_networkx(hostile_build.dataset)
    sources = {data["fileName"] for _, data in graph.nodes(data=True) if "fileName" in data}
    assert sources == {NAME}
    back = nx.read_graphml(io.BytesIO(EXPORTERS["graphml"][1](hostile_build.dataset).encode("utf-8")),
                           force_multigraph=True)
    safe = {xml_safe(n).replace("\x00", "\r"): {k: xml_safe(v).replace("\x00", "\r") for k, v in d.items()}
            for n, d in graph.nodes(data=True)}
    assert dict(back.nodes(data=True)) == safe  # XML 1.0 cannot hold \x1b or U+FFFE: U+FFFD instead
    assert sorted((s, o, d["predicate"], d["sources"]) for s, o, d in back.edges(data=True)) == sorted(
        (s, o, d["predicate"], xml_safe(d["sources"]).replace("\x00", "\r")) for s, o, d in graph.edges(data=True))
    data = json.loads(EXPORTERS["json"][1](hostile_build.dataset))
    assert {n["id"]: {k: v for k, v in n.items() if k != "id"} for n in data["nodes"]} == dict(graph.nodes(data=True))


def test_graphml_keeps_a_carriage_return():
    graph = Dataset()
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.namespaces import SEM

    node = URIRef("https://example.org/kg/id/place/x")
    named = graph.graph(URIRef("https://example.org/kg/id/graph/x"))
    named.add((node, RDF.type, SEM.Place))
    named.add((node, RDFS.label, Literal("one\rtwo\r\nthree\x01", lang="en")))
    back = nx.read_graphml(io.BytesIO(EXPORTERS["graphml"][1](graph).encode("utf-8")))
    assert back.nodes[str(node)]["label_en"] == "one\rtwo\r\nthree\ufffd"


def test_neo4j_csv_parses_back_to_the_same_values(hostile_build):
    graph = to_networkx(hostile_build.dataset)
    files = FOLDER_EXPORTERS["neo4j"](hostile_build.dataset)
    rows = list(csv.DictReader(io.StringIO(files["nodes.csv"])))
    assert {r["iri:ID"]: r["name"] for r in rows} == {n: " ".join(d["label"].split()) for n, d in graph.nodes(data=True)}
    source_node = next(r for r in rows if r[":LABEL"] == "Resource;SourceDocument")
    assert source_node["fileName:string"] == " ".join(NAME.split())  # one line per value: whitespace runs are one space
    relationships = list(csv.DictReader(io.StringIO(files["relationships.csv"])))
    assert len(relationships) == graph.number_of_edges()
    assert {NAME} <= {s for r in relationships for s in r["sources:string[]"].split("|")}
