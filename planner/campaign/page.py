"""A campaign's answer on the page: the service's answer (:func:`planner.campaign.service.answer`) at the page's
prices, its words and charts; with a source's labels uploaded, the answer once they are kept, in memory. The page
writes nothing to the campaign.
"""

from __future__ import annotations

from planner.campaign.files import read_question
from planner.campaign.question import Prices, Question
from planner.campaign.service import answer
from planner.campaign.snapshot import in_snapshot
from planner.campaign.sources import PREFIX, preview_source
from planner.campaign.words import source_curve_lines, source_lines
from planner.decide.whatif import cost_by_target
from planner.present.campaign_page import campaign_charts
from planner.present.lead_view import campaign_text, source_after
from planner.present.report import target_grid
from planner.present.source_view import keep_lines

__all__ = ["page_answer", "page_campaign"]


@in_snapshot
def page_answer(folder: str, scenario, target: float, *, confidence: float, metric: str = "accuracy",
                given: frozenset = frozenset(), premium_stated: bool = False, stamp=None, sources=None,
                stop_chance: float | None = None, charts: bool = False) -> tuple:
    """(the answer: a :class:`planner.decide.campaign.answer.CampaignAnswer`, its forecast and sources as their JSON
    (:meth:`~planner.decide.campaign.answer.CampaignAnswer.published`), its words: ``alplan plan DIR
    --explain``'s, the lead before the first blank line) the page shows for the campaign in ``folder`` under the page's
    ``scenario``: the answer ``alplan plan DIR`` gives at the same prices (``given``: the campaign-shaped fields the
    user set, kept; the page's whole-pool score belongs to its own curves, not to the campaign's). Labels in hand
    that no measure has scored are measured in memory: the page writes nothing to the campaign. ``stamp``: what the
    page's cache keys on (:func:`planner.campaign.standing.files_stamp`), unread here. ``sources``: the sources'
    curves and prices in memory in place of its files (:func:`planner.campaign.service.answer`). ``charts``: a third
    item, the campaign's charts (:func:`planner.present.campaign_page.campaign_charts`: the cost from here by target from the
    forecast the answer took, the rounds measured)."""
    scenario = scenario.with_pool(pool_accuracy=None, pool_accuracy_se=None)
    q = read_question(folder)
    asked = q if q is not None and (q.target, q.metric, q.confidence, q.stop_chance) == \
        (target, metric, confidence, stop_chance) else None
    rec = answer(folder, Question(target, metric=metric, confidence=confidence, stop_chance=stop_chance),
                 Prices(scenario=scenario, given=given, premium_stated=premium_stated), sources=sources, asked=asked)
    taken = {} if rec.forecast is None else dict(plan=rec.forecast.plan, scenario=rec.forecast.scenario,
                                                 level=rec.forecast.decision.level)
    said = campaign_text(rec, explain=True, after=source_after(rec))
    kept = rec.published()   # the page's cache keeps it: the forecast as its JSON
    measured = rec.measured.score if rec.measured is not None else None
    return (kept, said, _campaign_charts(rec.facts.rounds, taken, target, metric, measured)) if charts else (kept, said)


def _campaign_charts(rounds, taken: dict, target: float, metric: str, measured: float | None = None) -> dict:
    """:func:`planner.present.campaign_page.campaign_charts` of the rounds measured (the last scoring ``measured``)
    and the forecast ``taken`` (its Plan, sunk scenario and level; empty where the answer took none): the cost from
    here at the targets around ``target`` (:func:`planner.present.report.target_grid`, ``target`` among them)."""
    cost = None
    if taken:
        plan = taken["plan"]
        cost = cost_by_target(plan, taken["scenario"], target_grid(plan.curves, target), level=taken["level"])
    return campaign_charts(rounds, cost, target, metric, measured)


def page_campaign(folder: str, scenario, target: float, *, upload=None, source: str = "", price=None, hourly=None,
                  turnaround_days=None, label_column: str = "label", **ask) -> str:
    """The words the page shows for the campaign in ``folder``: its answer (:func:`page_answer`, ``ask`` its
    keywords); with ``upload`` (a source's labels file: (its name, its bytes)), the answer ``alplan plan DIR`` gives
    once ``alplan campaign add DIR FILE --source NAME`` and ``alplan campaign measure DIR`` have kept them
    (:func:`planner.campaign.sources.preview_source`, in memory: nothing is written to the campaign), the
    source measured as ``campaign status`` and ``campaign measure`` say it, and those two commands."""
    if not upload:
        return page_answer(folder, scenario, target, **ask)[1]

    name, data = upload
    got = preview_source(folder, data, name, source=source, label_column=label_column, price=price, hourly=hourly,
                         turnaround_days=turnaround_days)
    mine = got.added.source
    text = page_answer(folder, scenario, target, sources=(got.curve, got.prices), **ask)[1]
    measured = [*source_lines([m for m in got.measures if m.source == mine]),
                *source_curve_lines(got.curve[got.curve["strategy"] == PREFIX + mine],
                                    {k: n for k, n in got.untrained.items() if k == mine})]
    blocks = (text, "\n".join(measured), "\n".join(keep_lines(folder, name, mine, price, turnaround_days, hourly,
                                                                label_column)))
    return "\n\n".join(block for block in blocks if block)
