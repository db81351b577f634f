"""The property graph for Neo4j: CSV files for `neo4j-admin database import`, or a Cypher script
for `cypher-shell`, both from the networkx view of the build (`kg.export.network`), so the three
property-graph exports agree node for node and edge for edge.

Every node has the label `Resource`, a label for its main type (`Attack`, `Place`, `ArmedGroup`
...), a unique `iri`, a `name` and its properties; a column is typed (long, double, boolean,
date) when every value in it is one of that type, else it is a string. Every RDF statement
between two nodes is a relationship whose type is its predicate in upper snake case
(`sem:hasPlace` -> `HAS_PLACE`), with the source documents that state it in `sources`.

    >>> relationship_type("subEventOf")
    'SUB_EVENT_OF'
"""

from __future__ import annotations

import csv
import io
import re

import networkx as nx
from rdflib import Dataset

from kg.export.network import to_networkx

NODES = "nodes.csv"
RELATIONSHIPS = "relationships.csv"
IMPORT_COMMAND = ("neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv "
                  "--array-delimiter='|' neo4j")
_SKIPPED = {"id", "iri", "type", "types", "label"}
_ARRAY = " | "


def relationship_type(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).upper()


def to_neo4j_csv(dataset: Dataset) -> dict[str, str]:
    """`nodes.csv` and `relationships.csv` in the layout neo4j-admin's importer reads."""
    graph = to_networkx(dataset)
    columns = _columns(graph)
    nodes = io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(["iri:ID", ":LABEL", "name"] + [f"{name}:{kind}" for name, kind in columns])
    for node, data in graph.nodes(data=True):
        writer.writerow([node, f"Resource;{data['type']}", _one_line(data["label"])]
                        + [_csv_value(data.get(name), kind) for name, kind in columns])
    relationships = io.StringIO()
    writer = csv.writer(relationships, lineterminator="\n")
    writer.writerow([":START_ID", ":END_ID", ":TYPE", "predicate", "sources:string[]"])
    for start, end, key, data in graph.edges(keys=True, data=True):
        writer.writerow([start, end, relationship_type(key), data["predicate"],
                         "|".join(data["sources"].split(_ARRAY)) if data.get("sources") else ""])
    return {NODES: nodes.getvalue(), RELATIONSHIPS: relationships.getvalue()}


def to_cypher(dataset: Dataset) -> str:
    """A Cypher script (`cypher-shell -f graph.cypher`) that merges the build into a database:
    rerunning it, or running the script of a later build, updates nodes and relationships in place."""
    graph = to_networkx(dataset)
    columns = dict(_columns(graph))
    lines = ["// kg build as a property graph: cypher-shell -u neo4j -p PASSWORD -f graph.cypher",
             "CREATE CONSTRAINT kg_resource_iri IF NOT EXISTS FOR (n:Resource) REQUIRE n.iri IS UNIQUE;",
             ":begin"]
    for node, data in graph.nodes(data=True):
        properties = {"name": _cypher(_one_line(data["label"]))}
        for name, kind in columns.items():
            value = data.get(name)
            if value not in (None, ""):
                properties[name] = _cypher_value(value, kind)
        assignments = ", ".join(f"{_key(k)}: {v}" for k, v in properties.items())
        lines.append(f"MERGE (n:Resource {{iri: {_cypher(node)}}}) SET n:{_label(data['type'])}, n += {{{assignments}}};")
    lines.append(":commit")
    lines.append(":begin")
    for start, end, key, data in graph.edges(keys=True, data=True):
        sources = "[" + ", ".join(_cypher(s) for s in data.get("sources", "").split(_ARRAY) if s) + "]"
        lines.append(f"MATCH (a:Resource {{iri: {_cypher(start)}}}), (b:Resource {{iri: {_cypher(end)}}}) "
                     f"MERGE (a)-[r:{relationship_type(key)}]->(b) SET r.predicate = {_cypher(data['predicate'])}, "
                     f"r.sources = {sources};")
    lines.append(":commit")
    return "\n".join(lines) + "\n"


def _columns(graph: nx.MultiDiGraph) -> list[tuple[str, str]]:
    values: dict[str, list[str]] = {}
    for _, data in graph.nodes(data=True):
        for name, value in data.items():
            if name not in _SKIPPED:
                values.setdefault(name, []).append(value)
    return [(name, _kind(values[name])) for name in sorted(values)]


def _kind(values: list[str]) -> str:
    if any(_ARRAY in v for v in values):
        return "string"
    for kind, pattern in (("long", r"-?\d+"), ("double", r"-?\d+(\.\d+)?([eE]-?\d+)?"),
                          ("boolean", r"true|false"), ("date", r"\d{4}-\d{2}-\d{2}")):
        if all(re.fullmatch(pattern, v) for v in values):
            return kind
    return "string"


def _csv_value(value: str | None, kind: str) -> str:
    return "" if value is None else _one_line(value)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _cypher(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _cypher_value(value: str, kind: str) -> str:
    if kind in ("long", "double", "boolean"):
        return value
    if kind == "date":
        return f"date({_cypher(value)})"
    return _cypher(_one_line(value))


def _key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) else f"`{name.replace('`', '``')}`"


def _label(name: str) -> str:
    return _key(name)
