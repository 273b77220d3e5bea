"""A campaign's commands and the page's campaign answer, before and after a change, as interleaved pairs (issue 111).

    .venv/bin/python benchmarks/bench_campaign_speed.py [--before main] [--pairs 5] [--quick]

One seeded campaign (the same bytes every run): a 5-class pool of 4,000 rows, 500 random test ids, 100 random initial
ids, a random round of 50, then margin rounds of 50 to 300 training labels, measured and asked `plan DIR`, then a
round more added (350): "added"; its copy with a source labeling the pool (10% wrong) before that round: "sourced";
"added" measured: "measured". `--before REV` is checked out in a temporary worktree; each pair runs every command once
on each tree (the order alternating), each on a fresh copy of its folder, after an untimed warm-up per tree. `plan DIR`
is the first question on the labels in hand, `replan DIR` one asked after `plan DIR` (untimed); the page (AppTest,
quick settings) answers "measured", then reloads with nothing changed. Prints wall and CPU medians (the child's user +
system time, which load inflates less), the medians of the pairs' after/before ratios and of each command's ratio to
`status` on the same tree and pair, whether the outputs agree (the folder's name aside), and the load average.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASK = ["--target", "0.75", "--label-price", "0.5", "--engineering-days", "3"]
COMMANDS = [("status", "added", ["campaign", "status"], None), ("measure", "added", ["campaign", "measure"], None),
            ("status, sourced", "sourced", ["campaign", "status"], None),
            ("measure, sourced", "sourced", ["campaign", "measure"], None), ("plan DIR", "measured", ["plan"], None),
            ("replan DIR, after plan", "measured", ["replan"], ["plan"])]
PAGE = """import sys, time
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1] + "/app.py", default_timeout=600).run()
at.number_input(key="target").set_value(0.75)
at.number_input(key="label_price").set_value(0.5)
at.run()
at.text_input(key="campaign_folder").set_value(sys.argv[2])
for name in ("page answer", "page reload"):
    t, cpu = time.perf_counter(), time.process_time()
    assert not at.run().exception and not at.error, (at.exception, at.error)
    print(name, time.perf_counter() - t, time.process_time() - cpu, flush=True)
print(next(t.value for t in at.text if "Next" in t.value).replace(sys.argv[2], "DIR"))
"""


def build(work: Path) -> dict[str, Path]:
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

    def label(folder: Path, r: int) -> None:
        batch = pd.read_csv(batch_paths(folder, r)[0], dtype={"id": str})
        batch.merge(truth, on="id")[["id", "label"]].to_csv(work / f"l{r}.csv", index=False)
        steps.add_labels(folder, [work / f"l{r}.csv"])

    camp = work / "added"
    steps.start(camp, work / "pool.csv", strategy="random", initial=100, batch_size=50, test_size=500, seed=0)
    for r in range(5):
        label(camp, r)
        if r < 4:
            steps.next_batch(camp, strategy="margin" if r else None)
    shutil.copytree(camp, work / "sourced")
    sources.add_source(work / "sourced", [work / "llm.csv"], source="llm", price=0.002)
    for folder in (camp, work / "sourced"):
        sys.stdout = sys.stderr = open(os.devnull, "w")   # noqa: SIM115 - the answers are not measured here
        assert main(["campaign", "measure", str(folder)]) == 0 and main(["plan", str(folder), *ASK]) == 0
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        steps.next_batch(folder)
        label(folder, 5)
    shutil.copytree(camp, work / "measured")
    steps.write_curve(*steps.measure(work / "measured"))
    time.sleep(2.1)   # the pool older than a file system's coarse clock, as a user's pool is
    return {k: work / k for k in ("added", "sourced", "measured")}


def run(tree: Path, argv: list, env: dict, script: str | None = None) -> tuple[float, float, str]:
    """(wall s, the child's CPU s, stdout) of ``alplan argv`` (or of the Python ``script``) on ``tree``."""
    cpu, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    out = subprocess.run([sys.executable, *(["-c", script] if script else ["-m", "planner.cli"]), *map(str, argv)],
                         cwd=tree, env={**env, "PYTHONPATH": str(tree)}, capture_output=True, text=True)
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode:
        raise RuntimeError(f"{argv} on {tree}: {out.stderr.strip()[-400:]}")
    return time.perf_counter() - t0, now.ru_utime + now.ru_stime - cpu.ru_utime - cpu.ru_stime, out.stdout


def one(tree: Path, folders: dict, scratch: Path, env: dict) -> dict[str, tuple[float, float, str]]:
    """Every command once on ``tree``, each on a fresh copy of its folder: {name: (wall s, CPU s, output)}."""
    got = {}
    for name, kind, argv, first in [*COMMANDS, ("page", "measured", [tree], None)]:
        folder = Path(shutil.copytree(folders[kind], scratch / "camp"))
        ask = [] if argv[0] == "campaign" else ASK
        if first:
            run(tree, [*first, folder, *ask], env)
        if name == "page":
            lines = run(tree, [*argv, folder], env, PAGE)[2].splitlines()
            got.update({" ".join(w[:2]): (float(w[2]), float(w[3]), lines[-1]) for w in map(str.split, lines[:2])})
        else:
            wall, cpu, out = run(tree, [*argv, folder, *ask], env)
            got[name] = (wall, cpu, out.replace(str(folder), "DIR"))
        shutil.rmtree(folder)
    return got


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--before", default="main", help="the commit compared against")
    p.add_argument("--pairs", type=int, default=5)
    p.add_argument("--quick", action="store_true", help="2 pairs")
    args = p.parse_args(argv)
    pairs = 2 if args.quick else args.pairs
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="alplan-speed-") as tmp:
        tmp, rows, loads = Path(tmp), {"before": [], "after": []}, []
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "ALPLAN_APP_QUICK": "1",
               "ALPLAN_DB": str(tmp / "runs.db")}
        trees = {"before": tmp / "before", "after": ROOT}
        subprocess.run(["git", "-C", ROOT, "worktree", "add", "-q", "--detach", trees["before"], args.before],
                       check=True)
        try:
            folders = build(tmp)
            for tree in trees.values():   # bytecode written, the page's database filled
                one(tree, folders, tmp, env)
            for i in range(pairs):
                loads.append(os.getloadavg()[0])
                for side in ("before", "after")[::1 if i % 2 == 0 else -1]:
                    rows[side].append(one(trees[side], folders, tmp, env))
            loads.append(os.getloadavg()[0])
        finally:
            subprocess.run(["git", "-C", ROOT, "worktree", "remove", "--force", trees["before"]], check=False)
    print(f"# {pairs} interleaved pairs, before = {args.before}, after = this checkout; {os.cpu_count()} CPUs; load "
          f"average around the pairs: {', '.join(f'{x:.2f}' for x in loads)}\n\n| command | wall s before / after "
          "| after/before | CPU s before / after | after/before | to status, wall: before / after | to status, CPU: "
          "before / after | same output |\n|---|---:|---:|---:|---:|---:|---:|---|")
    for name in rows["after"][0]:
        base, cells = ("status, sourced" if "sourced" in name else "status"), []
        for k in (0, 1):   # wall, CPU
            b, a = ([r[name][k] for r in rows[side]] for side in ("before", "after"))
            cells += [f"{statistics.median(b):.2f} / {statistics.median(a):.2f}",
                      f"{statistics.median(y / x for x, y in zip(b, a)):.2f}"]
        cells += [" / ".join(f"{statistics.median(r[name][k] / r[base][k] for r in rows[side]):.2f}"
                             for side in ("before", "after")) for k in (0, 1)]
        same = all(x[name][2] == y[name][2] for x, y in zip(rows["before"], rows["after"]))
        print(f"| {name} | {' | '.join(cells)} | {'yes' if same else 'no'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
