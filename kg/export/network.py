"""The build as a networkx graph, for analysis (networkx, pandas) and visualisation (Gephi).

Nodes are the things of the graph: events, places, actors, casualty claims, source documents and
the vocabulary concepts they use. Each node carries its IRI, its main type, all its types, its labels
per language (`label_en`, `label_ar`) and its literal properties (date, killed, injured, value ...).
Each edge is one RDF statement between two nodes: it carries its predicate (`predicate`, the full
IRI; the edge key is its short name) and the source documents that state it (`sources`; "kg" for
what kg concludes across sources or takes from its gazetteer). Mentions and document texts stay
in the RDF exports.
"""

from __future__ import annotations

import json
import re

import networkx as nx
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

from kg.export.rdf_formats import _compact
from kg.namespaces import KGO, NIF, PROV, RDFS, SEM, SKOS

NODE_CLASSES = (SEM.Event, SEM.Place, SEM.Actor, KGO.CasualtyClaim, KGO.SourceDocument)
_MAIN_TYPES = (KGO.AttackSeries, KGO.Attack, KGO.SecurityOperation, KGO.ClaimOfResponsibility, KGO.Reaction,
               KGO.CasualtyClaim, KGO.ArmedGroup, KGO.SecurityForce, KGO.Organisation, KGO.Person,
               KGO.MediaOutlet, KGO.DescribedActor, SEM.Place, KGO.SourceDocument, SKOS.Concept)
_SKIP_PREDICATES = {RDF.type, RDFS.label, SKOS.altLabel, SKOS.prefLabel}
_SKIP_EDGES = {str(NIF.referenceContext)}


def to_networkx(dataset: Dataset) -> nx.MultiDiGraph:
    sources = _graph_sources(dataset)
    quads = list(dataset.quads((None, None, None, None)))
    types: dict[URIRef, set[URIRef]] = {}
    for s, p, o, _ in quads:
        if p == RDF.type and isinstance(o, URIRef):
            types.setdefault(s, set()).add(o)
    nodes = {s for s, ts in types.items() if ts & set(NODE_CLASSES)}
    for s, p, o, g in quads:
        if s in nodes and isinstance(o, URIRef) and str(p).startswith(str(KGO)) and SKOS.Concept in types.get(o, set()):
            nodes.add(o)
    graph = nx.MultiDiGraph()
    attributes: dict[URIRef, dict] = {n: {} for n in nodes}
    labels: dict[URIRef, dict[str, set[str]]] = {n: {} for n in nodes}
    edges: dict[tuple[str, str, str], set[str]] = {}
    for s, p, o, g in quads:
        if s not in nodes:
            continue
        if p in (RDFS.label, SKOS.prefLabel) and isinstance(o, Literal):
            labels[s].setdefault(o.language or "none", set()).add(str(o))
        elif isinstance(o, Literal) and p not in _SKIP_PREDICATES:
            attributes[s].setdefault(_name(p), set()).add(str(o))
        elif isinstance(o, URIRef) and o in nodes and p not in _SKIP_PREDICATES and str(p) not in _SKIP_EDGES:
            edges.setdefault((str(s), str(p), str(o)), set()).add(sources.get(g.identifier if hasattr(g, "identifier") else g, "kg"))
    for node in sorted(nodes, key=str):
        data = {"iri": str(node), "type": _main_type(types.get(node, set())),
                "types": " ".join(sorted(_compact(str(t)) for t in types.get(node, set())))}
        for lang, values in sorted(labels[node].items()):
            data[f"label_{lang}"] = " | ".join(sorted(values))
        data["label"] = data.get("label_en") or data.get("label_ar") or data.get("label_none") or _compact(str(node))
        for name, values in sorted(attributes[node].items()):
            data[name] = " | ".join(sorted(values))
        graph.add_node(str(node), **data)
    for (s, p, o), docs in sorted(edges.items()):
        graph.add_edge(s, o, key=_name(URIRef(p)), predicate=p, sources=" | ".join(sorted(docs)))
    return graph


def _graph_sources(dataset: Dataset) -> dict:
    """The file name of the source document of each document graph."""
    out = {}
    for graph in dataset.graphs():
        source = graph.value(graph.identifier, PROV.wasDerivedFrom)
        if source is not None:
            name = graph.value(source, KGO.fileName)
            if name is not None:
                out[graph.identifier] = str(name)
    return out


def _main_type(types: set[URIRef]) -> str:
    for cls in _MAIN_TYPES:
        if cls in types:
            return _name(cls)
    return "Thing"


def _name(iri: URIRef) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[-1]
    return text


# XML 1.0 cannot hold these characters at all, even escaped: GraphML has U+FFFD in their place
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# a carriage return in element text is read back as a line feed unless written `&#13;`; it stands
# as NUL (which no value holds any more) while the XML is written
_CR = "\x00"


def xml_safe(value):
    """A value as GraphML can hold it.

    >>> xml_safe("bell\\x07") == "bell\\ufffd"
    True
    """
    if isinstance(value, str):
        return _NOT_XML.sub("\ufffd", value).replace("\r", _CR)
    return value


def to_graphml(dataset: Dataset) -> str:
    """GraphML (XML 1.0) of the networkx view. Every value is kept exactly, except the characters
    XML 1.0 forbids (control characters other than tab, line feed and carriage return; U+FFFE,
    U+FFFF), which are written as U+FFFD."""
    graph = to_networkx(dataset)
    safe = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        safe.add_node(xml_safe(node), **{name: xml_safe(value) for name, value in data.items()})
    for start, end, key, data in graph.edges(keys=True, data=True):
        safe.add_edge(xml_safe(start), xml_safe(end), key=xml_safe(key),
                      **{name: xml_safe(value) for name, value in data.items()})
    text = "\n".join(nx.generate_graphml(safe, encoding="utf-8", prettyprint=True)) + "\n"
    return text.replace(_CR, "&#13;")


def to_node_link_json(dataset: Dataset) -> str:
    graph = to_networkx(dataset)
    data = nx.node_link_data(graph, edges="edges")
    for edge in data["edges"]:
        edge["sources"] = edge["sources"].split(" | ") if edge.get("sources") else []
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
