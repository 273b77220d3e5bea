"""Regenerate the golden outputs: ``python tests/golden/make_golden.py``.

Five fixed curves tables (written here from fixed seeds, then stored as CSV) and the JSON that
``alplan plan``, ``fit`` and ``replan`` print for each. ``test_golden.py`` checks the CLI still prints
them. A deliberate change of numbers regenerates them in its own commit, which says why.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
TABLES = HERE / "tables"
EXPECTED = HERE / "expected"

#: name -> (ceiling, scale, exponent, AL efficiencies, rounds, seeds, batch, noise sd)
SHAPES = {
    "easy_al_wins": (0.97, 0.9, 0.55, {"random": 1.0, "margin": 2.5, "entropy": 2.0}, 14, 3, 20, 0.004),
    "al_no_gain": (0.92, 0.8, 0.45, {"random": 1.0, "margin": 1.0}, 12, 3, 25, 0.005),
    "flat_plateau": (0.955, 0.3, 0.9, {"random": 1.0, "margin": 1.6}, 16, 2, 20, 0.003),
    "slow_rise": (0.88, 1.1, 0.3, {"random": 1.0, "margin": 1.3, "coreset": 1.1}, 10, 4, 50, 0.006),
    "single_seed": (0.95, 0.7, 0.5, {"random": 1.0, "margin": 1.8}, 12, 1, 30, 0.004),
}

#: name -> (target, extra plan flags)
PLANS = {
    "easy_al_wins": (0.95, ["--label-price", "0.5", "--engineering-days", "2"]),
    "al_no_gain": (0.88, ["--label-price", "0.04"]),
    "flat_plateau": (0.95, ["--label-price", "2", "--pool-size", "5000"]),
    "slow_rise": (0.85, ["--label-price", "1", "--engineering-days", "10", "--turnaround-days", "3"]),
    "single_seed": (0.93, ["--label-price", "0.1"]),
}


def table(name: str) -> pd.DataFrame:
    c, a, alpha, effs, rounds, seeds, batch, sd = SHAPES[name]
    rng = np.random.default_rng(sum(map(ord, name)))
    rows = []
    for strategy, eff in effs.items():
        for seed in range(seeds):
            for r in range(rounds):
                n = batch * (r + 1)
                acc = float(np.clip(c - a * (n / eff) ** -alpha + rng.normal(0, sd), 0.01, 0.999))
                rows.append({"dataset": name, "model": "logreg", "strategy": strategy, "seed": seed,
                             "batch_size": batch, "label_noise": 0.0, "round": r, "n_labels": n,
                             "accuracy": round(acc, 6)})
    return pd.DataFrame(rows)


def commands(name: str, path: Path) -> dict[str, list[str]]:
    target, flags = PLANS[name]
    first = pd.read_csv(path)
    measured = first[(first.strategy == "margin") & (first.seed == 0)].head(6)
    return {
        "plan": ["plan", str(path), "--target", str(target), *flags, "--json"],
        "fit": ["fit", str(path), "--target", str(target), "--json"],
        "replan": ["replan", str(path), "--target", str(target), "--strategy", "margin",
                   "--label-price", "0.1", "--budget", str(int(measured.n_labels.max() * 8)), "--json"],
    }


def run(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-m", "planner.cli", *args], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def main() -> None:
    TABLES.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    for name in SHAPES:
        path = TABLES / f"{name}.csv"
        table(name).to_csv(path, index=False)
        rel = path.relative_to(HERE.parent.parent)
        for command, args in commands(name, rel).items():
            result = run(args)
            (EXPECTED / f"{name}.{command}.json").write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
            print(name, command, "ok")


if __name__ == "__main__":
    main()
