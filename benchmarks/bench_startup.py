"""Start-up time of the ``alplan`` CLI: how long until it answers, and what it imports.

Each command runs as a fresh ``python -m planner.cli`` subprocess: one warm-up, then N timed runs (wall time; the
child's CPU time, which a loaded machine does not inflate; and, from a run under ``-X importtime``, its imports' own
times summed and the heavy packages it pulled in), on small campaigns built first (breast_cancer, 40 labels measured).
``--against DIR`` runs N interleaved pairs, DIR (a clean export: ``git archive COMMIT | tar -x -C DIR``) then this
tree, and adds the median ratio this / DIR. ``--quick``: N=5. Results: RESULTS.md's "CLI start-up".

``--campaign``: instead, a campaign's answer at the cost of reading its folder (issue 111), on :func:`steered`'s
campaign: `status`, `measure` (a round added since the last), with a source beside it, `plan DIR` (the first question
on the labels in hand: the strategies' runs and the forecast) and `replan DIR` after `plan DIR` (a second question),
each with its median ratio to `status` on the same folder, tree and run; and the page's campaign answer and its reload
with nothing changed (AppTest, quick settings, one process a run). ``--campaign grown``: :data:`GROWN` (issue 126).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from simulations.datasets import load

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sklearn", "torch", "altair", "scipy", "pandas", "streamlit", "dask")

#: (label, argv after ``alplan``; a campaign's name in braces is a fresh copy of it)
COMMANDS: list[tuple[str, list[str]]] = [
    ("alplan --help", ["--help"]),
    ("alplan strategies", ["strategies"]),
    ("alplan datasets", ["datasets"]),
    ("alplan campaign status DIR (no target asked)", ["campaign", "status", "{plain}"]),
    ("alplan campaign status DIR (a target asked)", ["campaign", "status", "{asked}"]),
    ("alplan campaign next DIR --strategy random (a forest)", ["campaign", "next", "{forest}", "--strategy", "random"])]


def _alplan(root: Path, argv: list[str], **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "0"}
    return subprocess.run([sys.executable, *kw.pop("flags", []), "-m", "planner.cli", *argv], cwd=root, env=env,
                          capture_output=True, text=True, **kw)


def campaigns(work: Path) -> dict[str, Path]:
    """The campaigns the commands run on, built with this tree's CLI."""
    ds = load("breast_cancer", seed=0)
    X = pd.DataFrame(ds.X_pool, columns=[f"f{i}" for i in range(ds.X_pool.shape[1])])
    truth = pd.DataFrame({"id": [f"ex{i:04d}" for i in range(len(X))], "label": ds.y_pool})
    X.insert(0, "id", truth["id"])
    X.to_csv(work / "pool.csv", index=False)
    for name, model in {"plain": ["--model", "logreg"], "forest": ["--model", "forest"]}.items():
        folder = work / name
        for argv in (["campaign", "start", str(folder), "--pool", str(work / "pool.csv"), "--initial", "40", *model],
                     ["campaign", "add", str(folder), str(work / f"{name}.csv")], ["campaign", "measure", str(folder)]):
            if argv[1] == "add":
                batch = pd.read_csv(folder / "batches" / "round-000.csv", dtype={"id": str})
                batch[["id"]].merge(truth, on="id").to_csv(work / f"{name}.csv", index=False)
            assert _alplan(ROOT, argv).returncode == 0, argv
    shutil.copytree(work / "plain", work / "asked")
    assert _alplan(ROOT, ["plan", str(work / "asked"), "--target", "0.99", "--label-price", "0.5"]).returncode == 0
    return {name: work / name for name in ("plain", "asked", "forest")}


#: The question asked of :func:`steered`'s campaign; of its ``grown`` one, a target above what 2,000 labels measure.
ASK = ["--target", "0.75", "--label-price", "0.5", "--engineering-days", "3"]
ASK_GROWN = ["--target", "0.85", *ASK[2:4]]
#: (label, argv after ``alplan``, the ``status`` it is divided by): ``--campaign [grown]``'s; ``@NAME``: ``work/NAME``.
STEERED = [("campaign status DIR (350 labels, 5 classes)", ["campaign", "status", "{added}"], None),
           ("campaign measure DIR (a round added)", ["campaign", "measure", "{added}"], 0),
           ("campaign status DIR (a source)", ["campaign", "status", "{sourced}"], None),
           ("campaign measure DIR (a source, a round added)", ["campaign", "measure", "{sourced}"], 2),
           ("plan DIR (forecast taken, measure written)", ["plan", "{measured}", *ASK], 0),
           ("replan DIR (after plan DIR)", ["replan", "{planned}", *ASK], 0),
           ("the page: the campaign's answer", ["{page}", "{measured}"], None)]
GROWN = [("campaign status DIR (2,000 labels)", ["campaign", "status", "{added-ordered}"], None),
         ("campaign add DIR LABELS (a round of 20)", ["campaign", "add", "{added-ordered}", "@l91.csv"], 0),
         ("campaign measure DIR (the round added)", ["campaign", "measure", "{added}"], 0),
         ("plan DIR (2,020 labels: a new count)", ["plan", "{measured}", *ASK_GROWN], 0),
         ("plan DIR (asked before: read back)", ["plan", "{planned}", *ASK_GROWN], 0)]
PAGE = """import sys, time
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("app.py", default_timeout=600).run()
at.number_input(key="target").set_value(0.75)
at.number_input(key="label_price").set_value(0.5)
at.run().text_input(key="campaign_folder").set_value(sys.argv[1])
for name in ("answer", "reload"):
    t, cpu = time.perf_counter(), time.process_time()
    assert not at.run().exception and not at.error, (at.exception, at.error)
    print(time.perf_counter() - t, time.process_time() - cpu, flush=True)
"""


def steered(work: Path, roots: list[Path], grown: bool = False) -> dict[Path, dict[str, Path]]:
    """Issue 111's campaign, seeded: a 5-class pool of 4,000 rows, 500 random test ids, 100 random initial ids, a random
    round of 50 then margin rounds of 50 to 300 labels, measured and asked `plan DIR` by each tree (its own cache), a
    round more ordered ("ordered") and added (350): "added"; its copy with a source (10% wrong) from before that round:
    "sourced"; "added" measured: "measured", then asked: "planned". ``grown``: 12,000 rows, 1,000 and 200, by 20s."""
    import numpy as np
    from sklearn.datasets import make_classification

    from planner.campaign import sources, steps
    from planner.campaign.state import batch_paths

    rows, tests, initial, size, last = (12000, 1000, 200, 20, 91) if grown else (4000, 500, 100, 50, 5)
    X, y = make_classification(n_samples=rows, n_features=20, n_informative=8, n_redundant=4, n_classes=5,
                               n_clusters_per_class=1, flip_y=0.02, random_state=0)
    ids = [f"r{i:05d}" for i in range(len(y))]
    pd.DataFrame(X, columns=[f"f{i}" for i in range(20)]).assign(id=ids).to_csv(work / "pool5.csv", index=False)
    truth = pd.DataFrame({"id": ids, "label": [f"c{k}" for k in y]})
    wrong = np.random.default_rng(3).random(len(y)) < 0.1
    truth.assign(label=[f"c{k}" for k in np.where(wrong, (y + 1) % 5, y)]).to_csv(work / "llm.csv", index=False)

    def label(folder: Path, r: int) -> None:
        batch = pd.read_csv(batch_paths(folder, r)[0], dtype={"id": str})
        batch.merge(truth, on="id")[["id", "label"]].to_csv(work / f"l{r}.csv", index=False)
        steps.add_labels(folder, [work / f"l{r}.csv"])
    camp, ask, out = work / "labeled", ASK_GROWN if grown else ASK, {}
    steps.start(camp, work / "pool5.csv", strategy="random", initial=initial, batch_size=size, test_size=tests, seed=0)
    for r in range(last):
        label(camp, r)
        if r < last - 1:
            steps.next_batch(camp, strategy="margin" if r else None)
    for i, root in enumerate(roots):
        at = out[root] = {k: work / f"{k}{i}" for k in ("added", "sourced", "measured", "planned", "added-ordered")}
        for folder in (at["added"], at["sourced"])[:1 if grown else 2]:
            shutil.copytree(camp, folder)
            if folder == at["sourced"]:
                sources.add_source(folder, [work / "llm.csv"], source="llm", price=0.002)
            for argv in (["campaign", "measure", str(folder)], ["plan", str(folder), *ask]):
                assert _alplan(root, argv).returncode == 0, argv
            shutil.copytree(steps.next_batch(folder)[0].folder, work / f"{folder.name[:-len(str(i))]}-ordered{i}")
            label(folder, last)
        for name, argv in (("measured", ["campaign", "measure"]), ("planned", ["plan"])):
            shutil.copytree(at["added"] if name == "measured" else at["measured"], at[name])
            assert _alplan(root, [*argv, str(at[name]), *ask * (name == "planned")]).returncode == 0
    time.sleep(2.1)   # the pool older than a file system's coarse clock, as a user's pool is
    return out


def _page(root: Path, folder: str, db: Path) -> list[tuple[float, float]]:
    """(wall s, CPU s) of the page's campaign answer on ``folder`` and of its reload, from ``root`` (the proxy's
    simulation in the database ``db``)."""
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "0", "ALPLAN_APP_QUICK": "1",
           "ALPLAN_DB": str(db)}
    out = subprocess.run([sys.executable, "-c", PAGE, folder], cwd=root, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-500:]
    return [tuple(map(float, line.split())) for line in out.stdout.splitlines()[-2:]]


def _copy(arg: str, camps: dict[str, Path], work: Path) -> str:
    """``arg``; a fresh copy of a campaign named in braces (``next`` writes its batch); ``@NAME``: ``work/NAME``."""
    if not arg.startswith("{"):
        return str(work / arg[1:]) if arg.startswith("@") else arg
    shutil.rmtree(work / "run", ignore_errors=True)
    return str(shutil.copytree(camps[arg.strip("{}")], work / "run"))


def measure(root: Path, argv: list[str], camps: dict[str, Path], work: Path) -> tuple[float, float, float, str]:
    """One run of ``argv`` from ``root`` and one under ``-X importtime``: (wall s, CPU s, import s, heavy packages)."""
    usage, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    run = _alplan(root, [_copy(a, camps, work) for a in argv])
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    assert run.returncode == 0, run.stderr[-500:]
    imports = _alplan(root, [_copy(a, camps, work) for a in argv], flags=["-X", "importtime"]).stderr.splitlines()
    rows = [line.split("|") for line in imports if line.startswith("import time:") and "[us]" not in line]
    names = {row[2].strip().split(".")[0] for row in rows}
    return (wall, after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime,
            sum(int(row[0].split(":")[1]) for row in rows) / 1e6, ",".join(h for h in HEAVY if h in names) or "none")


def steered_speed(roots: list[Path], n: int, work: Path, grown: bool = False) -> None:
    """``--campaign [grown]``: :data:`STEERED` (:data:`GROWN`) on :func:`steered`, N runs (pairs: ``--against``)."""
    camps, pair, table = steered(work, roots, grown), len(roots) > 1, GROWN if grown else STEERED

    def once(root: Path) -> list[tuple[float, float]]:   # (wall s, CPU s) of each command; the page's two
        return [x for _, cmd, _ in table for x in (
            _page(root, _copy(cmd[1], camps[root], work), work / "page.db") if cmd[0] == "{page}"
            else [measure(root, cmd, camps[root], work)[:2]])]

    for root in roots:
        once(root)   # warm-up: bytecode written, the page's database filled
    runs = [[once(root) for root in roots] for _ in range(n)]
    labels = [label for label, _, _ in table] + ["the page: a reload with nothing changed"] * (not grown)
    bases = [base for _, _, base in table] + [None] * (not grown)
    print("| command | wall | CPU | to status: wall | to status: CPU |" + " wall ratio | CPU ratio |" * pair)
    print("|---|---:|---:|---:|---:|" + "---:|---:|" * pair)
    for j, (label, base) in enumerate(zip(labels, bases)):
        cells = [" / ".join(f"{statistics.median(r[i][j][k] for r in runs):.2f}" for i in range(len(roots)))
                 for k in (0, 1)]
        cells += [" / ".join(f"{statistics.median(r[i][j][k] / r[i][base][k] for r in runs):.2f}"
                             for i in range(len(roots))) if base is not None else "-" for k in (0, 1)]
        cells += [f"{statistics.median(r[-1][j][k] / r[0][j][k] for r in runs):.2f}" for k in (0, 1)] * pair
        print(f"| `{label}` | " + " | ".join(cells) + " |", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="timed runs (pairs with --against) per command")
    parser.add_argument("--quick", action="store_true", help="5 runs per command")
    parser.add_argument("--against", type=Path, help="another tree: interleaved pairs, it first, then this tree")
    parser.add_argument("--campaign", nargs="?", const="steered", choices=("steered", "grown"),
                        help="a campaign's commands and the page's answer instead (grown: at 2,000 labels)")
    args = parser.parse_args(argv)
    n = 5 if args.quick else args.n
    if n < 1:
        parser.error("-n must be at least 1")
    roots, pair = ([args.against.resolve(), ROOT] if args.against else [ROOT]), bool(args.against)
    start, _ = time.perf_counter(), [subprocess.run([sys.executable, "-c", "pass"], check=True) for _ in range(n)]
    bare = (time.perf_counter() - start) / n   # the interpreter alone
    print(f"# start-up: {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, load "
          f"{os.getloadavg()[0]:.2f}, `python -c pass` {bare:.3f} s (mean); medians of {n} runs after 1 warm-up (s); "
          f"trees: {' then '.join(map(str, roots))}\n")
    if args.campaign:
        with tempfile.TemporaryDirectory() as tmp:
            steered_speed(roots, n, Path(tmp), args.campaign == "grown")
        return 0
    print("| command | wall | CPU | imports | heavy imports |" + " wall ratio | imports ratio |" * pair)
    print("|---|---:|---:|---:|---|" + "---:|---:|" * pair)
    with tempfile.TemporaryDirectory() as tmp:
        camps = campaigns(Path(tmp))
        for label, cmd in COMMANDS:
            for root in roots:
                measure(root, cmd, camps, Path(tmp))   # warm-up
            runs = [[measure(root, cmd, camps, Path(tmp)) for root in roots] for _ in range(n)]
            cells = [" / ".join(f"{statistics.median(r[i][k] for r in runs):.3f}" for i in range(len(roots)))
                     for k in range(3)] + [" / ".join(runs[0][i][3] for i in range(len(roots)))]
            ratios = [f"{statistics.median(r[-1][k] / r[0][k] for r in runs):.2f}" for k in (0, 2)] * pair
            print(f"| `{label}` | " + " | ".join(cells + ratios) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
