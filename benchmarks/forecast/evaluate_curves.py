"""Score a learning-curve forecaster on the forecast cases of one part, per stratum.

The curve-level scoring harness. For every case of ``benchmarks/forecast/cases.py`` (a prefix and its truth) the
forecaster is called on the prefix alone and scored against the truth.

Forecaster
----------
A callable ``forecaster(n, Y, features) -> fitted`` with ``n`` (m,) the prefix's label counts, ``Y`` (S, m) accuracy
by run (NaN where missing), ``features`` the case's prefix-only features (``kind`` = ``"random"`` or ``"al"``,
``learner``, ``family``, ``regime``, ..., and ``key``, the data set's split key). ``fitted`` needs
``sample_predictions(n_array) -> (B, k)`` draws of accuracy and ``labels_samples(target) -> (B,)`` draws of the labels
needed (``inf`` = never): alplan's :class:`planner.forecast.curves.FittedCurve` interface. The default
(:func:`default_forecaster`): ``planner.forecast.curves.fit_curve(..., n_bootstrap=200, seed=0, kind=...)``. Any
other: ``--forecaster module:function`` (the repository root on the path) or ``path/to/file.py:function``; ``pow3``,
``pow4``, ``mmf4`` and ``last`` are the plain baselines of ``baselines.py`` (nothing of alplan's). A forecaster that
raises on a case counts it as *refused* (reported per stratum, excluded from the other metrics).

Metrics (per stratum and overall)
---------------------------------
Accuracy at n (one row per case x truth label count; ratio = n / n_end):

* ``cov80``: share of rows whose truth lies in the central 80% interval of the draws (10% and 90% quantiles,
  inclusive, widened by :data:`RESOLUTION` = 1e-4 on each side: a measured accuracy has no finer resolution, and
  without it a perfect test score of 1.0 counted as outside a 90% draw of 0.99999; the rows also carry
  ``covered_strict``, the count without it);
* ``mae``: median absolute error of the median draw; ``bias``: median of (median draw - truth): negative = forecasts
  too low (plateau underestimated);
* ``crps``: mean sample CRPS of the draws (``E|X - y| - E|X - X'| / 2``).
* per row also ``pit`` = share of draws below the truth (ties count half): uniform when calibrated, so coverage at any
  level follows from the rows.

Labels to target (one row per case x target; the targets of ``cases.py``: truth at ratio 2, 4, 8, 16 and ``above`` the
truth's max). ``L`` = the truth labels (``inf`` = not reached up to the horizon ``H``, the largest truth count);
``q10, q50, q90`` = quantiles of the label draws (``inf`` included, as order statistics):

* ``cov80``: ``q10 <= L <= q90`` for a finite ``L``; for ``L`` beyond the horizon, ``q90 > H`` (the interval reaches
  past what was measured);
* ``within2x``: ``L / 2 <= q50 <= 2 L`` for a finite ``L``; for ``L`` beyond the horizon, ``q50 > H`` (the median
  forecast also says "not within the horizon");
* ``wrong_unreach``: ``q50 = inf`` (the median draw never reaches the target) while the truth reaches it within the
  horizon (finite ``L``); the rate is over rows with finite ``L``; ``wrong_reach``, its other side: ``q50 <= H`` over
  rows with ``L`` beyond the horizon.

Strata: extrapolation ratio (``<=2x``, ``2-4x``, ``4-8x``, ``8-16x``; 16x includes LCDB's rounded 16.09x; for labels,
the truth's ``L / n_end``, ``beyond`` when inf), ``regime`` (rising / levelling, from the prefix), seed means vs
single run, learner family, source, strategy, prefix kind, ``falls``, and the crossings ratio x regime, ratio x runs,
regime x runs (every row also carries the planner's own calibration stratum of the prefix when the forecaster exposes
it: ``kind``, ``group`` (rise / level / few) and ``runs``); for labels also ``target_kind`` (r2 .. r16, above) and
``target_gap`` (target minus the prefix's last mean: <0.5, 0.5-2, >=2 accuracy points: targets within the noise of a
levelling curve are a different problem from distant ones). Rows are weighted equally within a stratum (a case with
more truth counts weighs more). Coverages carry a bootstrap standard error that resamples data sets (``key``), since
the curves of one data set move together.

Truth: ``--truth mean`` (default) scores against ``truth_acc`` (the mean over the curve's runs, other runs for
single-run cases); ``--truth same`` against ``truth_acc_same`` and ``targets_same`` (the case's own runs continued:
for a single run, its own test split).

Outputs: a markdown report printed and written to ``benchmarks/.data/forecast/curves_<source>_<part>[_<tag>].md``, the
rows to ``..._acc.parquet``, ``..._labels.parquet`` and ``..._cases.parquet``.

Usage (from the repository root)::

    nice -n 10 .venv/bin/python benchmarks/forecast/evaluate_curves.py --source lcdb --limit 400 --jobs 2
    nice -n 10 .venv/bin/python benchmarks/forecast/evaluate_curves.py --source sim --jobs 2
    nice -n 10 .venv/bin/python benchmarks/forecast/evaluate_curves.py --source lcdb,sim \\
        --forecaster mypkg.mymodule:my_forecaster --tag mine

``--part`` defaults to ``selection``; ``report`` is refused unless ``--i-mean-report`` is given (the report part is
scored once, at the end).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import multiprocessing as mp
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [p for p in (str(ROOT), str(HERE)) if p not in sys.path]

from cases import PARTS, RATIO_TOL, SOURCES, Case, load_cases  # noqa: E402
from files import write_whole  # noqa: E402

OUT_DIR = ROOT / "benchmarks" / ".data" / "forecast"
LEVEL = 0.8
#: Accuracy resolution of the coverage count: half an example of a 5,000-example test set.
RESOLUTION = 1e-4
RATIO_EDGES = (2.0, 4.0, 8.0, 16.0)
RATIO_NAMES = ("<=2x", "2-4x", "4-8x", "8-16x")


def default_forecaster(n, Y, features, **design):
    """alplan's current forecast: ``planner.forecast.curves.fit_curve`` on the prefix (runs as seeds); ``design``:
    ``fit_curve``'s ``calibration`` and ``analog`` (default the shipped ones)."""
    from planner.forecast.curves import fit_curve

    Y = np.atleast_2d(np.asarray(Y, dtype=float))
    S, m = Y.shape
    nn = np.broadcast_to(np.asarray(n, dtype=float), (S, m))
    ss = np.broadcast_to(np.arange(S).reshape(S, 1), (S, m))
    ok = np.isfinite(Y)
    return fit_curve(nn[ok], Y[ok], seeds=ss[ok], n_bootstrap=200, seed=0,
                     kind=features.get("kind", "random"), neural=features.get("family") == "neural",
                     metric=features.get("metric"), **design)


@lru_cache(maxsize=8)
def _library_without(key: str):
    """The shipped analog library less the curves of data set ``key``."""
    from planner.forecast import analogs

    df = analogs.load_library_frame()
    return analogs.Library.from_frame(df[df["key"] != key], source=f"planner/data/analogs.csv without {key}")


def without_spread_own_set_out(n, Y, features):
    """The forecast ``spread.py`` is fitted on: the shipped design without the spread factors (never fitted on
    their own output), and with the analog library less the case's own data set (``features["key"]``), so that
    a calibration-part curve is forecast as a new data set's would be, not from its own continuation and its
    siblings' (the library is built from the calibration part)."""
    return default_forecaster(n, Y, features, spread={}, library=_library_without(str(features["key"])))


def resolve_forecaster(spec: str | Callable) -> Callable:
    """A forecaster from ``module:function`` or ``path/file.py:function`` (or a callable, returned as is)."""
    if callable(spec):
        return spec
    if spec in ("default", ""):
        return default_forecaster
    if spec in ("pow3", "mmf4", "pow4", "last"):  # the plain baselines (baselines.py)
        import baselines

        return getattr(baselines, spec)
    if ":" not in spec:
        raise ValueError(f"--forecaster {spec!r}: give module:function (e.g. benchmarks.forecast.mine:forecast)")
    mod_name, func = spec.rsplit(":", 1)
    if mod_name.endswith(".py"):
        path = Path(mod_name)
        if not path.exists():
            raise ValueError(f"--forecaster {spec!r}: no file {path}")
        s = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(s)
        s.loader.exec_module(mod)
    else:
        try:
            mod = importlib.import_module(mod_name)
        except ImportError as exc:
            raise ValueError(f"--forecaster {spec!r}: cannot import {mod_name} ({exc})") from None
    fn = getattr(mod, func, None)
    if not callable(fn):
        raise ValueError(f"--forecaster {spec!r}: {mod_name} has no function {func}")
    return fn


def ratio_bucket(r: float) -> str:
    if not np.isfinite(r):
        return "beyond"
    for edge, name in zip(RATIO_EDGES, RATIO_NAMES):
        if r <= edge * (1 + 1e-9) or (edge == RATIO_EDGES[-1] and r <= edge * RATIO_TOL):
            return name
    return "beyond"


def sample_crps(draws: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Sample CRPS of draws (B, k) against truths (k,): ``E|X - y| - E|X - X'| / 2``."""
    x = np.sort(draws, axis=0)
    B = x.shape[0]
    term1 = np.mean(np.abs(x - y[None, :]), axis=0)
    w = (2 * np.arange(1, B + 1) - B - 1)[:, None]
    term2 = np.sum(w * x, axis=0) / (B * B)
    return term1 - term2


def gap_bucket(gap: float) -> str:
    """How far a target lies above the prefix's last mean accuracy, in accuracy points."""
    if gap < 0.005:
        return "<0.5pt"
    if gap < 0.02:
        return "0.5-2pt"
    return ">=2pt"


def _order_quantiles(s: np.ndarray, qs=(0.1, 0.5, 0.9)) -> np.ndarray:
    """Quantiles as order statistics (``inverted_cdf``): well defined with ``inf`` draws."""
    return np.quantile(np.asarray(s, dtype=float), qs, method="inverted_cdf")


def score_case(case: Case, forecaster: Callable, truth: str = "mean") -> dict:
    """Score one case: ``{"case": {...}, "acc": [rows], "labels": [rows]}``."""
    f = case.features
    base = {"case_id": case.case_id, "key": case.key, "part": case.part, "source": case.source,
            "learner": case.learner, "family": case.family, "strategy": case.strategy,
            "prefix_kind": case.prefix_kind, "single_run": "single run" if case.single_run else "seed means",
            "regime": f.get("regime"), "falls": bool(f.get("falls"))}
    t0 = time.perf_counter()
    try:
        fit = forecaster(case.n.copy(), case.Y.copy(), dict(f, key=case.key))
        draws = np.asarray(fit.sample_predictions(case.truth_n), dtype=float)
        tg, tl, tk_all = ((case.targets, case.target_labels, case.target_kind) if truth == "mean"
                          else (case.targets_same, case.target_labels_same, case.target_kind_same))
        lab = [np.asarray(fit.labels_samples(float(t)), dtype=float) for t in tg]
    except Exception as exc:  # a refused case is data: counted per stratum
        msg = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        return {"case": {**base, "refused": True, "error": msg[:200], "seconds": time.perf_counter() - t0},
                "acc": [], "labels": []}
    seconds = time.perf_counter() - t0
    # the planner's own reading of the prefix (its calibration stratum), when the forecaster exposes it
    raw = getattr(getattr(fit, "draws", None), "raw", None)
    regime = getattr(raw, "regime", None)
    base.update(kind=f.get("kind", "random"), group=getattr(regime, "group", ""),
                runs=int(getattr(raw, "runs", 0) or 0))
    n_end = case.n_end
    ytrue = case.truth_acc if truth == "mean" else case.truth_acc_same
    ok = np.isfinite(ytrue)
    acc_rows = []
    if ok.any():
        d = draws[:, ok]
        yt = ytrue[ok]
        q10, q50, q90 = np.quantile(d, [(1 - LEVEL) / 2, 0.5, (1 + LEVEL) / 2], axis=0)
        crps = sample_crps(d, yt)
        pit = np.mean(d < yt, axis=0) + 0.5 * np.mean(d == yt, axis=0)
        for j, nn in enumerate(case.truth_n[ok]):
            r = nn / n_end
            acc_rows.append({**base, "n": float(nn), "ratio": float(r), "stratum_ratio": ratio_bucket(r),
                             "truth": float(yt[j]), "q10": float(q10[j]), "q50": float(q50[j]),
                             "q90": float(q90[j]),
                             "covered": bool(q10[j] - RESOLUTION <= yt[j] <= q90[j] + RESOLUTION),
                             "covered_strict": bool(q10[j] <= yt[j] <= q90[j]),
                             "err": float(q50[j] - yt[j]), "abs_err": float(abs(q50[j] - yt[j])),
                             "crps": float(crps[j]), "pit": float(pit[j])})
    lab_rows = []
    H = case.horizon_n
    for t, L, tk, s in zip(tg, tl, tk_all, lab):
        q10, q50, q90 = _order_quantiles(s, ((1 - LEVEL) / 2, 0.5, (1 + LEVEL) / 2))
        finite = bool(np.isfinite(L))
        covered = bool(q10 <= L <= q90) if finite else bool(q90 > H)
        within = bool(np.isfinite(q50) and L / 2 <= q50 <= 2 * L) if finite else bool(q50 > H)
        wrong = finite and bool(np.isinf(q50))
        gap = float(t - f["y_end"])
        lab_rows.append({**base, "target_kind": tk, "target": float(t), "truth_labels": float(L),
                         "gap": gap, "target_gap": gap_bucket(gap),
                         "horizon_n": float(H), "truth_ratio": float(L / n_end),
                         "stratum_ratio": ratio_bucket(L / n_end), "q10": float(q10), "q50": float(q50),
                         "q90": float(q90), "p_unreachable": float(np.mean(np.isinf(s))),
                         "pit": float(np.mean(s < L) + 0.5 * np.mean(s == L)) if finite else float("nan"),
                         "covered": covered, "within2x": within, "truth_finite": finite,
                         "wrong_unreach": wrong})
    return {"case": {**base, "refused": False, "error": "", "seconds": seconds}, "acc": acc_rows, "labels": lab_rows}


_WORK: dict = {}


def _init_worker(cases, spec, truth):
    _WORK["cases"] = cases
    _WORK["forecaster"] = resolve_forecaster(spec)
    _WORK["truth"] = truth


def _score_index(i: int) -> dict:
    return score_case(_WORK["cases"][i], _WORK["forecaster"], _WORK["truth"])


def evaluate(cases: list[Case], forecaster="default", *, jobs: int = 1, truth: str = "mean",
             progress: bool = False) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Score every case; return ``(cases, acc_rows, label_rows)`` frames.

    ``forecaster``: a callable, or ``module:function`` / ``file.py:function`` (with ``jobs > 1`` a callable must be
    importable by the workers, i.e. a module-level function; a string is safest)."""
    if truth not in ("mean", "same"):
        raise ValueError(f"truth must be 'mean' or 'same', got {truth!r}")
    if jobs < 1:
        raise ValueError(f"jobs must be >= 1, got {jobs}")
    results = []
    t0 = time.perf_counter()
    if jobs == 1:
        fc = resolve_forecaster(forecaster)
        for i, c in enumerate(cases):
            results.append(score_case(c, fc, truth))
            if progress and (i + 1) % 50 == 0:
                print(f"  {i + 1}/{len(cases)} cases, {time.perf_counter() - t0:.0f} s", flush=True)
    else:
        resolve_forecaster(forecaster)  # fail early, in the parent, with one line
        ctx = mp.get_context("fork")
        with ctx.Pool(jobs, initializer=_init_worker, initargs=(cases, forecaster, truth)) as pool:
            for i, res in enumerate(pool.imap(_score_index, range(len(cases)), chunksize=4)):
                results.append(res)
                if progress and (i + 1) % 50 == 0:
                    print(f"  {i + 1}/{len(cases)} cases, {time.perf_counter() - t0:.0f} s", flush=True)
    case_df = pd.DataFrame([r["case"] for r in results])
    acc_df = pd.DataFrame([row for r in results for row in r["acc"]])
    lab_df = pd.DataFrame([row for r in results for row in r["labels"]])
    return case_df, acc_df, lab_df


DIMENSIONS = ("overall", "stratum_ratio", "regime", "single_run", "family", "source", "strategy", "prefix_kind",
              "falls", "target_kind", "target_gap",
              # the issue's targets hold "in every ratio stratum, for curves rising and levelling, seed means
              # and single runs": the crossings
              ("stratum_ratio", "regime"), ("stratum_ratio", "single_run"), ("regime", "single_run"))
_ORDER = {name: i for i, name in enumerate(RATIO_NAMES + ("beyond",) + ("r2", "r4", "r8", "r16", "above")
                                           + ("<0.5pt", "0.5-2pt", ">=2pt"))}
_ROW_LEVEL = {"stratum_ratio", "target_kind", "target_gap"}
BOOT = 200


def cluster_se(df: pd.DataFrame, col: str, seed: int = 0) -> float:
    """Bootstrap standard error of ``df[col].mean()`` resampling data sets (``key``): rows of one data set move together."""
    if df.empty or df["key"].nunique() < 2:
        return float("nan")
    g = df.groupby("key")[col].agg(["sum", "count"])
    k = len(g)
    rng = np.random.default_rng(np.random.SeedSequence([int(seed), 0xB007]))
    W = rng.multinomial(k, np.full(k, 1.0 / k), size=BOOT)
    num = W @ g["sum"].to_numpy(dtype=float)
    den = W @ g["count"].to_numpy(dtype=float)
    return float(np.std(num / np.maximum(den, 1), ddof=1))


def _sort_key(v):
    parts = v if isinstance(v, tuple) else (v,)
    return tuple((_ORDER.get(p, 99), str(p)) for p in parts)


def summarise(case_df: pd.DataFrame, acc_df: pd.DataFrame, lab_df: pd.DataFrame) -> pd.DataFrame:
    """One row per (dimension, stratum): coverage (with a data-set bootstrap standard error), errors, refusals."""
    out = []
    for dim in DIMENSIONS:
        cols = list(dim) if isinstance(dim, tuple) else [dim]
        name = " x ".join(cols)

        def groups(df, cols=cols, dim=dim):
            if df.empty:
                return {}
            if dim == "overall":
                return {"all": df}
            if not set(cols) <= set(df.columns):
                return {}
            by = cols if len(cols) > 1 else cols[0]
            return {k: g for k, g in df.groupby(by, sort=True)}

        gc, ga, gl = groups(case_df), groups(acc_df), groups(lab_df)
        keys = set(gc) | set(ga) | set(gl)
        if set(cols) & _ROW_LEVEL:
            keys = set(ga) | set(gl)  # row-level strata: no case count
        for k in sorted(keys, key=_sort_key):
            c, a, lab = gc.get(k), ga.get(k), gl.get(k)
            row = {"dimension": name, "stratum": " / ".join(map(str, k)) if isinstance(k, tuple) else str(k)}
            if c is not None and not set(cols) & _ROW_LEVEL:
                row["cases"] = int(len(c))
                row["refused"] = float(c["refused"].mean())
            if a is not None and len(a):
                row["acc_rows"] = int(len(a))
                row["acc_cov80"] = float(a["covered"].mean())
                row["acc_cov80_se"] = cluster_se(a, "covered")
                row["acc_mae"] = float(a["abs_err"].median())
                row["acc_bias"] = float(a["err"].median())
                row["acc_crps"] = float(a["crps"].mean())
            if lab is not None and len(lab):
                fin = lab[lab["truth_finite"]]
                row["lab_rows"] = int(len(lab))
                row["lab_cov80"] = float(lab["covered"].mean())
                row["lab_cov80_se"] = cluster_se(lab, "covered")
                row["lab_within2x"] = float(lab["within2x"].mean())
                row["wrong_unreach"] = float(fin["wrong_unreach"].mean()) if len(fin) else float("nan")
                far = lab[~lab["truth_finite"]]   # the other side: a median within the horizon the truth never reaches
                row["wrong_reach"] = float((far["q50"] <= far["horizon_n"]).mean()) if len(far) else float("nan")
            out.append(row)
    cols = ["dimension", "stratum", "cases", "refused", "acc_rows", "acc_cov80", "acc_cov80_se", "acc_mae",
            "acc_bias", "acc_crps", "lab_rows", "lab_cov80", "lab_cov80_se", "lab_within2x", "wrong_unreach",
            "wrong_reach"]
    return pd.DataFrame(out).reindex(columns=cols)


def _fmt(v, spec):
    return "" if v is None or (isinstance(v, float) and not np.isfinite(v)) else format(v, spec)


def markdown(summary: pd.DataFrame, title: str) -> str:
    """The summary as markdown tables, one per dimension."""
    lines = [f"# {title}", "", "acc_*: accuracy at n (rows = case x truth count); lab_*: labels to target (rows = case x "
             "target); cov80 = 80% interval coverage; acc_mae = median |median - truth|; acc_bias = median (median - "
             "truth); wrong_unreach over targets the truth reaches within 16x, wrong_reach over those it does not; ±: "
             "bootstrap standard error resampling data sets (200 draws). Definitions: "
             "benchmarks/forecast/evaluate_curves.py.", ""]
    head = ["stratum", "cases", "refused", "acc rows", "acc cov80", "acc MAE", "acc bias", "acc CRPS", "lab rows",
            "lab cov80", "within 2x", "wrongly unreach.", "wrongly reached"]
    specs = [("cases", ".0f"), ("refused", ".3f"), ("acc_rows", ".0f"), ("acc_cov80", "acc_cov80_se"),
             ("acc_mae", ".4f"), ("acc_bias", "+.4f"), ("acc_crps", ".4f"), ("lab_rows", ".0f"),
             ("lab_cov80", "lab_cov80_se"), ("lab_within2x", ".3f"), ("wrong_unreach", ".3f"), ("wrong_reach", ".3f")]
    for dim, g in summary.groupby("dimension", sort=False):
        lines += [f"## {dim}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for _, r in g.iterrows():   # a coverage carries its standard error (``±``)
            cells = [_fmt(r[k], f) if f[0] in ".+" else _fmt(r[k], ".3f") + (f" ±{r[f]:.3f}" if _fmt(r[f], ".3f")
                                                                               else "") for k, f in specs]
            lines.append("| " + " | ".join([str(r["stratum"]), *cells]) + " |")
        lines.append("")
    return "\n".join(lines)


def select_cases(sources: list[str], part: str, limit: int | None, seed: int,
                 paths: dict | None = None) -> list[Case]:
    """The cases of ``sources`` in ``part``; ``limit`` = a seeded subsample (per source, in proportion)."""
    cases = []
    for s in sources:
        cases.extend(load_cases(s, part=part, path=(paths or {}).get(s)))
    if limit is not None and len(cases) > limit:
        rng = np.random.default_rng(np.random.SeedSequence([int(seed), 0xCA5E]))
        keep = np.sort(rng.choice(len(cases), size=limit, replace=False))
        cases = [cases[i] for i in keep]
    return cases


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default="lcdb", help=f"one or more of {', '.join(SOURCES)}, comma-separated")
    ap.add_argument("--part", default="selection", choices=PARTS)
    ap.add_argument("--i-mean-report", action="store_true", help="allow --part report (scored once, at the end)")
    ap.add_argument("--forecaster", default="default", help="default, pow3, mmf4, pow4, last (plain baselines), module:function or file.py:function")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None, help="seeded subsample of this many cases")
    ap.add_argument("--seed", type=int, default=0, help="seed of the --limit subsample")
    ap.add_argument("--truth", choices=("mean", "same"), default="mean")
    ap.add_argument("--cases", type=Path, default=None,
                    help="cases file (one --source only; default benchmarks/.data/forecast/cases_<source>.parquet)")
    ap.add_argument("--tag", default="", help="suffix of the output names (e.g. the forecaster's name)")
    ap.add_argument("--metric", default=None,
                    help="the metric the cases' curves measure (e.g. macro_f1: cases built from a table whose "
                         "accuracy column holds macro-F1), passed to the forecaster; default accuracy")
    args = ap.parse_args(argv)
    sources = [s.strip() for s in args.source.split(",") if s.strip()]
    bad = [s for s in sources if s not in SOURCES]
    if not sources or bad:
        print(f"--source {args.source!r}: choose among {', '.join(SOURCES)} (comma-separated)", file=sys.stderr)
        return 2
    if args.part == "report" and not args.i_mean_report:
        print("--part report is scored once, at the end: add --i-mean-report when the lead asks for it",
              file=sys.stderr)
        return 2
    if args.jobs < 1 or (args.limit is not None and args.limit < 1):
        print("--jobs and --limit must be >= 1", file=sys.stderr)
        return 2
    name = f"curves_{'+'.join(sources)}_{args.part}" + (f"_{args.tag}" if args.tag else "")
    if args.cases is not None and len(sources) != 1:
        print("--cases names one file: give one --source with it", file=sys.stderr)
        return 2
    try:
        resolve_forecaster(args.forecaster)
        paths = {sources[0]: args.cases} if args.cases is not None else None
        cases = select_cases(sources, args.part, args.limit, args.seed, paths)
    except (ValueError, FileNotFoundError) as exc:
        print(str(exc).splitlines()[0], file=sys.stderr)
        return 2
    if not cases:
        print(f"no {args.part} cases for {args.source}", file=sys.stderr)
        return 2
    if args.metric:
        for c in cases:
            c.features["metric"] = args.metric
    t0 = time.perf_counter()
    print(f"scoring {len(cases)} {args.part} cases of {'+'.join(sources)} with {args.forecaster} "
          f"(jobs {args.jobs})", flush=True)
    case_df, acc_df, lab_df = evaluate(cases, args.forecaster, jobs=args.jobs, truth=args.truth, progress=True)
    wall = time.perf_counter() - t0
    n_cases = len(cases)
    summary = summarise(case_df, acc_df, lab_df)
    title = (f"Curve forecasts on {'+'.join(sources)} / {args.part}: {n_cases} cases, forecaster "
             f"{args.forecaster}, truth {args.truth}" + (f", limit {args.limit} seed {args.seed}" if args.limit else ""))
    md = markdown(summary, title)
    md += (f"\nwall {wall:.0f} s with --jobs {args.jobs}; fit time per case median "
           f"{case_df['seconds'].median():.2f} s\n")
    refused = case_df[case_df["refused"]]
    if len(refused):
        md += "\nrefusals (first 5): " + "; ".join(
            f"{r.case_id}: {r.error}" for r in refused.head(5).itertuples()) + "\n"
    for suffix, df in (("_cases", case_df), ("_acc", acc_df), ("_labels", lab_df)):
        write_whole(OUT_DIR / f"{name}{suffix}.parquet", lambda tmp: df.to_parquet(tmp, index=False))
    write_whole(OUT_DIR / f"{name}.md", lambda tmp: tmp.write_text(md))
    print(md)
    print(f"wrote {OUT_DIR / (name + '.md')} and its _cases/_acc/_labels.parquet")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
