"""The ``alplan`` command line: the one composition root inside a package.

It imports ``simulations`` and the campaign (:mod:`planner.campaign`) only
lazily, inside the commands that need them, so ``alplan --help`` answers
without importing torch.

Every user error (bad flag value, bad file, bad table) is raised as
``ValueError`` / ``OSError`` by the library and turned here into one line on
stderr and exit code 2; nothing is written when a command fails.

One module per group of commands, each adding its own parsers and running its
commands: ``simulate`` (datasets, strategies, models, simulate, grid, runs),
``verdict`` (fit, plan, budget, hybrid), ``replan``, ``campaign``; what they
share is in ``common``.
"""

from __future__ import annotations

import argparse
import sys  # callers reach the stream the bar draws on as planner.cli.sys

from planner.cli import campaign, replan, simulate, verdict
from planner.cli.common import _HelpFormatter, _OneLineParser, run_command
# the names callers import from planner.cli (tests)
from planner.cli.common import _progress_bar  # noqa: F401
from planner.cli.prices import _price_scenario, _scenario  # noqa: F401
from planner.cli.checks import _read_pool_accuracy  # noqa: F401

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="alplan",
        description="Does active learning beat labeling more at random, for our task, at our prices?",
        epilog="Strategies are named as in `alplan strategies`; combined:A+B takes half of each batch "
               "from A and the rest from B (e.g. combined:margin+coreset). Learners: `alplan models`.",
        formatter_class=_HelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    _add_parser = sub.add_parser

    def add_parser(name: str, **kwargs) -> argparse.ArgumentParser:
        return _add_parser(name, formatter_class=_HelpFormatter, **kwargs)

    sub.add_parser = add_parser  # every command's --help shows its defaults

    simulate.add_parsers(sub)
    verdict.add_parsers(sub)
    replan.add_parsers(sub)
    campaign.add_parsers(sub)
    simulate.add_results_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 with one line on bad flags (_OneLineParser)
    args.argv = list(sys.argv[1:] if argv is None else argv)   # as given: a campaign records the question it was asked
    return run_command(args)

