"""Inputs for the property tests (tests/test_properties.py) and the fuzz run (benchmarks/fuzz.py):
hypothesis strategies for documents and hostile text, and the checks both apply."""

from __future__ import annotations

import io
import json

import networkx as nx
import pyoxigraph as ox
from hypothesis import strategies as st
from rdflib import Dataset

from kg.errors import DocumentError
from kg.export import EXPORTERS
from kg.export.rdf_formats import _ox, _quads
from kg.ingest.reader import parse_document
from kg.model import Document

# what looks like markup or query text, quotes, brackets, direction marks and control characters
HOSTILE_FRAGMENTS = [
    '"', "'", "<", ">", "&", "&amp;", "\\", '\\"', "\\u0022", "<script>alert(1)</script>", "]]>", "<!--",
    '{"@id": "_:b0", "@context": null}', "<http://evil.example/>", "_:b0", "@prefix x: <y> .",
    '"1"^^<http://www.w3.org/2001/XMLSchema#integer>', "} ; DROP ALL ; #", "?s ?p ?o", "GRAPH ?g {",
    "\u200f", "\u200e", "\u202e", "\u202c", "\u200d", "\ufeff", "\t", "\r", "\r\n", "\x0b", "\x0c", "\x1b[31m",
    "\x07", "\x7f", "\x85", "\u2028", "\u2029", "\ufffe", "\uffff", "\U0001F4A3", "e\u0301", "\u0640",
    "[1]", "[citation needed]", "== References ==", "Infobox", "- Key: value", "- : broken", "{{Infobox", "}}",
]
ENGLISH = [
    "On 4 December 2013, a car bomb killed 11 people and injured 40 in Kirkuk.",
    "Gunmen attacked a checkpoint in Hadhimiya, killing 3 policemen and injuring 4 others.",
    "The Islamic State in Iraq and the Levant claimed responsibility for the attack.",
    "The United States condemned the bombing.",
    "Security forces killed a militant leader in Fallujah.",
]
ARABIC = [
    "قتل 11 شخصا وأصيب 40 آخرون في تفجير سيارة مفخخة في كركوك يوم الأربعاء.",
    "هاجم مسلحون نقطة تفتيش في الحمدانية مما أسفر عن مقتل ثلاثة من الشرطة.",
    "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.",
]


def hostile_text(max_size: int = 60) -> st.SearchStrategy[str]:
    """Text of any characters a UTF-8 document can hold (no lone surrogates), and the fragments above."""
    characters = st.text(st.characters(blacklist_categories=("Cs",)), max_size=max_size)
    return st.lists(st.one_of(characters, st.sampled_from(HOSTILE_FRAGMENTS)), max_size=6).map("".join)


@st.composite
def document_texts(draw, *, hostile: bool = False) -> str:
    """A document: a title, maybe an infobox, headings and paragraphs of English or Arabic
    sentences, with hostile text in between."""
    sentences = ARABIC if draw(st.booleans()) and not hostile else ENGLISH
    lines = []
    if draw(st.booleans()):
        lines += [f"= {draw(hostile_text(20))} =", ""]
    if draw(st.booleans()):
        lines += ["Infobox", *(f"- {draw(st.sampled_from(['Date', 'Location', 'Fatalities', 'Perps', '']))}: "
                               f"{draw(hostile_text(20))}" for _ in range(draw(st.integers(0, 3)))), ""]
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.integers(0, 4)) == 0:
            lines += [f"== {draw(hostile_text(15))} =="]
        paragraph = [draw(st.sampled_from(sentences)) for _ in range(draw(st.integers(0, 3)))]
        if draw(st.booleans()):
            paragraph.insert(draw(st.integers(0, len(paragraph))), draw(hostile_text()))
        lines += [" ".join(paragraph), ""]
    return "\n".join(lines)


def encodings() -> st.SearchStrategy[str | None]:
    return st.sampled_from([None, None, None, "cp1256", "utf-16", "latin-1", "unicode_escape", "utf-8"])


def read_or_refuse(data: bytes, *, encoding: str | None = None, refuse: bool = False) -> Document | None:
    """The Document the bytes make, or None when the reader refuses them with a DocumentError (re-
    raised when `refuse`); any other exception propagates, and fails the caller."""
    try:
        return parse_document(data, source="fuzz.txt", encoding=encoding)
    except DocumentError as err:
        assert err.kind and "fuzz.txt" in str(err), str(err)
        if refuse:
            raise
        return None


def check_exports(dataset: Dataset) -> None:
    """Every export parses back: the RDF ones to the same statements, the network ones to the
    same nodes. Raises AssertionError otherwise."""
    quads = set(_quads(dataset))
    for name, fmt in (("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS)):
        assert set(ox.parse(EXPORTERS[name][1](dataset).encode("utf-8"), format=fmt)) == quads, name
    turtle = ox.parse(EXPORTERS["turtle"][1](dataset).encode("utf-8"), format=ox.RdfFormat.TURTLE)
    assert {q.triple for q in turtle} == {q.triple for q in quads}, "turtle"
    parsed = Dataset().parse(data=EXPORTERS["jsonld"][1](dataset), format="json-ld")
    assert {ox.Quad(_ox(s), _ox(p), _ox(o), ox.NamedNode(str(g)))
            for s, p, o, g in parsed.quads((None, None, None, None))} == quads, "jsonld"
    graphml = nx.read_graphml(io.BytesIO(EXPORTERS["graphml"][1](dataset).encode("utf-8")), force_multigraph=True)
    node_link = json.loads(EXPORTERS["json"][1](dataset))
    assert set(graphml.nodes) == {n["id"] for n in node_link["nodes"]}, "graphml"
