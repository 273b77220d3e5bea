"""First answers at a campaign's pilot, per pilot factor: random's 80% range of labels to the target against where
random measured it, and the act at every price of the users' mix (``range_design.md``, section P).

Each case is ``bench_loop.py``'s: its random campaign to the budget, its targets, its first answer (``alplan plan``'s
service on the copy at the pilot; recorded only where bench_loop records it: random's stop after the pilot and the
target measured after it), the range read at the first price case as bench_loop keeps it. The factor is set on the
forecast (``planner.forecast.draws.pilot_factor``) for each value of ``--factors``; nothing else differs.

    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/pilot_ranges.py --units clf5_flip15/logreg/accuracy \
        --seeds 0,1 --factors 0,0.25,0.5,0.75,1 --out /tmp/p.json
    PYTHONPATH=$PWD .venv/bin/python benchmarks/pilot_ranges.py --summary /tmp/p.json
    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/pilot_ranges.py --loop 0.5 -- --units walk5_flat ...
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

import bench_loop as bl
import pandas as pd

from planner.decide import verdict
from planner.forecast import draws


def set_factor(f: float) -> None:
    draws.pilot_factor = lambda: float(f)
    verdict._PLAN_CACHE.clear()


def play(unit: str, seed: int, factors: list[float], frac: float) -> list[dict]:
    from corpus import load_xy, read_specs
    from planner.decide.campaign.stop_rule import first_stop

    name, model, metric = unit.split("/")
    spec = next(s for s in read_specs() if s.name == name)
    X, y = load_xy(spec)
    n_test = int(spec.test) if int(spec.test) else int(round(0.25 * len(y)))
    budget = int(min(spec.max_budget, spec.budget_frac * (len(y) - n_test)))
    batch = max(1, budget // bl.ROUNDS)
    pilot = max(2 * batch, int(round(frac * budget)))
    rows, t0 = [], time.time()
    with tempfile.TemporaryDirectory(prefix="alplan-pilot-") as tmp:
        work = Path(tmp)
        rnd, copies = bl.random_campaign(work, bl.write_pool(work, X), bl.Oracle(y), model=model, seed=seed,
                                         pilot=pilot, batch=batch, budget=budget, test_size=n_test, metric=metric)
        bl.measure_added(folder := copies[pilot])   # as `campaign add` measures it
        for target in bl._targets(rnd, budget, metric):
            met = float(rnd.loc[rnd[metric] >= target, "n_labels"].min())
            if first_stop(rnd, target, confidence=bl.CONFIDENCE, metric=metric)[0] <= pilot or met <= pilot:
                continue
            for f in factors:
                set_factor(f)
                acts, w = [], None
                for price, days, day_rate in bl.users_cases():
                    r = bl.decide(folder, price, days, day_rate, budget, target, metric)
                    if isinstance(r, str):
                        acts.append("refused")
                        continue
                    acts.append(f"{r.act}:{r.strategy}:{r.decide_at}")
                    if w is None and getattr(r, "forecast", None) is not None:
                        w = r.forecast.decision.row(bl.RANDOM)
                rows.append({"unit": unit, "seed": seed, "pilot": pilot, "target": target, "met": met, "factor": f,
                             "low": w.labels_low if w else math.nan, "high": w.labels_high if w else math.nan,
                             "covered": bool(w and w.reachable and w.labels_low <= met <= w.labels_high),
                             "scored": w is not None, "acts": acts})
    print(f"  {unit} seed {seed}: {len(rows)} rows, {time.time() - t0:.0f} s", flush=True)
    return rows


def summary(rows: list[dict]) -> str:
    df = pd.DataFrame(rows)
    df = df[df["scored"]]
    df["late"] = df["met"] > df["high"]
    out = [df.groupby("factor").agg(cases=("covered", "size"), covered=("covered", "mean"),
                                    late=("late", "mean")).to_string()]
    out.append(df.pivot_table(index="unit", columns="factor", values="covered", aggfunc="mean").round(2).to_string())
    base = df[df["factor"] == 1.0].set_index(["unit", "seed", "target"])["acts"]
    for f, g in df[df["factor"] != 1.0].groupby("factor"):
        own = g.set_index(["unit", "seed", "target"])["acts"]
        same = [base.get(k) == v for k, v in own.items()]
        out.append(f"factor {f}: first answers' acts as at 1.0 in {sum(same)} of {len(same)} (unit, seed, target); "
                   f"differing: {sorted({k[0] for k, s in zip(own.index, same) if not s})}")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--units", default="")
    ap.add_argument("--seeds", default="0,1")
    ap.add_argument("--factors", default="0,0.25,0.5,0.75,1")
    ap.add_argument("--pilot", type=int, default=8)
    ap.add_argument("--out", default=None)
    ap.add_argument("--summary", default=None)
    ap.add_argument("--loop", type=float, default=None, help="bench_loop.py with this factor, its arguments after --")
    a, rest = ap.parse_known_args(argv)
    if a.loop is not None:
        set_factor(a.loop)
        return bl.main([x for x in rest if x != "--"])
    if a.summary:
        print(summary(json.loads(Path(a.summary).read_text())))
        return 0
    rows = json.loads(Path(a.out).read_text()) if a.out and Path(a.out).exists() else []
    factors = [float(x) for x in a.factors.split(",")]
    for unit in a.units.split(","):
        for seed in (int(s) for s in a.seeds.split(",")):
            if any(r["unit"] == unit and r["seed"] == seed for r in rows):
                continue
            rows += play(unit, seed, factors, 1 / a.pilot)
            if a.out:
                Path(a.out).write_text(json.dumps(rows))
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
