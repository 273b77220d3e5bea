"""The simulation configs behind the calibration benchmark.

Two disjoint sets, both simulated by ``make_truth.py`` through alplan's public
simulation API (``SimulationConfig`` + ``run_grid``):

* ``truth``: long curves with many seeds. Pilot seeds 0, 1, 2 are what the
  planner sees (truncated to the first rounds); truth seeds 10.. give the
  "true" labels-to-target. Pilot and truth runs share every setting but the
  seed, so a pilot is literally the first rounds of a pilot-seed run.
* ``al-calibration``: long logreg curves on synthetic data sets whose
  parameters (n_features, n_classes, class_sep) differ from every truth
  config, seeds 100..104. Meant for calibrating the planner; never use the
  truth set for that.

``quick`` / ``al-calibration-quick`` are tiny smoke versions.

Each config is identified in a results database by the run keys of its specs
(``RunSpec.key()``), so several synthetic variants share the database without
mixing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STRATEGIES = ("random", "margin", "entropy", "least_confidence", "coreset")
PILOT_SEEDS = (0, 1, 2)
TRUTH_SEEDS = tuple(range(10, 30))        # 20 truth seeds (logreg)
MLP_TRUTH_SEEDS = tuple(range(10, 16))    # 6 truth seeds (mlp: ~0.5 s a round here)
AL_CAL_SEEDS = tuple(range(100, 105))


@dataclass(frozen=True)
class CalConfig:
    """One (data set, model) config: a grid of strategies x seeds.

    ``pool_size`` is the data set's pool (n_samples minus the 25 % test
    split), the ``Scenario.pool_size`` the benchmark prices with.
    """

    name: str
    dataset: str
    model: str
    params: tuple = ()
    initial: int = 10
    batch_size: int = 10
    budget: int = 320
    pilot_seeds: tuple = PILOT_SEEDS
    truth_seeds: tuple = TRUTH_SEEDS
    strategies: tuple = STRATEGIES
    pool_size: int = 0
    model_params: tuple = field(default=())

    @property
    def seeds(self) -> tuple:
        return tuple(self.pilot_seeds) + tuple(self.truth_seeds)

    def sim_config(self, seeds=None):
        from simulations import SimulationConfig

        return SimulationConfig(
            datasets=(self.dataset,), model=self.model, strategies=tuple(self.strategies),
            seeds=tuple(self.seeds if seeds is None else seeds), initial=self.initial,
            batch_size=self.batch_size, budget=self.budget,
            dataset_params=tuple(self.params), model_params=tuple(self.model_params),
        )

    def specs(self, seeds=None):
        return self.sim_config(seeds).runs()

    def describe(self) -> str:
        p = ",".join(f"{k}={v}" for k, v in self.params)
        return (f"{self.name}: {self.dataset}({p}) {self.model}, pool {self.pool_size}, initial {self.initial}, "
                f"batch {self.batch_size}, budget {self.budget}, seeds {len(self.seeds)}")


def _syn(n_samples, n_features=20, n_classes=3, class_sep=1.0, imbalance=1.0):
    return (("class_sep", float(class_sep)), ("imbalance", float(imbalance)), ("n_classes", int(n_classes)),
            ("n_features", int(n_features)), ("n_samples", int(n_samples)))


# Truth: logreg on all, mlp on digits only (time). Every truth synthetic has n_features=20.
TRUTH = (
    CalConfig("mnist1d", "mnist1d", "logreg", (("n_samples", 10000),), budget=640, pool_size=7500),
    CalConfig("syn-easy", "synthetic", "logreg", _syn(10000, n_classes=3, class_sep=1.0), budget=400, pool_size=7500),
    CalConfig("syn-hard-imb", "synthetic", "logreg", _syn(20000, n_classes=5, class_sep=0.7, imbalance=5.0),
              budget=640, pool_size=15000),
    CalConfig("syn-binary-imb", "synthetic", "logreg", _syn(5000, n_classes=2, class_sep=0.5, imbalance=10.0),
              budget=400, pool_size=3750),
    CalConfig("digits", "digits", "logreg", budget=480, pool_size=1348),
    CalConfig("breast_cancer", "breast_cancer", "logreg", budget=320, pool_size=427),
    CalConfig("digits-mlp", "digits", "mlp", budget=320, pool_size=1348, truth_seeds=MLP_TRUTH_SEEDS),
)

# AL calibration: synthetic only, n_features 5-60 but never 20 (truth uses 20), other n_classes / class_sep.
AL_CALIBRATION = tuple(
    CalConfig(name, "synthetic", "logreg", params, budget=budget, pool_size=pool,
              pilot_seeds=(), truth_seeds=AL_CAL_SEEDS)
    for name, params, budget, pool in (
        ("cal-f10-c4-sep1.5", _syn(8000, n_features=10, n_classes=4, class_sep=1.5), 800, 6000),
        ("cal-f40-c6-sep0.8-imb3", _syn(12000, n_features=40, n_classes=6, class_sep=0.8, imbalance=3.0), 1000, 9000),
        ("cal-f5-c2-sep0.3", _syn(6000, n_features=5, n_classes=2, class_sep=0.3), 800, 4500),
        ("cal-f10-c8-sep1.2-imb2", _syn(16000, n_features=10, n_classes=8, class_sep=1.2, imbalance=2.0), 1000, 12000),
        # 12 more (n_features 5-60 but never 20, n_classes 2-10, class_sep 0.4-2.0, imbalance 1-4)
        ("cal-f5-c3-sep2.0", _syn(6000, n_features=5, n_classes=3, class_sep=2.0), 800, 4500),
        ("cal-f15-c2-sep0.6-imb2", _syn(8000, n_features=15, n_classes=2, class_sep=0.6, imbalance=2.0), 800, 6000),
        ("cal-f25-c5-sep1.0", _syn(10000, n_features=25, n_classes=5, class_sep=1.0), 1000, 7500),
        ("cal-f30-c10-sep1.6", _syn(20000, n_features=30, n_classes=10, class_sep=1.6), 1000, 15000),
        ("cal-f60-c4-sep0.7-imb4", _syn(16000, n_features=60, n_classes=4, class_sep=0.7, imbalance=4.0), 1000, 12000),
        ("cal-f8-c6-sep1.3-imb1.5", _syn(12000, n_features=8, n_classes=6, class_sep=1.3, imbalance=1.5), 900, 9000),
        ("cal-f50-c2-sep1.8-imb3", _syn(8000, n_features=50, n_classes=2, class_sep=1.8, imbalance=3.0), 800, 6000),
        ("cal-f12-c7-sep0.9", _syn(14000, n_features=12, n_classes=7, class_sep=0.9), 1000, 10500),
        ("cal-f35-c3-sep0.4", _syn(10000, n_features=35, n_classes=3, class_sep=0.4), 900, 7500),
        ("cal-f45-c9-sep1.1-imb2.5", _syn(18000, n_features=45, n_classes=9, class_sep=1.1, imbalance=2.5), 1000, 13500),
        ("cal-f6-c5-sep0.5-imb1", _syn(6000, n_features=6, n_classes=5, class_sep=0.5), 800, 4500),
        ("cal-f30-c2-sep1.2-imb4", _syn(12000, n_features=30, n_classes=2, class_sep=1.2, imbalance=4.0), 900, 9000),
    )
)

QUICK = (
    CalConfig("digits", "digits", "logreg", budget=320, pool_size=1348, truth_seeds=(10, 11, 12),
              strategies=("random", "margin", "coreset")),
    CalConfig("breast_cancer", "breast_cancer", "logreg", budget=320, pool_size=427, truth_seeds=(10, 11, 12),
              strategies=("random", "margin", "coreset")),
)
AL_CALIBRATION_QUICK = (
    CalConfig("cal-f10-c4-sep1.5", "synthetic", "logreg", _syn(8000, n_features=10, n_classes=4, class_sep=1.5),
              budget=200, pool_size=6000, pilot_seeds=(), truth_seeds=(100, 101), strategies=("random", "margin")),
)

SETS = {
    "truth": TRUTH,
    "al-calibration": AL_CALIBRATION,
    "quick": QUICK,
    "al-calibration-quick": AL_CALIBRATION_QUICK,
}


def check_disjoint() -> None:
    """Raise if any AL-calibration config shares its data-set parameters with a truth config."""
    truth = {(c.dataset, c.params) for c in TRUTH}
    for c in AL_CALIBRATION:
        if (c.dataset, c.params) in truth or dict(c.params).get("n_features") == 20:
            raise AssertionError(f"AL-calibration config {c.name} overlaps the truth configs")
