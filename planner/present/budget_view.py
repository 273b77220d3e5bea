"""What a budget buys, the reverse question (``alplan budget`` and the page's budget table), read from the frame of
:func:`planner.decide.whatif.accuracy_for_budget`: :func:`budget_text`, :func:`budget_rows`, :func:`budget_heads`."""

from __future__ import annotations

import math

from planner.decide.summaries import DEFAULT_LEVEL
from planner.present.words import (BEYOND_NOTE, accuracy, beyond_limit, count, finite, metric_words, money, plural,
                                   table_note, table_text)

__all__ = ["BUDGET_CAPPED", "BUDGET_TABLE", "budget_heads", "budget_note", "budget_rows", "budget_text",
           "default_budget"]


def default_budget(scenario, fallback: float = 1000.0) -> float:
    """The page's budget until one is typed: half what labeling the whole pool costs at the price paid (two
    significant figures, at least $1), so the table shows what a part of the pool buys; ``fallback`` where the
    scenario has no pool or price."""
    try:
        whole = float(scenario.pool_size) * float(scenario.price_per_label)
    except (TypeError, ValueError):
        return fallback
    if not math.isfinite(whole) or whole <= 0:
        return fallback
    return max(1.0, float(f"{whole / 2:.2g}"))

def budget_rows(frame) -> list[dict]:
    """The reverse question's table (``planner.decide.whatif.accuracy_for_budget``), every cell formatted."""
    return [{k: v for k, v in row.items() if k != "capped"} for row in _budget_cells(frame)]


def budget_note(frame) -> str:
    """The note under the reverse question's table (:func:`table_note`): empty where no cell is capped."""
    return table_note(_budget_cells(frame), BUDGET_CAPPED)


def _budget_cells(frame) -> list[dict]:
    """:func:`budget_rows` with each row's ``capped`` columns (read "more than": :func:`table_note`)."""
    out = []
    for r in frame.to_dict("records"):
        lo, hi = r.get("accuracy_low"), r.get("accuracy_high")
        far = set(r.get("beyond_limit") or ())

        def acc(key: str) -> str:
            return beyond_limit(accuracy(r[key]), compact=True) if key in far and finite(r[key]) else accuracy(r[key])

        span = (acc("accuracy_low") if "accuracy_low" in far else f"{acc('accuracy_low')} to "
                f"{acc('accuracy_high')}") if finite(lo) and finite(hi) else "-"
        capped = ("accuracy",) * ("accuracy" in far and finite(r["accuracy"])) + ("range",) * (
            span != "-" and bool(far & {"accuracy_low", "accuracy_high"}))
        out.append({
            "strategy": r["strategy"], "labels": count(r["labels"]), "total": money(r["total_cost"]),
            "accuracy": acc("accuracy"), "range": span,
            "best": bool(r.get("best")), "note": r.get("note") or "", "capped": capped,
        })
    return out


#: The reverse question's columns that may read a figure carried at the extrapolation limit.
BUDGET_CAPPED = ("accuracy", "range")


#: The page's reverse-question table: its columns, in order (the cells are ``KEY_text``, :func:`budget_rows`).
BUDGET_TABLE = ("strategy", "labels_text", "total_text", "accuracy_text", "range_text", "best", "note")


def budget_text(frame, *, metric: str = "accuracy", dollars=None, labels=None, pool=None,
                level: float = DEFAULT_LEVEL) -> str:
    """``alplan budget``'s answer: what the budget buys per strategy (:func:`planner.decide.whatif.accuracy_for_budget`),
    the page's reverse question in a table."""
    what = (f"{money(dollars)} in all (labels, engineering, compute, delay)" if dollars is not None
            else plural(labels, "label"))
    head = f"What {what} buys" + (f", within the pool of {plural(pool, 'label')}" if pool else "")
    rows = _budget_cells(frame)
    heads = ["strategy", "labels", metric_words(metric), f"{round(100 * level)}% range", "labels $", "total",
             "note"]
    label_cost = list(frame["label_cost"]) if "label_cost" in frame else [math.nan] * len(rows)
    cells = [[r["strategy"] + (" (best)" if r["best"] else ""), r["labels"], r["accuracy"], r["range"],
              money(c) if finite(c) else "-", r["total"] if r["total"] != "n/a" else "-", r["note"]]
             for r, c in zip(rows, label_cost)]
    note = table_note(rows, BUDGET_CAPPED)
    return "\n".join([head] + table_text(heads, cells) + ([f"note: {note}"] if note else []))


def budget_heads(view) -> dict[str, tuple[str, str | None]]:
    """The reverse question's column heads and help (:func:`budget_rows`, ``KEY_text``)."""
    return {"labels_text": ("labels bought", None), "total_text": ("total $", None),
            "accuracy_text": ("accuracy (median)", BEYOND_NOTE),
            "range_text": (view.band, f"accuracy over the forecasts; {BEYOND_NOTE}")}
