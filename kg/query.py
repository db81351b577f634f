"""SPARQL over a build: canned queries (`kg/queries/*.rq`) or a user's file, with safe parameters.

A query file starts with comment lines that describe it:

    # name: events
    # description: what a row is
    # list: places sources        columns that hold several values (tab-separated in SPARQL)
    # int: killed injured          columns that are integers (or null)
    # param: place                 parameters the query takes, bound as RDF terms, never pasted;
                                   a parameter must be in the SELECT clause (SEP-0007 binds only
                                   projected variables) and is left out of the printed columns

`run_query()` returns a `QueryResult` (columns and rows of Python values) from a build's store,
`run_remote_query()` the same from a SPARQL endpoint (a `kg serve`, or a store loaded with
`kg load`); `format_result()` renders it as an aligned table, CSV, or JSON (a list of objects).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError

FORMATS = ("table", "csv", "json")
LIST_SEPARATOR = "\t"
_HEADER = re.compile(r"^#\s*(name|description|list|int|param):\s*(.*)$")


@dataclass(frozen=True)
class QuerySpec:
    name: str
    text: str
    description: str = ""
    lists: tuple[str, ...] = ()
    ints: tuple[str, ...] = ()
    params: tuple[str, ...] = ()


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict] = field(default_factory=list)


def canned_names() -> list[str]:
    folder = resources.files("kg.queries")
    return sorted(item.name[:-3] for item in folder.iterdir() if item.name.endswith(".rq"))


def load_query(name_or_file: str) -> QuerySpec:
    """A canned query by name, or a query file by path."""
    path = Path(name_or_file)
    if name_or_file in canned_names():
        text = resources.files("kg.queries").joinpath(f"{name_or_file}.rq").read_text(encoding="utf-8")
        return parse_spec(text, default_name=name_or_file)
    if path.suffix in (".rq", ".sparql") or path.exists():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{path}: cannot read query file: {err}") from err
        return parse_spec(text, default_name=path.stem)
    raise QueryError(
        f"unknown query {name_or_file!r}: give a query file (.rq) or one of: {', '.join(canned_names())}"
    )


def parse_spec(text: str, *, default_name: str) -> QuerySpec:
    fields: dict[str, str] = {}
    description: list[str] = []
    last = None
    for line in text.splitlines():
        match = _HEADER.match(line)
        if match:
            last = match.group(1)
            if last == "description":
                description.append(match.group(2).strip())
            else:
                fields[last] = (fields.get(last, "") + " " + match.group(2)).strip()
        elif line.startswith("#") and last == "description" and line[1:].startswith("  "):
            description.append(line[1:].strip())
        elif not line.startswith("#"):
            break
        else:
            last = None
    return QuerySpec(
        name=fields.get("name", default_name),
        text=text,
        description=" ".join(description),
        lists=tuple(fields.get("list", "").split()),
        ints=tuple(fields.get("int", "").split()),
        params=tuple(fields.get("param", "").split()),
    )


def parse_params(pairs: list[str] | tuple[str, ...], spec: QuerySpec) -> dict[str, ox.NamedNode | ox.Literal]:
    """`name=value` pairs as RDF terms: an IRI when the value is an absolute IRI, else a literal."""
    params: dict[str, ox.NamedNode | ox.Literal] = {}
    for pair in pairs:
        if "=" not in pair:
            raise QueryError(f"parameter {pair!r} is not name=value")
        name, value = pair.split("=", 1)
        name = name.strip()
        if name not in spec.params:
            known = ", ".join(spec.params) or "none"
            raise QueryError(f"query {spec.name} takes no parameter {name!r} (it takes: {known})")
        params[name] = term_of(value)
    return params


def term_of(value: str) -> ox.NamedNode | ox.Literal:
    if re.match(r"^[a-z][a-z0-9+.-]*://[^\s<>\"{}|^`\\]+$", value, re.I):
        return ox.NamedNode(value)
    if re.fullmatch(r"-?\d+", value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "integer"))
    return ox.Literal(value)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in ("integer", "nonNegativeInteger", "int", "long", "positiveInteger", "decimal")}


def run_query(spec: QuerySpec, store: ox.Store, params: dict | None = None) -> QueryResult:
    """Run a SELECT query over the store's default graph, the merge of its named graphs (which stay
    queryable with GRAPH). Parameters are substituted as RDF terms (SEP-0007), never pasted into the text."""
    substitutions = {ox.Variable(k): v for k, v in (params or {}).items()}
    try:
        result = store.query(spec.text, substitutions=substitutions)
    except (SyntaxError, OSError, ValueError, RuntimeError) as err:
        raise QueryError(f"query {spec.name} failed: {str(err).splitlines()[0][:300]}") from err
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"query {spec.name} is not a SELECT query")
    columns = [v.value for v in result.variables if v.value not in spec.params]
    rows = []
    for solution in result:
        rows.append({name: _python(name, solution[name], spec) for name in columns})
    return QueryResult(columns, rows)


def run_remote_query(spec: QuerySpec, endpoint: str, params: dict | None = None, *, client=None) -> QueryResult:
    """Run a SELECT query at a SPARQL endpoint (SPARQL 1.1 Protocol, JSON results).

    A remote endpoint cannot take bindings beside the query, so parameters become a VALUES block
    at the head of the outermost WHERE clause; each value is written by Oxigraph as an RDF term
    (quotes and backslashes escaped), so it can never be read as query text."""
    from kg.errors import EndpointError
    from kg.http import Client

    text = _with_values(spec, params or {})
    client = client or Client()
    answer = client.send("POST", endpoint, body=_form(query=text),
                         content_type="application/x-www-form-urlencoded",
                         accept="application/sparql-results+json")
    try:
        document = json.loads(answer.body)
        variables = document["head"]["vars"]
        bindings = document["results"]["bindings"]
    except (ValueError, KeyError, TypeError) as err:
        raise EndpointError(f"{endpoint}: the answer to query {spec.name} is not SPARQL JSON results "
                            f"({answer.content_type or 'no content type'})") from err
    columns = [v for v in variables if v not in spec.params]
    rows = [{name: _python(name, _term(binding.get(name)), spec) for name in columns} for binding in bindings]
    return QueryResult(columns, rows)


_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


def _with_values(spec: QuerySpec, params: dict) -> str:
    if not params:
        return spec.text
    body = [" " * len(line) if line.lstrip().startswith("#") else line for line in spec.text.split("\n")]
    match = _WHERE.search("\n".join(body))
    if match is None:
        raise QueryError(f"query {spec.name}: no WHERE clause to bind its parameters in")
    values = " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in sorted(params.items()))
    return spec.text[:match.end()] + f"\n  {values}\n" + spec.text[match.end():]


def _form(**fields: str) -> bytes:
    from urllib.parse import urlencode

    return urlencode(fields).encode("utf-8")


def _term(value: dict | None):
    """A term of SPARQL JSON results as an Oxigraph term."""
    if value is None:
        return None
    kind = value.get("type")
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    if "datatype" in value:
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    return ox.Literal(value["value"])


def _python(name: str, value, spec: QuerySpec):
    if name in spec.lists:
        if value is None or not isinstance(value, ox.Literal) or value.value == "":
            return []
        return sorted(set(value.value.split(LIST_SEPARATOR)))
    if value is None:
        return None
    if isinstance(value, ox.Literal):
        datatype = value.datatype.value if value.datatype is not None else ""
        if name in spec.ints or datatype in _INTEGERS:
            try:
                return int(value.value)
            except ValueError:
                return None if name in spec.ints else value.value
        if datatype == _XSD + "boolean":
            return value.value == "true"
        return value.value
    return value.value


def format_result(result: QueryResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(result.rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_cell(row[c]) for c in result.columns])
        return buffer.getvalue()
    if fmt == "table":
        cells = [[_cell(row[c]) for c in result.columns] for row in result.rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        for row in cells:
            lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
        lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
        return "\n".join(lines) + "\n"
    raise QueryError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
