"""The page's vendors side by side (``app.py``, under the "Vendors" chart): one row per vendor read from
:func:`planner.decide.whatif.cost_by_vendor`'s frame (:func:`vendor_rows`, headed by :data:`VENDOR_HEADS`), in eight
short columns that fit a 1,280 px window, and a line per vendor whose minimum order sets what is billed
(:func:`vendor_notes`), so a bill larger than the labels needed, or than the pool, says why.
"""

from __future__ import annotations

import pandas as pd

from planner.present.words import RANDOM, count, days, finite, minimum_billed, money, percent

__all__ = ["VENDOR_HEADS", "vendor_notes", "vendor_rows"]

#: The vendors' side-by-side table: column -> (header, help).
VENDOR_HEADS = {
    "vendor": ("vendor", "The vendor table's name."),
    "random": ("random $", "Cost to target labeling at random with this vendor: labels, engineering, compute, delay."),
    "al": ("AL $", "Cost to target with the AL strategy beside it, with this vendor."),
    "al_strategy": ("AL", "The verdict's AL pick, else the cheapest AL strategy with this vendor."),
    "days": ("days", "Calendar days to the target: at random / with AL (set-up, then one turnaround per batch)."),
    "error": ("label error", "The vendor's share of wrong labels, after voting."),
    "billed": ("billed", "Labels billed: at random / with AL; every order is billed at least the vendor's minimum "
                         "order, AL's in whole batches (the lines under the table say where a minimum sets the bill)."),
    "price": ("price", "Price per label, and the vendor's minimum order: the fewest labels an order is billed for."),
}


def _paths(rows: pd.DataFrame) -> tuple[dict | None, dict | None]:
    """A vendor's random row and its AL row (the verdict's AL pick, else the cheapest AL path), as dicts."""
    rnd = rows[rows["strategy"] == RANDOM]
    al = rows[rows["strategy"] != RANDOM]
    pick = al[al["recommended"]] if bool(al["recommended"].any()) else al.sort_values("total_cost").head(1)
    return (rnd.iloc[0].to_dict() if len(rnd) else None), (pick.iloc[0].to_dict() if len(pick) else None)


def _pair(r: dict | None, a: dict | None, key: str, fmt) -> str:
    """``random / AL`` of one column: ``5 / 85``; ``-`` for a path that is absent or never gets there."""
    return " / ".join(fmt(p[key]) if p is not None and finite(p[key]) else "-" for p in (r, a))


def vendor_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Every vendor on one row: random's cost, the AL path's cost and name, the days and labels billed of both, the
    label error, the price and the minimum order, each cell as the table words it; columns: :data:`VENDOR_HEADS`."""
    out = []
    for name, rows in frame.groupby("vendor", sort=False):
        r, a = _paths(rows)
        first, order = rows.iloc[0], int(rows.iloc[0]["min_order"])
        out.append({"vendor": str(name),
                    "random": money(r["total_cost"]) if r is not None and finite(r["total_cost"]) else "not reached",
                    "al": money(a["total_cost"]) if a is not None and finite(a["total_cost"]) else "not reached",
                    "al_strategy": str(a["strategy"]) if a is not None else "-",
                    "days": _pair(r, a, "calendar_days", days),
                    "error": percent(first["label_error"]),
                    "billed": _pair(r, a, "labels_billed", count),
                    "price": money(first["price_per_label"]) + (f", min. {count(order)}" if order else "")})
    return pd.DataFrame(out, columns=list(VENDOR_HEADS))


def vendor_notes(frame: pd.DataFrame, pool=None) -> list[str]:
    """One line per vendor whose minimum order bills a path more labels than it buys: ``managed-service: at random
    billed as the vendor's 1,000-label minimum order; with AL (margin) billed as 20,000 labels: 20 orders at the
    vendor's 1,000-label minimum, more than the 1,348 in the pool: ...``."""
    out = []
    for name, rows in frame.groupby("vendor", sort=False):
        order, (r, a) = int(rows.iloc[0]["min_order"]), _paths(rows)
        paths = (("at random", r), (f"with AL ({a['strategy']})" if a is not None else "", a))
        said = [f"{how} {billed}" for how, p in paths if p is not None
                and (billed := minimum_billed(p["labels_billed"], p["labels_bought"], order, pool))]
        if said:
            out.append(f"{name}: " + "; ".join(said) + ".")
    return out
