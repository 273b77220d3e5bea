"""The decision rule's designs side by side, per corpus, scenario mix, metric and pilot.

Builds the truths (``sk_truth.py``) of the corpora below, scores every design of :data:`planner.decide.rule.DESIGNS`
on them with ``evaluate_decisions.py`` (one process per data set and run, ``--jobs`` at a time; each run's constants
read on its own scored sets, ``--constants scored``) and prints, per corpus, mix, metric and pilot, each design's
regret against always random's and its Brier score against the constant's (``evaluate_decisions.design_table``).

Corpora (selection parts only):

* ``loop``: 12 of the batch-0 selection sets of ``corpus_specs.csv`` (``random.Random(0).sample`` of the 26), their
  two learners each, 6 seeds;
* ``users``: the users' sets of batch 62's selection part (90/10 and 95/5 two-class tasks with and without wrong
  labels, a 4-class task; forests, gradient boosting, k-NN), 6 seeds, on accuracy and on macro-F1;
* ``sim`` (with ``--sim PATH``): the simulator's selection configurations from ``make_sim_curves.py``.

Usage::

    PYTHONPATH=$PWD python benchmarks/forecast/score_designs.py --jobs 16 --out-dir /tmp/designs
    PYTHONPATH=$PWD python benchmarks/forecast/score_designs.py --jobs 16 --out-dir /tmp/report --part report   # once
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

import evaluate_decisions as ev  # noqa: E402
from files import write_whole  # noqa: E402

LOOP = ("clf8_easy,circles_noise10,clf12_medium,clf2_easy,circles_noise15,clf3_many,clf6_flip10,"
        "breast_cancer_flip15,clf3_redundant,clf8_medium,clf3_easy,digits_flip25").split(",")
USERS = "users_imb90,users_imb90_noise3,users_imb95,users_imb95_noise3,users_trees4".split(",")
#: (corpus, truth folder, data sets, metrics)
CORPORA = (("loop", "loop", LOOP, ("accuracy",)), ("users", "users", USERS, ("accuracy", "macro_f1")))
MIX_NAMES = ("users", "harness")
#: ``--part report``: the report sets, read once for the shipped design: batch 64 of the spec table (24 sets) and the
#: users' report sets of batch 62.
REPORT_CORPORA = (("b64", "b64", None, ("accuracy", "macro_f1")), ("users_r", "users_r", None, ("accuracy", "macro_f1")))


def report_sets() -> dict[str, list[str]]:
    import csv

    with open(HERE / "corpus_specs.csv", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["part"] == "report"]
    return {"b64": [r["name"] for r in rows if r["batch"] == "64"],
            "users_r": [r["name"] for r in rows if r["batch"] == "62"]}


def use_report_part() -> None:
    """Point the corpora at the report sets (module state: the command's one switch)."""
    global CORPORA, PART, MIX_NAMES
    sets = report_sets()
    MIX_NAMES = ("users",)   # the mix that decides
    CORPORA = tuple((name, folder, sets[name], metrics) for name, folder, _, metrics in REPORT_CORPORA)
    PART = "report"


PART = "selection"


def _run(cmd: list[str], log: Path) -> int:
    with open(log, "w") as f:
        return subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                              cwd=ROOT).returncode


def build(out: Path, jobs: int) -> None:
    """Both truths at once, the workers shared in proportion to their tasks."""
    out.mkdir(parents=True, exist_ok=True)
    total = sum(len(sets) for _, _, sets, _ in CORPORA)
    cmds = [([sys.executable, str(HERE / "sk_truth.py"), "--datasets", ",".join(sets), "--seeds", "6",
              "--jobs", str(max(1, round(jobs * len(sets) / total)) + 1), "--out-dir", str(out / folder)],
             out / f"build_{name}.log") for name, folder, sets, _ in CORPORA]
    with ThreadPoolExecutor(len(cmds)) as pool:
        codes = list(pool.map(lambda c: _run(*c), cmds))
    if any(codes):
        raise SystemExit(f"sk_truth.py failed: see {out}/build_*.log")


def runs(out: Path, sim: Path | None) -> list[tuple[str, str, str, Path, str, list[str]]]:
    """(corpus, mix, metric, truth, source, data sets) of every run."""
    todo = [(name, mix, metric, out / folder / "sk_truth.parquet", "skl", sets)
            for name, folder, sets, metrics in CORPORA for mix in MIX_NAMES for metric in metrics]
    if sim is not None:
        import pandas as pd
        from split import part

        names = sorted(d for d in pd.read_parquet(sim, columns=["dataset"])["dataset"].unique()
                       if part(f"sim:{d}") == "selection")
        todo += [("sim", mix, "accuracy", sim, "sim", names) for mix in MIX_NAMES]
    return todo


def score(out: Path, jobs: int, sim: Path | None) -> None:
    cmds = []
    for corpus, mix, metric, truth, source, sets in runs(out, sim):
        for d in sets:
            where = out / "dec" / f"{corpus}_{mix}_{metric}" / d
            where.mkdir(parents=True, exist_ok=True)
            cmds.append(([sys.executable, str(HERE / "evaluate_decisions.py"), "--truth", str(truth), "--source", source,
                          "--datasets", d if source == "sim" else f"skl:{d}", "--out-dir", str(where), "--part", PART,
                          "--constants", "scored", "--mix", mix,
                          "--metric", metric], where / "log.txt"))
    with ThreadPoolExecutor(jobs) as pool:
        codes = list(pool.map(lambda c: _run(*c), cmds))
    failed = [str(c[1]) for c, code in zip(cmds, codes) if code]
    if failed:
        print(f"{len(failed)} run(s) failed: {', '.join(failed[:5])}", file=sys.stderr)


def summary(out: Path, sim: Path | None) -> str:
    lines = ["| corpus | mix | metric | pilot | design | cases | regret | always random | ratio | Brier | "
             "constant | AL picks | can't tell | worst band |", "|" + "---|" * 14]
    for corpus, mix, metric, _, _, sets in runs(out, sim):
        rows = []
        for d in sets:
            f = out / "dec" / f"{corpus}_{mix}_{metric}" / d / f"decisions_{PART}.json"
            if f.is_file():
                rows += json.loads(f.read_text())["rows"]
        if not rows:
            continue
        base_rate, _ = ev.scored_constants(rows)
        for v in ev.design_table(rows, base_rate):
            ratio = v["regret"] / v["regret_random"] if v["regret_random"] > 0 else math.nan
            lines.append(f"| {corpus} | {mix} | {metric} | 1/{round(1 / v['pilot'])} | {v['design']} | {v['cases']} | "
                         f"{v['regret']:.3f} | {v['regret_random']:.3f} | {ratio:.2f} | {v['brier']:.4f} | "
                         f"{v['brier_base']:.4f} | {v['al_picks']:.2f} | {v['cant_tell']:.2f} | "
                         f"{v['worst_band']:.2f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out-dir", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--sim", type=Path, default=None, help="make_sim_curves.py's table: score its selection part too")
    ap.add_argument("--part", choices=("selection", "report"), default="selection",
                    help="report: batch 64's and the users' report sets, read once for the shipped design")
    ap.add_argument("--only", default=None, help="comma-separated corpus names (loop, users; b64, users_r)")
    args = ap.parse_args(argv)
    if args.part == "report":
        use_report_part()
    if args.only:
        global CORPORA
        CORPORA = tuple(c for c in CORPORA if c[0] in args.only.split(","))
    build(args.out_dir, args.jobs)
    score(args.out_dir, args.jobs, args.sim)
    text = summary(args.out_dir, args.sim)
    write_whole(args.out_dir / "designs.md", lambda tmp: tmp.write_text(text + "\n"))
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
