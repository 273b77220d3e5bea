"""``alplan campaign export DIR --source NAME --labels N --out FILE``: the training set a source's measured curve
was trained on at ``N`` labels, as a file of ``id,label``.

``campaign measure`` trains the campaign's learner on a source's labels of the non-test ids it covers, in one order
drawn from the campaign's seed and the source's name, at a few counts (:func:`planner.campaign.sources.
source_curves`). :func:`export_training_set` writes the first ``N`` of them in that order, with the label the learner
was trained on: the source's (``kind`` ``source``), or, for its labels re-labeled where the learner cross-fitted on
them disagrees (``kind`` ``relabel``, the ids people labeled too), the human label where it disagrees and the
source's where it agrees. ``N`` must be a count the last measure trained that curve at, on the labels in hand now;
no test id is ever written, and a file of the campaign is never written over.
"""

from __future__ import annotations

import shlex
from pathlib import Path

__all__ = ["KINDS", "export_training_set"]

#: The curves a training set is exported from: ``source:NAME`` and ``relabel:NAME``.
KINDS = ("source", "relabel")


def _refuse_out(c, out: Path) -> None:
    """Refuse an ``out`` that is not a new or plain CSV file outside the campaign's own files and its pool."""
    from planner.campaign import state  # lazy: start-up time

    if out.suffix.lower() != ".csv":
        raise ValueError(f"--out must end in .csv (a file of id,label), got {out.name!r}")
    if out.is_dir():
        raise ValueError(f"--out {out} is a folder: give a file name ending in .csv")
    if not out.parent.is_dir():
        raise OSError(f"cannot write {out}: folder {out.parent} does not exist")
    where, folder = out.resolve(), c.folder.resolve()
    if where in {p.resolve() for p in c.state_files()} or folder / state.BATCHES in where.parents:
        raise ValueError(f"--out {out} is a file of the campaign in {c.folder}: write the training set elsewhere")
    if where == Path(c.settings["pool"]["path"]).resolve():
        raise ValueError(f"--out {out} is the campaign's pool, which alplan reads and never changes: write the "
                         "training set elsewhere")


def _counts(c, strategy: str) -> list[int]:
    """The counts the last measure trained ``strategy`` at (``source_curve.csv``, read by
    :func:`planner.campaign.files.read_source_curve`)."""
    from planner.campaign.files import read_source_curve  # lazy: start-up time
    from planner.campaign.state import SOURCE_CURVE  # lazy: start-up time

    curve = read_source_curve(c)
    if curve is None:
        raise ValueError(f"{c.folder / SOURCE_CURVE} is absent: no sources' curve is measured; run `alplan campaign "
                         f"measure {shlex.quote(str(c.folder))}` first")
    return sorted(int(n) for n in curve.loc[curve["strategy"] == strategy, "n_labels"])


def export_training_set(folder, source: str, labels: int, out, kind: str = "source") -> tuple[Path, int]:
    """Write to ``out`` (CSV: ``id,label``, atomically) the training set the last ``campaign measure`` trained
    ``kind`` (``source`` or ``relabel``) of ``source`` on at ``labels`` labels; return (the path, its rows).

    Raises
    ------
    ValueError, OSError
        One line: an unknown source or kind, a count not measured or beyond the source's coverage, sources' labels
        or human labels changed since the measure, an ``out`` that is a campaign's file or its pool.
    """
    from planner.campaign import sources  # lazy: start-up time
    from planner.campaign.state import LABELS, SOURCE_CURVE, SOURCES, Campaign, write_atomic  # lazy: start-up time
    from planner.campaign.steps import _classes, _load_pool  # lazy: start-up time

    c = Campaign.load(folder)
    if kind not in KINDS:
        raise ValueError(f"--kind must be one of {', '.join(KINDS)}, got {kind!r}")
    name = sources.check_name(source)
    table = sources.read_sources(c)
    known = sorted(set(table["source"]))
    if name not in known:
        held = f"its sources are {', '.join(known)}" if known else "it has none (add one with `campaign add --source`)"
        raise ValueError(f"source {name!r} is not a source of the campaign in {c.folder} (its {SOURCES}): {held}")
    if isinstance(labels, bool) or int(labels) != labels or labels < 1:
        raise ValueError(f"--labels must be a whole number of labels >= 1, got {labels!r}")
    out = Path(out)
    _refuse_out(c, out)
    strategy = (sources.PREFIX if kind == "source" else sources.RELABEL) + name
    measured = _counts(c, strategy)
    if not measured:
        raise ValueError(f"{SOURCE_CURVE} holds no measured count of {strategy}: run `alplan campaign measure "
                         f"{shlex.quote(str(c.folder))}`")
    data = _load_pool(c)
    sources.check_pool_ids(c, table, data.pool)
    test_ids = set(c.asked.loc[c.asked["role"] == "test", "id"])
    human = c.labels[~c.labels["id"].isin(test_ids)][["id", "label"]].drop_duplicates("id")
    own, both = sources._in_order(c, table, name, test_ids, human.rename(columns={"label": "human"}))
    covered = len(own) if kind == "source" else len(both)
    if max(measured) != covered:
        raise ValueError(f"{SOURCE_CURVE} measured {strategy} to {max(measured):,} ids, and it trains on {covered:,} "
                         f"in {SOURCES} and {LABELS} now: the labels in hand changed since the last measure, or a file "
                         f"was cut short; run `alplan campaign measure {shlex.quote(str(c.folder))}` first")
    if labels > covered:
        raise ValueError(f"--labels {labels:,} is beyond the {covered:,} non-test ids {strategy} trains on: the "
                         f"counts measured are {', '.join(f'{n:,}' for n in measured)}")
    if labels not in measured:
        raise ValueError(f"--labels {labels:,} is not a count {strategy} was measured at: give one of "
                         f"{', '.join(f'{n:,}' for n in measured)}")
    part = (own if kind == "source" else both).iloc[:labels].reset_index(drop=True)
    rows = part[["id", "label"]]
    if kind == "relabel":
        trainer = sources._Trainer(c, data, None, None, _classes(c))
        wrong = trainer.disagree(strategy, rows)
        rows = rows.assign(label=sources.relabeled(rows["label"].to_numpy(dtype=object),
                                                   part["human"].to_numpy(dtype=object), wrong))
    if rows["id"].isin(test_ids).any() or len(rows) != labels:   # never: the order holds non-test ids only
        raise ValueError("the training set holds a test id: restore the campaign from a backup")
    rows = rows.astype({"id": str, "label": str})
    write_atomic(out, lambda tmp: rows.to_csv(tmp, index=False, lineterminator="\n"))
    return out, len(rows)
