"""``alplan campaign``: a campaign on the user's own pool. Its steps and their parser live in
``simulations/campaign/commands.py`` (standard library only at import: ``--help`` stays fast)."""

from __future__ import annotations

import argparse

from planner.cli.common import _HelpFormatter

def cmd_campaign(args: argparse.Namespace) -> int:
    from simulations.campaign.commands import run

    return run(args)


def add_parsers(sub) -> None:
    """`campaign` and its steps (simulations/campaign/commands.py)."""
    # -- a campaign on the user's own pool (simulations/campaign/commands.py; stdlib only at import: --help stays fast)
    from simulations.campaign.commands import add_parser as add_campaign_parser
    add_campaign_parser(sub, _HelpFormatter).set_defaults(func=cmd_campaign)
