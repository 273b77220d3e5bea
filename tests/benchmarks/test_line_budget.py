"""benchmarks/ stays within its budget: every script serves a table of RESULTS.md, and RESULTS.md has room left.

Both bounds are ratchets: lower them when the count falls, never raise them. A design that is not shipped
leaves the tree and is named in RESULTS.md by its commit.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"

#: Lines of Python under benchmarks/ (``find benchmarks -name '*.py' | xargs wc -l``).
MAX_PYTHON_LINES = 11_149
#: Lines of benchmarks/RESULTS.md.
MAX_RESULTS_LINES = 1_000


def _python_files() -> list[Path]:
    """The tree's Python files (not what the benchmarks build under ignored folders such as ``.data``)."""
    return [p for p in BENCHMARKS.rglob("*.py") if not any(part.startswith(".") for part in p.relative_to(ROOT).parts)]


def test_benchmarks_python_stays_within_its_line_budget():
    lines = sum(p.read_text().count("\n") for p in _python_files())
    assert lines <= MAX_PYTHON_LINES, (f"benchmarks/ has {lines} lines of Python (at most {MAX_PYTHON_LINES:,}): "
                                       "fold a helper into a shared module or drop a design RESULTS.md no longer shows")


def test_results_md_stays_within_its_line_budget():
    lines = (BENCHMARKS / "RESULTS.md").read_text().count("\n")
    assert lines <= MAX_RESULTS_LINES, (f"benchmarks/RESULTS.md has {lines} lines (at most {MAX_RESULTS_LINES:,}): "
                                        "merge prose or move a superseded reading to git, naming its commit")


def test_every_script_serves_a_table_results_md_shows_or_a_shipped_table():
    """A script (a file with a ``__main__``) is named in RESULTS.md's commands or planner/data/MANIFEST.csv, or is
    run by a script that is (the peer scripts, the steps of ``report.py``)."""
    scripts = {p for p in _python_files() if '__name__ == "__main__"' in p.read_text()}
    named = (BENCHMARKS / "RESULTS.md").read_text() + (ROOT / "planner" / "data" / "MANIFEST.csv").read_text()
    served = {p for p in scripts if p.name in named}
    while grown := {p for p in scripts - served if any(p.name in q.read_text() for q in served)}:
        served |= grown
    unserved = sorted(str(p.relative_to(ROOT)) for p in scripts - served)
    assert not unserved, f"scripts no RESULTS.md table needs: {unserved} (drop them; RESULTS names the commit)"
