"""Labels from named sources (a vendor's delivery, a language model's answers), kept apart and measured.

``alplan campaign add DIR FILE --source NAME`` stores a source's labels in
``sources.csv`` (``id, label, source, file, round_added, seconds``: every label with
the file it came in, and its annotation time where the file gives one), never in
``labels.csv``: they never train the campaign's model and never enter its test
split. The human labels stay the reference. A source may label any id of the
pool, the test ids included: its labels on the test ids are what measure it. Its
price per label (or per hour) and its turnaround are kept in ``sources.json``. A
source paid by the hour is priced per label at its measured seconds per label
(the mean over its timed labels; :func:`source_prices`), and not priced without
them.

**Measured on the test split.** The test ids are a uniform random sample of the
pool, labeled by people: a source's accuracy is the share of the test ids it
labels whose human label it matches (:func:`measure_sources`), with a Jeffreys
interval (the Beta(k + 1/2, n - k + 1/2) posterior of k right out of n) at
``level`` (:data:`planner.decide.summaries.DEFAULT_LEVEL`, 80%). A source with
fewer than :data:`MIN_TEST` such test ids, or an interval wider than
:data:`MAX_WIDTH`, is too little measured to tell: the report says how many
more test ids it must label (:func:`more_needed`). Beside it: the confusion
matrix (true class x the source's class), the class it gets right least often
(the lowest recall, with its count), and its agreement with the human training
labels.

**Training on it, measured.** ``campaign measure`` trains the campaign's learner
on a source's labels of the non-test ids it covers, at a doubling schedule of
counts from the campaign's initial set up to its coverage (the ids in one
seeded order), and scores it on the human test labels (:func:`source_curves`):
a curve per source, ``strategy`` ``source:NAME``, in ``source_curve.csv``, apart
from the campaign's own curve. Class-dependent noise is kept as measured:
:func:`measured_confusion` gives the row-stochastic matrix a simulated oracle
draws with (:class:`simulations.data.oracle.Oracle`).

**Checked once, written or not.** :func:`merged_sources` checks a source's file and returns the sources' labels and
prices after the add, in memory; ``add --source`` (:func:`add_source`) writes them, and the page measures them
without writing (:func:`preview_source`: what ``add --source`` then ``measure`` would leave).

**Re-labeled where the learner disagrees, measured.** At each count, the learner cross-fitted (5 seeded folds) on
the source's labels gives every id an out-of-fold prediction; the share it disagrees with is the row's
``disagreement`` (no truth needed). The re-labeled set keeps the source's label where the learner agrees and takes
the human label where it disagrees; it is trained on and scored only where people labeled every id (the non-test
ids the source labels that have a human label): a curve ``relabel:NAME`` beside ``source:NAME``.
"""

from __future__ import annotations

import csv
import math
import re
import tempfile
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from planner.campaign.cache import cached_rows, curve_rows_ok, digest, frame_digest
from planner.campaign.files import read_source_settings, read_sources
from planner.campaign.labels import read_labels
from planner.campaign.schema import SOURCES_SCHEMA, SOURCE_NAME, row_of
from planner.campaign.state import SOURCES, SOURCE_CURVE, SOURCE_SETTINGS, Campaign, _write_json, locked, write_atomic
from planner.campaign.steps import (N_CLASSES_COLUMN, TEST_SIZE_COLUMN, _asked_ids, _classes, _data_idx, _fit,
                                    _load_pool, _same_file, _train_labels, campaign_pool, class_order, first_clash,
                                    is_campaign)
from planner.campaign.words import plural
from planner.decide.campaign.stop_rule import jeffreys
from planner.decide.costs import hourly_price
from planner.decide.summaries import DEFAULT_LEVEL
from simulations import strategies
from simulations.messages import short
from simulations.results.schema import CURVE_COLUMNS
from simulations.results.store import write_table_atomic
from simulations.run.loop import minority_class, score_predictions

__all__ = ["unmeasured_sources", "SOURCE_COLUMNS", "MIN_TEST", "MAX_WIDTH", "PRIOR", "PREFIX", "SourceAdded", "SourceMeasure",
           "SourcePreview", "check_name", "read_sources", "read_source_settings", "source_prices", "add_source",
           "merged_sources", "accuracy_range", "more_needed", "measure_sources", "measured_confusion", "source_confusions",
           "source_curves", "preview_source", "write_source_curve", "RELABEL", "FOLDS", "DISAGREEMENT",
           "cross_fit_disagreement", "relabeled", "FILL", "SOURCE_LABELS", "SOURCE_TESTED", "fill_set", "check_pool_ids"]

SOURCE_COLUMNS = tuple(column.name for column in SOURCES_SCHEMA)
#: A source is measured well enough to tell with at least this many test ids it labels that people labeled too...
MIN_TEST = 30
#: ...and an accuracy interval (at :data:`planner.decide.summaries.DEFAULT_LEVEL`) at most this wide: 10 points, about the gap between two
#: vendors worth choosing between.
MAX_WIDTH = 0.10
#: The pseudo-count added to every cell of a measured confusion matrix before its rows are normalized (a
#: Dirichlet(1/2) prior per row: a class the source was never seen on reads as uniform, never as certain).
PRIOR = 0.5
#: A source's curves are named ``source:NAME`` in the curves table...
PREFIX = "source:"
#: ...and its labels re-labeled by people where the learner disagrees, ``relabel:NAME``.
RELABEL = "relabel:"
#: ...and the human training labels in hand with its labels for the rest of the pool, ``fill:NAME``...
FILL = "fill:"
#: ...each row with the source's labels it trains on in this column (NaN on the other curves).
SOURCE_LABELS = "source_labels"
#: The folds a source's labels are cross-fitted in to find where the learner disagrees with them.
FOLDS = 5
#: The curves table's column of the share of a count's ids where the cross-fitted learner disagrees with the source.
DISAGREEMENT = "disagreement"
#: The curves table's column of the test ids a source's accuracy was measured on (``source:NAME`` rows; their
#: ``label_noise`` is the error on them): with it, the accuracy's k of n, which bounds the forecast past the curve.
SOURCE_TESTED = "source_tested"
#: A source's name: a letter or digit, then letters, digits, ``_``, ``-``, ``.``; at most 40 characters.
_NAME = re.compile(SOURCE_NAME)
_MAX_PRICE = 1e6
_MAX_DAYS = 3650.0


def check_name(name) -> str:
    """``name`` as a source's name, or one line: empty, odd characters, or a strategy's name (a source's curve
    sits beside the strategies' in a curves table)."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ValueError(f"--source {name!r} is not a source name: give 1 to 40 letters, digits, '_', '-' or '.', "
                         "starting with a letter or digit (such as vendor-a or gpt-labels)")
    taken = {s.lower() for s in strategies.available()} | {"random", "human", "test", "initial"}
    if name.lower() in taken:
        raise ValueError(f"--source {name!r} is the name of a strategy or of the campaign's own labels: name the "
                         "source after who labeled (such as vendor-a or llm)")
    return name


def _amount(flag: str, value, high: float, unit: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 <= value <= high:
        raise ValueError(f"{flag} must be {unit} from 0 to {high:,.0f}, got {value!r}")
    return float(value)


# ------------------------------------------------------------------ storage


def source_prices(folder, table: pd.DataFrame | None = None, settings: dict | None = None) -> dict:
    """The sources' price settings (``settings``, default :func:`read_source_settings`) with each source's measured
    time: ``seconds_per_label`` (the mean over its timed labels in ``table``, default ``sources.csv``; None where
    none is timed) and ``timed`` (how many). A source paid by the hour and timed is priced per label at
    ``price_per_hour * seconds_per_label / 3600``; without times it has no price per label."""
    table = read_sources(folder) if table is None else table
    out = {}
    for name, price in (read_source_settings(folder) if settings is None else settings).items():
        seconds = table.loc[table["source"] == name, "seconds"].dropna() if "seconds" in table else pd.Series([])
        timed = int(seconds.size)
        mean = float(seconds.mean()) if timed else None
        per_label = price["price_per_label"]
        if per_label is None and price["price_per_hour"] is not None and mean is not None:
            per_label = hourly_price(price["price_per_hour"], mean)
        out[name] = {**price, "price_per_label": per_label, "seconds_per_label": mean, "timed": timed}
    return out


@dataclass(frozen=True)
class SourceAdded:
    """What ``add --source`` did: the source, its labels new and already held, rows without a label, the test ids
    among the new labels, the source's labels in all, its price settings after the add, and how many new labels
    carry an annotation time."""

    source: str
    new: int
    known: int
    blank: int
    new_test: int
    total: int
    settings: dict
    timed: int = 0


def add_source(folder, paths, *, source: str, label_column: str = "label", price: float | None = None,
               hourly: float | None = None, turnaround_days: float | None = None,
               time_column: str | None = None) -> tuple[Campaign, SourceAdded]:
    """Add the labels of the source ``source`` in ``paths`` (CSV, Parquet or Label Studio JSON: the formats of
    ``add``) for any ids of the pool, holding the campaign's lock: :func:`merged_sources`, then written; each label
    with its annotation time where the file gives one (``time_column``, as ``add`` reads the human labels': what
    prices a source paid by the hour).

    Raises
    ------
    ValueError, OSError
    """
    asked = _asked(source, price, hourly, turnaround_days)   # refused before the campaign is read
    if not is_campaign(folder):
        Campaign.load(folder)   # its one line
    with locked(folder):
        c = Campaign.load(folder)
        held, prices = read_sources(c), read_source_settings(c.folder)
        table, settings, added = merged_sources(c, paths, held=held, prices=prices, label_column=label_column,
                                                time_column=time_column, **asked)
        if added.new:
            _write_sources(table, c.folder / SOURCES)
        if added.new or prices.get(added.source) != added.settings:
            _write_json({"format": 1, "sources": settings}, c.folder / SOURCE_SETTINGS)
    return c, added


def _asked(source, price, hourly, turnaround_days) -> dict:
    """The source's name and price settings as given, checked (one line each: a name :func:`check_name` refuses, an
    amount out of bounds, both prices)."""
    source = check_name(source)
    price = _amount("--source-price", price, _MAX_PRICE, "dollars per label")
    hourly = _amount("--source-hourly", hourly, _MAX_PRICE, "dollars per hour")
    turnaround_days = _amount("--source-turnaround-days", turnaround_days, _MAX_DAYS, "days")
    if price is not None and hourly is not None:
        raise ValueError("--source-price and --source-hourly both given: price the source per label or per hour")
    return {"source": source, "price": price, "hourly": hourly, "turnaround_days": turnaround_days}


def merged_sources(c: Campaign, paths, *, source: str, label_column: str = "label", price: float | None = None,
                   hourly: float | None = None, turnaround_days: float | None = None,
                   held: pd.DataFrame | None = None, prices: dict | None = None,
                   time_column: str | None = None) -> tuple[pd.DataFrame, dict, SourceAdded]:
    """The campaign ``c``'s sources after adding the labels of ``source`` in ``paths``, in memory, nothing written:
    (the sources' labels, ``SOURCE_COLUMNS``; every source's price settings; what the add did). ``held`` and
    ``prices``: the sources' labels and settings before it (default: the campaign's files).

    A label is kept with the source and the file it came in, and its annotation time where the file gives one
    (``time_column``). The same label again counts once. Refused in one line:
    an id the pool does not hold, a class none of the human labels holds (the human labels are the reference: add
    them first), and an id given two labels by the same source (in these files, or against a label of the source
    in hand: a second delivery that differs is given its own source name, so both are kept and each is measured).

    Raises
    ------
    ValueError, OSError
    """
    source, price, hourly, turnaround_days = _asked(source, price, hourly, turnaround_days).values()
    held = read_sources(c) if held is None else held
    prices = read_source_settings(c.folder) if prices is None else prices
    human = set(c.labels["label"])
    if not human:
        raise ValueError("no human labels are in hand: add the labels of the test split first (a source is "
                         "measured against them), then add the source's")
    new, blank = _read_source_files(c, paths, label_column, time_column)
    unknown = [k for k in class_order(set(new["label"])) if k not in human]
    if unknown:
        n = int((new["label"] == unknown[0]).sum())
        raise ValueError(f"source {source!r} gives the class {unknown[0]!r} ({plural(n, 'label')}), which none of "
                         f"the human labels holds ({', '.join(repr(k) for k in class_order(human)[:8])}): map the "
                         "source's classes to the campaign's before adding them")
    mine = held[held["source"] == source]
    _refuse_two_labels(source, new, mine)
    fresh = new.drop_duplicates("id")
    known = fresh["id"].isin(set(mine["id"]))
    fresh = fresh[~known]
    test_ids = set(c.asked.loc[c.asked["role"] == "test", "id"])
    settings = dict(prices.get(source, {"price_per_label": None, "price_per_hour": None, "turnaround_days": None}))
    if price is not None or hourly is not None:
        settings["price_per_label"], settings["price_per_hour"] = price, hourly
    if turnaround_days is not None:
        settings["turnaround_days"] = turnaround_days
    table = held
    if len(fresh):
        added = pd.DataFrame({"id": fresh["id"].to_numpy(dtype=object), "label": fresh["label"].to_numpy(dtype=object),
                              "source": source, "file": fresh["file"].to_numpy(dtype=object),
                              "round_added": pd.array([c.round] * len(fresh), dtype="Int64"),
                              "seconds": fresh["seconds"].to_numpy(dtype=float)})
        table = pd.concat([held, added], ignore_index=True)
    return table, {**prices, source: settings}, SourceAdded(
        source, len(fresh), int(known.sum()), blank, int(fresh["id"].isin(test_ids).sum()), len(mine) + len(fresh),
        settings, int(fresh["seconds"].notna().sum()))


def _read_source_files(c: Campaign, paths, label_column: str, time_column: str | None = None
                       ) -> tuple[pd.DataFrame, int]:
    """(``id, label, file, seconds`` of the labels in ``paths``, the pool's ids as the pool spells them, each
    label's annotation time or NaN; rows without a label), refused in one line where a file is the campaign's own
    or an id is not the pool's."""
    meta = c.settings["pool"]
    pool = campaign_pool(c, with_features=False)
    own = c.state_files() + [Path(meta["path"])]
    parts, blank = [], 0
    pool_ids = None
    for path in paths:
        if any(_same_file(path, f) for f in own):
            raise ValueError(f"{path} is one of the campaign's own files or its pool: give the source's file of "
                             "labels")
        got = read_labels(path, meta["id_column"], label_column, time_column=time_column)
        blank += got.blank
        ids = got.labels["id"].tolist()
        rows = pool.rows_of(ids)
        if (rows < 0).any():   # an id as a spreadsheet shows it ('=x): the pool's id where it holds that one
            if pool_ids is None:
                pool_ids = set(pool.text_ids(np.arange(pool.n_rows)))
            ids = _asked_ids(ids, pool_ids, Path(path).name, exact=Path(path).suffix.lower() == ".json")
            rows = pool.rows_of(ids)
        if (rows < 0).any():
            bad = [i for i, r in zip(ids, rows) if r < 0]
            raise ValueError(f"{Path(path).name}: {plural(len(set(bad)), 'id')} not in the campaign's pool "
                             f"(first: {bad[0]!r}): give labels of the pool's ids (column "
                             f"{meta['id_column']!r}) only")
        canonical = pool.text_ids(rows) if len(rows) else np.asarray([], dtype=object)
        part = pd.DataFrame({"id": canonical, "label": got.labels["label"].to_numpy(dtype=object),
                             "file": Path(path).name}, dtype=object)
        part["seconds"] = np.full(len(part), np.nan) if got.seconds is None else np.asarray(got.seconds, float)
        parts.append(part)
    new = (pd.concat(parts, ignore_index=True) if parts
           else pd.DataFrame({"id": [], "label": [], "file": [], "seconds": []}))
    return new, blank


def _write_sources(table: pd.DataFrame, path: Path) -> None:
    table = table[list(SOURCE_COLUMNS)]
    write_atomic(path, lambda tmp: table.to_csv(tmp, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n"))


def _refuse_two_labels(source: str, new: pd.DataFrame, held: pd.DataFrame) -> None:
    both = pd.concat([held[["id", "label", "file"]], new[["id", "label", "file"]]], ignore_index=True)
    if clash := first_clash(both, "file"):
        first, told, n = clash
        raise ValueError(f"source {source!r} gives id {first!r} two labels, {told} ({plural(n, 'such id')} in all): a "
                         f"source keeps one label per id; add a second delivery under its own name (such as --source "
                         f"{source}-2) to keep both and measure each")


# ---------------------------------------------------------------- measuring


def accuracy_range(k: float, n: float, level: float = DEFAULT_LEVEL) -> tuple[float, float]:
    """The Jeffreys interval of a share from ``k`` right out of ``n`` (the central ``level`` of the stop rule's
    posterior, :func:`planner.decide.campaign.stop_rule.jeffreys`); (0, 1) for ``n`` = 0."""
    if n <= 0:
        return 0.0, 1.0
    return jeffreys(k / n, n, 0.5, level)[2:]


def _settled(k: float, n: float) -> bool:
    low, high = accuracy_range(k, n)
    return n >= MIN_TEST and high - low <= MAX_WIDTH


def more_needed(k: int, n: int) -> int:
    """How many more test ids a source that got ``k`` of ``n`` right must label for its accuracy to be told: the
    fewest ``m`` with ``n + m`` >= :data:`MIN_TEST` and the interval at most :data:`MAX_WIDTH` wide, the accuracy
    taken as the posterior mean (k + 1/2) / (n + 1) (0 where it is told already)."""
    if _settled(k, n):
        return 0
    p = (k + 0.5) / (n + 1)
    high = 1
    while not _settled(p * (n + high), n + high):
        high *= 2
    low = 0
    while high - low > 1:
        mid = (low + high) // 2
        if _settled(p * (n + mid), n + mid):
            high = mid
        else:
            low = mid
    return int(high)


@dataclass(frozen=True)
class SourceMeasure:
    """One source measured against the human labels.

    Parameters
    ----------
    source : str
    labels : int
        Ids the source labels.
    test_covered : int
        Test ids it labels; ``test_scored`` of them have a human label in hand, ``correct`` of those it matches.
    test_split : int
        The campaign's test ids.
    accuracy, low, high : float
        ``correct / test_scored`` and its Jeffreys interval at ``level`` (NaN, 0, 1 with nothing scored).
    classes : list of str
        The classes, in the campaign's order (those of the human labels).
    confusion : list of list of int
        ``confusion[t][o]``: test ids of human class ``t`` the source labels ``o``.
    worst_class : str or None
        The class with the lowest recall among those it was scored on; ``worst_recall`` and ``worst_count``
        (its test ids) beside it.
    train_compared, train_agree : int
        Human training labels the source also labels, and how many it matches.
    enough : bool
        At least :data:`MIN_TEST` test ids scored and the interval at most :data:`MAX_WIDTH` wide.
    more_needed : int
        More test ids to label with the source for it to be told (0 when ``enough``).
    price_per_label, price_per_hour, turnaround_days : float or None
        As given with ``add --source``; a source paid by the hour and timed carries its price per label at its
        measured seconds per label (:func:`source_prices`).
    seconds_per_label : float or None
        The mean annotation time of its timed labels (None where none is timed); ``timed`` of them.
    """

    source: str
    labels: int
    test_covered: int
    test_scored: int
    correct: int
    test_split: int
    accuracy: float
    low: float
    high: float
    classes: list
    confusion: list
    worst_class: str | None
    worst_recall: float
    worst_count: int
    train_compared: int
    train_agree: int
    enough: bool
    more_needed: int
    price_per_label: float | None = None
    price_per_hour: float | None = None
    turnaround_days: float | None = None
    seconds_per_label: float | None = None
    timed: int = 0
    level: float = DEFAULT_LEVEL
    min_test: int = MIN_TEST
    max_width: float = MAX_WIDTH

    @property
    def agreement(self) -> float:
        """The share of the human training labels it labels that it matches (NaN where it labels none)."""
        return self.train_agree / self.train_compared if self.train_compared else math.nan

    @property
    def test_uncovered(self) -> int:
        """Test ids it has not labeled: the most it can label more of."""
        return self.test_split - self.test_covered

    def to_dict(self) -> dict:
        out = {**asdict(self), "agreement": self.agreement, "test_uncovered": self.test_uncovered}
        return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in out.items()}


def measure_sources(c: Campaign, table: pd.DataFrame | None = None, prices: dict | None = None) -> list[SourceMeasure]:
    """Every source of the campaign ``c`` measured against its human labels, in the order first added (``table``,
    ``prices``: the sources' labels and price settings, default the campaign's files)."""
    table = read_sources(c) if table is None else table
    prices = source_prices(c.folder, table, prices)
    test_ids = set(c.asked.loc[c.asked["role"] == "test", "id"])
    human = c.labels[["id", "label"]].rename(columns={"label": "truth"})
    classes = class_order(set(c.labels["label"]))
    where = {k: i for i, k in enumerate(classes)}
    out = []
    for name in pd.unique(table["source"]):
        mine = table[table["source"] == name][["id", "label"]]
        both = mine.merge(human, on="id")
        is_test = both["id"].isin(test_ids)
        test, train = both[is_test], both[~is_test]
        n, k = len(test), int((test["label"] == test["truth"]).sum())
        low, high = accuracy_range(k, n)
        matrix = np.zeros((len(classes), len(classes)), dtype=np.int64)
        for t, o in zip(test["truth"], test["label"]):
            if t in where and o in where:
                matrix[where[t], where[o]] += 1
        seen = matrix.sum(axis=1)
        worst, recall, count = None, math.nan, 0
        for i in np.flatnonzero(seen):
            r = matrix[i, i] / seen[i]
            if worst is None or r < recall or (r == recall and seen[i] > count):
                worst, recall, count = classes[i], float(r), int(seen[i])
        price = prices.get(name, {})
        out.append(SourceMeasure(
            source=str(name), labels=len(mine), test_covered=int(mine["id"].isin(test_ids).sum()), test_scored=n,
            correct=k, test_split=len(test_ids), accuracy=k / n if n else math.nan, low=low, high=high,
            classes=list(classes), confusion=matrix.tolist(), worst_class=worst, worst_recall=recall,
            worst_count=count, train_compared=len(train), train_agree=int((train["label"] == train["truth"]).sum()),
            enough=_settled(k, n), more_needed=more_needed(k, n), price_per_label=price.get("price_per_label"),
            price_per_hour=price.get("price_per_hour"), turnaround_days=price.get("turnaround_days"),
            seconds_per_label=price.get("seconds_per_label"), timed=price.get("timed", 0)))
    return out


def measured_confusion(m: SourceMeasure, prior: float = PRIOR) -> np.ndarray:
    """The source's confusion matrix as a row-stochastic matrix, shape (n_classes, n_classes): each row's counts
    plus ``prior`` in every cell, normalized (``confusion[t, o]``: the chance an example of true class ``t``
    comes back ``o``), ready for ``simulations.data.oracle.Oracle(n_classes, confusion=...)``."""
    counts = np.asarray(m.confusion, dtype=np.float64).reshape(len(m.classes), len(m.classes)) + prior
    return counts / counts.sum(axis=1, keepdims=True)


def source_confusions(folder, prior: float = PRIOR) -> dict:
    """``{source: (classes, row-stochastic confusion matrix)}`` of every source of the campaign in ``folder``
    (:func:`measured_confusion`)."""
    return {m.source: (list(m.classes), measured_confusion(m, prior)) for m in measure_sources(Campaign.load(folder))}


# ---------------------------------------------------------------- training


def _counts(first: int, covered: int) -> list[int]:
    """The label counts a source is trained at: ``first``, doubling, then every id it covers."""
    counts, n = [], max(2, first)
    while n < covered:
        counts.append(n)
        n *= 2
    return counts + [covered] if covered >= 2 else counts


def cross_fit_disagreement(y: np.ndarray, fit_predict, rng: np.random.Generator, folds: int = FOLDS) -> np.ndarray:
    """Where a learner cross-fitted on the labels ``y`` disagrees with them: ``y``'s positions split into ``folds``
    folds at random (at most ``len(y)``), each predicted by ``fit_predict(train_pos, predict_pos)`` fitted on the
    others (a fold whose others hold one class is predicted as that class). Boolean, one per label."""
    y = np.asarray(y)
    k = max(1, min(int(folds), len(y)))
    fold = rng.permutation(len(y)) % k
    wrong = np.zeros(len(y), dtype=bool)
    for f in range(k):
        out, keep = np.flatnonzero(fold == f), np.flatnonzero(fold != f)
        if not len(keep):
            continue
        pred = fit_predict(keep, out) if len(np.unique(y[keep])) > 1 else np.full(len(out), y[keep][0])
        wrong[out] = np.asarray(pred) != y[out]
    return wrong


def relabeled(source: np.ndarray, human: np.ndarray, disagree: np.ndarray) -> np.ndarray:
    """The re-labeled set: the source's label where the learner agrees with it, the human label where it disagrees."""
    return np.where(np.asarray(disagree, dtype=bool), np.asarray(human, dtype=object), np.asarray(source, dtype=object))


def fill_set(human: pd.DataFrame, own: pd.DataFrame, test_ids, k: int) -> tuple[pd.DataFrame, int]:
    """(``id, label`` of the fill set, the source's labels in it): the first ``k`` of ``human`` (``id, label``, the
    human training labels in the order asked) plus ``own``'s (the source's ``id, label``) labels of every other id;
    no id of ``test_ids`` in either, a human label kept over the source's on the same id."""
    test_ids = set(test_ids)
    human = human[~human["id"].isin(test_ids)].drop_duplicates("id").iloc[:max(0, int(k))][["id", "label"]]
    rest = own[~own["id"].isin(test_ids | set(human["id"]))].drop_duplicates("id")[["id", "label"]]
    return pd.concat([human, rest], ignore_index=True), len(rest)


def source_curves(c: Campaign, table: pd.DataFrame | None = None, human: pd.DataFrame | None = None,
                  measures: list | None = None) -> tuple[pd.DataFrame, dict]:
    """The campaign's learner trained on each source's labels of the non-test ids it covers, scored on the human
    test labels in hand; and on each source's labels re-labeled by people where the learner disagrees.

    The ids are taken in one order drawn from the campaign's seed and the source's name, and the learner is
    trained at :func:`_counts` of them (from the campaign's initial set size, doubling, then all of them), each
    fit from the campaign's first model stream state. A count whose labels hold one class is left out. At each
    count, the share of its ids where the learner cross-fitted on the source's labels disagrees with them
    (:func:`cross_fit_disagreement`) is the row's ``disagreement``. The re-label curve (``relabel:NAME``) is
    measured only where people labeled every id: the non-test ids the source labels that have a human label
    (``human``: the human training labels, ``id, label``; the campaign's by default), in the same order, each count
    trained on :func:`relabeled` labels. The fill curve (``fill:NAME``) is trained on :func:`fill_set` at counts
    of the campaign's own human training labels (in the order asked; ``human`` does not change it). ``measures``:
    the sources measured on the test ids (:func:`measure_sources`), where the caller has them.

    Returns
    -------
    (DataFrame, dict)
        The curves table (``CURVE_COLUMNS``, ``test_size``, ``n_classes``, ``disagreement``, ``source_labels``,
        ``source_tested``; ``strategy``
        ``source:NAME`` (``label_noise`` the source's measured error on the ``source_tested`` test ids it labels, NaN
        where none is scored) or
        ``relabel:NAME`` (``label_noise`` the re-labeled set's error against the human labels) or ``fill:NAME``
        (``n_labels`` the human labels, ``source_labels`` the source's, ``label_noise`` as ``source:NAME``'s)), and
        ``{source:
        non-test ids it labels}`` for the sources that gave no point.
    """
    columns = [*CURVE_COLUMNS, TEST_SIZE_COLUMN, N_CLASSES_COLUMN, DISAGREEMENT, SOURCE_LABELS, SOURCE_TESTED]
    table = read_sources(c) if table is None else table
    if table.empty:
        return pd.DataFrame(columns=columns), {}
    test = pd.DataFrame({"id": c.asked.loc[c.asked["role"] == "test", "id"]}).merge(c.labels[["id", "label"]], on="id")
    if test.empty:
        raise ValueError("no test labels are in hand: the sources are scored on the human test labels")
    data = _load_pool(c)
    check_pool_ids(c, table, data.pool)
    where = pd.Index(data.test_ids).get_indexer(test["id"].to_numpy(dtype=object))
    order = np.argsort(where)
    classes = _classes(c)
    code = {k: i for i, k in enumerate(classes)}
    y_test = np.asarray([code[v] for v in test["label"].to_numpy()[order]], dtype=np.int64)
    measures = measure_sources(c, table) if measures is None else measures
    errors, tested = {m.source: 1 - m.accuracy for m in measures}, {m.source: m.test_scored for m in measures}
    test_ids = set(c.asked.loc[c.asked["role"] == "test", "id"])
    asked = _train_labels(c, None)[["id", "label"]]
    human = c.labels if human is None else human
    human = human[~human["id"].isin(test_ids)][["id", "label"]].drop_duplicates("id").rename(columns={"label": "human"})
    trainer = _Trainer(c, data, data.X_test[where[order]], y_test, classes)
    cache, context = _curve_cache(c, trainer, data, columns)
    rows, skipped = [], {}

    def valid(rows: list) -> bool:   # curve rows as computed: text, whole counts, scores in [0, 1]
        return curve_rows_ok(rows, columns)

    for name in pd.unique(table["source"]):
        own, both = _in_order(c, table, name, test_ids, human)
        error = errors.get(name, math.nan)
        mine = cache.get(digest(context, PREFIX, str(name), frame_digest(own, ["id", "label"]), error,
                                tested.get(name, math.nan)),
                         lambda: trainer.rows(PREFIX + str(name), own, lambda part: error, tested.get(name, math.nan)),
                         valid)
        rows += mine + cache.get(digest(context, RELABEL, str(name), frame_digest(both, ["id", "label", "human"])),
                                 lambda: trainer.rows(RELABEL + str(name), both, None), valid)
        rows += cache.get(digest(context, FILL, str(name), frame_digest(asked, ["id", "label"]),
                                 frame_digest(own, ["id", "label"]), sorted(map(str, test_ids)), error),
                          lambda: trainer.fill_rows(FILL + str(name), asked, own, test_ids, error), valid)
        if not mine:
            skipped[str(name)] = len(own)
    cache.save()
    return pd.DataFrame.from_records(rows, columns=columns), skipped


def _curve_cache(c: Campaign, trainer, data, columns: list) -> tuple:
    """(the campaign's cache of curve rows, the digest of what every curve of ``trainer`` reads besides its own
    labels: the learner's settings and first model stream, the pool and its test rows, the human test labels and
    the classes) (:mod:`planner.campaign.cache`)."""
    s = c.settings
    learner = {k: s.get(k) for k in ("name", "model", "model_params", "seed", "batch_size", "initial")}
    pool = {k: s["pool"].get(k) for k in ("sha256", "id_column", "features", "rows")}
    context = digest("source_curves", learner, s["model_rng"][0], pool, data.test_ids, trainer.X_test,
                     trainer.y_test, list(trainer.classes))
    return cached_rows(c.folder, "source_curves", len(columns)), context



def check_pool_ids(c: Campaign, table: pd.DataFrame, pool) -> None:
    """Refuse in one line a sources' table (:func:`read_sources`) holding an id that the campaign's ``pool``
    (:class:`planner.campaign.pool.Pool`) does not hold: it names the file's row."""
    gone = pool.rows_of(table["id"].to_numpy(dtype=object)) < 0
    if gone.any():
        at = int(gone.argmax())
        raise ValueError(f"{c.folder / SOURCES} row {row_of(at)}, column 'id': {short(table['id'].iloc[at])} is no "
                         "id of the campaign's pool: fix that cell, or restore the file from a backup")


def _in_order(c: Campaign, table: pd.DataFrame, name, test_ids: set, human: pd.DataFrame) -> tuple:
    """(``id, label`` of source ``name``'s non-test ids in the order it is trained in, drawn from the campaign's seed
    and the name; the same with ``human``, the ids people labeled too in that order)."""
    own = table[(table["source"] == name) & ~table["id"].isin(test_ids)][["id", "label"]].reset_index(drop=True)
    rng = np.random.default_rng([int(c.settings["seed"]), zlib.crc32(str(name).encode("utf-8"))])
    own = own.iloc[rng.permutation(len(own))].reset_index(drop=True)
    return own, own.merge(human, on="id", how="inner")   # the source's order kept


class _Trainer:
    """The campaign's learner trained on a source's labels at its counts, scored on the human test labels."""

    def __init__(self, c: Campaign, data, X_test: np.ndarray, y_test: np.ndarray, classes: list):
        self.c, self.data, self.X_test, self.y_test, self.classes = c, data, X_test, y_test, classes

    def _fit(self, part: pd.DataFrame):
        return _fit(self.c, self.data, part, self.c.settings["model_rng"][0], self.classes)

    def disagree(self, strategy: str, part: pd.DataFrame) -> np.ndarray:
        """Where the learner cross-fitted on ``part``'s labels disagrees with them (:func:`cross_fit_disagreement`,
        folds drawn from the campaign's seed, ``strategy`` and the count)."""
        labels = part["label"].to_numpy(dtype=object)
        idx = _data_idx(self.data, part["id"])

        def fit_predict(keep, out):
            learner = self._fit(part.iloc[keep])[0]
            return np.asarray(self.classes, dtype=object)[learner.predict(self.data.X_pool[idx[out]])]

        rng = np.random.default_rng([int(self.c.settings["seed"]), zlib.crc32(strategy.encode("utf-8")), len(part)])
        return cross_fit_disagreement(labels, fit_predict, rng)

    def rows(self, strategy: str, own: pd.DataFrame, noise, tested: float = math.nan) -> list:
        """A curve row per count of ``own`` (``id, label`` in order), its ``label_noise`` ``noise(part)`` measured on
        ``tested`` test ids; with ``noise`` None, ``own`` carries ``human`` too and the rows are the re-labeled
        curve's, its noise the re-labeled set's error against the human labels."""
        rows, points = [], 0
        for n in _counts(int(self.c.settings["initial"]), len(own)):
            part = own.iloc[:n][["id", "label"]]
            if part["label"].nunique() < 2:
                continue
            wrong = self.disagree(strategy, part)
            if noise is None:
                truth = own["human"].to_numpy(dtype=object)[:n]
                part = part.assign(label=relabeled(part["label"].to_numpy(dtype=object), truth, wrong))
                if part["label"].nunique() < 2:
                    continue
                error = float(np.mean(part["label"].to_numpy(dtype=object) != truth))
            else:
                error = noise(part)
            rows.append(self._row(strategy, part, error, points, n, float(wrong.mean()), math.nan, tested))
            points += 1
        return rows

    def _row(self, strategy: str, part: pd.DataFrame, error: float, point: int, n: int, share: float,
             source_labels: float, tested: float = math.nan) -> list:
        """One curve row: the learner fitted on ``part``, scored on the human test labels."""
        s, k = self.c.settings, len(self.classes)
        learner, _, seconds, _ = self._fit(part)
        scores = score_predictions(self.y_test, learner.predict(self.X_test), k, minority_class(self.y_test, k))
        row = [s["name"], s["model"], strategy, int(s["seed"]), int(s["batch_size"]), error, point, n, *scores,
               seconds, 0.0]
        return row + [math.nan] * (len(CURVE_COLUMNS) - len(row)) + [len(self.y_test), k, share, source_labels,
                                                                 tested]

    def fill_rows(self, strategy: str, human: pd.DataFrame, own: pd.DataFrame, test_ids, error: float) -> list:
        """A curve row per count of ``human`` (the human training labels in the order asked): the learner trained on
        :func:`fill_set` with ``own`` (the source's ``id, label``), ``n_labels`` the human labels, ``source_labels``
        the source's (none where the source adds no label beside them)."""
        rows = []
        for n in _counts(int(self.c.settings["initial"]), len(human)):
            part, m = fill_set(human, own, test_ids, n)
            if m and part["label"].nunique() >= 2:
                rows.append(self._row(strategy, part, error, len(rows), n, math.nan, m))
        return rows


@dataclass(frozen=True)
class SourcePreview:
    """A source's labels as ``campaign add --source`` then ``campaign measure`` would leave the campaign's sources,
    held in memory (:func:`preview_source`): what the add did, the sources' labels (``SOURCE_COLUMNS``) and price
    settings after it (:func:`source_prices`: an hourly source priced at its measured seconds), each source
    measured on the test ids (:func:`measure_sources`), and the sources' curves with the sources that gave no point
    (:func:`source_curves`)."""

    added: SourceAdded
    table: pd.DataFrame
    prices: dict
    measures: list
    curve: pd.DataFrame
    untrained: dict


def preview_source(folder, data: bytes, name: str, *, source: str, label_column: str = "label",
                   price: float | None = None, hourly: float | None = None,
                   turnaround_days: float | None = None) -> SourcePreview:
    """What ``campaign add DIR FILE --source NAME`` (:func:`merged_sources`, the same checks) then ``campaign
    measure DIR`` would make of the labels ``data`` (the bytes of the file ``name``: CSV, Parquet or Label Studio
    JSON) for the campaign in ``folder``, nothing written to it: the bytes are read from a temporary folder of their
    own, under the file's own name (the name the add records).

    Raises
    ------
    ValueError, OSError
        One line, as ``campaign add --source`` and ``campaign measure`` refuse.
    """
    asked = _asked(source, price, hourly, turnaround_days)
    c = Campaign.load(folder)
    base = Path(str(name)).name
    with tempfile.TemporaryDirectory(prefix="alplan-source-") as tmp:
        path = Path(tmp) / (base if base not in ("", ".", "..") else "labels")
        path.write_bytes(bytes(data))
        table, prices, added = merged_sources(c, [path], label_column=label_column, **asked)
    prices = source_prices(c.folder, table, prices)
    measures = measure_sources(c, table, prices)
    curve, untrained = source_curves(c, table, measures=measures)
    return SourcePreview(added, table, prices, measures, curve, untrained)


def unmeasured_sources(folder) -> tuple:
    """The sources of the campaign in ``folder`` whose labels changed since ``campaign measure`` last measured their
    curves (``sources.csv`` written after ``source_curve.csv``, or no curve yet), by name; empty where it has
    none."""
    labels, curve = Path(folder) / SOURCES, Path(folder) / SOURCE_CURVE
    try:
        changed = labels.stat().st_mtime_ns
    except OSError:
        return ()
    try:
        if curve.stat().st_mtime_ns >= changed:
            return ()
    except OSError:
        pass
    return tuple(sorted(set(read_sources(folder)["source"].astype(str))))   # its one reader: a broken file refused


def write_source_curve(c: Campaign, curve: pd.DataFrame) -> Path:
    """Write the sources' curves to the campaign's ``source_curve.csv`` (apart from ``curve.csv`` and
    ``measured.csv``, which the campaign's answer reads), holding its lock."""
    with locked(c.folder):
        return write_table_atomic(curve, c.folder / SOURCE_CURVE)
