"""Where a campaign stands, read from its files for its one answer (``planner.decide.campaign.next_step``), and the question
it was last asked.

:func:`standing` reads the campaign's counts and every round it measured (``measured.csv``, written by
``campaign measure``) without reading the pool: ``status`` and ``measure`` answer in a fraction of a second.
:func:`write_question` records the target and flags of the last ``alplan plan DIR`` (``question.json``), so that
``status`` and ``measure`` weigh each new measurement against that target;
:func:`planner.campaign.files.read_question` reads it back.
"""

from __future__ import annotations

import hashlib
import json
import math
import stat
from pathlib import Path

import pandas as pd

from planner.campaign.files import read_rounds, read_splits
from planner.campaign.in_hand import MIN_TRAIN_LABELS
from planner.campaign.pool import pool_in_place
from planner.campaign.snapshot import as_read, once, state_bytes, state_text
from planner.campaign.state import (ANSWER, ASKED, CURVE, LABELS, MEASURED, QUESTION, SETTINGS, SOURCE_CURVE,
                                    SOURCE_SETTINGS, SOURCES, Campaign, locked, stretch_of, stretches, write_atomic,
                                    write_settings)
from planner.decide.campaign.acts import ORDERS, Act
from simulations.run.config import refused_strategies

__all__ = ["answer_stamp", "files_stamp", "named_rounds", "ordered_count", "read_answer", "record_order", "standing",
           "write_answer", "write_question"]

#: The rounds of a campaign not measured yet.
_NO_ROUNDS = pd.DataFrame(columns=["round", "n_labels", "strategy", "accuracy"])


def named_rounds(c: Campaign, table: pd.DataFrame) -> pd.DataFrame:
    """``table``'s rows one per round, ascending, each named by the stretch that picked it."""
    table = table.drop_duplicates("round", keep="last").sort_values("round").reset_index(drop=True)
    spans = stretches(c.settings)
    return table.assign(strategy=[spans[stretch_of(c.settings, int(r))]["strategy"] for r in table["round"]])


def _rounds(c: Campaign) -> pd.DataFrame:
    """Every round measured: measured.csv, else (a campaign measured before it was written) curve.csv's rows, one
    per round (:func:`planner.campaign.files.read_rounds`, which refuses a broken one); empty before the first
    measure."""
    for name in (MEASURED, CURVE):
        table = read_rounds(c, name)
        if table is not None:
            return named_rounds(c, table) if not table.empty else _NO_ROUNDS.copy()
    return _NO_ROUNDS.copy()


def standing(folder) -> dict:
    """The campaign in ``folder``: the keyword arguments of ``planner.decide.campaign.facts.CampaignFacts``.

    Raises
    ------
    ValueError
        One line: not a campaign, or a broken one.
    """
    c = Campaign.load(folder)
    _pool_in_place(c)
    current = c.asked[(c.asked["role"] == "train") & (c.asked["round"] == c.round)]
    labeled = set(c.labels["id"])
    round_out = len(current) if c.round > 0 and not current["id"].isin(labeled).any() else 0
    test_out = int((~c.asked.loc[c.asked["role"] == "test", "id"].isin(labeled)).sum())
    train_labels, test_labels = c.labels_in_hand
    at = c.settings.get("decide_at")
    try:
        refused = tuple(refused_strategies(c.settings["model"], tuple((c.settings.get("model_params") or {}).items())))
    except ValueError as exc:
        raise ValueError(f"{c.folder / SETTINGS}'s model: {exc}: fix it or restore the file from a backup") from None
    return dict(folder=str(folder), strategy=str(c.settings["strategy"]), batch_size=int(c.settings["batch_size"]),
                train_labels=train_labels, test_labels=test_labels, left=c.left, rounds=_rounds(c), round=c.round,
                round_out=int(round_out), test_out=test_out,
                decide_at=int(at) if isinstance(at, int) and not isinstance(at, bool) else None,
                refused=refused,
                forecast_from=MIN_TRAIN_LABELS, splits=read_splits(c), split=stretches(c.settings)[-1].get("split", ""))


def _pool_in_place(c: Campaign) -> None:
    """The campaign's pool where it was and as it was (:func:`planner.campaign.pool.pool_in_place`), checked once per
    snapshot: an answer from the measured rounds is no answer for a pool moved away or changed."""
    once(("pool in place", json.dumps(c.settings["pool"], sort_keys=True)), lambda: pool_in_place(c.settings["pool"]))


def write_question(folder, question) -> None:
    """Record the question a campaign was asked (a :class:`planner.decide.campaign.asked.AskedQuestion`: its JSON), holding
    the folder's lock."""
    q = question.to_dict()
    folder = Path(folder)

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(q, fh, indent=1, allow_nan=False)

    with locked(folder):
        write_atomic(folder / QUESTION, write)


def files_stamp(folder) -> tuple:
    """(name, size, modification time) of each of the campaign's state files in ``folder``: changes whenever a
    command changes the campaign (what a cache of its answer keys on)."""
    out = []
    for name in (SETTINGS, ASKED, LABELS, MEASURED, SOURCES, SOURCE_SETTINGS, SOURCE_CURVE):
        try:
            st = (Path(folder) / name).stat()
        except OSError:
            continue
        out.append((name, st.st_size, st.st_mtime_ns))
    return tuple(out)


def answer_stamp(folder, question, written: dict | None = None) -> str:
    """What an answer of the campaign in ``folder`` to ``question`` (a :class:`planner.decide.campaign.asked.AskedQuestion`,
    or None) was taken on: a digest of its settings, the ids
    asked, the labels in hand (its sources' too, and their prices) and the question. It changes when labels are
    added, an order is placed, a source's price is set or the question changes, and only then. ``written``: file
    name -> the bytes the answer wrote to it (:func:`record_order`), in place of those read."""
    h = hashlib.sha256()
    for name in (SETTINGS, ASKED, LABELS, SOURCES, SOURCE_SETTINGS):
        path = Path(folder) / name
        try:   # only a regular file is read (a FIFO would wait for a writer); its reader refuses any other kind
            if written and name in written:
                data = written[name]
            elif not stat.S_ISREG(path.stat().st_mode):
                raise OSError(f"{path} is not a regular file")
            else:
                data = state_bytes(path)
            h.update(name.encode() + b"\0" + data + b"\0")
        except OSError:
            h.update(name.encode() + b"\0-\0")
    asked = None if question is None else question.stamped()   # plan = replan
    h.update(json.dumps(asked, sort_keys=True, allow_nan=False).encode())
    return h.hexdigest()[:32]


def ordered_count(step) -> int | None:
    """The count to decide again that the answer ``step`` (a :class:`planner.decide.campaign.answer.CampaignAnswer`)
    orders for the strategy in force: that of an order (``continue``, ``switch`` or ``split``) of the strategy, or
    split, the
    campaign's next round picks with, ahead of the training labels in hand; None otherwise (an order of another
    strategy carries its count in its command, ``campaign next --decide-at``)."""
    f = step.facts
    at = step.decide_at
    if step.act not in ORDERS or at is None or not math.isfinite(at):
        return None
    same = step.strategy == (f.split if step.act == Act.SPLIT else f.strategy)
    return int(at) if same and at > f.train_labels else None


def record_order(folder, step) -> dict:
    """Record the count to decide again of the answer ``step`` (:func:`ordered_count`) as the campaign's
    ``decide_at`` in its settings, the caller holding the folder's lock, where campaign.json is as the answer read
    it (a command that moved the campaign meanwhile leaves an answer that no longer stands) and holds another count;
    {file name: the bytes written} ({} where nothing was written)."""
    at = ordered_count(step)
    path = Path(folder) / SETTINGS
    if at is None:
        return {}
    if not as_read(path):
        return {}
    settings = json.loads(state_bytes(path).decode("utf-8"))
    if settings.get("decide_at") == at:
        return {}
    return {SETTINGS: write_settings(folder, {**settings, "decide_at": at})}


def _seal(record: dict) -> str:
    """A digest of ``record``'s content (its ``seal`` left out): what tells an answer.json as written from one edited
    since."""
    body = {k: v for k, v in record.items() if k != "seal"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, allow_nan=False).encode()).hexdigest()[:32]


def write_answer(folder, record: dict) -> None:
    """Keep the answer ``record`` (its JSON, with its ``stamp``) as the campaign's standing answer (``answer.json``,
    sealed with a digest of its content), holding the folder's lock (the caller holds it)."""
    text = json.dumps({**record, "seal": _seal(record)}, indent=1, allow_nan=False)

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)

    write_atomic(Path(folder) / ANSWER, write)


def read_answer(folder) -> dict | None:
    """The standing answer kept by :func:`write_answer`, as written (its seal left out); None where there is none,
    or where the file no longer reads as one or was edited since (its content does not match its seal): it is
    derived, and the next ``alplan plan DIR`` writes it again."""
    path = Path(folder) / ANSWER
    try:
        if not path.is_file() or path.stat().st_size > 16 * 2**20:
            return None
        record = json.loads(state_text(path))
        if not isinstance(record, dict) or record.get("seal") != _seal(record):
            return None
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(record.get("stamp"), str) or not isinstance(record.get("answer"), dict) or \
            not isinstance(record.get("campaign"), dict):
        return None
    return {k: v for k, v in record.items() if k != "seal"}
