"""Run one report of the shipped design on one batch of the corpus's report sets, once, in one command.

A batch (the spec table's ``batch`` column) is a group of data sets added together to the report part; it is scored
once: the forecast's ranges (both truths), the verdict's decisions, the campaign replay, and the clean checks of the
three shipped track records (the verdict's, replan's, the pilot extension's) against the new rows. This script runs
those steps in order, each one's output in ``--logs``, and stops at the first that fails, saying which. Pooled
readings over several reports are separate commands (``summarize.py --tag a,b``, ``track_record.py --pool``,
``bench_campaign.py --from-rows``).

Usage (from the repository root)::

    .venv/bin/python benchmarks/forecast/report.py --batch 61 [--logs DIR] [--no-calibration-part] [--dry-run]

On a machine without the calibration part's rows (``benchmarks/.data`` is not kept between machines),
``--no-calibration-part`` reads the decisions' constants on the scored sets.

Writes (``D`` = ``benchmarks/.data/forecast``, ``C`` = ``benchmarks/.data/campaign``): ``D/b<N>build/``, the joined
truth ``D/sk_truth_b<N>.parquet`` (the main build where there is one, and every ``D/b*build`` so far),
``D/cases_skl_b<N>.parquet``, the curve rows tagged ``b<N>-report`` (and ``-same``),
``D/b<N>rep/decisions_report.json``, ``C/b<N>.md`` and ``C/b<N>_rows.json``.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
D = Path("benchmarks/.data/forecast")
C = Path("benchmarks/.data/campaign")
SPECS_CSV = ROOT / "benchmarks" / "forecast" / "corpus_specs.csv"
#: The calibration part's decision rows P(AL cheaper)'s maps are refitted on beside the shipped ones.
CALIBRATION_ROWS = D / "r21cal-R" / "decisions_calibration.json"


def batch_sets(batch: int, path: Path = SPECS_CSV) -> list[str]:
    """The names of the spec table's sets of ``batch``, in the table's order."""
    with open(path, newline="") as f:
        return [r["name"] for r in csv.DictReader(f) if int(r["batch"]) == batch]


def _build_dirs(prefix: str) -> list[str]:
    """The builds the join reads: the main build ``D`` where it is built (a new machine has none), then every
    ``D/b<N>build`` present, in N's order, with this report's own last."""
    found = sorted((p for p in (ROOT / D).glob("b*build") if re.fullmatch(r"b\d+build", p.name)),
                   key=lambda p: int(p.name[1:-5]))
    names = [str(D / p.name) for p in found if p.name != f"{prefix}build"]
    main = [str(D)] if (ROOT / D / "sk_truth.parquet").is_file() else []
    return main + names + [str(D / f"{prefix}build")]


def steps(batch: int, names: list[str], logs: Path,
          calibration_rows: Path | None = CALIBRATION_ROWS) -> list[tuple[str, list[str], Path]]:
    """The report's commands on ``batch``'s sets ``names``: ``(what, argv, log file)``, in order.

    ``calibration_rows=None``: the calibration part is not built (a new machine). The decisions then read their base
    rate and naive AL policy on the scored sets in hindsight (``--constants scored``, a stricter baseline)."""
    if not names:
        raise ValueError(f"--batch {batch}: no set of the spec table ({SPECS_CSV.name}) is in that batch")
    prefix = f"b{batch}"
    py = [sys.executable]
    keys = ",".join(f"skl:{n}" for n in names)
    tag = f"{prefix}-report"
    truth = D / f"sk_truth_{prefix}.parquet"
    cases = D / f"cases_skl_{prefix}.parquet"
    out = D / f"{prefix}rep"
    f = "benchmarks/forecast/"
    return [
        ("build the truth", py + [f + "sk_truth.py", "--jobs", "2", "--batches", str(batch),
                                  "--out-dir", str(D / f"{prefix}build")], logs / "build.log"),
        ("join the builds", py + [f + "join_truth.py", *_build_dirs(prefix), "--out", str(truth)],
         logs / "join.log"),
        ("cases", py + [f + "cases.py", "--source", "skl", "--input", str(D / f"{prefix}build" / "sk_truth.parquet"),
                        "--out", str(cases)], logs / "cases.log"),
        ("curves", py + [f + "evaluate_curves.py", "--source", "skl", "--part", "report", "--i-mean-report",
                         "--cases", str(cases), "--tag", tag, "--jobs", "2"], logs / "curves.log"),
        ("curves, the same truth", py + [f + "evaluate_curves.py", "--source", "skl", "--part", "report",
                                         "--i-mean-report", "--cases", str(cases), "--truth", "same",
                                         "--tag", tag + "-same", "--jobs", "2"], logs / "curves_same.log"),
        ("summary", py + [f + "summarize.py", "--part", "report", "--tag", tag, "--sources", "skl"],
         logs / "summary.md"),
        ("decisions", py + [f + "evaluate_decisions.py", "--part", "report", "--truth", str(truth),
                            "--datasets", keys, "--out-dir", str(out)]
         + (["--constants", "scored"] if calibration_rows is None else []), logs / "decisions.md"),
        ("campaign", py + ["benchmarks/bench_campaign.py", "--truth", str(truth), "--part", "report", "--seeds", "4",
                           "--datasets", keys, "--jobs", "2", "--out", str(C / f"{prefix}.md")],
         logs / "campaign.log"),
        ("campaign misses", py + ["benchmarks/bench_campaign.py", "--from-rows", str(C / f"{prefix}_rows.json"),
                                  "--misses"], logs / "campaign_misses.md"),
        *((f"{flag}'s check", py + [f + "track_record.py", "--record", record, "--check", str(read)],
           logs / f"check_{Path(record).stem}.md")
          for flag, record, read in (("T", "planner/data/track_record.csv", out),
                                     ("C", "planner/data/replan_record.csv", C / f"{prefix}_rows.json"),
                                     ("P", "planner/data/pilot_record.csv", C / f"{prefix}_rows.json")))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batch", type=int, required=True, help="the spec table's batch to report on, e.g. 61")
    ap.add_argument("--logs", type=Path, default=None, help="where each step's output goes (default D/logs_b<N>)")
    ap.add_argument("--calibration-rows", type=Path, default=CALIBRATION_ROWS,
                    help="the calibration part's decision rows (their presence says the calibration part is built; "
                         f"default {CALIBRATION_ROWS}; "
                         "evaluate_decisions.py --part calibration --out-dir DIR writes DIR/decisions_calibration.json)")
    ap.add_argument("--no-calibration-part", action="store_true",
                    help="the calibration part's truth is not built (a new machine): the decisions read their "
                         "constants on the scored sets (--constants scored)")
    ap.add_argument("--dry-run", action="store_true", help="print the commands and run nothing")
    args = ap.parse_args(argv)
    rows = None if args.no_calibration_part else args.calibration_rows
    logs = args.logs if args.logs is not None else D / f"logs_b{args.batch}"
    try:
        todo = steps(args.batch, batch_sets(args.batch), logs, rows)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if not args.dry_run and rows is not None and not (ROOT / rows).is_file():   # the 9th step reads it: say so first
        print(f"--calibration-rows {rows}: no such file; write one with evaluate_decisions.py --part calibration "
              "--out-dir DIR and pass DIR/decisions_calibration.json, or pass --no-calibration-part", file=sys.stderr)
        return 2
    if args.dry_run:
        for what, argv_, log in todo:
            print(f"# {what} -> {log}\n" + " ".join(argv_))
        return 0
    (ROOT / logs).mkdir(parents=True, exist_ok=True)
    for what, argv_, log in todo:
        with open(ROOT / log, "w") as fh:
            done = subprocess.run(argv_, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
        if done.returncode != 0:
            print(f"{what} failed (exit {done.returncode}): see {log}", file=sys.stderr)
            return 1
        print(f"{what}: done -> {log}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
