"""Neural learners: where the time of a fit goes, alplan against baal and plain PyTorch, the dashboard's mlp scenario.

Usage (results in benchmarks/RESULTS.md)::

    python benchmarks/bench_neural.py profile            # per-fit table: forward, backward, optimizer, overhead
    python benchmarks/bench_neural.py peers [--seeds 0,1,2,3,4 --rounds 30 --repeats 1]
    python benchmarks/bench_neural.py dashboard          # the dashboard's default scenario with mlp, cold
    python benchmarks/bench_neural.py cnn                # cnn on mnist1d: time per run, alone and in lockstep

``peers`` runs each library in a fresh subprocess of its own venv (baal in ``.venv-baal``: benchmarks/setup_peers.sh)
on the same files (alplan's digits split, each seed's initial set) and prints one table: import seconds, experiment
seconds after imports, final accuracy (mean over seeds).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "benchmarks" / "peers"
sys.path.insert(0, str(ROOT))


def _load_state() -> str:
    with open("/proc/loadavg") as fh:
        return "load average " + " ".join(fh.read().split()[:3]) + f" on {os.cpu_count()} cores"


def _old_forward(p: dict, x, dropout: float, gen):
    """The one-hidden-layer mlp's training forward of commit c92d336: inverted dropout from ``torch.rand``."""
    import torch
    import torch.nn.functional as F

    h = F.relu(F.linear(x, p["w0"], p["b0"]))
    h = h * (torch.rand(h.shape, generator=gen) >= dropout) / (1.0 - dropout)
    return F.linear(h, p["wo"], p["bo"])


def _old_fit(learner, X, y, gen, prof: dict) -> None:
    """The fit before lockstep (commit c92d336): autograd, torch.optim.Adam, 300 steps of batch 64, timed by phase."""
    import torch
    import torch.nn.functional as F

    t = time.perf_counter
    t_all = t()
    params = learner._build(gen)
    opt = torch.optim.Adam(list(params.values()), lr=float(learner.lr), weight_decay=float(learner.weight_decay))
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y.astype(np.int64))
    n = Xt.shape[0]
    bs = min(int(learner.batch_size), n)
    order = torch.randperm(n, generator=gen)
    pos = 0
    for _ in range(int(learner.steps)):
        if pos + bs > n:
            order = torch.randperm(n, generator=gen)
            pos = 0
        idx = order[pos:pos + bs]
        pos += bs
        t0 = t()
        logits = _old_forward(params, Xt[idx], float(learner.dropout), gen)
        loss = F.cross_entropy(logits, yt[idx])
        t1 = t()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        t2 = t()
        opt.step()
        t3 = t()
        prof["forward"] += t1 - t0
        prof["backward"] += t2 - t1
        prof["optimizer"] += t3 - t2
    prof["steps"] += int(learner.steps)
    prof["total"] += t() - t_all


def profile(args) -> None:
    import torch

    from simulations.data.datasets import load
    from simulations.learners.models import make_learner
    from simulations.run.lockstep import fit_mlps

    torch.set_num_threads(1)
    ds = load("digits")
    rng = np.random.default_rng(0)
    sizes = [20 + 10 * r for r in range(0, 31, 5)]  # labeled-set sizes of the dashboard's run
    sets = {n: rng.choice(ds.n_pool, n, replace=False) for n in sizes}
    rows = []

    def mlp(**kw):
        return make_learner("mlp", n_features=ds.n_features, n_classes=ds.n_classes, input_shape=ds.input_shape, **kw)

    keys = ("forward", "backward", "optimizer", "draws", "total", "steps")
    cases = [("before: autograd + torch.optim.Adam, 300 steps, 1 run", 1, "old", {}),
             ("after: 300 steps, 1 run", 1, "new", {"loss_tol": 0.0}),
             ("after: 300 steps, 12 runs in lockstep (per run)", 12, "new", {"loss_tol": 0.0}),
             ("after: default budget (early stop, loss_tol 0.05), 1 run", 1, "new", {}),
             ("after: default budget (early stop, loss_tol 0.05), 12 runs in lockstep (per run)", 12, "new", {})]
    for label, R, kind, kw in cases:
        prof = dict.fromkeys(keys, 0.0)
        fits = 0
        for rep in range(args.repeats):
            for n, idx in sets.items():
                X, y = ds.X_pool[idx], ds.y_pool[idx]
                gens = [torch.Generator().manual_seed(rep * 100 + r) for r in range(R)]
                if kind == "old":
                    _old_fit(mlp(), X.copy(), y.copy(), gens[0], prof)
                else:
                    learners = [mlp(**kw) for _ in range(R)]
                    t0 = time.perf_counter()
                    steps = fit_mlps(learners, [X] * R, [y] * R, gens, profile=prof)
                    prof["total"] += time.perf_counter() - t0
                    prof["steps"] += max(steps)
                fits += R
        per = {k: prof[k] / fits for k in keys}
        per["steps"] = prof["steps"] / (fits / R)
        rows.append((label, per))
    print(f"# per-fit time on digits (labeled sets of {sizes[0]}..{sizes[-1]}), ms per fit; {_load_state()}")
    print("| fit | steps | forward | backward | optimizer | dropout draws | Python / framework overhead | total |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, p in rows:
        over = p["total"] - p["forward"] - p["backward"] - p["optimizer"] - p["draws"]
        print(f"| {label} | {p['steps']:.0f} | " + " | ".join(
            f"{1e3 * v:.1f}" for v in (p["forward"], p["backward"], p["optimizer"], p["draws"], over, p["total"])) + " |")


def peers(args) -> None:
    """One file per seed (alplan's digits split of data seed 0, the initial set a run with that seed draws), each
    library's script in a fresh process of its venv on them."""
    sys.path.insert(0, str(PEERS))
    from _common import run_script, write_arrays

    libs = [("baal", ROOT / ".venv-baal" / "bin" / "python", "baal_bald.py", {}),
            ("alplan", Path(sys.executable), "alplan_bald.py", {}),
            ("pytorch", Path(sys.executable), "torch_bald.py", {}),
            ("alplan-alone", Path(sys.executable), "alplan_bald.py", {"ALPLAN_BENCH_LOCKSTEP": "0"})]
    seeds = [int(s) for s in args.seeds.split(",")]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        write_arrays(Path(tmp), [(f"seed_{s}", "digits", s) for s in seeds], args.initial, data_seed=0)
        common = ["--data", tmp, "--seeds", args.seeds, "--batch-size", str(args.batch_size),
                  "--rounds", str(args.rounds), "--repeats", str(args.repeats)]
        for name, python, script, env in libs:
            if name not in args.only.split(","):
                continue
            env = dict(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", ALPLAN_BENCH_EPOCHS=str(args.epochs),
                       PYTHONPATH=str(ROOT), **env)
            load_before = _load_state()
            out = run_script(python, script, common, env)
            if "error" in out:
                results.append({"library": name, "error": out["error"]})
                continue
            out["name"], out["load"] = name, load_before
            results.append(out)
            print(f"{name}: {min(out['experiment_seconds']):.1f} s ({load_before})", file=sys.stderr)
    n_final = args.initial + args.batch_size * args.rounds
    print(f"# digits, MLP 64-128-10 dropout 0.25, Adam {args.epochs} passes/round, BALD T=20, "
          f"{args.initial} initial, batch {args.batch_size}, {args.rounds} rounds, seeds {args.seeds}")
    print("| library | version | import s | experiment s (after imports) | x baal | experiment CPU s | x baal (CPU) "
          "| final accuracy (mean over seeds) | load at start |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    by_name = {r.get("name"): r for r in results}
    base = min(by_name["baal"]["experiment_seconds"]) if "baal" in by_name else None
    base_cpu = min(by_name["baal"]["experiment_cpu_seconds"]) if "baal" in by_name else None
    for r in results:
        if "error" in r:
            print(f"| {r['library']} | - | - | - | - | - | - | error: {r['error']} | - |")
            continue
        exp = min(r["experiment_seconds"])
        cpu = min(c for c in r["experiment_cpu_seconds"] if c is not None) if any(
            c is not None for c in r["experiment_cpu_seconds"]) else float("nan")
        finals = [dict((int(n), a) for n, a in c).get(n_final, float("nan")) for c in r["curves"].values()]
        ratio = f"{base / exp:.1f}x" if base else "-"
        ratio_cpu = f"{base_cpu / cpu:.1f}x" if base_cpu else "-"
        print(f"| {r['name']} | {r['version']} | {r['import_seconds']:.2f} | {exp:.1f} | {ratio} | {cpu:.1f} | "
              f"{ratio_cpu} | {100 * np.mean(finals):.1f}% | {r['load']} |")


def dashboard(args) -> None:
    """The dashboard's default proxy simulation with mlp, in a fresh process (imports included), empty database.

    As the page does it: first the time estimate (``simulations.run.estimate.simulation_estimate``: a probe of
    measured rounds, and the full measurement where the probe cannot bound the study under a minute), then the
    simulation, on the machine's usable cores (``--workers 1``: one process). Prints the estimate against the
    simulation's time, and the cold total from process start."""
    code = (
        "import time; t0 = time.perf_counter()\n"
        "from simulations import SimulationConfig\n"
        "from simulations.run.estimate import simulation_estimate\n"
        "from simulations.run.executors import run_grid\n"
        "settings = dict(datasets=('digits',), model='mlp', strategies=('random','margin','entropy','coreset'),"
        " seeds=(0,1,2), initial=20, batch_size=10, rounds=30)\n"
        "t1 = time.perf_counter()\n"
        "estimate = simulation_estimate(settings, DB, workers=WORKERS)[2]\n"
        "t2 = time.perf_counter()\n"
        "curves = run_grid(SimulationConfig(**settings), db=DB, workers=WORKERS)\n"
        "t3 = time.perf_counter()\n"
        "print(f'{t3 - t0:.1f} s cold ({time.process_time():.1f} s CPU, process start excluded): estimate "
        "{estimate:.1f} s (measured in {t2 - t1:.1f} s), simulation {t3 - t2:.1f} s; final accuracy', "
        "curves[curves['round'] == 30].groupby('strategy')['accuracy'].mean().round(3).to_dict())\n")
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "runs.db")
            load = _load_state()
            run = code.replace("DB,", repr(db) + ",").replace("WORKERS)", f"{args.workers})")
            proc = subprocess.run([sys.executable, "-c", run], capture_output=True,
                                  text=True, cwd=str(ROOT), env=dict(os.environ, PYTHONPATH=str(ROOT)))
            print(proc.stdout.strip() or proc.stderr.strip().splitlines()[-1], f"({load})")


def cnn(args) -> None:
    """cnn on mnist1d: the runs one at a time (run_one) and as one lockstep group (run_group), seconds a run."""
    from simulations import SimulationConfig
    from simulations.run.lockstep import run_group
    from simulations.run.loop import load_dataset, run_one

    seeds = tuple(int(s) for s in args.seeds.split(","))
    strategies = tuple(args.strategies.split(","))
    cfg = SimulationConfig(datasets=("mnist1d",), model="cnn", strategies=strategies, seeds=seeds,
                           initial=20, batch_size=10, rounds=args.rounds)
    specs = cfg.runs()
    ds = load_dataset(specs[0])  # data loaded before the clock
    from simulations.learners.models import make_learner

    warm = make_learner("cnn", n_features=ds.n_features, n_classes=ds.n_classes, input_shape=ds.input_shape, steps=5)
    warm.fit(ds.X_pool[:20], ds.y_pool[:20], rng=np.random.default_rng(0)).predict(ds.X_test)  # torch's first calls
    R = len(specs)
    print(f"# cnn on mnist1d (10,000 rows), {', '.join(strategies)} x seeds {args.seeds} = {R} runs, 20 initial, "
          f"batch 10, {args.rounds} rounds, default budget")
    load = _load_state()
    t0, c0 = time.perf_counter(), time.process_time()
    alone = [run_one(spec) for spec in specs]
    wall_alone, cpu_alone = time.perf_counter() - t0, time.process_time() - c0
    print(f"one at a time (run_one): {wall_alone / R:.2f} s a run ({cpu_alone / R:.2f} s CPU), training "
          f"{sum(c['train_seconds'].sum() for c in alone) / R:.2f} s a run ({load})")
    load = _load_state()
    t0, c0 = time.perf_counter(), time.process_time()
    together = run_group(specs)
    wall_group, cpu_group = time.perf_counter() - t0, time.process_time() - c0
    print(f"lockstep group (run_group): {wall_group / R:.2f} s a run ({cpu_group / R:.2f} s CPU), training "
          f"{sum(c['train_seconds'].sum() for c in together) / R:.2f} s a run ({load})")
    print(f"speed-up from lockstep: {wall_alone / wall_group:.2f}x wall, {cpu_alone / cpu_group:.2f}x CPU")
    finals = [(spec.strategy, spec.seed, a["accuracy"].iloc[-1], g["accuracy"].iloc[-1])
              for spec, a, g in zip(specs, alone, together)]
    timing = ["train_seconds", "query_seconds"]
    same = all(a.drop(columns=timing).equals(g.drop(columns=timing)) for a, g in zip(alone, together))
    print("final accuracy (alone / group): " + ", ".join(f"{s} {seed}: {a:.3f} / {g:.3f}" for s, seed, a, g in finals)
          + f"; curves equal: {same}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("profile")
    p.add_argument("--repeats", type=int, default=1)
    p = sub.add_parser("peers")
    p.add_argument("--seeds", default="0,1,2,3,4")
    p.add_argument("--initial", type=int, default=20)
    p.add_argument("--batch-size", type=int, default=10)
    p.add_argument("--rounds", type=int, default=30)
    p.add_argument("--epochs", type=int, default=30)
    p.add_argument("--repeats", type=int, default=1)
    p.add_argument("--only", default="baal,alplan,pytorch,alplan-alone")
    p = sub.add_parser("dashboard")
    p.add_argument("--repeats", type=int, default=1)
    p.add_argument("--workers", type=int, default=None, help="default: the usable cores, as the page runs it")
    p = sub.add_parser("cnn")
    p.add_argument("--rounds", type=int, default=10)
    p.add_argument("--seeds", default="0,1,2")
    p.add_argument("--strategies", default="random,margin")
    args = parser.parse_args(argv)
    {"profile": profile, "peers": peers, "dashboard": dashboard, "cnn": cnn}[args.cmd](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
