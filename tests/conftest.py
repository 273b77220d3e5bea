"""The order the test files run in, and the seed of the random test data.

The order: the longest kinds first.

`make test` hands whole files to its workers (`-n auto --dist loadfile`) in the order collected. A long file
handed out last runs alone at the end while the other cores idle, so the files that drive a real browser go
first, then the page's other tests, then the benchmark scripts' tests, then the whole-tree checks of tests/test_*.py
(fresh processes that import every module; collected last, they made the tail), then the rest; inside a kind, and
inside a file, the order is as collected. (pytest-xdist's own reordering, by the number of tests in a file, is turned
off: it handed the browser files, a few long tests each, out last.)

The seed (:mod:`tests.seeds`): the header names the run's, the workers of ``pytest -n`` take the controller's, and a
failing test of a module that keeps one (its ``SEED``) names it in its report, with the command that draws the same
data again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import seeds

TESTS = Path(__file__).resolve().parent


def _kind(item) -> int:
    if item.get_closest_marker("browser") is not None:
        return 0
    try:
        parts = item.path.relative_to(TESTS).parts
    except ValueError:
        return 4
    return 3 if len(parts) == 1 else {"app": 1, "benchmarks": 2}.get(parts[0], 4)


def pytest_collection_modifyitems(config, items):
    items.sort(key=_kind)  # stable: a file's tests stay together and in their order


def pytest_report_header(config):
    return f"random test data: {seeds.ENV}={seeds.SEED}"


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """(pytest-xdist, in the controller) each worker draws with the controller's seed."""
    node.workerinput[seeds.ENV] = seeds.SEED


def pytest_configure(config):
    worker = getattr(config, "workerinput", None)
    if worker is not None and seeds.ENV in worker:   # before the test modules are imported
        seeds.SEED = int(worker[seeds.ENV])
    if worker is None and hasattr(config.option, "loadscopereorder"):
        # pytest-xdist (3.6 on) hands out the files of --dist loadfile by their number of tests, most first, unless
        # told not to: the order above would be lost
        config.option.loadscopereorder = False


#: The title of the report section that names a failing test's seed.
SEED_SECTION = "random test data"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    seed = getattr(getattr(item, "module", None), "SEED", None)
    if report.failed and isinstance(seed, int) and all(name != SEED_SECTION for name, _ in report.sections):
        report.sections.append((SEED_SECTION, f"drawn with seed {seed}; draw the same data again with\n"
                                              f"{seeds.ENV}={seed} python -m pytest '{item.nodeid}'"))
    return report


class Cli:
    """``alplan`` run in this process, its output read from ``capsys``."""

    def __init__(self, capsys):
        self._capsys = capsys

    def __call__(self, *argv) -> tuple[int, str, str]:
        """``(exit code, stdout, stderr)`` of ``alplan *argv`` (each argument ``str``-ed)."""
        from planner.cli import main

        self._capsys.readouterr()   # what came before is not this command's
        code = main([str(a) for a in argv])
        out = self._capsys.readouterr()
        return code, out.out, out.err

    def json(self, *argv):
        """What ``alplan *argv --json`` prints, read as JSON; the command must exit 0."""
        import json

        code, out, err = self(*argv, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(capsys) -> Cli:
    """Run ``alplan`` in this process: ``cli(*argv) -> (code, out, err)``, ``cli.json(*argv) -> dict``."""
    return Cli(capsys)
