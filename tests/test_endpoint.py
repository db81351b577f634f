"""`kg serve`, `kg load` and `kg query --endpoint` against real Oxigraph servers started on
loopback; authentication and failures through a small HTTP proxy in front of one."""

from __future__ import annotations

import base64
import json
import signal
import subprocess
import sys
import urllib.request

import pyoxigraph as ox
import pytest

from kg.cli import main
from loopback import DIRECT, LoopbackProxy
from kg.load import STAGING, build_graphs, staging_graph
from kg.server import free_port, start_server
from kg.store import open_store



@pytest.fixture
def server():
    """A fresh, empty, writable Oxigraph server whose default graph is the union of its graphs
    (how a user would configure a store to load kg builds into)."""
    with start_server(None, port=0, read_only=False, union_default_graph=True) as running:
        yield running


def graph_sizes(url):
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(url + "/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with DIRECT.open(request) as answer:
        rows = json.load(answer)["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def local_events(runner, built_folder):
    result = runner.invoke(main, ["query", "events", "--data", str(built_folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_kg_serve_answers_sparql_over_http_and_stops_with_its_server(built_folder, runner):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(built_folder), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.strip() == f"SPARQL endpoint: http://127.0.0.1:{port}/query"
        query = "PREFIX kgo: <https://example.org/kg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?e a kgo:Attack }"
        request = urllib.request.Request(f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": query}),
                                         headers={"Accept": "application/sparql-results+json"})
        with DIRECT.open(request) as answer:
            count = int(json.load(answer)["results"]["bindings"][0]["n"]["value"])
        assert count == len([e for e in local_events(runner, built_folder) if e["parent"]])
        remote = runner.invoke(main, ["query", "events", "--endpoint", f"http://127.0.0.1:{port}/query", "--format", "json"])
        assert json.loads(remote.output) == local_events(runner, built_folder)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
    with pytest.raises(OSError):  # the Oxigraph server went with it
        DIRECT.open(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2)


def test_serve_refuses_a_port_in_use(built_folder, runner, server):
    result = runner.invoke(main, ["serve", str(built_folder), "--port", str(server.port)])
    assert result.exit_code == 2 and "choose another port" in result.output


@pytest.mark.parametrize("path", ["/store", "/update"])
def test_load_gives_the_same_answers_as_the_embedded_store(built_folder, runner, server, path):
    result = runner.invoke(main, ["load", str(built_folder), "--endpoint", server.base_url + path])
    assert result.exit_code == 0, result.output
    protocol = "gsp" if path == "/store" else "update"
    assert f"({protocol})" in result.output
    expected = {graph: len(triples) for graph, triples in build_graphs(open_store(built_folder))}
    assert graph_sizes(server.base_url) == expected
    remote = runner.invoke(main, ["query", "events", "--endpoint", server.query_url, "--format", "json"])
    assert json.loads(remote.output) == local_events(runner, built_folder)
    again = runner.invoke(main, ["load", str(built_folder), "--endpoint", server.base_url + path, "-q"])
    assert again.exit_code == 0 and graph_sizes(server.base_url) == expected  # replaced, not added


class Proxy(LoopbackProxy):
    """Forwards to a server, after checking Basic credentials and failing on demand."""

    def __init__(self, target, *, credentials=None, transient_failures=0, fail_graph=None, no_update=False):
        super().__init__(target)
        self.credentials = credentials
        self.transient_failures, self.fail_graph, self.no_update = transient_failures, fail_graph, no_update
        self.requests = 0

    def handle(self, handler):
        self.requests += 1
        body = self.body(handler)
        if self.credentials:
            expected = "Basic " + base64.b64encode(":".join(self.credentials).encode()).decode()
            if handler.headers.get("Authorization") != expected:
                return self.answer(handler, 401, b"unauthorized")
        if self.transient_failures:
            self.transient_failures -= 1
            return self.answer(handler, 503, b"busy")
        if self.no_update and handler.path.startswith("/update"):
            return self.answer(handler, 404, b"no such service")
        if self.fail_graph and self.fail_graph in urllib.parse.unquote(handler.path):
            return self.answer(handler, 400, b"rejected")
        self.answer(handler, *self.forward(handler, body))


def test_credentials_come_from_the_environment_and_are_never_printed(built_folder, runner, server):
    proxy = Proxy(server.base_url, credentials=("ann", "s3cret-pw"))
    try:
        refused = runner.invoke(main, ["load", str(built_folder), "--endpoint", proxy.url + "/store",
                                       "--user", "ann", "--password", "wrong-pw"])
        assert refused.exit_code == 2 and "refused the credentials (HTTP 401" in refused.output
        assert "wrong-pw" not in refused.output and "nothing was loaded" in refused.output
        env = {"KG_ENDPOINT_USER": "ann", "KG_ENDPOINT_PASSWORD": "s3cret-pw"}
        loaded = runner.invoke(main, ["load", str(built_folder), "--endpoint", proxy.url + "/store"], env=env)
        assert loaded.exit_code == 0, loaded.output
        assert "s3cret-pw" not in loaded.output
        in_url = proxy.url.replace("http://", "http://ann:s3cret-pw@") + "/store"
        loaded = runner.invoke(main, ["load", str(built_folder), "--endpoint", in_url])
        assert loaded.exit_code == 0 and "s3cret-pw" not in loaded.output
    finally:
        proxy.close()


def test_transient_failures_are_retried(built_folder, runner, server):
    proxy = Proxy(server.base_url, transient_failures=2)
    try:
        given_up = runner.invoke(main, ["load", str(built_folder), "--endpoint", proxy.url + "/store", "--retries", "0"])
        assert given_up.exit_code == 2 and "HTTP 503" in given_up.output and "after 1 attempts" in given_up.output
        loaded = runner.invoke(main, ["load", str(built_folder), "--endpoint", proxy.url + "/store", "--retries", "2"])
        assert loaded.exit_code == 0, loaded.output
    finally:
        proxy.close()


def test_a_failed_load_leaves_every_graph_whole(built_folder, runner, server, tmp_path):
    graphs = build_graphs(open_store(built_folder))
    victim = graphs[2][0]
    # the server holds an older version of the graph the load will fail on
    old = ox.serialize([ox.Triple(ox.NamedNode("https://example.org/x"), ox.NamedNode("https://example.org/p"), ox.Literal("old"))],
                       format=ox.RdfFormat.N_TRIPLES)
    request = urllib.request.Request(server.store_url + "?" + urllib.parse.urlencode({"graph": victim}), data=old,
                                     method="PUT", headers={"Content-Type": "application/n-triples"})
    DIRECT.open(request).close()
    proxy = Proxy(server.base_url, fail_graph=victim)
    try:
        failed = runner.invoke(main, ["load", str(built_folder), "--endpoint", proxy.url + "/store"])
    finally:
        proxy.close()
    assert failed.exit_code == 2
    assert f"graph {victim} was not loaded (nothing was changed" in failed.output
    sizes = graph_sizes(server.base_url)
    # the load is one transaction: nothing moved into place, only staging graphs were uploaded
    assert {g: n for g, n in sizes.items() if not g.startswith(STAGING)} == {victim: 1}
    assert {g for g in sizes if g.startswith(STAGING)} == {staging_graph(graphs[0][0]), staging_graph(graphs[1][0])}
    again = runner.invoke(main, ["load", str(built_folder), "--endpoint", server.store_url, "-q"])
    assert again.exit_code == 0 and graph_sizes(server.base_url) == {g: len(t) for g, t in graphs}


def test_a_store_without_sparql_update_is_loaded_graph_by_graph(built_folder, runner, server):
    proxy = Proxy(server.base_url, no_update=True)
    try:
        loaded = runner.invoke(main, ["load", str(built_folder), "--endpoint", proxy.url + "/store"])
    finally:
        proxy.close()
    assert loaded.exit_code == 0 and "each graph was replaced whole but not all at once" in loaded.output
    assert graph_sizes(server.base_url) == {g: len(t) for g, t in build_graphs(open_store(built_folder))}


def test_load_errors(built_folder, runner, server, tmp_path):
    nowhere = runner.invoke(main, ["load", str(built_folder), "--endpoint", server.base_url + "/"])
    assert nowhere.exit_code == 2 and "no Graph Store Protocol or SPARQL Update service" in nowhere.output
    not_a_build = runner.invoke(main, ["load", str(tmp_path), "--endpoint", server.store_url])
    assert not_a_build.exit_code == 2 and "not a kg build folder" in not_a_build.output
    closed = runner.invoke(main, ["load", str(built_folder), "--endpoint", f"http://127.0.0.1:{free_port()}/store",
                                  "--retries", "0"])
    assert closed.exit_code == 2 and "cannot reach the server" in closed.output
