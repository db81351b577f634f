"""Find listed phrases in text, in English or Arabic, with offsets into the original text.

One matcher serves the gazetteer (names) and the lexicons (trigger words, actors, markers).
English phrases match token by token, ignoring case (optionally requiring a capital, for names);
all-capital acronyms match only as written. Arabic phrases match on folded words (see
`kg.text.arabic`): the first word of a phrase may carry proclitics (و ف ب ل ك) and may or may not
carry the article; two listed words written as one around "و" (حديثةوالقائم) are found as two.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.ingest.lang import lang_of
from kg.model import Lang
from kg.text import arabic
from kg.text.tokens import tokenize

MAX_PHRASE_WORDS = 10
_PARTICLES = ("al", "el", "ad", "as", "an", "ash", "ar", "at", "az", "ad-", "de", "du", "la", "le")


@dataclass(frozen=True)
class PhraseMatch:
    begin: int
    end: int
    text: str
    values: tuple  # what the phrase was listed with, sorted


@dataclass
class PhraseMatcher:
    names: bool = False  # names need a capital in mixed-case English text
    _latin: dict[tuple[str, ...], set] = field(default_factory=dict)
    _acronyms: dict[tuple[str, ...], set] = field(default_factory=dict)
    _arabic: dict[tuple[str, ...], set] = field(default_factory=dict)
    _longest: dict[str, int] = field(default_factory=dict)  # first word -> most words of a phrase
    # Arabic names listed without the article: only these match a word without it (a name listed as
    # الرقة is not فرقه "his team", القاعدة is not قاعدة "a base")
    _bare: dict[tuple[str, ...], set] = field(default_factory=dict)

    def add(self, phrase: str, value) -> None:
        table, key = self._key(phrase)
        if key:
            table.setdefault(key, set()).add(value)
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
            if table is self._arabic and not arabic.words(phrase)[0][2].startswith("ال"):
                self._bare.setdefault(key, set()).add(value)

    def discard(self, phrase: str, value) -> None:
        table, key = self._key(phrase)
        table.get(key, set()).discard(value)
        self._bare.get(key, set()).discard(value)

    def __contains__(self, phrase: str) -> bool:
        table, key = self._key(phrase)
        return bool(table.get(key))

    def lookup(self, phrase: str) -> tuple:
        table, key = self._key(phrase)
        return tuple(sorted(table.get(key, ()), key=str))

    def _key(self, phrase: str):
        if lang_of(phrase) is Lang.AR:
            return self._arabic, arabic_key(phrase)
        if self.names and _is_acronym(phrase):
            return self._acronyms, tuple(t.text for t in tokenize(phrase))
        return self._latin, latin_key(phrase, drop_the=self.names)

    # ---- matching ------------------------------------------------------------------------
    def find(
        self, text: str, *, begin: int = 0, end: int | None = None, caseless: bool = False
    ) -> list[PhraseMatch]:
        """The listed phrases in text[begin:end]: the longest at each place, left to right,
        overlaps removed. `caseless` drops the capital test (for text in one case)."""
        return leftmost_longest(self.candidates(text, begin=begin, end=end, caseless=caseless))

    def candidates(
        self, text: str, *, begin: int = 0, end: int | None = None, caseless: bool = False
    ) -> list[PhraseMatch]:
        """Every listed phrase found, the longest at each starting word, overlaps kept."""
        end = len(text) if end is None else end
        return self._find_latin(text, begin, end, caseless) + self._find_arabic(text, begin, end)

    def _find_latin(self, text: str, begin: int, end: int, caseless: bool) -> list[PhraseMatch]:
        if not self._latin and not self._acronyms:
            return []
        tokens = tokenize(text, begin, end)
        keys = [fold_latin(t.text) for t in tokens]
        out: list[PhraseMatch] = []
        for i in range(len(tokens)):
            if not tokens[i].text[:1].isalnum():
                continue
            longest = max(self._longest.get(keys[i], 0), self._longest.get(tokens[i].text, 0))
            seen: set = set()
            for n in range(min(longest, len(tokens) - i), 0, -1):
                window = tokens[i : i + n]
                values: set = set()
                if not caseless:
                    values |= self._acronyms.get(tuple(t.text for t in window), set())
                found = self._latin.get(tuple(keys[i : i + n]))
                if found and (caseless or not self.names or _capitalised(window)):
                    values |= found
                values -= seen
                if values:
                    b, e = window[0].begin, window[-1].end
                    out.append(PhraseMatch(b, e, text[b:e], tuple(sorted(values, key=str))))
                    seen |= values
        return out

    def _find_arabic(self, text: str, begin: int, end: int) -> list[PhraseMatch]:
        if not self._arabic:
            return []
        words = [(b + begin, e + begin, w) for b, e, w in arabic.words(text[begin:end])]
        words = [w for w in words if lang_of(w[2]) is Lang.AR or w[2].isdigit()]
        out: list[PhraseMatch] = []
        for i, (wb, we, word) in enumerate(words):
            for prefix, stem in arabic.strip_clitics(word):
                found = self._match_arabic_at(text, words, i, prefix, stem)
                if found:
                    out.extend(found)
                    break
            else:
                out.extend(self._split_run_together(text, wb, we, word))
        return out

    def _match_arabic_at(self, text, words, i, prefix, stem) -> list[PhraseMatch]:
        first = arabic.without_article(stem)
        longest = self._longest.get(first, 0)
        if not longest:
            return []
        found: list[PhraseMatch] = []
        seen: set = set()
        for n in range(min(longest, len(words) - i), 0, -1):
            key = (first, *(w for _, _, w in words[i + 1 : i + n]))
            values = self._arabic.get(key, set()) - seen
            if values and self.names and not stem.startswith("ال"):
                values &= self._bare.get(key, set())
            if values:
                wb = words[i][0]
                start = wb
                if prefix:
                    folded = arabic.Folded.of(text[wb : words[i][1]], base=wb)
                    start = folded.span(prefix, prefix + 1)[0]
                stop = words[i + n - 1][1]
                found.append(PhraseMatch(start, stop, text[start:stop], tuple(sorted(values, key=str))))
                seen |= values
        return found

    def _split_run_together(self, text: str, wb: int, we: int, word: str) -> list[PhraseMatch]:
        folded = arabic.Folded.of(text[wb:we], base=wb)
        for cut in range(2, len(word) - 2):
            if word[cut] != "و":
                continue
            left = self._arabic.get((arabic.without_article(word[:cut]),))
            right = None
            for _, stem in arabic.strip_clitics(word[cut + 1 :]):
                right = self._arabic.get((arabic.without_article(stem),))
                if right:
                    break
            if left and right:
                lb, le = folded.span(0, cut)
                rb, re_ = folded.span(cut + 1, len(word))
                return [
                    PhraseMatch(lb, le, text[lb:le], tuple(sorted(left, key=str))),
                    PhraseMatch(rb, re_, text[rb:re_], tuple(sorted(right, key=str))),
                ]
        return []


def fold_latin(word: str) -> str:
    return word.lower().replace("’", "'")


def latin_key(phrase: str, *, drop_the: bool = False) -> tuple[str, ...]:
    tokens = [fold_latin(t.text) for t in tokenize(phrase)]
    if drop_the and tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return tuple(tokens)


def arabic_key(phrase: str) -> tuple[str, ...]:
    words = [w for _, _, w in arabic.words(phrase)]
    if not words:
        return ()
    return (arabic.without_article(words[0]), *words[1:])


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _capitalised(window) -> bool:
    """A name in running text starts with a capital (particles like al- aside)."""
    for token in window:
        if token.text[:1].isalpha():
            if token.text[:1].isupper():
                return True
            if token.text.lower() in _PARTICLES:
                continue
            return False
    return False


def leftmost_longest(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Keep, of overlapping matches, the one that starts first (the longest of those)."""
    ordered = sorted(matches, key=lambda m: (m.begin, -(m.end - m.begin)))
    kept: list[PhraseMatch] = []
    last_end = -1
    for match in ordered:
        if match.begin >= last_end:
            kept.append(match)
            last_end = match.end
    return kept
