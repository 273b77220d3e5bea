"""``alplan campaign``: a campaign on the user's own pool. Its steps and their parser live in
``simulations/campaign/commands.py`` (standard library only at import: ``--help`` stays fast); the answer that
ends ``add``, ``measure`` and ``status`` is the campaign's one answer (``planner.cli.answer``)."""

from __future__ import annotations

import argparse

from planner.cli.common import _HelpFormatter

def cmd_campaign(args: argparse.Namespace) -> int:
    """Run the step; ``add``, ``measure`` and ``status`` end with the campaign's one answer from its files and the
    question last asked (planner.cli.answer.standing_answer)."""
    from simulations.campaign.commands import run

    code = run(args)
    if args.step in ("add", "measure", "status") and not getattr(args, "json", False):
        from planner.cli.answer import standing_answer
        from planner.present.next_step_view import standing_lines

        print("\n".join(standing_lines(*standing_answer(args.folder))))
    return code


def add_parsers(sub) -> None:
    """`campaign` and its steps (simulations/campaign/commands.py)."""
    # -- a campaign on the user's own pool (simulations/campaign/commands.py; stdlib only at import: --help stays fast)
    from simulations.campaign.commands import add_parser as add_campaign_parser
    add_campaign_parser(sub, _HelpFormatter).set_defaults(func=cmd_campaign)
