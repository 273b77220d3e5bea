"""Start-up time of the ``alplan`` CLI: how long until it answers, and what it imports.

Each command runs as a fresh ``python -m planner.cli`` subprocess: one warm-up, then N timed runs (wall time; the
child's CPU time, which a loaded machine does not inflate; and, from a run under ``-X importtime``, its imports' own
times summed and the heavy packages it pulled in), on small campaigns built first (breast_cancer, 40 labels measured).
``--against DIR`` runs N interleaved pairs, DIR (a clean export: ``git archive COMMIT | tar -x -C DIR``) then this
tree, and adds the median ratio this / DIR. ``--quick``: N=5. Results: RESULTS.md's "CLI start-up".
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
    ("alplan campaign next DIR --strategy random (a forest)", ["campaign", "next", "{forest}", "--strategy", "random"]),
]


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


def _copy(arg: str, camps: dict[str, Path], work: Path) -> str:
    """``arg``, or where it names a campaign in braces a fresh copy of it (``next`` writes its batch)."""
    if not arg.startswith("{"):
        return arg
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="timed runs (pairs with --against) per command")
    parser.add_argument("--quick", action="store_true", help="5 runs per command")
    parser.add_argument("--against", type=Path, help="another tree: interleaved pairs, it first, then this tree")
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
