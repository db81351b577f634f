"""The exceptions kg raises, all in one tree.

    KgError                      anything kg reports to its user
    ├── InputError               a document or argument cannot be read (names file, line, offset)
    │   ├── NoDocumentsError     a path holds no readable document
    │   └── DocumentError        one document is unusable: empty, binary, not UTF-8, too large,
    │                            malformed infobox, unknown language
    ├── DataError                a data file of kg or of the user (gazetteer, lexicon, query) is wrong
    ├── BuildDataError           a build folder is missing or incomplete
    ├── ValidationError          the graph does not conform to the shapes (carries the report)
    ├── QueryError               a SPARQL query is unknown, malformed, or given bad parameters
    ├── ServerError              the local SPARQL server cannot be started (no binary, port taken)
    └── EndpointError            a remote SPARQL endpoint failed (names the URL, never credentials)
        ├── AuthError            the endpoint refused the credentials (HTTP 401 or 403)
        └── ProtocolError        the endpoint does not speak the protocol asked, or rejected the data

Every message says what went wrong, where, and how to fix it. The library never prints; the CLI turns
these into messages and exit codes (1 for validation failures, 2 for every other error).
"""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base of every error kg reports to its user."""


class InputError(KgError):
    """Input that cannot be read."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        offset: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.offset = offset
        self.hint = hint
        self.reason = message
        super().__init__(self._format())

    def _format(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
            if self.offset is not None:
                where += f" (offset {self.offset})"
            where += ": "
        text = where + self.reason
        if self.hint:
            text += f" ({self.hint})"
        return text


class NoDocumentsError(InputError):
    """A path given to kg holds no document kg can read."""


class DocumentError(InputError):
    """One document cannot be used; in a batch it is skipped unless --strict."""

    def __init__(self, message: str, *, kind: str, **where) -> None:
        self.kind = kind
        super().__init__(message, **where)


class DataError(KgError):
    """A data file (gazetteer, lexicon, query, shapes) is malformed."""


class BuildDataError(KgError):
    """A build folder is missing, incomplete or from an incompatible version."""


class ValidationError(KgError):
    """The graph does not conform to the SHACL shapes."""

    def __init__(self, message: str, *, report: object) -> None:
        self.report = report
        super().__init__(message)


class QueryError(KgError):
    """A query is unknown, malformed or has bad parameters."""


class ServerError(KgError):
    """The local SPARQL server cannot be started or stopped."""


class EndpointError(KgError):
    """A remote SPARQL endpoint failed; the message names the URL without its credentials."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        self.status = status
        super().__init__(message)


class AuthError(EndpointError):
    """The endpoint refused the credentials given (or asked for some)."""


class ProtocolError(EndpointError):
    """The endpoint has no such service (Graph Store Protocol, SPARQL Update) or rejected a request."""
