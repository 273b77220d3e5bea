"""Regenerate the recorded outputs: ``python tests/golden/make_guard.py``.

What ``alplan plan``, ``budget``, ``replan`` and ``hybrid`` print, as text and as ``--json``, on the README's
example (the curves ``alplan simulate`` writes for the README's tour, with and without ``--hybrid-accuracy``) and on
the fuzz suites' representative curves tables. ``test_guard.py`` checks the CLI still prints these outputs, every
word as recorded and every number within the goldens' tolerance, so a change of structure that moves a number or a
word fails. A deliberate change of numbers or words regenerates them in its own commit, which says why.

The tables are written once (the README's by the real ``alplan simulate``) and stored under ``guard/tables``; the
outputs under ``guard/expected``, one ``NAME.txt`` and one ``NAME.json`` per case (and ``NAME.err`` where the
command writes to stderr).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GUARD = HERE / "guard"
TABLES = GUARD / "tables"
EXPECTED = GUARD / "expected"

#: The README's tour: ``alplan simulate`` as the README runs it (and with hybrid columns, as its hybrid line asks).
README_SIMULATE = ["simulate", "--dataset", "digits", "--model", "logreg", "--strategies", "random,margin",
                   "--seeds", "2", "--rounds", "8"]


def _tables() -> dict[str, list[str] | None]:
    """Table name -> the ``alplan`` command that writes it (``None``: written from a fuzz suite's builder)."""
    return {"readme": README_SIMULATE, "readme_hybrid": [*README_SIMULATE, "--hybrid-accuracy", "0.95"],
            "fuzz_flags": None, "fuzz_probe": None, "fuzz_metric": None, "fuzz_hybrid": None}


def _t(name: str) -> str:
    return str((TABLES / f"{name}.csv").relative_to(ROOT))


#: Case name -> the command's arguments (without ``--json``); each runs twice, as text and as ``--json``.
CASES = {
    "readme.plan": ["plan", _t("readme"), "--target", "0.93", "--label-price", "5", "--engineering-days", "0.5"],
    "readme.plan_cheap": ["plan", _t("readme"), "--target", "0.93", "--label-price", "0.5",
                          "--engineering-days", "0.5"],
    "readme.budget": ["budget", _t("readme"), "--labels", "300", "--label-price", "5", "--engineering-days", "0.5"],
    "readme.budget_dollars": ["budget", _t("readme"), "--dollars", "2000", "--label-price", "5"],
    "readme.replan": ["replan", _t("readme"), "--target", "0.93", "--strategy", "margin", "--label-price", "5",
                      "--budget", "1000"],
    "readme.hybrid": ["hybrid", _t("readme_hybrid"), "--label-accuracy", "0.95", "--pool-size", "100000",
                      "--vendor", "crowd-basic"],
    "fuzz_flags.plan": ["plan", _t("fuzz_flags"), "--target", "0.9", "--label-price", "0.1"],
    "fuzz_flags.budget": ["budget", _t("fuzz_flags"), "--labels", "1000", "--label-price", "0.1"],
    "fuzz_flags.replan": ["replan", _t("fuzz_flags"), "--strategy", "random", "--target", "0.9",
                          "--label-price", "0.1", "--budget", "5000"],
    "fuzz_probe.plan": ["plan", _t("fuzz_probe"), "--target", "0.7", "--label-price", "1"],
    "fuzz_probe.budget": ["budget", _t("fuzz_probe"), "--labels", "400", "--initial", "50", "--label-price", "1"],
    "fuzz_metric.plan": ["plan", _t("fuzz_metric"), "--target", "0.8", "--label-price", "1", "--metric",
                         "macro_f1"],
    "fuzz_metric.budget": ["budget", _t("fuzz_metric"), "--labels", "500", "--label-price", "1", "--metric",
                           "balanced_accuracy"],
    "fuzz_hybrid.hybrid": ["hybrid", _t("fuzz_hybrid"), "--label-accuracy", "0.95", "--pool-size", "10000",
                           "--label-price", "0.1"],
}


def printed(argv: list[str]) -> tuple[int, str, str]:
    """``alplan ARGV`` in this process, from the repository root: (exit code, stdout, stderr)."""
    from planner.cli import main

    out, err = io.StringIO(), io.StringIO()
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = main(argv)
    finally:
        os.chdir(here)
    return rc, out.getvalue(), err.getvalue()


def write_tables() -> None:
    from tests.fuzz import test_fuzz_fourth_probe, test_fuzz_outputs_and_flags, test_fuzz_pool_metric
    from tests.planner.hybrid_tables import hybrid_table

    TABLES.mkdir(parents=True, exist_ok=True)
    os.environ["ALPLAN_WORKERS"] = "1"
    for name, command in _tables().items():
        if command is not None:
            rc, _, err = printed([*command, "--out", _t(name)])
            assert rc == 0, err
    test_fuzz_outputs_and_flags._curves(TABLES / "fuzz_flags.csv")
    test_fuzz_fourth_probe._curves(TABLES / "fuzz_probe.csv", initial=50)
    test_fuzz_pool_metric._curves(TABLES / "fuzz_metric.csv")
    hybrid_table(seeds=2, rounds=5).to_csv(TABLES / "fuzz_hybrid.csv", index=False)


def main() -> None:
    if "--keep-tables" not in sys.argv:
        write_tables()
    EXPECTED.mkdir(parents=True, exist_ok=True)
    for old in EXPECTED.iterdir():
        old.unlink()
    for case, argv in CASES.items():
        for suffix, extra in (("txt", []), ("json", ["--json"])):
            rc, out, err = printed([*argv, *extra])
            assert rc == 0, (case, err)
            (EXPECTED / f"{case}.{suffix}").write_bytes(out.encode("utf-8"))
            if err:
                (EXPECTED / f"{case}.{suffix}.err").write_bytes(err.encode("utf-8"))
            print(case, suffix, "ok")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
