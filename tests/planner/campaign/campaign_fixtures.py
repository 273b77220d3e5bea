"""A small pool with known labels, and a script that stands in for the people who label it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from planner.campaign import steps
from planner.campaign.state import batch_paths
from simulations.data.datasets import _load_breast_cancer


def breast_cancer_files(folder: Path, *, n: int | None = None) -> tuple[Path, Path, pd.DataFrame]:
    """(pool.csv without labels, labeled.csv for `simulate --data`, the truth table id -> label)."""
    X, y, _ = _load_breast_cancer()
    if n is not None:
        X, y = X[:n], y[:n]
    features = pd.DataFrame(X, columns=[f"f{i}" for i in range(X.shape[1])])
    ids = [f"ex{i:04d}" for i in range(len(y))]
    pool = folder / "pool.csv"
    features.assign(label=y).to_csv(folder / "labeled.csv", index=False)
    features.insert(0, "id", ids)
    features.to_csv(pool, index=False)
    return pool, folder / "labeled.csv", pd.DataFrame({"id": ids, "label": y})


def label_batch(camp: Path, round_: int, truth: pd.DataFrame, out: Path, *, keep=None) -> Path:
    """The labels of round ``round_``'s batch as a person would return them (``keep``: a share of them)."""
    batch = pd.read_csv(batch_paths(camp, round_)[0], dtype={"id": str})
    if keep is not None:
        batch = batch.iloc[:keep]
    batch.merge(truth.astype({"id": str}), on="id")[["id", "label"]].to_csv(out, index=False)
    return out


def run_campaign(camp: Path, truth: pd.DataFrame, rounds: int, work: Path) -> None:
    """Label round 0, then ``rounds`` times: pick the next batch and label it all."""
    for r in range(rounds + 1):
        steps.add_labels(camp, [label_batch(camp, r, truth, work / f"labels-{r}.csv")])
        if r < rounds:
            steps.next_batch(camp)


def played_campaign(work: Path, *, n: int, strategy: str, initial: int, batch_size: int, test_size: int,
                    rounds: int = 2, seed: int = 2) -> tuple[Path, pd.DataFrame]:
    """(``work/camp``, the truth): a campaign started on the first ``n`` rows of breast cancer and played ``rounds``
    rounds, every id labeled (:func:`run_campaign`)."""
    pool, _, truth = breast_cancer_files(work, n=n)
    camp = work / "camp"
    steps.start(camp, pool, strategy=strategy, initial=initial, batch_size=batch_size, test_size=test_size, seed=seed)
    run_campaign(camp, truth, rounds, work)
    return camp, truth


def label_studio_export(tasks: list[dict], labels: dict, *, cancelled=()) -> list[dict]:
    """Label Studio's JSON export of imported ``tasks``: one annotation per task with a label in ``labels``."""
    out = []
    for n, task in enumerate(tasks, start=1):
        key = task["data"]["alplan_id"]
        anns = []
        if key in labels:
            anns.append({"id": n, "was_cancelled": key in cancelled, "result": [
                {"from_name": "class", "to_name": "text", "type": "choices", "value": {"choices": [str(labels[key])]}}]})
        out.append({"id": 1000 + n, "data": task["data"], "annotations": anns})
    return out


def label_studio_min(tasks: list[dict], labels: dict, *, control: str = "label") -> list[dict]:
    """Label Studio's JSON-MIN export of imported ``tasks`` (``convert_to_json_min``): per annotated task its data,
    ``id`` set to the task id, the choice under the control's name, then the annotation's fields over the data's."""
    out = []
    for n, task in enumerate(tasks, start=1):
        key = task["data"]["alplan_id"]
        if key not in labels:
            continue
        record = dict(task["data"])
        record["id"] = 1000 + n
        record[control] = str(labels[key])
        record.update({"annotator": 1, "annotation_id": n, "created_at": "2026-11-20T10:15:00.000000Z",
                       "updated_at": "2026-11-20T10:15:00.000000Z", "lead_time": 3.5})
        out.append(record)
    return out


def files_of(folder: Path) -> dict:
    """Every file under ``folder`` with its bytes, its cache left out (not state): what a refused command must leave
    as it was."""
    from planner.campaign.cache import CACHE

    return {p.relative_to(folder): p.read_bytes() for p in sorted(Path(folder).rglob("*"))
            if p.is_file() and CACHE not in p.relative_to(folder).parts}


def excel_csv(path: Path, rows: list[list[str]]) -> Path:
    """``rows`` (the header first) written as Excel saves "CSV UTF-8": a byte-order mark, CRLF line ends, and a
    field quoted only where it holds a comma, a double quote or a line break (its quotes doubled)."""
    import csv
    import io

    buf = io.StringIO(newline="")
    csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return path


def shown_cells(path: Path) -> list[list[str]]:
    """The cells of a CSV as a spreadsheet shows them (the text between the delimiters, unquoted), header first."""
    import csv

    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def labeled_campaign(work: Path, *, initial: int = 10) -> tuple[Path, pd.DataFrame]:
    """A campaign on 200 rows of breast cancer whose round 0 (40 test ids, ``initial`` training ids) is labeled by
    people, and the pool's truth (text ids and labels)."""
    pool, _, truth = breast_cancer_files(work, n=200)
    camp = work / "camp"
    steps.start(camp, pool, initial=initial, batch_size=10, test_size=40)
    steps.add_labels(camp, [label_batch(camp, 0, truth, work / "round0.csv")])
    return camp, truth.astype({"id": str, "label": str})


def sourced_campaign(work: Path, source: str, rounds: int = 3) -> Path:
    """A random campaign on 200 rows of breast cancer (40 test ids, 30 + 5 ``rounds`` training labels) with the
    source ``source`` labeling the whole pool, 5% of its labels wrong, at $0.01 a label; not measured."""
    import numpy as np

    from planner.campaign import sources

    pool, _, truth = breast_cancer_files(work, n=200)
    camp = work / "a camp"
    steps.start(camp, pool, strategy="random", initial=30, batch_size=5, test_size=40, seed=2)
    run_campaign(camp, truth, rounds, work)
    flip = np.random.default_rng(3).random(len(truth)) < 0.05
    truth.assign(label=np.where(flip, 1 - truth["label"].astype(int), truth["label"].astype(int))).to_csv(
        work / "llm.csv", index=False)
    sources.add_source(camp, [work / "llm.csv"], source=source, price=0.01)
    return camp


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def label_studio_campaign(camp: Path, export: str = "ls_export.json") -> tuple[Path, list[str]]:
    """A campaign started on ``fixtures/ls_pool.csv`` whose round-0 tasks are those of the Label Studio export
    ``export`` (checked: the fixtures are this campaign's tasks), and the tasks' ids in order."""
    import json

    steps.start(camp, FIXTURES / "ls_pool.csv", initial=8, test_size=8, batch_size=4)
    tasks = json.loads(batch_paths(camp, 0)[1].read_text(encoding="utf-8"))
    exported = json.loads((FIXTURES / export).read_text(encoding="utf-8"))
    assert [t["data"] for t in tasks] == [t["data"] for t in exported]
    return camp, [t["data"]["alplan_id"] for t in tasks]
