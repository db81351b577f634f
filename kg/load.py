"""Push a build into any SPARQL 1.1 store: one named graph per source document (and the fused,
gazetteer and vocabulary graphs), all replaced at once.

A load is a transaction. Each graph is first uploaded into a staging graph of its own
(`urn:kg:staging:<graph IRI>`), with the Graph Store Protocol where the store has it
(`PUT <endpoint>?graph=<staging IRI>`) and else with SPARQL Update (`DROP SILENT GRAPH ;
INSERT DATA`); then one SPARQL Update request moves them all into place
(`MOVE GRAPH <staging> TO GRAPH <graph> ; ...`), which a store applies as a whole (Oxigraph
in one transaction). Until that last request the store's graphs are untouched, so a failure or a
`kill -9` part way leaves every previously loaded graph as it was; the staging graphs left behind
are replaced by the next load of the same build (with a union default graph they are visible in
it until then).

The commit goes to `update_endpoint`, or, when none is given, to the update service beside the
Graph Store endpoint (Oxigraph `/store` -> `/update`, Fuseki `/DATASET/data` -> `/DATASET/update`,
GraphDB `.../rdf-graphs/service` -> `.../statements`), or to `endpoint` itself. A store without
SPARQL Update gets the fallback: each graph replaced directly by one PUT, each whole but not all
at once (`LoadReport.atomic` is False, and `kg load` says so).

Endpoints of common stores:

    Oxigraph   http://host:7878/store             (update: http://host:7878/update)
    Fuseki     http://host:3030/DATASET/data      (update: http://host:3030/DATASET/update)
    GraphDB    http://host:7200/repositories/ID/rdf-graphs/service
               (update: http://host:7200/repositories/ID/statements)

    >>> staging_graph("https://example.org/kg/id/graph/fused")
    'urn:kg:staging:https://example.org/kg/id/graph/fused'
    >>> update_endpoint_for("http://host:3030/ds/data")
    'http://host:3030/ds/update'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from kg.errors import AuthError, EndpointError, ProtocolError
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
    atomic: bool = True  # all graphs replaced in one transaction (False: one by one, the fallback)

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)


STAGING = "urn:kg:staging:"
# update services beside Graph Store Protocol endpoints: (end of the GSP path, end of the update path)
_UPDATE_BESIDE = (("/store", "/update"), ("/data", "/update"), ("/rdf-graphs/service", "/statements"))


def staging_graph(graph: str) -> str:
    """The graph a load uploads `graph` into before moving it into place."""
    return STAGING + graph


def update_endpoint_for(endpoint: str) -> str:
    """The SPARQL Update service beside a Graph Store Protocol endpoint, by the conventions of
    common stores; the endpoint itself when it follows none."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(endpoint)
    for gsp, update in _UPDATE_BESIDE:
        if parts.path.endswith(gsp):
            return urlunsplit(parts._replace(path=parts.path[: -len(gsp)] + update))
    return endpoint


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
    """Replace the build's named graphs in the store at `endpoint`, all at once where the store
    has SPARQL Update (see the module's documentation), else one by one.

    `protocol` is "gsp" (upload with the Graph Store Protocol at `endpoint`), "update" (with
    SPARQL Update at `update_endpoint` or `endpoint`) or "auto": the Graph Store Protocol, and
    SPARQL Update when the endpoint answers that it has no such service."""
    if protocol not in PROTOCOLS:
        raise ValueError(f"protocol must be one of {PROTOCOLS}")
    graphs = build_graphs(store)
    report = LoadReport(redact(endpoint))
    commit_at = update_endpoint or (endpoint if protocol == "update" else update_endpoint_for(endpoint))
    try:
        report.atomic = _clear_staging(client, commit_at, [g for g, _ in graphs])
    except EndpointError as err:
        raise type(err)(f"{err} (nothing was loaded)", status=err.status) from err
    chosen = protocol
    for index, (graph, triples) in enumerate(graphs, start=1):
        if progress:
            progress(index, len(graphs), graph, len(triples))
        body = _ntriples(triples)
        target = staging_graph(graph) if report.atomic else graph
        try:
            if chosen in ("auto", "gsp"):
                try:
                    _put(client, endpoint, target, body)
                    chosen = "gsp"
                except ProtocolError as err:
                    if chosen == "gsp" or err.status not in _NO_SERVICE:
                        raise
                    chosen = "update"
            if chosen == "update":
                _update(client, update_endpoint or endpoint, target, body)
        except EndpointError as err:
            raise type(err)(_partial(err, graph, report, len(graphs), protocol, endpoint), status=err.status) from err
        report.graphs.append(LoadedGraph(graph, len(triples), chosen))
    if report.atomic and graphs:
        try:
            _commit(client, commit_at, [g for g, _ in graphs])
        except EndpointError as err:
            raise type(err)(f"{err}; the graphs were uploaded but not moved into place: the store's graphs are"
                            " as they were (run kg load again)", status=err.status) from err
    return report


def _clear_staging(client: Client, endpoint: str, graphs: list[str]) -> bool:
    """Drop the staging graphs an interrupted load may have left; False when `endpoint` has no
    SPARQL Update service (the load then replaces graphs one by one)."""
    request = " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(staging_graph(g))}" for g in graphs) or "DROP SILENT GRAPH <urn:kg:staging:>"
    try:
        client.send("POST", endpoint, body=request.encode("utf-8"), content_type="application/sparql-update")
    except ProtocolError as err:
        if isinstance(err, AuthError):
            raise
        return False
    return True


def _commit(client: Client, endpoint: str, graphs: list[str]) -> None:
    """One SPARQL Update request that moves every staging graph into place (no SILENT: a missing
    staging graph fails the whole request rather than empty its target)."""
    request = " ;\n".join(f"MOVE GRAPH {ox.NamedNode(staging_graph(g))} TO GRAPH {ox.NamedNode(g)}" for g in graphs)
    client.send("POST", endpoint, body=request.encode("utf-8") + b"\n", content_type="application/sparql-update")


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
    if report.atomic:
        message += " (nothing was changed: the store's graphs are as they were; run kg load again)"
    elif report.graphs:
        message += f" ({len(report.graphs)} of {total} graphs were loaded, each whole: run kg load again to finish)"
    else:
        message += " (nothing was loaded)"
    if isinstance(err, ProtocolError) and err.status in _NO_SERVICE:
        message += (f"; {redact(endpoint)} has no {'SPARQL Update' if protocol == 'update' else 'Graph Store Protocol or SPARQL Update'}"
                    " service: give the store's graph store endpoint (Oxigraph /store, Fuseki /DATASET/data,"
                    " GraphDB /repositories/ID/rdf-graphs/service) or its update endpoint")
    return message
