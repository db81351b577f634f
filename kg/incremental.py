"""Incremental builds: add documents to an existing build, replace a changed one, withdraw one.

A build keeps the inputs it was made from (`sources/`, user `gazetteers/`, see
`kg.buildfolder.write_build`). Adding or withdrawing documents plans the new set of inputs from
those kept and the ones given, and the build is made again from them:

    previous inputs + added (a document of the same source name replaces the kept one)
    previous inputs - withdrawn

Each document's named graph depends only on its text and on the linking across documents, so the
graphs of documents that did not change come out byte-identical unless the change links one of
their names to a new document's; the fused view is made again. Extraction runs over every document
(about 0.07 s each), which keeps one code path for full and incremental builds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kg.buildfolder import GAZETTEERS, MANIFEST, SOURCES, is_build
from kg.errors import InputError, NoDocumentsError
from kg.ingest.reader import SourceFile, discover


@dataclass(frozen=True)
class BuildInputs:
    files: list[SourceFile]  # the documents, in source-name order
    gazetteers: tuple[str, ...]  # user gazetteer files


def kept_inputs(build: str | Path) -> BuildInputs:
    """The documents and user gazetteers an existing build was made from."""
    folder = Path(build)
    if not is_build(folder):
        raise InputError("not a kg build folder (no summary.json)", path=folder,
                         hint="give the --out folder of an earlier `kg build`")
    kept = folder / SOURCES
    if not kept.is_dir():
        raise InputError("this build keeps no copy of its documents (an earlier kg made it)", path=folder,
                         hint="build it again from its documents once; later builds can be extended")
    summary = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    encodings = {d["source"]: d.get("encoding") for d in summary.get("documents", [])}
    files = [SourceFile(kept / d["source"], d["source"], encodings.get(d["source"]))
             for d in summary.get("documents", []) if (kept / d["source"]).is_file()]
    gazetteer_folder = folder / GAZETTEERS
    gazetteers = tuple(str(p) for p in sorted(gazetteer_folder.glob("*.csv"))) if gazetteer_folder.is_dir() else ()
    return BuildInputs(sorted(files, key=lambda f: f.source), gazetteers)


def with_added(build: str | Path, paths: list[str | Path], gazetteers: tuple[str, ...] = ()) -> BuildInputs:
    """The inputs of `build` with the documents under `paths` added; a document whose source name
    the build already holds replaces it (a changed document is rebuilt)."""
    kept = kept_inputs(build)
    added = {f.source: f for f in discover(paths)}
    files = {f.source: f for f in kept.files if f.source not in added} | added
    return BuildInputs([files[name] for name in sorted(files)], _merge(kept.gazetteers, gazetteers))


def without(build: str | Path, sources: list[str]) -> BuildInputs:
    """The inputs of `build` without the documents named (by source name, as `kg query` and
    summary.json show them, or by file name when that is unambiguous)."""
    kept = kept_inputs(build)
    names = [f.source for f in kept.files]
    withdrawn = {_match(source, names, build) for source in sources}
    files = [f for f in kept.files if f.source not in withdrawn]
    if not files:
        raise NoDocumentsError("withdrawing these documents would leave the build empty", path=Path(build),
                               hint="delete the folder instead")
    return BuildInputs(files, kept.gazetteers)


def keep_map(inputs: BuildInputs) -> dict[str, Path]:
    """What a build keeps of `inputs`: path inside the build folder -> file to copy."""
    out = {f"{SOURCES}/{f.source}": f.path for f in inputs.files}
    for path in inputs.gazetteers:
        out[f"{GAZETTEERS}/{Path(path).name}"] = Path(path)
    return out


def _match(source: str, names: list[str], build: str | Path) -> str:
    if source in names:
        return source
    by_name = [n for n in names if Path(n).name == source]
    if len(by_name) == 1:
        return by_name[0]
    shown = ", ".join(names[:10]) + (" ..." if len(names) > 10 else "")
    if by_name:
        raise InputError(f"{source!r} names several documents of the build: {', '.join(by_name)}",
                         path=Path(build), hint="give the source name with its folder")
    raise InputError(f"the build holds no document {source!r} (it holds {shown})", path=Path(build),
                     hint="name a source as summary.json lists it")


def _merge(kept: tuple[str, ...], given: tuple[str, ...]) -> tuple[str, ...]:
    """User gazetteers: the kept ones, replaced by a given one of the same file name."""
    names = {Path(g).name for g in given}
    return tuple(g for g in kept if Path(g).name not in names) + tuple(given)
