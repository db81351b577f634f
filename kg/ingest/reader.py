"""Find documents under the paths a user gives and decode them, with clear errors.

`discover()` lists the files to read; `read_document()` turns one file into a `Document` or raises
a `DocumentError` that says what is wrong with it, where, and how to fix it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DocumentError, InputError, NoDocumentsError
from kg.ingest.lang import detect_language
from kg.ingest.structure import check_running_text, parse_structure
from kg.model import Document

SUFFIXES = (".txt", ".md", ".wiki")
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class SourceFile:
    path: Path  # where the file is on disk
    source: str  # how the build names it: its path relative to the folder given, or its name
    encoding: str | None = None  # how to decode it when not as the build says (a kept source)


def discover(paths: list[str | Path]) -> list[SourceFile]:
    """The documents under `paths` (files, or folders searched recursively), in a stable order.

    Raises NoDocumentsError when a path does not exist or holds no document, and InputError when two
    documents would get the same source name.
    """
    found: list[SourceFile] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise NoDocumentsError("no such file or folder", path=path, hint="check the path")
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                raise NoDocumentsError(
                    "folder holds no document",
                    path=path,
                    hint=f"kg reads files ending in {', '.join(SUFFIXES)}",
                )
            found.extend(SourceFile(p, p.relative_to(path).as_posix()) for p in files)
        elif path.suffix.lower() in SUFFIXES:
            found.append(SourceFile(path, path.name))
        else:
            raise NoDocumentsError(
                f"not a document kg reads (suffix {path.suffix or 'missing'})",
                path=path,
                hint=f"rename it to end in one of {', '.join(SUFFIXES)}",
            )
    seen: dict[str, Path] = {}
    for item in found:
        if item.source in seen and seen[item.source] != item.path:
            raise InputError(
                f"two documents share the source name {item.source!r} ({seen[item.source]})",
                path=item.path,
                hint="give each source a distinct file name or relative path",
            )
        seen[item.source] = item.path
    unique = {item.source: item for item in found}
    return [unique[name] for name in sorted(unique)]


def doc_id_for(source: str) -> str:
    """The stable id of a document: its source name without suffix, as a slug."""
    stem = source
    for suffix in SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    slug = re.sub(r"[^\w.-]+", "-", unicodedata.normalize("NFC", stem), flags=re.UNICODE)
    return slug.strip("-") or "document"


def read_document(
    item: SourceFile, *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read, decode and parse one file. Raises DocumentError for an unusable document."""
    try:
        data = item.path.read_bytes()
    except OSError as err:
        raise DocumentError(f"cannot read file: {err.strerror}", kind="unreadable", path=item.path) from err
    return parse_document(data, source=item.source, path=item.path, encoding=encoding, max_bytes=max_bytes)


def parse_document(
    data: bytes,
    *,
    source: str,
    path: str | Path | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Turn a file's bytes into a Document. Raises DocumentError."""
    where = path if path is not None else source
    if len(data) > max_bytes:
        raise DocumentError(
            f"file is too large ({len(data):,} bytes; the limit is {max_bytes:,})",
            kind="too-large",
            path=where,
            hint="split it, or raise the limit with --max-bytes",
        )
    if not data.strip():
        raise DocumentError("file is empty", kind="empty", path=where, hint="remove it or add text")
    text = decode(data, path=where, encoding=encoding)
    lang = detect_language(text, path=where)
    blocks, infobox, title = parse_structure(text, path=where)
    check_running_text(text, blocks, path=where)
    return Document(
        doc_id=doc_id_for(source),
        source=source,
        text=text,
        lang=lang,
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=blocks,
        infobox=infobox,
        title=title,
    )


_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def decode(data: bytes, *, path: str | Path, encoding: str | None = None) -> str:
    """Decode a file's bytes as UTF-8 (or the encoding a user names), refusing binary files."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            if encoding is None:
                raise DocumentError(
                    f"file is {name} text, not UTF-8",
                    kind="encoding",
                    path=path,
                    hint=f"convert it to UTF-8 or pass --encoding {name.lower()}",
                )
            break
    else:
        if encoding is None and _looks_binary(data):
            raise DocumentError(
                "file is binary, not text",
                kind="binary",
                path=path,
                offset=data.find(b"\x00") if b"\x00" in data else None,
                hint="kg reads UTF-8 text files; remove it from the input",
            )
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except LookupError as err:
            raise InputError(f"unknown encoding {encoding!r}", path=path, hint="name a Python codec") from err
        except UnicodeDecodeError as err:
            line = data.count(b"\n", 0, err.start) + 1
            raise DocumentError(
                f"bytes at offset {err.start} are not valid {encoding}",
                kind="encoding",
                path=path,
                line=line,
                hint="check the encoding you named",
            ) from err
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            line = data.count(b"\n", 0, err.start) + 1
            guess = guess_encoding(data)
            raise DocumentError(
                f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start});"
                f" it looks like {guess}",
                kind="encoding",
                path=path,
                line=line,
                hint=f"convert it to UTF-8 or pass --encoding {guess}",
            ) from err
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        offset = text.index("\x00")
        raise DocumentError("text holds NUL characters", kind="binary", path=path, offset=offset,
                            line=text.count("\n", 0, offset) + 1, hint="check the encoding, or remove the file")
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:  # only a codec such as unicode_escape can give them; UTF-8 cannot hold them
        offset = surrogate.start()
        raise DocumentError(f"text holds a lone surrogate (U+{ord(surrogate.group()):04X}), which is not a character",
                            kind="encoding", path=path, offset=offset, line=text.count("\n", 0, offset) + 1,
                            hint="check the encoding you named")
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 20)


def guess_encoding(data: bytes) -> str:
    """A best guess at the legacy encoding of bytes that are not UTF-8: Windows-1256 when they read
    as Arabic letters there, else Windows-1252."""
    high = sum(1 for b in data if b >= 0x80)
    if not high:
        return "ascii"
    arabic_text = data.decode("cp1256", errors="replace")
    arabic = sum(1 for ch in arabic_text if "\u0600" <= ch <= "\u06ff")
    return "cp1256" if arabic >= high / 2 else "cp1252"
