"""Validation against the SHACL shapes in shapes/ (one file per kind of node), with pySHACL.

    >>> report = validate_graph(Graph())
    >>> report.conforms, report.violations
    (True, ())

`validate_graph()` returns a `ValidationReport`: whether the graph conforms, each violation and
warning with the node and its label, the property, what is wrong and the shape; `report.text()` is
the readable report that `kg build` and `kg validate` print. Warnings never make a graph fail.
"""

from __future__ import annotations

import logging
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
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
    cannot be read or parsed (naming its line and column where the parser gives them).

    Files are parsed by Oxigraph (strict, fast on huge literals, and offline: a JSON-LD file that
    needs a remote context is refused, not fetched); N3 by rdflib. Ill-typed literals
    ("abc"^^xsd:integer) are read as written and left to the shapes to report."""
    graph = Graph()
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise InputError("no such file", path=path, hint="name an RDF file (.ttl, .trig, .nq, .nt, .jsonld, .rdf)")
        fmt = _FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise InputError(f"unknown RDF format {path.suffix!r}", path=path,
                             hint=f"use one of {', '.join(sorted(_FORMATS))}")
        before = len(graph)
        with _quiet_rdflib():
            if fmt == "n3":
                _parse_n3(path, graph)
            else:
                _parse_with_oxigraph(path, fmt, graph)
        if len(graph) == before:
            empty = not path.read_bytes().strip(b" \t\r\n")
            raise InputError("file is empty" if empty else f"file holds no RDF statements (read as {fmt})", path=path,
                             hint="name a file with RDF in it" + ("" if empty else "; JSON must be JSON-LD, with an @context"))
    with _quiet_rdflib():
        report = validate_graph(graph)
    return replace(report, warnings=report.warnings + _unknown_terms(graph))


def _unknown_terms(graph: Graph) -> tuple[Finding, ...]:
    """A warning for each class or property in kg's ontology namespace that the ontology does not
    define (a misspelling, or a term of another version)."""
    from rdflib.namespace import RDF

    namespace = "https://example.org/kg/ontology#"
    defined = _ontology_terms()
    used: dict[URIRef, str] = {}
    for s, p, o in graph:
        if str(p).startswith(namespace) and p not in defined:
            used.setdefault(p, f"{_short(s)} uses it as a property")
        if p == RDF.type and str(o).startswith(namespace) and o not in defined:
            used.setdefault(o, f"{_short(s)} uses it as a class")
    return tuple(Finding("Warning", str(term), "", "", f"not a term of kg's ontology (shapes/ontology.ttl): {where}",
                         "ontology") for term, where in sorted(used.items()))


@lru_cache(maxsize=1)
def _ontology_terms() -> frozenset:
    ontology = Graph().parse(Path(str(resources.files("kg.shapes").joinpath("ontology.ttl"))), format="turtle")
    return frozenset(s for s in ontology.subjects() if isinstance(s, URIRef))


_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML,
}


def _parse_with_oxigraph(path: Path, fmt: str, graph: Graph) -> None:
    """Add the triples of every graph of the file to `graph`."""
    try:
        for quad in ox.parse(path=str(path), format=_OX_FORMATS[fmt]):
            graph.add((_rdflib(quad.subject, path), _rdflib(quad.predicate, path), _rdflib(quad.object, path)))
    except SyntaxError as err:
        message = str(err).split(f" ({path.name}, line")[0]
        if "LoadDocumentCallback" in message:
            message = "it needs a remote JSON-LD context, which kg does not fetch (it works offline)"
            hint = "inline the context in the file"
        else:
            hint = "check the file's syntax"
        raise InputError(f"cannot parse as {fmt}: {message[:300]}", path=path, line=err.lineno, hint=hint) from err
    except (OSError, ValueError) as err:
        raise InputError(f"cannot read as {fmt}: {str(err)[:300]}", path=path, hint="check the file") from err


def _rdflib(term, path: Path) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise InputError("holds RDF-star quoted triples, which the shapes do not check", path=path,
                     hint="write the file without quoted triples")


def _parse_n3(path: Path, graph: Graph) -> None:
    try:
        graph.parse(path, format="n3")
    except Exception as err:  # rdflib raises many parser exception types
        raise InputError(f"cannot parse as n3: {_first_line(err)}", path=path, line=getattr(err, "lines", None),
                         hint="check the file's syntax") from err


@contextmanager
def _quiet_rdflib():
    """rdflib logs a warning with a traceback for each ill-typed literal; the shapes report them."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=UserWarning, module="rdflib")
            yield
    finally:
        logger.setLevel(level)


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
