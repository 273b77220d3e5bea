"""``alplan campaign``: a campaign on the user's own pool. Its steps and their parser live in
``simulations/campaign/commands.py`` (standard library only at import: ``--help`` stays fast); the answer that
ends ``add``, ``measure`` and ``status`` is the campaign's one answer (``planner.cli.answer``)."""

from __future__ import annotations

import argparse

from planner.cli.common import _HelpFormatter

def cmd_campaign(args: argparse.Namespace) -> int:
    """Run the step; ``add``, ``measure`` and ``status`` end with the campaign's one answer from its files and the
    question last asked (planner.cli.answer.standing_answer; a question.json that does not read is no question,
    and a line says so). ``add`` checks the files the answer reads before it writes the labels."""
    from simulations.campaign.commands import run

    answers = args.step in ("add", "measure", "status") and not getattr(args, "json", False)
    if answers and args.step == "add":
        from planner.cli.answer import campaign_facts

        campaign_facts(args.folder)   # measured.csv refused now, not after the labels are written
    code = run(args)
    if answers:
        from planner.cli.answer import standing_answer
        from planner.present.next_step_view import standing_lines
        from simulations.campaign.files import question_problem
        from simulations.campaign.words import question_line

        problem = question_problem(args.folder)
        print("\n".join(([question_line(args.folder, problem)] if problem else [])
                        + standing_lines(*standing_answer(args.folder))))
    return code


def add_parsers(sub) -> None:
    """`campaign` and its steps (simulations/campaign/commands.py)."""
    # -- a campaign on the user's own pool (simulations/campaign/commands.py; stdlib only at import: --help stays fast)
    from simulations.campaign.commands import add_parser as add_campaign_parser
    add_campaign_parser(sub, _HelpFormatter).set_defaults(func=cmd_campaign)
