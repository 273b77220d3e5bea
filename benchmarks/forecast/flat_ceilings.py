"""Where the shipped draws' plateaus lie on curves generated flat at a known ceiling (issue 100, item 1's property).

The generator of ``tests/planner/forecast/test_flatness.py``: seven doublings from 50 labels, the last two gaining a
fifth of the runs' mean noise, scores read on test splits of 500-3,000, 1-5 runs. Usage (from the repository root)::

    PYTHONPATH=$PWD .venv/bin/python benchmarks/forecast/flat_ceilings.py --curves 200 --seed 0
"""
import argparse

import numpy as np

from planner.forecast.curves import fit_curve

N, p = 50 * 2.0 ** np.arange(7), argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument("--curves", type=int, default=200)
p.add_argument("--seed", type=int, default=0)
a = p.parse_args()
rng, above, share, excess = np.random.default_rng(a.seed), [], [], []
for _ in range(a.curves):
    ceiling, gap, size, runs = rng.uniform(0.6, 0.95), rng.uniform(0.15, 0.4), rng.choice([500, 1000, 3000]), \
        rng.integers(1, 6)
    se = np.sqrt(ceiling * (1 - ceiling) / size)
    rate = max(np.log(gap / (0.2 * se / np.sqrt(runs))) / np.log(N[-3] / N[0]), 1.0)
    y = rng.binomial(size, ceiling - gap * (N / N[0]) ** -rate, size=(runs, N.size)) / size
    plateau = np.asarray(fit_curve(np.tile(N, runs), y.ravel(), seeds=np.repeat(np.arange(runs), N.size),
                                   n_bootstrap=200, seed=0).draws.plateau)
    above, share = above + [np.median(plateau) > ceiling + 2 * se], share + [np.mean(plateau > ceiling + 2 * se)]
    excess.append(np.median(plateau) - ceiling)
print(f"{a.curves} curves: median plateau above ceiling + 2 SE in {np.mean(above):.1%}; draws above it "
      f"{np.mean(share):.1%} on average (aim: none, and at most 10%); median excess {np.median(excess):+.4f} "
      f"(quartiles {np.quantile(excess, 0.25):+.4f} to {np.quantile(excess, 0.75):+.4f})")
