"""The RDF of a build: vocabulary, grounding, provenance, round trips of every export."""

from __future__ import annotations

import json

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.export.network import to_graphml, to_networkx, to_node_link_json
from kg.export.rdf_formats import to_jsonld, to_nquads, to_trig, to_turtle, union_graph
from kg.iri import mint
from kg.namespaces import GAF, KGO, NIF, PROV, RDF, RDFS, SEM, XSD

SERIES = mint("event", "2013-12-04/iraq-attacks")
ASSAULT = mint("event", "2013-12-04/jawahir-mall-attack")


def test_one_named_graph_per_source_with_provenance(seed_dataset):
    graphs = {str(g.identifier) for g in seed_dataset.graphs() if len(g)}
    for doc in ("000_872c42cec79fca4b", "001_4d726916c44ab01d"):
        iri = mint("graph", doc)
        assert str(iri) in graphs
        graph = seed_dataset.graph(iri)
        source = graph.value(iri, PROV.wasDerivedFrom)
        assert str(graph.value(source, KGO.fileName)) == f"{doc}.txt"
        assert graph.value(iri, PROV.wasGeneratedBy) is not None


def test_series_event(seed_dataset):
    union = union_graph(seed_dataset)
    assert (SERIES, RDF.type, KGO.AttackSeries) in union
    assert (SERIES, SEM.hasTimeStamp, Literal("2013-12-04", datatype=XSD.date)) in union
    assert (SERIES, KGO.killed, Literal(35, datatype=XSD.integer)) in union
    assert (SERIES, KGO.injured, Literal(133, datatype=XSD.integer)) in union
    assert (SERIES, KGO.perpetrator, mint("group", "isil")) in union
    assert (ASSAULT, SEM.subEventOf, SERIES) in union


def test_entities_are_linked_to_events(seed_dataset):
    union = union_graph(seed_dataset)
    assert (ASSAULT, KGO.perpetrator, mint("group", "isil")) in union
    assert (ASSAULT, SEM.hasPlace, mint("place", "jawahir-mall")) in union
    assert (mint("place", "jawahir-mall"), KGO.locatedIn, mint("place", "kirkuk")) in union
    assert set(union.objects(mint("place", "kirkuk"), RDFS.label)) >= {Literal("Kirkuk", lang="en"), Literal("كركوك", lang="ar")}
    assert any(union.subjects(KGO.target, mint("force", "iraqi-police")))


def test_every_mention_is_the_text_at_its_offsets(seed_dataset):
    union = union_graph(seed_dataset)
    count = 0
    for mention in union.subjects(RDF.type, NIF.Phrase):
        text = str(union.value(union.value(mention, NIF.referenceContext), NIF.isString))
        begin, end = int(union.value(mention, NIF.beginIndex)), int(union.value(mention, NIF.endIndex))
        assert text[begin:end] == str(union.value(mention, NIF.anchorOf))
        count += 1
    assert count > 100
    for subject in set(union.subjects(RDF.type, SEM.Event)):
        assert union.value(subject, GAF.denotedBy) is not None, subject


def test_no_blank_nodes(seed_dataset):
    for quad in seed_dataset.quads((None, None, None, None)):
        assert all(isinstance(term, (URIRef, Literal)) for term in quad[:3])


def parsed(text: str, fmt: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=text, format=fmt)
    return dataset


def named(dataset: Dataset) -> dict:
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def test_turtle_round_trip(seed_dataset):
    again = Graph().parse(data=to_turtle(seed_dataset), format="turtle")
    assert isomorphic(again, union_graph(seed_dataset))


def test_trig_nquads_jsonld_round_trips(seed_dataset):
    original = named(seed_dataset)
    for text, fmt in ((to_trig(seed_dataset), "trig"), (to_nquads(seed_dataset), "nquads"),
                      (to_jsonld(seed_dataset), "json-ld")):
        again = named(parsed(text, fmt))
        assert set(again) == set(original), fmt
        for iri, graph in original.items():
            assert isomorphic(again[iri], graph), (fmt, iri)


def test_graphml_loads_in_networkx_with_the_expected_counts(seed_dataset, tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_text(to_graphml(seed_dataset), encoding="utf-8")
    loaded = nx.read_graphml(path, force_multigraph=True)
    union = union_graph(seed_dataset)
    node_classes = (SEM.Event, SEM.Place, SEM.Actor, KGO.CasualtyClaim, KGO.SourceDocument)
    nodes = {s for cls in node_classes for s in union.subjects(RDF.type, cls)}
    concepts = {o for s in nodes for p, o in union.predicate_objects(s)
                if str(p).startswith(str(KGO)) and str(o).startswith("https://example.org/kg/vocab/")}
    expected_nodes = nodes | concepts
    expected_edges = {(s, p, o) for s in expected_nodes for p, o in union.predicate_objects(s)
                      if o in expected_nodes and p != RDF.type}
    assert loaded.number_of_nodes() == len(expected_nodes)
    assert loaded.number_of_edges() == len(expected_edges)
    node = loaded.nodes[str(mint("place", "kirkuk"))]
    assert node["label_en"] == "Kirkuk" and node["label_ar"] == "كركوك" and node["type"] == "Place"
    edge = next(d for _, v, d in loaded.out_edges(str(ASSAULT), data=True) if v == str(mint("group", "isil")))
    assert edge["predicate"].endswith("#perpetrator") and "001_4d726916c44ab01d.txt" in edge["sources"]


def test_node_link_json(seed_dataset):
    data = json.loads(to_node_link_json(seed_dataset))
    graph = nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
    assert graph.number_of_nodes() == to_networkx(seed_dataset).number_of_nodes()
    assert all(isinstance(edge["sources"], list) for edge in data["edges"])


def test_a_group_the_text_blames_is_a_suspected_perpetrator_apart_from_the_perpetrators(tmp_path):
    from kg.evaluate import predicted_events
    from kg.pipeline import BuildOptions, build

    story = tmp_path / "lima.txt"
    story.write_text(
        "Car bombs kill 21 in Lima's Miraflores district\n\n"
        "LIMA, Peru, July 17, 1992 (AP) - Two car bombs blew apart apartment blocks in Lima's Miraflores "
        "district late on Thursday, killing at least 21 people. Authorities blamed Shining Path guerrillas.\n\n"
        "Rescue workers searched the rubble through the night, and the president said that the country would "
        "not give in to those who had done this.\n",
        encoding="utf-8")
    result = build([story], BuildOptions())
    union = union_graph(result.dataset)
    group = mint("group", "shining-path")
    events = set(union.subjects(KGO.suspectedPerpetrator, group))
    assert len(events) == 1
    assert not set(union.subjects(KGO.perpetrator, group))
    assert (group, RDFS.label, Literal("Shining Path", lang="en")) in union
    assert any(union.objects(group, GAF.denotedBy))  # grounded in the words that blame it
    assert result.report.conforms
    # the gold's perpetrator of a blamed attack is the group (gold/FORMAT.md)
    [attack] = [e for e in predicted_events(result.dataset) if e.kind == "attack"]
    assert "Shining Path" in attack.perpetrators
