"""``alplan plan --in-cost``'s line (and the page's): what each strategy's labels were priced at, read from
:meth:`planner.forecast.in_cost.LabelPremiums.to_dict` (:func:`priced_facts`, :func:`priced_line`); and where a
label price paid by the hour came from (:func:`hourly_price_line`)."""

from __future__ import annotations

from planner.decide.costs import hourly_price
from planner.forecast.in_cost import PREMIUM_BOUNDS
from planner.present.words import count, money, percent, plural

__all__ = ["hourly_price_line", "priced_facts", "priced_line"]


def priced_facts(priced, decision=None, *, at=None) -> dict:
    """The facts of ``priced`` (a :class:`planner.forecast.in_cost.LabelPremiums`): each AL strategy's premium at
    the labels its path in ``decision`` buys, or at ``at`` (strategy -> labels: what a budget buys); neither: over
    its whole measured curve."""
    if decision is not None:
        at = {r.strategy: r.labels for r in decision.strategies}
    return priced.to_dict(at=at)


def priced_line(priced: dict, counted: str = "its path needs") -> str:
    """One sentence: random's cost per label (the label price, or its dollars at the price per unit), each AL
    strategy's premium at the labels its path buys (``counted``: what the count is, e.g. "the budget buys") with its
    range and runs, and over its whole measured curve.

    >>> priced_line({"unit": "annotation_cost", "random_cost_per_label": 3.1, "price_per_unit": None,
    ...               "label_price": None, "level": 0.8, "runs": {"random": 3, "roi": 3},
    ...               "strategies": {"roi": {"cost_per_label": 3.4, "at_labels": 70, "premium": 0.53,
    ...                                      "premium_low": 0.5, "premium_high": 0.55, "whole_curve_premium": 1.11,
    ...                                      "measured_to": 400}}})
    "Priced in annotation cost: random's labels cost 3.1 units of annotation_cost each (3 runs) and are priced at \
the label price given; roi's picked labels up to the 70 its path needs cost 0.53x random's (80% range 0.50-0.55x, \
3 runs; 1.11x over its whole measured curve, to 400 labels). Past its measurements a path's labels are priced at \
the whole curve's cost per label: the cost at the forecast's far end is not seen."
    """
    level = percent(priced["level"])
    runs = priced.get("runs", {})
    base = (f"random's labels cost {priced['random_cost_per_label']:.3g} units of {priced['unit']} each "
            f"({plural(runs.get('random', 0), 'run')})")
    if priced.get("price_per_unit") is None:
        base += " and are priced at the label price given"
    else:
        base += (f", at ${priced['price_per_unit']:g} a unit {money(priced['label_price'])} a label: the label "
                 "price")
    each = []
    for s, p in priced["strategies"].items():
        upto = "" if p.get("at_labels") is None else f" up to the {count(p['at_labels'])} {counted}"
        each.append(f"{s}'s picked labels{upto} cost {p['premium']:.2f}x random's ({level} range "
                    f"{p['premium_low']:.2f}-{p['premium_high']:.2f}x, {plural(runs.get(s, 0), 'run')}; "
                    f"{p['whole_curve_premium']:.2f}x over its whole measured curve, to "
                    f"{plural(p['measured_to'], 'label')})" + _floor(p))
    return (f"Priced in annotation cost: {base}; " + "; ".join(each) + ". Past its measurements a path's labels are "
            "priced at the whole curve's cost per label: the cost at the forecast's far end is not seen.")


def _floor(p: dict) -> str:
    """Where a strategy's premium sits at the least a premium may be (its picks cost nothing): that it is priced
    there, after a comma; empty elsewhere."""
    floor = PREMIUM_BOUNDS[0]
    if min(p["premium_low"], p["whole_curve_premium"]) > floor * (1 + 1e-9):
        return ""
    return f", its picks priced at {floor:g}x at least (the least a premium may be: what costs nothing is priced so)"


def hourly_price_line(price_per_hour: float, seconds_per_label: float) -> str:
    """Where the label price came from when annotators are paid by the hour (``--price-per-hour`` with
    ``--seconds-per-label``): the product, stated with the price it gives.

    >>> hourly_price_line(45, 10)
    'The label price is --price-per-hour $45 x --seconds-per-label 10 / 3,600 seconds an hour = $0.125 a label.'
    """
    price = hourly_price(price_per_hour, seconds_per_label)
    return (f"The label price is --price-per-hour ${price_per_hour:,g} x --seconds-per-label {seconds_per_label:,g} / "
            f"3,600 seconds an hour = ${price:,.4g} a label.")
