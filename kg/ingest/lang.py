"""Language detection by script (Arabic letters against Latin letters), checked against the common
words of each language (`kg/ingest/ingest.toml`), so that a French or Persian article is refused
rather than read as English or Arabic.

    >>> detect_language("The attack on the market in Kirkuk killed 11 people and injured 40.")
    <Lang.EN: 'en'>
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import DocumentError
from kg.model import Lang

_ARABIC = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_ARABIC_WORD = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FC\u0750-\u077F]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+")
_MARKER = re.compile(r"\[(?:\d+|[a-z ]+needed)\]")

# A document is read in a language when that script has this share of its letters.
MAJORITY = 0.6
MIN_LETTERS = 20


@lru_cache(maxsize=1)
def reading_data() -> dict:
    """The reader's word lists (kg/ingest/ingest.toml)."""
    return tomllib.loads(resources.files("kg.ingest").joinpath("ingest.toml").read_text(encoding="utf-8"))


def script_counts(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) in text, citation markers aside."""
    text = _MARKER.sub(" ", text)
    return len(_ARABIC.findall(text)), len(_LATIN.findall(text))


def detect_language(text: str, *, path: str | Path | None = None) -> Lang:
    """The document's language: Arabic or English. Raises DocumentError when it cannot tell: too
    few letters, two scripts in like measure, another script, or another language in the same
    script."""
    arabic, latin = script_counts(text)
    letters = arabic + latin
    if letters < MIN_LETTERS:
        others = sum(1 for ch in _MARKER.sub(" ", text) if ch.isalpha()) - letters
        if others >= MIN_LETTERS:
            raise DocumentError(
                f"document is written in a script kg does not read ({others} letters neither Arabic nor Latin)",
                kind="language", path=path, hint="kg reads articles in English or Arabic")
        raise DocumentError(
            f"document has no running text ({letters} letters)",
            kind="no-text",
            path=path,
            hint="kg reads articles in English or Arabic",
        )
    if arabic >= MAJORITY * letters:
        _check_words(text, Lang.AR, path)
        return Lang.AR
    if latin >= MAJORITY * letters:
        _check_words(text, Lang.EN, path)
        return Lang.EN
    minority = "Latin" if arabic > latin else "Arabic"
    line = _first_line_in(text, _LATIN if minority == "Latin" else _ARABIC)
    raise DocumentError(
        f"cannot tell the language: {arabic} Arabic and {latin} Latin letters"
        + (f" ({minority} text from line {line})" if line else ""),
        kind="language",
        path=path,
        hint="split the document into one file per language",
    )


def _check_words(text: str, lang: Lang, path: str | Path | None) -> None:
    data = reading_data()["languages"]
    name = "english" if lang is Lang.EN else "arabic"
    pattern = _LATIN_WORD if lang is Lang.EN else _ARABIC_WORD
    words = [w.lower() for w in pattern.findall(_MARKER.sub(" ", text))]
    if len(words) < data["min_words"]:
        return
    common = set(data[name])
    share = sum(1 for w in words if w in common) / len(words)
    if share < data[f"{name}_share"]:
        script = "Latin" if lang is Lang.EN else "Arabic"
        raise DocumentError(
            f"document is in {script} script but does not read as {name.title()}"
            f" ({share:.0%} of its words are common {name.title()} words)",
            kind="language", path=path,
            hint="kg reads English and Modern Standard Arabic: translate it or remove it;"
                 " the word lists are in kg/ingest/ingest.toml")


def _first_line_in(text: str, script: re.Pattern) -> int | None:
    """The first line whose letters are mostly of `script`."""
    for number, line in enumerate(text.splitlines(), start=1):
        letters = sum(1 for ch in line if ch.isalpha())
        if letters >= 5 and len(script.findall(line)) > letters / 2:
            return number
    return None


def lang_of(text: str) -> Lang | None:
    """The script of a short string (a label or a name), or None when it has no letters."""
    arabic, latin = script_counts(text)
    if not arabic and not latin:
        return None
    return Lang.AR if arabic >= latin else Lang.EN
