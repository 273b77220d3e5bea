"""How long a simulation will take, measured before it starts, and the settings that fit a small file.

The dashboard announces a long simulation before running it ("about 2 min 5 s
on this machine (measured)") and shows the time left while it runs. Both
rest on timed real rounds of the same settings, at the start of the schedule
and at its end, because a round costs more as the labeled set grows:
:func:`probe_rounds` times one run of each strategy, enough to bound a short
simulation; only where that bound reaches :data:`LONG_SIMULATION_SECONDS`
does :func:`measure_rounds` time the runs in full. :func:`eta_text` weighs
the rounds done by that growth, so the time left does not rise as the run
gets to its dearer rounds. ``benchmarks/bench_app.py`` measures the estimate against the
simulation it announces (benchmarks/RESULTS.md).

Nothing here imports torch or streamlit at import time.
"""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass, replace

from simulations.data.datasets import load_dataset
from simulations.learners.models import import_framework
from simulations.results.store import Store
from simulations.run.config import SimulationConfig
from simulations.run.cores import grid_workers
from simulations.run.executors import run_grid, start_forkserver

__all__ = ["LONG_SIMULATION_SECONDS", "Eta", "RoundCost", "Ticker", "duration", "eta_text", "fitted_settings", "measure_rounds",
           "probe_rounds", "simulation_estimate"]

#: A simulation estimated to take longer than this says so and waits for a click on "Start simulation".
LONG_SIMULATION_SECONDS = 60.0
#: Runs timed together at most (the real simulation trains its runs together, as these are).
MAX_TIMED_RUNS = 12
#: A timing shorter than this (seconds) is repeated, up to MAX_REPEATS times, and its median taken.
MIN_TIMING_SECONDS = 0.3
MAX_REPEATS = 3
#: The probe's bound on a run: every round at most this many times the dearer of the first and the last round
#: measured (a neural learner's middle rounds cost up to 1.5x its last: digits with mlp), the set-up included.
PROBE_MARGIN = 2.0


def duration(seconds: float) -> str:
    """``seconds`` for people: "8 s", "2 min 5 s", "1 h 3 min"."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


@dataclass(frozen=True)
class RoundCost:
    """Measured seconds of one run: its set-up (``fixed``) and a round at the start, the middle and the end
    of the schedule (``first``, ``middle``, ``last``).

    A round's cost is taken as piecewise linear in its position between the
    three: fits and queries grow with the labeled set, and not linearly (a
    neural learner's early stopping takes the most passes mid-way: measured
    on digits with mlp, the middle rounds cost 1.5x the last).
    """

    first: float
    middle: float
    last: float
    rounds: int  # rounds of one run, the initial fit included
    fixed: float = 0.0
    workers: int = 1  # worker processes the simulation's runs are spread over (:func:`simulation_estimate`)

    def _work(self, fraction: float) -> float:
        """Seconds of the rounds up to ``fraction`` of the schedule (per run, set-up excluded)."""
        f = min(max(float(fraction), 0.0), 1.0)
        a, m, b = self.first, self.middle, self.last
        if f <= 0.5:
            return self.rounds * (a * f + (m - a) * f * f)  # the integral of a + (m - a) * 2x on [0, f]
        g = f - 0.5
        return self.rounds * ((a + m) / 4 + m * g + (b - m) * g * g)

    @property
    def per_run(self) -> float:
        """Seconds of one run, all its rounds and its set-up."""
        return self.fixed + self._work(1.0)

    @property
    def bound(self) -> float:
        """Seconds one run takes at most, by :data:`PROBE_MARGIN`: what decides whether a probe suffices."""
        return self.fixed + self.rounds * PROBE_MARGIN * max(self.first, self.middle, self.last)

    def work_done(self, fraction: float) -> float:
        """Share of a run's seconds spent once ``fraction`` of its rounds are done."""
        total = self._work(1.0)
        return min(max(float(fraction), 0.0), 1.0) if total <= 0 else self._work(fraction) / total


def _timer(settings: dict, specs_of, min_seconds: float = MIN_TIMING_SECONDS):
    """(the schedule's first run, its batch sizes, ``per_run``): the data set and the learner's framework are
    loaded and one untimed round warms the learner up before any clock starts, so a cold process and a warm
    one measure the same thing. ``per_run(rounds, **change)`` is the seconds a run of the settings (with
    ``change``) takes, over the runs ``specs_of`` picks, trained together as the real simulation trains them;
    a timing shorter than ``min_seconds`` is repeated (the median), so a cheap learner's rounds are not lost in
    the machine's jitter."""
    settings = {k: tuple(v) if isinstance(v, list) else v for k, v in settings.items()}
    full = SimulationConfig(**settings).runs()[0]
    load_dataset(full)
    import_framework(full.model)

    def per_run(rounds: int | None = 1, **change) -> float:
        specs = specs_of(SimulationConfig(**dict(settings, rounds=rounds, **change)).runs())
        times: list[float] = []
        while not times or (sum(times) < min_seconds and len(times) < MAX_REPEATS):
            t0 = time.perf_counter()
            run_grid(specs)
            times.append(time.perf_counter() - t0)
        return statistics.median(times) / len(specs)

    run_grid(SimulationConfig(**dict(settings, rounds=1)).runs()[:1])  # warm-up: first-call costs, untimed
    return full, full.batch_sizes(), per_run


def _mixed(k: int):
    """The runs to time: ``k`` of them (at most :data:`MAX_TIMED_RUNS`), one of each data set and strategy
    first (a strategy's queries can cost more than another's), then the rest in order."""
    k = max(1, min(int(k), MAX_TIMED_RUNS))

    def pick(specs: list) -> list:
        firsts: dict[tuple, int] = {}
        for i, spec in enumerate(specs):
            firsts.setdefault((spec.dataset, spec.strategy), i)
        first = set(firsts.values())
        order = sorted(range(len(specs)), key=lambda i: i not in first)  # stable: the firsts, then the rest
        return [specs[i] for i in order[:k]]

    return pick


def _round_at(full, sizes: list[int], per_run, i: int) -> float:
    """A round of the schedule's i-th batch, on a labeled set the strategy chose: one batch buys the labels of
    the first i rounds (chosen from the initial set's model); a run that then buys the i-th batch, less one
    that stops there, is the round (the big batch's own cost cancels)."""
    big = sum(sizes[:i])
    one = per_run(None, batch_size=big, budget=full.initial + big + sizes[i])
    return max(one - per_run(1, batch_size=big), 0.0)


def measure_rounds(settings: dict, n_runs: int) -> RoundCost:
    """Time ``settings`` (SimulationConfig keywords): a run's set-up and its rounds at three points.

    Times ``n_runs`` runs (at most :data:`MAX_TIMED_RUNS`, one of each
    strategy first), trained together as the real simulation trains them:
    runs of 2 and of 4 rounds from the start (their difference is the cost of
    a round, the rest the run's set-up), and a round mid-way and at the end of
    the schedule, on a labeled set the strategy chose (a learner fitted on
    AL-chosen examples can take more passes than on random ones). Nothing is
    stored.
    """
    full, sizes, per_run = _timer(settings, _mixed(n_runs))
    two = per_run(1)
    if len(sizes) < 3:  # too short to tell set-up from rounds: two rounds' time, spread evenly
        return RoundCost(first=two / 2, middle=two / 2, last=two / 2, rounds=len(sizes) + 1)
    first = max((per_run(3) - two) / 2, 0.0)
    return RoundCost(first=first, middle=_round_at(full, sizes, per_run, len(sizes) // 2),
                     last=_round_at(full, sizes, per_run, len(sizes) - 1), rounds=len(sizes) + 1,
                     fixed=max(two - 2 * first, 0.0))


def probe_rounds(settings: dict, n_runs: int) -> RoundCost:
    """A cheap bound on a run of ``settings``: the first two rounds and the last one, timed on ``n_runs`` runs
    (at most :data:`MAX_TIMED_RUNS`) trained together, one of each strategy and data set first.

    The set-up is counted in the first rounds, the middle taken half-way
    between the first and the last; :attr:`RoundCost.bound` adds
    :data:`PROBE_MARGIN`.
    """
    full, sizes, per_run = _timer(settings, _mixed(n_runs), min_seconds=0.0)  # each timed once: a bound
    first = per_run(1) / 2
    last = _round_at(full, sizes, per_run, len(sizes) - 1) if len(sizes) >= 3 else first
    return RoundCost(first=first, middle=(first + last) / 2, last=last, rounds=len(sizes) + 1)


def simulation_estimate(settings: dict, db, measure=measure_rounds, workers: int | None = None,
                        probe=probe_rounds) -> tuple[int, int, float, RoundCost | None]:
    """(runs to simulate, their rounds, estimated seconds, the round costs) for ``settings``.

    The runs already stored in the database ``db`` are free. ``probe`` and
    ``measure``: ``(settings, n_runs) -> RoundCost`` (the dashboard passes
    cached :func:`probe_rounds` and :func:`measure_rounds`): the probe's
    bound decides a short simulation; one it cannot place under
    :data:`LONG_SIMULATION_SECONDS` is measured in full. The runs go to
    ``workers`` processes (:func:`simulations.run.cores.grid_workers`; None:
    the machine's usable cores), in waves of one run a worker: the cost's
    ``workers`` says how many. Both time as many runs together as a worker
    gets, since a learner that trains its runs in lockstep costs less a run
    in a larger group. The workers' forkserver is started first
    (:func:`simulations.run.executors.start_forkserver`), so its imports
    overlap the timing and the simulation's workers start warm.
    """
    config = SimulationConfig(**settings)
    config.validate()
    with Store(db) as store:
        done = store.completed_keys()
    todo = [s for s in config.runs() if s.key() not in done]
    if not todo:
        return 0, 0, 0.0, None


    rounds = sum(len(s.batch_sizes()) + 1 for s in todo)
    w = grid_workers(todo, workers)
    start_forkserver(todo, w)  # the workers' imports overlap the timing below
    waves = -(-len(todo) // w)
    cost = probe(settings, waves)
    if cost.bound * waves > LONG_SIMULATION_SECONDS:  # not surely short: time it in full
        cost = measure(settings, waves)
    cost = replace(cost, workers=w)
    return len(todo), rounds, cost.per_run * waves, cost


def eta_text(done: int, total: int, elapsed: float, estimate: float | None = None,
             cost: RoundCost | None = None) -> str:
    """The progress bar's text: rounds done (of those to simulate) and the time left.

    The time left scales the time spent by the work left, the rounds weighed
    by ``cost`` (later rounds cost more), else by their count; before the
    first round, the estimate.
    """
    if done >= total:
        return f"simulating: {total}/{total} rounds, finishing"
    if done > 0:
        f = done / total
        spent = cost.work_done(f) if cost is not None else f
        left = f"about {duration(elapsed * (1 - spent) / max(spent, 1e-9))} left"
    elif estimate is not None:
        left = f"about {duration(estimate)} (estimate)"
    else:
        left = "measuring the first round"
    return f"simulating: {done}/{total} rounds, {left}"


#: The time left is shown once the last :data:`ETA_SAMPLES` projections of the finish agree within this factor
#: (and the rounds measured since the first one hold at least :data:`ETA_MIN_WORK` of the work): before that,
#: what the first rounds say can be off by more than 2x (start-up, the first waves of a lockstep grid).
ETA_AGREE, ETA_SAMPLES, ETA_MIN_WORK = 1.25, 3, 0.25
#: Projections closer in time than this (seconds) count as one: a grid's news of many rounds is read in one go
#: (its workers' queue), and projections from one instant agree whatever the rate.
ETA_APART = 0.1


class Eta:
    """A simulation's time left, said only once it can be right within 2x.

    The rate is measured from the first round done (the start-up before it, process pools and imports, is not a
    round's cost), the rounds weighed by ``cost`` (later rounds cost more) else counted; the time left is given
    once the last :data:`ETA_SAMPLES` projections of the whole simulation's length agree within
    :data:`ETA_AGREE` and :data:`ETA_MIN_WORK` of the work was measured. Before the first round, the estimate
    (``estimate``: the probe's or the full measurement's seconds), where there is one.
    """

    def __init__(self, estimate: float | None = None, cost: RoundCost | None = None, clock=time.perf_counter):
        self.estimate, self.cost, self.clock = estimate, cost, clock
        self.start, self.first, self.ref, self.lengths = clock(), None, None, []
        self.said, self.last = None, (0, 0)  # when the time left last said runs out (clock time); the last news

    def seconds_left(self, done: int, total: int) -> float | None:
        """Seconds left once they can be trusted within 2x, else None; ``done`` and ``total`` count every round
        (those stored before the first call count in neither the rate nor the work left)."""
        now = self.clock()
        if self.first is None:
            self.first = done
        d, t = done - self.first, total - self.first
        if t <= 0 or d >= t:
            return 0.0
        w = self.cost.work_done(d / t) if self.cost is not None else d / t
        if d <= 0:
            return None
        if self.ref is None:
            self.ref = (now, w)
            return None
        t0, w0 = self.ref
        if w <= w0 or now <= t0:
            return None
        left = (now - t0) * (1 - w) / (w - w0)
        if self.lengths and self.lengths[-1][0] >= now - ETA_APART:  # news read together: one projection
            self.lengths.pop()
        self.lengths = (self.lengths + [(now, now - self.start + left)])[-ETA_SAMPLES:]
        lengths = [length for _, length in self.lengths]
        agree = len(lengths) == ETA_SAMPLES and max(lengths) <= ETA_AGREE * min(lengths)
        return left if agree and w - w0 >= ETA_MIN_WORK else None

    def text(self, done: int, total: int) -> str:
        """The progress bar's text on news of ``done`` rounds of ``total``: rounds done and the time left where it
        can be said (:meth:`now`)."""
        left = self.seconds_left(done, total)
        if left is not None and done < total and (self.said is None or self.clock() <= self.said):
            self.said = self.clock() + max(left, 1.0)  # a round still to come takes time: never "about 0 s left"
        self.last = (done, total)
        return self.now()

    def now(self) -> str:
        """The progress bar's text at this moment, on the last news (a bar redrawn between rounds).

        Before the first round, the estimate counts down; once rounds are measured, a time left is said where it
        can be trusted, and counts down while the projections disagree. Once the estimate runs out, the text says
        "longer than estimated" until a measured time left can be said; once a measured time left runs out, until
        the rounds are done (it is not replaced by a smaller one, nor said as "about 0 s").
        """
        (done, total), now = self.last, self.clock()
        head = f"simulating: {done}/{total} rounds"
        if done >= total:
            return f"{head}, finishing"
        if self.said is not None:
            return f"{head}, longer than estimated" if now > self.said else \
                f"{head}, about {duration(max(self.said - now, 1.0))} left"
        if self.estimate is not None and now > self.start + self.estimate:  # until a measured time left is said
            return f"{head}, longer than estimated"
        if self.ref is None and self.estimate is not None:
            return f"{head}, about {duration(max(self.start + self.estimate - now, 1.0))} left (estimate)"
        return f"{head}, timing the rounds"


def fitted_settings(n_pool: int, n_classes: int) -> dict:
    """Simulation settings that fit a small labeled file: an initial set with every class twice,
    about 20 rounds, and at most 80% of the pool labeled (the rest stays unlabeled to choose from).

    >>> fitted_settings(600, 3)
    {'sim_initial': 30, 'sim_batch': 22, 'sim_rounds': 20}
    """
    budget = max(int(0.8 * n_pool), 2)
    initial = min(max(2 * n_classes, n_pool // 20, 2), budget - 1)
    rounds = 20
    batch = max((budget - initial) // rounds, 1)
    rounds = max(min(rounds, (budget - initial) // batch), 1)
    return {"sim_initial": initial, "sim_batch": batch, "sim_rounds": rounds}


def fitting_note(name: str, n_pool: int, need: int, fitted: dict) -> str:
    """What fitting the settings to an uploaded file changed, in a sentence."""
    return (f"Settings fitted to {name}: its {n_pool:,} pool rows (after the test split) cannot serve the "
            f"{need:,} labels asked; initial {fitted['sim_initial']}, batch {fitted['sim_batch']}, rounds "
            f"{fitted['sim_rounds']} label at most 80% of them.")


class Ticker:
    """Calls ``tick()`` every second from a daemon thread until :meth:`stop` (``prepare(thread)`` first: what a web
    page's thread needs to draw), so a time said between two rounds moves on; :meth:`call` runs a function under
    the same lock, so a round's news and a tick never draw at once, and nothing draws once stopped."""

    def __init__(self, tick, prepare=None, every: float = 1.0):
        self._lock, self._done, self._tick, self._every = threading.Lock(), threading.Event(), tick, float(every)
        thread = threading.Thread(target=self._run, daemon=True)
        if prepare is not None:
            prepare(thread)
        thread.start()

    def _run(self) -> None:
        while not self._done.wait(self._every):
            self.call(self._tick)

    def call(self, fn, *args) -> None:
        with self._lock:
            if not self._done.is_set():
                fn(*args)

    def stop(self) -> None:
        with self._lock:
            self._done.set()
