"""Build the verdict's track record (``planner/data/track_record.csv``) from stored report parts, replan's
(``planner/data/replan_record.csv``) and the pilot extension's (``planner/data/pilot_record.csv``) from stored
campaign replays.

For every case that ``evaluate_decisions.py --part report`` stored (a pilot of a held-out scikit-learn AL run, a
target, a price case), the shipped decision rule is re-applied to what the verdict read of every path
(``evaluate_decisions.pick_at_reach`` at 0.5), and the case is placed in its stratum
(:mod:`planner.decide.track_record`): the learner (neural or not), random sampling's extrapolation ratio (its
forecast labels to the target over the pilot's largest count) and the verdict's pick (an AL strategy, random, or
none: no path reaches the target in most forecasts). Per stratum: the data sets and cases; the mean regret of the
verdict and of always labeling at random (each pick's true cost over the cheapest path's, minus 1); the spread of the
verdict's regret over tasks (the 10% and 90% points of the data sets' own means); how often the other choice the
verdict weighed (random sampling for an AL pick; the AL strategy it weighed against random for a random pick) would
truly have cost less; and the share of cases where the pick cost at most 10% above the cheapest.

Only report parts are read (each run once, on data no design was chosen on). A stratum with fewer than
``MIN_SETS`` data sets is not written. Nothing is written without ``--out``. ``--check DIRS`` prints, per stratum,
the file's numbers (or those ``--pool`` gives) beside what other stored report rows show.

``--replays ROWS,...`` builds replan's record instead, from the ``_rows.json`` files ``bench_campaign.py`` wrote
for report parts (each run once): every replan answer that ordered or gave up, with the P(reached within the
budget) it stated, against whether a later round's test of the same run met the target within the budget (the
replay's ``trace``; the last answer of a campaign that gave up is the give-up). Per stratum
(:data:`planner.decide.track_record.P_BANDS` by action): data sets, campaigns, answers, the mean P stated, the share
met later and its 10-90% spread over the data sets' own shares. ``--check ROWS,...`` reads other replays against it.

``--pilots ROWS,...`` builds the pilot extension's record from the same files' verdict replays: every
priced ``extend_pilot`` answer, by its predicted value over its cost (:data:`planner.decide.track_record.VALUE_BANDS`),
against the value extending every strategy's pilot realized (the regret of deciding now minus that of deciding after
extending). Per stratum: data sets, answers, the predicted and the realized value over the cost (sums), the share
that paid (realized value above the cost) and the 10-90% spread of the data sets' own realized value over cost.

Usage (from the repository root; DIRS are directories ``evaluate_decisions.py --part report --out-dir`` wrote)::

    .venv/bin/python benchmarks/forecast/track_record.py --pool DIR1,DIR2,... [--out planner/data/track_record.csv]
    .venv/bin/python benchmarks/forecast/track_record.py --pool DIR1,... --check DIR3,...
    .venv/bin/python benchmarks/forecast/track_record.py --replays C/b59_rows.json,... \\
        [--out planner/data/replan_record.csv] [--check C/b61_rows.json]
    .venv/bin/python benchmarks/forecast/track_record.py --pilots C/b23_rows.json,... \\
        [--out planner/data/pilot_record.csv] [--check C/b61_rows.json]
    .venv/bin/python benchmarks/forecast/track_record.py --record planner/data/pilot_record.csv --check C/b61_rows.json

``--record FILE`` reads a written record (any of the three; its columns say which) against ``--check``'s rows as the
file stands, for a clean check when the report rows it was built from are not on the machine. The commands that
built the shipped files are in ``planner/data/MANIFEST.csv``.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [p for p in (str(Path(__file__).resolve().parent), str(ROOT / "benchmarks"), str(ROOT))
                if p not in sys.path]

from files import write_whole  # noqa: E402
from evaluate_decisions import (PILOT_FRACTIONS, _picked_cost, _picked_regret, _with_paths,  # noqa: E402
                                 pick_at_reach, pooled)

from planner.decide.track_record import (ACTIONS, ANY, COLUMNS, LEARNERS, MIN_SETS, NEAR,  # noqa: E402
                                         P_BANDS, PICKS, PILOT_COLUMNS, RATIO_BINS, REPLAN_COLUMNS, VALUE_BANDS,
                                         p_band, ratio_bin, value_band)
from planner.forecast.learners import neural_models  # noqa: E402

RANDOM = "random"
#: Replan's record: a stratum rests on at least this many answers (besides MIN_SETS data sets).
MIN_ANSWERS = 100
#: Replan gives up on evidence at P <= 1 - confidence + 1e-9; the replays store P to 4 decimals.
GIVE_UP_SLACK = 1e-4


def pilot_n_max(row: dict) -> float:
    """The pilot's largest label count: the truth's grid (``initial`` + whole batches) up to ``pilot_frac`` of the
    budget, as ``evaluate_decisions.score_group`` cut it."""
    initial, batch = float(row["initial"]), float(row["batch_size"])
    return initial + batch * math.floor((float(row["pilot_frac"]) * float(row["budget"]) - initial) / batch + 1e-9)


def case_table(rows: list[dict]) -> pd.DataFrame:
    """One line per scored case: data set, learner class, ratio bin, the shipped rule's pick (al, random, none), its
    regret and random's."""
    neural = set(neural_models(pd.DataFrame({"model": sorted({str(r["model"]) for r in rows})})))
    out = []
    for r in _with_paths(rows):
        labels = float((r.get("forecast_labels") or {}).get(RANDOM, math.nan))
        pick, best_al = pick_at_reach(r["paths"], 0.5, with_best_al=True)
        other = best_al if pick == RANDOM else RANDOM if pick is not None else None   # the other choice weighed
        out.append({"dataset": r["dataset"], "learner": "neural" if str(r["model"]) in neural else "other",
                    "ratio": ratio_bin(labels / pilot_n_max(r)), "pilot": r["pilot_frac"],
                    "pick": "none" if pick is None else RANDOM if pick == RANDOM else "al",
                    "regret": _picked_regret(r, pick), "regret_random": _picked_regret(r, RANDOM),
                    "other_cheaper": (float(_picked_cost(r, other) < _picked_cost(r, pick)) if other is not None
                                      else math.nan)})
    table = pd.DataFrame(out)
    if table.empty or table["ratio"].isna().any():
        raise ValueError("stored rows without random's forecast labels: re-run evaluate_decisions.py on this code")
    return table


def _summary(g: pd.DataFrame) -> dict:
    own = g.groupby("dataset")["regret"].mean()    # each task's own mean regret in the stratum
    lo, hi = np.quantile(own.to_numpy(), [0.1, 0.9])
    return {"data_sets": int(own.size), "cases": len(g), "regret": float(g["regret"].mean()), "task_low": float(lo),
            "task_high": float(hi), "regret_random": float(g["regret_random"].mean()),
            "other_cheaper": float(g["other_cheaper"].mean()),
            "near_cheapest": float((g["regret"] <= NEAR + 1e-12).mean())}


def members(table: pd.DataFrame, learner: str, ratio: str, pick: str) -> pd.DataFrame:
    """The cases of ``table`` in a stratum (``any`` matches every learner or ratio)."""
    keep = table["pick"] == pick
    if learner != ANY:
        keep &= table["learner"] == learner
    if ratio != ANY:
        keep &= table["ratio"] == ratio
    return table[keep]


def strata(table: pd.DataFrame, *, min_sets: int = MIN_SETS) -> pd.DataFrame:
    """Per (learner, ratio, pick) stratum, ``any`` learner and ratio included, the summary of :func:`_summary`;
    strata on fewer than ``min_sets`` data sets left out."""
    out = []
    for pick in PICKS:
        for learner in LEARNERS:
            for ratio in [label for label, _ in RATIO_BINS] + [ANY]:
                g = members(table, learner, ratio, pick)
                if g["dataset"].nunique() >= min_sets:
                    out.append({"learner": learner, "ratio": ratio, "pick": pick, **_summary(g)})
    return pd.DataFrame(out)


#: The rule of a record's clean check: over the strata with at least this many tasks in the rows read, ...
CHECK_MIN_TASKS = 4
#: ... at least this share of the (stratum, task) pairs falls in the stratum's 10-90% range (8 in 10 expected);
CHECK_HOLDS_AT = 0.70
#: replan's record also needs each stratum's share within this of the record's (the issue's reliability aim).
CHECK_MAX_GAP = 0.10


def _inside(own: pd.Series, s: dict, counts: list) -> str:
    """How many of the tasks' own values ``own`` lie in stratum ``s``'s 10-90% range, as the check's last column;
    the pair counts go to ``counts`` for :func:`rule_line`."""
    inside = int(own.between(s["task_low"], s["task_high"]).sum())
    counts.append((inside, int(own.size)))
    return f"{inside} of {own.size}"


def rule_line(counts: list, gaps: list | None = None) -> str:
    """The clean-check rule read off a check's pair counts (and, for replan's record, its strata's gaps)."""
    kept = [(i, n) for i, n in counts if n >= CHECK_MIN_TASKS]
    if not kept:
        return f"No stratum has {CHECK_MIN_TASKS} or more tasks in these rows: the rule reads nothing."
    inside, total = sum(i for i, _ in kept), sum(n for _, n in kept)
    share = inside / total
    text = (f"The clean-check rule: over the {len(kept)} strata with at least {CHECK_MIN_TASKS} tasks here, {inside} of "
            f"{total} (stratum, task) pairs lie in range ({share:.3f}; it holds at {CHECK_HOLDS_AT:.2f} or more)")
    if gaps is not None:
        worst = max((abs(g) for (_, n), g in zip(counts, gaps) if n >= CHECK_MIN_TASKS), default=0.0)
        text += f"; the largest gap between shares is {worst:.3f} (within {CHECK_MAX_GAP:.2f} needed)"
        held = share >= CHECK_HOLDS_AT and worst <= CHECK_MAX_GAP
    else:
        held = share >= CHECK_HOLDS_AT
    return text + (": held." if held else ": **not held**.")


def check_lines(shipped: pd.DataFrame, table: pd.DataFrame) -> list[str]:
    """Markdown: per stratum of ``shipped``, its regret (its tasks' 10-90% range) and random's beside what ``table``
    shows, and the share of ``table``'s data sets whose own mean regret lies in that range (about 8 in 10 if the
    record holds for them)."""
    lines = ["| pick | learner | ratio | track record: sets, regret (tasks' 10-90%) / random's | these rows: sets, "
             "cases, regret / random's | their tasks in the range |", "|---|---|---|---|---|---|"]
    counts: list = []
    for s in shipped.to_dict("records"):
        g = members(table, s["learner"], s["ratio"], s["pick"])
        if g.empty:
            seen, inside = "none", ""
        else:
            r = float(g["regret"].mean())
            seen = (f"{g['dataset'].nunique()}, {len(g)}, {r:.3f} / {float(g['regret_random'].mean()):.3f}")
            inside = _inside(g.groupby("dataset")["regret"].mean(), s, counts)
        lines.append(f"| {s['pick']} | {s['learner']} | {s['ratio']} | {s['data_sets']}, {s['regret']:.3f} "
                     f"({s['task_low']:.3f}-"
                     f"{s['task_high']:.3f}) / {s['regret_random']:.3f} | {seen} | {inside} |")
    return lines + ["", rule_line(counts)]


def answer_table(rows: list[dict], confidence: float) -> pd.DataFrame:
    """One line per replan answer of stored replay rows that ordered or gave up: data set, campaign, P band, action,
    the P stated and whether a later test of the run met the target within the budget. A give-up at a spent budget
    (no later round to meet it in) is left out, as replan gives such a give-up no record: the row's ``spent`` flag
    says which give-ups were; in older rows without it, a
    give-up stated with P above ``1 - confidence`` (the replays' confidence) was."""
    out = []
    for r in rows:
        if r.get("policy") != "replan" or not r.get("trace"):
            continue
        campaign = (r["config"], r["strategy"], r["seed"], r["target"], r["scenario"])
        last = len(r["trace"]) - 1
        for j, (p, hit) in enumerate(r["trace"]):
            band = p_band(p)
            if band is None:
                raise ValueError(f"a stored P of {p!r} is not a probability ({r['config']})")
            action = "give up" if r["gave_up"] and j == last else "order"
            if action == "give up" and (r["spent"] if "spent" in r else float(p) > 1 - confidence + GIVE_UP_SLACK):
                continue
            out.append({"dataset": r["dataset"], "campaign": campaign, "band": band, "p": float(p),
                        "action": action, "hit": float(bool(hit))})
    table = pd.DataFrame(out)
    if table.empty:
        raise ValueError("no replan answers in these rows")
    return table


def answers_in(table: pd.DataFrame, band: str, action: str) -> pd.DataFrame:
    keep = table["band"] == band
    return table[keep if action == ANY else keep & (table["action"] == action)]


def replan_strata(table: pd.DataFrame, *, min_sets: int = MIN_SETS) -> pd.DataFrame:
    """Per (band, action) stratum, ``any`` action included: data sets, campaigns, answers, the mean P stated, the
    share met later and the 10% and 90% points of the data sets' own shares; strata on fewer than ``min_sets`` data
    sets or :data:`MIN_ANSWERS` answers left out."""
    out = []
    for band, _ in P_BANDS:
        for action in ACTIONS:
            g = answers_in(table, band, action)
            own = g.groupby("dataset")["hit"].mean()
            if own.size >= min_sets and len(g) >= MIN_ANSWERS:
                lo, hi = np.quantile(own.to_numpy(), [0.1, 0.9])
                out.append({"band": band, "action": action, "data_sets": int(own.size),
                            "campaigns": int(g["campaign"].nunique()), "answers": len(g),
                            "p_said": float(g["p"].mean()), "hit_later": float(g["hit"].mean()),
                            "task_low": float(lo), "task_high": float(hi)})
    return pd.DataFrame(out)


def replan_check_lines(shipped: pd.DataFrame, table: pd.DataFrame) -> list[str]:
    """Markdown: per stratum of ``shipped``, its share met later (its tasks' 10-90% range) beside what ``table``
    shows, the gap between the two shares, and how many of ``table``'s data sets' own shares lie in the range."""
    lines = ["| band | action | record: sets, P said, met later (tasks' 10-90%) | these rows: sets, answers, P said, "
             "met later | gap | their tasks in the range |", "|---|---|---|---|---|---|"]
    counts: list = []
    gaps: list = []
    for s in shipped.to_dict("records"):
        g = answers_in(table, s["band"], s["action"])
        if g.empty:
            seen, gap, inside = "none", "", ""
        else:
            own = g.groupby("dataset")["hit"].mean()
            seen = f"{own.size}, {len(g)}, {g['p'].mean():.3f}, {g['hit'].mean():.3f}"
            gaps.append(float(g["hit"].mean() - s["hit_later"]))
            gap = f"{gaps[-1]:+.3f}"
            inside = _inside(own, s, counts)
        lines.append(f"| {s['band']} | {s['action']} | {s['data_sets']}, {s['p_said']:.3f}, {s['hit_later']:.3f} "
                     f"({s['task_low']:.3f}-{s['task_high']:.3f}) | {seen} | {gap} | {inside} |")
    return lines + ["", rule_line(counts, gaps)]


def replays(files: list[str]) -> pd.DataFrame:
    """The answer table of stored replays, pooled (``bench_campaign.pooled_runs``: a data set in two runs, or runs
    at different confidences, is an error)."""
    from bench_campaign import CONFIDENCE, pooled_runs

    run = pooled_runs([Path(f) for f in files])
    return answer_table(run["rows"], float(run["meta"].get("confidence", CONFIDENCE)))


def pilot_table(pilots: list[dict]) -> pd.DataFrame:
    """One row per priced ``extend_pilot`` answer of stored verdict replays (``bench_campaign.py``'s pilot rows): its
    data set, value band, predicted value, cost and realized value (the regret of deciding now minus that after
    extending every strategy's pilot)."""
    out = []
    for r in pilots:
        band = value_band(r["value"], r["cost"])
        if band is None:
            continue
        out.append({"dataset": str(r["config"]).split("/")[0], "band": band, "value": float(r["value"]),
                    "cost": float(r["cost"]), "realized": float(r["regret_now"]) - float(r["regret_always"])})
    table = pd.DataFrame(out)
    if table.empty:
        raise ValueError("no priced pilot extensions in these rows")
    return table


def _own_realized(g: pd.DataFrame) -> pd.Series:
    """Each data set's realized value over its cost (sums) in ``g``."""
    sums = g.groupby("dataset")[["realized", "cost"]].sum()
    return sums["realized"] / sums["cost"]


def _band_values(g: pd.DataFrame) -> dict:
    """The predicted and the realized value over the cost (sums) of the answers ``g``, and the share that paid."""
    return {"value_said": float(g["value"].sum() / g["cost"].sum()),
            "value_realized": float(g["realized"].sum() / g["cost"].sum()),
            "paid": float((g["realized"] > g["cost"]).mean())}


def pilot_strata(table: pd.DataFrame, *, min_sets: int = MIN_SETS) -> pd.DataFrame:
    """Per value band: data sets, answers, the predicted and realized value over the cost (sums), the share that paid
    and the 10% and 90% points of the data sets' own realized value over cost; bands on fewer than ``min_sets``
    data sets or :data:`MIN_ANSWERS` answers left out."""
    out = []
    for band, _ in VALUE_BANDS:
        g = table[table["band"] == band]
        own = _own_realized(g)
        if own.size >= min_sets and len(g) >= MIN_ANSWERS:
            lo, hi = np.quantile(own.to_numpy(), [0.1, 0.9])
            out.append({"band": band, "data_sets": int(own.size), "answers": len(g), **_band_values(g),
                        "task_low": float(lo), "task_high": float(hi)})
    return pd.DataFrame(out)


def pilot_check_lines(shipped: pd.DataFrame, table: pd.DataFrame) -> list[str]:
    """Markdown: per band of ``shipped``, its realized value over cost (its tasks' 10-90% range) beside what
    ``table`` shows, and how many of ``table``'s data sets' own values lie in the range."""
    lines = ["| band | record: sets, said, realized (tasks' 10-90%), paid | these rows: sets, answers, said, realized, "
             "paid | their tasks in the range |", "|---|---|---|---|"]
    counts: list = []
    for s in shipped.to_dict("records"):
        g = table[table["band"] == s["band"]]
        if g.empty:
            seen, inside = "none", ""
        else:
            own, v = _own_realized(g), _band_values(g)
            seen = f"{own.size}, {len(g)}, {v['value_said']:.3f}, {v['value_realized']:.3f}, {v['paid']:.3f}"
            inside = _inside(own, s, counts)
        lines.append(f"| {s['band']} | {s['data_sets']}, {s['value_said']:.3f}, {s['value_realized']:.3f} "
                     f"({s['task_low']:.3f} to {s['task_high']:.3f}), {s['paid']:.3f} | {seen} | {inside} |")
    return lines + ["", rule_line(counts)]


def pilot_replays(files: list[str]) -> pd.DataFrame:
    """The pilot answers of stored replays, pooled as :func:`replays` pools them."""
    from bench_campaign import pooled_runs

    return pilot_table(pooled_runs([Path(f) for f in files])["pilots"])


def batch_of(key: str) -> int | None:
    """The spec table's batch of data-set key ``key`` (a key written ``skl:v<N>_<name>`` names it itself)."""
    import re

    from split import corpus_batches

    found = corpus_batches().get(str(key))
    if found is None:
        m = re.match(r"skl:v(\d+)_", str(key))
        found = int(m.group(1)) if m else None
    return found


def reports_text(n_reports: int, table: pd.DataFrame, what: str = "report parts") -> str:
    """What the strata rest on, in words: the report parts (or ``what``) and the batches of their data sets."""
    found = sorted({b for b in map(batch_of, table["dataset"].unique()) if b is not None})
    names = ("" if not found else f", batch {found[0]}" if len(found) == 1 else f", batches {found[0]}-{found[-1]}")
    return f"{n_reports} {what} of the held-out scikit-learn AL truth ({table['dataset'].nunique()} data sets{names})"


def verdict_cases(dirs: list[str]) -> pd.DataFrame:
    """The case table of stored report parts, pooled (``evaluate_decisions.pooled``)."""
    return case_table(pooled(dirs, "report")["rows"])


#: The three records: (the flag naming the rows they are built from, what the record is, the reader of such rows,
#: the file's columns, the check's lines). ``--record`` tells a written file's kind by its columns.
RECORDS = (("pool", "the verdict's record", verdict_cases, COLUMNS, check_lines),
           ("replays", "replan's record", replays, REPLAN_COLUMNS, replan_check_lines),
           ("pilots", "the pilot extension's record", pilot_replays, PILOT_COLUMNS, pilot_check_lines))


def _names(text: str) -> list[str]:
    """A comma-separated flag's entries."""
    return [d.strip() for d in text.split(",") if d.strip()]


def check_record(path: Path, check: str | None, out: Path | None) -> int:
    """``--record FILE --check ...``: the shipped file's strata, as written, beside what other rows show (a record's
    clean check when the rows it was built from are not at hand). Writes nothing."""
    if out is not None:
        print("track_record.py: --record reads a written record; it writes none (leave out --out)", file=sys.stderr)
        return 2
    if not check:
        print("track_record.py: --record needs --check: the rows to read against the file", file=sys.stderr)
        return 2
    try:
        shipped = pd.read_csv(path)
    except (OSError, ValueError) as exc:
        print(f"track_record.py: --record {path}: {exc}", file=sys.stderr)
        return 2
    kind = next((r for r in RECORDS if tuple(r[3]) == tuple(shipped.columns)), None)
    if kind is None or shipped.empty:
        print(f"track_record.py: --record {path}: not a record file (its header must be one of track_record.csv's, "
              "replan_record.csv's or pilot_record.csv's, with at least one stratum)", file=sys.stderr)
        return 2
    _, what, read, _, lines = kind
    try:
        other = read(_names(check))
    except (ValueError, OSError, KeyError, TypeError) as exc:
        print(f"track_record.py: {exc}", file=sys.stderr)
        return 2
    print(f"{what} as written in {path} ({shipped['reports'].iloc[0]})\n")
    print("\n".join(lines(shipped, other)))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--pool", help="comma-separated directories of stored report rows (decisions_report.json), each "
                                    "run once: the verdict's record")
    src.add_argument("--replays", help="comma-separated _rows.json files of bench_campaign.py report replays, each "
                                       "run once: replan's record")
    src.add_argument("--pilots", help="comma-separated _rows.json files of bench_campaign.py report replays, each "
                                      "run once: the pilot extension's record")
    src.add_argument("--record", type=Path, help="a record file as written (planner/data/track_record.csv, "
                                                 "replan_record.csv or pilot_record.csv; its columns say which): "
                                                 "--check reads other rows against it as shipped, without the rows "
                                                 "it was built from")
    ap.add_argument("--out", type=Path, default=None, help="write the strata here (planner/data/track_record.csv, "
                                                          "replan_record.csv with --replays, pilot_record.csv with "
                                                          "--pilots)")
    ap.add_argument("--check", default=None, help="comma-separated directories (files with --replays or --pilots) "
                                                  "of other report rows: the strata beside what they show")
    args = ap.parse_args(argv)
    if args.record is not None:
        return check_record(args.record, args.check, args.out)
    flag, _, read, columns, check = next(r for r in RECORDS if getattr(args, r[0]))
    sources = _names(getattr(args, flag))
    try:
        table = read(sources)
        other = read(_names(args.check)) if args.check else None
    except (ValueError, OSError, KeyError, TypeError) as exc:
        print(f"track_record.py: {exc}", file=sys.stderr)
        return 2
    if flag == "pilots":
        shipped = pilot_strata(table)
        shipped["reports"] = reports_text(len(sources), table, "verdict replays")
        print(f"{len(table)} priced pilot extensions, {table['dataset'].nunique()} data sets\n")
        print(shipped.drop(columns="reports").round(3).to_string(index=False))
    elif flag == "replays":
        shipped = replan_strata(table)
        shipped["reports"] = reports_text(len(sources), table, "campaign replays")
        print(f"{len(table)} answers, {table['campaign'].nunique()} campaigns, {table['dataset'].nunique()} data "
              "sets\n")
        print(shipped.drop(columns="reports").round(3).to_string(index=False))
    else:
        shipped = strata(table)
        shipped["reports"] = reports_text(len(sources), table)
        print(f"{len(table)} cases, {table['dataset'].nunique()} data sets, pilots "
              f"{', '.join(f'1/{round(1 / f)}' for f in PILOT_FRACTIONS)}\n")
        print(shipped.drop(columns="reports").round(3).to_string(index=False))
        for learner, g in table.groupby("learner"):
            print(f"\n{learner}: cases per ratio bin: " + ", ".join(f"{k} {v}" for k, v in g["ratio"].value_counts()
                                                                       .items()))
    if other is not None:
        print("\n" + "\n".join(check(shipped, other)))
    if args.out is not None:
        write_whole(Path(args.out), lambda tmp: shipped[list(columns)].round(4).to_csv(tmp, index=False))
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
