"""Arrows a reader can see: every import of planner, simulations and app.py sits at the top of its module, except
the few that keep start-up fast (``alplan --help`` and the light campaign commands load no package they do not
use: tests/test_startup_imports.py), that close an import circle, or that reach a dependency the module may go
without; each of those says why in one comment on its statement (``# lazy: start-up time``, ``# lazy: circle with
planner.x``, ``# lazy: optional dependency``)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The comment a lazy import carries on one of its lines.
MARK = "# lazy: "


def lazy_imports(source: str) -> list[tuple[int, str, bool]]:
    """(line, the statement, whether it says why) of each import inside a function of ``source``, at any depth."""
    lines = source.splitlines()
    found = []
    for fn in ast.walk(ast.parse(source)):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(fn):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and not (
                    isinstance(node, ast.ImportFrom) and node.module == "__future__"):
                said = any(MARK in line for line in lines[node.lineno - 1:node.end_lineno])
                found.append((node.lineno, ast.unparse(node), said))
    return sorted(set(found))


def _files() -> list[Path]:
    files = sorted((ROOT / "planner").rglob("*.py")) + sorted((ROOT / "simulations").rglob("*.py"))
    return [*files, ROOT / "app.py"]


def test_every_lazy_import_says_why():
    files = _files()
    assert ROOT / "planner" / "cli" / "campaign.py" in files and ROOT / "simulations" / "run" / "loop.py" in files
    silent = [f"{path.relative_to(ROOT)}:{line}: {text}" for path in files
              for line, text, said in lazy_imports(path.read_text(encoding="utf-8")) if not said]
    assert not silent, ("imports inside a function without a `# lazy: why` comment (move them to the top of the "
                        "module, or say why they wait):\n" + "\n".join(silent))


def test_the_check_sees_a_lazy_import_without_a_comment():
    source = ("import json\n\n\ndef f():\n    import numpy as np  # lazy: start-up time\n    from pandas import (\n"
              "        DataFrame)\n\n    def g():\n        from os import path\n        return path\n\n"
              "    return np, DataFrame, g\n")
    assert lazy_imports(source) == [(5, "import numpy as np", True), (6, "from pandas import DataFrame", False),
                                    (10, "from os import path", False)]
    assert lazy_imports("from __future__ import annotations\nimport json\n") == []

