"""A campaign's one answer, read one way: the campaign's facts (its files), then the evidence (the measured rounds,
the strategies' runs on the labels in hand where the act is open, the sources' curves), then the decision
(:func:`planner.decide.campaign.next_step.next_step` and the sources' pick), then its record
(:class:`planner.decide.campaign.answer.CampaignAnswer`). :func:`answer` is the service the command line (``alplan
plan DIR``, ``replan DIR``), the page (:mod:`planner.campaign.page`) and the benchmarks call: it takes the forecast
where the measurements leave the act open and, asked to, keeps it (``answer.json``, and the order it gives the
strategy in force in ``campaign.json``); ``campaign status``, ``measure`` and ``add`` show it
(:func:`standing_answer`) until labels are added or the question changes, and otherwise say the answer the files
give without a forecast: the kept answer is never read to decide.
"""

from __future__ import annotations

import dataclasses

from planner.campaign.snapshot import in_snapshot
from planner.campaign.words import question_line

__all__ = ["answer", "campaign_facts", "measure_added", "standing_answer"]


def campaign_facts(folder):
    """The :class:`planner.decide.campaign.facts.CampaignFacts` of the campaign in ``folder``, its sources whose labels
    changed since their curves were measured among them."""
    from planner.decide.campaign.facts import CampaignFacts  # lazy: start-up time
    from planner.campaign.sources import unmeasured_sources  # lazy: start-up time
    from planner.campaign.standing import standing  # lazy: start-up time

    return CampaignFacts(**standing(folder), sources_unmeasured=unmeasured_sources(folder))


def _record(facts, question, ns, *, aside=(), pick=None, previous=None, stamp=""):
    """The whole :class:`planner.decide.campaign.answer.CampaignAnswer` of the decision ``ns``: its command and lead
    written from its values (:func:`planner.decide.campaign.answer.answer_record`)."""
    from planner.decide.campaign.answer import answer_record  # lazy: start-up time

    return answer_record(ns, question, aside=aside, pick=pick, previous=previous, stamp=stamp)


@in_snapshot
def standing_answer(folder):
    """The campaign's answer as ``campaign status``, ``measure`` and ``add`` say it (a
    :class:`planner.decide.campaign.answer.CampaignAnswer`): the answer ``alplan plan DIR`` last gave (read back through
    :meth:`~planner.decide.campaign.answer.CampaignAnswer.from_dict`) where nothing moved since (no label added, no
    order placed, the same question); otherwise the answer its files give without a forecast (the order in force the
    campaign's settings record), and what changed since the kept answer. A question that no longer reads is treated
    as no question asked, and the answer says so."""
    from planner.decide.campaign.answer import for_folder  # lazy: start-up time
    from planner.decide.campaign.next_step import next_step  # lazy: start-up time
    from planner.campaign.standing import answer_stamp  # lazy: start-up time

    facts = campaign_facts(folder)
    q, note = _question(folder)
    stamp = answer_stamp(folder, q)
    stored = _kept(folder)
    if stored is not None and stored.stamp == stamp and q is not None:
        return for_folder(stored, folder)
    was = stored if _same_question(stored, q) else None
    ns = next_step(facts) if q is None else next_step(facts, q.target, confidence=q.confidence, metric=q.metric,
                                                      stop_chance=q.stop_chance)
    out = _record(facts, q, ns, previous=was, stamp=stamp)
    return dataclasses.replace(out, question_note=note) if note else out


def _kept(folder):
    """The answer kept in ``folder`` (:func:`planner.campaign.standing.read_answer`), read back through
    :meth:`planner.decide.campaign.answer.CampaignAnswer.from_dict` where it has this layout
    (:data:`planner.decide.campaign.answer.SCHEMA_VERSION`); None otherwise: a kept answer of another layout is
    taken again, never repeated."""
    from planner.decide.campaign.answer import CampaignAnswer, for_folder  # lazy: start-up time
    from planner.campaign.standing import read_answer  # lazy: start-up time

    stored = read_answer(folder)
    if stored is None:
        return None
    try:
        kept = CampaignAnswer.from_dict(stored)
        for_folder(kept, folder)   # its commands written again: its fields are this layout's
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return kept


def _same_question(stored, question) -> bool:
    """Whether the kept answer ``stored`` (a :class:`planner.decide.campaign.answer.CampaignAnswer`, or None)
    answered ``question`` (a :class:`planner.decide.campaign.asked.AskedQuestion`, or None): its target, metric, confidence,
    stop chance and flags; ``plan`` and ``replan`` ask the same."""
    return stored is not None and question is not None and question.same_as(stored.question)


def _question(folder) -> tuple:
    """(the question last asked, or None; the line that says why it is treated as none, where its file no longer
    reads)."""
    from planner.campaign.files import question_problem, read_question  # lazy: start-up time

    q = read_question(folder)
    why = question_problem(folder) if q is None else None
    return (None, question_line(folder, why)) if why else (q, None)


def _measured_here(folder: str, facts):
    """Where no measure has scored the labels in hand (or a source's labels changed since its curve was measured):
    the campaign measured now, in memory (as ``campaign measure`` does: its curve, and its sources' curves where it
    has sources, else None), and ``facts`` with its rounds; (None, facts) where they are measured already. The
    answer writes the measure only once it is given (a refused command writes nothing)."""
    fresh = facts.measured_now and not facts.sources_unmeasured
    if not (facts.test_labels and facts.train_labels) or fresh:
        return None, facts
    from planner.campaign import measuring, sources  # lazy: start-up time
    from planner.campaign.standing import named_rounds  # lazy: start-up time

    c, curve = measuring.measure(folder)
    held = sources.read_sources(folder)
    side = None if held.empty else sources.source_curves(c, held)[0]
    return (c, curve, side), dataclasses.replace(facts, rounds=named_rounds(c, curve.attrs["rounds"]),
                                                 sources_unmeasured=())


def _fresh_sources(measured):
    """The sources' curves measured now (:func:`_measured_here`) and their prices; None where nothing was measured
    now."""
    if measured is None or measured[2] is None:
        return None
    from planner.campaign.sources import source_prices  # lazy: start-up time

    return measured[2], source_prices(measured[0].folder)


def _write_measure(measured) -> str:
    """Write the measure taken by :func:`_measured_here` (the caller holds the folder's lock); the line that says
    so."""
    from planner.campaign import measuring, sources  # lazy: start-up time

    c, curve, side = measured
    path = measuring.write_curve(c, curve)
    also = "" if side is None else f" and {sources.write_source_curve(c, side)}"
    last = curve.attrs["rounds"].sort_values("round").iloc[-1]
    return (f"measured the labels in hand first (as `alplan campaign measure`): round {int(last['round'])}, "
            f"{int(last['n_labels']):,} training labels, accuracy {float(last['accuracy']):.3f}; wrote {path}{also}")


def measure_added(folder) -> str | None:
    """After ``campaign add``: the labels in hand that no measure has scored, measured and kept as ``alplan campaign
    measure`` keeps them (the folder's lock held), so that ``add`` ends with the answer they lead to rather than with
    the measure; the line that says so. None where they are measured already, or where the measure does not run
    (``campaign measure`` then says why, and the answer names it)."""
    from planner.campaign.state import locked  # lazy: start-up time

    try:
        with locked(folder):
            measured, _ = _measured_here(str(folder), campaign_facts(folder))
            return None if measured is None else _write_measure(measured)
    except ValueError:
        return None


#: :func:`answer`'s record names the question it was asked, stamped with the files it was taken on.
_ASKED = object()


@in_snapshot
def answer(folder, question, prices, *, keep: bool = False, say=None, progress=None, sources=None, asked=_ASKED):
    """The campaign's one answer (a :class:`planner.decide.campaign.answer.CampaignAnswer`; its ``forecast`` the
    forecast where one was taken, carrying its Plan and the scenario it was priced under: what a report and the
    charts read) to ``question`` (:class:`planner.campaign.question.Question`) at ``prices``
    (:class:`planner.campaign.question.Prices`, values only). Where the measured score, the pool or the budget settle
    it, no forecast is taken (a second); otherwise every candidate strategy is measured on the labels in hand and
    priced from here (:func:`planner.campaign.forecast.campaign_redecision`; ``progress`` and ``say`` as there).
    Labels in hand no measure has scored are measured in memory. It reads each of the campaign's files once
    (:func:`planner.campaign.snapshot.snapshot`: its stamp a digest of the bytes read), without waiting on the
    folder's lock; with ``keep`` it then keeps the measure it took, the question, the count to decide again of an
    order of the strategy in force (campaign.json's ``decide_at``) and the answer where the lock is free (``say``:
    the line that says whether they were kept; the record returned is the answer as kept). ``sources``: the
    sources' curves and prices in memory in place of its files (:func:`_source_paths`). ``asked``: the question the
    record names, unstamped and replacing no answer (the page names the question last asked on the command line
    where it is the same; None: none), where not ``question`` itself."""
    from planner.campaign.files import DERIVED, check_replaceable  # lazy: start-up time
    from planner.campaign.forecast import campaign_redecision  # lazy: start-up time
    from planner.campaign.standing import answer_stamp  # lazy: start-up time
    from planner.campaign.state import ANSWER, QUESTION  # lazy: start-up time
    from planner.decide.campaign.next_step import measured_from  # lazy: start-up time

    folder = str(folder)
    measured, facts = _measured_here(folder, campaign_facts(folder))
    q = question.asked()
    aside = _source_paths(folder, question.target, question.metric, sources or _fresh_sources(measured))
    if keep:
        check_replaceable(folder, (*DERIVED, QUESTION, ANSWER))   # every input read and checked before any write
    ns, _ = _answer(facts, question.target,
                    lambda: campaign_redecision(folder, question, prices,
                                                measured=measured_from(facts, question.metric),
                                                progress=progress, say=say),
                    confidence=question.confidence, metric=question.metric, budget=question.budget,
                    label_price=prices.label_price, stop_chance=question.stop_chance)
    pick = _pick(ns, aside, prices.label_price)
    if asked is not _ASKED:
        return _record(facts, asked, ns, aside=aside, pick=pick)
    stored, stamp = _kept(folder), answer_stamp(folder, q)
    rec = _record(facts, q, ns, aside=aside, pick=pick, stamp=stamp,
                  previous=stored if _same_question(stored, q) else None)
    if stored is not None and stored.stamp == stamp and _same_question(stored, q) and rec.changed is None:
        rec = dataclasses.replace(rec, changed=stored.changed)   # asked again on nothing new
    return _keep(folder, measured, q, rec, say) if keep else rec


def _keep(folder: str, measured, question, rec, say):
    """Keep what the answer ``rec`` took (the measure, the question, the count to decide again of the order it gives
    the strategy in force, the answer) under the folder's lock where it is free; a line to ``say`` either way. The
    answer as kept: where it recorded its order, that order in force and its stamp of the bytes written."""
    from planner.campaign.standing import (answer_stamp, record_order, write_answer,  # lazy: start-up time
                                           write_question)
    from planner.campaign.state import LockBusy, locked  # lazy: start-up time

    say = say or (lambda line: None)
    try:
        with locked(folder, timeout=0):
            if measured is not None:
                say(_write_measure(measured))
            write_question(folder, question)
            written = record_order(folder, rec)
            if written:   # the campaign as kept: its order in force the answer's, its stamp of the bytes written
                facts = dataclasses.replace(rec.facts, decide_at=int(rec.decide_at))
                rec = dataclasses.replace(rec, facts=facts, stamp=answer_stamp(folder, question, written))
            write_answer(folder, rec.to_dict())
    except LockBusy as busy:
        who = f" ({busy.holder})" if busy.holder else ""
        say(f"another alplan command{who} holds the campaign's folder: this answer is given from its files as they "
            "were read, and neither it nor its measure was kept; `campaign status` says it once that command is done")
    return rec


def _pick(ns, aside: list, label_price: float | None):
    """The cheaper in expectation of the answer's path and a source alone
    (:func:`planner.decide.campaign.source_path.source_pick`, the human labels at ``label_price``, asked only where the
    answer stops on a measured hit or a source has a re-label curve; None: no price per label given); None without
    sources."""
    from planner.decide.campaign.source_path import source_pick  # lazy: start-up time

    if not aside:
        return None
    price = None
    if ns.met_stop or any(p.kind == "relabel" for p in aside):
        price = label_price
    return source_pick(ns, aside, price)


def _source_paths(folder: str, target: float, metric: str, sources=None) -> list:
    """Training on each of the campaign's sources alone, read from its measured curves (``source_curve.csv``,
    written by ``campaign measure``, checked by its reader) against the target, and forecast past them up to the
    ids a path may label (the pool's non-test ids): :func:`planner.decide.campaign.source_path.source_paths`; empty where the
    campaign has none. ``sources``: (the sources' curves table, their price settings) in memory in place of the
    campaign's files."""
    from planner.decide.campaign.source_path import source_paths  # lazy: start-up time
    from planner.campaign.files import read_source_curve  # lazy: start-up time
    from planner.campaign.sources import source_prices  # lazy: start-up time
    from planner.campaign.state import Campaign  # lazy: start-up time

    c = Campaign.load(folder)
    curve = read_source_curve(c, None if sources is None else sources[0])
    if curve is None:
        return []
    prices = source_prices(c.folder) if sources is None else sources[1]
    return source_paths(curve, prices, target, metric, pool_size=c.pool_size)


def _answer(facts, target: float, forecast, *, confidence: float, metric: str, budget=None, label_price=None,
            stop_chance=None):
    """(the answer, the forecast's Redecision or None): from the measurements alone where they settle it, else
    with ``forecast()`` (every strategy measured on the labels in hand, priced from here); ``label_price`` prices
    what would settle an unsure measured hit."""
    from planner.decide.campaign.next_step import next_step, wants_forecast  # lazy: start-up time

    ask = dict(confidence=confidence, metric=metric, budget=budget, label_price=label_price, stop_chance=stop_chance)
    ns = next_step(facts, target, **ask)
    if not wants_forecast(ns):
        return ns, None
    verdict = forecast()
    return next_step(facts, target, verdict=verdict, **ask), verdict
