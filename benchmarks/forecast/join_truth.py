"""Join ``sk_truth.py`` builds into one truth table, for the scripts that read one (``evaluate_decisions.py``,
``bench_campaign.py``).

``sk_truth.py --datasets ... --out-dir DIR`` writes a build of some data sets to ``DIR/sk_truth.parquet`` and
``DIR/sk_datasets.json``; a round's new report sets are built that way, beside the main build. This script
writes the rows of every build (duplicates of one (dataset, model, strategy, seed, n_labels) kept once, the
first build's) and their data-set facts (the first build's entry per data set) to ``OUT.parquet`` and the
``sk_datasets`` JSON beside it (the name the readers derive from the table's name).

Usage (from the repository root)::

    .venv/bin/python benchmarks/forecast/join_truth.py benchmarks/.data/forecast \\
        benchmarks/.data/forecast/v8build benchmarks/.data/forecast/v10build benchmarks/.data/forecast/v11build \\
        --out benchmarks/.data/forecast/sk_truth_all.parquet
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from files import facts_path, write_whole  # noqa: E402

KEY = ["dataset", "model", "strategy", "seed", "n_labels"]


def join(builds: list[Path], out: Path) -> tuple[int, int]:
    """Write the joined table and facts; returns (data sets, rows)."""
    frames, facts, seen = [], [], set()
    for b in builds:
        table, info = b / "sk_truth.parquet", b / "sk_datasets.json"
        if not table.is_file() or not info.is_file():
            raise ValueError(f"{b} holds no sk_truth.parquet with its sk_datasets.json: build it with sk_truth.py")
        frames.append(pd.read_parquet(table))
        for f in json.loads(info.read_text()):
            if f["dataset"] not in seen:
                seen.add(f["dataset"])
                facts.append(f)
    df = pd.concat(frames, ignore_index=True).drop_duplicates(KEY).reset_index(drop=True)
    write_whole(out, lambda tmp: df.to_parquet(tmp, index=False))
    write_whole(facts_path(out), lambda tmp: tmp.write_text(json.dumps(facts)))
    return int(df["dataset"].nunique()), len(df)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("builds", nargs="+", type=Path, help="directories holding sk_truth.parquet + sk_datasets.json")
    ap.add_argument("--out", type=Path, required=True, help="the joined table (a name containing sk_truth)")
    args = ap.parse_args(argv)
    if "sk_truth" not in args.out.name or args.out.suffix != ".parquet":
        print(f"--out {args.out}: name it sk_truth<anything>.parquet, so readers find its facts beside it",
              file=sys.stderr)
        return 2
    try:
        n_sets, n_rows = join(args.builds, args.out)
    except ValueError as e:
        print(str(e), file=sys.stderr)
        return 2
    print(f"{n_sets} data sets, {n_rows:,} rows -> {args.out} (+ {facts_path(args.out).name})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
