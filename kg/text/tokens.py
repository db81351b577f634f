"""Tokens with offsets, citation-marker masking and sentence splitting for both languages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import Lang

_CITATION = re.compile(r"\[(?:\d+|[a-z][a-z ]{2,30}|citation needed|note \d+)\]", re.IGNORECASE)


def mask_citations(text: str) -> str:
    """The text with citation markers like [1] or [citation needed] blanked by spaces.

    The result has the same length, so every offset still refers to the original text.
    """
    return _CITATION.sub(lambda m: " " * len(m.group()), text)


@dataclass(frozen=True)
class Token:
    begin: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


# Words (with inner apostrophes, but not the possessive 's), numbers with separators, punctuation.
_TOKEN = re.compile(
    r"\d+(?:[.,]\d+)*"
    r"|[^\W\d_](?:[\w\u064B-\u065F\u0670]|['’](?!s\b)(?=\w))*"
    r"|['’]s\b"
    r"|\S",
    re.UNICODE,
)


def tokenize(text: str, begin: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [
        Token(begin + m.start(), begin + m.end(), m.group())
        for m in _TOKEN.finditer(text[begin:end])
    ]


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "brig", "st", "no", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "gov", "sen", "rep", "prof", "inc", "co", "corp",
    "a.m", "p.m", "jr", "sr",
}
# a sentence ends at . ! ? followed by space, or glued to the next sentence ("Afghanistan.They")
_SENTENCE_END = re.compile(r"[.!?؟]+[\"'”»)]*(?=\s+|$)|(?<=[a-z\u0600-\u06ff]{2})[.!?؟](?=[A-Z\u0621-\u064a][a-z\u0621-\u064a])")


def sentences(text: str, begin: int, end: int, lang: Lang) -> list[tuple[int, int]]:
    """Sentence spans inside text[begin:end], trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = begin
    for match in _SENTENCE_END.finditer(text, begin, end):
        stop = match.end()
        if lang is Lang.EN and match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        if lang is Lang.EN and match.group().startswith(".") and not _next_starts_sentence(text, stop, end):
            continue
        spans.append((start, stop))
        start = stop
    if start < end:
        spans.append((start, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and word.isupper() is False and text[start].isupper()


def _next_starts_sentence(text: str, pos: int, end: int) -> bool:
    while pos < end and text[pos].isspace():
        pos += 1
    if pos >= end:
        return True
    ch = text[pos]
    # in lowercased text (no capital near the stop) a lower-case word may begin a sentence
    return not ch.islower() or _caseless_near(text, pos)


_CAPITAL = re.compile(r"[A-Z]")


def _caseless_near(text: str, pos: int, reach: int = 300) -> bool:
    return _CAPITAL.search(text, max(0, pos - reach), pos + reach) is None
