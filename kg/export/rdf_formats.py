"""RDF serialisations of a build: Turtle (the union), TriG, N-Quads and JSON-LD (named graphs).

Every writer is deterministic: the same dataset gives the same bytes whatever the order in which
its triples were added (subjects, predicates, objects and graphs are written in sorted order).
"""

from __future__ import annotations

import json

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


def to_turtle(dataset: Dataset) -> str:
    """All named graphs merged into one Turtle document."""
    return union_graph(dataset).serialize(format="turtle")


def _graphs(dataset: Dataset) -> list[Graph]:
    graphs = [g for g in dataset.graphs() if len(g) and isinstance(g.identifier, URIRef)
              and str(g.identifier) != "urn:x-rdflib:default"]
    return sorted(graphs, key=lambda g: str(g.identifier))


def to_trig(dataset: Dataset) -> str:
    """Each named graph as a block of TriG, graphs in IRI order."""
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))
    blocks = []
    for graph in _graphs(dataset):
        body = _sorted_copy(graph).serialize(format="turtle")
        # drop the header of prefixes only (a later line may lie inside a multi-line literal)
        lines = body.split("\n")
        while lines and (lines[0].startswith("@prefix ") or not lines[0].strip()):
            lines.pop(0)
        text = "\n".join(lines).rstrip("\n")
        blocks.append(f"<{graph.identifier}> {{\n{text}\n}}\n")
    return head + "\n" + "\n".join(blocks)


def to_nquads(dataset: Dataset) -> str:
    lines = set()
    for graph in _graphs(dataset):
        single = Dataset()
        target = single.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
        text = single.serialize(format="nquads")
        lines.update(line for line in text.splitlines() if line.strip())
    return "\n".join(sorted(lines)) + "\n"


def to_jsonld(dataset: Dataset) -> str:
    """JSON-LD with one entry per named graph; IRIs in full, properties and types as compact IRIs."""
    context = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
    graphs = []
    for graph in _graphs(dataset):
        nodes = []
        for subject in sorted({s for s in graph.subjects()}, key=str):
            node: dict = {"@id": str(subject)}
            types = sorted(str(o) for o in graph.objects(subject, RDF.type))
            if types:
                node["@type"] = [_compact(t) for t in types]
            for predicate in sorted({p for p in graph.predicates(subject) if p != RDF.type}, key=str):
                values = sorted(graph.objects(subject, predicate), key=lambda o: _key((o,)))
                node[_compact(str(predicate))] = [_value(v) for v in values]
            nodes.append(node)
        graphs.append({"@id": str(graph.identifier), "@graph": nodes})
    return json.dumps({"@context": context, "@graph": graphs}, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


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
