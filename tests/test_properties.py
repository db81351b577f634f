"""Property-based tests (hypothesis): whatever comes in, the reader gives a Document or a clean
DocumentError, and a build's exports parse back to the same statements and validate.

Kept small (a few dozen examples each) so the suite stays quick; `benchmarks/fuzz.py` runs the
same properties over thousands of inputs.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import DocumentError
from kg.iri import mint, slug
from kg.namespaces import KGO, SEM
from strategies import check_exports, document_texts, encodings, hostile_text, read_or_refuse

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(data=st.binary(max_size=3000), encoding=encodings())
def test_any_bytes_give_a_document_or_a_clean_error(data, encoding):
    read_or_refuse(data, encoding=encoding)  # raises anything but a DocumentError


@FAST
@given(text=document_texts())
def test_any_text_gives_a_document_whose_spans_are_in_it_or_a_clean_error(text):
    document = read_or_refuse(text.encode("utf-8"))
    if document is not None:
        for block in document.blocks:
            assert 0 <= block.span.begin <= block.span.end <= len(document.text)
        for field in document.infobox:
            assert document.text[field.value_span.begin:field.value_span.end] == field.value


@FAST
@given(name=hostile_text())
def test_any_name_makes_a_valid_iri(name):
    for iri in (mint("place", name), mint("event", name), mint("graph", name), mint("mention", name, 1, 2)):
        ox.NamedNode(str(iri))  # refuses what is not an IRI
    assert slug(name) == slug(slug(name))


@FAST
@given(values=st.lists(hostile_text(), min_size=1, max_size=5), lang=st.sampled_from([None, "en", "ar"]))
def test_any_literal_survives_every_export(values, lang):
    dataset = Dataset()
    graph = dataset.graph(mint("graph", "test"))
    for index, value in enumerate(values):
        node = mint("place", f"p{index}")
        graph.add((node, RDF.type, SEM.Place))
        graph.add((node, RDFS.label, Literal(value, lang=lang)))
        graph.add((node, KGO.fileName, Literal(value)))
    check_exports(dataset)


@SLOW
@given(text=document_texts(hostile=True))
def test_whatever_the_text_a_build_validates_and_its_exports_parse_back(text, gazetteer, extractor):
    from kg.link.corpus import link
    from kg.rdf import to_dataset
    from kg.validate import validate_graph

    document = read_or_refuse(text.encode("utf-8"))
    if document is None:
        return
    dataset = to_dataset(link([extractor(document)], gazetteer), gazetteer)
    report = validate_graph(dataset)
    assert report.conforms, report.text()
    check_exports(dataset)


@pytest.fixture(scope="module")
def extractor(gazetteer):
    from kg.extract.extractor import Extractor

    return Extractor(gazetteer)


def test_a_document_error_is_what_the_reader_raises():
    with pytest.raises(DocumentError):
        read_or_refuse(b"", encoding=None, refuse=True)
