"""Vocabulary namespaces. Terms of closed vocabularies are declared, so a mistyped term fails
loudly (`_fail = True`) instead of minting a wrong IRI."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

BASE = "https://example.org/kg/"
KG = Namespace(BASE + "id/")  # instances: events, entities, mentions, claims, graphs
KGV = Namespace(BASE + "vocab/")  # concepts of the controlled vocabularies
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SCHEMA = Namespace("https://schema.org/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
LEXVO = Namespace("http://lexvo.org/id/iso639-3/")


class SEM(DefinedNamespace):
    """Simple Event Model."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Place: URIRef
    Actor: URIRef
    Time: URIRef
    Role: URIRef
    EventType: URIRef
    hasPlace: URIRef
    hasActor: URIRef
    hasTimeStamp: URIRef
    subEventOf: URIRef
    eventType: URIRef
    roleType: URIRef


class NIF(DefinedNamespace):
    """NLP Interchange Format, core."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    OffsetBasedString: URIRef
    Phrase: URIRef
    Sentence: URIRef
    isString: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef
    predLang: URIRef
    sourceUrl: URIRef


class GAF(DefinedNamespace):
    """Grounded Annotation Framework."""

    _NS = Namespace("http://groundedannotationframework.org/gaf#")
    _fail = True

    denotedBy: URIRef
    denotes: URIRef


class KGO(DefinedNamespace):
    """The project's own terms (defined and aligned in shapes/ontology.ttl)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Attack: URIRef
    AttackSeries: URIRef
    SecurityOperation: URIRef
    ClaimOfResponsibility: URIRef
    Reaction: URIRef
    CasualtyClaim: URIRef
    ArmedGroup: URIRef
    SecurityForce: URIRef
    Organisation: URIRef
    Person: URIRef
    MediaOutlet: URIRef
    DescribedActor: URIRef
    SourceDocument: URIRef
    SourceGraph: URIRef
    # event properties
    perpetrator: URIRef
    suspectedPerpetrator: URIRef
    target: URIRef
    victim: URIRef
    agent: URIRef
    concerns: URIRef
    attackType: URIRef
    weaponType: URIRef
    targetType: URIRef
    victimGroup: URIRef
    reactionType: URIRef
    suicide: URIRef
    killed: URIRef
    injured: URIRef
    hostagesTaken: URIRef
    hostagesFreed: URIRef
    attackersKilled: URIRef
    fusionReason: URIRef
    # casualty claims
    claimOf: URIRef
    measure: URIRef
    qualifier: URIRef
    value: URIRef
    maxValue: URIRef
    joint: URIRef
    vague: URIRef
    partOfFigure: URIRef
    statement: URIRef
    # entities and places
    placeType: URIRef
    locatedIn: URIRef
    linkReason: URIRef
    # sources
    fileName: URIRef
    sha256: URIRef
    sourceDocument: URIRef
    extractorVersion: URIRef


__all__ = [
    "BASE", "DCTERMS", "GAF", "GEO", "KG", "KGO", "KGV", "LEXVO", "NIF", "OWL", "PROV", "RDF", "RDFS",
    "SCHEMA", "SEM", "SKOS", "WD", "WDT", "XSD",
]
