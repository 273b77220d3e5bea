"""The campaign's home held by its imports (docs/campaign_engine.md): ``planner/campaign/`` composes ``simulations``
and the pure planner, and nothing it imports imports it back; the page and the benchmarks reach the campaign, not
the command line. Imports are read from the source at every depth
(inside functions too), so a lazy import counts as one.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_layout import _a_cycle, import_each   # its self-test is there; module and function sizes too

ROOT = Path(__file__).resolve().parents[1]
#: The packages below the campaign: none of them imports it, nor the command line above it.
BELOW = ("simulations", "planner/forecast", "planner/decide", "planner/present")


def imported(tree: ast.AST, module: str = "", is_package: bool = False) -> list[tuple[int, str]]:
    """(line, name) of every module ``tree`` imports, at any depth; ``from a import b`` gives ``a`` and ``a.b``;
    a relative import is resolved against ``module`` (the importing module's dotted name; ``is_package``: it is a
    package's ``__init__``)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".")[: len(module.split(".")) - node.level + is_package]
                base = ".".join(parts + ([base] if base else []))
            found += [(node.lineno, base)] + [(node.lineno, f"{base}.{a.name}") for a in node.names]
    return found


def reaches(tree: ast.AST, packages: tuple[str, ...], module: str = "", is_package: bool = False) -> list[int]:
    """The lines of ``tree`` that import any of ``packages`` (or anything under one)."""
    return sorted({line for line, name in imported(tree, module, is_package)
                   if any(name == p or name.startswith(p + ".") for p in packages)})


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _offenders(paths, packages: tuple[str, ...]) -> dict[str, list[int]]:
    out = {}
    for path in paths:
        lines = reaches(ast.parse(path.read_text(), filename=str(path)), packages, _module_name(path),
                        path.name == "__init__.py")
        if lines:
            out[str(path.relative_to(ROOT))] = lines
    return out


def test_nothing_below_the_campaign_imports_it_or_the_command_line():
    paths = [p for folder in BELOW for p in sorted((ROOT / folder).rglob("*.py"))]
    assert len(paths) > 100 and any(p.name == "next_step.py" for p in paths)
    offenders = _offenders(paths, ("planner.campaign", "planner.cli"))
    assert not offenders, f"these import the campaign or the command line from below: {offenders}"


def test_the_page_and_the_benchmarks_import_no_command_line():
    """app.py and the benchmarks call the campaign (planner.campaign), never planner.cli; running ``python -m
    planner.cli`` in a subprocess (a string) is no import."""
    paths = [ROOT / "app.py", *sorted((ROOT / "benchmarks").rglob("*.py"))]
    assert len(paths) > 10
    offenders = _offenders(paths, ("planner.cli",))
    assert not offenders, f"these import planner.cli: {offenders}"
    assert _offenders([ROOT / "app.py"], ("planner.campaign",)), "the page's campaign answer: planner.campaign"


def test_the_import_check_sees_lazy_and_relative_imports_and_not_strings():
    tree = ast.parse("import os\ndef f():\n    from planner.cli.answer import x\n    import planner.campaign.steps\n"
                     "from planner import cli\nfrom ..campaign import service\n"
                     "CMD = [sys.executable, '-m', 'planner.cli', 'plan']\nimport planner.clinic\n")
    assert reaches(tree, ("planner.campaign", "planner.cli"), "planner.present.next_step_view") == [3, 4, 5, 6]
    assert reaches(tree, ("planner.cli",), "planner.present.next_step_view") == [3, 5]


def _graph(folders: tuple[str, ...]) -> dict[str, set[str]]:
    """Module -> the modules of ``folders`` it imports, at any depth (a name inside a module: that module)."""
    paths = [p for folder in folders for p in sorted((ROOT / folder).rglob("*.py"))]
    modules = {_module_name(p) for p in paths}
    graph = {}
    for path in paths:
        module = _module_name(path)
        edges = set()
        for _, name in imported(ast.parse(path.read_text(), filename=str(path)), module, path.name == "__init__.py"):
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module:
                edges.add(name)
        graph[module] = edges
    return graph


def test_the_campaign_and_the_simulator_import_one_way_without_a_circle():
    """simulations never imports the campaign (above), and no chain of imports among the campaign's modules and the
    simulator's runs in a circle. A package's ``__init__`` re-exporting its modules is not a circle."""
    graph = _graph(("planner/campaign", "simulations"))
    assert "planner.campaign.service" in graph and "simulations.run.loop" in graph
    assert not any(t.startswith("planner.campaign") for m, ts in graph.items() if m.startswith("simulations")
                   for t in ts)
    packages = {m for m in graph if (ROOT.joinpath(*m.split(".")) / "__init__.py").is_file()}
    cycle = _a_cycle({m: deps - packages for m, deps in graph.items()})
    assert cycle is None, "import circle: " + " -> ".join(cycle)


def test_the_campaign_package_and_its_parser_load_only_the_standard_library():
    """``alplan --help`` registers the campaign's steps (planner.campaign.commands) and reaches the service's names
    (planner.campaign): neither loads numpy, pandas, torch or simulations."""
    code = ("import json, sys; import planner.campaign, planner.campaign.commands; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('numpy', 'pandas', 'torch', 'simulations', 'streamlit'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout) == []


@pytest.mark.slow
def test_each_campaign_module_imports_alone_without_streamlit():
    """Each module of planner/campaign imported first, alone (a process forked from one that loaded only numpy,
    pandas and pyarrow: :func:`tests.test_layout.import_each`): no import cycle shows up whichever a caller imports
    first, and none pulls in streamlit."""
    modules = sorted(_module_name(p) for p in (ROOT / "planner" / "campaign").glob("*.py"))
    assert "planner.campaign" in modules and "planner.campaign.service" in modules
    results = import_each(modules, ["numpy", "pandas", "pyarrow"])
    assert sorted(results) == modules
    failed = {m: r["error"] for m, r in results.items() if not r["ok"]}
    assert not failed, "\n".join(f"{m}:\n{e[-2000:]}" for m, e in failed.items())
    for module, result in results.items():
        assert not [m for m in result["loaded"] if m.split(".")[0] == "streamlit"], module
