"""Hybrid labeling in words: the sentence, the table rows and the text of ``alplan hybrid`` and the page's
"Label the whole pool?" section, all read off one :class:`planner.decide.hybrid.HybridPlan` with the number
formats of :mod:`planner.present.words`."""

from __future__ import annotations

import pandas as pd

from planner.decide.hybrid import ALL_HUMAN, BOTH, HybridPath, HybridPlan, PAGE_BAR, RANDOM_SPLIT, plan_hybrid
from planner.forecast.draws import RANDOM
from planner.present.words import accuracy, count, money, percent, table_text

__all__ = ["ENGINEERING", "PAGE_INPUTS", "chart_frames", "cost_words", "hybrid_rows", "hybrid_sentence", "hybrid_text",
           "page_inputs", "page_parts", "read_on"]

#: The page's inputs of the section: key -> (label, help, number_input options with the default value).
PAGE_INPUTS: dict[str, tuple[str, str, dict]] = {
    "label_accuracy": ("Label accuracy of the delivered data set",
                       "The share of the pool's labels that must be right, people's and the model's together; "
                       "a bar the simulation recorded.",
                       dict(min_value=0.5, max_value=0.999, value=PAGE_BAR, step=0.005, format="%.3f")),
    "hybrid_pool": ("Examples to label", "The whole pool: every example gets a label, from people or the model.",
                    dict(min_value=1, max_value=1_000_000_000, value=100_000, step=1_000)),
}


#: Where the verdict and the hybrid answer stand on one page: why they charge the set-up differently.
ENGINEERING = ("Set-up: the verdict above charges the engineering set-up to active learning alone, since labeling "
               "at random needs none; here every split that lets a model label part of the pool pays it, random's "
               "included, since training that model and running it on the pool is the same work whoever chose its "
               "training labels.")


def page_inputs(pool_in_use) -> dict[str, tuple[str, str, dict]]:
    """:data:`PAGE_INPUTS` with the pool to label set to the page's pool in use (the sidebar's "Pool in use";
    100,000 where it has no limit)."""
    label, text, options = PAGE_INPUTS["hybrid_pool"]
    value = options["value"] if pool_in_use is None else int(min(max(int(pool_in_use), 1), options["max_value"]))
    return PAGE_INPUTS | {"hybrid_pool": (label, text + " Set to the pool in use.", options | {"value": value})}


def read_on(p: HybridPath) -> str:
    """What the model's labels of the pool are read on: the simulated remainder, examples drawn at random, or
    both (with the remainder's weight)."""
    if not p.hybrid or p.reads is None:
        return "-"
    if p.reads == BOTH:
        return f"both ({percent(p.remainder_weight)} remainder)"
    return "random split" if p.reads == RANDOM_SPLIT else "simulated remainder"


def _machine_words(p: HybridPath) -> str:
    """The machine labels' accuracy and what it rests on: measured where the training count was simulated,
    extrapolated beyond the largest simulated count (never "measured")."""
    where = {RANDOM_SPLIT: " on examples drawn at random", BOTH: " on the simulated remainder and examples drawn "
             "at random"}.get(p.reads or "", " on the simulated remainder")
    if p.rests_on == "extrapolated":
        return (f"{accuracy(p.machine_accuracy)} accurate, extrapolated beyond the {count(p.largest_measured)} "
                "training labels simulated")
    return f"they measured {accuracy(p.machine_accuracy)}{where} in simulation"


def cost_words(p: HybridPath, h: HybridPlan) -> str:
    """The total and the lines it is the sum of, as printed: people's labels at the price (as billed where a
    minimum order bills more), the set-up and compute of a split, and the delay where it costs anything."""
    people = sum(p.costs.get(k, 0.0) for k in ("training_label_cost", "holdout_cost", "remainder_cost"))
    price = h.label_price
    if price is None or not price > 0:
        lines = [f"{money(people)} for people's {count(p.human_labels)} labels"]
    else:
        billed = round(people / price)
        as_billed = f" billed as {count(billed)}" if billed > p.human_labels else ""
        lines = [f"{money(people)} for people's {count(p.human_labels)} labels{as_billed} at {money(price)}"]
    if p.hybrid:
        lines += [f"{money(p.costs.get('engineering_cost', 0.0))} set-up",
                  f"{money(p.costs.get('compute_cost', 0.0))} compute"]
    if p.costs.get("delay_cost", 0.0) > 0:
        lines.append(f"{money(p.costs['delay_cost'])} delay")
    return f"{money(p.total_cost)} ({' + '.join(lines)})"


def _split(p: HybridPath, h: HybridPlan) -> str:
    """Who labels how many, at what accuracy, for how much."""
    if not p.hybrid:
        return (f"people label all {count(h.pool_size)} examples at {accuracy(h.vendor_accuracy)} for "
                f"{cost_words(p, h)}")
    return (f"people label {count(p.human_labels)} ({count(p.training_labels)} chosen by {p.strategy} to train the "
            f"model, {count(p.holdout_labels)} held out to check it, the rest where the model is unsure) and the "
            f"model labels {count(p.machine_labels)} at a {accuracy(p.machine_bar)} bar "
            f"({_machine_words(p)}), for {cost_words(p, h)}; {round(100 * h.level)}% range "
            f"{money(p.total_cost_low)} to {money(p.total_cost_high)}")


def hybrid_sentence(h: HybridPlan) -> str:
    """The sentence a manager reads: who labels how many, at what accuracy, for how much, against labeling
    everything by hand, and how sure the accuracy promise is."""
    by_hand = f"labeling all {count(h.pool_size)} by hand costs {money(h.all_human_cost)}"
    if not h.all_human_meets:
        by_hand += f" but delivers only {accuracy(h.vendor_accuracy)}, the vendor's accuracy"
    target = accuracy(h.label_accuracy)
    if h.recommendation is None:
        best = max(h.strategies, key=lambda p: p.p_meets)
        return (f"No split delivers {target} label accuracy with {percent(h.sure)} certainty: {by_hand}, and the "
                f"likeliest split ({best.strategy}) delivers it in {percent(best.p_meets)} of the forecasts. "
                "Buy more accurate labels (a better vendor or --votes) or lower --label-accuracy.")
    if h.recommendation == ALL_HUMAN:
        return (f"Label everything by hand: {by_hand} at {accuracy(h.vendor_accuracy)}; no split with a model "
                f"labeling part of the pool costs less while delivering {target}.")
    p = h.row(h.recommendation)
    versus = (f"against {money(h.all_human_cost)} by hand (saves {money(h.savings)})" if h.savings is not None
              else f"where labeling all by hand ({money(h.all_human_cost)}) would deliver only "
                   f"{accuracy(h.vendor_accuracy)}, the vendor's accuracy")
    rnd = h.row(RANDOM)
    against_random = ""
    if rnd is not None and rnd is not p and rnd.meets:
        against_random = (f" Trained on random labels instead, people would label {count(rnd.human_labels)} for "
                          f"{money(rnd.total_cost)}." if rnd.hybrid else "")
    return (f"To deliver {count(h.pool_size)} labels at {target} accuracy or better: {_split(p, h)}, {versus}. "
            f"Expected label accuracy {accuracy(p.expected_label_accuracy)}; {percent(p.p_meets)} of the forecasts "
            f"deliver {target} or better.{against_random}")


def hybrid_rows(h: HybridPlan) -> list[dict]:
    """One row per strategy (and one for labeling by hand), every cell formatted: the page's table and the text."""
    rows = []
    for p in h.strategies:
        rows.append({
            "strategy": p.strategy + ("" if p.hybrid else " (by hand)"),
            "people label": count(p.human_labels), "model labels": count(p.machine_labels),
            "training labels": count(p.training_labels) if p.hybrid else "-",
            "machine bar": accuracy(p.machine_bar) if p.hybrid else "-",
            "read on": read_on(p), "rests on": p.rests_on if p.hybrid and p.rests_on else "-",
            "label accuracy": accuracy(p.expected_label_accuracy), "meets it in": percent(p.p_meets),
            "total": money(p.total_cost),
            f"{round(100 * h.level)}% range": f"{money(p.total_cost_low)} to {money(p.total_cost_high)}",
            "pick": "yes" if p.strategy == h.recommendation else ""})
    rows.append({"strategy": "everything by hand", "people label": count(h.pool_size), "model labels": "0",
                 "training labels": "-", "machine bar": "-", "read on": "-", "rests on": "-",
                 "label accuracy": accuracy(h.vendor_accuracy),
                 "meets it in": "100%" if h.all_human_meets else "0%", "total": money(h.all_human_cost),
                 f"{round(100 * h.level)}% range": money(h.all_human_cost),
                 "pick": "yes" if h.recommendation == ALL_HUMAN else ""})
    return rows


def hybrid_text(h: HybridPlan) -> str:
    """``alplan hybrid``'s answer: the sentence, then the table."""
    rows = hybrid_rows(h)
    heads = list(rows[0])
    lines = [hybrid_sentence(h), ""] + table_text(heads, [[r[k] for k in heads] for r in rows])
    lines += [f"note: {n}" for n in h.notes]
    return "\n".join(lines)


def chart_frames(h: HybridPlan):
    """The chart's two tables: each strategy's cost curve at the bar of its answer (its lowest bar when it is
    labeled by hand), and each answer (``strategy, human_labels, machine_labels, total_cost``)."""
    parts = []
    for p in h.strategies:
        bar = p.machine_bar if p.machine_bar is not None else min(h.bars)
        rows = h.curve[(h.curve["strategy"] == p.strategy) & ((h.curve["machine_bar"] - bar).abs() < 1e-9)]
        parts.append(rows)
    curve = pd.concat(parts, ignore_index=True) if parts else h.curve
    answers = pd.DataFrame([{"strategy": p.strategy, "human_labels": p.human_labels,
                             "machine_labels": p.machine_labels, "total_cost": p.total_cost} for p in h.strategies])
    return curve, answers


def page_parts(curves, scenario, label_accuracy: float, pool_size: int, vendors=None):
    """The page's "Label the whole pool?" section: ``(sentence, table, chart spec)`` from the computation and the
    words of ``alplan hybrid`` (:func:`planner.decide.hybrid.plan_hybrid`, :func:`hybrid_sentence`,
    :func:`hybrid_rows`); the sentence is followed by how the answer reads the machine labels and by
    :data:`ENGINEERING` (the verdict stands on the same page)."""
    from planner.present.whatif_charts import hybrid_cost   # lazy: start-up time (altair)

    if label_accuracy is None or pool_size is None:  # a box left empty
        raise ValueError("give the label accuracy of the delivered data set and the number of examples to label")
    h = plan_hybrid(curves, scenario, float(label_accuracy), int(pool_size), vendors=vendors)
    curve, answers = chart_frames(h)
    said = "\n\n".join([hybrid_sentence(h), h.reading[:1].upper() + h.reading[1:] + ".", ENGINEERING])
    return said, pd.DataFrame(hybrid_rows(h)), hybrid_cost(curve, h.all_human_cost, answers, h.pool_size).to_dict()
