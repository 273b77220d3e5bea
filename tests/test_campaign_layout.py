"""The campaign's home held by its imports (docs/campaign_engine.md): ``planner/campaign/`` composes ``simulations``
and the pure planner, and nothing it imports imports it back; the page and the benchmarks reach the campaign, not
the command line; no module of the campaign grows past 900 lines. Imports are read from the source at every depth
(inside functions too), so a lazy import counts as one.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: The most lines a module of the campaign may have (STYLE.md: modules at most ~900 lines).
MAX_LINES = 900
#: The most lines a function of the campaign may have (STYLE.md: functions at most ~100 lines).
MAX_FUNCTION_LINES = 100
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
    assert reaches(tree, ("planner.campaign", "planner.cli"), "planner.decide.next_step") == [3, 4, 5, 6]
    assert reaches(tree, ("planner.cli",), "planner.decide.next_step") == [3, 5]


def lines_over(paths, limit: int = MAX_LINES) -> dict[str, int]:
    """The modules among ``paths`` longer than ``limit`` lines, with their lengths."""
    counts = {str(p): p.read_text().count("\n") for p in paths}
    return {p: n for p, n in counts.items() if n > limit}


def test_no_module_of_the_campaign_is_over_900_lines():
    paths = sorted((ROOT / "planner" / "campaign").glob("*.py"))
    assert {"service.py", "steps.py", "measuring.py", "in_hand.py"} <= {p.name for p in paths}
    assert not lines_over(paths), lines_over(paths)


def test_the_line_check_finds_a_long_module(tmp_path):
    short, long = tmp_path / "short.py", tmp_path / "long.py"
    short.write_text("x = 1\n" * 3)
    long.write_text("x = 1\n" * 5)
    assert lines_over([short, long], limit=4) == {str(long): 5}


def long_functions(tree: ast.AST, limit: int = MAX_FUNCTION_LINES) -> dict[str, int]:
    """The functions of ``tree`` (methods and nested ones too) longer than ``limit`` lines, with their lengths."""
    return {f"{n.name}:{n.lineno}": n.end_lineno - n.lineno + 1 for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > limit}


def test_no_function_of_the_campaign_is_over_100_lines():
    paths = sorted((ROOT / "planner" / "campaign").glob("*.py")) + [ROOT / "planner" / "cli" / "answer.py"]
    found = {str(p.relative_to(ROOT)): long for p in paths if (long := long_functions(ast.parse(p.read_text())))}
    assert not found, found


def test_the_function_check_finds_a_long_function():
    tree = ast.parse("def short():\n    return 1\n\n\ndef long():\n" + "    x = 1\n" * 4 + "    return x\n")
    assert long_functions(tree, limit=4) == {"long:5": 6}


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


def _a_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of ``graph`` (its modules in order, the first repeated last), or None."""
    state, stack = {}, []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = "done"
        stack.pop()
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


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


def test_the_circle_check_finds_a_circle():
    assert _a_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert _a_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


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
    """Each module of planner/campaign imported first in a fresh process: no import cycle shows up whichever a
    caller imports first, and none pulls in streamlit."""
    modules = sorted(_module_name(p) for p in (ROOT / "planner" / "campaign").glob("*.py"))
    code = ("import importlib, json, sys\nfor m in sys.argv[1:]:\n"
            "    importlib.import_module(m)\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'streamlit')))")
    for module in modules:
        proc = subprocess.run([sys.executable, "-c", code, module], capture_output=True, text=True, cwd=ROOT,
                              timeout=300, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
        assert proc.returncode == 0, f"{module}: {proc.stderr[-2000:]}"
        assert json.loads(proc.stdout.splitlines()[-1]) == [], module
