"""Consonant skeletons of names, to tell that two spellings or two scripts name one thing.

A name no list knows is written differently by each source ("Hashoosh", "Hashush", "حشوش"). Its
skeleton keeps the consonants of each word that names it (not "mosque" or "ساحة"), mapped to classes both scripts share (data in
`kg/data/skeletons.toml`): "Saria" and "سارية" are both `sr`, "St George's" and "مار جرجس" both
`jrjs`. Vowels are dropped, since Arabic writes few of them.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from importlib import resources

from kg.errors import DataError
from kg.text import arabic

_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
_PLAIN = {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th"}


_ENTRIES = {"latin": ("digraphs", "letters", "prefixes", "skip", "generic"), "arabic": ("letters", "skip", "generic")}


@lru_cache(maxsize=1)
def _table() -> dict:
    try:
        table = tomllib.loads(resources.files("kg.data").joinpath("skeletons.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise DataError(f"kg/data/skeletons.toml: {err}") from err
    missing = [f"{script}.{entry}" for script, entries in _ENTRIES.items() for entry in entries
               if entry not in table.get(script, {})]
    if missing:
        raise DataError(f"kg/data/skeletons.toml has no entry {', '.join(missing)}")
    return table


@lru_cache(maxsize=2)
def _folded_words(entry: str) -> frozenset[str]:
    return frozenset(arabic.without_article(arabic.normalize(w)) for w in _table()["arabic"][entry]) | frozenset(
        arabic.normalize(w) for w in _table()["arabic"][entry])


@lru_cache(maxsize=8192)
def word_skeletons(name: str) -> tuple[str, ...]:
    """The skeleton of each word of a name that carries one (titles and articles are left out)."""
    if _ARABIC_LETTER.search(name):
        return tuple(s for s in (_arabic_word(w) for _, _, w in arabic.words(name)) if s)
    return tuple(s for s in (_latin_word(w) for w in _latin_words(name)) if s)


def _latin_words(name: str) -> list[str]:
    table = _table()["latin"]
    text = name.lower().replace("’", "'")
    for prefix in table["prefixes"]:
        text = re.sub(rf"(?<![a-z]){re.escape(prefix)}", " ", text)
    text = re.sub(r"'s\b", "", text)
    # letters of other Latin alphabets ("Krudttønden", "Nørrebro") as their plain ones; an apostrophe
    # for ain or hamza inside a word is no break ("al-Sa'udiya")
    text = "".join(_PLAIN.get(ch, ch) for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = re.sub(r"(?<=[a-z])['ʿʾ‘](?=[a-z])", "", text)
    return [w for w in re.findall(r"[a-z]+", text) if w not in table["skip"] and w not in table["generic"]]


def _latin_word(word: str) -> str:
    table = _table()["latin"]
    word = re.sub(r"(.)\1", r"\1", word)  # a doubled letter is one sound ("Karrada", كرادة)
    for digraph, sound in table["digraphs"].items():
        word = word.replace(digraph, sound.upper())  # upper case: already a class, not a letter
    return "".join(ch.lower() if ch.isupper() else table["letters"].get(ch, "") for ch in word)


def _arabic_word(word: str) -> str:
    table = _table()["arabic"]
    word = arabic.normalize(word)
    if word in _folded_words("skip") or arabic.without_article(word) in _folded_words("generic"):
        return ""
    word = arabic.without_article(word)
    if word.endswith("ه"):
        word = word[:-1]  # ta marbuta, folded to ha ("سارية")
    for digraph, sound in table.get("digraphs", {}).items():
        word = word.replace(digraph, sound.upper())  # upper case: already a class, not a letter
    return "".join(ch.lower() if ch.isupper() else table["letters"].get(ch, "") for ch in word)


def same_name(one: str, other: str) -> bool:
    """Do two names share a word of the same skeleton, of two consonants or more? A word of three
    or more may lack a last consonant the other has ("St Mark's" and "المرقسية", "George's" and
    "جرجس")."""
    ours = [s for s in word_skeletons(one) if len(s) >= 2]  # (cached: fusion compares names pair by pair)
    theirs = [s for s in word_skeletons(other) if len(s) >= 2]
    return any(a == b or (min(len(a), len(b)) >= 3 and abs(len(a) - len(b)) == 1 and (a.startswith(b) or b.startswith(a)))
               for a in ours for b in theirs)
