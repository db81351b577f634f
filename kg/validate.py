"""Validation against the SHACL shapes in shapes/ (one file per kind of node), with pySHACL.

    >>> report = validate_graph(Graph())
    >>> report.conforms, report.violations
    (True, ())

`validate_graph()` returns a `ValidationReport`: whether the graph conforms, each violation and
warning with the node and its label, the property, what is wrong and the shape; `report.text()` is
the readable report that `kg build` and `kg validate` print. Warnings never make a graph fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyshacl
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS, SH
from rdflib.term import Node

from kg.errors import InputError

_FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".nq": "nquads",
    ".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml",
    ".n3": "n3",
}


@dataclass(frozen=True)
class Finding:
    severity: str  # Violation | Warning | Info
    focus: str
    label: str
    path: str
    message: str
    shape: str
    value: str = ""


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()
    triples: int = 0
    shapes: tuple[str, ...] = field(default=())

    def text(self) -> str:
        lines = [
            f"SHACL validation of {self.triples} triples against {len(self.shapes)} shape files: "
            + ("conforms" if self.conforms else "does NOT conform"),
            f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s)",
        ]
        for finding in (*self.violations, *self.warnings):
            lines.append("")
            name = f' ("{finding.label}")' if finding.label else ""
            lines.append(f"{finding.severity.upper()}  {finding.focus}{name}")
            if finding.path:
                lines.append(f"  property: {finding.path}")
            lines.append(f"  problem:  {finding.message}" + (f" (value: {finding.value})" if finding.value else ""))
            lines.append(f"  shape:    {finding.shape}")
        return "\n".join(lines) + "\n"


def shape_files() -> list[Path]:
    folder = resources.files("kg.shapes")
    return sorted(Path(str(folder.joinpath(name))) for name in _names(folder) if name.endswith(".ttl") and name != "ontology.ttl")


def _names(folder) -> list[str]:
    return [item.name for item in folder.iterdir()]


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    graph = Graph()
    for path in shape_files():
        graph.parse(path, format="turtle")
    return graph


def union(data: Graph | Dataset) -> Graph:
    """A plain graph of all the triples of a dataset (pySHACL checks the union of its graphs)."""
    if isinstance(data, Dataset):
        graph = Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph
    return data


def validate_graph(data: Graph | Dataset) -> ValidationReport:
    graph = union(data)
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        inference="none",
        allow_warnings=True,
        advanced=True,
        abort_on_first=False,
        inplace=True,  # the union graph is a copy made for validation: no need to copy it again
    )
    findings = _findings(results, graph, shapes_graph())
    violations = tuple(f for f in findings if f.severity == "Violation")
    warnings = tuple(f for f in findings if f.severity != "Violation")
    return ValidationReport(
        conforms=not violations,
        violations=violations,
        warnings=warnings,
        triples=len(graph),
        shapes=tuple(p.name for p in shape_files()),
    )


def validate_files(paths: list[str | Path]) -> ValidationReport:
    """Validate RDF files written by kg or by other tools. Raises InputError for a file that
    cannot be read or parsed."""
    graph = Graph()
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise InputError("no such file", path=path, hint="name an RDF file (.ttl, .trig, .nq, .nt, .jsonld, .rdf)")
        fmt = _FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise InputError(f"unknown RDF format {path.suffix!r}", path=path,
                             hint=f"use one of {', '.join(sorted(_FORMATS))}")
        try:
            if fmt in ("trig", "nquads"):
                dataset = Dataset()
                dataset.parse(path, format=fmt)
                for s, p, o, _ in dataset.quads((None, None, None, None)):
                    graph.add((s, p, o))
            else:
                graph.parse(path, format=fmt)
        except Exception as err:  # rdflib raises many parser exception types
            line = getattr(err, "lines", None)
            raise InputError(f"cannot parse as {fmt}: {_first_line(err)}", path=path, line=line,
                             hint="check the file's syntax") from err
    return validate_graph(graph)


def _first_line(err: Exception) -> str:
    text = str(err).strip().splitlines()
    return text[0][:200] if text else type(err).__name__


def _findings(results: Graph, data: Graph, shapes: Graph) -> list[Finding]:
    out = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = _local(results.value(result, SH.resultSeverity))
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        shape = results.value(result, SH.sourceShape)
        value = results.value(result, SH.value)
        out.append(Finding(
            severity=severity,
            focus=str(focus),
            label=_label(data, focus),
            path=_short(path) if path is not None else "",
            message=str(message) if message is not None else "does not conform",
            shape=_shape_name(shapes, shape),
            value=_value(value) if value != focus else "",
        ))
    return sorted(set(out), key=lambda f: (f.severity, f.focus, f.path, f.message))


def _label(graph: Graph, node: Node | None) -> str:
    if node is None:
        return ""
    labels = sorted(graph.objects(node, RDFS.label), key=lambda l: (getattr(l, "language", "") != "en", str(l)))
    return str(labels[0]) if labels else ""


def _shape_name(shapes: Graph, shape: Node | None) -> str:
    if shape is None:
        return ""
    owner = shape
    if not isinstance(shape, URIRef):
        owner = next(shapes.subjects(SH.property, shape), None) or next(shapes.subjects(SH.sparql, shape), None) or shape
    label = shapes.value(owner, RDFS.label)
    name = _short(owner) if isinstance(owner, URIRef) else "anonymous shape"
    return f"{label} ({name})" if label else name


def _short(node: Node) -> str:
    text = str(node)
    for prefix, ns in (
        ("kgo:", "https://example.org/kg/ontology#"), ("kgs:", "https://example.org/kg/shapes#"),
        ("sem:", "http://semanticweb.cs.vu.nl/2009/11/sem/"), ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#"),
        ("nif:", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
        ("gaf:", "http://groundedannotationframework.org/gaf#"), ("prov:", "http://www.w3.org/ns/prov#"),
    ):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text


def _local(node: Node | None) -> str:
    return str(node).rsplit("#", 1)[-1] if node is not None else "Violation"


def _value(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, Literal):
        return str(node)[:80]
    return str(node)
