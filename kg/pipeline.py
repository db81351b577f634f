"""The build: read documents, extract, link and fuse, map to RDF, validate, write a build folder.

    read (stream) -> extract (stream) -> link + fuse (corpus) -> RDF -> SHACL -> exports

Documents stream through reading and extraction one at a time; only their extractions are kept for
linking. A bad document is reported and skipped (or stops the build with `strict=True`); nothing is
dropped silently: `BuildResult.skipped` says what was skipped and why. The build folder is written
by `kg.buildfolder.write_build`, which replaces the previous build only once the new one is complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Dataset

from kg import __version__
from kg.errors import DocumentError, NoDocumentsError, ValidationError
from kg.extract.extractor import Extractor
from kg.ingest.reader import DEFAULT_MAX_BYTES, SourceFile, discover, read_document
from kg.link.corpus import link
from kg.link.gazetteer import Gazetteer
from kg.model import Corpus, Extraction
from kg.rdf import to_dataset
from kg.validate import ValidationReport, validate_graph

Progress = Callable[[str, int, int], None]  # (source, done, total)


@dataclass(frozen=True)
class BuildOptions:
    gazetteers: tuple[str, ...] = ()
    strict: bool = False
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class SkippedDocument:
    """A document left out of a batch: its source name, the kind of problem (the DocumentError's
    kind: empty, binary, encoding, too-large, infobox, language, no-text, unreadable) and the message."""

    source: str
    kind: str
    reason: str


@dataclass
class BuildResult:
    corpus: Corpus
    dataset: Dataset
    report: ValidationReport
    skipped: list[SkippedDocument] = field(default_factory=list)
    files: dict[str, SourceFile] = field(default_factory=dict)  # the documents read, by source name

    def summary(self) -> dict:
        corpus = self.corpus
        events = corpus.events
        return {
            "kg_version": __version__,
            "documents": [
                {"source": x.document.source, "id": x.document.doc_id, "language": x.document.lang.value,
                 "sha256": x.document.sha256, "entities": len(x.entities), "events": len(x.events),
                 "encoding": self.files[x.document.source].encoding if x.document.source in self.files else None}
                for x in corpus.extractions
            ],
            "skipped": [{"source": s.source, "kind": s.kind, "reason": s.reason} for s in self.skipped],
            "skipped_by_kind": skipped_by_kind(self.skipped),
            "entities": len(corpus.entities),
            "events": len(events),
            "events_by_kind": {kind: sum(1 for e in events if e.kind.value == kind)
                               for kind in sorted({e.kind.value for e in events})},
            "triples": sum(1 for _ in self.dataset.quads((None, None, None, None))),
            "validation": {"conforms": self.report.conforms, "violations": len(self.report.violations),
                           "warnings": len(self.report.warnings)},
        }


def skipped_by_kind(skipped: Iterable[SkippedDocument]) -> dict[str, int]:
    """How many documents were skipped for each kind of problem."""
    counts: dict[str, int] = {}
    for item in skipped:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    return dict(sorted(counts.items()))


def read_documents(files: Iterable[SourceFile], options: BuildOptions, skipped: list[SkippedDocument]) -> Iterator:
    """Documents read from files; unusable ones are recorded in `skipped` (or raise when strict)."""
    for item in files:
        try:
            yield read_document(item, encoding=item.encoding or options.encoding, max_bytes=options.max_bytes)
        except DocumentError as err:
            if options.strict:
                raise
            skipped.append(SkippedDocument(item.source, err.kind, str(err)))


def extract_all(files: list[SourceFile], options: BuildOptions, gazetteer: Gazetteer,
                progress: Progress | None = None) -> tuple[list[Extraction], list[SkippedDocument]]:
    skipped: list[SkippedDocument] = []
    extractor = Extractor(gazetteer)
    extractions = []
    if len(files) == 1:  # one document: its own error is the clearest message
        options = BuildOptions(options.gazetteers, True, options.encoding, options.max_bytes)
    for index, document in enumerate(read_documents(files, options, skipped), start=1):
        extractions.append(extractor(document))
        if progress is not None:
            progress(document.source, index + len(skipped), len(files))
    if not extractions:
        reasons = "\n".join(f"  {item.reason}" for item in skipped)
        raise NoDocumentsError(f"none of the {len(files)} documents can be used:\n{reasons}\n",
                               hint="fix or remove the files named above")
    return extractions, skipped


def build(paths: list[str | Path], options: BuildOptions = BuildOptions(),
          progress: Progress | None = None) -> BuildResult:
    """Build the knowledge graph of the documents under `paths`. Raises KgError subclasses;
    raises ValidationError (with the result attached) when the graph does not conform."""
    return build_files(discover(paths), options, progress)


def build_files(files: list[SourceFile], options: BuildOptions = BuildOptions(),
                progress: Progress | None = None) -> BuildResult:
    """Build the knowledge graph of `files` (see `discover`, and `kg.incremental` for the files
    of an existing build with some added or removed)."""
    gazetteer = Gazetteer.load(*options.gazetteers)
    extractions, skipped = extract_all(files, options, gazetteer, progress)
    corpus = link(extractions, gazetteer, skipped=tuple(skipped))
    dataset = to_dataset(corpus, gazetteer)
    report = validate_graph(dataset)
    read = {x.document.source for x in extractions}
    kept = {f.source: replace(f, encoding=f.encoding or options.encoding) for f in files if f.source in read}
    result = BuildResult(corpus, dataset, report, skipped, kept)
    if not report.conforms:
        error = ValidationError(
            f"the graph does not conform to the shapes: {len(report.violations)} violation(s)", report=report
        )
        error.result = result  # type: ignore[attr-defined]
        raise error
    return result
