"""Why labels to target read pessimistic while the accuracy is centred (issue 18, round 12's analysis).

Labels-to-target rows exist only for targets above what the prefix measured (``cases.py``), so they are
scored on curves whose truth rose: the side where a forecast centred in accuracy reads low. From the rows
``evaluate_curves.py --tag TAG`` stored (``--truth mean``: every case against the mean of the other runs) and
the cases they came from, this prints:

* accuracy rows: the share where the truth lies above the draws' median, apart for rows whose truth ends
  above the prefix's last measured mean (``f_y_end``) and rows where it does not;
* labels rows (``r2`` .. ``r16`` targets the truth reaches): the share where the truth needs fewer labels
  than the median draw, per source and target ratio and per source and calibration group, with the truth's
  labels read at its first crossing (``cases.py``'s) and where its isotonic (non-decreasing) fit crosses the
  target, to show whether the first crossing of a noisy truth is the cause; and labels within 2x under both.

Usage (from the repository root)::

    .venv/bin/python benchmarks/forecast/labels_side.py --part selection --tag r10-S
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.isotonic import IsotonicRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summarize import markdown  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / ".data" / "forecast"


def load_cases(source: str, columns: list[str]) -> pd.DataFrame:
    """Every stored case table of ``source`` (``cases_<source>*.parquet``), one row per case id."""
    files = sorted(DATA.glob(f"cases_{source}*.parquet"))
    if not files:
        raise FileNotFoundError(f"no cases_{source}*.parquet in {DATA}: run cases.py first")
    return pd.concat([pd.read_parquet(f, columns=["case_id", *columns]) for f in files]).drop_duplicates("case_id")


def iso_fit(truth_n: np.ndarray, truth_acc: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The truth curve's counts and its isotonic (non-decreasing in log labels) fit there, NaN counts dropped."""
    n, a = np.asarray(truth_n, float), np.asarray(truth_acc, float)
    ok = np.isfinite(a)
    n, a = n[ok], a[ok]
    if n.size == 0:
        return n, a
    return n, IsotonicRegression(increasing=True).fit(np.log(n), a).predict(np.log(n))


def crossing(n: np.ndarray, fit: np.ndarray, target: float) -> float:
    """Labels where ``fit`` (non-decreasing over counts ``n``) first reaches ``target``, log-linear between
    counts; inf when it never does."""
    hit = np.flatnonzero(fit >= target - 1e-12)
    if hit.size == 0:
        return float("inf")
    j = int(hit[0])
    if j == 0 or fit[j] <= fit[j - 1]:
        return float(n[j])
    w = (target - fit[j - 1]) / (fit[j] - fit[j - 1])
    return float(np.exp(np.log(n[j - 1]) + w * (np.log(n[j]) - np.log(n[j - 1]))))


def iso_crossing(truth_n: np.ndarray, truth_acc: np.ndarray, target: float) -> float:
    """Labels where the isotonic fit of the truth curve first reaches ``target`` (:func:`iso_fit`,
    :func:`crossing`); inf when it never does."""
    return crossing(*iso_fit(truth_n, truth_acc), target)


def accuracy_side(acc: pd.DataFrame) -> pd.DataFrame:
    side = np.where(acc["truth"] > acc["f_y_end"], "truth above the prefix's end", "truth at or below it")
    out = acc.assign(side=side, above=acc["truth"] > acc["q50"])
    return out.groupby(["source", "side"]).agg(rows=("above", "size"), truth_above_median=("above", "mean"))


def labels_side(lab: pd.DataFrame) -> dict[str, pd.DataFrame]:
    lab = lab.assign(below_first=lab["truth_labels"] < lab["q50"], below_iso=lab["iso_labels"] < lab["q50"],
                     within_iso=(lab["q50"] >= lab["iso_labels"] / 2) & (lab["q50"] <= 2 * lab["iso_labels"]))
    fin_iso = np.isfinite(lab["iso_labels"])
    out = {}
    for by in (["source", "target_kind"], ["source", "group"], ["source"]):
        g = lab.groupby(by)
        t = pd.DataFrame({"rows": g.size(), "fewer_first": g["below_first"].mean(),
                          "within_2x_first": g["within2x"].mean()})
        gi = lab[fin_iso].groupby(by)
        t["fewer_isotonic"] = gi["below_iso"].mean()
        t["within_2x_isotonic"] = gi["within_iso"].mean()
        out[" x ".join(by)] = t
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", default="selection", choices=("calibration", "selection", "report"))
    ap.add_argument("--tag", required=True, help="evaluate_curves.py's --tag of the rows (its --truth mean run)")
    ap.add_argument("--sources", default="lcdb,skl")
    args = ap.parse_args(argv)
    accs, labs = [], []
    try:
        for source in [s.strip() for s in args.sources.split(",") if s.strip()]:
            stem = DATA / f"curves_{source}_{args.part}_{args.tag}"
            acc = pd.read_parquet(f"{stem}_acc.parquet")
            lab = pd.read_parquet(f"{stem}_labels.parquet")
            cases = load_cases(source, ["f_y_end", "truth_n", "truth_acc"]).set_index("case_id")
            acc = acc.join(cases["f_y_end"], on="case_id", how="inner")
            lab = lab[(lab["target_kind"] != "above") & lab["truth_finite"] & lab["case_id"].isin(cases.index)]
            fits = {c: iso_fit(cases.at[c, "truth_n"], cases.at[c, "truth_acc"]) for c in lab["case_id"].unique()}
            lab = lab.assign(iso_labels=[crossing(*fits[c], t) for c, t in zip(lab["case_id"], lab["target"])])
            accs.append(acc.assign(source=source))
            labs.append(lab.assign(source=source))
    except (OSError, KeyError) as exc:
        print(f"labels_side: {exc}; run evaluate_curves.py --part {args.part} --tag {args.tag} first",
              file=sys.stderr)
        return 2
    print(f"## Accuracy rows: the truth above the draws' median (part {args.part}, tag {args.tag})\n")
    print(markdown(accuracy_side(pd.concat(accs))))
    for name, t in labels_side(pd.concat(labs)).items():
        print(f"\n## Targets the truth reaches: it needs fewer labels than the median draw, by {name}\n")
        print(markdown(t))
    return 0


if __name__ == "__main__":
    sys.exit(main())
