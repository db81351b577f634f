"""The RDF mapping: a linked and fused `Corpus` becomes an rdflib `Dataset`.

Named graphs:

    graph/<doc>         what one source document says: its text as a nif:Context, every mention,
                        the entities and events it tells with their labels in its language, its
                        casualty claims, and PROV statements about the graph itself
    graph/fused         what kg concludes across sources: consolidated figures, why events were
                        fused and why entities were linked
    graph/gazetteer     facts from the gazetteer about the entities used: names in both languages,
                        place types, containment, coordinates, verified Wikidata QIDs
    graph/vocabulary    the SKOS concept schemes (GTD attack, weapon and target types, ...)

This is the only module that makes triples. No blank nodes are made: every node has an IRI, so
the output of a build is the same, byte for byte, each time.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef

from kg import __version__
from kg.iri import mint
from kg.link.gazetteer import Gazetteer
from kg.model import (
    CasualtyClaim, Corpus, Entity, EntityKind, Event, EventKind, Extraction, FusedEvent, Lang, Mention,
)
from kg.namespaces import DCTERMS, GAF, GEO, KGO, LEXVO, NIF, PROV, RDF, RDFS, SEM, SKOS, WD, XSD
from kg.text import arabic

ENTITY_CLASSES = {
    EntityKind.PLACE: (SEM.Place,),
    EntityKind.ARMED_GROUP: (KGO.ArmedGroup, SEM.Actor),
    EntityKind.SECURITY_FORCE: (KGO.SecurityForce, SEM.Actor),
    EntityKind.ORGANISATION: (KGO.Organisation, SEM.Actor),
    EntityKind.PERSON: (KGO.Person, SEM.Actor),
    EntityKind.MEDIA: (KGO.MediaOutlet, SEM.Actor),
    EntityKind.ACTOR: (KGO.DescribedActor, SEM.Actor),
}
EVENT_CLASSES = {
    EventKind.SERIES: KGO.AttackSeries,
    EventKind.ATTACK: KGO.Attack,
    EventKind.SECURITY_OPERATION: KGO.SecurityOperation,
    EventKind.CLAIM_OF_RESPONSIBILITY: KGO.ClaimOfResponsibility,
    EventKind.REACTION: KGO.Reaction,
}
LANGUAGE_IRIS = {Lang.EN: LEXVO.eng, Lang.AR: LEXVO.ara}
FUSED_GRAPH = mint("graph", "fused")
GAZETTEER_GRAPH = mint("graph", "gazetteer")
VOCABULARY_GRAPH = mint("graph", "vocabulary")
PLACE_TYPES = {"country", "region", "governorate", "district", "city", "town", "village", "neighbourhood", "facility"}


def nonneg(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def count(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def to_dataset(corpus: Corpus, gazetteer: Gazetteer) -> Dataset:
    """The whole build as a Dataset of named graphs."""
    dataset = Dataset()
    entities = {e.key: e for e in corpus.entities}
    fused_keys = {(doc_id, key): fused.key for fused in corpus.events for doc_id, key in fused.members}
    event_iris = {member: mint("event", key) for member, key in fused_keys.items()}
    # a described perpetrator ("gunmen") is one node per fused event, labelled in each language
    described = {
        key: mint("described-actor", fused_keys[(x.document.doc_id, event.key)], "perpetrator")
        for x in corpus.extractions for event in x.events for key in event.perpetrators if key.startswith("actor:")
    }
    for extraction in corpus.extractions:
        graph = dataset.graph(mint("graph", extraction.document.doc_id))
        _document_graph(graph, extraction, entities, event_iris, described)
    _fused_graph(dataset.graph(FUSED_GRAPH), corpus)
    _gazetteer_graph(dataset.graph(GAZETTEER_GRAPH), corpus, gazetteer)
    vocabulary = dataset.graph(VOCABULARY_GRAPH)
    for triple in schemes():
        vocabulary.add(triple)
    return dataset


@lru_cache(maxsize=1)
def schemes() -> Graph:
    graph = Graph()
    graph.parse(data=resources.files("kg.data").joinpath("schemes.ttl").read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def _target_concepts() -> dict[str, URIRef]:
    graph = schemes()
    out = {}
    for concept in graph.subjects(SKOS.inScheme, URIRef(str(mint("scheme", "target-types")))):
        notation = graph.value(concept, SKOS.notation)
        if notation is not None:
            out[str(notation)] = concept
    return out


def entity_iri(entity_kind: EntityKind, key: str, described: dict[str, URIRef] | None = None) -> URIRef:
    if described and key in described:
        return described[key]
    return mint("entity", entity_kind, key)


# ---- one source document -----------------------------------------------------------------------

def _document_graph(graph: Graph, extraction: Extraction, entities: dict[str, Entity],
                    event_iris: dict[tuple[str, str], URIRef], described: dict[str, URIRef]) -> None:
    document = extraction.document
    doc_id = document.doc_id
    lang = document.lang.value
    graph_iri = graph.identifier
    source = mint("document", doc_id)
    activity = mint("activity", __version__)
    agent = mint("agent", __version__)
    context = mint("context", doc_id, len(document.text))

    graph.add((graph_iri, RDF.type, KGO.SourceGraph))
    graph.add((graph_iri, RDF.type, PROV.Entity))
    graph.add((graph_iri, PROV.wasDerivedFrom, source))
    graph.add((graph_iri, PROV.wasGeneratedBy, activity))
    graph.add((source, RDF.type, KGO.SourceDocument))
    graph.add((source, RDF.type, PROV.Entity))
    graph.add((source, KGO.fileName, Literal(document.source)))
    graph.add((source, KGO.sha256, Literal(document.sha256)))
    graph.add((source, DCTERMS.language, Literal(lang)))
    if document.title is not None:
        title = document.text[document.title.begin : document.title.end]
        graph.add((source, DCTERMS.title, Literal(title, lang=lang)))
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, PROV.wasAssociatedWith, agent))
    graph.add((activity, KGO.extractorVersion, Literal(__version__)))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(f"kg {__version__}")))

    graph.add((context, RDF.type, NIF.Context))
    graph.add((context, RDF.type, NIF.OffsetBasedString))
    graph.add((context, NIF.isString, Literal(document.text)))
    graph.add((context, NIF.beginIndex, nonneg(0)))
    graph.add((context, NIF.endIndex, nonneg(len(document.text))))
    graph.add((context, NIF.predLang, LANGUAGE_IRIS[document.lang]))
    graph.add((context, KGO.sourceDocument, source))

    def mention(m, kind=NIF.Phrase) -> URIRef:
        iri = mint("mention", doc_id, m.begin, m.end)
        graph.add((iri, RDF.type, NIF.OffsetBasedString))
        graph.add((iri, RDF.type, kind))
        graph.add((iri, NIF.beginIndex, nonneg(m.begin)))
        graph.add((iri, NIF.endIndex, nonneg(m.end)))
        graph.add((iri, NIF.anchorOf, Literal(m.text)))
        graph.add((iri, NIF.referenceContext, context))
        return iri

    kinds = {e.key: e.kind for e in extraction.entities}
    for entity in extraction.entities:
        iri = entity_iri(entity.kind, entity.key, described)
        for cls in ENTITY_CLASSES[entity.kind]:
            graph.add((iri, RDF.type, cls))
        for label_lang, label in entity.labels:
            graph.add((iri, RDFS.label, Literal(label, lang=label_lang)))
        for m in entity.mentions:
            graph.add((iri, GAF.denotedBy, mention(m)))
        if entity.kind is EntityKind.PLACE and not entity.gazetteer_id:
            if entity.subtype in PLACE_TYPES:
                graph.add((iri, KGO.placeType, mint("place-type", entity.subtype)))
            if entity.located_in:
                container = entities.get(entity.located_in)
                kind = container.kind if container else EntityKind.PLACE
                graph.add((iri, KGO.locatedIn, entity_iri(kind, entity.located_in)))

    for event in extraction.events:
        iri = event_iris[(doc_id, event.key)]
        _event(graph, event, iri, extraction, kinds, entities, event_iris, described, mention, source)


def _event(graph, event: Event, iri, extraction, kinds, entities, event_iris, described, mention, source) -> None:
    doc_id = extraction.document.doc_id

    def entity(key: str) -> URIRef:
        kind = kinds.get(key) or (entities[key].kind if key in entities else EntityKind.PLACE)
        return entity_iri(kind, key, described)

    graph.add((iri, RDF.type, SEM.Event))
    graph.add((iri, RDF.type, EVENT_CLASSES[event.kind]))
    for label_lang, label in event.labels:
        graph.add((iri, RDFS.label, Literal(label, lang=label_lang)))
    if event.date is not None:
        graph.add((iri, SEM.hasTimeStamp, Literal(event.date.isoformat(), datatype=XSD.date)))
    for key in event.places:
        graph.add((iri, SEM.hasPlace, entity(key)))
    for key in event.perpetrators:
        graph.add((iri, KGO.perpetrator, entity(key)))
    for key in event.suspects:
        graph.add((iri, KGO.suspectedPerpetrator, entity(key)))
    for key in event.targets:
        graph.add((iri, KGO.target, entity(key)))
    for key in event.agents:
        graph.add((iri, KGO.agent, entity(key)))
    for group in event.victim_groups:
        graph.add((iri, KGO.victimGroup, mint("victim-group", group)))
    for attack in event.attack_types:
        graph.add((iri, KGO.attackType, mint("attack-type", attack)))
    for weapon in event.weapon_types:
        graph.add((iri, KGO.weaponType, mint("weapon-type", weapon)))
    targets = _target_concepts()
    for code in event.target_types:
        if code in targets:
            graph.add((iri, KGO.targetType, targets[code]))
    if event.kind is EventKind.REACTION and event.headline:
        graph.add((iri, KGO.reactionType, mint("reaction-type", event.headline)))
    if event.kind in (EventKind.ATTACK, EventKind.SERIES):
        graph.add((iri, KGO.suicide, Literal(event.suicide)))
    if event.parent:
        graph.add((iri, SEM.subEventOf, event_iris[(doc_id, event.parent)]))
    if event.about:
        graph.add((iri, KGO.concerns, event_iris[(doc_id, event.about)]))
    for m in event.mentions:
        graph.add((iri, GAF.denotedBy, mention(m)))
    for claim in event.casualty_claims:
        _claim(graph, claim, iri, doc_id, mention, source, extraction.document.text)


def _claim(graph, claim: CasualtyClaim, event_iri, doc_id, mention, source, text: str) -> None:
    iri = mint("claim", doc_id, claim.mention.begin, claim.mention.end, f"{claim.measure.value}-{claim.group}")
    graph.add((iri, RDF.type, KGO.CasualtyClaim))
    graph.add((iri, KGO.claimOf, event_iri))
    graph.add((iri, KGO.measure, mint("measure", claim.measure.value)))
    graph.add((iri, KGO.qualifier, mint("qualifier", claim.qualifier.value)))
    graph.add((iri, KGO.value, count(claim.value)))
    if claim.max_value is not None:
        graph.add((iri, KGO.maxValue, count(claim.max_value)))
    graph.add((iri, KGO.victimGroup, mint("victim-group", claim.group)))
    if claim.joint:
        graph.add((iri, KGO.joint, Literal(True)))
    if claim.vague:
        graph.add((iri, KGO.vague, Literal(True)))
    if claim.subset:
        graph.add((iri, KGO.partOfFigure, Literal(True)))
    graph.add((iri, GAF.denotedBy, mention(claim.mention)))
    if claim.statement_end > claim.statement:
        sentence = Mention(doc_id, claim.statement, claim.statement_end, text[claim.statement : claim.statement_end])
        graph.add((iri, KGO.statement, mention(sentence, NIF.Sentence)))
    graph.add((iri, PROV.wasDerivedFrom, source))


# ---- across sources ----------------------------------------------------------------------------

def _fused_graph(graph: Graph, corpus: Corpus) -> None:
    graph.add((graph.identifier, RDF.type, PROV.Entity))
    graph.add((graph.identifier, PROV.wasGeneratedBy, mint("activity", __version__)))
    for fused in corpus.events:
        iri = mint("event", fused.key)
        for prop, value in _figures(fused):
            graph.add((iri, prop, count(value)))
        if fused.fusion_reason:
            graph.add((iri, KGO.fusionReason, Literal(fused.fusion_reason)))
    for entity in corpus.entities:
        docs = {m.doc_id for m in entity.mentions}
        if len(docs) > 1 and entity.link_reason:
            graph.add((entity_iri(entity.kind, entity.key), KGO.linkReason, Literal(entity.link_reason)))


def _figures(fused: FusedEvent):
    for prop, value in (
        (KGO.killed, fused.killed),
        (KGO.injured, fused.injured),
        (KGO.hostagesTaken, fused.hostages_taken),
        (KGO.hostagesFreed, fused.hostages_freed),
        (KGO.attackersKilled, fused.attackers_killed),
    ):
        if value is not None:
            yield prop, value


def _gazetteer_graph(graph: Graph, corpus: Corpus, gazetteer: Gazetteer) -> None:
    used = {e.gazetteer_id for e in corpus.entities if e.gazetteer_id}
    for entity in corpus.entities:
        if entity.located_in and entity.located_in in gazetteer.entries:
            used.add(entity.located_in)
    closure = set(used)
    for entry_id in used:
        closure.update(gazetteer.ancestors(entry_id))
    for entry_id in sorted(closure):
        entry = gazetteer.get(entry_id)
        iri = entity_iri(entry.kind, entry.id)
        for cls in ENTITY_CLASSES[entry.kind]:
            graph.add((iri, RDF.type, cls))
        if entry.name_en:
            graph.add((iri, RDFS.label, Literal(entry.name_en, lang="en")))
        if entry.name_ar:
            graph.add((iri, RDFS.label, Literal(entry.name_ar, lang="ar")))
        for variant in entry.variants:
            lang = "ar" if arabic.is_arabic(variant) else "en"
            graph.add((iri, SKOS.altLabel, Literal(variant, lang=lang)))
        if entry.kind is EntityKind.PLACE:
            if entry.subtype in PLACE_TYPES:
                graph.add((iri, KGO.placeType, mint("place-type", entry.subtype)))
            if entry.located_in:
                graph.add((iri, KGO.locatedIn, entity_iri(EntityKind.PLACE, entry.located_in)))
            if entry.lat is not None and entry.lon is not None:
                graph.add((iri, GEO.lat, Literal(Decimal(str(entry.lat)), datatype=XSD.decimal)))
                graph.add((iri, GEO.long, Literal(Decimal(str(entry.lon)), datatype=XSD.decimal)))
        if entry.wikidata:
            graph.add((iri, SKOS.exactMatch, WD[entry.wikidata]))

