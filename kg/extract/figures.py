"""Read one reported figure: qualifier, number or range, and victim group.

`parse_figure("at least 3 Iraqi policemen", lexicon)` gives
Figure(qualifier=AT_LEAST, value=3, group="police"). Number words ("twenty-five", "ثلاثة وعشرون"),
duals (قتيلان), singular nouns ("a man", مدنيا), ranges ("between 10 and 20", "بين 10 و20") and
vague quantities ("dozens", عشرات) are all understood; the words come from the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon
from kg.model import Lang, Qualifier

# When a figure names several groups ("a former police chief"), the most specific one wins.
GROUP_PRIORITY = ("attackers", "police", "soldiers", "security-forces", "civilians", "people")
_QUALIFIERS = {
    "at-least": Qualifier.AT_LEAST,
    "more-than": Qualifier.MORE_THAN,
    "about": Qualifier.ABOUT,
    "up-to": Qualifier.UP_TO,
}


@dataclass(frozen=True)
class Figure:
    value: int
    qualifier: Qualifier = Qualifier.EXACT
    max_value: int | None = None
    group: str = "people"
    vague: bool = False
    inherit_group: bool = False  # "another", "آخر": the group of the figure before


def parse_figure(text: str, lexicon: Lexicon) -> Figure | None:
    """The figure a phrase states, or None when it states no number."""
    folded = lexicon.fold(text).strip()
    qualifier = Qualifier.EXACT
    for key, value in _QUALIFIERS.items():
        for phrase in sorted(lexicon.words(f"qualifiers.{key}"), key=len, reverse=True):
            phrase = lexicon.fold(phrase)
            if _starts_with(folded, phrase):
                qualifier = value
                folded = folded[len(phrase) :].strip()
                break
        if qualifier is not Qualifier.EXACT:
            break
    if lexicon.lang is Lang.AR:
        for phrase in lexicon.words("qualifiers.after_at_least"):
            if lexicon.fold(phrase) in folded:
                qualifier = Qualifier.AT_LEAST
                folded = folded.replace(lexicon.fold(phrase), " ").strip()

    group, inherit = _group(folded, lexicon)
    amount = _amount(folded, lexicon)
    if amount is None:
        return None
    low, high, vague = amount
    if high is not None and high != low:
        qualifier = Qualifier.RANGE if qualifier is Qualifier.EXACT else qualifier
    elif high == low:
        high = None
    if vague:
        qualifier = Qualifier.AT_LEAST
    if qualifier is Qualifier.UP_TO and high is None:
        high = low
    return Figure(low, qualifier, high, group, vague, inherit)


def _starts_with(text: str, phrase: str) -> bool:
    return text == phrase or text.startswith(phrase + " ")


def _group(folded: str, lexicon: Lexicon) -> tuple[str, bool]:
    found: set[str] = set()
    for match in lexicon.matcher(*(f"groups.{g}" for g in GROUP_PRIORITY)).find(folded, caseless=True):
        found.update(path.split(".", 1)[1] for path in match.values)
    if lexicon.lang is Lang.AR:
        for match in lexicon.table_matcher("singulars").find(folded):
            found.update(v for v in match.values if v != "inherit")
        for match in lexicon.table_matcher("duals").find(folded):
            found.update(match.values)
    for group in GROUP_PRIORITY:
        if group in found:
            return group, False
    inherit = folded.startswith("another") or _arabic_inherits(folded, lexicon)
    return "people", inherit


def _arabic_inherits(folded: str, lexicon: Lexicon) -> bool:
    if lexicon.lang is not Lang.AR:
        return False
    return any("inherit" in m.values for m in lexicon.table_matcher("singulars").find(folded))


_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+")


def _amount(folded: str, lexicon: Lexicon) -> tuple[int, int | None, bool] | None:
    """(low, high, vague) of the quantity that opens a figure phrase."""
    if lexicon.lang is Lang.EN:
        folded = re.sub(r"\b(?:\w+-)*\w+-year-old\b\s*", "", folded)  # "a 6-year-old girl": an age, no count
    numbers = numbers_in(folded, lexicon)
    ranged = re.match(r"^(?:ما\s+)?(?:between|بين)\s", folded) or (
        len(numbers) >= 2 and re.search(r"\d\s*(?:-|–|to|or)\s*\d|\w\s+(?:to|or)\s+\w", folded)
    )
    if numbers:
        if ranged and len(numbers) >= 2:
            low, high = sorted(numbers[:2])
            return low, high, False
        return numbers[0], None, False
    for phrase, value in sorted(lexicon.get("numbers.vague").items(), key=lambda kv: -len(kv[0])):
        if _starts_with(folded, lexicon.fold(phrase)) or folded.startswith(lexicon.fold(phrase)):
            return int(value), None, True
    if lexicon.lang is Lang.EN:
        phrases = lexicon.get("numbers.phrases")
        for phrase, value in sorted(phrases.items(), key=lambda kv: -len(kv[0])):
            if _starts_with(folded, phrase):
                return int(value), None, False
        for word in sorted(lexicon.words("numbers.single"), key=len, reverse=True):
            if _starts_with(folded, word):
                return 1, None, False
        if re.match(r"^(?:his|her|their)\s", folded):
            noun = folded.split()[-1]
            plural = noun.endswith("s") and not noun.endswith("ss")
            return (2, None, True) if plural else (1, None, False)
        return None
    # Arabic: a dual counts two, a singular noun (or أحد) one
    if lexicon.table_matcher("duals").find(folded):
        return 2, None, False
    first = folded.split()[0] if folded.split() else ""
    if any(lexicon.fold(w) == first for w in lexicon.words("numbers.single")):
        return 1, None, False
    matches = lexicon.table_matcher("singulars").find(folded)
    if matches and matches[0].begin <= 3:
        if "attackers" in matches[0].values and re.match(r"^[وف]?ال", folded):
            return None  # "الانتحاري" is the bomber already told of, or an adjective ("التفجير الانتحاري")
        return 1, None, False
    return None


def numbers_in(folded: str, lexicon: Lexicon) -> list[int]:
    """The numbers written in a phrase, in digits or words, in order."""
    found: list[tuple[int, int]] = []
    scales = _number_words(lexicon)["scales"]
    for match in _DIGITS.finditer(folded):
        value = int(match.group().replace(",", ""))
        after = folded[match.end() :].split()
        if after and after[0] in scales and scales[after[0]] >= 1000:  # "270 ألف", "3 thousand"
            value *= scales[after[0]]
        found.append((match.start(), value))
    words = _number_words(lexicon)
    tokens = [(m.start(), m.group()) for m in re.finditer(r"[^\s\-,]+", folded)]
    i = 0
    while i < len(tokens):
        pos, token = tokens[i]
        token = _strip_conjunction(token, words, lexicon)
        if token in words["units"] or token in words["tens"] or token in words["scales"]:
            total, current, j = 0, 0, i
            while j < len(tokens):
                word = _strip_conjunction(tokens[j][1], words, lexicon)
                if word in words["units"]:
                    current += words["units"][word]
                elif word in words["tens"]:
                    current += words["tens"][word]
                elif word in words["scales"]:
                    current = max(current, 1) * words["scales"][word]
                    if words["scales"][word] >= 1000:
                        total, current = total + current, 0
                elif word == "and" and j + 1 < len(tokens) and j > i:
                    pass
                else:
                    break
                j += 1
            found.append((pos, total + current))
            i = j
            continue
        i += 1
    if lexicon.lang is Lang.AR:
        # "أحد عشر" and the like are listed as units of two words
        for phrase, value in lexicon.get("numbers.units").items():
            phrase = lexicon.fold(phrase)
            if " " in phrase and phrase in folded:
                pos = folded.index(phrase)
                found = [(p, v) for p, v in found if not pos <= p < pos + len(phrase)]
                found.append((pos, int(value)))
    return [value for _, value in sorted(found)]


def _strip_conjunction(token: str, words: dict, lexicon: Lexicon) -> str:
    if lexicon.lang is Lang.AR and token.startswith("و") and token[1:] in (
        words["units"].keys() | words["tens"].keys() | words["scales"].keys()
    ):
        return token[1:]
    return token


_WORDS_CACHE: dict[int, dict] = {}


def _number_words(lexicon: Lexicon) -> dict[str, dict[str, int]]:
    key = id(lexicon)
    if key not in _WORDS_CACHE:
        _WORDS_CACHE[key] = {
            part: {lexicon.fold(w): int(v) for w, v in lexicon.get(f"numbers.{part}").items() if " " not in w}
            for part in ("units", "tens", "scales")
        }
    return _WORDS_CACHE[key]
