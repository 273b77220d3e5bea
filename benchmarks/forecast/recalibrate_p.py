"""Fit the calibration of P(AL cheaper) (``planner/data/p_al_cheaper.csv``) on stored decision cases.

The verdict's P(AL cheaper) starts as a share of the joint draws: among the draws in which some path reaches the
target, those in which the cheapest AL path costs less than random (:data:`planner.decide.p_calibration.P_SHARE`). On AL
curves held out from every fit that share is less extreme than the outcomes, so the verdict reports it calibrated:

    p = expit(a + b * L + c * g + d * g * L + e * h)      L = logit(clip(share, 0.5 / B, 1 - 0.5 / B))  (B: the draws)

with ``g`` = log2 of random's quoted labels over the pool, clipped to [1/8, 4]
(:func:`planner.decide.p_calibration.calibrated_p`), and ``h`` = log2 of random's largest measured count over the pool,
clipped to [1/16, 1] (``--pilot-term``; in the saved rows the pilot's share of the budget, ``pilot_frac``); without a
pool ``c`` = ``d`` = ``e`` = 0 (a second map, ``a`` and ``b`` alone). Both maps are fitted by maximum likelihood (log
loss) on the rows ``evaluate_decisions.py`` saved for the part ``--fit-part`` names (their forecast share, random's
labels over the budget and the pilot's share of it, against whether AL was truly cheaper; both pilots pooled) and
written as the two rows of ``planner/data/p_al_cheaper.csv``. Only that part is read (a file of another part is
refused, and so is a data set both fitted and checked on); ``--check`` scores the fitted map on other saved rows
(Brier, and ``evaluate_decisions.py``'s reliability bins of 0.2, the worst over those with at least 30 cases), beside
the share and the maps in use. Nothing is written without ``--out``.

The shipped map is fitted on the report sets of three batches of the scikit-learn AL truth (their decision rows
written by ``report.py --batch N``), checked on two later ones::

    D=benchmarks/.data/forecast
    .venv/bin/python benchmarks/forecast/recalibrate_p.py \
        $D/b39rep/decisions_report.json,$D/b40rep/decisions_report.json,$D/b41rep/decisions_report.json \
        --fit-part report --pilot-term --check $D/b42rep/decisions_report.json,$D/b43rep/decisions_report.json \
        --out planner/data/p_al_cheaper.csv
    .venv/bin/python benchmarks/forecast/recalibrate_p.py $D/decisions_calibration.json \
        --check $D/decisions_selection.json --resample 2000   # the map with the pool against without, paired
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[2]
for _p in (str(ROOT), str(Path(__file__).resolve().parent)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from evaluate_decisions import reliability, share_kinds, worst_bin  # noqa: E402
from split import corpus_batches  # noqa: E402

from planner.decide.p_calibration import P_SHARE, calibrated_p, load_p_calibration  # noqa: E402

#: Reliability bins scored by ``--check`` hold at least this many cases.
MIN_BIN = 30


def _saved_rows(path: Path, part: str | None) -> list[dict]:
    """The rows of a saved ``decisions_<part>.json``, checked to be of ``part`` when given."""
    saved = json.loads(Path(path).read_text())
    if part is not None and saved.get("part") != part:
        raise ValueError(f"{path} holds the {saved.get('part')!r} part, not {part!r}")
    return saved["rows"]


#: The definitions of the share a saved row may hold, differing only in the draws in which no path reaches the
#: target (share ``q``, stored per case as ``share_no_path``): ``S`` (such a draw is a tie and counts one half),
#: ``T`` (it counts zero: ``S - q/2``), ``R`` (the share among the draws in which some path reaches:
#: ``(S - q/2) / (1 - q)``, 0 where ``q = 1``; the verdict's).
SHARES = ("S", "T", "R")


def share_as(share: np.ndarray, q: np.ndarray, design: str, saved: str = "S") -> np.ndarray:
    """A share of draws saved as ``saved`` read as ``design`` (:data:`SHARES`), given ``q``, the share of draws in
    which no path reaches the target."""
    share, q = np.asarray(share, dtype=float), np.asarray(q, dtype=float)
    for d in (design, saved):
        if d not in SHARES:
            raise ValueError(f"unknown share {d!r}: one of {', '.join(SHARES)}")
    if design == saved:
        return share
    strict = {"S": lambda: share - q / 2, "T": lambda: share, "R": lambda: share * (1 - q)}[saved]()
    strict = np.clip(strict, 0.0, 1.0)
    if design == "S":
        return np.clip(strict + q / 2, 0.0, 1.0)
    if design == "T":
        return strict
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(q < 1, np.clip(strict / (1 - q), 0.0, 1.0), 0.0)


def random_share_of_budget(row: dict) -> float:
    """Random's quoted labels (``forecast_labels``) over the budget, the pool the case was planned with (``inf``
    where random does not reach; NaN where the row holds no forecast labels): the verdict's
    :meth:`planner.decide.verdict.Plan.random_share_of_pool`."""
    labels, budget = (row.get("forecast_labels") or {}).get("random"), row.get("budget")
    if labels is None or not budget:
        return math.nan
    return float(labels) / float(budget)   # JSON's "inf" reads as inf


def cases(path: Path, part: str | None = None, design: str = P_SHARE) -> pd.DataFrame:
    """The scored cases of a saved ``decisions_<part>.json``: ``share`` (the forecast's share of draws, read as
    ``design``: :func:`share_as`), ``y`` (AL truly cheaper, 0/1), ``pilot_frac``, ``n_draws`` and ``shown`` (the
    verdict shows P there: a path is recommended). Each row names its share (``share_kind``; older rows without one
    hold ``S``, as ``p_al_cheaper`` in the oldest)."""
    rows = _saved_rows(path, part)
    kinds = share_kinds(rows)   # the share each scored row holds
    if len(kinds) > 1:
        raise ValueError(f"{path} mixes shares {sorted(kinds)}: rerun evaluate_decisions.py")
    saved = next(iter(kinds), "S")
    r = pd.DataFrame(rows)
    share = pd.to_numeric(r["share_al_cheaper"] if "share_al_cheaper" in r.columns else r["p_al_cheaper"],
                          errors="coerce")
    if design != saved:
        if "share_no_path" not in r.columns:
            raise ValueError(f"{path} has no share_no_path: rerun evaluate_decisions.py")
        share = pd.Series(share_as(share, pd.to_numeric(r["share_no_path"], errors="coerce"), design, saved))
    out = pd.DataFrame({"share": share, "y": r["al_truly_cheaper"], "pilot_frac": r["pilot_frac"],
                        "n_draws": r["n_draws"] if "n_draws" in r.columns else 400,
                        "shown": r["recommendation"].notna() if "recommendation" in r.columns else True,
                        "pool_share": [random_share_of_budget(row) for row in rows],
                        "dataset": r["dataset"] if "dataset" in r.columns else "?"})
    keep = r["refused"].isna() & out["share"].notna() & out["y"].notna()
    return out[keep].reset_index(drop=True)


def map_p(c: pd.DataFrame, coef: tuple[float, ...]) -> np.ndarray:
    """P(AL cheaper) of cases ``c`` under the map ``coef``: ``(a, b)`` reads the share alone, ``(a, b, c, d)``
    also where random's labels lie in the pool (the cases' ``pool_share``), ``(a, b, c, d, e)`` (the shipped form)
    also how far the pilot is into the pool (the cases' ``pilot_frac``, the share of the budget measured; the verdict
    reads random's largest measured count over the pool)."""
    share, n = c["share"].to_numpy(float), c["n_draws"].to_numpy(float)
    if len(coef) == 2:
        return calibrated_p(share, n, tuple(coef))
    where = c["pool_share"].to_numpy(float) if "pool_share" in c.columns else np.full(len(c), np.nan)
    if np.isnan(where).any():
        raise ValueError(f"{int(np.isnan(where).sum())} cases hold no forecast labels or budget : the pool's map cannot read them; rerun evaluate_decisions.py")
    return calibrated_p(share, n, tuple(coef), share_of_pool=where, pilot_share_of_pool=c["pilot_frac"].to_numpy(float))


def pooled_cases(paths: list[Path], read) -> pd.DataFrame:
    """The cases ``read`` gives of each saved decisions file, concatenated (several reports scored as one). A data set scored in two files raises ``ValueError``, as ``evaluate_decisions --pool``."""
    if not paths:
        raise ValueError("--check names no file")
    parts, seen = [], {}
    for path in paths:
        c = read(path)
        for key in sorted(set(c["dataset"]) - {"?"}) if "dataset" in c.columns else []:   # "?": rows without one
            if key in seen:
                raise ValueError(f"{key} is scored in both {seen[key]} and {path}")
            seen[key] = path
        parts.append(c)
    return pd.concat(parts, ignore_index=True)


def fit(c: pd.DataFrame, with_pool: bool = False, pilot: bool = False) -> tuple[float, ...]:
    """``(a, b)`` (``with_pool``: ``(a, b, c, d)``; ``pilot``: ``(a, b, c, d, e)``) minimizing the log
    loss of :func:`map_p` against ``y``."""
    y = c["y"].to_numpy(float)

    def loss(t):
        p = np.clip(map_p(c, tuple(t)), 1e-12, 1 - 1e-12)
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    start = np.array([0.0, 1.0, 0.0, 0.0, 0.0] if pilot else [0.0, 1.0, 0.0, 0.0] if with_pool else [0.0, 1.0])
    res = minimize(loss, start, method="Nelder-Mead",
                   options={"xatol": 1e-6, "fatol": 1e-10, "maxiter": 8000, "maxfev": 16000})
    return tuple(float(v) for v in res.x)


def scored(p: np.ndarray, y: np.ndarray) -> tuple[float, float, list[dict]]:
    """Brier, the worst bin over those with at least :data:`MIN_BIN` cases, and the bins
    (``evaluate_decisions.reliability``) of probabilities ``p`` against outcomes ``y``."""
    rows = [{"p_al_cheaper": float(a), "al_truly_cheaper": float(b)} for a, b in zip(p, y)]
    return float(np.mean((p - y) ** 2)), worst_bin(rows, MIN_BIN), reliability(rows)


def check(c: pd.DataFrame, coef: tuple[float, ...], shipped: dict[str, tuple[float, ...]] | None = None) -> list[str]:
    """Markdown lines: per pilot and both pooled, the share and the calibrated P (the map ``coef``: :func:`map_p`)
    side by side (with ``shipped``, ``{name: coef}`` of the maps in use, those maps' P too)."""
    lines = ["| pilot | P | cases | Brier | worst bin | bins: predicted / observed (cases) |",
             "|---|---|---:|---:|---:|---|"]
    maps = [("calibrated", tuple(coef))] + list((shipped or {}).items())
    groups = [(f"1/{round(1 / frac)}", g) for frac, g in c.groupby("pilot_frac")]
    groups += [("both", c)] if len(groups) > 1 else []
    if "shown" in c.columns and not c["shown"].all():   # also where the verdict shows P
        groups += [(f"{pilot}, shown", g[g["shown"]]) for pilot, g in groups]
    for pilot, g in groups:
        y, share = g["y"].to_numpy(float), g["share"].to_numpy(float)
        for name, p in [("share of draws", share)] + [(m, map_p(g, k)) for m, k in maps]:
            brier, worst, t = scored(p, y)
            bins = " ".join(f"{b['bin']}: {b['predicted']:.2f} / {b['observed']:.2f} ({b['n']})" for b in t if b["n"])
            lines.append(f"| {pilot} | {name} | {len(g)} | {brier:.4f} | {worst:.3f} | {bins} |")
    return lines


def rule_score(c: pd.DataFrame, coef: tuple[float, ...]) -> tuple[float, dict[str, float]]:
    """The score of the map ``coef`` (:func:`map_p`) on cases ``c``: the worst reliability bin of at least :data:`MIN_BIN` cases over each pilot and both readings (every case; where the
    verdict shows P), and the Brier per pilot over every case."""
    worst, brier = 0.0, {}
    for frac, g in c.groupby("pilot_frac"):
        p = map_p(g, coef)
        y = g["y"].to_numpy(float)
        brier[f"1/{round(1 / frac)}"], w, _ = scored(p, y)
        seen = g["shown"].to_numpy(bool)
        worst = max(worst, w, scored(p[seen], y[seen])[1] if seen.any() else 0.0)
    return worst, brier


def paired_brier(c: pd.DataFrame, new: tuple[float, ...], old: tuple[float, ...], *, draws: int = 2000,
                 seed: int = 0) -> dict[str, tuple[float, float, float, float]]:
    """Per pilot, the Brier of the map ``new`` minus that of ``old`` on the same cases ``c`` (:func:`map_p`), and
    how it moves when the data sets are resampled with replacement (``draws`` times, both maps on the same draw):
    ``(difference, 5% and 95% points, share of the draws in which new is lower)``."""
    rng = np.random.default_rng(seed)
    sq_new, sq_old = (map_p(c, new) - c["y"].to_numpy(float)) ** 2, (map_p(c, old) - c["y"].to_numpy(float)) ** 2
    out = {}
    for frac, g in c.groupby("pilot_frac"):
        sets = [g.index[g["dataset"] == k].to_numpy() for k in sorted(g["dataset"].unique())]
        diffs = np.empty(draws)
        for i in range(draws):
            rows = np.concatenate([sets[j] for j in rng.integers(0, len(sets), len(sets))])
            diffs[i] = sq_new[rows].mean() - sq_old[rows].mean()
        lo, hi = np.percentile(diffs, [5, 95])
        out[f"1/{round(1 / frac)}"] = (float(sq_new[g.index].mean() - sq_old[g.index].mean()), float(lo), float(hi),
                                        float(np.mean(diffs < 0)))
    return out


def _moved_text(moved: dict[str, tuple[float, float, float, float]]) -> str:
    """:func:`paired_brier`'s result as one line: per pilot the difference, its 90% range and how often it is lower."""
    return "; ".join(f"{k} {d:+.4f} (90% {lo:+.4f} to {hi:+.4f}, lower in {share:.0%})"
                     for k, (d, lo, hi, share) in moved.items())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("calibration", help="evaluate_decisions.py's decisions_<part>.json; several comma-separated "
                    "(each of the part --fit-part names) are fitted on as one")
    ap.add_argument("--fit-part", default="calibration", choices=("calibration", "selection", "report"),
                    help="the part the fitted files must hold (default calibration; the shipped map: report)")
    ap.add_argument("--check", default=None,
                    help="other saved decisions to score the map on; several comma-separated are scored as one "
                         "(a data set in two is refused)")
    ap.add_argument("--out", type=Path, default=None,
                    help="where the map goes (the shipped one: planner/data/p_al_cheaper.csv); "
                         "without it nothing is written")
    ap.add_argument("--pilot-term", action="store_true",
                    help="also fit the pool's map with a term in how far the pilot is into the pool (e h, "
                         "h = log2(pilot_frac) clipped to [1/16, 1]; the shipped form), score it beside the refit and, "
                         "with --out, write it as the pool's map (without it: e = 0)")
    ap.add_argument("--resample", type=int, default=0, metavar="N",
                    help="with --check: the shipped map with the pool against the one without, Brier difference per "
                         "pilot with its 90%% interval over N resamples of the check part's data sets (paired)")
    args = ap.parse_args(argv)
    if args.resample and (args.check is None or args.resample < 100):
        print("--resample N takes --check and N >= 100 (e.g. --resample 2000)", file=sys.stderr)
        return 2
    out = args.out
    try:
        cal = pooled_cases([Path(p) for p in args.calibration.split(",") if p], lambda path: cases(path, args.fit_part))
        other = None if args.check is None else pooled_cases([Path(p) for p in args.check.split(",") if p], cases)
        both = set() if other is None or "dataset" not in cal.columns or "dataset" not in other.columns else (
            (set(cal["dataset"]) & set(other["dataset"])) - {"?"})
        if both:
            raise ValueError(f"{sorted(both)[0]} is in both the fitted and the checked files (a data set is in one "
                             "part of a split)")
    except (OSError, ValueError, KeyError) as exc:
        print(f"cannot read the saved decisions: {exc}; run evaluate_decisions.py on that part first",
              file=sys.stderr)
        return 2
    try:   # the maps the verdict reads now (with a pool, as every evaluated case has; without), beside the refit
        in_use = {"shipped map": load_p_calibration(True), "shipped map without the pool": load_p_calibration(False)}
    except RuntimeError as exc:   # e.g. one fitted to another share: the refit replaces it
        in_use = None
        print(f"the map in use is not scored: {exc}", file=sys.stderr)
    two = tuple(round(v, 4) for v in fit(cal))
    four = tuple(round(v, 4) for v in fit(cal, with_pool=True))
    five = tuple(round(v, 4) for v in fit(cal, with_pool=True, pilot=True)) if args.pilot_term else None
    print(f"without the pool: a = {two[0]:.4f}, b = {two[1]:.4f}"
          + f"; with it: a = {four[0]:.4f}, b = {four[1]:.4f}, c = {four[2]:.4f}, d = {four[3]:.4f}"
          + (f"; with the pilot term: a = {five[0]:.4f}, b = {five[1]:.4f}, c = {five[2]:.4f}, d = {five[3]:.4f}, "
             f"e = {five[4]:.4f}" if five else "")
          + f" from {len(cal):,} {args.fit_part} cases" + (f" -> {out}" if out else ""))
    if out is not None:
        fitted_on = "the calibration part's decision cases (benchmarks/forecast/recalibrate_p.py)"
        if args.fit_part != "calibration":
            batches = corpus_batches()
            sets = sorted({batches.get(str(d)) for d in cal["dataset"]} - {None}) if "dataset" in cal else []
            fitted_on = (f"the decision cases of the {args.fit_part} sets of batches "
                         f"{', '.join(map(str, sets)) or '?'} (benchmarks/forecast/recalibrate_p.py --fit-part "
                         f"{args.fit_part})")
        table = pd.DataFrame([{"pool": pool, "a": k[0], "b": k[1], "c": k[2], "d": k[3], "e": k[4], "cases": len(cal),
                               "share": P_SHARE, "fitted_on": fitted_on}
                              for pool, k in (("no", two + (0.0, 0.0, 0.0)), ("yes", five or four + (0.0,)))])
        tmp = out.with_suffix(".csv.tmp")
        table.to_csv(tmp, index=False)
        tmp.replace(out)
    beside = dict(in_use or {})   # the maps scored beside the refit
    if five:
        beside["with the pilot term"] = five
    for name, c in (("calibration", cal), ("check", other)):
        if c is not None:
            print(f"\n{name}:\n" + "\n".join(check(c, four, shipped=beside or None)))
    if other is not None:
        for name, k in [("the refit", four)] + list(beside.items()):
            worst, brier = rule_score(other, k)
            print(f"score on the check part, {name}: worst bin over the pilots and both readings {worst:.3f}; Brier "
                  + ", ".join(f"{p} {v:.4f}" for p, v in brier.items()))
        if args.resample and in_use is not None:
            moved = paired_brier(other, in_use["shipped map"], in_use["shipped map without the pool"],
                                 draws=args.resample)
            print(f"\nBrier of the shipped map with the pool minus without it, the check part's data sets resampled "
                  f"{args.resample:,} times (paired): " + _moved_text(moved))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
