"""Round 52: replan's give-up read on the replays' record, chosen by issue 19's replay targets (``benchmarks/plans/round52.md``).

Each candidate is a ``bench_campaign.py`` rows file of the same campaigns (the same truth, sets, seeds and price
scenarios). :func:`targets52` reads issue 19's replay targets off it, all scenarios pooled
(:func:`bench_campaign.campaign_checks`, less the dollar-figure check, which the plan does not count):

1. reached >= 0.90 of reachable campaigns; 2. reached >= double's; 3. $ / hindsight mean <= 1.5;
4. median <= 1.3; 5. mean <= double's mean; 6. unreachable targets given up >= 0.80;
7. unreachable spend before ending <= 0.25 x double's; 8. every order after a measured hit justified.

:func:`choose52` takes the candidate meeting the most, then the smaller sum of shortfalls, then the earlier name in
:data:`ORDER52` (F0, shipped, first): round 51's rule, :func:`lcdb_layers.choose51`.

Usage (from the repository root)::

    .venv/bin/python benchmarks/forecast/replan_giveup.py F0=benchmarks/.data/campaign/v59_rows.json \\
        T=benchmarks/.data/campaign/v59T_rows.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(HERE), str(ROOT), str(ROOT / "benchmarks")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from bench_campaign import campaign_checks, summarize  # noqa: E402
from lcdb_layers import choose51  # noqa: E402

#: The candidates in the order that breaks a tie.
ORDER52 = ("F0", "T")
#: The check :func:`targets52` leaves out (the plan counts eight targets).
NOT_COUNTED = "no dollar figure above"


def targets52(rows: list[dict], meta: dict) -> list[tuple[str, bool, str, float]]:
    """The plan's eight targets on one candidate's replay rows: ``(target, met, reading, shortfall)``."""
    stats = summarize(rows, [], meta)[1]
    checks = [c for c in campaign_checks(stats) if not c[0].startswith(NOT_COUNTED)]
    if len(checks) != 8:
        raise ValueError(f"{len(checks)} of the 8 targets could be read: rows of replan, double and hindsight on "
                         "reachable and unreachable targets are needed")
    return checks


def choose52(scores: dict[str, list[tuple[str, bool, str, float]]], order: tuple[str, ...] = ORDER52) -> str:
    """The most targets met, then the smaller sum of shortfalls, then the earlier name in ``order``: round 51's rule
    (:func:`lcdb_layers.choose51`) on these targets."""
    return choose51({n: {"met": sum(c[1] for c in checks), "short": sum(c[3] for c in checks)}
                     for n, checks in scores.items()}, order)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("candidates", nargs="+", metavar="NAME=ROWS_JSON")
    args = ap.parse_args(argv)
    scores = {}
    try:
        for spec in args.candidates:
            name, sep, path = spec.partition("=")
            if not sep or not name or not path:
                raise ValueError(f"{spec!r}: give NAME=ROWS_JSON")
            data = json.loads(Path(path).read_text())
            scores[name] = targets52(data["rows"], data["meta"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"replan_giveup.py: {exc}", file=sys.stderr)
        return 2
    names = list(scores)
    print("| target | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for i, (target, *_rest) in enumerate(scores[names[0]]):
        print(f"| {target} | " + " | ".join(
            f"{scores[n][i][2]}" + ("" if scores[n][i][1] else " (missed)") for n in names) + " |")
    print("| **met** | " + " | ".join(f"{sum(c[1] for c in scores[n])} of 8" for n in names) + " |")
    print("| shortfall | " + " | ".join(f"{sum(c[3] for c in scores[n]):.3f}" for n in names) + " |")
    print(f"\nchoose52: {choose52(scores)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
