"""The property-graph exports for Neo4j: the importer's CSV layout and the Cypher script."""

from __future__ import annotations

import csv
import io
import re

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.cli import main
from kg.export.neo4j import _cypher, relationship_type, to_cypher, to_neo4j_csv
from kg.export.network import to_networkx
from kg.namespaces import KGO, SEM


def rows(text):
    return list(csv.reader(io.StringIO(text)))


def test_csv_files_follow_the_importer_layout(seed_dataset):
    files = to_neo4j_csv(seed_dataset)
    nodes, relationships = rows(files["nodes.csv"]), rows(files["relationships.csv"])
    header = nodes[0]
    assert header[:3] == ["iri:ID", ":LABEL", "name"]
    assert all(re.fullmatch(r"\w+:(string|long|double|boolean|date)", c) for c in header[3:])
    assert all(len(r) == len(header) for r in nodes)
    ids = [r[0] for r in nodes[1:]]
    assert len(ids) == len(set(ids))
    assert relationships[0] == [":START_ID", ":END_ID", ":TYPE", "predicate", "sources:string[]"]
    assert all(r[0] in set(ids) and r[1] in set(ids) for r in relationships[1:])
    network = to_networkx(seed_dataset)
    assert (len(nodes) - 1, len(relationships) - 1) == (network.number_of_nodes(), network.number_of_edges())
    # typed columns hold values of their type
    for index, column in enumerate(header):
        kind = column.rsplit(":", 1)[-1]
        values = [r[index] for r in nodes[1:] if r[index]]
        if kind == "long":
            assert all(re.fullmatch(r"-?\d+", v) for v in values), column
    mall = next(r for r in nodes if r[0].endswith("/jawahir-mall-attack"))
    assert mall[1] == "Resource;Attack" and mall[header.index("killed:long")] == "11"
    assert any(r[2] == "SUB_EVENT_OF" and r[0] == mall[0] for r in relationships)


def test_cypher_escapes_what_the_text_holds():
    dataset = Dataset()
    graph = dataset.graph(URIRef("https://example.org/kg/id/graph/x"))
    event = URIRef("https://example.org/kg/id/event/x")
    graph.add((event, RDF.type, SEM.Event))
    graph.add((event, RDF.type, KGO.Attack))
    graph.add((event, RDFS.label, Literal('Attack "in" \\ Kirkuk\n}) DETACH DELETE n //', lang="en")))
    script = to_cypher(dataset)
    line = next(l for l in script.splitlines() if l.startswith("MERGE"))
    assert '\\"in\\" \\\\ Kirkuk' in line and "\n" not in line
    # the label stays inside one string literal: strip the literals and no Cypher is left over
    assert "DETACH" not in re.sub(r'"(?:[^"\\]|\\.)*"', '""', line)
    assert _cypher('a"b\\c') == '"a\\"b\\\\c"'


def test_relationship_types():
    assert relationship_type("hasPlace") == "HAS_PLACE"
    assert relationship_type("wasDerivedFrom") == "WAS_DERIVED_FROM"


def test_export_neo4j_writes_a_folder(runner, built_folder, tmp_path):
    result = runner.invoke(main, ["export", "--data", str(built_folder), "--format", "neo4j", "--out", str(tmp_path / "neo")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "neo").iterdir()) == ["nodes.csv", "relationships.csv"]
    no_folder = runner.invoke(main, ["export", "--data", str(built_folder), "--format", "neo4j"])
    assert no_folder.exit_code == 2 and "give a folder" in no_folder.output
    cypher = runner.invoke(main, ["export", "--data", str(built_folder), "--format", "cypher"])
    assert cypher.exit_code == 0 and cypher.output.count("MERGE (n:Resource") > 10
