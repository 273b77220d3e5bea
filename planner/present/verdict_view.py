"""The verdict as the page, the report and ``alplan plan`` show it: the tiles, the table and the lines under it,
read from a :class:`planner.decide.results.Decision` (:func:`present` -> :class:`VerdictView`; :func:`to_text`: the
CLI's text).

The sentences come from :mod:`planner.present.verdict_sentence`, the number formats from
:mod:`planner.present.words`; the report's list of the scenario's inputs (:func:`scenario_rows`) reads
``Decision.scenario``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.forecast.limits import EXTRAPOLATION_LIMIT

from planner.present.evidence_lines import pilot_page_line, track_line
from planner.present.verdict_sentence import (NO_RANDOM, break_even_line, break_even_text, budget_line, chance_text,
                                              cheapest_in, far_money, no_price_reason, pool_of, price_line, rows_of,
                                              saving_untold, sentence, without_random)
from planner.present.words import (held_labels, in_hand, AT_LEAST, BEYOND_CELL_NOTE, BEYOND_NOTE, Metric, RANDOM, accuracy, approx, beyond_fields,
                                   beyond_limit, count, count_range, curve_note, days, figure, finite, metric_words, money,
                                   percent, plural, table_note, target_text)

__all__ = ["BASIS", "BREAKDOWN", "COLUMNS", "LEANING_TAG", "PAGE_TAGS", "RECOMMENDED_TAG", "TABLE", "VerdictView",
           "basis_text", "breakdown_columns", "present", "scenario_rows", "strategy_cell", "table_columns", "to_text"]

#: The pick's tag beside its name in a table: the answer the sentence and the metric give, in their words
#: (where the verdict cannot tell, random sampling is what to do for now, until the run at N labels).
RECOMMENDED_TAG = "recommended"


LEANING_TAG = "for now, can't tell yet"


#: What each value the "rests on" column can show means (README's "Rests on" bullet explains the same values);
#: ``extrapolated Nx`` stands for every factor. :func:`planner.decide.rows.strategy_row` gives the values.
BASIS = {
    "measured": "the target is reached within the labels already simulated or measured",
    "extrapolated Nx": "the curve extended to N times the largest measured count (the larger N, the less certain)",
    "beyond the extrapolation limit": f"further than {EXTRAPOLATION_LIMIT:g}x the largest measured count, where the "
                                      "measurements cannot tell",
    "whole pool": "reached only by labeling every example of the pool",
    "beyond the pool": "needs more labels than the pool holds",
    "unreachable": "not reached in most forecasts (the reason is listed with the verdict)",
    "transferred": "AL estimated from a random-only pilot and the proxies' label-efficiency ratios",
}


def basis_text(r, pool=None) -> str:
    """What a row's labels rest on: ``measured``, ``extrapolated 3.1x``, ``transferred``, ``whole pool``."""
    return r.basis or "-"


def _money_of(cost, labels, pool) -> str:
    """A dollar figure for buying ``labels``: none (``-``) when the labels exceed the pool."""
    if pool is not None and finite(labels) and float(labels) > pool + 0.5:
        return "-"
    return money(cost)


@dataclass(frozen=True)
class VerdictView:
    """Everything the page, the report and the CLI show of a Decision, worded and formatted once."""

    sentence: str
    metrics: tuple[Metric, ...]
    break_even: str
    price: str
    budget: str | None
    rows: tuple[dict, ...]
    warnings: tuple[str, ...]
    notes: tuple[str, ...]
    reasons: tuple[str, ...]
    rule: str
    band: str
    show_billed: bool = False
    show_delay: bool = True
    columns: dict = field(default_factory=dict)
    track: str | None = None
    pilot: str = ""


#: The verdict table's columns: key -> (header, help). The page, the report and the CLI use these names.
COLUMNS = {
    "strategy": ("strategy", "random = label at random; the others are AL strategies"),
    "labels": ("labels to target", f"median over the forecasts; {BEYOND_NOTE}"),
    "range": ("{band}", "labels to target: 'not reached' = open-ended (the target is not reached in the upper "
                        "part of the forecasts, or within the pool); '(Nx measured)' = an end N times the largest "
                        "measured count; "
                        f"{BEYOND_NOTE}"),
    "basis": ("rests on", "; ".join(f"{k} = {v}" for k, v in BASIS.items())),
    "p_cheapest": ("cheapest in", "share of the forecasts in which this path is the cheapest of all (among those "
                   "in which some path reaches the target; a tie split between the tied paths): the column sums "
                   "to 100%, and the AL rows together are the chance that AL is cheaper"),
    "p_cheaper": ("beats random in (share of forecasts)", "share of the forecasts in which this path alone costs "
                  "less than random (not the verdict's chance that AL is cheaper)"),
    "saving": ("saving", "random's total minus this path's total (both columns at the median labels); "
                         f"{BEYOND_NOTE}; {BEYOND_CELL_NOTE}"),
    "labels_billed": ("labels billed", "labels paid for: every batch is billed at least the vendor's minimum "
                                       "order"),
    "total": ("total", "dollars: labels + engineering + compute + delay, at the median label count; "
                       f"{BEYOND_NOTE}"),
    "days": ("days", f"calendar days to the target: set-up, then one turnaround per batch; {BEYOND_NOTE}"),
    "rounds": ("rounds", "labeling rounds after the initial set (random: one order)"),
    "labels_bought": ("labels bought", "labels to target rounded up to whole batches"),
    "label_cost": ("labels $", "labels billed x price x QA multiplier x votes"),
    "engineering_cost": ("engineering $", "set-up days x day rate (AL only)"),
    "compute_cost": ("compute $", "compute per round x rounds + the final training"),
    "delay_cost": ("delay $", "calendar days x cost of a day's delay"),
    "note": ("note", "why a path is out of reach, or how far its forecast reaches beyond the data"),
}


#: The page's verdict table: what fits a 1,024 px window. What the labels rest on is in the line above it
#: (curves_line) and in the breakdown, with the days.
TABLE = ("strategy", "labels", "range", "p_cheapest", "saving", "total")


BREAKDOWN = ("strategy", "basis", "rounds", "labels_bought", "labels_billed", "label_cost",
             "engineering_cost", "compute_cost", "delay_cost", "total", "days")


def _row(d, r, pool) -> dict:
    """A strategy's cells; ``capped`` names the columns whose cell reads a figure carried at the extrapolation limit
    (compactly, :func:`beyond_limit`: the table says the words once, :func:`table_note`)."""
    active_rnd = RANDOM in rows_of(d)
    far, capped = beyond_fields(r), []

    def cell(column: str, key: str, fmt) -> str:
        text = figure(r, key, fmt, compact=True)
        if text != fmt(getattr(r, key)):
            capped.append(column)
        return text

    saving = "-"
    if r.active and active_rnd and r.reachable:
        saving = (beyond_limit(money(r.savings_vs_random) if finite(r.savings_vs_random) else "-", compact=True)
                  if "savings_vs_random" in far else far_money(d, r.savings_vs_random))
        if "savings_vs_random" in far:
            capped.append("saving")
        if not getattr(r, "saving_told", True):   # one extrapolation against another: the headline's words
            saving = "can't tell"
            capped.remove("saving")
    in_pool = pool is None or not finite(r.labels) or r.labels <= pool + 0.5
    labels = (lambda v: count(v, pool=pool))
    span = count_range(r.labels_low, r.labels_high, pool=pool, n_max=r.n_max, beyond=far, compact=True)
    if span != count_range(r.labels_low, r.labels_high, pool=pool, n_max=r.n_max) and not span.startswith(AT_LEAST):
        capped.append("range")
    recommended = r.strategy == d.recommendation
    row = {
        "strategy": r.strategy,
        "recommended": recommended,
        "tag": (RECOMMENDED_TAG if d.can_tell else LEANING_TAG) if recommended else "",
        "labels": cell("labels", "labels", labels) + (" (in hand)" if in_hand(r, held_labels(d)) else ""),
        "range": span,
        "basis": basis_text(r, pool),
        "p_cheapest": cheapest_in(d)[r.strategy] if finite(r.probability_cheapest) else "-",
        "p_cheaper": percent(r.probability_cheaper_than_random) if r.active and active_rnd else "-",
        "saving": saving,
        "labels_billed": cell("labels_billed", "labels_billed", labels) if finite(r.labels_billed) else "-",
        "total": cell("total", "total_cost", money) if in_pool else _money_of(r.total_cost, r.labels, pool),
        "days": cell("days", "calendar_days", days) if in_pool else "-",
        "rounds": cell("rounds", "rounds", count) if finite(r.rounds) else "-",
        "labels_bought": cell("labels_bought", "labels_bought", labels) if finite(r.labels_bought) else "-",
        "label_cost": cell("label_cost", "label_cost", money) if in_pool else "-",
        "engineering_cost": money(r.engineering_cost),
        "compute_cost": cell("compute_cost", "compute_cost", money) if in_pool else "-",
        "delay_cost": cell("delay_cost", "delay_cost", money) if in_pool else "-",
        "note": "; ".join(x for x in (r.reason, curve_note(r), r.warning) if x),
    }
    return {**row, "capped": tuple(capped)}


def _metrics(d) -> tuple[Metric, ...]:
    from planner.decide.rule import UNDECIDED   # lazy: start-up time (pandas, scipy)

    band = f"{round(100 * d.level)}% range"
    rec = d.recommendation
    shown, lean = rec or "none reaches the target", ""
    at = d.decide_at_labels
    if not d.can_tell:  # the plan under the value: the value stays whole in a 1,024 px window
        shown, lean = "can't tell yet", ("label at random for now" + (f"; decide at ~{approx(at)} labels"
                                                                       if finite(at) else ""))
    elif finite(at):
        lean = f"decide again at ~{approx(at)} labels"
    out = [Metric("Recommended path", shown, lean,
                  help="The path the decision rule (below the table) picks: an AL strategy when the chance that AL "
                       f"is cheaper is at least {percent(UNDECIDED[1])} and its average cost over the forecasts is "
                       "below random's, random sampling otherwise; the AL strategy is margin sampling, "
                       "unless another is the cheapest in clearly more forecasts; none when that path does not "
                       "reach the target in most forecasts. \"Can't tell yet\" where the chance that AL is cheaper "
                       f"is between {percent(UNDECIDED[0])} and {percent(UNDECIDED[1])}: there the pick was the "
                       "cheapest path in a third of alplan's held-out loop tasks or fewer.")]
    rows = rows_of(d)
    if rec not in (None, RANDOM) and RANDOM in rows:
        cap = (f"{band} {far_money(d, d.savings_low)} to {far_money(d, d.savings_high)}"
               if finite(d.savings_low) and finite(d.savings_high) else "")
        untold = saving_untold(d)   # one extrapolation against another: no figure, the reason under it
        out.append(Metric("Savings vs random", "can't tell" if untold else far_money(d, d.savings, "savings"),
                          untold.removeprefix("the saving cannot be told: ") or cap,
                          "Random sampling's total minus the recommended path's, both at the median labels (the "
                          "table's 'saving'); the range is that of the difference over the forecasts."))
    elif rec == RANDOM and d.best_al is not None:
        extra = -d.al_savings
        out.append(Metric(f"{d.best_al} vs random",
                          far_money(d, extra, "al_savings") if not finite(extra)
                          else f"{money(extra)} more" if extra >= 0 else f"{money(-extra)} less",
                          _cheaper_in(d),
                          help="The best AL strategy's total minus random sampling's, both at the median labels; "
                               "random is recommended, so there is no saving to show.", named=True))
    else:
        why = ("The table has no AL strategy: nothing to compare." if not any(r.active for r in d.strategies)
               else "No AL path reaches the target in most forecasts." if rec else
               "No path reaches the target in most forecasts: nothing to compare.")
        if rec is not None and RANDOM not in rows:
            why = "The table has no random-sampling curve to compare with."
        out.append(Metric("Savings vs random", NO_RANDOM if without_random(d) else "n/a", help=why))
    reachable_any = any(r.reachable for r in d.strategies)
    p = NO_RANDOM if without_random(d) else chance_text(d) if reachable_any else "n/a"
    out.append(Metric("P(AL cheaper)", p,
                      help="The chance that the cheapest AL path costs less than random sampling: the share of the "
                           "forecasts in which some path reaches the target in which an AL path is the cheapest, "
                           "ties split; 100% minus random's 'cheapest in'. The pick reads it; 'n/a' when no path "
                           "reaches the target in most forecasts. The sentence and the report quote the same "
                           "number; the track record's hindsight share is of past benchmark tasks, not this."))
    out.append(Metric("Break-even label price", break_even_text(d), caption=no_price_reason(d),
                      help="Per label: at this price and above the verdict picks AL, below it random sampling (the "
                           "same rule on the same forecasts, re-priced); 'any price' when AL is picked at every "
                           "price, 'no price' when at none, 'none' when no AL path reaches the target."))
    return tuple(out)


def present(d) -> VerdictView:
    """The view of a Decision: sentence, metrics, lines, rows, warnings and notes, all formatted."""
    pool = pool_of(d)
    rows = tuple(_row(d, r, pool) for r in d.strategies)
    min_order = int((d.scenario or {}).get("min_order") or 0)
    show_billed = bool(min_order) and any(
        finite(r.labels_billed) and finite(r.labels_bought) and r.labels_billed > r.labels_bought
        for r in d.strategies)
    reasons = tuple(f"{r.strategy}: {curve_note(r)}" for r in d.strategies if curve_note(r)) + tuple(
        f"{r.strategy}: {r.reason}" for r in d.strategies if r.reason)
    band = f"{round(100 * d.level)}% range"
    columns = {k: (h.format(band=band), help_) for k, (h, help_) in COLUMNS.items()}
    return VerdictView(
        sentence=sentence(d), metrics=_metrics(d), break_even=break_even_line(d), price=price_line(d),
        budget=budget_line(d), rows=rows, warnings=tuple(d.warnings), notes=tuple(d.notes), reasons=reasons,
        rule=f"Rule: {d.decision_rule}.", band=band, show_billed=show_billed, columns=columns, track=track_line(d),
        show_delay=bool((d.scenario or {}).get("delay_cost_per_day", 1.0)),
        pilot=pilot_page_line(d),
    )


def table_columns(view: VerdictView) -> tuple[str, ...]:
    """The verdict table's columns (labels billed only where a minimum order bills more than bought)."""
    cols = list(TABLE)
    if view.show_billed:
        cols.insert(cols.index("total"), "labels_billed")
    return tuple(cols)


def breakdown_columns(view: VerdictView) -> tuple[str, ...]:
    """The cost breakdown's columns (:data:`BREAKDOWN`): labels billed only where a minimum order bills more than
    bought, the delay's cost only where a day's delay is priced (so the table fits a 1,280 px window)."""
    return tuple(c for c in BREAKDOWN if (c != "labels_billed" or view.show_billed)
                 and (c != "delay_cost" or view.show_delay))


#: The page's table tags the pick in fewer words than the CLI's (the sentence above it says the rest): its table
#: fits a 1,024 px window.
PAGE_TAGS = {RECOMMENDED_TAG: "pick", LEANING_TAG: "for now"}


def strategy_cell(row: dict, *, page: bool = False) -> str:
    """A table's strategy cell: the name, and the pick's tag (``random (recommended)``, or ``random (for now, can't
    tell yet)`` where the verdict cannot tell; on the page, ``page``: ``random (pick)``, ``random (for now)``)."""
    tag = row.get("tag")
    if tag and page:
        tag = PAGE_TAGS.get(tag, tag)
    return row["strategy"] + (f" ({tag})" if tag else "")


def to_text(d, metrics=None) -> str:
    """The CLI's verdict: a table (columns wide enough for their cells), the sentence, the lines (the pilot's
    after the budget's), the notes. ``metrics``: lines in place of the recommendation's (a campaign's answer led by
    a source's option says that lead there)."""
    view = present(d)
    cols = table_columns(view)
    cols = cols[:3] + ("basis",) + cols[3:] + ("days",)  # no window to fit: what they rest on, and the days
    heads = [view.columns[c][0] for c in cols]
    cells = [[strategy_cell(row) if c == "strategy" else row[c] for c in cols] for row in view.rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(heads)]

    def line(values):
        return "  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(values, widths)))

    pool, measured = pool_of(d), (d.scenario or {}).get("pool_accuracy")
    named = ("" if pool is None else f"; the pool: {plural(pool, 'example')}"
             + (f", {accuracy(measured)} measured with all of it labeled" if finite(measured) else ""))
    lines = [f"Target {metric_words(getattr(d, 'metric', 'accuracy'))} {target_text(d.target)} "
             f"({d.n_draws:,} joint forecasts{named})", line(heads),
             "-" * len(line(heads))]
    lines += [line(r) for r in cells]
    if note := table_note(view.rows, cols):
        lines.append(f"note: {note}")
    lines += ["", view.sentence]
    if metrics is not None:
        lines += list(metrics)
    for m in view.metrics if metrics is None else ():
        lines.append(f"{m.label}: {m.value}" + (f" ({m.caption})" if m.caption else ""))
    lines.append(view.break_even)
    if view.budget:
        lines.append(view.budget)
    if view.pilot:
        lines.append(view.pilot)
    if view.track:
        lines.append(view.track)
    lines.append(view.rule)
    lines += [f"warning: {w}" for w in view.warnings]
    lines += [f"note: {n}" for n in view.notes]
    lines += [f"note: {r}" for r in view.reasons if not any(r.split(": ", 1)[1] in n for n in view.notes)]
    return "\n".join(lines)


#: The scenario's inputs as the report lists them: key -> (label with its unit, format).
_INPUTS = {
    "label_price": ("label price (per label, as quoted)", money),
    "price_per_label": ("price per label paid (QA and votes included)", money),
    "vendor": ("vendor", str),
    "qa_multiplier": ("QA / overhead multiplier", lambda v: f"x{float(v):g}"),
    "votes": ("votes per item", lambda v: f"{int(v)}"),
    "label_error": ("label error rate", percent),
    "n_classes": ("classes in the task", lambda v: count(v)),
    "engineering_days": ("engineering days to set up AL", lambda v: f"{days(v)} days"),
    "engineering_day_rate": ("engineering day rate", lambda v: f"{money(v)} a day"),
    "yearly_salary": ("yearly salary", lambda v: f"{money(v)} a year"),
    "working_weeks": ("working weeks a year", lambda v: f"{days(v)} weeks"),
    "engineering_cost": ("engineering cost (AL only)", money),
    "compute_per_round": ("compute per AL round", money),
    "final_compute": ("compute of the final training", money),
    "turnaround": ("turnaround per batch", lambda v: f"{days(v)} days"),
    "batch_size": ("AL batch size", lambda v: plural(v, "label")),
    "initial_labels": ("AL initial labeled set", lambda v: plural(v, "label")),
    "pool_size": ("unlabeled pool", lambda v: plural(v, "example")),
    "min_order": ("vendor's minimum order", lambda v: plural(v, "label")),
    "delay_cost_per_day": ("cost of a day's delay", lambda v: f"{money(v)} a day"),
    "confidence": ("confidence for the label budget", percent),
}


def scenario_rows(scenario: dict) -> list[tuple[str, str]]:
    """The scenario's inputs (``Decision.scenario``) as (label with unit, value) rows; unset ones left out."""
    rows = []
    for key, (label, fmt) in _INPUTS.items():
        value = scenario.get(key)
        if value is None or (key in ("min_order", "yearly_salary") and not value) \
                or (key == "working_weeks" and not scenario.get("yearly_salary")):
            continue
        rows.append((label, fmt(value)))
    return rows


def _cheaper_in(d) -> str:
    """Under the AL pick's total where it reads less than random's: a difference of the two medians, with the chance
    that AL is cheaper (the P(AL cheaper) shown), so "less" at the median never reads as "reliably cheaper"."""
    p = d.probability_al_cheaper
    return (f"at the median; AL is cheaper in {percent(p)} of the forecasts" if finite(p) and finite(d.al_savings)
            and d.al_savings > 0 else "")
