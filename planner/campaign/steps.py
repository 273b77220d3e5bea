"""The steps of a campaign: start, next batch, add labels (measure: :mod:`planner.campaign.measuring`).

A campaign is a simulated run (:mod:`simulations.run.loop`) whose oracle is
people: the same seeds, the same draws and the same pieces pick its batches.

* **start** draws the test split uniformly at random from the pool's rows
  (:func:`simulations.data.datasets.random_split` with the data set's split
  stream for ``seed``) and the initial set uniformly at random from the rest
  (:func:`simulations.run.loop.blind_initial` on the run's first stream), as
  ``alplan simulate --blind-start`` does; labels are unknown, so neither is
  stratified.
* **next** standardizes the features with the statistics of the non-test
  rows, fits the learner on the training labels in hand (in the order they
  were asked) with the model stream's state saved after the previous fit,
  builds the query context with :func:`simulations.run.loop.query_context`
  and asks the strategy (:func:`simulations.strategies.query`) with the
  query stream's saved state. The candidates are the pool's rows never asked
  (ids still out with the labelers are not asked twice). ``next`` may switch
  the strategy or the batch size for this round and the later ones: a new
  stretch (:func:`planner.campaign.state.stretches`); every label is
  kept and the streams go on from their saved states.
* **measure** refits every round's model from its saved state on the labels
  it was trained on and scores it on the test labels in hand
  (:func:`simulations.run.loop.score_predictions`): the curves table, one
  curve per strategy. Round r's row (the model trained on the labels through
  round r) belongs to the stretch that picked round r's batch; round 0's row
  (the random initial set) starts the first stretch's curve, and each later
  stretch's curve starts at the row before its first round (the last point of
  the stretch before it), so every curve is continuous. A strategy used in two
  stretches reads as one curve. The ``batch_size`` column holds the batch size
  in force (the orders still to come, which ``plan`` and ``replan`` price).

So a campaign on a proxy data set whose labels a script supplies gives the
batches and the curve of ``alplan simulate --blind-start`` with the same
learner, strategy, seed and schedule (``tests/planner/campaign``).
"""

from __future__ import annotations

import functools
import json
import shlex
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from planner.campaign.labels import TASK_ID, own_field, read_labels
from planner.campaign.pool import Pool, pool_changed, pool_in_place, read_pool
from planner.campaign.snapshot import once
from planner.campaign.state import (ASKED, ASKED_COLUMNS, BATCHES, FORMAT, LABELS, LOCK, PART, SETTINGS, STARTING,
                                    Campaign, batch_paths, empty_labels, guard_ambiguous, is_campaign, locked,
                                    stretches, write_atomic)
from planner.campaign.words import plural
from planner.decide.campaign.counts import labels_doubled
from simulations import strategies
from simulations.data.datasets import count_test_rows, file_digest, random_split, split_rng, standardize
from simulations.learners.models import is_known, make_learner, skip_fit, unknown_model
from simulations.results.schema import FORMULA_STARTS, to_safe_csv
from simulations.run.config import MAX_LABELS, MAX_MC_SAMPLES, MAX_SEED, missing_capabilities, refusal
from simulations.run.loop import blind_initial, query_context, run_streams
from simulations.strategies.registry import REGISTRY

__all__ = ["start", "next_batch", "add_labels", "Added", "DEFAULT_TEST_SIZE", "MAX_TEST_DEFAULT", "class_order",
           "sunk_columns"]

#: The curve's last column: the test labels each round was scored on (the planner reads its measurement noise).
TEST_SIZE_COLUMN = "test_size"
#: The classes each round's model knew (its training labels' and the test labels'): what the page's class count reads.
N_CLASSES_COLUMN = "n_classes"
#: Each round's confusion matrix on the test labels (``stop_rule.CONFUSION_PATTERN``): what the stop
#: rule draws the true macro-F1 and balanced accuracy from.
CONFUSION_COLUMN = "confusion"
#: What the campaign has paid for when its curve was measured, the same on every row, so that a reader of curve.csv
#: without its folder reads what ``alplan plan`` reads from the folder (:func:`sunk_columns`): the training labels
#: in hand, the AL strategy whose picks paid the set-up (empty: not paid) and the examples a path may label (the pool
#: without its test split). The test labels in hand are ``test_size``; the next order's size is ``batch_size``.
LABELS_IN_HAND_COLUMN, PAID_BY_COLUMN, POOL_SIZE_COLUMN = "labels_in_hand", "setup_paid_by", "pool_size"
#: The test split when ``test_size`` is not given: this share of the pool, at most ``MAX_TEST_DEFAULT`` rows.
DEFAULT_TEST_SIZE = 0.25
MAX_TEST_DEFAULT = 1000
#: The fewest label counts a curve is fitted on (``planner.forecast.io.MIN_LABEL_COUNTS``): a stretch's curve with
#: fewer is held back from the measured table while another curve has enough, so the table stays readable.
MIN_CURVE_COUNTS = 3
RANDOM = "random"


# ------------------------------------------------------------------ helpers


def _transaction(step):
    """Run ``step(folder, ...)`` holding the campaign folder's lock, so it reads the state another command left
    and no command beside it writes in between (a folder that is no campaign: the step's own refusal, no lock)."""

    @functools.wraps(step)
    def locked_step(folder, *args, **kwargs):
        if not is_campaign(folder):
            return step(folder, *args, **kwargs)
        with locked(folder):
            return step(folder, *args, **kwargs)

    return locked_step


def _generator(state: dict) -> np.random.Generator:
    bits = np.random.PCG64()
    bits.state = state
    return np.random.Generator(bits)


def _state(rng: np.random.Generator) -> dict:
    return rng.bit_generator.state


def file_sha256(path: Path) -> str:
    return file_digest(path)


def _same_file(a, b) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve() or Path(a).samefile(b)
    except OSError:
        return False


def class_order(labels) -> list[str]:
    """The classes in the order a simulation numbers them: by value when every label is a whole number, else
    as text (``np.unique`` of the label column)."""
    values = sorted(set(labels))
    try:
        return sorted(values, key=int)
    except ValueError:
        return values


def strategy_name(strategy) -> str:
    """``strategy`` as the registry names it (spaces around it dropped, ``combined:A+B`` written as the registry
    writes it); one line listing the strategies for an unknown name."""
    return strategies.get(strategy).name


def refuse_cost_aware(strategy: str) -> None:
    """One line where ``strategy`` reads each example's annotation cost (``roi``): an unlabeled pool gives none
    before it is labeled, so a campaign neither picks with it nor measures it on its labels in hand."""
    if strategies.get(strategy).needs & strategies.DATA_NEEDS:
        raise ValueError(f"strategy {strategy!r} divides by each example's annotation cost, which an unlabeled pool "
                         "does not give before it is labeled: choose another, such as margin")


def _check_strategy(strategy: str, model: str, model_params: dict) -> None:
    if not is_known(model):
        raise unknown_model(model)
    strategies.get(strategy)  # an unknown name: the registry's line
    parts = strategy.split(":", 1)[1].split("+") if strategy.startswith("combined:") else [strategy]
    for part in parts:
        if REGISTRY[part.strip()].fresh is not None:
            raise ValueError(f"strategy {part.strip()!r} keeps state between rounds, which a campaign run from files "
                             "does not keep: choose another, such as margin or coreset")
    refuse_cost_aware(strategy)
    params = tuple(sorted(model_params.items()))
    missing = missing_capabilities(model, strategy, params)
    if missing:
        raise ValueError(refusal(strategy, model, missing, params))


def _learner(settings: dict, n_features: int, n_classes: int, *, stored: bool = True):
    """The campaign's learner; where its ``settings`` are ``stored`` (campaign.json's), a refusal names the file."""
    try:
        return make_learner(settings["model"], n_features=n_features, n_classes=n_classes, input_shape=(n_features,),
                            **settings["model_params"])
    except (TypeError, ValueError) as exc:
        if not stored:
            raise
        raise ValueError(f"{SETTINGS}'s model and model_params: {str(exc).strip()}: fix them or restore the file "
                         "from a backup") from None


def _decide_at(value, strategy: str, in_hand: int, high: int) -> int | None:
    """--decide-at as given, else the training labels in hand doubled when labeling at random
    (:func:`planner.decide.campaign.counts.labels_doubled`), else none."""
    if value is not None:
        return _whole("--decide-at", value, 1, high)
    return labels_doubled(in_hand) if strategy == RANDOM else None


def _whole(name: str, value, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high:,}, got {value!r}")
    return int(value)


# -------------------------------------------------------------------- start


def start(folder, pool_path, *, id_column: str = "id", features: tuple[str, ...] | None = None,
          model: str = "logreg", model_params: dict | None = None, strategy: str = "margin", seed: int = 0,
          initial: int = 20, batch_size: int = 20, test_size=None, name: str | None = None,
          mc_samples: int = 20, decide_at: int | None = None) -> Campaign:
    """Start a campaign in ``folder`` (absent, or an empty folder used in place: its mode, group and setgid bit
    kept) on the pool at ``pool_path``.

    Writes the campaign's files and ``batches/round-000.csv``: the test ids and the initial ids to label, holding
    the folder's lock; ``campaign.json`` last. A start cut short (``kill -9``) leaves a marker, and the same
    command run again starts over in the folder.
    ``decide_at``: the training labels in hand at which to decide again (``alplan plan DIR``); with the random
    strategy it defaults to twice ``initial``.

    Raises
    ------
    ValueError, OSError
        One line, and nothing is written.
    """
    folder, pool_path = Path(folder), Path(pool_path)
    model_params = dict(model_params or {})
    seed = _whole("--seed", seed, 0, MAX_SEED)
    initial = _whole("--initial", initial, 1, MAX_LABELS)
    batch_size = _whole("--batch-size", batch_size, 1, MAX_LABELS)
    mc_samples = _whole("mc_samples", mc_samples, 1, MAX_MC_SAMPLES)
    strategy = strategy_name(strategy)
    given_at, decide_at = decide_at, _decide_at(decide_at, strategy, initial, MAX_LABELS)
    _check_empty(folder)
    if not folder.exists() and not folder.parent.is_dir():
        raise OSError(f"cannot start a campaign in {folder}: folder {folder.parent} does not exist")
    _check_strategy(strategy, model, model_params)
    pool = read_pool(pool_path, id_column, features)
    _learner({"model": model, "model_params": model_params}, pool.X.shape[1], 2, stored=False)  # a bad parameter
    n = pool.n_rows
    label = name or pool_path.name
    if test_size is None:
        n_test = min(count_test_rows(label, n, DEFAULT_TEST_SIZE), MAX_TEST_DEFAULT)
    else:
        n_test = count_test_rows(label, n, test_size)
    if n_test + initial > n:
        raise ValueError(f"the pool has {n:,} rows: {plural(n_test, 'test id')} and {plural(initial, 'initial id')} "
                         "do not fit; lower --test-size or --initial")
    if decide_at is not None and decide_at > n - n_test:   # campaign.json holds no count the pool cannot reach
        if given_at is not None:
            raise ValueError(f"--decide-at {decide_at:,} is more training labels than the pool can give (its "
                             f"{plural(n - n_test, 'id')} outside the test split): give at most {n - n_test:,}")
        decide_at = n - n_test
    pool_rows, test_rows = random_split(n, n_test, split_rng(seed))
    _, (init_ss, _, model_ss, query_ss) = run_streams(seed)
    first = blind_initial(pool_rows.shape[0], initial, np.random.default_rng(init_ss))
    asked = pd.concat([
        _asked_rows(pool.text_ids(test_rows), 0, "test"),
        _asked_rows(pool.text_ids(pool_rows[first]), 0, "train"),
    ], ignore_index=True)
    settings = {
        "format": FORMAT,
        "name": label,
        "pool": {"path": str(pool_path.resolve()), "sha256": file_sha256(pool_path), "rows": n,
                 "id_column": id_column, "features": list(pool.features)},
        "model": model, "model_params": model_params, "strategy": strategy, "seed": seed,
        "initial": initial, "batch_size": batch_size, "test_size": n_test, "mc_samples": mc_samples,
        "round": 0,
        "model_rng": [_state(np.random.default_rng(model_ss))],
        "query_rng": _state(np.random.default_rng(query_ss)),
        "query_seconds": [0.0],
        **({} if decide_at is None else {"decide_at": decide_at}),
    }
    made = False
    try:
        folder.mkdir()  # the user's umask; the parent's group where it has the setgid bit
        made = True
    except FileExistsError:
        pass
    except OSError as exc:
        raise OSError(f"cannot make the campaign folder {folder}: {exc.strerror or type(exc).__name__}") from None
    wrote = False
    try:
        with locked(folder):
            _check_empty(folder)  # a start beside this one may have taken the folder meanwhile
            wrote = True
            (folder / STARTING).touch()
            (folder / BATCHES).mkdir(exist_ok=True)
            c = Campaign(folder, settings, asked, empty_labels())
            _write_batch(c, 0, pool, asked)
            c.save()  # campaign.json last: the commit point
            (folder / STARTING).unlink()
    except BaseException:
        if wrote and not (folder / SETTINGS).is_file():  # nothing half-written: what this start wrote goes
            _remove_started(folder)
        if made:
            (folder / LOCK).unlink(missing_ok=True)
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    return Campaign.load(folder)


#: What a start cut short may leave in its folder (beside the temporary copies of these files).
_STARTED_NAMES = frozenset({SETTINGS, ASKED, LABELS, BATCHES, LOCK, STARTING})


def _check_empty(folder: Path) -> None:
    """Refuse a ``folder`` that is a file, a campaign, or a folder holding anything but a start cut short."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise ValueError(f"{folder} is a file; give a new or empty folder for a new campaign")
    if (folder / SETTINGS).is_file():
        raise ValueError(f"{folder} is a campaign: continue it with `alplan campaign next "
                         f"{shlex.quote(str(folder))}`; give a new or empty folder for a new campaign")
    names = {p.name for p in folder.iterdir()}
    if (folder / STARTING).is_file():  # a start cut short: its own files (and their temporary copies) only
        foreign = {n for n in names if n not in _STARTED_NAMES and not n.startswith(
            tuple(f".{m}." for m in (SETTINGS, ASKED, LABELS)))}
        batches = folder / BATCHES
        if batches.is_dir():
            foreign |= {f"{BATCHES}/{p.name}" for p in batches.iterdir()
                        if not p.name.startswith(("round-000.", ".round-000."))}
    else:
        foreign = names - {LOCK}
    if foreign:
        raise ValueError(f"{folder} is not an empty folder (it holds {sorted(foreign)[0]!r}): give a new or empty "
                         "folder for a new campaign")


def _remove_started(folder: Path) -> None:
    """Remove what a refused or failed start wrote in ``folder`` (never anything else)."""
    for name in (ASKED, LABELS):
        (folder / name).unlink(missing_ok=True)
    batches = folder / BATCHES
    if batches.is_dir():
        for p in batches.iterdir():
            if p.name.startswith(("round-000.", ".round-000.")):
                p.unlink(missing_ok=True)
        try:
            batches.rmdir()
        except OSError:
            pass
    for p in folder.iterdir():
        if p.name.startswith(tuple(f".{m}." for m in (SETTINGS, ASKED, LABELS))):
            p.unlink(missing_ok=True)
    (folder / STARTING).unlink(missing_ok=True)


def _asked_rows(ids, round_: int, role: str, scores=None) -> pd.DataFrame:
    k = len(ids)
    return pd.DataFrame({"id": np.asarray(ids, dtype=object), "round": np.full(k, round_, dtype=np.int64),
                         "role": [role] * k, "rank": np.arange(1, k + 1, dtype=np.int64),
                         "score": np.full(k, np.nan) if scores is None else np.asarray(scores, dtype=np.float64),
                         PART: [""] * k}, columns=[*ASKED_COLUMNS, PART])


def _write_batch(c: Campaign, round_: int, pool: Pool, rows: pd.DataFrame, paths: tuple | None = None) -> None:
    """The batch's CSV (the pool's id column, role, rank, score; ``alplan_role``... where the id column has
    that name) and its Label Studio import tasks, at ``paths`` (default: round ``round_``'s, :func:`batch_paths`).

    The CSV is for people and spreadsheets: it goes through the formula guard
    (:func:`simulations.results.schema.to_safe_csv`: an id starting with ``= + - @`` is written ``'=...``;
    ``add`` takes such an id back as the one asked). The tasks carry the id under ``alplan_id``, which no Label
    Studio export writes over, and under the pool's id column for the labelers to see. The campaign's own
    columns and fields are renamed ``alplan_NAME`` where the id column has their name
    (:func:`planner.campaign.labels.own_field`), so no id is ever written over.
    """
    id_column = c.settings["pool"]["id_column"]
    name = {k: own_field(k, id_column) for k in ("role", "rank", "score")}
    out = pd.DataFrame({id_column: rows["id"].to_numpy(), name["role"]: rows["role"].to_numpy(),
                        name["rank"]: rows["rank"].to_numpy(), name["score"]: rows["score"].to_numpy()})
    csv_path, tasks_path = paths or batch_paths(c.folder, round_)
    write_atomic(csv_path, lambda tmp: to_safe_csv(out, tmp))
    tasks = [{"data": {TASK_ID: i, id_column: i, name["role"]: r}}
             for i, r in zip(rows["id"].to_numpy(), rows["role"].to_numpy())]

    def write_tasks(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(tasks, fh, indent=1)
            fh.write("\n")

    write_atomic(tasks_path, write_tasks)


# --------------------------------------------------------------- the pool


@dataclass(frozen=True)
class _Data:
    """The pool as the simulator sees a data set: standardized non-test rows (``data_idx``) and test rows."""

    pool: Pool
    pool_rows: np.ndarray   # file row of each data_idx
    X_pool: np.ndarray
    X_test: np.ndarray      # file rows of the test ids, in asked order
    test_ids: np.ndarray


def _load_pool(c: Campaign) -> _Data:
    """The campaign's pool, checked to be the file it started on, standardized as the simulator does."""
    pool = campaign_pool(c)
    test_ids = c.asked.loc[c.asked["role"] == "test", "id"].to_numpy(dtype=object)
    test_rows = pool.rows_of(test_ids)
    is_test = np.zeros(pool.n_rows, dtype=bool)
    is_test[test_rows] = True
    pool_rows = np.flatnonzero(~is_test)
    X_pool = np.ascontiguousarray(pool.X[pool_rows])
    order = np.argsort(test_rows)
    X_test = np.ascontiguousarray(pool.X[test_rows[order]])  # sorted, as the simulator's test split
    standardize(X_pool, X_test)
    return _Data(pool, pool_rows, X_pool, X_test, test_ids[order])


def campaign_pool(c: Campaign, *, with_features: bool = True) -> Pool:
    """The campaign's pool as its campaign.json describes it (path, id column, features, rows and, with the
    features, sha256), read in place (once per snapshot: :func:`planner.campaign.snapshot.once`); one line naming
    the pool and campaign.json where they disagree."""
    key = ("pool", json.dumps(c.settings["pool"], sort_keys=True), with_features)
    return once(key, lambda: _campaign_pool(c, with_features))


def _campaign_pool(c: Campaign, with_features: bool) -> Pool:
    meta = c.settings["pool"]
    path = pool_in_place(meta, digest=False)   # gone: refused; its bytes checked once its columns are read
    try:
        pool = read_pool(path, meta["id_column"], tuple(meta["features"]) if with_features else None,
                         with_features=with_features)
    except ValueError as exc:
        raise ValueError(f"{exc} (the pool as {SETTINGS} describes it)") from None
    if pool.n_rows != meta["rows"] or (with_features and file_sha256(path) != meta["sha256"]):
        raise pool_changed(path)
    return pool


def _data_idx(data: _Data, ids) -> np.ndarray:
    return np.searchsorted(data.pool_rows, data.pool.rows_of(ids))


def _train_labels(c: Campaign, through: int | None) -> pd.DataFrame:
    """The training labels of round ``through``'s model (None: the labels in hand now), in the order asked."""
    train = c.asked[c.asked["role"] == "train"][["id", "round", "rank"]]
    lab = c.labels.merge(train, on="id", how="inner")
    if through is not None:
        lab = lab[lab["used_from"].notna() & (lab["used_from"] <= through)]
    return lab.sort_values(["round", "rank"], kind="stable").reset_index(drop=True)


def _classes(c: Campaign) -> list[str]:
    """The classes of the model fitted now: those of every label in hand (the training labels and the test's)."""
    return class_order(c.labels["label"])


def _round_classes(train: pd.DataFrame, test: pd.DataFrame) -> list[str]:
    """The classes of one round's model: those of its own training labels and of the test labels, so a class
    first labeled in a later round never changes an earlier round's fit or score."""
    return class_order(set(train["label"]) | set(test["label"]))


def _fit(c: Campaign, data: _Data, train: pd.DataFrame, state: dict, classes: list[str]):
    """The learner fitted on ``train`` from the model stream's ``state``: (learner, state after, seconds)."""
    code = {name: i for i, name in enumerate(classes)}
    idx = _data_idx(data, train["id"])
    y = np.asarray([code[v] for v in train["label"]], dtype=np.int64)
    learner = _learner(c.settings, data.X_pool.shape[1], len(classes))
    rng = _generator(state)
    t0 = time.perf_counter()
    learner.fit(data.X_pool[idx], y, rng=rng)
    return learner, _state(rng), time.perf_counter() - t0, idx


def _skipped_fit(c: Campaign, state: dict) -> dict:
    """The model stream's state after a fit from ``state``, without fitting (``models.skip_fit``): what
    :func:`_fit` would return as the state after, so every later round's fit draws as it would have."""
    rng = _generator(state)
    skip_fit(c.settings["model"], rng)
    return _state(rng)


def _check_classes(c: Campaign, train: pd.DataFrame) -> None:
    if train.empty:
        raise ValueError(f"no training labels are in hand yet ({LABELS}): label the ids of round 0 in "
                         f"{batch_paths(c.folder, 0)[0]} and add them with `alplan campaign add`")
    seen = class_order(train["label"])
    if len(seen) < 2:
        raise ValueError(f"the labeled set has one class ({seen[0]!r} on the {plural(len(train), 'training label')} "
                         f"in {LABELS}): a classifier needs two; label more of the pool (start again with a larger "
                         "--initial)")


# --------------------------------------------------------------------- next


@_transaction
def next_batch(folder, *, strategy: str | None = None, batch_size: int | None = None,
               decide_at: int | None = None, split: str | None = None) -> tuple[Campaign, pd.DataFrame]:
    """Fit on the labels in hand (unless the strategy reads no model: random), pick the next batch, write it: (the
    campaign, the batch's asked rows).

    ``strategy`` and ``batch_size``, when they differ from those in force, start a stretch at the round picked
    now (the campaign keeps every label; the random streams go on). ``decide_at``: the training labels in hand at
    which to decide again; a switch to random without it sets twice the training labels in hand, a switch to
    another strategy clears it. ``split``: an AL strategy that picks half of each round of a random stretch from
    now on (:func:`_split_pick`; the split in force goes on where neither ``strategy`` nor ``split`` is given, and
    ends where ``strategy`` is).

    Raises
    ------
    ValueError, OSError
        One line; nothing is written.
    """
    c = Campaign.load(folder)
    round_ = c.round
    s = c.settings
    was = (str(s["strategy"]), int(s["batch_size"]), stretches(s)[-1].get("split", ""))
    if strategy is not None:
        strategy = strategy_name(strategy)
        _check_strategy(strategy, s["model"], s["model_params"])
    if split is not None:
        split = _split_strategy(split, strategy, s)
    now = (RANDOM if split else was[0] if strategy is None else strategy,
           was[1] if batch_size is None else _whole("--batch-size", batch_size, 1, MAX_LABELS),
           split or (was[2] if strategy is None else ""))
    if decide_at is not None:
        decide_at = _whole("--decide-at", decide_at, 1, MAX_LABELS)
        most = int(sunk_columns(c)[POOL_SIZE_COLUMN])
        if decide_at > most:   # an order to a count no labeling can reach would stand for ever
            raise ValueError(f"--decide-at {decide_at:,} is more training labels than the pool can give (its "
                             f"{plural(most, 'id')} outside the test split): give at most {most:,}")
    last = c.asked[(c.asked["round"] == round_) & (c.asked["role"] == "train")]
    if round_ > 0 and not last["id"].isin(c.labels["id"]).any():
        none = (f"the 1 id of round {round_} has no label in {LABELS} yet" if len(last) == 1 else
                f"none of the {plural(len(last), 'id')} of round {round_} has a label in {LABELS} yet")
        raise ValueError(f"{none}: add what came back "
                         f"(`alplan campaign add {shlex.quote(str(c.folder))} FILE`), then ask for the next batch")
    train = _train_labels(c, None)
    _check_classes(c, train)
    data = _load_pool(c)
    classes = _classes(c)
    strategy = strategies.get(now[2] or now[0])
    if strategy.learner_needs:
        learner, after, _, labeled = _fit(c, data, train, c.settings["model_rng"][round_], classes)
    else:   # a pick that reads no model (random): the model stream drawn as a fit would draw it, nothing fitted
        learner, after, labeled = None, _skipped_fit(c, c.settings["model_rng"][round_]), _data_idx(data, train["id"])
    asked = np.zeros(data.pool_rows.shape[0], dtype=bool)
    asked[_data_idx(data, c.asked.loc[c.asked["role"] == "train", "id"])] = True
    cand = np.flatnonzero(~asked)  # pool_pos -> data_idx
    if cand.shape[0] == 0:
        raise ValueError("every id of the pool has been asked: the campaign has nothing left to pick")
    rng = _generator(c.settings["query_rng"])
    t0 = time.perf_counter()
    def context(pick, among):   # ``pick``'s query context among the candidates ``among``
        return query_context(pick, learner, data.X_pool, len(classes), among, labeled, c.settings["mc_samples"], rng)

    k = min(now[1], int(cand.shape[0]))
    if now[2]:
        picked, scores, parts = _split_pick(strategy, cand, k, rng, context)
    else:
        ctx = context(strategy, cand)
        pos = strategies.query(strategy, ctx, k, rng)
        picked, parts = cand[pos], None
        scores = strategy.score(ctx)[pos] if strategy.score is not None else None
    seconds = time.perf_counter() - t0
    ids = data.pool.text_ids(data.pool_rows[picked])
    rows = _asked_rows(ids, round_ + 1, "train", scores)
    if parts is not None:
        rows[PART] = parts
    used = c.labels["id"].isin(set(train["id"])) & c.labels["used_from"].isna()
    c.labels.loc[used, "used_from"] = round_
    c.asked = pd.concat([c.asked, rows], ignore_index=True)
    c.settings["round"] = round_ + 1
    c.settings["model_rng"] = [*c.settings["model_rng"][:round_ + 1], after]
    c.settings["query_rng"] = _state(rng)
    c.settings["query_seconds"] = [*c.settings["query_seconds"][:round_ + 1], seconds]
    if now != was:
        kept = [x for x in stretches(s) if x["from_round"] <= round_]
        s["stretches"] = [*kept, {"from_round": round_ + 1, "strategy": now[0], "batch_size": now[1],
                                  **({"split": now[2]} if now[2] else {})}]
        s["strategy"], s["batch_size"] = now[:2]
    if decide_at is not None or now[0] != was[0]:
        s.pop("decide_at", None)
        at = _decide_at(decide_at, now[0], len(train), MAX_LABELS)
        if at is not None:
            s["decide_at"] = at
    _write_batch(c, round_ + 1, data.pool, rows)
    c.save()
    return c, rows


def _split_strategy(split: str, strategy: str | None, settings: dict) -> str:
    """``--split``'s AL strategy, checked: one the learner serves, not random, and with no other ``--strategy``."""
    split = strategy_name(split)
    if split == RANDOM:
        raise ValueError("--split random: a split measures an AL strategy's labels against random's; name one "
                         "(e.g. --split margin)")
    if strategy not in (None, RANDOM):
        raise ValueError(f"--split {split} with --strategy {strategy}: a split round is half random, half {split}; "
                         "leave --strategy out (or give --strategy random)")
    _check_strategy(split, settings["model"], settings["model_params"])
    return split


def _split_pick(strategy, cand: np.ndarray, k: int, rng: np.random.Generator, context_of) -> tuple:
    """A split round's ``k`` ids: half at random from the candidates ``cand``, the other half by ``strategy`` from the
    rest (``context_of(pick, among)``: a strategy's query context among candidates), interleaved by rank so a batch
    labeled in part holds both parts alike: (data indices, scores, each id's part)."""
    if k < 2:
        raise ValueError("a split round needs 2 ids at least (half random, half by the AL strategy): give "
                         "--batch-size 2 or more, or order without --split")
    k_random, random = k // 2, strategies.get(RANDOM)
    at_random = strategies.query(random, context_of(random, cand), k_random, rng)
    rest = np.delete(cand, at_random)
    rest_ctx = context_of(strategy, rest)
    pos = strategies.query(strategy, rest_ctx, k - k_random, rng)
    al_scores = strategy.score(rest_ctx)[pos] if strategy.score is not None else np.full(len(pos), np.nan)
    order = np.argsort(np.r_[np.arange(k_random) * 2, np.arange(k - k_random) * 2 + 1], kind="stable")
    picked = np.r_[cand[at_random], rest[pos]][order]
    scores = np.r_[np.full(k_random, np.nan), al_scores][order]
    parts = np.asarray([RANDOM] * k_random + [strategy.name] * (k - k_random), dtype=object)[order]
    return picked, scores, parts


# ---------------------------------------------------------------------- add


@dataclass(frozen=True)
class Added:
    """What ``add`` did: new labels, labels already in hand, rows without a label, cancelled annotations, what is
    still out, the new classes that no test label holds (kept with ``allow_new_class``), and how many of the new
    labels came with an annotation time."""

    new: int
    known: int
    blank: int
    out_by_round: dict
    test_out: int
    cancelled: int = 0
    untested_classes: tuple = field(default_factory=tuple)
    timed: int = 0


@_transaction
def add_labels(folder, paths, *, label_column: str = "label", allow_new_class: bool = False,
               time_column: str | None = None) -> tuple[Campaign, Added]:
    """Add the labels in ``paths`` (CSV, Parquet or Label Studio JSON) to the campaign.

    An id labeled twice with two different labels (in the files, or against a
    label in hand) and a label for an id the campaign never asked are refused
    with one line, and nothing is written; the same label twice counts once.
    An id written as the batch CSV shows it, with the formula guard (``'=x``
    for the asked ``=x``, never asked itself), is taken as the id asked
    (:func:`_asked_ids`), whatever file it comes in. A training label of a
    class that none of the test labels holds, once every test label is in
    hand, is refused unless ``allow_new_class`` (the curve cannot measure that
    class).

    A label keeps its annotation time where the file gives one (Label Studio's ``lead_time``, a CSV or
    Parquet column of seconds: ``time_column``, by default ``seconds``): the sum over the annotations of the id
    in that file (every annotation is paid for), with their count and the round the campaign was at. A label
    already in hand keeps the time it came with, and takes one from a later file only where it had none.

    Raises
    ------
    ValueError, OSError
    """
    c = Campaign.load(folder)
    id_column = c.settings["pool"]["id_column"]
    own = c.state_files() + [Path(c.settings["pool"]["path"])]
    parts, blank, cancelled = [], 0, 0
    for path in paths:
        if any(_same_file(path, f) for f in own):
            raise ValueError(f"{path} is one of the campaign's own files or its pool: give the file of labels that "
                             "came back")
        got = read_labels(path, id_column, label_column, time_column=time_column)
        blank += got.blank
        cancelled += got.cancelled
        got.labels["id"] = _asked_ids(got.labels["id"], set(c.asked["id"]), Path(path).name,
                                      exact=Path(path).suffix.lower() == ".json")
        parts.append(_file_times(got).assign(source=Path(path).name))
    new = (pd.concat(parts, ignore_index=True) if parts
           else empty_labels()[["id", "label", "source", "seconds", "annotations"]])
    asked = set(c.asked["id"])
    _refuse_conflicts(new, c.labels)
    unasked = new.loc[~new["id"].isin(asked), "id"].drop_duplicates()
    if len(unasked):
        were = "was" if len(unasked) == 1 else "were"
        raise ValueError(f"{plural(len(unasked), 'labeled id')} {were} never asked by this campaign (first: "
                         f"{unasked.iloc[0]!r}): add only the labels of ids in its batches (a label for another "
                         "example would not be a draw of the pool: the campaign refuses it)")
    _refuse_mixed_kinds(c.labels["label"], new["label"])
    fresh = new.drop_duplicates("id")
    known = fresh["id"].isin(set(c.labels["id"]))
    timed_late = _times_for_known(c, fresh[known])
    fresh = fresh[~known]
    if c.format == 1:
        _refuse_unstorable(c, fresh)
    added = fresh.assign(used_from=pd.array([pd.NA] * len(fresh), dtype="Int64"),
                         round_added=pd.array([c.round] * len(fresh), dtype="Int64"))
    added = added[list(empty_labels().columns)].astype(empty_labels().dtypes.to_dict())
    untested = _untested_classes(c, added, allow_new_class)
    c.labels = pd.concat([c.labels, added], ignore_index=True) if len(added) else c.labels
    if len(added) or timed_late:
        c.save(settings=False, asked=False)
    return c, Added(len(added), int(known.sum()), blank, _out_by_round(c), _test_out(c), cancelled, untested,
                    int(added["seconds"].notna().sum()))


def _file_times(got) -> pd.DataFrame:
    """One file's labels with their times: ``id, label, seconds, annotations``, the rows of an id summed (each
    annotation of a task is paid for), an id's first label kept (a second, different one is refused later)."""
    labels = got.labels.copy()
    seconds = got.seconds if got.seconds is not None else [float("nan")] * len(labels)
    labels["seconds"] = pd.Series(seconds, index=labels.index, dtype=float)
    if labels.empty:
        return labels.assign(annotations=pd.Series(dtype="Int64"))
    if got.seconds is None:
        return labels.assign(annotations=pd.array([pd.NA] * len(labels), dtype="Int64"))
    grouped = labels.groupby("id", sort=False)["seconds"]
    total = grouped.sum(min_count=1)
    count = grouped.count()
    out = labels.copy()
    out["seconds"] = out["id"].map(total).astype(float)
    out["annotations"] = pd.array([int(k) if k else pd.NA for k in out["id"].map(count)], dtype="Int64")
    return out


def _times_for_known(c: Campaign, known: pd.DataFrame) -> bool:
    """Give the labels in hand without a time the time a later file brings for them; whether any was given."""
    if known.empty or known["seconds"].isna().all():
        return False
    timed = known.dropna(subset=["seconds"]).set_index("id")
    take = c.labels["seconds"].isna() & c.labels["id"].isin(timed.index)
    if not take.any():
        return False
    ids = c.labels.loc[take, "id"]
    c.labels.loc[take, "seconds"] = ids.map(timed["seconds"]).astype(float).to_numpy()
    c.labels.loc[take, "annotations"] = pd.array(ids.map(timed["annotations"]).tolist(), dtype="Int64")
    return True


def _asked_ids(ids, asked: set, name: str, *, exact: bool) -> list:
    """Each id of the file ``name`` as the campaign asked it: an id as the batch CSV shows it, through the formula
    guard (``'=x``, ``'@user_0``: :func:`simulations.results.schema.safe_csv_cell`), is the asked id without the
    guard's ``'`` where that id was asked and the text as written was not; any other id is as written.

    Where both were asked (``=x`` and ``'=x``), the batch CSV shows both as ``'=x``: such an id in a CSV or Parquet
    file is refused in one line; in a Label Studio export (``exact``) it is the tasks' own ``alplan_id``, as written.
    """
    out = []
    for value in ids:
        bare = value[1:] if value[:1] == "'" and value[1:].startswith(FORMULA_STARTS) else None
        if bare is None or bare not in asked:
            out.append(value)
        elif value not in asked:
            out.append(bare)
        elif exact:
            out.append(value)
        else:
            raise ValueError(f"{name}: the id {value!r} names two ids this campaign asked, {value!r} and {bare!r} "
                             f"(the batch CSV shows both as {value!r}): give these labels in the Label Studio "
                             "export of the campaign's tasks, whose ids are exact")
    return out


def _refuse_unstorable(c: Campaign, fresh: pd.DataFrame) -> None:
    """A campaign of format 1 reads a cell ``'=x`` back as ``=x``: such a label is refused, not changed."""
    bad = [v for v in fresh["label"] if guard_ambiguous(v)]
    if bad:
        raise ValueError(f"the label {bad[0]!r} would read back without its leading ' from this campaign's files "
                         f"(format 1, from an earlier alplan): drop the ' from such labels, or start a new campaign")


def _untested_classes(c: Campaign, added: pd.DataFrame, allow: bool) -> tuple[str, ...]:
    """The classes of the training labels ``added`` that no test label holds (the test labels in hand and those
    added with them); refused in one line when every test label is in hand, unless ``allow``."""
    test_ids = set(c.asked.loc[c.asked["role"] == "test", "id"])
    in_hand = pd.concat([c.labels[["id", "label"]], added[["id", "label"]]], ignore_index=True)
    test_labels = in_hand[in_hand["id"].isin(test_ids)]
    if test_labels.empty:
        return ()
    tested = set(test_labels["label"])
    train = added[~added["id"].isin(test_ids)]
    held = set(c.labels.loc[~c.labels["id"].isin(test_ids), "label"])
    new = [k for k in class_order(set(train["label"])) if k not in tested and k not in held]
    if not new:
        return ()
    complete = test_labels["id"].nunique() == len(test_ids)
    if complete and not allow:
        n = int((train["label"] == new[0]).sum())
        also = f" (and {plural(len(new) - 1, 'more new class', 'more new classes')})" if len(new) > 1 else ""
        raise ValueError(f"class {new[0]!r} ({plural(n, 'training label')}){also} is held by none of the "
                         f"{plural(len(test_ids), 'test label')}: the measured curve cannot score it, and an earlier "
                         "round's model never saw it; relabel those examples if it is a mistake, or, if the class is "
                         "real, keep it with --allow-new-class and have test examples of it labeled (`alplan campaign "
                         f"next {shlex.quote(str(c.folder))} --test N` draws N more test ids at random)")
    return tuple(new)


def first_clash(both: pd.DataFrame, where: str) -> tuple[str, str, int] | None:
    """The first id of ``both`` (``id``, ``label`` and the column ``where`` that says where each label came from)
    given two different labels: ``(id, "'a' (file) and 'b' (file)", ids given two labels in all)``; None if none."""
    distinct = both.drop_duplicates(["id", "label"])
    clash = distinct[distinct["id"].duplicated(keep=False)]
    if not len(clash):
        return None
    first = clash["id"].iloc[0]
    which = clash[clash["id"] == first]
    told = " and ".join(f"{lab!r} ({src})" for lab, src in zip(which["label"], which[where]))
    return first, told, int(clash["id"].nunique())


def _refuse_conflicts(new: pd.DataFrame, held: pd.DataFrame) -> None:
    both = pd.concat([held[["id", "label"]].assign(source="labels.csv"), new[["id", "label", "source"]]],
                     ignore_index=True)
    if clash := first_clash(both, "source"):
        first, told, n = clash
        raise ValueError(f"id {first!r} has two labels, {told} ({plural(n, 'such id')} in all): keep one label per "
                         f"id (fix the file, or remove the wrong row from {LABELS})")


def _kind(labels) -> str | None:
    values = list(labels)
    if not values:
        return None
    try:
        [int(v) for v in values]
        return "whole numbers"
    except ValueError:
        return "text"


def _refuse_mixed_kinds(held, new) -> None:
    had, got = _kind(held), _kind(new)
    if had and got and had != got:
        example = next((v for v in new if _kind([v]) != had), new.iloc[0])
        raise ValueError(f"the new labels are {got} (such as {example!r}) but the campaign's labels in {LABELS} are "
                         f"{had}: give the classes in the form used so far")


def _out_by_round(c: Campaign) -> dict:
    train = c.asked[c.asked["role"] == "train"]
    out = train[~train["id"].isin(set(c.labels["id"]))]
    return {int(r): int(n) for r, n in out.groupby("round").size().items()}


def _test_out(c: Campaign) -> int:
    test = c.asked[c.asked["role"] == "test"]
    return int((~test["id"].isin(set(c.labels["id"]))).sum())


def sunk_columns(c: Campaign) -> dict:
    """What the campaign ``c`` has paid for, as its curve's columns: the training labels in hand
    (``labels_in_hand``), the first AL strategy that picked a round or half of one (``setup_paid_by``: its set-up is
    paid; empty where none did) and the examples a path may label (``pool_size``: the pool's rows less the test ids)."""
    return {LABELS_IN_HAND_COLUMN: c.labels_in_hand[0], PAID_BY_COLUMN: c.setup_paid_by, POOL_SIZE_COLUMN: c.pool_size}
