"""A small HTTP client for SPARQL endpoints: credentials, retries of transient failures, and
errors that name the URL but never the credentials.

The transport (`urllib`'s opener) is a parameter, so that callers and tests can replace it.

    >>> redact("http://ann:secret@example.org:3030/ds/data?graph=x")
    'http://example.org:3030/ds/data?graph=x'
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Callable

from kg.errors import AuthError, EndpointError, ProtocolError

# answers worth trying again: the server is busy, restarting, or behind a proxy that is
TRANSIENT = frozenset({408, 425, 429, 500, 502, 503, 504})
USER_AGENT = "kg (SPARQL client)"


@dataclass(frozen=True)
class Credentials:
    """HTTP Basic (user and password) or a bearer token; never part of a message or a repr."""

    user: str | None = None
    password: str | None = None
    token: str | None = None

    def header(self) -> str | None:
        if self.token:
            return f"Bearer {self.token}"
        if self.user is not None:
            pair = f"{self.user}:{self.password or ''}".encode("utf-8")
            return "Basic " + base64.b64encode(pair).decode("ascii")
        return None

    def __repr__(self) -> str:
        return "Credentials(<hidden>)"


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes
    content_type: str

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Client:
    """Sends requests to one server with the same credentials and retry policy."""

    credentials: Credentials = Credentials()
    retries: int = 3
    backoff: float = 0.5  # seconds before the first retry, doubled each time
    timeout: float = 60.0
    opener: Callable | None = None  # default: the environment's proxies, none for loopback
    sleep: Callable[[float], None] = time.sleep

    def send(self, method: str, url: str, *, body: bytes | None = None, content_type: str | None = None,
             accept: str | None = None) -> Response:
        """One request; transient failures (connection refused or reset, timeouts, 429 and 5xx
        answers) are retried with a growing pause. 401 and 403 raise AuthError, other 4xx a
        ProtocolError, and a failure that outlasts the retries an EndpointError."""
        url, embedded = split_credentials(url)
        credentials = embedded or self.credentials
        headers = {"User-Agent": USER_AGENT}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        if credentials.header():
            headers["Authorization"] = credentials.header()
        pause = self.backoff
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with (self.opener or _opener_for(url))(request, timeout=self.timeout) as answer:
                    return Response(answer.status, answer.read(), answer.headers.get("Content-Type", ""))
            except urllib.error.HTTPError as err:
                status, detail = err.code, _detail(err)
                if status in (401, 403):
                    raise AuthError(
                        f"{method} {redact(url)}: the server refused the credentials (HTTP {status}"
                        f"{': ' + detail if detail else ''}); give them with --user/--password or --token, "
                        "or the KG_ENDPOINT_USER, KG_ENDPOINT_PASSWORD, KG_ENDPOINT_TOKEN variables",
                        status=status) from err
                if status not in TRANSIENT:
                    raise ProtocolError(f"{method} {redact(url)}: HTTP {status}{': ' + detail if detail else ''}",
                                        status=status) from err
                failure = f"HTTP {status}{': ' + detail if detail else ''}"
            except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
                reason = getattr(err, "reason", err)
                failure = f"cannot reach the server ({reason})"
            if attempt < self.retries:
                self.sleep(pause)
                pause *= 2
        raise EndpointError(f"{method} {redact(url)}: {failure}, after {self.retries + 1} attempts")


def _opener_for(url: str) -> Callable:
    """A loopback server is reached directly, whatever proxy the environment names."""
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost" or host.startswith("127.") or host == "::1":
        return _DIRECT.open
    return _PROXIED.open


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_PROXIED = urllib.request.build_opener()


def split_credentials(url: str) -> tuple[str, Credentials | None]:
    """A URL without its `user:password@` part, and those credentials (if any)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None
    credentials = Credentials(urllib.parse.unquote(parts.username),
                              urllib.parse.unquote(parts.password or ""))
    return redact(url), credentials


def redact(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def with_query(url: str, **params: str) -> str:
    """The URL with parameters added to its query string."""
    joiner = "&" if urllib.parse.urlsplit(url).query else "?"
    return url + joiner + urllib.parse.urlencode(params)


def _detail(err: urllib.error.HTTPError) -> str:
    try:
        text = err.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return " ".join(text.split())[:300]
