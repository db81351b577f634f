"""Convert the MUC-4 official location set list into a gazetteer for `kg build --gazetteer`.

    .venv/bin/python benchmarks/muc4_gazetteer.py ../shared/benchmarks/muc4 > /tmp/muc4_places.csv
    .venv/bin/kg build /tmp/muc4_texts --out /tmp/muc4_build --gazetteer /tmp/muc4_places.csv

Each place of `taskdoc/set-list-location.v4.txt` becomes a row (id `muc4-<name>`, type place, the
subtype from the set list's type); names the shipped gazetteer already knows, and the common words
and surnames of `kg/data/muc4.toml` [gazetteer] leave_out, are left out.
See kg.bench.muc4.location_gazetteer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.bench.muc4 import SET_LIST
from kg.bench.muc4_mapping import muc4_places


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the muc4 benchmark folder (holding taskdoc/)")
    args = parser.parse_args()
    if not (args.folder / SET_LIST).is_file():
        sys.exit(f"{args.folder / SET_LIST}: no location set list there; give the muc4 benchmark folder")
    sys.stdout.write(muc4_places(args.folder))


if __name__ == "__main__":
    main()
