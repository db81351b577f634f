"""RDF serialisations of a build: Turtle (the union), TriG, N-Quads and JSON-LD (named graphs).

Every writer is deterministic: the same dataset gives the same bytes whatever the order in which
its triples were added (graphs, subjects, predicates and objects are written in sorted order).
Turtle, TriG and N-Quads are written by Oxigraph's serialisers, which are fast.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.namespaces import DCTERMS, GAF, GEO, KG, KGO, KGV, LEXVO, NIF, PROV, RDFS, SEM, SKOS, WD

PREFIXES = {
    "kg": KG, "kgo": KGO, "kgv": KGV, "sem": SEM._NS, "nif": NIF._NS, "gaf": GAF._NS, "prov": PROV,
    "skos": SKOS, "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "dcterms": DCTERMS, "geo": GEO, "wd": WD,
    "lexvo": LEXVO,
}


def _bind(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def _sorted_copy(triples) -> Graph:
    graph = _bind(Graph())
    for triple in sorted(triples, key=_key):
        graph.add(triple)
    return graph


def _key(triple) -> tuple:
    return tuple((type(term).__name__, str(term), getattr(term, "language", None) or "",
                  str(getattr(term, "datatype", None) or "")) for term in triple)


def union_graph(dataset: Dataset) -> Graph:
    return _sorted_copy({(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))})


def _graphs(dataset: Dataset) -> list[Graph]:
    graphs = [g for g in dataset.graphs() if len(g) and isinstance(g.identifier, URIRef)
              and str(g.identifier) != "urn:x-rdflib:default"]
    return sorted(graphs, key=lambda g: str(g.identifier))


def _ox(term) -> ox.NamedNode | ox.Literal:
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.NamedNode(str(term))


def _quads(dataset: Dataset) -> list[ox.Quad]:
    """Every statement of the named graphs as Oxigraph quads, in a stable order (graph, subject,
    predicate, object), so that writers group statements and the output is the same every time."""
    rows = []
    for graph in _graphs(dataset):
        for triple in graph:
            rows.append((str(graph.identifier), _key(triple), triple, graph.identifier))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [ox.Quad(_ox(t[0]), _ox(t[1]), _ox(t[2]), ox.NamedNode(str(g))) for _, _, t, g in rows]


# kg's own instance and concept IRIs have slashes in their local part, which Turtle would have to
# escape: they are written in full
_WRITER_PREFIXES = {p: str(ns) for p, ns in sorted(PREFIXES.items()) if p not in ("kg", "kgv")}


def _serialize(data, fmt) -> str:
    """Oxigraph's serialisation, with its prefix header in a fixed (sorted) order."""
    text = ox.serialize(data, format=fmt, prefixes=_WRITER_PREFIXES).decode("utf-8")
    lines = text.split("\n")
    header = []
    while lines and lines[0].startswith("@prefix "):
        header.append(lines.pop(0))
    return "\n".join(sorted(header) + [""] + lines) if header else text


def to_turtle(dataset: Dataset) -> str:
    """All named graphs merged into one Turtle document."""
    triples = sorted({(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}, key=_key)
    data = [ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in triples]
    return _serialize(data, ox.RdfFormat.TURTLE)


def to_trig(dataset: Dataset) -> str:
    """Each named graph as a block of TriG, graphs in IRI order."""
    return _serialize(_quads(dataset), ox.RdfFormat.TRIG)


def to_nquads(dataset: Dataset) -> str:
    text = ox.serialize(_quads(dataset), format=ox.RdfFormat.N_QUADS).decode("utf-8")
    return "\n".join(sorted(line for line in text.split("\n") if line)) + "\n"


def to_jsonld(dataset: Dataset) -> str:
    """JSON-LD with one entry per named graph; IRIs in full, properties and types as compact IRIs."""
    context = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
    graphs = []
    for graph in _graphs(dataset):
        nodes: dict[str, dict] = {}
        for s, p, o in sorted(graph, key=_key):
            node = nodes.setdefault(str(s), {"@id": str(s)})
            if p == RDF.type and not isinstance(o, Literal):
                node.setdefault("@type", []).append(_compact(str(o)))
            else:
                node.setdefault(_compact(str(p)), []).append(_value(o))
        graphs.append({"@id": str(graph.identifier), "@graph": [nodes[k] for k in sorted(nodes)]})
    return json.dumps({"@context": context, "@graph": graphs}, ensure_ascii=False, indent=1) + "\n"


def _compact(iri: str) -> str:
    best = None
    for prefix, namespace in PREFIXES.items():
        ns = str(namespace)
        if iri.startswith(ns) and len(iri) > len(ns):
            local = iri[len(ns):]
            if local.startswith("//"):
                continue
            if best is None or len(ns) > best[1]:
                best = (f"{prefix}:{local}", len(ns))
    return best[0] if best else iri


def _value(term) -> dict:
    if isinstance(term, Literal):
        if term.language:
            return {"@value": str(term), "@language": term.language}
        if term.datatype is not None and term.datatype != XSD.string:
            return {"@value": str(term), "@type": str(term.datatype)}
        return {"@value": str(term)}
    return {"@id": str(term)}
