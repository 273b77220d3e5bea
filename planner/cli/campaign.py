"""``alplan campaign``: a campaign on the user's own pool. Its steps and their parser live in
``simulations/campaign/commands.py`` (standard library only at import: ``--help`` stays fast); the answer that
ends ``add``, ``measure`` and ``status`` is the campaign's one answer (``planner.cli.answer``)."""

from __future__ import annotations

import argparse

from planner.cli.common import _HelpFormatter

def cmd_campaign(args: argparse.Namespace) -> int:
    """Run the step; ``add``, ``measure``, ``status`` and ``export`` end with the campaign's one answer, as the last
    ``alplan plan DIR`` gave it where nothing moved since, else as its files and that question give it
    (planner.cli.answer.standing_answer); ``status --json`` and ``measure --json`` carry it as ``answer``."""
    from simulations.campaign.commands import run

    if args.step in ("status", "measure") and getattr(args, "json", False):
        import io
        import json

        from planner.cli.answer import standing_answer

        buf = io.StringIO()
        code = run(args, buf)
        print(json.dumps({**json.loads(buf.getvalue()), "answer": standing_answer(args.folder)}, indent=1,
                         allow_nan=False))
        return code
    before = None
    if args.step in ("add", "export", "status") and not getattr(args, "json", False):
        from planner.cli.answer import campaign_facts, standing_answer

        campaign_facts(args.folder)   # the files the answer reads refused now, before anything is written or said
        before = standing_answer(args.folder) if args.step != "add" else None   # export and status change no answer
    code = run(args)
    if args.step in ("add", "measure", "status", "export") and not getattr(args, "json", False):
        from planner.cli.answer import standing_answer
        from planner.present.next_step_view import standing_lines

        rec = before if before is not None else standing_answer(args.folder)
        if args.step == "export":
            print(f"then: train your model on {args.out}; if it falls short in use, the campaign's answer follows "
                  "(`campaign add` the human labels it orders, then `campaign measure`):")
        print("\n".join(standing_lines(rec)))
    return code


def add_parsers(sub) -> None:
    """`campaign` and its steps (simulations/campaign/commands.py)."""
    # -- a campaign on the user's own pool (simulations/campaign/commands.py; stdlib only at import: --help stays fast)
    from simulations.campaign.commands import add_parser as add_campaign_parser
    add_campaign_parser(sub, _HelpFormatter).set_defaults(func=cmd_campaign)
