"""A loopback HTTP proxy in front of a real SPARQL server, for tests that make the network fail.

Subclasses decide what to do with each request in `handle` (answer it themselves, hold it, or
`forward` it to the server and `answer` with what came back)."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never through a proxy


class LoopbackProxy:
    def __init__(self, target: str) -> None:
        self.target = target
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_PUT(self):
                proxy.handle(self)

            do_POST = do_GET = do_PUT

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        self.answer(handler, *self.forward(handler, self.body(handler)))

    @staticmethod
    def body(handler: BaseHTTPRequestHandler) -> bytes:
        return handler.rfile.read(int(handler.headers.get("Content-Length") or 0))

    def forward(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, bytes]:
        """Send the request on to the server: its status and body."""
        headers = {k: v for k, v in handler.headers.items() if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(self.target + handler.path, data=body or None, method=handler.command,
                                         headers=headers)
        try:
            with DIRECT.open(request) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as err:
            return err.code, err.read()

    @staticmethod
    def answer(handler: BaseHTTPRequestHandler, status: int, body: bytes) -> None:
        handler.send_response(status)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
