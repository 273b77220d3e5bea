"""A campaign's answer as the page shows it (:func:`campaign_page`): the sentence at the top of the page, the tiles
(the measured score with its range, the act, the order and what reaching the target costs from here, the chance the
target is met), the paths as a table, the one command, the answer's lead as ``alplan plan DIR`` prints it, and its
details (``--explain``'s: the forecast's lines, the rule once, the sources' lines) for an expander.

Everything is read from the typed answer (:class:`planner.decide.campaign.answer.CampaignAnswer`) and the
words ``alplan plan DIR`` prints for it (:func:`planner.campaign.page.page_answer`); nothing is decided here. A measured
hit is called met only where the record's chance that the true score meets the target is at least one half.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.decide.campaign.acts import Act, Reason
from planner.decide.campaign.answer import CampaignAnswer
from planner.decide.campaign.stop_rule import MeasuredPoint
from planner.present.next_step_view import act_line, score_text
from planner.present.page_blocks import Boxed, Chart, Table, Tabs, Tiles, Words, captions
from planner.decide.summaries import DEFAULT_LEVEL
from planner.present.words import Metric, count, count_range, finite, metric_words, money, percent, plural, \
    target_text

__all__ = ["CHART_TITLES", "NO_CHART", "NO_COST_LINE", "CampaignPage", "TABLE_HEADS", "WHY_TITLE", "campaign_blocks",
           "campaign_charts", "campaign_page", "no_chart_line"]

#: The campaign's charts, in the page's order: the trade-off first, the measured curve after it.
CHART_TITLES = ("Cost from here vs target", "Measured learning curve")
#: What a campaign's chart tab says where its chart is not drawn.
NO_CHART = {CHART_TITLES[0]: "No forecast was taken: the measured rounds settle the answer, so there is no cost "
                             "from here to draw.",
            CHART_TITLES[1]: "No round is measured yet."}
#: What the cost tab says where a forecast was taken but no path reaches any target around the one asked.
NO_COST_LINE = ("No path reaches any target around this one in most forecasts, so there is no cost from here to "
                "draw: the answer above says what to do.")

#: The box behind the campaign's answer that holds its details and the rule (``--explain``'s lines, less the table).
WHY_TITLE = "Why: the forecast, its ranges, the rule and the notes (`--explain`)"
#: The campaign table's columns: key -> header.
TABLE_HEADS = {"strategy": "strategy", "labels_total": "labels to target (in all)",
               "labels_from_here": "more labels from here", "range": "range (in all)",
               "dollars_from_here": "cost from here", "p_cheapest": "cheapest in"}


@dataclass(frozen=True)
class CampaignPage:
    """What the page shows of a campaign's answer."""

    sentence: str
    tiles: tuple[Metric, ...]
    table: tuple[dict, ...]
    command: str | None
    rule: str | None
    lines: tuple[str, ...]
    details: tuple[str, ...] = ()


def _met_words(m: MeasuredPoint) -> str:
    """The measured score against the target, in words that call it met only at a chance of one half or more."""
    what = metric_words(m.metric)
    score, target = score_text(m.score, m.target), target_text(m.target)
    chance = f"the chance the true {what} meets it is {percent(m.p_met)}"
    if m.met and m.p_met >= 0.5:
        return f"it measured {score} {what} against the {target} target ({chance})"
    if m.met:
        return f"its measured {score} {what} is not a sure hit of the {target} target: {chance}"
    return f"it measured {score} {what}, below the {target} target ({chance})"


def _sentence(rec: CampaignAnswer) -> str:
    m = rec.measured
    head = "Your campaign: "
    if rec.met_stop and m is not None:
        if m.p_met >= 0.5:
            return f"{head}stop; {_met_words(m)}. Buy no more labels."
        return f"{head}the answer is stop, but {_met_words(m)}."
    act = act_line(rec)
    first = act.split(". ")[0].rstrip(".") + "."
    path = rec.path
    cost = ""
    if path is not None and path.reachable and finite(path.dollars_from_here):
        cost = (f" The target costs {money(path.dollars_from_here)} from here "
                f"({plural(path.labels_from_here, 'more label')}).")
    return f"{head}{first[0].lower()}{first[1:]}{cost}"


def _tiles(rec: CampaignAnswer) -> tuple[Metric, ...]:
    m = rec.measured
    out = []
    if m is not None:
        level = percent(DEFAULT_LEVEL)   # the level measured_point quotes the range at
        out.append(Metric(f"Measured {metric_words(m.metric)}", score_text(m.score, m.target),
                          f"{level} range {score_text(m.low, m.target)} to {score_text(m.high, m.target)}; "
                          f"at {plural(m.labels, 'training label')}, {plural(m.test_size, 'test label')}",
                          help="The last measured round on the campaign's own test labels; the range is the score's "
                               f"{level} interval given those test labels."))
    how = {Act.CONTINUE: f"with {rec.strategy}", Act.SWITCH: f"to {rec.strategy}",
           Act.SPLIT: f"half random, half {rec.strategy}", Act.TEST: f"{rec.order:,} test labels"}.get(rec.act, "")
    why = {Reason.VERDICT: "the forecast's pick", Reason.MEASURED: "what the split rounds measured",
           Reason.FEW: "too few labels for a forecast yet", Reason.STANDING: "the order in force",
           Reason.UNREACHED: "the target reached in under half the forecasts",
           Reason.UNSURE: "test labels settle it for less", Reason.OUT_OF_REACH: "the pool cannot reach it",
           Reason.TEST_OUT: "test ids to label", Reason.REFUSED: "the learner cannot run the pick",
           Reason.MET: "the target is met", Reason.POOL: "the pool is used up", Reason.BUDGET: "the budget is spent",
           Reason.MEASURING: "AL and random not told apart yet"}.get(rec.reason, "")
    out.append(Metric("The act", rec.act.value, "; ".join(x for x in (how, why) if x), help=act_line(rec), named=True))
    path = rec.path
    to_target = ""
    if path is not None:
        to_target = (f"the target from here: {money(path.dollars_from_here)} for "
                     f"{plural(path.labels_from_here, 'more label')}" if path.reachable
                     and finite(path.dollars_from_here) else "the target is not reached from here in most "
                                                                    "forecasts")
    test = rec.act == Act.TEST
    order = plural(rec.order, "test label" if test else "label") if rec.order else "none"
    rounds = f"{plural(rec.order_rounds, 'round')} of {count(int(rec.facts.batch_size))}" \
        if rec.order and not test else ""
    out.append(Metric("The order", order, "; ".join(x for x in (rounds, to_target) if x),
                      help="Labels to order now, in whole rounds of the campaign's batch; the cost is the forecast's "
                           f"total from the {count(int(rec.facts.train_labels))} training labels in hand to the "
                           "target."))
    if m is not None:
        out.append(Metric("Chance the target is met", percent(m.p_met),
                          f"P(true {metric_words(m.metric)} >= {target_text(m.target)}); stop asks "
                          f"{percent(m.confidence)}",
                          help="From the measured rounds and the test labels: the chance the true score is at or "
                               "above the target."))
    return tuple(out)


def _table(rec: CampaignAnswer) -> tuple[dict, ...]:
    rows = []
    for p in rec.paths:
        more = "more than " if p.more_than else ""
        rows.append({"strategy": p.strategy + (" (the answer)" if p.strategy == rec.strategy else ""),
                     "labels_total": more + count(p.labels_total) if finite(p.labels_total) else "not reached",
                     "labels_from_here": more + count(p.labels_from_here) if finite(p.labels_from_here) else "-",
                     "range": count_range(p.labels_low, float("inf") if p.labels_high is None else p.labels_high),
                     "dollars_from_here": more + money(p.dollars_from_here) if finite(p.dollars_from_here) else "-",
                     "p_cheapest": percent(p.p_cheapest) if finite(p.p_cheapest) else "-"})
    return tuple(rows)


def campaign_charts(rounds, cost, target: float, metric: str = "accuracy", measured: float | None = None) -> dict:
    """The campaign's charts (title -> Vega-Lite spec, :data:`CHART_TITLES`' order): the cost from the labels in
    hand to each target per strategy (``cost``: :func:`planner.decide.whatif.cost_by_target` under the campaign's
    sunk scenario, the forecast the answer took; None where the answer took none; left out where no target has a
    cost to draw, :func:`no_chart_line` saying why) and the rounds it measured (``rounds``: ``strategy, n_labels``
    and ``metric`` per round) with the target. At targets the ``measured`` score already meets, the cost's band
    over the forecasts is not drawn: the measurement, not a forecast, answers there."""
    from planner.present import charts   # lazy: start-up time (altair)

    out = {}
    if charts.drawable_cost(cost):
        cost = cost.copy()
        if finite(measured) and {"total_cost_low", "total_cost_high"} <= set(cost.columns):
            met = cost["target"] <= measured + 1e-12
            cost.loc[met, ["total_cost_low", "total_cost_high"]] = float("nan")
        out[CHART_TITLES[0]] = charts.cost_vs_target(cost, what="cost from here").to_dict()
    if rounds is not None and len(rounds) and metric in rounds:
        curve = rounds.rename(columns={metric: "accuracy"})[["strategy", "n_labels", "accuracy"]]
        out[CHART_TITLES[1]] = charts.learning_curves(curve, target=target,
                                                      metric=f"test {metric_words(metric)}").to_dict()
    return out


def no_chart_line(title: str, rec: CampaignAnswer) -> str:
    """The one line a campaign's chart tab shows in place of a chart :func:`campaign_charts` left out: no forecast
    taken, no target with a cost to draw, no round measured."""
    if title == CHART_TITLES[0] and rec.forecast is not None:
        return NO_COST_LINE
    return NO_CHART[title]


def _ascii_table(lines: list[str]) -> list[str]:
    """``lines`` without the CLI's fixed-width verdict table (its title, heads, rule, rows and note; the page draws
    :func:`_table`)."""
    out, skip = [], False
    for i, line in enumerate(lines):
        if not skip and line.startswith("Target ") and i + 2 < len(lines) and set(lines[i + 2]) == {"-"}:
            skip = True
            continue
        if skip:
            if not line.strip():
                skip = False
            continue
        out.append(line)
    return out


def campaign_page(rec: CampaignAnswer, text: str) -> CampaignPage:
    """The page's view of a campaign's answer: ``rec`` the answer, ``text`` the words ``alplan plan DIR --explain``
    prints: its lead (the text before the first blank line) as ``lines``, the rest as ``details``, less the table
    the page draws and the rule, said once."""
    lead, _, rest = text.partition("\n\n")
    said = _ascii_table(rest.splitlines())
    rule = next((line for line in said if line.startswith("Rule: ")), None)
    details, seen = [], set(lead.splitlines())
    for line in said:  # in the CLI's order (the forecast's lines, then the sources'), each said once
        if line == rule or line in seen or not line.strip():
            continue
        seen.add(line)
        details.append(line)
    return CampaignPage(_sentence(rec), _tiles(rec), _table(rec), rec.command, rule,
                        tuple(line for line in lead.splitlines() if line.strip()), tuple(details))


def campaign_blocks(rec: CampaignAnswer, text: str, specs: dict) -> tuple[list, list, list]:
    """The page's blocks (:mod:`planner.present.page_blocks`) for a campaign's answer, from :func:`campaign_page`:
    (at the top of the page: its sentence, its tiles in one row, its charts in tabs (``specs`` by title, the
    trade-off first; the line :func:`no_chart_line` in place of one not drawn), its paths' table and its command;
    in the campaign's section: its lead as ``alplan plan DIR`` prints it; behind "Why": the details and the rule)."""
    shown = campaign_page(rec, text)
    tabs = tuple((title, [Chart(specs[title], f"campaign_chart_{title}")] if title in specs
                  else [Words(no_chart_line(title, rec), user=False)]) for title in CHART_TITLES)
    top = [Boxed(shown.sentence, "campaign_sentence"), Tiles(shown.tiles, max(len(shown.tiles), 1)), Tabs(tabs)]
    if shown.table:
        top.append(Table(shown.table, "campaign_table", {k: (head, None) for k, head in TABLE_HEADS.items()}))
    if shown.command:
        top.append(Words(shown.command, "code", user=False))
    why = [Words("\n".join(shown.details), "text", user=False), *captions([shown.rule])]
    return top, [Words("\n".join(shown.lines), "text", user=False)], why
