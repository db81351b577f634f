"""Exporters: a registry from format name to (file name in a build folder, writer).

    >>> sorted(EXPORTERS)
    ['graphml', 'json', 'jsonld', 'nquads', 'trig', 'turtle']

Formats written on demand only (`kg export`), not with every build:

    >>> sorted(ON_DEMAND), sorted(FOLDER_EXPORTERS)
    (['cypher'], ['neo4j'])
"""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Dataset

from kg.export.neo4j import to_cypher, to_neo4j_csv
from kg.export.network import to_graphml, to_node_link_json
from kg.export.rdf_formats import to_jsonld, to_nquads, to_trig, to_turtle

EXPORTERS: dict[str, tuple[str, Callable[[Dataset], str]]] = {
    "turtle": ("graph.ttl", to_turtle),
    "trig": ("graph.trig", to_trig),
    "nquads": ("graph.nq", to_nquads),
    "jsonld": ("graph.jsonld", to_jsonld),
    "graphml": ("graph.graphml", to_graphml),
    "json": ("graph.json", to_node_link_json),
}

ON_DEMAND: dict[str, tuple[str, Callable[[Dataset], str]]] = {
    "cypher": ("graph.cypher", to_cypher),
}

# formats that are several files: the writer gives {file name: text}, written into a folder
FOLDER_EXPORTERS: dict[str, Callable[[Dataset], dict[str, str]]] = {
    "neo4j": to_neo4j_csv,
}
