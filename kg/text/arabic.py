"""Arabic normalisation for matching, always able to map back to offsets in the original text.

`normalize()` folds the spelling variation that matching must ignore: alef forms, ta marbuta and
ha, ya and alef maqsura, hamza carriers, diacritics, tatweel, Persian letter forms and
Arabic-Indic digits. `Folded` keeps, for every character of the folded string, the offset of the
character it came from, so that a match found in folded text is a span of the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DROP = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"} | {
    chr(c) for c in range(0x06D6, 0x06EE)
} | {"\u200c", "\u200d", "\u200e", "\u200f", "\u061c"}

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ة": "ه", "ؤ": "و",
    "ک": "ك", "گ": "ك",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
    "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
    "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "،": ",", "؛": ";", "؟": "?", "٫": ".", "٬": ",",
}


def fold_char(ch: str) -> str:
    """The folded form of one character: "" when it is dropped."""
    if ch in _DROP:
        return ""
    return _MAP.get(ch, ch)


def normalize(text: str) -> str:
    """Fold text for matching (the result may be shorter than the input)."""
    return "".join(fold_char(ch) for ch in text)


@dataclass(frozen=True)
class Folded:
    """A folded string with the original offset of each of its characters."""

    text: str
    offsets: tuple[int, ...]  # offsets[i] = index in the original of folded char i
    end: int  # length of the original

    @classmethod
    def of(cls, original: str, base: int = 0) -> "Folded":
        chars: list[str] = []
        offsets: list[int] = []
        for index, ch in enumerate(original):
            folded = fold_char(ch)
            if folded:
                chars.append(folded)
                offsets.append(base + index)
        return cls("".join(chars), tuple(offsets), base + len(original))

    def span(self, begin: int, end: int) -> tuple[int, int]:
        """The original span of folded characters begin..end."""
        if begin >= len(self.offsets):
            return self.end, self.end
        start = self.offsets[begin]
        stop = self.offsets[end - 1] + 1 if end > begin else start
        return start, stop


# Proclitics that attach to a word: conjunctions, prepositions and the article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def strip_clitics(word: str) -> list[tuple[int, str]]:
    """Readings of a folded word without its proclitics, as (prefix length, stem), longest stem
    first; the stem keeps the article when the word has one (بالموصل -> (1, الموصل))."""
    readings: list[tuple[int, str]] = [(0, word)]
    seen = {word}

    def add(prefix: int, stem: str) -> None:
        if len(stem) >= 2 and stem not in seen:
            seen.add(stem)
            readings.append((prefix, stem))

    for conj in ("",) + _CONJ:
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj) :]
        add(len(conj), rest)
        if rest.startswith("لل"):  # ل + ال with the alef dropped: للشرطه -> الشرطه
            add(len(conj) + 1, "ا" + rest[1:])
            continue
        for prep in _PREP:
            if rest.startswith(prep):
                add(len(conj) + 1, rest[1:])
    return readings


def without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


_WORD = re.compile(r"[\u0621-\u065F\u0660-\u0669\u066E-\u06D3\u06D6-\u06ED\u06F0-\u06F9\u0670\w]+")


def words(text: str) -> list[tuple[int, int, str]]:
    """(begin, end, folded word) of the Arabic (and other) words of text."""
    out = []
    for match in _WORD.finditer(text):
        folded = normalize(match.group())
        if folded:
            out.append((match.start(), match.end(), folded))
    return out


_NO_TANWEEN_ALIF = ("ة", "ه", "ا", "ى", "ء", "ين", "ان", "ون", "ات")


def accusative(phrase: str) -> str:
    """The indefinite accusative of a noun and its adjective, written with the alif of its tanween
    ("تفجير انتحاري" -> "تفجيرا انتحاريا"); words that take no such alif stay as they are; one word
    alone and phrases with the article are left as they are."""
    words = phrase.split()
    if len(words) < 2 or any(w.startswith("ال") for w in words):
        return phrase  # "تفجيرا شارع بغداد" is the dual's construct ("the two bombings of"), no accusative
    return " ".join(w if w.endswith(_NO_TANWEEN_ALIF) else w + "ا" for w in words)


def is_arabic(text: str) -> bool:
    """Does the text hold an Arabic letter?"""
    return any("\u0600" <= ch <= "\u06ff" for ch in text)
