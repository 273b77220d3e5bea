"""A campaign's commands before and after a change, as interleaved pairs on one machine (issue 111).

    .venv/bin/python benchmarks/bench_campaign_speed.py [--before main] [--pairs 5] [--quick]

Builds one campaign, seeded (the same bytes every run): a 5-class pool of 4,000 rows and 20 features, 500 random test
ids, a random initial set of 100, a random round of 50 then margin rounds of 50, to 300 training labels, measured and
asked `plan DIR` (its cache written), then one round more added (350): "added". Its copy with a source labeling the
whole pool (10% wrong, $0.002 a label) added before the last round: the sourced case. `--before REV` is checked out
into a temporary worktree; every pair runs each command once on each tree (the order alternating), each run on a
fresh copy of the folder, after one untimed warm-up per tree (bytecode written):

* `status`, `measure` ("added": the round's labels not yet measured; plain and sourced, and status on the sourced);
* `plan DIR` and `replan DIR`, forecast taken, measure written ("measured"): `plan` the first question on the new
  labels, `replan` a second one (`plan` asked first on the same folder, untimed);
* the page (AppTest, quick settings, one process per tree and pair, the simulation's database filled beforehand):
  the campaign's answer on "measured" and its reload with nothing changed.

Prints wall medians, the median of the pairs' after/before ratios, each command's median ratio to `status` on the
same tree and pair, whether each command's output is the same on both trees (the folder's name aside), and the load
average around each pair. Results go to the "A campaign's commands" section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRICES = ["--target", "0.75", "--label-price", "0.5", "--engineering-days", "3"]
#: (name, folder kind, argv after `alplan` with DIR for the folder, a command run first, untimed)
COMMANDS = [("status", "added", ["campaign", "status", "DIR"], None),
            ("measure", "added", ["campaign", "measure", "DIR"], None),
            ("status, sourced", "sourced", ["campaign", "status", "DIR"], None),
            ("measure, sourced", "sourced", ["campaign", "measure", "DIR"], None),
            ("plan DIR", "measured", ["plan", "DIR", *PRICES], None),
            ("replan DIR, after plan", "measured", ["replan", "DIR", *PRICES], ["plan", "DIR", *PRICES])]
PAGE = """import sys, time
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1] + "/app.py", default_timeout=600)
at.run()
at.number_input(key="target").set_value(0.75)
at.number_input(key="label_price").set_value(0.5)
at.run()
at.text_input(key="campaign_folder").set_value(sys.argv[2])
for name in ("page answer", "page reload"):
    t, cpu = time.perf_counter(), time.process_time()
    at.run()
    assert not at.exception and not at.error, (at.exception, at.error)
    print(name, time.perf_counter() - t, time.process_time() - cpu, flush=True)
print("OUT", next(t.value for t in at.text if "Next" in t.value).replace(sys.argv[2], "DIR"))
"""


def build(work: Path) -> dict[str, Path]:
    """The folders "added", "sourced" and "measured" (see the module docstring), built with this checkout."""
    import numpy as np
    import pandas as pd
    from sklearn.datasets import make_classification

    from planner.cli import main
    from simulations.campaign import sources, steps
    from simulations.campaign.state import batch_paths

    X, y = make_classification(n_samples=4000, n_features=20, n_informative=8, n_redundant=4, n_classes=5,
                               n_clusters_per_class=1, flip_y=0.02, random_state=0)
    ids = [f"r{i:05d}" for i in range(len(y))]
    pd.DataFrame(X, columns=[f"f{i}" for i in range(20)]).assign(id=ids).to_csv(work / "pool.csv", index=False)
    truth = pd.DataFrame({"id": ids, "label": [f"c{k}" for k in y]})
    wrong = np.random.default_rng(3).random(len(y)) < 0.1
    truth.assign(label=[f"c{k}" for k in np.where(wrong, (y + 1) % 5, y)]).to_csv(work / "llm.csv", index=False)
    camp = work / "added"
    steps.start(camp, work / "pool.csv", strategy="random", initial=100, batch_size=50, test_size=500, seed=0)

    def label(folder: Path, r: int) -> None:
        batch = pd.read_csv(batch_paths(folder, r)[0], dtype={"id": str})
        batch.merge(truth, on="id")[["id", "label"]].to_csv(work / f"l{r}.csv", index=False)
        steps.add_labels(folder, [work / f"l{r}.csv"])

    for r in range(5):
        label(camp, r)
        if r < 4:
            steps.next_batch(camp, strategy="margin" if r else None)
    shutil.copytree(camp, work / "sourced")
    sources.add_source(work / "sourced", [work / "llm.csv"], source="llm", price=0.002)
    for folder in (camp, work / "sourced"):
        with open(os.devnull, "w") as quiet:
            sys.stdout, sys.stderr = quiet, quiet
            try:
                assert main(["campaign", "measure", str(folder)]) == 0 and main(["plan", str(folder), *PRICES]) == 0
            finally:
                sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        steps.next_batch(folder)
        label(folder, 5)
    shutil.copytree(camp, work / "measured")
    steps.write_curve(*steps.measure(work / "measured"))
    time.sleep(2.1)   # the pool older than a file system's coarse clock, as a user's pool is
    return {k: work / k for k in ("added", "sourced", "measured")}


def run(tree: Path, argv: list[str], env: dict) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds: the child's user + system time, which a loaded machine inflates less, stdout)."""
    import resource

    cpu, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "planner.cli", *argv], cwd=tree, env={**env, "PYTHONPATH": str(tree)},
                         capture_output=True, text=True)
    wall, now = time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode:
        raise RuntimeError(f"{' '.join(argv)} in {tree}: {out.stderr.strip()[-300:]}")
    return wall, now.ru_utime + now.ru_stime - cpu.ru_utime - cpu.ru_stime, out.stdout


def one(tree: Path, folders: dict, scratch: Path, env: dict) -> dict[str, tuple[float, float, str]]:
    """Every command once on ``tree``, each on a fresh copy of its folder: {name: (wall s, CPU s, output)}."""
    got = {}
    for name, kind, argv, first in COMMANDS:
        folder = Path(shutil.copytree(folders[kind], scratch / "camp", symlinks=True))
        words = [str(folder) if w == "DIR" else w for w in argv]
        if first:
            run(tree, [str(folder) if w == "DIR" else w for w in first], env)
        wall, cpu, out = run(tree, words, env)
        got[name] = (wall, cpu, out.replace(str(folder), "DIR"))
        shutil.rmtree(folder)
    folder = Path(shutil.copytree(folders["measured"], scratch / "camp"))
    page = subprocess.run([sys.executable, "-c", PAGE, str(tree), str(folder)], cwd=scratch, capture_output=True,
                          text=True, env={**env, "PYTHONPATH": str(tree), "ALPLAN_APP_QUICK": "1",
                                          "ALPLAN_DB": str(scratch / "runs.db")})
    if page.returncode:
        raise RuntimeError(f"the page on {tree}: {page.stderr.strip()[-500:]}")
    lines = page.stdout.splitlines()
    for line in lines:
        if line.startswith("page "):
            name, wall, cpu = line.rsplit(" ", 2)
            got[name] = (float(wall), float(cpu), lines[-1])
    shutil.rmtree(folder)
    return got


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--before", default="main", help="the commit compared against (default: main)")
    p.add_argument("--pairs", type=int, default=5)
    p.add_argument("--quick", action="store_true", help="2 pairs")
    args = p.parse_args(argv)
    pairs = 2 if args.quick else args.pairs
    sys.path.insert(0, str(ROOT))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "ALPLAN_APP_QUICK")}
    with tempfile.TemporaryDirectory(prefix="alplan-speed-") as tmp:
        tmp = Path(tmp)
        before = tmp / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach", str(before), args.before],
                       check=True)
        try:
            folders = build(tmp)
            trees = {"before": before, "after": ROOT}
            for tree in trees.values():   # bytecode written, the page's database filled
                one(tree, folders, tmp, env)
            rows, loads = {"before": [], "after": []}, []
            for i in range(pairs):
                loads.append(os.getloadavg()[0])
                for side in (("before", "after") if i % 2 == 0 else ("after", "before")):
                    rows[side].append(one(trees[side], folders, tmp, env))
            loads.append(os.getloadavg()[0])
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False)
    report(rows, loads, args.before, pairs)
    return 0


def report(rows: dict, loads: list, before: str, pairs: int) -> None:
    print(f"# {pairs} interleaved pairs, before = {before}, after = this checkout; {os.cpu_count()} CPUs; load "
          f"average (1 min) around the pairs: {', '.join(f'{x:.2f}' for x in loads)}\n")
    print("| command | wall s before / after (medians) | after/before, wall | CPU s before / after | after/before, "
          "CPU | to status, wall: before / after | to status, CPU: before / after | same output |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name in rows["after"][0]:
        base = "status, sourced" if "sourced" in name else "status"
        cells = []
        for k in (0, 1):   # wall, CPU
            b, a = ([r[name][k] for r in rows[side]] for side in ("before", "after"))
            cells += [f"{statistics.median(b):.2f} / {statistics.median(a):.2f}",
                      f"{statistics.median(y / x for x, y in zip(b, a)):.2f}"]
        for k in (0, 1):
            cells.append(" / ".join(f"{statistics.median(r[name][k] / r[base][k] for r in rows[side]):.2f}"
                                    for side in ("before", "after")))
        same = all(x[name][2] == y[name][2] for x, y in zip(rows["before"], rows["after"]))
        print(f"| {name} | {' | '.join(cells)} | {'yes' if same else 'no'} |")


if __name__ == "__main__":
    sys.exit(main())
