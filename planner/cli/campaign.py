"""``alplan campaign``: a campaign on the user's own pool. Its steps and their parser live in
``planner/campaign/commands.py`` (standard library only at import: ``--help`` stays fast); the answer that
ends ``add``, ``measure`` and ``status`` is the campaign's one answer (:mod:`planner.campaign.service`)."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
from collections.abc import Iterator

from planner.campaign.commands import add_parser as add_campaign_parser
from planner.campaign.commands import run
from planner.campaign.service import campaign_facts, measure_added, standing_answer
from planner.campaign.snapshot import snapshot
from planner.decide.campaign.acts import ORDERS, Act, Reason
from planner.cli.common import _HelpFormatter


def cmd_campaign(args: argparse.Namespace) -> int:
    """Run the step; ``add``, ``measure``, ``status`` and ``export`` end with the campaign's one answer, as the last
    ``alplan plan DIR`` gave it where nothing moved since, else as its files and that question give it
    (planner.campaign.service.standing_answer); ``status --json`` and ``measure --json`` carry it as ``answer``. ``add``
    (people's labels) measures the labels in hand first where the answer would be to measure them, so that it ends
    with the answer they lead to.

    Each stretch of reads is one snapshot of the folder (:mod:`planner.campaign.snapshot`): a command that only reads
    (``status``, ``export``) reads each of the campaign's files once; one that writes (``next``, ``add``,
    ``measure``) reads them once in its transaction, under the folder's lock, and once more for the answer it ends
    with, after its write (and, where ``add`` measures the labels in hand, once in that measure and once after it)."""
    folder, as_json = args.folder, getattr(args, "json", False)
    if args.step == "start":   # a new folder: nothing to read
        return run(args)
    if args.step in ("status", "export"):   # reads only: one snapshot for the command
        with snapshot(folder):
            return _answered(args, as_json)
    if args.step == "measure" and as_json:
        with _transaction(folder):
            code = run(args, buf := io.StringIO())
        with snapshot(folder):
            return _with_answer(buf, code, folder)
    with _transaction(folder):
        if args.step == "add" and not as_json:
            campaign_facts(folder)   # the files the answer reads, refused before anything is written or said
        code = run(args)
    if args.step in ("add", "measure"):
        with snapshot(folder):
            rec = standing_answer(folder)
        if args.step == "add" and getattr(args, "source", None) is None and rec.act == Act.MEASURE \
                and rec.reason != Reason.SOURCES:   # the answer the labels lead to, not the measure
            with _transaction(folder):
                line = measure_added(folder)
            if line is not None:
                print(line)
                with snapshot(folder):
                    rec = standing_answer(folder)
        _say(rec)
    return code


def _answered(args: argparse.Namespace, as_json: bool) -> int:
    """``status`` and ``export`` inside the snapshot of their folder: the answer taken before the step (neither
    changes it; :func:`planner.campaign.service.standing_answer` reads the campaign's facts first, so the files it
    reads are refused before anything is written or said)."""
    if as_json:
        code = run(args, buf := io.StringIO())
        return _with_answer(buf, code, args.folder)
    rec = standing_answer(args.folder)
    code = run(args)
    if args.step == "export":
        print(export_then(args.out, rec))
    _say(rec)
    return code


def _with_answer(buf: io.StringIO, code: int, folder) -> int:
    """``status --json`` and ``measure --json``: the step's JSON object with the campaign's answer as ``answer``."""
    print(json.dumps({**json.loads(buf.getvalue()), "answer": standing_answer(folder).to_dict()}, indent=1,
                     allow_nan=False))
    return code


@contextlib.contextmanager
def _transaction(folder) -> Iterator[None]:
    """The folder's lock held (where it is a campaign: a folder that is none gets the step's own refusal, and no
    lock file) and one snapshot of it taken under the lock, so the step reads the state the last writer left, each
    file once. What the step reads again after its write is a file it did not write (``measure`` writes its curves,
    then counts the labels in hand)."""
    from planner.campaign.state import is_campaign, locked  # lazy: start-up time

    with locked(folder) if is_campaign(folder) else contextlib.nullcontext(), snapshot(folder):
        yield


def _say(rec) -> None:
    """The answer's lines, as ``status`` prints them."""
    from planner.present.next_step_view import standing_lines  # lazy: start-up time

    print("\n".join(standing_lines(rec)))


def export_then(out: str, rec) -> str:
    """The line between ``campaign export`` and the answer (``rec``: the
    :class:`planner.decide.campaign.answer.CampaignAnswer`): what follows the training set, as the answer says it (an
    order of human labels where it orders them; a stop is said as a stop, never as labels to order)."""
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
    add_campaign_parser(sub, _HelpFormatter).set_defaults(func=cmd_campaign)
