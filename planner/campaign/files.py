"""Every file of a campaign's folder has one reader, which checks it against its written schema
(:mod:`planner.campaign.schema`) and refuses in one line naming the file, the row and the column, and how to
mend it; every command reads the file through it.

=================  ===================================  ===========================================================
file               reader                               mend
=================  ===================================  ===========================================================
campaign.json      ``state.Campaign.load``              fix the key, or restore the file from a backup
asked.csv          ``state.Campaign.load``              fix the cell, or restore the file from a backup
labels.csv         ``state.Campaign.load``              fix the cell, or restore the file from a backup
sources.csv        :func:`read_sources`                 fix the cell, or restore the file from a backup
sources.json       :func:`read_source_settings`         restore it, or give the prices again with ``add --source``
measured.csv       :func:`read_rounds`                  derived: ``alplan campaign measure DIR`` writes it again
curve.csv          :func:`read_rounds`                  derived: ``alplan campaign measure DIR`` writes it again
source_curve.csv   :func:`read_source_curve`            derived: ``alplan campaign measure DIR`` writes it again
split.csv          :func:`read_splits`                  derived: ``alplan campaign measure DIR`` writes it again
question.json      :func:`read_question`                none: a question that does not read is no question asked
answer.json        ``standing.read_answer``             none: derived; one edited since it was written is ignored
=================  ===================================  ===========================================================

``campaign measure`` rebuilds the derived files from the labels whatever state they are in: it never reads them to
write them (the curve it replaces is read only to say which rounds changed, and not at all where it does not read).
A ``question.json`` that does not read is treated as no question asked, and :func:`question_problem` says why.
"""

from __future__ import annotations

import io
import json
import math
import shlex
import stat
from pathlib import Path

import pandas as pd

from planner.campaign.schema import (ROUNDS_SCHEMA, ROUND_WHY, ROWS_WHY, SOURCES_SCHEMA, SOURCE_CURVE_SCHEMA,
                                     SPLIT_SCHEMA, bounded, check_table, first_line, read_text_table, refuse_directory,
                                     row_of)
from planner.campaign.snapshot import held_bytes, once, resolved, snapshot, state_text
from planner.campaign.state import (CURVE, LABELS, MEASURED, QUESTION, SOURCES, SOURCE_CURVE, SOURCE_SETTINGS, SPLIT,
                                    Campaign, _shown)
from planner.campaign.steps import _classes
from planner.decide.campaign.asked import AskedQuestion
from planner.forecast.confusion import read_confusion
from simulations.results.schema import METRIC_COLUMNS, to_safe_csv

__all__ = ["DERIVED", "QUESTION_FIELDS", "check_replaceable", "question_problem", "read_question", "read_rounds",
           "read_source_curve", "read_source_settings", "read_sources", "read_splits", "rebuild_mend"]

#: The files ``campaign measure`` derives from the labels (and writes again whatever state they are in).
DERIVED = (MEASURED, CURVE, SOURCE_CURVE, SPLIT)
#: question.json's fields and their kinds.
QUESTION_FIELDS = {"command": str, "target": float, "metric": str, "confidence": float, "flags": list}
#: A source's price settings in sources.json.
_PRICE_KEYS = ("price_per_label", "price_per_hour", "turnaround_days")
_RESTORE = "fix that cell, or restore the file from a backup"
#: Most bytes a question.json may hold to be read (its flags as given).
_QUESTION_BYTES = 2**20


def _campaign(where) -> Campaign:
    return where if isinstance(where, Campaign) else Campaign.load(where)


def rebuild_mend(folder) -> str:
    """How a derived file is mended: the command that writes it again."""
    return f"`alplan campaign measure {shlex.quote(str(folder))}` rebuilds it"


def check_replaceable(folder, names=DERIVED) -> None:
    """Refuse in one line, before anything is written, where one of the files ``names`` that a command replaces is
    in ``folder`` as something no file can replace (a folder)."""
    for name in names:
        refuse_directory(Path(folder) / name, "then run the command again")


def _test_split(c: Campaign) -> tuple:
    """The most test labels a round is scored on: the test split (the test ids of ``asked.csv``: the start's and
    those ``campaign next --test N`` drew)."""
    return int((c.asked["role"] == "test").sum()), "asked.csv's test ids"


# ------------------------------------------------------------------ the rounds measured


def read_rounds(where, name: str = MEASURED) -> pd.DataFrame | None:
    """Every round measured, as ``campaign measure`` wrote it to ``name`` (``measured.csv``, or ``curve.csv``: the
    same columns) in the campaign ``where`` (a Campaign or its folder); None where the file is absent.

    Checked: ``round`` (a whole number up to campaign.json's round), ``n_labels`` (whole, from 1 to the pool's rows),
    ``test_size`` (optional: whole, from 1 to the test split), ``accuracy``, ``macro_f1``, ``balanced_accuracy`` (scores
    in [0, 1]), ``minority_recall`` (a score, or empty with more than two classes) and ``confusion`` (optional, the
    round's confusion matrix on the test labels: square, its counts the row's ``test_size``, its diagonal's share the
    row's ``accuracy``; empty or absent: not kept); other columns are not read.

    Raises
    ------
    ValueError
        One line naming the file, the row and the column, and the command that writes it again.
    """
    c = _campaign(where)
    path = c.folder / name
    with snapshot(c.folder):   # the bytes keyed on are the bytes parsed
        try:
            data = held_bytes(path) if path.is_file() else None
        except OSError:
            data = None   # read as before, which says why
        if data is not None:
            key = (str(c.folder.resolve()), name, data, c.round, _pool_rows(c)[0], _test_split(c)[0])
            if key not in _ROUNDS_READ:
                try:
                    _ROUNDS_READ[key] = _read_rounds(c, name)
                except ValueError:
                    _ROUNDS_READ.pop(key, None)   # refused: as a read outside a snapshot words it, below
                while len(_ROUNDS_READ) > 4:
                    del _ROUNDS_READ[next(iter(_ROUNDS_READ))]
            if key in _ROUNDS_READ:
                return _ROUNDS_READ[key].copy()
    return _read_rounds(c, name)


#: The rounds tables read in this process (:func:`read_rounds`), by the campaign's folder, the file's name and bytes
#: and what they are checked against (campaign.json's round, the pool's rows, the test split): a command that reads
#: the same file again (``add``'s answer before and after its measure) parses and checks it once; a copy is returned.
_ROUNDS_READ: dict = {}


def _read_rounds(c: Campaign, name: str) -> pd.DataFrame | None:
    """:func:`read_rounds` of the campaign ``c``, read and checked."""
    table = _read_derived(c, name, ROUNDS_SCHEMA, round=(c.round, ROUND_WHY), n_labels=_pool_rows(c),
                          test_size=_test_split(c))
    if table is not None and "confusion" in table.columns:
        _check_confusions(table, name, rebuild_mend(c.folder), classes=_label_classes(c), most=_test_split(c)[0])
    return table


def _label_classes(c: Campaign) -> int:
    """The most classes a round's model can know: those of the labels in hand (at least two)."""
    return max(len(_classes(c)), 2)


def _check_confusions(table: pd.DataFrame, name: str, mend: str, *, classes: int, most: int) -> None:
    """Each round's ``confusion`` (where written) a square matrix of at most ``classes`` classes
    (:func:`planner.forecast.confusion.read_confusion`) whose counts sum to its ``test_size`` (at most ``most``, the
    test split, where the row has none) and whose diagonal's share is its ``accuracy``: one line naming the file, the
    row and the column otherwise."""
    sizes = table["test_size"] if "test_size" in table.columns else pd.Series(pd.NA, index=table.index)
    for at, (cell, acc, tested) in enumerate(zip(table["confusion"], table["accuracy"], sizes)):
        if not str(cell).strip():
            continue
        try:
            rows = read_confusion(cell, classes=classes, tested=None if pd.isna(tested) else int(tested),
                                  most=max(int(most), 1))
        except ValueError as exc:
            why = str(exc)
        else:
            total, hits = int(rows.sum()), int(rows.trace())
            if total == 0:
                why = "counts no test label"
            elif abs(hits / total - float(acc)) > 1e-6:
                why = f"puts the accuracy at {hits / total:.6f}, not the row's {float(acc):.6f}"
            else:
                continue
        raise ValueError(f"{name} row {row_of(at)}, column 'confusion' {why}: {mend}")


def _pool_rows(c: Campaign) -> tuple:
    """The most examples a count may name: the pool's rows (campaign.json's)."""
    return int(c.settings["pool"]["rows"]), ROWS_WHY


def _read_derived(c: Campaign, name: str, schema: tuple, **highs) -> pd.DataFrame | None:
    """The derived file ``name`` of the campaign ``c`` checked against ``schema`` bounded by ``highs``; None where it
    is absent. A refusal names the file and says that ``campaign measure`` rebuilds it."""
    path = c.folder / name
    if not path.exists():
        return None
    mend = rebuild_mend(c.folder)   # names the folder: the file is named by its name
    return check_table(read_text_table(path, mend, Path(name)), Path(name), bounded(schema, **highs), mend)


def read_splits(where) -> pd.DataFrame:
    """Each split round's two parts scored apart, as ``campaign measure`` wrote them to ``split.csv`` in the campaign
    ``where``; empty where the campaign split no round. Checked: rounds up to campaign.json's, counts whole (the
    labels before the round and each part's within the pool, the test labels within the test split), scores in
    [0, 1], the paired standard error in [0, 1].

    Raises
    ------
    ValueError
        One line naming the file, the row and the column, and the command that writes it again.
    """
    c = _campaign(where)
    columns = [col.name for col in SPLIT_SCHEMA]
    table = _read_derived(c, SPLIT, SPLIT_SCHEMA, round=(c.round, ROUND_WHY), labels=_pool_rows(c),
                          n_before=_pool_rows(c), test_size=_test_split(c))
    if table is None:
        return pd.DataFrame(columns=columns)
    twice = table["round"].duplicated(keep=False)
    if twice.any():   # a round counted twice would count as two split rounds
        at = [row_of(i) for i in range(len(table)) if twice.iloc[i]][:2]
        raise ValueError(f"{SPLIT} gives round {int(table['round'][twice].iloc[0])} on rows {at[0]} and {at[1]}: a "
                         f"split round is scored once; {rebuild_mend(c.folder)}")
    return table[columns]


def read_source_curve(where, table: pd.DataFrame | None = None) -> pd.DataFrame | None:
    """The sources' measured curves (``source_curve.csv``) of the campaign ``where``; None where it has none.
    ``table``: the curves in memory in place of the file, read back from the CSV text ``campaign measure`` would
    write (so a number reads as from the file) and checked alike.

    Checked: ``strategy`` (``source:NAME``, ``relabel:NAME`` or ``fill:NAME``), ``round`` and ``n_labels`` (whole),
    the scores in [0, 1] (``label_noise`` and ``disagreement`` too, or empty), ``test_size`` (whole, up to the test
    split) and ``source_labels`` (whole, or empty; given on every ``fill`` row).
    """
    c = _campaign(where)
    path = c.folder / SOURCE_CURVE
    mend = rebuild_mend(c.folder)
    if table is None:
        if not path.exists():
            return None
        raw = read_text_table(path, mend, Path(SOURCE_CURVE))
    else:
        raw = pd.read_csv(io.StringIO(to_safe_csv(table)), dtype=str, keep_default_na=False).fillna("")
    most = _pool_rows(c)
    curve = check_table(raw, Path(SOURCE_CURVE), bounded(SOURCE_CURVE_SCHEMA, round=most, n_labels=most,
                                                         test_size=_test_split(c), source_labels=most), mend)
    fill = curve["strategy"].str.startswith("fill:")
    if "source_labels" in curve.columns:
        short = fill & curve["source_labels"].isna()
    else:
        short = fill
    if short.any():
        at = int(short.to_numpy().argmax())
        raise ValueError(f"{SOURCE_CURVE} row {row_of(at)}: a fill row without its count of source labels (column "
                         f"'source_labels'): {mend}")
    return curve


# ------------------------------------------------------------------ the sources


def read_sources(where) -> pd.DataFrame:
    """The sources' labels of the campaign ``where`` (a Campaign or its folder): ``id, label, source, file,
    round_added, seconds`` (empty when none was added; a table written without ``seconds`` reads with none timed).

    Checked: the columns in that order, every cell (:data:`planner.campaign.schema.SOURCES_SCHEMA`: a source's
    name, ``round_added`` up to campaign.json's round, ``seconds`` a time or empty), each label one of the classes
    of the human labels, and one label per source and id.
    """
    c = _campaign(where)
    path = c.folder / SOURCES
    if not path.exists():
        return pd.DataFrame({"id": pd.Series(dtype=object), "label": pd.Series(dtype=object),
                             "source": pd.Series(dtype=object), "file": pd.Series(dtype=object),
                             "round_added": pd.Series(dtype="Int64"), "seconds": pd.Series(dtype=float)})
    table = read_text_table(path, "restore it from a backup")
    columns = [column.name for column in SOURCES_SCHEMA]
    if list(table.columns) == columns[:5]:
        table["seconds"] = ""
    if list(table.columns) != columns:
        raise ValueError(f"{path} has the columns {_shown(list(table.columns))}, not {', '.join(columns)} as "
                         "alplan writes them: restore it from a backup")
    table = check_table(table, path, bounded(SOURCES_SCHEMA, round_added=(c.round, ROUND_WHY)), _RESTORE)
    human = set(c.labels["label"])
    foreign = ~table["label"].isin(human)
    if foreign.any():
        at = int(foreign.to_numpy().argmax())
        known = ", ".join(repr(k) for k in sorted(human)[:8]) or "none yet"
        raise ValueError(f"{path} row {row_of(at)}, column 'label': source {table['source'].iloc[at]!r} gives "
                         f"{_shown(table['label'].iloc[at])}, none of the classes of the human labels in {LABELS} "
                         f"({known}): {_RESTORE}")
    twice = table.duplicated(["source", "id"], keep=False)
    if twice.any():
        first = table[twice].iloc[0]
        at = [row_of(i) for i in table.index[twice & (table["source"] == first["source"])
                                             & (table["id"] == first["id"])][:2]]
        raise ValueError(f"{path} gives id {_shown(first['id'])} of source {first['source']!r} on rows {at[0]} and "
                         f"{at[1]}: a source keeps one label per id; remove one row, or restore the file from a backup")
    table["round_added"] = table["round_added"].astype("Int64")
    return table


def read_source_settings(folder) -> dict:
    """Each source's price and turnaround, as ``campaign add --source`` wrote them to ``sources.json``:
    ``{name: {"price_per_label", "price_per_hour", "turnaround_days"}}`` (a value None where it was not given; each
    given one a finite number >= 0)."""
    path = Path(folder) / SOURCE_SETTINGS
    mend = ("restore it from a backup, or remove it and give the prices again with `campaign add --source NAME "
            "--source-price P`")
    refuse_directory(path, mend)
    if not path.is_file():
        return {}
    try:
        got = json.loads(state_text(path))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read {path}: {first_line(exc)}; {mend}") from None
    if not isinstance(got, dict) or not isinstance(got.get("sources"), dict):
        raise ValueError(f"{path} holds no object of sources (\"sources\": {{NAME: prices}}): {mend}")
    for name, v in got["sources"].items():
        if not isinstance(v, dict):
            raise ValueError(f"{path}: source {_shown(name)} holds {_shown(v)}, not its prices: {mend}")
        for k in _PRICE_KEYS:
            value = v.get(k)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                      or not math.isfinite(value) or value < 0):
                raise ValueError(f"{path}: source {_shown(name)}'s {k} is {_shown(value)}, not a number >= 0: "
                                 f"{mend}")
    return {name: {k: v.get(k) for k in _PRICE_KEYS} for name, v in got["sources"].items()}


# ------------------------------------------------------------------ the question


def _question(folder) -> tuple:
    """(the question recorded in ``folder``'s question.json, a :class:`planner.decide.campaign.asked.AskedQuestion`, or None;
    why it does not read, or None): parsed once per snapshot (:func:`planner.campaign.snapshot.once`)."""
    return once(("question", str(resolved(folder))), lambda: _parse_question(folder))


def _parse_question(folder) -> tuple:
    path = Path(folder) / QUESTION
    try:
        st = path.stat()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, first_line(exc)
    if not stat.S_ISREG(st.st_mode):   # a FIFO, a device or a folder: never opened (a FIFO would wait for a writer)
        return None, "it is not a regular file"
    if st.st_size > _QUESTION_BYTES:
        return None, f"it holds {st.st_size:,} bytes, more than a question's {_QUESTION_BYTES:,}"
    try:
        q = json.loads(state_text(path))
    except (OSError, ValueError) as exc:
        return None, first_line(exc)
    if not isinstance(q, dict):
        return None, f"it holds a {type(q).__name__}, not the question's fields"
    if "stop_chance" not in q:   # a question asked without a stop chance: the confidence decides
        q["stop_chance"] = None
    if set(q) != set(QUESTION_FIELDS) | {"stop_chance"}:
        return None, f"its fields are not {', '.join(QUESTION_FIELDS)} and stop_chance"
    chance = q["stop_chance"]
    if chance is not None and (isinstance(chance, bool) or not isinstance(chance, (int, float))
                               or not 0.5 <= chance < 1):
        return None, "its stop_chance is neither null nor a number from 0.5 to below 1"
    for key, kind in QUESTION_FIELDS.items():
        value = q[key]
        number = not isinstance(value, bool) and isinstance(value, (int, float))
        if kind is float and not (number and math.isfinite(value) and 0 < value < 1):
            return None, f"its {key} is not a number between 0 and 1"
        if kind is not float and not isinstance(value, kind):
            return None, f"its {key} is not {'text' if kind is str else 'a list'}"
    if q["metric"] not in METRIC_COLUMNS:
        return None, f"its metric is none of {', '.join(METRIC_COLUMNS)}"
    if q["command"] not in ("plan", "replan"):
        return None, "its command is neither plan nor replan"
    if not all(isinstance(f, str) for f in q["flags"]):
        return None, "its flags are not all text"
    return AskedQuestion.from_dict(q), None


def read_question(folder):
    """The question last recorded in ``folder`` (a :class:`planner.decide.campaign.asked.AskedQuestion`: ``command``,
    ``target``, ``metric``, ``confidence``, ``stop_chance``, ``flags``, as ``alplan plan DIR`` wrote them), None
    where none is, or where the file does not read as one: the answer is then
    given as to no question asked (:func:`question_problem` says why)."""
    return _question(folder)[0]


def question_problem(folder) -> str | None:
    """Why ``folder``'s question.json does not read as a question (one clause), None where it reads or is absent."""
    return _question(folder)[1]
