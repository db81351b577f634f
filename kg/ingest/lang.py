"""Language detection by script: Arabic letters against Latin letters."""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import DocumentError
from kg.model import Lang

_ARABIC = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_MARKER = re.compile(r"\[(?:\d+|[a-z ]+needed)\]")

# A document is read in a language when that script has this share of its letters.
MAJORITY = 0.6
MIN_LETTERS = 20


def script_counts(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) in text, citation markers aside."""
    text = _MARKER.sub(" ", text)
    return len(_ARABIC.findall(text)), len(_LATIN.findall(text))


def detect_language(text: str, *, path: str | Path | None = None) -> Lang:
    """The document's language: Arabic or English. Raises DocumentError when it cannot tell."""
    arabic, latin = script_counts(text)
    letters = arabic + latin
    if letters < MIN_LETTERS:
        raise DocumentError(
            f"document has no running text ({letters} letters)",
            kind="no-text",
            path=path,
            hint="kg reads articles in English or Arabic",
        )
    if arabic >= MAJORITY * letters:
        return Lang.AR
    if latin >= MAJORITY * letters:
        return Lang.EN
    raise DocumentError(
        f"cannot tell the language: {arabic} Arabic and {latin} Latin letters",
        kind="language",
        path=path,
        hint="split the document into one file per language",
    )


def lang_of(text: str) -> Lang | None:
    """The script of a short string (a label or a name), or None when it has no letters."""
    arabic, latin = script_counts(text)
    if not arabic and not latin:
        return None
    return Lang.AR if arabic >= latin else Lang.EN
