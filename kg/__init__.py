"""kg: turn articles about violent events into an event-centric RDF knowledge graph.

The library is organised as stages over a stream of documents:

    kg.ingest     files -> Document (reading, decoding, structure, language)
    kg.extract    Document -> Extraction (entities, events, casualty claims with their spans)
    kg.link       Extractions -> Corpus (entities resolved, events fused, figures consolidated)
    kg.rdf        Corpus -> rdflib Dataset (one named graph per source, PROV, NIF mentions)
    kg.validate   Dataset -> validation report (SHACL shapes in shapes/)
    kg.export     Dataset -> Turtle, TriG, N-Quads, JSON-LD, GraphML, networkx JSON
    kg.pipeline   the build that chains them and writes a build folder atomically
"""

__version__ = "0.1.0"


def read_build(folder):
    """The build in `folder` (written by `kg build`) as an rdflib Dataset: one named graph per
    source document, plus `fused`, `gazetteer` and `vocabulary`; queries without GRAPH see the
    union of the graphs. Raises kg.errors.BuildDataError when the folder is not a build."""
    from kg.buildfolder import read_build as read

    return read(folder)
