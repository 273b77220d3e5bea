"""Run every ``benchmarks/bench_*.py`` in turn (``make bench`` calls this).

Each benchmark runs as its own subprocess with this interpreter, its output streamed as it comes; a failing benchmark
is reported and the rest still run. At the end: a summary (exit status, wall time) and, for each benchmark, the
section of benchmarks/RESULTS.md its numbers belong in (named in the benchmark's docstring:
``Results go to the "<section>" section``, or the section heading its docstring names).

    python benchmarks/run_all.py                 # every benchmark, full settings
    python benchmarks/run_all.py --quick         # smoke run: --quick to each (those without it skipped)
    python benchmarks/run_all.py --only peers,startup
    python benchmarks/run_all.py --list
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
_SECTION = re.compile(r'Results go to the\s+"([^"]+)"\s+section', re.DOTALL)


def discover() -> list[Path]:
    return sorted(HERE.glob("bench_*.py"))


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _headings() -> list[str]:
    if not RESULTS.exists():
        return []
    return [line[3:].strip() for line in RESULTS.read_text(encoding="utf-8").splitlines()
            if line.startswith("## ")]


def section_of(path: Path) -> str:
    """The RESULTS.md section of a benchmark, or '?'.

    Its docstring's ``Results go to the "<section>" section``, else the RESULTS.md heading its docstring names (case,
    spaces and punctuation ignored: "Core-set selection at scale" finds "Coreset selection at scale")."""
    text = path.read_text(encoding="utf-8")
    match = _SECTION.search(text)
    if match:
        return " ".join(match.group(1).split())
    doc = ast.get_docstring(ast.parse(text)) or ""
    squashed = _squash(doc)
    named = [h for h in _headings() if _squash(h) and _squash(h) in squashed]
    return max(named, key=len) if named else "?"


def takes_quick(path: Path) -> bool:
    """Whether the benchmark has a ``--quick`` flag."""
    return "--quick" in path.read_text(encoding="utf-8")


def short(path: Path) -> str:
    return path.stem.removeprefix("bench_")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: pass --quick to every benchmark, skip those without it")
    parser.add_argument("--only", default=None, help="comma-separated benchmark names (bench_<name>.py)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)

    benches = discover()
    if args.only:
        wanted = {s.strip().removeprefix("bench_").removesuffix(".py") for s in args.only.split(",") if s.strip()}
        unknown = wanted - {short(b) for b in benches}
        if unknown:
            parser.error(f"no benchmark named {sorted(unknown)}; "
                         f"have {[short(b) for b in benches]}")
        benches = [b for b in benches if short(b) in wanted]
    if args.list:
        for bench in benches:
            print(f"{short(bench):<16} -> RESULTS.md: {section_of(bench)}")
        return 0

    if any(short(b) == "peers" for b in benches):
        # bench_peers.py needs the peer venvs; creating them is idempotent (pinned).
        print("$ benchmarks/setup_peers.sh", flush=True)
        if subprocess.run(["bash", str(HERE / "setup_peers.sh")], cwd=HERE.parent).returncode:
            print("setup_peers.sh failed: bench_peers.py will report the missing peers", flush=True)

    summary = []
    for bench in benches:
        if args.quick and not takes_quick(bench):
            print(f"\n{bench.name} has no --quick: skipped in a smoke run", flush=True)
            summary.append((bench, None, 0.0))
            continue
        cmd = [sys.executable, str(bench)] + (["--quick"] if args.quick else [])
        print(f"\n{'=' * 72}\n$ {' '.join(cmd)}\n{'=' * 72}", flush=True)
        start = time.perf_counter()
        rc = subprocess.run(cmd, cwd=HERE.parent).returncode
        summary.append((bench, rc, time.perf_counter() - start))

    print(f"\n{'=' * 72}\nsummary{' (--quick: smoke settings, not for RESULTS.md)' if args.quick else ''}")
    for bench, rc, seconds in summary:
        status = "skipped (no --quick)" if rc is None else "ok" if rc == 0 else f"FAILED (exit {rc})"
        print(f"  {bench.name:<28} {status:<18} {seconds:7.1f} s  -> {RESULTS.name}: "
              f"\"{section_of(bench)}\"")
    print(f"Paste each table, with its command, into its section of {RESULTS}.")
    return 1 if any(rc not in (0, None) for _, rc, _ in summary) else 0


if __name__ == "__main__":
    sys.exit(main())
