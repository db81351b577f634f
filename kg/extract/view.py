"""The text the patterns read, with a map back to the original.

English patterns read the text with citation markers blanked (same length, same offsets). Arabic
patterns read the folded text (`kg.text.arabic`), with known misspellings of the lexicon replaced
and guillemets blanked;
`TextView.span()` maps a match back to offsets in the original document text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.model import Lang
from kg.text import arabic
from kg.text.tokens import mask_citations


@dataclass(frozen=True)
class TextView:
    text: str
    offsets: tuple[int, ...] | None  # original offset of each view character; None for identity
    original_length: int

    @classmethod
    def of(cls, text: str, lang: Lang, typos: dict[str, str] | None = None) -> "TextView":
        masked = mask_citations(text)
        if lang is not Lang.AR:
            return cls(masked, None, len(text))
        folded = arabic.Folded.of(masked)
        view = folded.text.translate(_GUILLEMETS)  # «عنصرا تكفيريا» reads as the words it quotes
        if typos:
            view = _fix_typos(view, typos)
        return cls(view, folded.offsets, len(text))

    def span(self, begin: int, end: int) -> tuple[int, int]:
        """Original offsets of view[begin:end]."""
        if self.offsets is None:
            return begin, end
        if begin >= len(self.offsets):
            return self.original_length, self.original_length
        if end <= begin:
            start = self.offsets[begin]
            return start, start
        return self.offsets[begin], self.offsets[end - 1] + 1

    def position(self, original: int) -> int:
        """The view index of the first view character at or after an original offset."""
        if self.offsets is None:
            return original
        return bisect.bisect_left(self.offsets, original)

    def window(self, begin: int, end: int) -> tuple[int, int]:
        """View bounds of the original span begin..end."""
        return self.position(begin), self.position(end)


_GUILLEMETS = {ord("«"): " ", ord("»"): " "}


def _fix_typos(view: str, typos: dict[str, str]) -> str:
    """Replace whole words that are known misspellings by the word they stand for (same length
    only, so that offsets stay exact)."""
    chars = list(view)
    for match in re.finditer(r"\w+", view):
        word = match.group()
        fixed = typos.get(word)
        if fixed and len(fixed) == len(word):
            chars[match.start() : match.end()] = fixed
    return "".join(chars)
