"""Leave one corpus out: each corpus scored with an extrapolation table fitted without it.

The shipped ``planner/data/extrapolation.csv`` is fitted on the calibration parts of every corpus (LCDB, the
scikit-learn loop, the simulator), so a corpus's selection part is scored with a table that has learned its kind of
curve. Here, for each corpus ``C``, ``calibrate.py --sources <the others>`` fits the table on the other corpora's
calibration parts, and ``C``'s selection part is scored with it (``benchmarks/range_design.md``, section L).

Tables (``fit``, written to ``--out-dir``):

* ``loco_without_<C>.csv``: the plateau shift fitted (what ``calibrate.py`` ships);
* ``loco0_without_<C>.csv``: the plateau shift held at 0 (``calibrate.py --no-shift``), the other five numbers fitted;
* ``zero.csv``: the shipped table with every ``mu_plateau`` set to 0, nothing refitted.

Scoring reads a table through the environment variable ``LOCO_TABLE`` (a path; ``shipped`` or unset: the shipped
table):

* curves: ``evaluate_curves.py --forecaster benchmarks/forecast/loco.py:with_table``;
* decisions and the loop: ``loco.py run SCRIPT -- <its arguments>`` (``evaluate_decisions.py``, ``bench_loop.py``: the
  planner's table replaced for the run);
* ``summary``: one line per (corpus, table) from the outputs of both.

Usage (from the repository root; see ``benchmarks/range_design.md`` for the exact runs)::

    PYTHONPATH=$PWD nice -n 10 .venv/bin/python benchmarks/forecast/loco.py fit --corpora lcdb,skl,sim --limit 600
    LOCO_TABLE=benchmarks/.data/forecast/loco/loco_without_sim.csv PYTHONPATH=$PWD .venv/bin/python \\
        benchmarks/forecast/evaluate_curves.py --source sim --forecaster benchmarks/forecast/loco.py:with_table --tag x
    LOCO_TABLE=... PYTHONPATH=$PWD .venv/bin/python benchmarks/forecast/loco.py run \\
        benchmarks/forecast/evaluate_decisions.py -- --source sim ...
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

OUT = ROOT / "benchmarks" / ".data" / "forecast" / "loco"
CORPORA = ("lcdb", "skl", "sim")
ENV = "LOCO_TABLE"


@lru_cache(maxsize=4)
def _table(path: str) -> dict:
    from planner.forecast.extrapolation import calibration_from_frame

    return calibration_from_frame(pd.read_csv(path))


def chosen_table() -> dict | None:
    """The table ``LOCO_TABLE`` names (``None``: the shipped one)."""
    path = os.environ.get(ENV, "shipped")
    return None if path in ("", "shipped") else _table(str(Path(path).resolve()))


def with_table(n, Y, features):
    """The planner's forecast with the extrapolation table ``LOCO_TABLE`` names, every other table shipped."""
    from evaluate_curves import default_forecaster

    table = chosen_table()
    return default_forecaster(n, Y, features, **({} if table is None else {"calibration": table}))


def use_table() -> None:
    """Make the planner read ``LOCO_TABLE``'s table wherever it reads ``extrapolation.csv`` (this process)."""
    path = os.environ.get(ENV, "shipped")
    if path in ("", "shipped"):
        return
    import planner.forecast.extrapolation as ex

    shipped_read = ex.read_table
    frame = pd.read_csv(path)
    ex.read_table = lambda name, **kw: frame.copy() if name == "extrapolation.csv" else shipped_read(name, **kw)
    ex.load_calibration.cache_clear()


def fit(corpora, limit: int, out: Path, leave_out=None) -> None:
    import calibrate

    out.mkdir(parents=True, exist_ok=True)
    shipped = pd.read_csv(ROOT / "planner" / "data" / "extrapolation.csv")
    zero = shipped.assign(mu_plateau=0.0)
    zero["source"] = zero["source"] + "; mu_plateau set to 0"
    zero.to_csv(out / "zero.csv", index=False, float_format="%.4f")
    for c in leave_out or corpora:
        others = ",".join(x for x in corpora if x != c)
        for name, extra in (("loco", []), ("loco0", ["--no-shift"])):
            print(f"== {name} without {c} (fitted on {others})", flush=True)
            calibrate.main(["--sources", others, "--limit", str(limit), "--out",
                            str(out / f"{name}_without_{c}.csv"), *extra])


def run(script: str, argv) -> int:
    """Run ``script`` (``evaluate_decisions.py``, ``bench_loop.py``) as ``__main__`` with ``argv``, the planner
    reading ``LOCO_TABLE``'s table (worker processes forked from here read it too)."""
    import runpy

    use_table()
    sys.argv = [script, *argv]
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    return 0


def summary(curves: list[Path], decisions_json: list[Path]) -> str:
    """Curves: labels-to-target and accuracy coverage, median error, wrongly unreachable; decisions: regret of the
    recommendation against always random, Brier against the constant."""
    import json

    lines = []
    for p in curves:
        lab = pd.read_parquet(p.with_name(p.stem + "_labels.parquet"))
        acc = pd.read_parquet(p.with_name(p.stem + "_acc.parquet"))
        fin = lab[lab["truth_finite"]]
        late = (fin["truth_labels"] > fin["q90"]).mean()
        early = (fin["truth_labels"] < fin["q10"]).mean()
        by_prefix = " ".join(f"{k} {g['covered'].mean():.3f}" for k, g in lab.groupby("prefix_kind")
                             if k in ("frac8", "frac4"))
        lines.append(f"{p.stem}: labels cov80 {lab['covered'].mean():.3f} (n {len(lab)}; {by_prefix}; misses late "
                     f"{late:.3f}, early {early:.3f}) | acc cov80 {acc['covered'].mean():.3f} | median |err| "
                     f"{acc['abs_err'].median():.4f} | wrongly unreachable {fin['wrong_unreach'].mean():.3f}")
    for p in decisions_json:
        import evaluate_decisions as ev

        d = json.loads(p.read_text())
        for pilot in sorted({r["pilot_frac"] for r in d["rows"]}):
            rows = [r for r in d["rows"] if r["pilot_frac"] == pilot]
            s = ev.summarize(rows, d["base_rate"], d["naive_al"])
            lines.append(f"{p.parent.name} pilot {pilot:.3f}: cases {s['cases']} | regret {s['regret_rec']:.4f} vs "
                         f"random {s['regret_random']:.4f} | Brier {s['brier']:.4f} vs constant {s['brier_base']:.4f}"
                         + _against_shipped(p, rows, pilot))
    return "\n".join(lines)


def _against_shipped(p: Path, rows: list[dict], pilot: float) -> str:
    """`` | - shipped: regret d (SE), Brier d (SE)``: the paired differences against the same corpus's ``shipped``
    run (``<corpus>_shipped`` beside ``<corpus>_<name>``), the SE a bootstrap over data sets (seed 0)."""
    import json

    import numpy as np

    corpus, _, name = p.parent.name.partition("_")
    ref = p.parent.parent / f"{corpus}_shipped" / p.name
    if name == "shipped" or not ref.is_file():
        return ""
    base = [r for r in json.loads(ref.read_text())["rows"] if r["pilot_frac"] == pilot]
    ident = ("dataset", "model", "target", "label_price", "engineering_days", "day_rate")
    if [tuple(r[k] for k in ident) for r in rows] != [tuple(r[k] for k in ident) for r in base]:
        return " | (cases differ from shipped's)"
    ok = [i for i, (a, b) in enumerate(zip(rows, base)) if not a.get("refused") and not b.get("refused")
          and np.isfinite(a["p_al_cheaper"]) and np.isfinite(b["p_al_cheaper"])]

    def sq(r):
        return (r["p_al_cheaper"] - r["al_truly_cheaper"]) ** 2

    d_reg = np.array([rows[i]["regret_rec"] - base[i]["regret_rec"] for i in ok])
    d_bri = np.array([sq(rows[i]) - sq(base[i]) for i in ok])
    keys = np.array([rows[i]["dataset"] for i in ok])
    uniq = np.unique(keys)
    rng = np.random.default_rng(0)
    boots = []
    for _ in range(500):
        pick = np.concatenate([np.flatnonzero(keys == k) for k in rng.choice(uniq, uniq.size)])
        boots.append((d_reg[pick].mean(), d_bri[pick].mean()))
    se = np.std(np.array(boots), axis=0)
    return f" | - shipped: regret {d_reg.mean():+.4f} ({se[0]:.4f}), Brier {d_bri.mean():+.4f} ({se[1]:.4f})"


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["run"] and len(argv) > 1:
        rest = argv[2:]
        return run(argv[1], rest[1:] if rest[:1] == ["--"] else rest)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fit", help="the leave-one-corpus-out tables")
    f.add_argument("--corpora", default=",".join(CORPORA))
    f.add_argument("--limit", type=int, default=600, help="at most this many calibration cases per source (seeded)")
    f.add_argument("--out-dir", type=Path, default=OUT)
    f.add_argument("--leave-out", default=None, help="the corpora left out in turn (default every one of --corpora)")
    s = sub.add_parser("summary", help="one line per scored output")
    s.add_argument("--curves", nargs="*", type=Path, default=[], help="evaluate_curves.py's .md outputs")
    s.add_argument("--decisions", nargs="*", type=Path, default=[], help="evaluate_decisions.py's .json outputs")
    args = ap.parse_args(argv)
    if args.cmd == "fit":
        fit(args.corpora.split(","), args.limit, args.out_dir,
            args.leave_out.split(",") if args.leave_out else None)
    else:
        print(summary(args.curves, args.decisions))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
