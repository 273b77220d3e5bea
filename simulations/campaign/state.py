"""A campaign's state: a few readable files in its folder, written atomically.

::

    campaign.json            settings (pool path and sha256, id column, features, model, strategy, seed,
                             schedule), the round reached and the random streams' states: the commit point;
                             ``stretches`` (optional): the strategy and batch size of each stretch of rounds,
                             [{"from_round", "strategy", "batch_size"}, ...] (absent: one stretch from round 1,
                             the settings' own); ``decide_at`` (optional): the training labels in hand at which
                             to decide again (``alplan plan DIR``)
    asked.csv                every id asked: id, round, role (test or train), rank, score
    labels.csv               every label in hand: id, label, used_from (the first round whose model trained
                             on it; empty for a test label or one not used yet), source (the file it came in)
    curve.csv                the measured curve (``alplan campaign measure``): the curves table
    batches/round-NNN.csv    the ids of round NNN to label (round 000: the test split and the initial set)
    batches/round-NNN.tasks.json   the same ids as Label Studio import tasks

Each file is replaced whole (written beside itself, then moved into place);
``campaign.json`` is written last, so a command cut short leaves the
campaign at the round it had: rows of ``asked.csv`` past that round are
ignored and the same command run again writes the same files.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd

__all__ = ["Campaign", "SETTINGS", "ASKED", "LABELS", "CURVE", "BATCHES", "write_atomic", "batch_paths",
           "campaign_facts", "is_campaign", "stretches", "stretch_of"]

SETTINGS = "campaign.json"
ASKED = "asked.csv"
LABELS = "labels.csv"
CURVE = "curve.csv"
BATCHES = "batches"
FORMAT = 1

ASKED_COLUMNS = ("id", "round", "role", "rank", "score")
LABEL_COLUMNS = ("id", "label", "used_from", "source")


def write_atomic(path: Path, write: Callable[[str], None]) -> None:
    """``write(tmp)`` a file beside ``path``, then move it into place (the user's umask, never half a file)."""
    from simulations.results.store import umask_file_mode

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, umask_file_mode())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(f"cannot write {path}: {exc.strerror or type(exc).__name__}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    from simulations.results.schema import to_safe_csv

    write_atomic(path, lambda tmp: to_safe_csv(df, tmp))


def _write_json(obj, path: Path) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(obj, fh, indent=1, allow_nan=False)
            fh.write("\n")

    write_atomic(path, write)


def batch_paths(folder: Path, round_: int) -> tuple[Path, Path]:
    """(CSV, Label Studio tasks) of round ``round_``'s batch."""
    stem = Path(folder) / BATCHES / f"round-{round_:03d}"
    return stem.with_suffix(".csv"), stem.with_suffix(".tasks.json")


def is_campaign(folder) -> bool:
    return (Path(folder) / SETTINGS).is_file()


def _not_a_campaign(folder: Path) -> ValueError:
    return ValueError(f"{folder} is not a campaign folder (no {SETTINGS}): start one with "
                      f"`alplan campaign start {folder} --pool POOL`")


@dataclass
class Campaign:
    """A campaign read from its folder: ``settings`` (campaign.json), ``asked`` and ``labels`` (tables)."""

    folder: Path
    settings: dict
    asked: pd.DataFrame
    labels: pd.DataFrame

    @property
    def round(self) -> int:
        return int(self.settings["round"])

    @classmethod
    def load(cls, folder) -> "Campaign":
        folder = Path(folder)
        if not folder.is_dir() or not is_campaign(folder):
            raise _not_a_campaign(folder)
        try:
            settings = json.loads((folder / SETTINGS).read_text(encoding="utf-8"))
            asked = pd.read_csv(folder / ASKED, dtype={"id": str, "role": str}, keep_default_na=False,
                                na_values={"score": [""]})
            labels = pd.read_csv(folder / LABELS, dtype={"id": str, "label": str, "source": str},
                                 keep_default_na=False, na_values={"used_from": [""]})
        except (OSError, ValueError, pd.errors.ParserError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ValueError(f"cannot read the campaign in {folder}: {first}; restore its files from a backup") from None
        if not isinstance(settings, dict) or settings.get("format") != FORMAT:
            raise ValueError(f"{folder / SETTINGS} is not a campaign this alplan can read: start a new one")
        for name, table, columns in ((ASKED, asked, ASKED_COLUMNS), (LABELS, labels, LABEL_COLUMNS)):
            if list(table.columns) != list(columns):
                raise ValueError(f"{folder / name} has the columns {list(table.columns)}, not {list(columns)}: "
                                 "restore it (a campaign's files are read back as written)")
        asked = asked[asked["round"] <= int(settings["round"])].reset_index(drop=True)  # a cut-short `next`
        labels["used_from"] = labels["used_from"].astype("Int64")
        return cls(folder, settings, asked, labels)

    def save(self, *, settings: bool = True, asked: bool = True, labels: bool = True) -> None:
        """Write the tables asked for, then campaign.json (the commit point)."""
        if asked:
            _write_csv(self.asked[list(ASKED_COLUMNS)], self.folder / ASKED)
        if labels:
            _write_csv(self.labels[list(LABEL_COLUMNS)], self.folder / LABELS)
        if settings:
            _write_json(self.settings, self.folder / SETTINGS)

    def state_files(self) -> list[Path]:
        """Every file the campaign owns (an input may be none of them)."""
        files = [self.folder / n for n in (SETTINGS, ASKED, LABELS, CURVE)]
        return files + sorted((self.folder / BATCHES).glob("round-*"))


def empty_labels() -> pd.DataFrame:
    return pd.DataFrame({"id": pd.Series(dtype=object), "label": pd.Series(dtype=object),
                         "used_from": pd.Series(dtype="Int64"), "source": pd.Series(dtype=object)})


def stretches(settings: dict) -> list[dict]:
    """The campaign's stretches, first to last: ``{"from_round", "strategy", "batch_size"}``, the strategy and batch
    size that pick round ``from_round`` and the rounds after it, up to the next stretch's (round 0, the random
    test split and initial set, belongs to none). A campaign.json without ``stretches`` has one, from round 1.

    Raises
    ------
    ValueError
        ``stretches`` is not such a list (rounds from 1, rising; a strategy name; a whole batch size >= 1).
    """
    given = settings.get("stretches")
    if given is None:
        return [{"from_round": 1, "strategy": str(settings["strategy"]), "batch_size": int(settings["batch_size"])}]
    ok = isinstance(given, list) and len(given) > 0
    previous = 0
    for item in given if ok else ():
        whole = (isinstance(item, dict) and all(isinstance(item.get(k), int) and not isinstance(item.get(k), bool)
                                                for k in ("from_round", "batch_size")))
        if not (whole and isinstance(item.get("strategy"), str) and item["from_round"] > previous
                and item["batch_size"] >= 1):
            ok = False
            break
        previous = item["from_round"]
    if not ok or given[0]["from_round"] != 1:
        raise ValueError(f"{SETTINGS} has a broken stretches list (each {{from_round, strategy, batch_size}}, rounds "
                         "rising from 1): restore the file from a backup")
    return [dict(item) for item in given]


def stretch_of(settings: dict, round_: int) -> int:
    """The index in :func:`stretches` of the stretch that picked round ``round_`` (round 0: the first)."""
    starts = [s["from_round"] for s in stretches(settings)]
    return max(0, sum(1 for f in starts if f <= round_) - 1)


def _steered(curve: Path, settings: dict) -> str:
    """The strategy `replan` steers on: the one in force, or, while its curve is too short to be in ``curve``
    (see :func:`simulations.campaign.steps.measure`), the latest stretch's whose curve is there."""
    now = str(settings["strategy"])
    try:
        if curve.stat().st_size > 64 * 2**20:
            return now
        written = set(pd.read_csv(curve, usecols=["strategy"], dtype=str, keep_default_na=False)["strategy"])
    except (OSError, ValueError, pd.errors.ParserError):
        return now  # `replan` reads the file itself and says what is wrong with it
    names = [now] + [s["strategy"] for s in reversed(stretches(settings))]
    return next((name for name in names if name in written), now)


def campaign_facts(folder) -> tuple[Path, int, str]:
    """(the measured curve's path, test labels in hand, strategy) of the campaign in ``folder``: what `replan` reads.

    The strategy is the one in force; right after a switch, while the new strategy's curve has fewer label
    counts than a curve is fitted on, the latest strategy whose curve the measured table holds.

    Raises
    ------
    ValueError
        Not a campaign, or not measured yet.
    """
    c = Campaign.load(folder)
    curve = c.folder / CURVE
    if not curve.is_file():
        raise ValueError(f"the campaign in {c.folder} has no measured curve yet: run `alplan campaign measure "
                         f"{c.folder}` first")
    test_ids = set(c.asked.loc[c.asked["role"] == "test", "id"])
    n_test = int(c.labels["id"].isin(test_ids).sum())
    return curve, n_test, _steered(curve, c.settings)
