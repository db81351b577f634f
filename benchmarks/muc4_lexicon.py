"""Learn the MUC-4 role lexicon from the train split and write kg/data/muc4_fillers.toml.

    .venv/bin/python benchmarks/muc4_lexicon.py ../shared/benchmarks/muc4 [--min-count 2] [--min-precision 0.3]

Only the train split is read (dev and test are for measuring). See kg.bench.muc4_mapping.learn_lexicon.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.bench.muc4 import load_split
from kg.bench.muc4_mapping import learn_heads, learn_lexicon, lexicon_toml

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "muc4_fillers.toml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the muc4 benchmark folder (holding processed/)")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-precision", type=float, default=0.3)
    parser.add_argument("--head-min-count", type=int, default=3)
    parser.add_argument("--head-min-precision", type=float, default=0.3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    train = load_split(args.folder, "train")
    lexicon = learn_lexicon(train, min_count=args.min_count, min_precision=args.min_precision)
    heads = learn_heads(train, min_count=args.head_min_count, min_precision=args.head_min_precision)
    note = (f"MUC-4 role lexicon learned from the train split (DEV-MUC3-0001..1300) by\n"
            f"benchmarks/muc4_lexicon.py --min-count {args.min_count} --min-precision {args.min_precision}:\n"
            "phrases that fill the role in that many documents and in that share of the relevant\n"
            "documents whose text holds them. Regenerate rather than edit; add by hand in muc4.toml.")
    note += (f"\n[heads]: head words of noun phrases filling the role (--head-min-count {args.head_min_count}"
             f" --head-min-precision {args.head_min_precision}).")
    args.out.write_text(lexicon_toml({"fillers": lexicon, "heads": heads}, note=note), encoding="utf-8")
    print(f"{args.out}: phrases " + ", ".join(f"{role} {len(p)}" for role, p in lexicon.items())
          + "; heads " + ", ".join(f"{role} {len(p)}" for role, p in heads.items()))


if __name__ == "__main__":
    main()
