"""The house read from its folders (issue 20, item 7): every module imports on its own, the halves stay apart.

Each module of ``planner`` and ``simulations`` is imported FIRST in a fresh process
(a fork of an interpreter that holds only third-party libraries), so an import cycle
shows up whichever module a caller happens to import first. ``planner`` must not pull
in torch, streamlit or ``simulations``; ``simulations`` must not pull in ``planner`` or
streamlit (DESIGN.md: one-way dependencies). The public paths of DESIGN.md's Python
surface stay importable and are the very objects of the modules they re-export.
"""

from __future__ import annotations

import ast
import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The top level of each package: DESIGN.md's public paths; everything else lives in a subpackage named for what
# flows through it (the `alplan` entry point too: planner/cli/, one module per group of commands).
TOP_LEVEL = {
    "planner": {"__init__", "costs", "curves", "decision"},
    "simulations": {"__init__", "datasets"},
}

CHILD = r"""
import importlib, json, os, sys, traceback
preload, modules = sys.argv[1].split(","), sys.argv[2].split(",")
for name in preload:
    if name:
        importlib.import_module(name)
results = {}
for module in modules:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            importlib.import_module(module)
            out = {"ok": True, "loaded": sorted(m for m in sys.modules
                                                if m.split(".")[0] in ("planner", "simulations", "torch", "streamlit"))}
        except BaseException:
            out = {"ok": False, "error": traceback.format_exc()}
        os.write(write, json.dumps(out).encode())
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 1 << 16):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    results[module] = json.loads(b"".join(chunks) or b'{"ok": false, "error": "the child died"}')
print(json.dumps(results))
"""


def modules_of(package: str) -> list[str]:
    names = []
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def import_each(modules: list[str], preload: list[str]) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, ",".join(preload), ",".join(modules)],
                          capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.splitlines()[-1])


@functools.cache
def _tree(path: Path) -> ast.Module:
    """The syntax tree of a source file of the house, parsed once per run: the checks below walk the same files, and
    none changes its tree."""
    return ast.parse(path.read_text(), filename=str(path))


def test_every_folder_is_a_package_and_the_top_level_holds_only_the_entry_points():
    for package, allowed in TOP_LEVEL.items():
        top = {p.stem for p in (ROOT / package).glob("*.py")}
        assert top == allowed, f"{package}/ top level: {sorted(top)}; a new module goes into a subpackage"
        for folder in (ROOT / package).rglob("*"):
            if folder.is_dir() and any(folder.glob("*.py")):
                assert (folder / "__init__.py").is_file(), f"{folder.relative_to(ROOT)} lacks __init__.py"


def test_git_holds_no_build_output_wheel_or_large_blob():
    """DESIGN.md: no generated data, caches or virtualenvs in git. A tracked file is source, a shipped table or a
    document: no wheel, archive or cache, and none over 2 MiB (the largest shipped table, analogs.csv, is under 1)."""
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    tracked = [name for name in out.decode().split("\0") if name]
    banned = (".whl", ".tar.gz", ".zip", ".pyc", ".egg", ".parquet", ".db", ".sqlite")
    assert not [t for t in tracked if t.endswith(banned) or "/__pycache__/" in t or t.startswith(".venv")]
    large = [t for t in tracked if (ROOT / t).is_file() and (ROOT / t).stat().st_size > 2 * 2**20]
    assert not large, f"tracked files over 2 MiB: {large}"


def test_planner_modules_import_alone_without_torch_streamlit_or_simulations():
    """The campaign (planner/campaign/) composes the simulator and the planner: tests/test_campaign_layout.py."""
    modules = [m for m in modules_of("planner") if not m.startswith("planner.campaign")]
    assert "planner.forecast.draws" in modules and "planner.present.verdict_view" in modules
    results = import_each(modules, ["numpy", "pandas", "scipy.optimize", "altair"])
    failed = {m: r["error"] for m, r in results.items() if not r["ok"]}
    assert not failed, "\n".join(f"{m}:\n{e}" for m, e in failed.items())
    for module, result in results.items():
        foreign = [m for m in result["loaded"] if m.split(".")[0] in ("torch", "streamlit", "simulations")]
        assert not foreign, f"importing {module} loads {foreign[:5]}"


@pytest.mark.slow
def test_simulations_modules_import_alone_without_planner_or_streamlit():
    modules = modules_of("simulations")
    assert "simulations.run.loop" in modules and "simulations.learners.models" in modules
    results = import_each(modules, ["numpy", "pandas", "scipy.optimize", "sklearn", "torch"])
    failed = {m: r["error"] for m, r in results.items() if not r["ok"]}
    assert not failed, "\n".join(f"{m}:\n{e}" for m, e in failed.items())
    for module, result in results.items():
        foreign = [m for m in result["loaded"] if m.split(".")[0] in ("planner", "streamlit")]
        assert not foreign, f"importing {module} loads {foreign[:5]}"


def test_the_python_surface_of_design_md_keeps_its_paths():
    from planner.costs import Scenario
    from planner.curves import fit_curve
    from planner.decision import decide
    from simulations import SimulationConfig, simulate
    from simulations.datasets import available, load
    from simulations.strategies import available as strategies

    import planner.decide.costs
    import planner.decide.verdict
    import planner.forecast.curves
    import simulations.data.datasets
    import simulations.run.config
    import simulations.run.loop

    assert fit_curve is planner.forecast.curves.fit_curve
    assert Scenario is planner.decide.costs.Scenario
    assert decide is planner.decide.verdict.decide
    assert simulate is simulations.run.loop.simulate
    assert SimulationConfig is simulations.run.config.SimulationConfig
    assert load is simulations.data.datasets.load and available is simulations.data.datasets.available
    assert "digits" in available() and "random" in strategies()


def test_the_page_stays_thin_and_no_benchmark_imports_it():
    """app.py keeps widgets and layout (at most 449 lines, a ratchet: the title before the slow imports, a spinner
    while each slow step runs, the boxes the answers go in); the logic lives in the packages (the progress bar's
    ticking thread: simulations.run.estimate; the campaign's answer: planner.campaign.page.page_answer) and what
    each answer shows, in order, in planner.present.page_blocks, which app.py's ``show`` draws."""
    lines = (ROOT / "app.py").read_text().count("\n")
    assert lines <= 449, f"app.py has {lines} lines: move logic into planner/ or simulations/"
    for path in (ROOT / "benchmarks").rglob("*.py"):
        text = path.read_text()
        assert "import app" not in text and "from app import" not in text, path


def _imports_present(tree: ast.AST) -> list[int]:
    """Lines of ``tree`` that import ``planner.present`` (or anything under it), at any depth (lazy imports too)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        if any(n == "planner.present" or n.startswith("planner.present.") for n in names):
            lines.append(node.lineno)
    return lines


def test_arrows_run_one_way_decide_and_forecast_never_import_present():
    """DESIGN.md: present reads decide, which reads forecast; nothing under planner/decide or planner/forecast
    imports planner.present, not even inside a function."""
    offenders = {}
    for folder in ("decide", "forecast"):
        for path in sorted((ROOT / "planner" / folder).rglob("*.py")):
            lines = _imports_present(_tree(path))
            if lines:
                offenders[str(path.relative_to(ROOT))] = lines
    assert not offenders, f"planner.present imported from below it: {offenders}"
    forecast = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "planner" / "forecast").rglob("*.py"))
                if any(isinstance(n, ast.ImportFrom) and (n.module or "").startswith("planner.decide")
                       for n in ast.walk(_tree(p)))]
    assert not forecast, f"planner.forecast imports planner.decide: {forecast}"


def test_the_arrow_check_sees_a_lazy_import():
    tree = ast.parse("def f():\n    from planner.present.verdict_sentence import sentence\n    import planner.present\n"
                     "from planner import decide\n")
    assert _imports_present(tree) == [2, 3]


def _import_graph(package: str) -> dict[str, set[str]]:
    """Module -> the modules of ``package`` it imports, at any depth (lazy imports too), from the source (read once
    per run; each caller gets its own copy)."""
    return {module: set(edges) for module, edges in _read_import_graph(package).items()}


@functools.cache
def _read_import_graph(package: str) -> dict[str, set[str]]:
    modules = set(modules_of(package))
    graph = {}
    for module in modules:
        path = ROOT.joinpath(*module.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        is_package = path.name == "__init__.py"
        edges = set()
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the module's own package upwards
                    parts = module.split(".")[: len(module.split(".")) - node.level + is_package]
                    base = ".".join(parts + ([base] if base else []))
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in modules:  # `import a.b.c` of a name inside a.b.c: its module
                    target = target.rpartition(".")[0]
                if target and target != module:
                    edges.add(target)
        graph[module] = edges
    return graph


def _a_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of ``graph`` (its modules in order, the first repeated last), or None."""
    state, stack = {}, []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph[node]):
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


def test_no_import_circle_among_simulations_modules():
    """No module of simulations/ imports, even lazily, a module that imports it back (through any chain)."""
    graph = _import_graph("simulations")
    assert "simulations.learners.batched" in graph and "simulations.learners.models" in graph
    cycle = _a_cycle(graph)
    assert cycle is None, "import circle: " + " -> ".join(cycle)


def test_the_circle_check_finds_a_circle():
    assert _a_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert _a_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_data_and_results_never_import_the_run():
    """The loop reads data and writes results; simulations.data and simulations.results import nothing of run/."""
    graph = _import_graph("simulations")
    below = {m: sorted(t for t in targets if t.startswith("simulations.run"))
             for m, targets in graph.items() if m.startswith(("simulations.data", "simulations.results"))}
    assert not {m: t for m, t in below.items() if t}, below


@functools.cache
def _read_decide_imports() -> dict[str, set[str]]:
    graph = {}
    decide = ROOT / "planner" / "decide"
    for path in sorted(decide.rglob("*.py")):
        name = ".".join(path.relative_to(decide).with_suffix("").parts)
        tree = _tree(path)
        skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING"
                for n in ast.walk(node)}
        deps = set()
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("planner.decide."):
                deps.add(node.module.removeprefix("planner.decide."))
            elif isinstance(node, ast.Import):
                deps.update(a.name.removeprefix("planner.decide.") for a in node.names
                            if a.name.startswith("planner.decide."))
        graph[name] = deps - {name}
    return graph


def _decide_imports() -> dict[str, set[str]]:
    """planner.decide's modules (``campaign.next_step`` for a subpackage's) -> the planner.decide modules each imports when it runs (at the top or inside a
    function; ``if TYPE_CHECKING:`` blocks, never run, are left out)."""
    return {module: set(deps) for module, deps in _read_decide_imports().items()}   # read once; a copy to change


def test_planner_decide_has_no_import_circle():
    """The decision flows one way (draws, prices, the rule, rows, the sentence): no module of planner/decide
    imports, directly or through others, a module that imports it."""
    graph = _decide_imports()
    cycle = _a_cycle({module: deps & set(graph) for module, deps in graph.items()})   # a circle runs through modules
    assert cycle is None, "import circle: " + " -> ".join(cycle)


#: The verdict's pipeline in order (CONTRIBUTING.md, "planner/decide"): the priced paths, the rule, the break-even
#: quotes (the premium's and the price's: the rule asked again on the same paths re-priced), the rows; verdict.py,
#: which holds the draws (the first stage) and the Decision (the last), runs them. A stage imports no stage after it.
PIPELINE = (("paths",), ("rule",), ("time_break_even", "break_even"), ("rows",), ("verdict",))
#: The stages each stage may import; everything else of the stages before it is handed to it as arguments (the
#: draws as the Plan, the rule's facts and inputs as the priced paths, the rule's outcome and the break-even quotes
#: as values), so no stage returns to a room it has left.
READS = {
    "paths": set(),                             # the draws: the Plan, an argument
    "rule": set(),                              # the paths' totals, beyond, capped totals and DrawFacts, handed to it
    "time_break_even": {"rule"},                # the paths re-priced at other premiums, the rule asked again
    "break_even": {"rule", "time_break_even"},          # the paths (and their quotes) re-priced, the rule asked again
    "rows": set(),                              # the paths with their quotes, the rule's outcome, the break-even quotes
    "verdict": {"paths", "rule", "break_even", "rows"},
}


def _stage_of() -> dict[str, int]:
    return {module: i for i, stage in enumerate(PIPELINE) for module in stage}


def test_the_verdict_pipeline_runs_one_way_and_whatif_never_imports_the_verdict():
    graph = _decide_imports()
    order = _stage_of()
    assert set(READS) == set(order) and all(m in graph for m in order), "PIPELINE, READS and planner/decide differ"
    for module, reads in READS.items():
        earlier = {m for m, i in order.items() if i < order[module]}
        assert reads <= earlier | set(PIPELINE[order[module]]) - {module}, f"READS lets {module} read a later stage"
        stages = graph[module] & set(order)
        assert stages <= reads, f"{module} imports {sorted(stages - reads)}: a stage it must be handed, or a later one"
    for side in ("whatif", "voi"):   # they re-run the pipeline from the priced paths
        assert "verdict" not in graph[side], f"{side} imports the verdict"
    text = (ROOT / "planner" / "decide" / "whatif.py").read_text()
    assert "planner.decide.verdict import" not in text   # not even for type hints


def test_after_the_priced_paths_no_stage_reads_the_plan():
    """The rule, the break-even quotes and the rows read what the paths hand on (a path prices any count itself:
    ``PricedPath.price``); none takes the Plan, so none returns to the draws."""
    offenders = []
    for module in ("rule", "time_break_even", "break_even", "rows"):
        path = ROOT / "planner" / "decide" / f"{module}.py"
        for node in ast.walk(_tree(path)):
            if isinstance(node, (ast.FunctionDef, ast.Lambda)):
                args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
                if any(a.arg == "plan" for a in args):
                    offenders.append(f"{module}.{getattr(node, 'name', 'lambda')}")
    assert not offenders, f"these read the Plan after the priced paths: {offenders}"


def _calls_into_paths(tree: ast.Module) -> list[str]:
    """Where ``tree`` imports ``planner.decide.paths`` (any form, lazy or under ``TYPE_CHECKING``) or calls a
    name that module defines: ``line: what``. A method of a path handed on (``p.price(...)``) is no name of it."""
    defined = {n.name for n in _tree(ROOT / "planner" / "decide" / "paths.py").body
               if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    own = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and ((node.module or "") == "planner.decide.paths" or (
                node.module == "planner.decide" and any(a.name == "paths" for a in node.names))):
            found.append(f"{node.lineno}: from {node.module} import")
        elif isinstance(node, ast.Import) and any(a.name == "planner.decide.paths" for a in node.names):
            found.append(f"{node.lineno}: import planner.decide.paths")
        elif isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", None) == "paths" \
                    and node.func.attr in defined:
                name = node.func.attr
            if name in defined - own:
                found.append(f"{node.lineno}: {name}()")
    return found


def test_the_rows_and_the_break_even_never_call_back_into_the_paths():
    """The priced paths hand on what the later stages read (each path's quote: the labels a row quotes, their range,
    the extrapolation limit and the totals priced there); the rows and the break-even quotes neither import
    planner.decide.paths nor call a name it defines, so the walk never returns to it."""
    offenders = {}
    for module in ("rows", "break_even"):
        path = ROOT / "planner" / "decide" / f"{module}.py"
        found = _calls_into_paths(_tree(path))
        if found:
            offenders[module] = found
    assert not offenders, f"these call back into planner.decide.paths: {offenders}"


def test_the_call_back_check_sees_an_import_and_a_call():
    tree = ast.parse("from __future__ import annotations\n"
                     "def f(p):\n    from planner.decide.paths import path_limit\n    return quoted_labels(p)\n"
                     "import planner.decide.paths\nfrom planner.decide import paths\n"
                     "x = paths.path_limit(1, 2)\ny = p.price([1])\n")
    assert sorted(line.split(":")[0] for line in _calls_into_paths(tree)) == ["3", "4", "5", "6", "7"]


def test_plan_decide_reads_as_the_five_stages_in_order():
    """Plan.decide: the draws (the scenario resolved), the priced paths and their facts, the rule and its break-even
    quotes, the rows, the Decision; each called once, in that order."""
    tree = _tree(ROOT / "planner" / "decide" / "verdict.py")
    plan = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Plan")
    decide = next(n for n in plan.body if isinstance(n, ast.FunctionDef) and n.name == "decide")
    calls = sorted((n for n in ast.walk(decide) if isinstance(n, ast.Call)), key=lambda n: (n.lineno, n.col_offset))
    names = [getattr(c.func, "attr", getattr(c.func, "id", None)) for c in calls]
    steps = [n for n in names if n not in ("check_target", "check_level", "values")]
    assert steps == ["resolve", "paths", "draw_facts", "rule_paths", "break_even", "strategy_row", "_decision"], steps


def test_no_import_circle_among_planner_modules():
    """No module of planner/ imports, even lazily inside a function, a module that imports it back (through any
    chain): the campaign's answer reads its forecast, which never reads the answer. A package's ``__init__``
    re-exporting its modules is not a circle (it imports them; they import their siblings, not it)."""
    graph = _import_graph("planner")
    packages = {m for m in graph if ROOT.joinpath(*m.split(".")).is_dir()}
    graph = {m: {t for t in deps if t not in packages} for m, deps in graph.items()}
    cycle = _a_cycle(graph)
    assert cycle is None, "import circle: " + " -> ".join(cycle)


# ----------------------------------------------------------- imports at every level, module and function sizes

#: What the pure planner (its forecast, its decisions, its words) never imports, not even inside a function: the
#: simulator, the command line and the campaign compose the planner, never the other way round.
PURE_PLANNER = ("planner.forecast", "planner.decide", "planner.present")
NEVER_BELOW = ("simulations", "planner.cli", "planner.campaign")


def _imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in ``tree``, at any depth (function bodies too); ``from a import b``
    gives ``a`` and ``a.b`` (b may be a module)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found += [(node.lineno, node.module)] + [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def _reaching(tree: ast.AST, banned: tuple[str, ...]) -> list[str]:
    """``line: module`` of each import statement in ``tree`` that reaches a module under one of ``banned``."""
    hits: dict[int, str] = {}
    for line, name in _imported_names(tree):
        if any(name == b or name.startswith(b + ".") for b in banned):
            hits.setdefault(line, name)
    return [f"{line}: {name}" for line, name in sorted(hits.items())]


def test_the_pure_planner_never_imports_the_simulator_the_cli_or_the_campaign():
    offenders = {}
    for package in PURE_PLANNER:
        for path in sorted(ROOT.joinpath(*package.split(".")).rglob("*.py")):
            hits = _reaching(_tree(path), NEVER_BELOW)
            if hits:
                offenders[str(path.relative_to(ROOT))] = hits
    assert not offenders, f"the pure planner reaches the simulator, the CLI or the campaign: {offenders}"


def test_the_reach_check_sees_a_lazy_import_of_each_kind():
    tree = ast.parse("import numpy\ndef f():\n    from simulations.results.schema import LINE_BREAKING\n"
                     "    import simulations\n    from planner import cli\n"
                     "class C:\n    def g(self):\n        from planner.campaign.answer import answer\n"
                     "from planner.forecast import io\nimport planner.clix\n")
    assert [hit.split(":")[0] for hit in _reaching(tree, NEVER_BELOW)] == ["3", "4", "5", "8"]


def _package_graph(module_graph: dict[str, set[str]], root: str) -> dict[str, set[str]]:
    """The subpackages of ``root`` and the subpackages each imports (any import of any of its modules, at any
    depth); a module at the top of ``root`` (``simulations.datasets``) counts as a package of its own."""
    def package(module: str) -> str | None:
        parts = module.split(".")
        return parts[1] if len(parts) > 1 and parts[0] == root else None

    graph: dict[str, set[str]] = {}
    for module, targets in module_graph.items():
        source = package(module)
        if source is None:
            continue
        graph.setdefault(source, set())
        graph[source] |= {t for t in map(package, targets) if t is not None and t != source}
    for targets in list(graph.values()):
        for target in targets:
            graph.setdefault(target, set())
    return graph


def test_no_circle_among_the_simulations_subpackages():
    graph = _package_graph(_import_graph("simulations"), "simulations")
    assert {"data", "learners", "strategies", "run", "results", "messages"} <= set(graph), sorted(graph)
    cycle = _a_cycle(graph)
    assert cycle is None, "subpackages import each other: " + " -> ".join(cycle)


def test_the_package_circle_check_sees_a_lazy_import_closing_a_circle():
    modules = {"simulations.learners.models": {"simulations.messages"},
               "simulations.messages": set(),
               "simulations.run.loop": {"simulations.learners.models", "simulations.data.datasets"},
               "simulations.data.datasets": set()}
    assert _a_cycle(_package_graph(modules, "simulations")) is None
    modules["simulations.learners.models"] = {"simulations.run.config"}   # a lazy import in models.py, say
    modules["simulations.run.config"] = set()
    assert _a_cycle(_package_graph(modules, "simulations")) == ["learners", "run", "learners"]


MAX_MODULE_LINES = 900


def _over(paths, limit: int, count) -> dict[str, int]:
    return {name: n for name, n in ((name, count(path)) for name, path in paths) if n > limit}


def _house_files() -> list[tuple[str, Path]]:
    paths = sorted([*(ROOT / "planner").rglob("*.py"), *(ROOT / "simulations").rglob("*.py"), ROOT / "app.py"])
    return [(str(p.relative_to(ROOT)), p) for p in paths]


def _module_lines(path: Path) -> int:
    return len(path.read_text().splitlines())


def test_no_module_is_over_900_lines():
    modules = [(name, path) for name, path in _house_files() if name != "app.py"]   # app.py: at most 449, above
    over = _over(modules, MAX_MODULE_LINES, _module_lines)
    assert not over, f"split these: {over}"


MAX_FUNCTION_LINES = 100


def _function_lengths(tree: ast.AST, prefix: str = "") -> dict[str, int]:
    """``Class.function`` (nested ones as ``outer.inner``) -> its lines, from its first decorator to its end."""
    lengths = {}
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = prefix + node.name
            if not isinstance(node, ast.ClassDef):
                start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                lengths[name] = node.end_lineno - start + 1
            lengths |= _function_lengths(node, name + ".")
        else:
            lengths |= _function_lengths(node, prefix)
    return lengths


def test_no_function_is_over_100_lines():
    lengths = {f"{name}::{function}": n for name, path in _house_files()
               for function, n in _function_lengths(_tree(path)).items()}
    over = {name: n for name, n in lengths.items() if n > MAX_FUNCTION_LINES}
    assert not over, f"shorten these: {over}"


def test_the_size_checks_see_a_long_module_and_a_long_function(tmp_path):
    path = tmp_path / "long.py"
    body = "\n".join(f"        x{i} = {i}" for i in range(100))
    path.write_text(f"class C:\n    @staticmethod\n    def f():\n{body}\n        def g():\n            pass\n"
                    + "\n" * 800)
    lengths = _function_lengths(ast.parse(path.read_text()))
    assert lengths["C.f"] == 104 and lengths["C.f.g"] == 2
    assert _over([("long.py", path)], MAX_MODULE_LINES, _module_lines) == {"long.py": 905}
    assert _over([("long.py", path)], 905, _module_lines) == {}
