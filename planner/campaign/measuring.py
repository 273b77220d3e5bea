"""A campaign's measure and status: every round's model refitted from its saved state on the labels it was trained
on and scored on the test labels in hand (the curve, ``measure``), the split rounds' two parts scored apart, the
annotation times, and where the campaign stands (``status``). The steps that write the labels and batches:
:mod:`planner.campaign.steps`.
"""

from __future__ import annotations

import json
import math
import shlex
from pathlib import Path

import numpy as np
import pandas as pd

from planner.campaign.cache import cached_rows, digest, frame_digest, number_ok
from planner.campaign.files import read_rounds
from planner.campaign.premium import INITIAL, TEST, TimeFigure, campaign_premiums, label_times
from planner.campaign.schema import confusion_cell, confusion_counts
from planner.campaign.state import (CURVE, MEASURED, PART, SETTINGS, SPLIT, Campaign, batch_paths, locked, stretch_of,
                                    stretches)
from planner.campaign.steps import (CONFUSION_COLUMN, MIN_CURVE_COUNTS, N_CLASSES_COLUMN, RANDOM, TEST_SIZE_COLUMN,
                                    _Data, _check_classes, _classes, _fit, _load_pool, _out_by_round, _round_classes,
                                    _same_file, _test_out, _train_labels, class_order, sunk_columns)
from simulations.results.schema import CURVE_COLUMNS
from simulations.results.store import write_table_atomic
from simulations.run.loop import minority_class, score_predictions

__all__ = ["measure", "status", "changed_rounds", "previous_curve", "write_curve", "timed_labels", "annotation_time",
           "annotation_seconds", "SPLIT_COLUMNS", "SPLIT_METRICS"]


def measure(folder) -> tuple[Campaign, pd.DataFrame]:
    """The campaign's curve: every round's model (refitted from its saved state on the labels it was trained on)
    scored on the test labels in hand. A round whose batch brought no label yet is left out. A round's model
    knows the classes of its own training labels and of the test labels (:func:`_round_classes`): a class
    first labeled later leaves it as it was.

    Returns
    -------
    (Campaign, DataFrame)
        The curves table (``CURVE_COLUMNS``, then ``test_size``: the test labels every round was scored on,
        ``n_classes``: the classes the round's model knew, ``confusion``: its confusion matrix on the test labels, and
        what the campaign has paid for: :func:`sunk_columns`),
        one
        row per round measured (a stretch too short to fit a curve on held back: :func:`_by_stretch`);
        ``attrs["rounds"]`` every round measured, one row each, named by the stretch that picked it;
        ``annotation_cost`` the seconds its training labels took (:func:`annotation_seconds`); the stopping-rule
        and hybrid columns are NaN.
    """
    c = Campaign.load(folder)
    test = pd.DataFrame({"id": c.asked.loc[c.asked["role"] == "test", "id"]}).merge(c.labels[["id", "label"]], on="id")
    if test.empty:
        raise ValueError(f"no test labels are in hand: label the test ids of {batch_paths(c.folder, 0)[0]} "
                         "(role test) and add them; the curve is measured on them")
    data = _load_pool(c)
    where = pd.Index(data.test_ids).get_indexer(test["id"].to_numpy(dtype=object))
    order = np.argsort(where)
    X_test = data.X_test[where[order]]
    test_labels = test["label"].to_numpy()[order]
    s = c.settings
    spans = stretches(s)
    cache, context = _round_cache(c, X_test, test_labels)
    rows, known, matrices, previous = [], [], [], -1
    by_round = _TrainByRound(c)
    for round_ in range(c.round + 1):
        train = by_round.labels(round_ if round_ < c.round else None)
        if round_ == c.round and len(train) <= previous:
            break  # the last batch has brought nothing back yet
        if len(train) == 0 or len(set(train["label"])) < 2:
            continue
        classes = _round_classes(train, test)
        code = {name: i for i, name in enumerate(classes)}
        y_test = np.asarray([code[v] for v in test_labels], dtype=np.int64)

        def scored() -> list:   # the round's model refitted and scored: its scores, its fit's seconds, its confusion
            learner, _, seconds, _ = _fit(c, data, train, s["model_rng"][round_], classes)
            pred = learner.predict(X_test)
            return [[*score_predictions(y_test, pred, len(classes), minority_class(y_test, len(classes))), seconds,
                     confusion_cell(np.bincount(y_test * len(classes) + pred, minlength=len(classes) ** 2)
                                    .reshape(len(classes), len(classes)))]]

        *scores, seconds, confusion = cache.get(digest(context, round_, s["model_rng"][round_], classes,
                                                       by_round.digest(round_ if round_ < c.round else None)), scored,
                                                lambda rows, k=len(classes): _round_rows_ok(rows, k, len(y_test)))[0]
        row = [s["name"], s["model"], spans[stretch_of(s, round_)]["strategy"], int(s["seed"]),
               int(s["batch_size"]), 0.0, round_, len(train),
               *scores, seconds, float(s["query_seconds"][round_]) if round_ < len(s["query_seconds"]) else 0.0]
        row += [math.nan] * (len(CURVE_COLUMNS) - len(row))   # the stopping-rule and hybrid columns
        row[CURVE_COLUMNS.index("annotation_cost")] = annotation_seconds(train)
        rows.append(row)
        known.append(len(classes))
        matrices.append(confusion)
        previous = len(train)
    if not rows:
        _check_classes(c, _train_labels(c, None))
    cache.save()
    splits = _split_scores(c, data, test, X_test, test_labels, context)
    every = pd.DataFrame.from_records(rows, columns=list(CURVE_COLUMNS))
    every[TEST_SIZE_COLUMN] = len(test)   # the noise of every accuracy measured (what the planner's draws read)
    every[N_CLASSES_COLUMN] = known   # the classes each round's model knew: the task's, as the page reads them
    every[CONFUSION_COLUMN] = matrices   # each round's test predictions by true class: the stop rule's macro-F1
    for column, value in sunk_columns(c).items():   # what `plan` reads from the folder, for a reader of the file
        every[column] = value
    curve = _by_stretch(every.copy(), spans)
    curve.attrs["rounds"] = every   # every round measured, whatever its stretch's length (MEASURED)
    curve.attrs["splits"] = splits   # each split round's two parts scored apart (SPLIT)
    return c, curve


#: split.csv's columns: the round, the AL strategy of its other part, the labels of each part scored, the training
#: labels in hand before the round, the test labels, each metric of the random part and of the AL part, and the
#: paired test noise of the accuracies' difference (its standard error over the test ids).
SPLIT_METRICS = ("accuracy", "macro_f1", "balanced_accuracy", "minority_recall")
SPLIT_COLUMNS = ("round", "strategy", "labels", "n_before", "test_size",
                 *(f"{part}_{m}" for part in ("random", "al") for m in SPLIT_METRICS), "paired_se")


def _split_scores(c: Campaign, data: _Data, test: pd.DataFrame, X_test: np.ndarray, test_labels: np.ndarray,
                  context: str) -> pd.DataFrame:
    """Each split round's random part and AL part (equal sizes: the fewer of the two labeled, first by rank), each
    added to the labels in hand before the round and fitted from the round's model stream, scored on the test
    labels: one row per split round (:data:`SPLIT_COLUMNS`), kept in the campaign's cache under the digest of
    ``context`` (:func:`_round_cache`) and of what the round's two fits read."""
    train = c.asked[(c.asked["role"] == "train") & c.asked[PART].fillna("").astype(str).ne("")]
    if train.empty:   # no split round: the cache is not opened
        return pd.DataFrame(columns=list(SPLIT_COLUMNS))
    cache = cached_rows(c.folder, "splits", len(SPLIT_COLUMNS))
    labeled = train.merge(c.labels[["id", "label"]], on="id")
    by_round, out = _TrainByRound(c), []
    for round_, picked in labeled.groupby("round", sort=True):
        picked = picked.sort_values("rank", kind="stable")
        random_part = picked[picked[PART] == RANDOM]
        al_part = picked[picked[PART] != RANDOM]
        k = min(len(random_part), len(al_part))
        if k == 0:
            continue
        base = by_round.labels(int(round_) - 1)
        sets = [pd.concat([base, part.head(k)], ignore_index=True) for part in (random_part, al_part)]
        classes = _round_classes(pd.concat(sets, ignore_index=True), test)
        if len(class_order(sets[0]["label"])) < 2 or len(class_order(sets[1]["label"])) < 2:
            continue
        code = {name: i for i, name in enumerate(classes)}
        y_test = np.asarray([code[v] for v in test_labels], dtype=np.int64)
        state = c.settings["model_rng"][int(round_)]

        def scored() -> list:   # the two parts' models fitted and scored on the same test labels
            preds = [_fit(c, data, t, state, classes)[0].predict(X_test) for t in sets]
            hits = [np.asarray(p == y_test, dtype=float) for p in preds]
            se = float(np.std(hits[1] - hits[0], ddof=1) / math.sqrt(len(y_test))) if len(y_test) > 1 else math.nan
            minority = minority_class(y_test, len(classes))
            scores = [list(score_predictions(y_test, p, len(classes), minority)) for p in preds]
            return [[int(round_), str(al_part[PART].iloc[0]), k, len(base), len(y_test), *scores[0], *scores[1], se]]

        head = [int(round_), str(al_part[PART].iloc[0]), k, len(base), len(y_test)]
        out += cache.get(digest(context, "split", int(round_), state, classes,
                                *(frame_digest(t, ["id", "label"]) for t in sets)), scored,
                         lambda rows, head=head: _split_rows_ok(rows, head))
    cache.save()
    return pd.DataFrame.from_records(out, columns=list(SPLIT_COLUMNS))


class _TrainByRound:
    """The training labels of each round's model, from one merge and one stable sort of the labels in hand (a stable
    sort keeps the order of the rows a filter keeps, so filtering after it gives what sorting after the filter
    gives): :meth:`labels` is :func:`planner.campaign.steps._train_labels`, :meth:`digest` its
    ``frame_digest(labels, ["id", "label"])`` from the cells made text once."""

    def __init__(self, c: Campaign):
        train = c.asked[c.asked["role"] == "train"][["id", "round", "rank"]]
        self.every = c.labels.merge(train, on="id", how="inner").sort_values(["round", "rank"], kind="stable")
        self.used = self.every["used_from"].to_numpy(dtype=float, na_value=np.nan)
        self.text = [[str(v) for v in self.every[col].tolist()] for col in ("id", "label")]

    def _rows(self, round_: int | None) -> np.ndarray | None:
        return None if round_ is None else self.used <= round_   # NaN (no round uses it yet) compares False

    def labels(self, round_: int | None) -> pd.DataFrame:
        """The training labels of round ``round_``'s model (None: the labels in hand now), in the order asked."""
        rows = self._rows(round_)
        return (self.every if rows is None else self.every[rows]).reset_index(drop=True)

    def digest(self, round_: int | None) -> bytes:
        """:func:`planner.campaign.cache.frame_digest` of :meth:`labels` ``(round_)``'s ids and labels."""
        rows = self._rows(round_)
        return json.dumps([col if rows is None else [v for v, keep in zip(col, rows) if keep]
                           for col in self.text]).encode()


def _round_rows_ok(rows: list, classes: int, tested: int) -> bool:
    """Whether a round's cached scores read as :func:`measure` computes them: one row of the four scores in [0, 1]
    (``minority_recall`` NaN allowed), the fit's seconds (a number >= 0) and the confusion matrix on the test
    labels (``classes`` square, its counts summing to ``tested``, its diagonal's share the accuracy)."""
    if len(rows) != 1 or len(rows[0]) != 6 or not isinstance(rows[0][5], str):
        return False
    *scores, seconds, confusion = rows[0]
    if not (all(number_ok(v, 0, 1, nan=i == 3) for i, v in enumerate(scores))
            and number_ok(seconds, 0) and not math.isinf(seconds)):
        return False
    matrix = confusion_counts(confusion, classes=classes, tested=tested)
    return (matrix is not None and len(matrix) == classes and sum(map(sum, matrix)) == tested
            and abs(sum(row[i] for i, row in enumerate(matrix)) / tested - scores[0]) <= 1e-9)


def _split_rows_ok(rows: list, head: list) -> bool:
    """Whether a split round's cached row reads as :func:`_split_scores` computes it: its round, strategy and counts
    (``head``) as the files give them, each part's four scores in [0, 1] (``minority_recall`` NaN allowed), the
    paired standard error in [0, 1] or NaN."""
    if len(rows) != 1 or len(rows[0]) != len(SPLIT_COLUMNS) or rows[0][:len(head)] != head:
        return False
    if any(isinstance(v, bool) or type(v) is not type(h) for v, h in zip(rows[0], head)):
        return False
    scores, se = rows[0][len(head):-1], rows[0][-1]
    return (all(number_ok(v, 0, 1, nan=i % 4 == 3) for i, v in enumerate(scores))
            and number_ok(se, 0, 1, nan=True))


def _round_cache(c: Campaign, X_test: np.ndarray, test_labels: np.ndarray) -> tuple:
    """(the campaign's cache of its rounds' scores, the digest of what every round's score reads besides its own
    training labels, classes and model stream: the learner, the pool, the test rows and labels)
    (:mod:`planner.campaign.cache`)."""
    s = c.settings
    context = digest("rounds", {k: s.get(k) for k in ("model", "model_params")},
                     {k: s["pool"].get(k) for k in ("sha256", "id_column", "features", "rows")}, X_test,
                     [str(v) for v in test_labels])
    return cached_rows(c.folder, "rounds", 6), context


def annotation_seconds(train: pd.DataFrame) -> float:
    """The summed annotation seconds of the training labels ``train`` (each label's ``seconds``: the sum over its
    annotations), where every one of them has a time; NaN where any lacks one, or none is in hand."""
    if train.empty or "seconds" not in train.columns:
        return math.nan
    seconds = pd.to_numeric(train["seconds"], errors="coerce")
    return float(seconds.sum()) if seconds.notna().all() else math.nan


def _by_stretch(rows: pd.DataFrame, spans: list[dict]) -> pd.DataFrame:
    """The measured rows as one curve per strategy: each stretch's rows from the one before its first round (round
    0 for the first stretch) to its last, named by its strategy; a curve with fewer than ``MIN_CURVE_COUNTS`` label
    counts is held back (``attrs["held_back"]``: strategy -> label counts) while another curve has enough."""
    if len(spans) == 1:
        return rows
    parts = []
    for i, span in enumerate(spans):
        last = spans[i + 1]["from_round"] - 1 if i + 1 < len(spans) else math.inf
        part = rows[(rows["round"] >= span["from_round"] - 1) & (rows["round"] <= last)]
        parts.append(part.assign(strategy=span["strategy"]))
    curve = pd.concat(parts, ignore_index=True).drop_duplicates(["strategy", "round"]).reset_index(drop=True)
    counts = curve.groupby("strategy", sort=False)["n_labels"].nunique()
    short = counts[counts < MIN_CURVE_COUNTS]
    if len(short) < len(counts) and len(short):
        curve = curve[~curve["strategy"].isin(short.index)].reset_index(drop=True)
        curve.attrs["held_back"] = {str(name): int(k) for name, k in short.items()}
    return curve


def changed_rounds(previous: pd.DataFrame, curve: pd.DataFrame) -> list[dict]:
    """The rounds of ``previous`` (the curve measured before) whose row ``curve`` changes: ``round``, the
    accuracy before and now, and whether its training labels (``n_labels``) changed; the test labels changed
    where they did not."""
    metrics = ["accuracy", "macro_f1", "balanced_accuracy", "minority_recall"]
    if previous is None or previous.empty or not {"round", "n_labels", *metrics} <= set(previous.columns):
        return []
    now = curve.drop_duplicates("round").set_index("round")  # a round opening a stretch is one row twice
    out = []
    for _, old in previous.drop_duplicates("round").iterrows():
        r = int(old["round"])
        if r not in now.index:
            continue
        new = now.loc[r]
        same = int(old["n_labels"]) == int(new["n_labels"]) and all(
            (pd.isna(old[m]) and pd.isna(new[m])) or (not pd.isna(old[m]) and not pd.isna(new[m])
                                                      and abs(float(old[m]) - float(new[m])) <= 1e-9)
            for m in metrics)
        if not same:
            out.append({"round": r, "before": float(old["accuracy"]), "now": float(new["accuracy"]),
                        "training_changed": int(old["n_labels"]) != int(new["n_labels"])})
    return out


def previous_curve(c: Campaign) -> pd.DataFrame | None:
    """The curve the last ``measure`` wrote (:func:`planner.campaign.files.read_rounds`), None when there is none
    or it does not read: ``measure`` writes it again whatever state it is in."""
    try:
        return read_rounds(c, CURVE)
    except ValueError:
        return None


def write_curve(c: Campaign, curve: pd.DataFrame, out: Path | None = None) -> Path:
    """Write ``curve`` to the campaign's curve.csv (and to ``out``, CSV or Parquet, when given), and every round
    measured (``curve.attrs["rounds"]``, :func:`measure`) to its measured.csv, holding the folder's lock."""
    rounds, splits = curve.attrs.get("rounds"), curve.attrs.get("splits")
    curve = curve.copy()
    curve.attrs = {}

    if out is not None:
        own = c.state_files() + [Path(c.settings["pool"]["path"])]
        if any(_same_file(out, f) for f in own if f.name != CURVE):
            raise ValueError(f"--out {out} is one of the campaign's files or its pool: give another path")
    with locked(c.folder):
        if out is not None:
            write_table_atomic(curve, out)
        if rounds is not None:
            write_table_atomic(rounds, c.folder / MEASURED)
        if splits is not None and not splits.empty:
            write_table_atomic(splits, c.folder / SPLIT)
        return write_table_atomic(curve, c.folder / CURVE)


# ------------------------------------------------------------------- status


def timed_labels(c: Campaign):
    """Every timed label of the campaign ``c`` with who picked it (:func:`planner.campaign.premium.label_times`)."""
    spans = stretches(c.settings)
    return label_times(c.asked, c.labels, lambda r: spans[stretch_of(c.settings, r)]["strategy"])


def annotation_time(c: Campaign):
    """(each strategy's time premium, each round's, the test labels' time, the initial set's time) of the campaign
    ``c`` (:mod:`planner.campaign.premium`; the intervals drawn with the campaign's seed)."""
    times = timed_labels(c)
    overall, rounds = campaign_premiums(times, seed=int(c.settings["seed"]))
    return (overall, rounds, TimeFigure.of(times.loc[times["strategy"] == TEST, "seconds"]),
            TimeFigure.of(times.loc[times["strategy"] == INITIAL, "seconds"]))


def status(folder) -> dict:
    """The campaign's facts: round, ids asked and labeled by role, what is still out, classes seen."""
    c = Campaign.load(folder)
    train = c.asked[c.asked["role"] == "train"]
    at = c.settings.get("decide_at")
    if at is not None and (isinstance(at, bool) or not isinstance(at, int) or at < 1):
        raise ValueError(f"{SETTINGS} has decide_at {at!r}, not a whole number of labels: set it with "
                         f"`alplan campaign next {shlex.quote(str(c.folder))} --decide-at N`, or restore the file")
    return {
        "name": c.settings["name"], "round": c.round, "strategy": c.settings["strategy"],
        "model": c.settings["model"], "test_asked": int((c.asked["role"] == "test").sum()),
        "test_out": _test_out(c), "train_asked": len(train),
        "train_labeled": int(train["id"].isin(set(c.labels["id"])).sum()),
        "round_asked": int((train["round"] == c.round).sum()),
        "out_by_round": _out_by_round(c), "classes": _classes(c),
        "measured": (c.folder / CURVE).is_file(),
        "batch_size": int(c.settings["batch_size"]), "stretches": stretches(c.settings),
        "decide_at": c.settings.get("decide_at"),
        "time": annotation_time(c),
    }
