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


def _stop_on_sigterm(signum, frame):
    raise KeyboardInterrupt


def _credential_options(command):
    """--user, --password and --token, also read from KG_ENDPOINT_USER, KG_ENDPOINT_PASSWORD and
    KG_ENDPOINT_TOKEN; never echoed."""
    command = click.option("--token", envvar="KG_ENDPOINT_TOKEN", default=None, show_envvar=True, help="Bearer token for the endpoint.")(command)
    command = click.option("--password", envvar="KG_ENDPOINT_PASSWORD", default=None, show_envvar=True, help="Password for HTTP Basic authentication.")(command)
    return click.option("--user", envvar="KG_ENDPOINT_USER", default=None, show_envvar=True, help="User name for HTTP Basic authentication.")(command)


def _client(user, password, token):
    from kg.http import Client, Credentials

    return Client(credentials=Credentials(user=user, password=password, token=token))


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
@click.option("--add", is_flag=True, help="Add PATHS to the build in --out (a document it already holds is replaced) instead of building from PATHS alone.")
def build(paths, out, gazetteers, strict, encoding, max_bytes, quiet, add) -> None:
    """Build the knowledge graph of the documents in PATHS (files or folders of .txt, .md, .wiki)
    into the folder --out: Turtle, TriG, N-Quads, JSON-LD, GraphML, networkx JSON, the SPARQL
    store, the validation report, and a copy of the documents (sources/) that `--add` and
    `kg remove` build on."""
    from kg.incremental import BuildInputs, with_added
    from kg.ingest.reader import discover

    given = tuple(str(g) for g in gazetteers)
    try:
        inputs = with_added(out, list(paths), given) if add else BuildInputs(discover(list(paths)), given)
    except KgError as err:
        _fail(err)
    _build_and_write(inputs, out, strict=strict, encoding=encoding, max_bytes=max_bytes, quiet=quiet)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(path_type=Path), help="The build folder to withdraw the documents from.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def remove(sources, out, quiet) -> None:
    """Withdraw the documents SOURCES (source names as summary.json lists them) from the build in
    --out: their named graphs go, and the fused view is made again from the documents left."""
    from kg.incremental import without

    try:
        inputs = without(out, list(sources))
    except KgError as err:
        _fail(err)
    _build_and_write(inputs, out, strict=False, encoding=None, max_bytes=None, quiet=quiet)


def _build_and_write(inputs, out: Path, *, strict: bool, encoding: str | None, max_bytes: int | None,
                     quiet: bool) -> None:
    from kg.buildfolder import write_build
    from kg.incremental import BuildInputs, keep_map
    from kg.ingest.reader import DEFAULT_MAX_BYTES
    from kg.pipeline import BuildOptions, build_files

    options = BuildOptions(
        gazetteers=inputs.gazetteers, strict=strict, encoding=encoding,
        max_bytes=max_bytes or DEFAULT_MAX_BYTES,
    )
    progress = _progress_printer() if not quiet and sys.stderr.isatty() else None
    try:
        result = build_files(inputs.files, options, progress)
    except ValidationError as err:
        click.echo(err.report.text(), err=True)
        click.echo(f"kg build: {err}; {out} was not changed", err=True)
        sys.exit(EXIT_VIOLATIONS)
    except KgError as err:
        _fail(err)
    summary = result.summary()
    try:
        kept = keep_map(BuildInputs(list(result.files.values()), inputs.gazetteers))
        write_build(out, result.dataset, summary=summary, report_text=result.report.text(), inputs=kept)
    except (KgError, OSError) as err:
        raise KgCommandError(f"cannot write {out}: {err}") from err
    if progress is not None:
        click.echo("", err=True)
    for item in result.skipped:
        click.echo(f"skipped ({item.kind}) {item.reason}", err=True)
    if not quiet:
        click.echo(_summary_text(summary, out))


def _summary_text(summary: dict, out: Path) -> str:
    kinds = ", ".join(f"{n} {k}" for k, n in summary["events_by_kind"].items())
    validation = summary["validation"]
    lines = [
        f"documents: {len(summary['documents'])} read, {len(summary['skipped'])} skipped"
        + (f" ({', '.join(f'{n} {kind}' for kind, n in summary['skipped_by_kind'].items())})" if summary["skipped"] else ""),
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
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "trig", "nquads", "jsonld", "graphml", "json", "cypher", "neo4j"]),
              help="The format to write; neo4j writes nodes.csv and relationships.csv into the folder --out.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None, help="File to write (default: standard output); a folder for neo4j.")
def export(data, fmt, out) -> None:
    """Write one format of an existing build: an RDF or network format, a Cypher script for
    cypher-shell, or the CSV files of neo4j-admin's importer."""
    from kg.buildfolder import read_build
    from kg.export import EXPORTERS, FOLDER_EXPORTERS, ON_DEMAND

    if fmt in FOLDER_EXPORTERS and out is None:
        raise click.UsageError(f"--format {fmt} writes several files: give a folder with --out")
    try:
        dataset = read_build(data)
    except KgError as err:
        _fail(err)
    if fmt in FOLDER_EXPORTERS:
        if out.exists() and not out.is_dir():
            raise KgCommandError(f"{out}: is a file; --format {fmt} needs a folder")
        files = FOLDER_EXPORTERS[fmt](dataset)
        for name, text in sorted(files.items()):
            _write_atomically(out / name, text)
        click.echo(f"wrote {', '.join(sorted(files))} into {out}", err=True)
        return
    text = {**EXPORTERS, **ON_DEMAND}[fmt][1](dataset)
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
@click.option("--data", type=click.Path(path_type=Path), help="A build folder (its embedded store).")
@click.option("--endpoint", metavar="URL", help="A SPARQL endpoint instead of a build folder (a `kg serve`, or a store filled by `kg load`).")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "csv", "json"]), help="Output format.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A parameter of the query (repeatable); bound as an RDF term, never pasted into the query.")
@_credential_options
def query(query, data, endpoint, fmt, params, user, password, token) -> None:
    """Run QUERY (a canned query name, such as `events`, or a .rq file) over a build (--data) or
    a SPARQL endpoint (--endpoint)."""
    from kg.query import format_result, load_query, parse_params, run_query, run_remote_query
    from kg.store import open_store

    if (data is None) == (endpoint is None):
        raise click.UsageError("give one of --data (a build folder) or --endpoint (a SPARQL endpoint URL)")
    try:
        spec = load_query(query)
        bindings = parse_params(list(params), spec)
        if endpoint:
            result = run_remote_query(spec, endpoint, bindings, client=_client(user, password, token))
        else:
            result = run_query(spec, open_store(data), bindings)
    except KgError as err:
        _fail(err)
    click.echo(format_result(result, fmt), nl=False)


@main.command()
@click.argument("data", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default; another address opens the build to the network).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0: any free port).")
def serve(data, host, port) -> None:
    """Serve the build in DATA as a read-only SPARQL endpoint (Oxigraph's server) until Ctrl-C.
    Queries go to http://HOST:PORT/query (GET or POST, SPARQL 1.1 Protocol)."""
    import signal
    import tempfile

    from kg.server import is_loopback, start_server
    from kg.store import store_location

    with tempfile.TemporaryDirectory(prefix="kg-serve-") as scratch:
        try:
            server = start_server(store_location(data, scratch), host=host, port=port)
        except KgError as err:
            _fail(err)
        if not is_loopback(host):
            click.echo(f"warning: listening on {host}: anyone who can reach this machine can query the build", err=True)
        click.echo(f"SPARQL endpoint: {server.query_url}")
        click.echo(f"Graph Store (read-only): {server.store_url}")
        click.echo("Press Ctrl-C to stop.", err=True)
        signal.signal(signal.SIGTERM, _stop_on_sigterm)  # stop the server with us, whatever stops us
        try:
            code = server.process.wait()
        except KeyboardInterrupt:
            code = 0
        finally:
            server.stop()
    if code:
        raise KgCommandError(f"the SPARQL server stopped with exit code {code}")


@main.command()
@click.argument("data", type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, metavar="URL", help="The store's Graph Store Protocol endpoint (Oxigraph /store, Fuseki /DATASET/data) or its SPARQL Update endpoint.")
@click.option("--protocol", default="auto", show_default=True, type=click.Choice(["auto", "gsp", "update"]), help="gsp: Graph Store Protocol; update: SPARQL Update; auto: the first, the second where the endpoint lacks it.")
@click.option("--update-endpoint", metavar="URL", help="Where SPARQL Update requests go, when not to --endpoint.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(0, 20), help="Retries of a request that failed for a transient reason (connection, 429, 5xx).")
@_credential_options
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def load(data, endpoint, protocol, update_endpoint, retries, user, password, token, quiet) -> None:
    """Load the build in DATA into a SPARQL 1.1 store: each named graph (one per source document,
    the fused events, the gazetteer, the vocabulary) replaced as a unit."""
    from dataclasses import replace

    from kg.load import load_build
    from kg.store import open_store

    def progress(index, total, graph, triples):
        if not quiet:
            click.echo(f"[{index}/{total}] {graph} ({triples} triples)", err=True)

    try:
        client = replace(_client(user, password, token), retries=retries)
        report = load_build(open_store(data), endpoint, protocol=protocol, update_endpoint=update_endpoint,
                            client=client, progress=progress)
    except KgError as err:
        _fail(err)
    protocols = sorted({g.protocol for g in report.graphs})
    if not report.atomic:
        click.echo("warning: the store has no SPARQL Update service beside the endpoint, so each graph was replaced"
                   " whole but not all at once; give --update-endpoint for a load that is one transaction", err=True)
    if not quiet:
        click.echo(f"loaded {len(report.graphs)} graphs, {report.triples} triples into {report.endpoint} "
                   f"({', '.join(protocols) or 'nothing to load'})")


@main.command(name="eval")
@click.argument("gold", metavar="GOLD|muc4|wikievents")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--data", type=click.Path(path_type=Path), help="A build folder of the gold's documents (with GOLD).")
@click.option("--split", default="dev", show_default=True, type=click.Choice(["train", "dev", "test"]), help="The benchmark's split (with muc4 or wikievents; wikievents has dev and test).")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(path_type=Path), help="A gazetteer CSV of your own, added to the shipped one (with a benchmark; repeatable).")
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json"]), help="Output format.")
def evaluate(gold, path, data, split, gazetteers, fmt) -> None:
    """Measure extraction quality.

    \b
    kg eval GOLD --data DIR
        compare a build with a GOLD annotation (gold/FORMAT.md): event precision, recall and F1,
        and the accuracy of each slot (place, date, killed, injured, perpetrator).
    kg eval muc4 PATH --split dev|test
        extract the MUC-4 split's documents (PATH: the muc4 benchmark folder), map the events to
        templates and score role-filler entity P/R/F1 per role (GRIT/GTT metric), with incident
        date and location accuracy where the raw answer keys exist (test); errors by kind.
    kg eval wikievents PATH --split dev|test
        attack triggers found and their place, attacker, victim and instrument (head-word match).
    """
    import json

    from kg.bench import BENCHMARKS

    if gold in BENCHMARKS and path is not None:
        from kg.bench import evaluate as run_benchmark

        try:
            result = run_benchmark(gold, path, split, gazetteers=tuple(gazetteers))
        except KgError as err:
            _fail(err)
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) if fmt == "json" else result.text(), nl=fmt == "json")
        return
    if path is not None:
        raise click.UsageError(f"a second argument is only taken after {' or '.join(BENCHMARKS)}: kg eval muc4 PATH --split test")
    if gold in BENCHMARKS and not Path(gold).exists():
        raise click.UsageError(f"give the benchmark folder: kg eval {gold} PATH --split dev")
    if data is None:
        raise click.UsageError("Missing option '--data' (a build folder of the gold's documents).")
    from kg.buildfolder import read_build
    from kg.evaluate import evaluate as run_evaluation, load_gold, predicted_events
    from kg.link.gazetteer import Gazetteer

    try:
        gold_events = load_gold(Path(gold))
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
