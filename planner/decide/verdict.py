"""The verdict: joint draws and a scenario in, one :class:`~planner.decide.results.Decision` out.

A :class:`Plan` holds the joint draws of one curves table (:func:`planner.forecast.draws.draw_table`) with the
table's facts (initial set, batch size, noise levels) and prices them for any scenario and target.
:meth:`Plan.decide` is one pipeline, each stage a function of the one before it:

1. the draws (this module: the Plan, the scenario resolved);
2. the priced paths (:mod:`planner.decide.paths`): per draw ``b`` and strategy ``s`` the labels needed to reach the
   target (``inf`` where the draw's plateau is below it or the pool is too small), the path's cost lines
   (:func:`planner.decide.costs.path_costs`), its pricing at any other count and the facts the rule is handed;
3. the rule (:mod:`planner.decide.rule`) on the paths' totals, and the break-even quotes
   (:mod:`planner.decide.break_even`): the same paths re-priced and the rule asked again;
4. the rows (:mod:`planner.decide.rows`), one per strategy;
5. the Decision (this module): the rows with the summary numbers beside them, which the views in
   :mod:`planner.present` turn into words.

Each stage reads what the one before it hands on and imports no later stage; after the priced paths no stage reads
the Plan again (tests/test_layout.py checks both).

Every stage reads the same draws, so the table, the headline, the metrics, the break-even line and the charts
cannot disagree. :func:`get_plan` keeps the last few Plans, keyed by the table's contents, so a change of price
re-prices the same draws.
"""

from __future__ import annotations

import hashlib
import math
from collections import OrderedDict
from dataclasses import replace

import numpy as np
import pandas as pd

from planner.decide.break_even import BreakEven, break_even
from planner.decide.costs import Scenario, effective_sample_factor
from planner.decide.notes import basis, draw_notes
from planner.decide.results import Decision, StrategyPlan
from planner.decide.paths import DrawFacts, PathPricing, PricedPath, ceiling_draws, draw_facts, priced_paths
from planner.decide.rows import saving, strategy_row
from planner.decide.rule import can_tell, rule, rule_paths
from planner.decide.summaries import DEFAULT_LEVEL, paired_diff, quantile
from planner.decide.track_record import TrackRecord, track_record
from planner.decide.vendors import find_vendor, read_vendors
from planner.decide.voi import decide_later, extend_pilot
from planner.decide.whatif import vendor_summary
from planner.forecast.curves import check_level, check_target
from planner.forecast.draws import DEFAULT_DRAWS, RANDOM, draw_table, median_plateau
from planner.forecast.io import read_curves
from planner.forecast.selection import select_curves

__all__ = ["Plan", "decide", "get_plan"]

#: A price at which at least this share of the draws change sides at once is named beside the break-even line.
CHANCE_STEP = 0.1
_CACHE_SIZE = 16  # a hybrid plan reads several tables (shares, accuracies, remainder and test split): 4 slots thrashed
_PLAN_CACHE: OrderedDict[tuple, "Plan"] = OrderedDict()


class Plan:
    """The joint draws of one curves table, priced for many scenarios and targets.

    Parameters
    ----------
    curves : DataFrame or path
        A curves table; ``planner.forecast.selection.select_curves`` picks one data set,
        model and batch size (``dataset``, ``model``, ``batch_size``).
        ``curves.attrs["transfer_ratios"]`` (set by
        :func:`planner.forecast.transfer.transfer`) adds transferred AL strategies.
    n_draws : int
        Joint draws.
    seed : int
        The same table and seed give the same draws and verdicts.
    """

    def __init__(self, curves, *, n_draws: int = DEFAULT_DRAWS, seed: int = 0, dataset: str | None = None,
                 model: str | None = None, batch_size: int | None = None):
        attrs = dict(getattr(curves, "attrs", {}) or {})
        df = select_curves(read_curves(curves), dataset=dataset, model=model, batch_size=batch_size)
        ratios = attrs.get("transfer_ratios")
        ratios = pd.DataFrame(ratios) if ratios is not None else None
        self.curves = df
        self.seed = int(seed)
        self.n_draws = int(n_draws)
        self.draws = draw_table(df, n_draws=int(n_draws), seed=int(seed), ratios=ratios,
                                transfer_from=str(attrs.get("transfer_from", RANDOM)))
        self.strategies: tuple[str, ...] = self.draws.strategies
        self.metric_note = df.attrs.get("metric_note", "")
        self.metric: str = df.attrs.get("metric", "accuracy")   # what the curves measure and the target states
        self.transfer_note = attrs.get("transfer_note", "")
        self.notes = list(df.attrs.get("notes", ())) + draw_notes(self.draws)
        self._batch_cached: int | None = None

    # -------------------------------------------------------- table facts

    def initial(self, strategy: str) -> int:
        return int(self.draws.initial[strategy])

    def batch_size(self) -> int:
        """Labels per AL round: the ``batch_size`` column, else the typical step between rounds."""
        if self._batch_cached is None:
            df = self.curves
            active = [s for s in self.strategies if s != RANDOM and s in set(df["strategy"])] or list(self.strategies)
            rows = df[df["strategy"].astype(str).isin(active)]
            batch = None
            if "batch_size" in rows.columns:
                b = pd.to_numeric(rows["batch_size"], errors="coerce").dropna()
                if len(b) and float(b.median()) >= 1:
                    batch = int(round(float(b.median())))
            if batch is None:
                steps = []
                keys = ["strategy"] + (["seed"] if "seed" in rows.columns else [])
                for _, g in rows.groupby(keys, sort=False):
                    n = np.unique(g["n_labels"].to_numpy(dtype=float))
                    if n.size >= 2:
                        steps.append(np.diff(n))
                if not steps:
                    raise ValueError("cannot infer the AL batch size from the curves table; give --batch-size")
                batch = max(1, int(round(float(np.median(np.concatenate(steps))))))
            self._batch_cached = batch
        return self._batch_cached

    def noise_levels(self, strategy: str) -> np.ndarray:
        return self.draws.noise_levels(strategy)

    def _noise_choice(self, strategy: str, error: float | None, n_classes: int) -> tuple[float, float, str]:
        """(noise level of the curves used, label multiplier, note) for labels with error rate ``error``."""
        levels = self.noise_levels(strategy)
        base = float(levels[0])
        if error is None:
            return base, 1.0, "" if base == 0 else f"curves simulated at label noise {base:g}"
        match = levels[np.abs(levels - error) < 1e-3]
        if match.size:
            return float(match[0]), 1.0, f"curves simulated at label noise {float(match[0]):g}"
        factor = effective_sample_factor(base, n_classes) / effective_sample_factor(error, n_classes)
        return base, factor, (
            f"label error {error:.3g} approximated: labels with that error are counted as fewer clean ones (each worth "
            f"{1 / factor:.2f} of a clean label with {n_classes} classes), from curves simulated at label noise "
            f"{base:g}"
        )

    # ------------------------------------------------------------ scenario

    def resolve(self, scenario: Scenario, vendors: pd.DataFrame | None = None) -> Scenario:
        """Validate ``scenario`` and apply its vendor (from ``vendors`` or the shipped table)."""
        if not isinstance(scenario, Scenario):
            raise ValueError("scenario must be a planner.decide.costs.Scenario")
        scenario.validate()
        if scenario.vendor is not None:
            table = read_vendors(vendors)
            scenario = scenario.with_vendor(find_vendor(table, scenario.vendor))
            scenario.validate()
        return scenario

    def _shape(self, scenario: Scenario, strategy: str) -> tuple[int, int]:
        initial = scenario.initial_labels or self.initial(strategy)
        batch = scenario.batch_size or self.batch_size()
        return int(initial), int(batch)

    def pricing(self, strategy: str, scenario: Scenario) -> PathPricing:
        """``strategy``'s cost lines at any label count under ``scenario`` (its initial set and batch size): the
        pricing each priced path carries (:class:`planner.decide.paths.PathPricing`)."""
        return PathPricing(strategy, scenario, *self._shape(scenario, strategy))

    def price(self, strategy: str, labels, scenario: Scenario, premium=None) -> dict[str, np.ndarray]:
        """:func:`planner.decide.costs.path_costs` of ``labels`` (shape (n,)) for ``strategy``; ``premium``: AL's
        label premium per count (None: the strategy's at each count, :meth:`Scenario.premium_at`)."""
        return self.pricing(strategy, scenario)(labels, premium)

    def label_draws(self, strategy: str, target: float, scenario: Scenario):
        """(labels per draw, noise note, the strategy's draws) for ``target`` under ``scenario``."""
        level, factor, note = self._noise_choice(strategy, scenario.effective_label_error, scenario.n_classes)
        d = self.draws.get(strategy, level)
        labels = d.labels(target)
        if factor != 1.0:
            labels = labels * factor
        return labels, note, d

    # ------------------------------------------------------ priced paths

    def paths(self, scenario: Scenario, target: float, level: float | None = None) -> dict[str, PricedPath]:
        """Every strategy's per-draw labels and costs (the scenario already resolved), quoted with ranges at
        ``level`` where one is given (what a verdict reads): :func:`planner.decide.paths.priced_paths` of these
        draws."""
        return priced_paths(self, scenario, target, level)

    def pool_ceiling(self, scenario: Scenario) -> np.ndarray | None:
        """Per draw, the accuracy with the whole pool labeled (``scenario.pool_accuracy`` and its noise), or None."""
        if scenario.pool_accuracy is None:
            return None
        return ceiling_draws(scenario.pool_accuracy, scenario.pool_accuracy_se, seed=self.seed, n_draws=self.n_draws)

    # ------------------------------------------------------------ the rule

    #: :func:`planner.decide.rule.rule`: the decision rule on per-draw totals ``{strategy: (B,)}``.
    rule = staticmethod(rule)

    # ------------------------------------------------------------- decide

    def reach_chance(self, scenario: Scenario, target: float, *, vendors: pd.DataFrame | None = None) -> float:
        """The share of the draws in which some path reaches ``target`` under ``scenario``: one less the
        ``probability_no_path`` that :meth:`decide` states for the same arguments, from the priced paths alone (no
        rule, rows or quotes: what a search over targets asks many times)."""
        paths = self.paths(self.resolve(scenario, vendors), check_target(target), DEFAULT_LEVEL)
        finite = np.isfinite(np.stack([p.costs["total_cost"] for p in paths.values()]))
        return float(1.0 - np.mean(~finite.any(axis=0)))

    def decide(self, scenario: Scenario, target: float, *, level: float = DEFAULT_LEVEL,
               vendors: pd.DataFrame | None = None, test_size: float | None = None) -> Decision:
        """The verdict for ``target`` under ``scenario``, in five stages, each reading the one before it.

        1. the draws: this Plan's joint draws (:mod:`planner.forecast.draws`), under the resolved scenario;
        2. the priced paths (:func:`planner.decide.paths.priced_paths`): labels and cost lines per draw, each
           path's pricing, and the facts the rule is handed (:func:`planner.decide.paths.draw_facts`);
        3. the rule (:func:`planner.decide.rule.rule_paths`) on the paths' totals: the pick and the chance; then
           the break-even quotes (:func:`planner.decide.break_even.break_even`), the rule asked again on the same
           paths re-priced;
        4. the rows (:func:`planner.decide.rows.strategy_row`), one per strategy, reading the paths, the rule and
           the break-even quotes;
        5. the Decision (:meth:`_decision`): the rows with the summary numbers beside them (savings, break-even),
           the notes, the value of extending the pilot (its measurement noise from ``test_size`` when given) and,
           given ``vendors``, the vendor summary.
        """
        target = check_target(target)
        level = check_level(level)
        scen = self.resolve(scenario, vendors)                                        # 1. the draws, this scenario
        paths = self.paths(scen, target, level)                                      # 2. the priced paths
        facts = draw_facts(self, paths, scen, target)                                #    and what they say
        ruled = rule_paths(paths, facts)                                             # 3. the rule
        even = break_even(paths, ruled, scen, level)                                 #    and its break-even quotes
        rows = [strategy_row(p, paths, ruled, even, scen, target, level) for p in paths.values()]   # 4. the rows
        return self._decision(scenario, scen, target, level, paths, facts, ruled, even, rows,  # 5. the Decision
                              vendors=vendors, test_size=test_size)

    def _decision(self, scenario: Scenario, scen: Scenario, target: float, level: float, paths: dict,
                  facts: DrawFacts, ruled: dict, even: BreakEven, rows: list[StrategyPlan], *, vendors,
                  test_size) -> Decision:
        """The Decision of :meth:`decide`: its rows, the summary numbers beside them and every note, read off the
        same priced paths, the same rule's outcome and its break-even quotes (``scenario``: as given, for the
        vendor summary)."""
        totals = {s: p.costs["total_cost"] for s, p in paths.items()}
        told = (ruled["best_al"] is None or RANDOM not in totals or not math.isfinite(ruled["p_al_cheaper"])
                or can_tell(ruled["p_al_cheaper"]))
        notes = self._notes(scen, target)
        for s, p in paths.items():
            if p.note:
                notes.append(p.note)
            if p.draws.kind == "transferred":
                notes.append(f"{s}: {basis(p.draws)}")
        warnings = [r.warning for r in rows if r.warning]
        rec, best_al = ruled["recommendation"], ruled["best_al"]
        chance = ruled["p_al_cheaper"]
        if rec is None and not any(r.reachable for r in rows):
            # no path reaches the target in most forecasts: the shares of the few that reach it would read as a
            # pick among paths that do not get there, so no share and no chance is said (every view reads NaN)
            rows, chance = [replace(r, probability_cheapest=math.nan) for r in rows], math.nan
        rnd_row = next((r for r in rows if r.strategy == RANDOM), None)
        pool = scen.pool_size
        if rnd_row is not None and not rnd_row.reachable:
            notes.append(f"random sampling does not reach the target: {rnd_row.reason}")
        if RANDOM not in totals:
            notes.append("the curves table has no 'random' strategy: savings and break-even need random-sampling runs")
        if rec is None:
            notes.append(f"no strategy reaches {target:.4g} in most forecasts"
                         + (f" within the pool of {pool:,}" if pool else ""))
        summary = self._summary(paths, totals, ruled, even, scen, level, {r.strategy: r for r in rows})
        if best_al is not None and not math.isfinite(summary["break_even_label_price_median"]) \
                and rnd_row is not None and rnd_row.reachable:
            billed = (f"{best_al} is not billed for fewer labels than random in most forecasts (labels, full batches, "
                      "minimum orders)")
            # a break-even price quoted beside it weighs the cheapest AL path of each forecast, not best_al alone
            notes.append(f"{billed}: no label price makes it reliably cheaper"
                         if not math.isfinite(summary["break_even_label_price"]) else
                         f"{billed}, so it has no break-even of its own; the break-even label price is where the "
                         f"cheapest AL path of each forecast, another strategy where {best_al} saves none, makes the "
                         "verdict pick AL")
        vendor_rows: tuple[dict, ...] = ()
        if vendors is not None:
            vendor_rows = vendor_summary(self, scenario if scenario.vendor is None else replace(scenario, vendor=None),
                                         target, vendors)
        where, measured = facts.random_share_of_pool, facts.pilot_share_of_pool
        d = Decision(
            target=target, strategies=tuple(rows), recommendation=rec, best_al=best_al,
            probability_al_cheaper=chance, probability_no_path=ruled["p_no_path"], level=level,
            confidence=float(scen.confidence),
            notes=tuple(dict.fromkeys(notes)), warnings=tuple(dict.fromkeys(warnings)),
            n_draws=self.n_draws, scenario=scen.to_dict(), vendors=vendor_rows,
            random_share_of_pool=math.nan if where is None else where,
            pilot_share_of_pool=math.nan if measured is None else measured, track_record=self._track(rnd_row, rec),
            probability_untold=ruled["p_untold"],
            metric=self.metric, pilot_extension=self._extension(paths, ruled, scen, target, test_size),
            decide_later=decide_later(self, replace(scen, vendor=None), target, test_size=test_size, seed=self.seed,
                                      priced=not told, paths=paths, ruled=ruled),
            **self._chance_step(paths, even, best_al), **summary,
        )
        later = d.decide_later
        if later is not None and math.isfinite(later.labels):   # random's row reaches the target by N: no wait
            first = d.random_reaches_by(later.labels)
            d = replace(d, decide_later=replace(later, random_first=first, advised=later.advised and not first))
        return d

    def _notes(self, scen: Scenario, target: float) -> list[str]:
        """The notes of the table and the scenario, before those of the paths: the metric, the transfer, the draws'
        own, the accuracy measured on the whole pool and a pool smaller than the curves were measured on."""
        notes: list[str] = []
        if self.metric_note and "fraction" not in self.metric_note:
            notes.append(self.metric_note)
        if self.transfer_note:
            notes.append(self.transfer_note)
        notes.extend(self.notes)
        if scen.pool_accuracy is not None:
            acc = float(scen.pool_accuracy)
            plateau = max(median_plateau(self.draws.get(s).plateau) for s in self.strategies)
            where = f"the whole pool of {scen.pool_size:,}" if scen.pool_size else "the whole pool"
            if target > acc:
                notes.append(f"with {where} labeled the model measured {acc:.1%}: {target:.1%} is beyond this pool "
                             "in most forecasts")
            elif plateau > acc + 0.005:
                notes.append(f"the curves alone would climb to {plateau:.1%}; with {where} labeled the model measured "
                             f"{acc:.1%}, so no forecast goes above that within the pool")
        if scen.pool_size is not None:
            n_max = max(float(self.draws.get(s).n_max) for s in self.strategies)
            if n_max > scen.pool_size:
                notes.append(f"the curves were measured up to {n_max:,.0f} labels, more than your pool of "
                             f"{scen.pool_size:,}: they come from a larger pool, and AL picks less well from a smaller "
                             "one, so AL's labels within your pool may be more than quoted")
        return notes

    def _chance_step(self, paths: dict, even: BreakEven, best_al: str | None) -> dict:
        """Where one label price flips many draws at once (a point mass of ``best_al``'s per-draw break-even prices
        against random, as where many draws need exactly the whole pool): the share of the draws at that price,
        among those in which some path reaches the target (those the chance reads; at least :data:`CHANCE_STEP`),
        the price, the label count random needs in most of those draws and the share
        of all draws in which it needs exactly that many; empty elsewhere."""
        if best_al is None or RANDOM not in paths:
            return {}
        be = even.prices   # best_al's per-draw break-even prices (planner.decide.break_even.break_even_draws)
        ok = np.sort(be[np.isfinite(be) & (be > 0)])
        if ok.size == 0:
            return {}
        starts = np.flatnonzero(np.r_[True, np.diff(ok) > 1e-9 * ok[1:]])   # runs of one price
        sizes = np.diff(np.r_[starts, ok.size])
        k = int(np.argmax(sizes))
        some = np.isfinite(np.stack([p.costs["total_cost"] for p in paths.values()])).any(axis=0)
        share = float(sizes[k]) / float(max(int(some.sum()), 1))   # among the draws the chance reads
        if share < CHANCE_STEP:
            return {}
        price = float(ok[starts[k]])
        at = np.isfinite(be) & (np.abs(be - price) <= 1e-9 * price)
        counts, times = np.unique(paths[RANDOM].labels[at], return_counts=True)
        labels = float(counts[int(np.argmax(times))])
        return {"chance_step_share": share, "chance_step_price": price, "chance_step_random_labels": labels,
                "chance_step_random_share": float(np.mean(paths[RANDOM].labels == labels))}

    def _extension(self, paths: dict, ruled: dict, scen: Scenario, target: float, test_size: float | None):
        """The value of extending the pilot on these priced paths and the rule's outcome on them
        (:func:`planner.decide.voi.extend_pilot`, the vendor's terms already applied); None where no strategy was
        measured."""
        if not any(p.draws.kind == "measured" for p in paths.values()):
            return None
        return extend_pilot(self, replace(scen, vendor=None), target, test_size=test_size, seed=self.seed,
                            paths=paths, ruled=ruled)

    def _track(self, rnd_row: StrategyPlan | None, rec: str | None) -> TrackRecord | None:
        """The verdict's stratum in the track record: random's forecast labels over its largest measured count,
        the learner and the pick; None where the verdict weighs no AL strategy against random."""
        if rnd_row is None or len(self.strategies) < 2:
            return None
        ratio = rnd_row.labels / rnd_row.n_max   # inf where random's median forecast never reaches
        pick = "none" if rec is None else "random" if rec == RANDOM else "al"
        return track_record(ratio, self.draws.neural, pick)

    def _summary(self, paths: dict, totals: dict, ruled: dict, even: BreakEven, scen: Scenario, level: float,
                 rows: dict) -> dict:
        """The verdict's numbers beside the rows: savings (the difference of the totals the rows print, with the
        per-draw differences' interval around it), the best AL strategy's saving and the break-even quotes
        (``even``'s)."""
        lo_q, hi_q = (1 - level) / 2, (1 + level) / 2
        rnd_total = totals.get(RANDOM)
        rec, best_al = ruled["recommendation"], ruled["best_al"]
        out = dict.fromkeys(("savings", "savings_low", "savings_high", "al_savings", "al_savings_low",
                             "al_savings_high", "probability_best_al_cheaper",
                             "break_even_label_price", "break_even_label_price_low", "break_even_label_price_high",
                             "break_even_labels_saved", "break_even_labels_saved_low",
                             "break_even_labels_saved_high", "break_even_within_2x",
                             "break_even_label_price_median"), math.nan)
        if rnd_total is not None and rec is not None:
            sv = np.zeros_like(rnd_total) if rec == RANDOM else paired_diff(rnd_total, totals[rec])
            point = saving(rows[RANDOM].total_cost, rows[rec].total_cost)
            low, high = quantile(sv, lo_q), quantile(sv, hi_q)
            out.update(savings=point, savings_low=min(low, point), savings_high=max(high, point))
        if best_al is not None and rnd_total is not None:
            point = saving(rows[RANDOM].total_cost, rows[best_al].total_cost)
            sv = paired_diff(rnd_total, totals[best_al])
            low, high = quantile(sv, lo_q), quantile(sv, hi_q)
            out.update(al_savings=point, al_savings_low=min(low, point), al_savings_high=max(high, point))
            out["probability_best_al_cheaper"] = ruled["pairwise"][best_al]
            out.update(even.quote)   # the break-even price, its range, the labels saved and the premium
        out["beyond_limit"] = tuple(dict.fromkeys(self._beyond_limit(out, paths, scen, rows, rec, best_al)
                                                  + even.carried   # read "more than", as the labels
                                                  + self._saving_bound(out, paths, scen, rows, rec, best_al)))
        return out

    def _saving_bound(self, out: dict, paths: dict, scen: Scenario, rows: dict, rec, best_al) -> tuple[str, ...]:
        """Where the pick is an AL path within its limit and random's median lies beyond its own (or is not
        reached): the saving against random priced at its limit (or the pool, when smaller), a positive lower
        bound, set in ``out`` and listed (read "more than"); its range is left NaN and listed. Where the pick's row
        says that bound is untold (``saving_told`` False: its labels lie beyond a short extrapolation,
        :data:`planner.decide.rows.SHORT_EXTRAPOLATION`), the saving is left NaN and listed too."""
        if rec is None or rec == RANDOM or RANDOM not in rows:
            return ()
        rnd, pick = rows[RANDOM], rows[rec]
        if (rnd.reachable and "total_cost" not in rnd.beyond_limit) or "total_cost" in pick.beyond_limit \
                or not math.isfinite(pick.total_cost):
            return ()
        at_cap = paths[RANDOM].quote.bound_total   # random priced at its limit or the pool, the smaller
        if math.isnan(at_cap):
            return ()
        bound = at_cap - pick.total_cost
        if not bound > 0:
            return ()
        keys = ["savings", "savings_low", "savings_high"] + (
            ["al_savings", "al_savings_low", "al_savings_high"] if best_al == rec else [])
        for key in keys:
            out[key] = math.nan
        if not pick.saving_told:   # one extrapolation against another: no bound
            return tuple(keys)
        out["savings"] = bound
        if best_al == rec:
            out["al_savings"] = bound
        return tuple(keys)

    def _beyond_limit(self, out: dict, paths: dict, scen: Scenario, rows: dict, rec, best_al) -> tuple[str, ...]:
        """The savings ``out`` cannot quote (set NaN in place): a total they subtract lies beyond its path's
        extrapolation limit, or the figure is larger than any total priced within the limits."""
        tops = [p.quote.limit_total for p in paths.values() if math.isfinite(p.quote.limit)]
        quotable = max(tops, default=math.inf)
        beyond = []

        def far(name) -> bool:
            return name is not None and name in rows and "total_cost" in rows[name].beyond_limit

        for key, pick in (("savings", rec), ("savings_low", rec), ("savings_high", rec), ("al_savings", best_al),
                          ("al_savings_low", best_al), ("al_savings_high", best_al)):
            if pick == RANDOM:
                continue   # random against itself saves nothing, wherever its labels lie
            value = out.get(key, math.nan)
            if (pick is not None and key in ("savings", "al_savings") and (far(pick) or far(RANDOM))) or \
                    (math.isfinite(value) and abs(value) > quotable):
                out[key] = math.nan
                beyond.append(key)
        return tuple(beyond)



# ----------------------------------------------------------- module API


def _fingerprint(curves: pd.DataFrame) -> str:
    """The key of ``curves``' Plan: its columns, its values and every one of its ``attrs``, which a Plan reads too
    (the metric, the notes, the transfer's ratios and words): the same values with other attrs are another Plan."""
    h = hashlib.sha256()
    h.update(",".join(map(str, curves.columns)).encode())
    h.update(str(curves.attrs.get("metric", "accuracy")).encode())  # the same values planned on another metric
    h.update(pd.util.hash_pandas_object(curves, index=False).to_numpy().tobytes())
    ratios = curves.attrs.get("transfer_ratios")
    if ratios is not None:
        h.update(pd.util.hash_pandas_object(pd.DataFrame(ratios), index=False).to_numpy().tobytes())
    for key, value in sorted(curves.attrs.items(), key=lambda item: str(item[0])):
        if key not in ("metric", "transfer_ratios"):
            h.update(f"\0{key}\0".encode())
            h.update(pd.util.hash_pandas_object(value, index=False).to_numpy().tobytes()
                     if isinstance(value, pd.DataFrame) else repr(value).encode())
    return h.hexdigest()


def get_plan(curves, *, seed: int = 0, n_draws: int = DEFAULT_DRAWS, dataset: str | None = None,
             model: str | None = None, batch_size: int | None = None) -> Plan:
    """A Plan for ``curves`` (a Plan is returned as is), cached by the table's contents."""
    if isinstance(curves, Plan):
        return curves
    if not isinstance(curves, pd.DataFrame):
        return Plan(curves, seed=seed, n_draws=n_draws, dataset=dataset, model=model, batch_size=batch_size)
    key = (_fingerprint(curves), int(seed), int(n_draws), dataset, model, batch_size)
    plan = _PLAN_CACHE.get(key)
    if plan is None:
        plan = Plan(curves, seed=seed, n_draws=n_draws, dataset=dataset, model=model, batch_size=batch_size)
        _PLAN_CACHE[key] = plan
        while len(_PLAN_CACHE) > _CACHE_SIZE:
            _PLAN_CACHE.popitem(last=False)
    else:
        _PLAN_CACHE.move_to_end(key)
    return plan


def decide(curves, scenario: Scenario, target: float, *, vendors=None, seed: int = 0,
           level: float = DEFAULT_LEVEL, dataset: str | None = None) -> Decision:
    """Price every strategy's path to ``target`` and give the verdict (see :class:`Plan`)."""
    return get_plan(curves, seed=seed, dataset=dataset).decide(scenario, target, level=level, vendors=vendors)
