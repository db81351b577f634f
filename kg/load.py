"""Push a build into any SPARQL 1.1 store: one named graph per source document (and the fused,
gazetteer and vocabulary graphs), each replaced as a unit.

The Graph Store Protocol is used where the store has it: one `PUT <endpoint>?graph=<IRI>` per
graph, whose body is the whole graph, so the server swaps the old graph for the new one in one
request. Where it has not, each graph is sent as one SPARQL Update request,
`DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`, which SPARQL 1.1 stores apply
atomically. Either way a failure leaves every graph either as it was or wholly replaced; the
error says which graphs were loaded before it, and loading again finishes the job.

Endpoints of common stores:

    Oxigraph   http://host:7878/store             (update: http://host:7878/update)
    Fuseki     http://host:3030/DATASET/data      (update: http://host:3030/DATASET/update)
    GraphDB    http://host:7200/repositories/ID/rdf-graphs/service
               (update: http://host:7200/repositories/ID/statements)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from kg.errors import EndpointError, ProtocolError
from kg.http import Client, redact, with_query

PROTOCOLS = ("auto", "gsp", "update")
# answers that mean "no Graph Store Protocol here" (rather than "bad data" or "not allowed")
_NO_SERVICE = frozenset({404, 405, 406, 415, 501})
_NTRIPLES = "application/n-triples"


@dataclass(frozen=True)
class LoadedGraph:
    graph: str
    triples: int
    protocol: str  # "gsp" or "update"


@dataclass
class LoadReport:
    endpoint: str
    graphs: list[LoadedGraph] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)


def build_graphs(store: ox.Store) -> list[tuple[str, list[ox.Triple]]]:
    """The named graphs of a build's store, in load order: the source documents first, the fused
    graph (which refers to them) last; triples sorted, so that a load is reproducible."""
    graphs: dict[str, list[ox.Triple]] = {}
    for quad in store:
        if isinstance(quad.graph_name, ox.NamedNode):
            graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
    order = sorted(graphs, key=lambda iri: (iri.endswith("/fused"), iri))
    return [(iri, sorted(graphs[iri], key=str)) for iri in order]


def load_build(store: ox.Store, endpoint: str, *, protocol: str = "auto", update_endpoint: str | None = None,
               client: Client = Client(), progress: Callable[[int, int, str, int], None] | None = None) -> LoadReport:
    """Replace, graph by graph, the build's named graphs in the store at `endpoint`.

    `protocol` is "gsp" (Graph Store Protocol at `endpoint`), "update" (SPARQL Update at
    `update_endpoint` or `endpoint`) or "auto": the Graph Store Protocol, and SPARQL Update when
    the endpoint answers that it has no such service."""
    if protocol not in PROTOCOLS:
        raise ValueError(f"protocol must be one of {PROTOCOLS}")
    graphs = build_graphs(store)
    report = LoadReport(redact(endpoint))
    chosen = protocol
    for index, (graph, triples) in enumerate(graphs, start=1):
        if progress:
            progress(index, len(graphs), graph, len(triples))
        body = _ntriples(triples)
        try:
            if chosen in ("auto", "gsp"):
                try:
                    _put(client, endpoint, graph, body)
                    chosen = "gsp"
                except ProtocolError as err:
                    if chosen == "gsp" or err.status not in _NO_SERVICE:
                        raise
                    chosen = "update"
            if chosen == "update":
                _update(client, update_endpoint or endpoint, graph, body)
        except EndpointError as err:
            raise type(err)(_partial(err, graph, report, len(graphs), protocol, endpoint), status=err.status) from err
        report.graphs.append(LoadedGraph(graph, len(triples), chosen))
    return report


def _put(client: Client, endpoint: str, graph: str, body: bytes) -> None:
    client.send("PUT", with_query(endpoint, graph=graph), body=body, content_type=_NTRIPLES)


def _update(client: Client, endpoint: str, graph: str, body: bytes) -> None:
    name = ox.NamedNode(graph)  # refuses an IRI that could not be written between < >
    request = (f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n".encode("utf-8") + body + b"} }\n")
    client.send("POST", endpoint, body=request, content_type="application/sparql-update")


def _ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def _partial(err: EndpointError, graph: str, report: LoadReport, total: int, protocol: str, endpoint: str) -> str:
    message = f"{err}; graph {graph} was not loaded"
    if report.graphs:
        message += f" ({len(report.graphs)} of {total} graphs were loaded, each whole: run kg load again to finish)"
    else:
        message += " (nothing was loaded)"
    if isinstance(err, ProtocolError) and err.status in _NO_SERVICE:
        message += (f"; {redact(endpoint)} has no {'SPARQL Update' if protocol == 'update' else 'Graph Store Protocol or SPARQL Update'}"
                    " service: give the store's graph store endpoint (Oxigraph /store, Fuseki /DATASET/data,"
                    " GraphDB /repositories/ID/rdf-graphs/service) or its update endpoint")
    return message
