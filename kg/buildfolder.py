"""The build folder: every export of a build and its embedded store, written so that a failed or
interrupted build never leaves a half-written folder over a good one.

The new build is written in full to a staging folder beside the target, then swapped in with one
atomic `renameat2(RENAME_EXCHANGE)` where the system has it (Linux), else with two renames whose
interruption is repaired the next time kg touches the folder. A folder that is not a kg build is
never replaced.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
from pathlib import Path

from rdflib import Dataset

from kg.errors import BuildDataError
from kg.export import EXPORTERS
from kg.store import write_store

MANIFEST = "summary.json"
REPORT = "validation.txt"
SOURCES = "sources"  # the documents a build was made from, under their source names
GAZETTEERS = "gazetteers"  # the user gazetteers it was made with
_STAGING = ".kg-staging-"
_BACKUP = ".kg-previous-"


def write_build(out: str | Path, dataset: Dataset, *, summary: dict, report_text: str,
                extra: dict[str, bytes] | None = None, with_store: bool = True,
                inputs: dict[str, Path] | None = None) -> Path:
    """Write every export of `dataset` into the folder `out`, replacing a previous build whole.

    `inputs` (path in the build -> file) are copies of the documents (under `sources/`) and user
    gazetteers (under `gazetteers/`) the build was made from, kept so that it can later be
    extended, or a document withdrawn, without the original files (see `kg.incremental`)."""
    target = Path(out)
    recover(target)
    _check_replaceable(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f"{_STAGING}{target.name}-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    try:
        for name, (file_name, writer) in EXPORTERS.items():
            _write(staging / file_name, writer(dataset).encode("utf-8"))
        _write(staging / REPORT, report_text.encode("utf-8"))
        for file_name, data in (extra or {}).items():
            _write(staging / file_name, data)
        for name, path in sorted((inputs or {}).items()):
            kept = staging / name
            kept.parent.mkdir(parents=True, exist_ok=True)
            _write(kept, path.read_bytes())
        _write(staging / MANIFEST, (json.dumps(summary, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode())
        if with_store:
            write_store(staging, dataset)
        _sync_dir(staging)
        _swap_in(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def _write(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_build(path: Path) -> bool:
    return (path / MANIFEST).is_file()


def _check_replaceable(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise BuildDataError(f"{target}: exists and is not a folder; choose another --out")
    if target.is_dir() and any(target.iterdir()) and not is_build(target):
        raise BuildDataError(
            f"{target}: folder is not empty and is not a kg build; kg will not replace it (choose another --out)"
        )


def _swap_in(staging: Path, target: Path) -> None:
    if not target.exists():
        os.rename(staging, target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging)  # now holds the previous build
        return
    backup = target.parent / f"{_BACKUP}{target.name}"
    if backup.exists():
        shutil.rmtree(backup)
    os.rename(target, backup)
    os.rename(staging, target)
    shutil.rmtree(backup)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2). False when the system cannot."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def recover(target: Path) -> None:
    """Repair what an interrupted build left: restore a previous build moved aside, and remove
    staging folders of processes that no longer run."""
    target = Path(target)
    backup = target.parent / f"{_BACKUP}{target.name}"
    if backup.exists():
        if not target.exists():
            os.rename(backup, target)
        else:
            shutil.rmtree(backup, ignore_errors=True)
    if target.parent.is_dir():
        for stale in target.parent.glob(f"{_STAGING}{target.name}-*"):
            pid = stale.name.rsplit("-", 1)[-1]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(stale, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_build(folder: str | Path) -> Dataset:
    """The dataset of a build folder (from its TriG file)."""
    path = Path(folder)
    recover(path)
    if not path.is_dir():
        raise BuildDataError(f"{path}: no such build folder (run `kg build ... --out {path}` first)")
    trig = path / EXPORTERS["trig"][0]
    if not is_build(path) or not trig.is_file():
        raise BuildDataError(f"{path}: not a kg build folder (no {MANIFEST} or {trig.name}); run `kg build` first")
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(trig, format="trig")
    except Exception as err:  # rdflib raises many parser exception types
        raise BuildDataError(f"{trig}: cannot be read ({str(err).splitlines()[0][:200]}); rebuild the folder") from err
    return dataset


def read_summary(folder: str | Path) -> dict:
    path = Path(folder) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise BuildDataError(f"{path}: cannot be read: {err}") from err
