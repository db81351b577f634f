"""The command line: argument handling and printing only; the work is done by the library.

Exit codes: 0 success (the graph conforms), 1 the graph does not conform to the shapes, 2 any
other error (bad input, missing build, bad query). Messages go to standard error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError, ValidationError

EXIT_VIOLATIONS = 1
EXIT_ERROR = 2


class KgCommandError(click.ClickException):
    exit_code = EXIT_ERROR


def _fail(err: KgError) -> None:
    raise KgCommandError(str(err)) from err


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg turns articles about violent events (English and Arabic) into an event-centric RDF
    knowledge graph: build it, validate it, export it and query it."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(path_type=Path), help="Build folder to write (replaced whole, only when the build succeeds).")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(path_type=Path), help="A gazetteer CSV of your own, added to the shipped one (repeatable).")
@click.option("--strict", is_flag=True, help="Stop at the first unusable document instead of skipping it.")
@click.option("--encoding", default=None, help="Read documents in this encoding instead of UTF-8 (e.g. cp1256).")
@click.option("--max-bytes", default=None, type=click.IntRange(min=1), help="Largest document accepted, in bytes (default 5000000).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(paths, out, gazetteers, strict, encoding, max_bytes, quiet) -> None:
    """Build the knowledge graph of the documents in PATHS (files or folders of .txt, .md, .wiki)
    into the folder --out: Turtle, TriG, N-Quads, JSON-LD, GraphML, networkx JSON and the
    validation report."""
    from kg.buildfolder import write_build
    from kg.ingest.reader import DEFAULT_MAX_BYTES
    from kg.pipeline import BuildOptions, build as run_build

    options = BuildOptions(
        gazetteers=tuple(str(g) for g in gazetteers), strict=strict, encoding=encoding,
        max_bytes=max_bytes or DEFAULT_MAX_BYTES,
    )
    progress = _progress_printer() if not quiet and sys.stderr.isatty() else None
    try:
        result = run_build(list(paths), options, progress)
    except ValidationError as err:
        click.echo(err.report.text(), err=True)
        click.echo(f"kg build: {err}; {out} was not changed", err=True)
        sys.exit(EXIT_VIOLATIONS)
    except KgError as err:
        _fail(err)
    summary = result.summary()
    try:
        write_build(out, result.dataset, summary=summary, report_text=result.report.text())
    except (KgError, OSError) as err:
        raise KgCommandError(f"cannot write {out}: {err}") from err
    if progress is not None:
        click.echo("", err=True)
    for source, reason in result.skipped:
        click.echo(f"skipped {reason}", err=True)
    if not quiet:
        click.echo(_summary_text(summary, out))


def _summary_text(summary: dict, out: Path) -> str:
    kinds = ", ".join(f"{n} {k}" for k, n in summary["events_by_kind"].items())
    validation = summary["validation"]
    lines = [
        f"documents: {len(summary['documents'])} read, {len(summary['skipped'])} skipped",
        f"entities:  {summary['entities']}",
        f"events:    {summary['events']} ({kinds})",
        f"triples:   {summary['triples']}",
        f"validation: {'conforms' if validation['conforms'] else 'does not conform'}"
        f" ({validation['violations']} violations, {validation['warnings']} warnings)",
        f"wrote {out}/",
    ]
    return "\n".join(lines)


def _progress_printer():
    def show(source: str, done: int, total: int) -> None:
        if total > 1:
            click.echo(f"\r[{done}/{total}] {source[:60]:<60}", err=True, nl=False)

    return show


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(files) -> None:
    """Validate RDF FILES (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML) against kg's SHACL
    shapes. Exit 0 when they conform, 1 on violations, 2 when a file cannot be read."""
    from kg.validate import validate_files

    try:
        report = validate_files(list(files))
    except KgError as err:
        _fail(err)
    click.echo(report.text(), nl=False)
    if not report.conforms:
        sys.exit(EXIT_VIOLATIONS)


@main.command()
@click.option("--data", required=True, type=click.Path(path_type=Path), help="A build folder.")
@click.option("--format", "fmt", required=True, type=click.Choice(["turtle", "trig", "nquads", "jsonld", "graphml", "json"]), help="The format to write.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None, help="File to write (default: standard output).")
def export(data, fmt, out) -> None:
    """Write one format of an existing build."""
    from kg.buildfolder import read_build
    from kg.export import EXPORTERS

    try:
        dataset = read_build(data)
    except KgError as err:
        _fail(err)
    text = EXPORTERS[fmt][1](dataset)
    if out is None:
        click.echo(text, nl=False)
    else:
        _write_atomically(out, text)


def _write_atomically(path: Path, text: str) -> None:
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@main.command()
@click.argument("query")
@click.option("--data", required=True, type=click.Path(path_type=Path), help="A build folder.")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "csv", "json"]), help="Output format.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A parameter of the query (repeatable); bound as an RDF term, never pasted into the query.")
def query(query, data, fmt, params) -> None:
    """Run QUERY (a canned query name, such as `events`, or a .rq file) over a build."""
    from kg.query import format_result, load_query, parse_params, run_query
    from kg.store import open_store

    try:
        spec = load_query(query)
        bindings = parse_params(list(params), spec)
        store = open_store(data)
        result = run_query(spec, store, bindings)
    except KgError as err:
        _fail(err)
    click.echo(format_result(result, fmt), nl=False)


@main.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--data", required=True, type=click.Path(path_type=Path), help="A build folder of the gold's documents.")
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json"]), help="Output format.")
def evaluate(gold, data, fmt) -> None:
    """Compare a build with a GOLD annotation (gold/FORMAT.md): event precision, recall and F1,
    and the accuracy of each slot (place, date, killed, injured, perpetrator)."""
    import json

    from kg.buildfolder import read_build
    from kg.evaluate import evaluate as run_evaluation, load_gold, predicted_events
    from kg.link.gazetteer import Gazetteer

    try:
        gold_events = load_gold(gold)
        dataset = read_build(data)
    except KgError as err:
        _fail(err)
    result = run_evaluation(gold_events, predicted_events(dataset), Gazetteer.load())
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(result.text(), nl=False)


@main.command(name="queries")
def list_queries() -> None:
    """List the canned queries with what each returns."""
    from kg.query import canned_names, load_query

    for name in canned_names():
        spec = load_query(name)
        params = f" (params: {', '.join(spec.params)})" if spec.params else ""
        click.echo(f"{name}{params}\n    {spec.description}")


if __name__ == "__main__":  # pragma: no cover
    main()
