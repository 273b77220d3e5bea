"""The order the test files run in: the longest kinds first.

`make test` hands whole files to its workers (`-n auto --dist loadfile`) in the order collected. A long file
handed out last runs alone at the end while the other cores idle, so the files that drive a real browser go
first, then the page's other tests, then the benchmark scripts' tests, then the rest; inside a kind, and inside
a file, the order is as collected.
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _kind(item) -> int:
    if item.get_closest_marker("browser") is not None:
        return 0
    try:
        top = item.path.relative_to(TESTS).parts[0]
    except ValueError:
        return 3
    return {"app": 1, "benchmarks": 2}.get(top, 3)


def pytest_collection_modifyitems(config, items):
    items.sort(key=_kind)  # stable: a file's tests stay together and in their order
