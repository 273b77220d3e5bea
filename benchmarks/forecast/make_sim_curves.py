"""Simulate the simulator's own long learning curves for the forecast evaluation corpus.

The ``sim`` source of ``benchmarks/forecast/cases.py`` (the simulator's own curves). Long logreg curves on ten proxy
data sets (digits, mnist1d, breast_cancer and seven synthetic variants of varied difficulty, class count and
imbalance) and mlp curves on six of them; two strategies (random, and margin: the AL strategy whose curves differ most
from random's); five seeds (200-204, disjoint from the calibration sets'); budgets long enough that a 1/16 prefix is
followed by 16x more labels. cnn is left out to keep the corpus within ~12 CPU-minutes (the mlp runs already take most
of it).

Output: ``benchmarks/.data/forecast/sim_curves.parquet`` with the columns
``dataset, model, strategy, seed, n_labels, accuracy, budget`` (``dataset`` is the config name below: the split key is
``sim:<dataset>``, so every curve of one config lies in one part of ``split.py``). Resumable: each config's curves are
cached in ``benchmarks/.data/forecast/sim_runs/<config>.parquet`` and skipped when present. Deterministic (the seeds
are fixed).

Usage (from the repository root, ~12 CPU-minutes on one core, most of it the mlp runs)::

    nice -n 10 .venv/bin/python benchmarks/forecast/make_sim_curves.py
    nice -n 10 .venv/bin/python benchmarks/forecast/make_sim_curves.py --only digits-mlp   # one config
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from files import write_whole  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "benchmarks" / ".data" / "forecast"
STRATEGIES = ("random", "margin")
SEEDS = (200, 201, 202, 203, 204)  # disjoint from the calibration sets' seeds (0-2, 10-29, 100-104)


@dataclass(frozen=True)
class SimCurveConfig:
    """One (data set variant, model): strategies x seeds, initial/batch/budget."""

    name: str
    dataset: str
    model: str
    params: tuple = ()
    initial: int = 10
    batch_size: int = 20
    budget: int = 1280

    def sim_config(self):
        from simulations import SimulationConfig

        return SimulationConfig(datasets=(self.dataset,), model=self.model, strategies=STRATEGIES,
                                seeds=SEEDS, initial=self.initial, batch_size=self.batch_size,
                                budget=self.budget, dataset_params=tuple(self.params))


def _syn(n_samples, n_features, n_classes, class_sep, imbalance=1.0):
    return (("class_sep", float(class_sep)), ("imbalance", float(imbalance)), ("n_classes", int(n_classes)),
            ("n_features", int(n_features)), ("n_samples", int(n_samples)))


# Data-set variants (name, proxy, params, budget, batch, models); the split key is sim:<variant>
# (model-free: both models of a variant share a part). mlp runs on 6 of the 10 variants: an mlp
# run on the 6,000-10,000-example synthetic sets costs ~10 s here, logreg ~0.5 s.
VARIANTS = (
    ("digits", "digits", (), 960, 15, ("logreg", "mlp")),                      # pool 1,347
    ("mnist1d", "mnist1d", (("n_samples", 8000),), 1600, 25, ("logreg", "mlp")),
    ("breast_cancer", "breast_cancer", (), 400, 6, ("logreg", "mlp")),         # pool 426
    ("syn-f16-c3-sep1.0", "synthetic", _syn(8000, 16, 3, 1.0), 1280, 20, ("logreg", "mlp")),
    ("syn-f24-c5-sep0.7-imb4", "synthetic", _syn(8000, 24, 5, 0.7, 4.0), 1280, 20, ("logreg",)),
    ("syn-f8-c2-sep0.4-imb8", "synthetic", _syn(6000, 8, 2, 0.4, 8.0), 1280, 20, ("logreg", "mlp")),
    ("syn-f40-c8-sep1.4", "synthetic", _syn(10000, 40, 8, 1.4), 1280, 20, ("logreg", "mlp")),
    ("syn-f12-c4-sep0.9-imb2", "synthetic", _syn(8000, 12, 4, 0.9, 2.0), 1280, 20, ("logreg",)),
    ("syn-f30-c2-sep1.6", "synthetic", _syn(6000, 30, 2, 1.6), 1280, 20, ("logreg",)),
    ("syn-f6-c6-sep0.6", "synthetic", _syn(8000, 6, 6, 0.6), 1280, 20, ("logreg",)))

CONFIGS = tuple(SimCurveConfig(f"{name}-{model}", ds, model, params, batch_size=bs, budget=budget)
                for name, ds, params, budget, bs, models in VARIANTS for model in models)
DATASET_OF = {f"{name}-{model}": name for name, *_, models in VARIANTS for model in models}


def run_config(cfg: SimCurveConfig, cache: Path) -> pd.DataFrame:
    """The curves of one config (from its cache file when present)."""
    path = cache / f"{cfg.name}.parquet"
    if path.exists():
        return pd.read_parquet(path)
    from simulations import simulate

    df = simulate(cfg.sim_config())
    out = pd.DataFrame({"dataset": DATASET_OF[cfg.name], "model": cfg.model, "strategy": df["strategy"].astype(str),
                        "seed": df["seed"].astype(int), "n_labels": df["n_labels"].astype(int),
                        "accuracy": df["accuracy"].astype(float), "budget": int(cfg.budget)})
    write_whole(path, lambda tmp: out.to_parquet(tmp, index=False))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT_DIR / "sim_curves.parquet")
    ap.add_argument("--only", default=None, help="comma-separated config names (default: all)")
    args = ap.parse_args(argv)
    names = [c.name for c in CONFIGS]
    chosen = CONFIGS
    if args.only:
        want = [x.strip() for x in args.only.split(",") if x.strip()]
        bad = [w for w in want if w not in names]
        if bad:
            print(f"unknown config {bad[0]!r} for --only: choose among {', '.join(names)}", file=sys.stderr)
            return 2
        chosen = tuple(c for c in CONFIGS if c.name in want)
    t_all = time.perf_counter()
    frames = []
    for cfg in chosen:
        t0 = time.perf_counter()
        frames.append(run_config(cfg, OUT_DIR / "sim_runs"))
        print(f"{cfg.name}: {len(frames[-1])} rows in {time.perf_counter() - t0:.1f} s", flush=True)
    if args.only:
        return 0  # a partial run fills the cache only; the table is written by a full run
    df = pd.concat(frames, ignore_index=True)
    write_whole(args.out, lambda tmp: df.to_parquet(tmp, index=False))
    print(f"wrote {args.out}: {len(df)} rows, {df.groupby(['dataset', 'model', 'strategy', 'seed']).ngroups} runs "
          f"in {time.perf_counter() - t_all:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
