"""A local SPARQL endpoint over a build: Oxigraph's server (the `oxigraph` command, installed
with kg from PyPI) run read-only on the build's store.

    server = start_server(Path("output/store"), host="127.0.0.1", port=7878)
    print(server.query_url)      # http://127.0.0.1:7878/query
    server.stop()

The store's default graph is the merge of the build's named graphs, so a query without GRAPH
sees every statement once; GRAPH ?g still tells which document said what.
"""

from __future__ import annotations

import ipaddress
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ServerError

_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


@dataclass
class Server:
    process: subprocess.Popen
    host: str
    port: int

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base_url + "/query"

    @property
    def store_url(self) -> str:
        return self.base_url + "/store"

    @property
    def update_url(self) -> str:
        return self.base_url + "/update"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def oxigraph_command() -> str:
    """The `oxigraph` executable: beside this Python (a virtual environment's bin), or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServerError("the `oxigraph` server is not installed: `pip install oxigraph` (it comes with kg's own setup)")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def free_port(host: str = DEFAULT_HOST) -> int:
    """A port nobody listens on at the moment (for tests and `--port 0`)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def start_server(location: Path | None, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 read_only: bool = True, union_default_graph: bool = False, ready_within: float = 30.0) -> Server:
    """Start Oxigraph's server on `location` (None: an empty in-memory store, read-write) and
    wait until it answers queries. Raises ServerError when the port is taken or it does not start."""
    if port == 0:
        port = free_port(host)
    _check_port(host, port)
    command = [oxigraph_command(), "serve-read-only" if read_only else "serve", "--bind", f"{host}:{port}"]
    if location is not None:
        command += ["--location", str(location)]
    elif read_only:
        raise ServerError("a read-only server needs a store")
    if union_default_graph:
        command.append("--union-default-graph")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Server(process, host, port)
    deadline = time.monotonic() + ready_within
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = process.stderr.read().decode("utf-8", errors="replace").strip()
            raise ServerError(f"the SPARQL server on {host}:{port} stopped at once: {message[-500:] or 'no message'}")
        if _answers(server.query_url):
            return server
        time.sleep(0.05)
    server.stop()
    raise ServerError(f"the SPARQL server on {host}:{port} did not answer within {ready_within:.0f} s")


def _check_port(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            raise ServerError(f"cannot listen on {host}:{port} ({err.strerror}); choose another port with --port") from err


def _answers(query_url: str) -> bool:
    request = urllib.request.Request(query_url + "?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
    try:
        with _DIRECT.open(request, timeout=2) as answer:
            return answer.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False
