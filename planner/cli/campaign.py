"""``alplan campaign``: a campaign on the user's own pool. Its steps and their parser live in
``planner/campaign/commands.py`` (standard library only at import: ``--help`` stays fast); the answer that
ends ``add``, ``measure`` and ``status`` is the campaign's one answer (:mod:`planner.campaign.service`)."""

from __future__ import annotations

import argparse

from planner.cli.common import _HelpFormatter

def cmd_campaign(args: argparse.Namespace) -> int:
    """Run the step; ``add``, ``measure``, ``status`` and ``export`` end with the campaign's one answer, as the last
    ``alplan plan DIR`` gave it where nothing moved since, else as its files and that question give it
    (planner.campaign.service.standing_answer); ``status --json`` and ``measure --json`` carry it as ``answer``. ``add``
    (people's labels) measures the labels in hand first where the answer would be to measure them, so that it ends
    with the answer they lead to."""
    from planner.campaign.commands import run

    if args.step in ("status", "measure") and getattr(args, "json", False):
        import io
        import json

        from planner.campaign.service import standing_answer

        buf = io.StringIO()
        code = run(args, buf)
        print(json.dumps({**json.loads(buf.getvalue()), "answer": standing_answer(args.folder).to_dict()}, indent=1,
                         allow_nan=False))
        return code
    before = None
    if args.step in ("add", "export", "status") and not getattr(args, "json", False):
        from planner.campaign.service import campaign_facts, standing_answer

        campaign_facts(args.folder)   # the files the answer reads refused now, before anything is written or said
        before = standing_answer(args.folder) if args.step != "add" else None   # export and status change no answer
    code = run(args)
    if args.step in ("add", "measure", "status", "export") and not getattr(args, "json", False):
        from planner.campaign.service import standing_answer
        from planner.decide.campaign.acts import Act, Reason
        from planner.present.next_step_view import standing_lines

        rec = before if before is not None else standing_answer(args.folder)
        if args.step == "add" and getattr(args, "source", None) is None and rec.act == Act.MEASURE \
                and rec.reason != Reason.SOURCES:   # the answer the labels lead to, not the measure
            from planner.campaign.service import measure_added

            if (line := measure_added(args.folder)) is not None:
                print(line)
                rec = standing_answer(args.folder)
        if args.step == "export":
            print(export_then(args.out, rec))
        print("\n".join(standing_lines(rec)))
    return code


def export_then(out: str, rec) -> str:
    """The line between ``campaign export`` and the answer (``rec``: the
    :class:`planner.decide.campaign.answer.CampaignAnswer`): what follows the training set, as the answer says it (an
    order of human labels where it orders them; a stop is said as a stop, never as labels to order)."""
    from planner.decide.campaign.acts import ORDERS, Act

    act = rec.act
    if act in ORDERS:
        return (f"then: train your model on {out}; if it falls short in use, the campaign's answer orders human "
                "labels (`campaign add` them, then `campaign measure`):")
    if act == Act.STOP:
        return f"then: train your model on {out}; the campaign's answer is to stop, so it orders no more labels:"
    return f"then: train your model on {out}; the campaign's answer:"


def add_parsers(sub) -> None:
    """`campaign` and its steps (planner/campaign/commands.py)."""
    # -- a campaign on the user's own pool (planner/campaign/commands.py; stdlib only at import: --help stays fast)
    from planner.campaign.commands import add_parser as add_campaign_parser
    add_campaign_parser(sub, _HelpFormatter).set_defaults(func=cmd_campaign)
