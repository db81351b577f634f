"""The embedded store of a build: an Oxigraph database in `<build>/store`, for fast SPARQL.

`kg build` writes it beside the exports (in the staging folder, so it is swapped in with them);
`kg query` and `kg serve` read it.

The store keeps every named graph of the build (one per document, the fused graph, the
gazetteer, the vocabulary) and, as its default graph, their RDF merge: each statement once,
whatever number of graphs assert it. Queries without GRAPH therefore count every fact once (an
"union default graph" would repeat a statement for each document that states it and inflate
COUNTs and SUMs), and GRAPH ?g still tells which source said what. A build folder without a store (a reference build checked out
from git, a build copied without it) is still queryable: its N-Quads are loaded into memory.

    >>> import pyoxigraph
    >>> store = load_quads(pyoxigraph.Store(), "")
    >>> len(store)
    0
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import BuildDataError
from kg.export.rdf_formats import _quads

STORE = "store"


def write_store(folder: str | Path, dataset: Dataset) -> Path:
    """Create the store of a build in `folder/store` from the build's dataset."""
    path = Path(folder) / STORE
    store = ox.Store(str(path))
    store.bulk_extend(with_merged_default(_quads(dataset)))
    store.flush()
    store.optimize()
    del store  # releases the database lock
    return path


def with_merged_default(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The quads, then each of their triples once in the default graph."""
    seen: set[ox.Triple] = set()
    merged = []
    for quad in quads:
        if quad.triple not in seen:
            seen.add(quad.triple)
            merged.append(ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph()))
    return list(quads) + merged


def load_quads(store: ox.Store, nquads: str) -> ox.Store:
    """Load N-Quads into a store, with their merge as its default graph."""
    if nquads:
        store.bulk_extend(with_merged_default(list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))))
    return store


def store_location(folder: str | Path, scratch: str | Path) -> Path:
    """The folder of the build's store, for a server to open; a build without one gets a store
    made from its N-Quads in `scratch` (a temporary folder the caller removes)."""
    path = Path(folder)
    _check_build(path)
    if (path / STORE).is_dir():
        return path / STORE
    location = Path(scratch) / STORE
    store = ox.Store(str(location))
    store.bulk_extend(with_merged_default(_read_nquads(path)))
    store.flush()
    del store
    return location


def _check_build(path: Path) -> None:
    from kg.buildfolder import MANIFEST, is_build, recover

    recover(path)
    if not is_build(path):
        raise BuildDataError(f"{path}: not a kg build folder (no {MANIFEST}); run `kg build ... --out {path}` first")


def _read_nquads(path: Path) -> list[ox.Quad]:
    from kg.buildfolder import EXPORTERS

    nquads = path / EXPORTERS["nquads"][0]
    if not nquads.is_file():
        raise BuildDataError(f"{path}: has neither a store nor {nquads.name}; rebuild the folder")
    try:
        return list(ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS))
    except (SyntaxError, OSError, ValueError) as err:
        raise BuildDataError(f"{nquads}: cannot be read ({str(err).splitlines()[0][:200]}); rebuild the folder") from err


def open_store(folder: str | Path) -> ox.Store:
    """The build's store, read-only; or, when the folder has none, its N-Quads in memory."""
    path = Path(folder)
    _check_build(path)
    if (path / STORE).is_dir():
        try:
            return ox.Store.read_only(str(path / STORE))
        except OSError as err:
            raise BuildDataError(f"{path / STORE}: cannot open the store ({err}); rebuild the folder") from err
    store = ox.Store()
    store.bulk_extend(with_merged_default(_read_nquads(path)))
    return store
