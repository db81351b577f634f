"""Lexicons: the words and patterns of each language, loaded from TOML data files.

A lexicon is read from `kg/data/lexicon_<lang>.toml` (words) and `kg/data/patterns_<lang>.toml`
(regular-expression templates). Arabic entries are folded (see `kg.text.arabic`) so that they match
the folded text the Arabic extractor reads. In a template, `{NAME}` is replaced by the alternation of
the list or fragment NAME; lists are ordered longest first so that the longest phrase wins.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from kg.errors import DataError
from kg.model import Lang
from kg.text import arabic
from kg.text.phrases import PhraseMatcher

# An Arabic word may carry a conjunction, a preposition and the article before it.
ARABIC_PROCLITICS = "(?:[وف]?(?:لل|[بلك]?ال|[بلك])?)"
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


@dataclass
class Lexicon:
    lang: Lang
    data: dict
    fragments: dict[str, str] = field(default_factory=dict)
    _compiled: dict[str, re.Pattern] = field(default_factory=dict)
    _matchers: dict[str, PhraseMatcher] = field(default_factory=dict)
    _folded: dict[str, frozenset[str]] = field(default_factory=dict)

    # ---- plain data ----------------------------------------------------------------------
    def get(self, path: str):
        node = self.data
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                raise DataError(f"lexicon_{self.lang.value}.toml has no entry {path!r}")
            node = node[part]
        return node

    def words(self, path: str) -> list[str]:
        """The words of a list, or the keys of a table, at a dotted path."""
        node = self.get(path)
        if isinstance(node, dict):
            return list(node)
        if isinstance(node, list):
            return [str(w) for w in node]
        raise DataError(f"lexicon_{self.lang.value}.toml: {path} is not a list")

    def fold(self, text: str) -> str:
        return arabic.normalize(text) if self.lang is Lang.AR else text.lower()

    def folded(self, path: str) -> frozenset[str]:
        """The words of a list, folded for comparison (read once per lexicon)."""
        if path not in self._folded:
            self._folded[path] = frozenset(self.fold(w) for w in self.words(path))
        return self._folded[path]

    # ---- phrase matchers -----------------------------------------------------------------
    def matcher(self, *paths: str) -> PhraseMatcher:
        """A phrase matcher over the words of lists; each match carries the list path."""
        key = "|".join(paths)
        if key not in self._matchers:
            matcher = PhraseMatcher()
            for path in paths:
                for word in self.words(path):
                    matcher.add(word, path)
                    if self.lang is Lang.AR and path.startswith("triggers."):
                        accusative = arabic.accusative(word)
                        if accusative != word:
                            matcher.add(accusative, path)  # "شهدت ... تفجيرا انتحاريا"
            self._matchers[key] = matcher
        return self._matchers[key]

    def table_matcher(self, path: str) -> PhraseMatcher:
        """A phrase matcher over the keys of a table; each match carries the key's value."""
        key = "table:" + path
        if key not in self._matchers:
            matcher = PhraseMatcher()
            for word, value in self.get(path).items():
                matcher.add(word, value)
            self._matchers[key] = matcher
        return self._matchers[key]

    # ---- regular expressions -------------------------------------------------------------
    def alternation(self, words: list[str], *, joinable: bool = False) -> str:
        """One regex for the words as whole words; `joinable` words may touch a hyphen ("seventy"
        and "two" in "seventy-two")."""
        folded = sorted({re.sub(r"\s+", " ", self.fold(w).strip()) for w in words if w.strip()})
        body = trie_regex(folded) if folded else "(?!)"
        if self.lang is Lang.AR:
            return rf"(?<![\w]){ARABIC_PROCLITICS}{body}(?![\w])"
        return rf"(?<![\w-]){body}(?![\w-])" if not joinable else rf"(?<![\w]){body}(?![\w])"

    def expand(self, template: str, _depth: int = 0) -> str:
        if _depth > 12:
            raise DataError(f"lexicon_{self.lang.value}: fragments nest too deep in {template[:60]!r}")

        def replace(match: re.Match) -> str:
            name = match.group(1)
            if name in self.fragments:
                return "(?:" + self.expand(self.fragments[name], _depth + 1) + ")"
            placeholders = self.data.get("placeholders", {})
            if name in placeholders:
                paths = placeholders[name]
                joinable = isinstance(paths, dict) and bool(paths.get("joinable"))
                if isinstance(paths, dict):
                    if "lists" not in paths:
                        raise DataError(f"lexicon_{self.lang.value}: placeholder {{{name}}} needs `lists`")
                    paths = paths["lists"]
                paths = [paths] if isinstance(paths, str) else paths
                words: list[str] = []
                for path in paths:
                    words.extend(self.words(path))
                return self.alternation(words, joinable=joinable)
            raise DataError(f"lexicon_{self.lang.value}: unknown placeholder {{{name}}}")

        return _PLACEHOLDER.sub(replace, template)

    def regex(self, template: str) -> re.Pattern:
        if template not in self._compiled:
            source = self.expand(self.fold_template(template))
            try:
                self._compiled[template] = re.compile(source, re.IGNORECASE)
            except re.error as err:
                raise DataError(f"lexicon_{self.lang.value}: bad pattern {template[:80]!r}: {err}") from err
        return self._compiled[template]

    def fold_template(self, template: str) -> str:
        """Fold the Arabic letters of a template, leaving regex syntax and placeholders alone."""
        if self.lang is not Lang.AR:
            return template
        return "".join(arabic.fold_char(ch) if "\u0600" <= ch <= "\u06ff" else ch for ch in template)


def trie_regex(words: list[str]) -> str:
    """One regex matching any of the words, factored as a character trie so that it compiles and
    runs fast; a space in a word matches any run of white space; longer words win."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(trie) + ")"


@lru_cache(maxsize=4)
def load_lexicon(lang: Lang) -> Lexicon:
    data = _read_toml(f"lexicon_{lang.value}.toml")
    patterns = _read_toml(f"patterns_{lang.value}.toml")
    lexicon = Lexicon(lang, {**data, **{k: v for k, v in patterns.items() if k != "fragments"}})
    lexicon.fragments = {k: lexicon.fold_template(v) for k, v in patterns.get("fragments", {}).items()}
    return lexicon


def _read_toml(name: str) -> dict:
    try:
        text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise DataError(f"kg/data/{name}: {err}") from err


@lru_cache(maxsize=1)
def infobox_keys() -> dict:
    """The infobox keys of `kg/data/infobox.toml`: field name -> its keys in English and Arabic."""
    return _read_toml("infobox.toml")
