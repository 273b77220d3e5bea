"""``alplan plan --in-cost``'s line (and the page's): what each strategy's labels were priced at, read from
:meth:`planner.forecast.in_cost.LabelPremiums.to_dict` (:func:`in_cost_line`)."""

from __future__ import annotations

from planner.present.words import money, percent, plural

__all__ = ["in_cost_line"]


def in_cost_line(priced: dict) -> str:
    """One sentence: random's cost per label (the label price, or its dollars at the price per unit), each AL
    strategy's premium with its range and runs, and what the pricing cannot see.

    >>> in_cost_line({"unit": "annotation_cost", "random_cost_per_label": 3.1, "price_per_unit": None,
    ...               "label_price": None, "level": 0.8, "runs": {"random": 3, "margin": 3},
    ...               "strategies": {"margin": {"cost_per_label": 3.7, "premium": 1.19, "premium_low": 1.1,
    ...                                         "premium_high": 1.3}}})[:96]
    "Priced in annotation cost: random's labels cost 3.1 units of annotation_cost each (3 runs) and a"
    """
    level = percent(priced["level"])
    unit = priced["unit"]
    runs = priced.get("runs", {})
    base = f"random's labels cost {priced['random_cost_per_label']:.3g} units of {unit} each " \
           f"({plural(runs.get('random', 0), 'run')})"
    if priced.get("price_per_unit") is None:
        base += " and are priced at the label price given"
    else:
        base += (f", at ${priced['price_per_unit']:g} a unit {money(priced['label_price'])} a label: the label "
                 "price")
    each = [f"{s}'s picked labels {p['premium']:.2f}x random's ({level} range {p['premium_low']:.2f}-"
            f"{p['premium_high']:.2f}x, {p['cost_per_label']:.3g} units each, {plural(runs.get(s, 0), 'run')})"
            for s, p in priced["strategies"].items()]
    return (f"Priced in annotation cost: {base}; " + "; ".join(each) + ". Each cost per label is measured over "
            "the whole measured curves, not at the forecast's far end; no break-even premium is quoted in cost.")
