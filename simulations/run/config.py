"""What to simulate: :class:`SimulationConfig` (a grid) and :class:`RunSpec` (one run = one curve).

Importing this module does not import torch; :meth:`SimulationConfig.validate`
imports the learners lazily to check the model name.

>>> cfg = SimulationConfig(strategies=("random", "margin"), seeds=(0, 1), rounds=5)
>>> [(s.strategy, s.seed) for s in cfg.runs()]
[('random', 0), ('random', 1), ('margin', 0), ('margin', 1)]
"""

from __future__ import annotations

import hashlib
import json
import math
import numbers
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from simulations.results.location import DEFAULT_DB, default_db  # re-exported: the CLI reads them here

__all__ = ["SimulationConfig", "RunSpec", "DEFAULT_DB", "DEFAULT_ROUNDS", "available_choices", "dataset_facts",
           "default_db", "parse_params", "refused_strategies"]


def missing_capabilities(model: str, strategy: str, model_params=()) -> frozenset:
    """What ``strategy`` needs that learner ``model`` (with ``model_params``) cannot give (empty: it can)."""
    from simulations import strategies as st_mod  # lazy: start-up time
    from simulations.learners.models import capabilities  # lazy: start-up time

    return frozenset(st_mod.get(strategy).learner_needs - capabilities(model, **dict(model_params)))


#: Why a learner cannot serve a need, and what serves it: the refusal's words, by need.
_LACKS = {
    "grad_embeddings": ("the gradients of a network's last layer", "use --model logreg, mlp or cnn"),
    "model": ("a differentiable model (it perturbs the inputs along the gradient)", "use --model logreg, mlp or cnn"),
    "embeddings": ("embeddings", "choose another model"),
    "probs": ("class probabilities", "choose another model"),
    "features": ("the input features", "choose another model"),
}


def refusal(strategy: str, model: str, missing: frozenset, model_params=()) -> str:
    """The one line that refuses ``strategy`` on learner ``model``, which lacks ``missing`` (not empty)."""
    if "mc_probs" in missing:
        fix = ("set dropout > 0 in --model-params" if "dropout" in dict(model_params)
               else "use --model mlp or cnn")
        return (f"strategy {strategy!r} needs MC-dropout samples, which model {model!r} cannot give "
                f"(no dropout: every sample would be the same prediction): {fix}, "
                f"or a strategy without MC dropout such as entropy")
    need = sorted(missing)[0]
    what, fix = _LACKS.get(need, (need, "choose another model"))
    return (f"strategy {strategy!r} needs {what}, which model {model!r} cannot give: {fix}, "
            f"or a strategy such as margin or coreset")


def cost_refusal(strategy: str) -> str:
    """The one line that refuses ``strategy`` (one that divides by each example's annotation cost) on data
    without costs."""
    return (f"strategy {strategy!r} divides each example's score by its annotation cost, and the data carry none: "
            "give --cost-column NAME (a column of --data), or use margin")


def available_choices() -> tuple[dict, dict, dict]:
    """(data sets, models, strategies): each name -> its one-line summary (the page's choices: its data sets carry
    no annotation costs, so the strategies that need them are left out)."""
    from simulations import strategies as st_mod  # lazy: start-up time
    from simulations.data.datasets import available as datasets  # lazy: start-up time
    from simulations.learners.models import available as models  # lazy: start-up time

    offered = {name: summary for name, summary in st_mod.available().items()
               if not st_mod.get(name).needs & st_mod.DATA_NEEDS}
    return datasets(), models(), offered


def dataset_facts(name: str) -> tuple[int, int, str]:
    """(classes, AL pool size, one-line description) of proxy data set ``name``."""
    from simulations.data.datasets import available, load  # lazy: start-up time

    ds = load(name, seed=0)
    return ds.n_classes, ds.n_pool, available().get(name, "")


def refused_strategies(model: str, model_params=()) -> tuple[str, ...]:
    """The registered strategies learner ``model`` cannot serve (bald and mc_entropy need MC dropout, which logreg
    lacks; a scikit-learn estimator has no gradients either): what the page does not offer and the CLI's listings
    name."""
    from simulations.strategies import available  # lazy: start-up time

    return tuple(name for name in available() if missing_capabilities(model, name, model_params))

#: Rounds after the initial set when neither ``rounds`` nor ``budget`` is given.
DEFAULT_ROUNDS = 10
#: Bumped when the simulation of a given spec changes meaning (part of ``RunSpec.key()``).
SPEC_VERSION = 3  # 2: binary logreg's penalty matches scikit-learn's C = 1/weight_decay (was 2/weight_decay); 3: mlp/cnn fits stop early on training loss (loss_tol 0.05) in passes over the labeled set
#: Bumped when one learner's simulation changes meaning: only its runs get new keys (the others' stored runs stay valid).
MODEL_SPEC_VERSIONS = {
    "mlp": 2,  # 2: dropout masks drawn as bit planes of the run's raw 64-bit stream (4x fewer random bits at p = 0.25)
    "cnn": 2,  # 2: trained by simulations.run.lockstep.fit_cnns (stacked channels-last convolutions, one mask draw a layer a step, hand-rolled Adam)
}

_Scalar = (str, int, float, bool, type(None))


def parse_params(text: str | None) -> tuple[tuple[str, object], ...]:
    """Parse ``"n_samples=100000,class_sep=0.5"`` into sorted ``(key, value)`` pairs.

    Values become int, float, bool (``true``/``false``) or stay strings.

    Raises
    ------
    ValueError
        An item without ``=``, an empty key, or a key given twice.
    """
    if text is None or not text.strip():
        return ()
    out: dict[str, object] = {}
    for item in text.split(","):
        item = item.strip()
        if not item:
            continue
        if "=" not in item:
            raise ValueError(f"parameter {item!r} must be written key=value (e.g. n_samples=100000)")
        key, raw = (s.strip() for s in item.split("=", 1))
        if not key:
            raise ValueError(f"parameter {item!r} has no name: write key=value")
        if key in out:
            raise ValueError(f"parameter {key!r} is given twice")
        out[key] = _parse_value(raw)
    return tuple(sorted(out.items()))


def _parse_value(raw: str) -> object:
    low = raw.lower()
    if low in ("true", "false"):
        return low == "true"
    if low in ("none", "null"):
        return None
    try:
        return int(raw)
    except ValueError:
        pass
    try:
        return float(raw)
    except ValueError:
        return raw


def _as_pairs(name: str, params) -> tuple[tuple[str, object], ...]:
    """Normalize a mapping or pairs to sorted hashable ``(key, value)`` pairs."""
    if isinstance(params, dict):
        items = list(params.items())
    else:
        try:
            items = [tuple(p) for p in params]
        except TypeError:
            raise ValueError(f"{name} must be (key, value) pairs or a dict, got {params!r}") from None
    out = {}
    for item in items:
        if len(item) != 2 or not isinstance(item[0], str):
            raise ValueError(f"{name} must be (key, value) pairs with string keys, got {item!r}")
        key, value = item
        if isinstance(value, (list, tuple)) and all(isinstance(v, _Scalar) for v in value):
            value = tuple(value)
        elif not isinstance(value, _Scalar):
            raise ValueError(f"{name}: {key} must be a number, string or bool, got {type(value).__name__}")
        out[key] = value
    return tuple(sorted(out.items()))


#: Largest seed (SQLite stores it; numpy's SeedSequence takes it): 2**32 - 1.
MAX_SEED = 2**32 - 1
#: Most runs one configuration or grid may hold: counted before any is built.
MAX_RUNS = 100_000
#: Most labeling rounds of one run, and the largest label count (initial, batch, budget).
MAX_ROUNDS = 100_000
MAX_LABELS = 100_000_000
#: Most MC-dropout forward passes per round (each holds a copy of the pool's class probabilities).
MAX_MC_SAMPLES = 1_000


def _whole(name: str, value, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < low:
        raise ValueError(f"{name} must be a whole number >= {low}, got {value!r}")
    if high is not None and value > high:
        raise ValueError(f"{name} must be a whole number from {low} to {high:,}, got {value!r}")
    return int(value)


@dataclass(frozen=True)
class RunSpec:
    """One run: one data set, learner, strategy and seed -> one curve.

    Every field that affects the curve is here, so :meth:`key` identifies the
    result and ``run_one(spec)`` is a pure function of the spec.

    Parameters
    ----------
    dataset : str
        Proxy name, or ``"file"`` for ``data_file``.
    model, strategy : str
    seed : int
        Seeds the initial set (shared by every strategy), the learner, the
        strategy and the oracle.
    initial, batch_size : int
    rounds : int
        Labeling rounds after the initial set.
    budget : int or None
        Total labels; when set, the last round buys only what is left.
    label_noise : float
        Oracle flip rate (or the error rate of ``confusion``).
    data_file, data_sha256, label_column : for ``dataset == "file"``
    dataset_params, model_params : tuple of (key, value) pairs
    confusion : tuple of tuple of float or None
        Oracle confusion matrix ``[true][observed]``; overrides the flip rate.
    warm_start : bool
    mc_samples : int
        MC-dropout passes for strategies that need ``mc_probs``.
    hybrid_accuracy : tuple of float
        Hybrid labeling's accuracy bars, ascending (:mod:`simulations.run.hybrid`); empty: none recorded.
    hybrid_holdout : int or None
        Size of the human-labeled held-out split the bars are checked on; None: the default size.
    blind_start : bool
        Draw the test split and the initial set uniformly at random, without the labels, as a campaign on
        unlabeled data must (``alplan campaign``); else stratified, with every class in the initial set.
    cost_column : str or None
        The column of ``data_file`` holding each example's annotation cost (``--cost-column``): the run records
        the labeled set's cumulative cost (``annotation_cost``); None: no costs.
    """

    dataset: str
    model: str
    strategy: str
    seed: int
    initial: int
    batch_size: int
    rounds: int
    budget: int | None = None
    label_noise: float = 0.0
    data_file: str | None = None
    data_sha256: str | None = None
    label_column: str = "label"
    dataset_params: tuple[tuple[str, object], ...] = ()
    model_params: tuple[tuple[str, object], ...] = ()
    confusion: tuple[tuple[float, ...], ...] | None = None
    warm_start: bool = False
    mc_samples: int = 20
    hybrid_accuracy: tuple[float, ...] = ()
    hybrid_holdout: int | None = None
    blind_start: bool = False
    cost_column: str | None = None

    def batch_sizes(self) -> list[int]:
        """Labels bought in each round after the initial set."""
        if self.budget is None:
            return [self.batch_size] * self.rounds
        extra = self.budget - self.initial
        full, rest = divmod(extra, self.batch_size)
        return [self.batch_size] * full + ([rest] if rest else [])

    @property
    def total_labels(self) -> int:
        """Labels of the whole run (computed, not enumerated: ``rounds`` may be huge before validation)."""
        if self.budget is None:
            return self.initial + self.batch_size * self.rounds
        return max(self.budget, self.initial)

    def to_dict(self) -> dict:
        """JSON-ready dict of every field (pairs become dicts)."""
        d = {f.name: getattr(self, f.name) for f in fields(self)}  # the same values as asdict, without its deep copy
        d["dataset_params"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.dataset_params}
        d["model_params"] = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.model_params}
        d["confusion"] = None if self.confusion is None else [list(r) for r in self.confusion]
        if not self.hybrid_accuracy:  # a run without hybrid bars keeps the key it had before they existed
            del d["hybrid_accuracy"], d["hybrid_holdout"]
        else:
            d["hybrid_accuracy"] = list(self.hybrid_accuracy)
        if not self.blind_start:  # a run drawn by class keeps the key it had before blind starts existed
            del d["blind_start"]
        if self.cost_column is None:  # a run without costs keeps the key it had before cost columns existed
            del d["cost_column"]
        d["spec_version"] = SPEC_VERSION
        if self.model in MODEL_SPEC_VERSIONS:
            d["model_spec_version"] = MODEL_SPEC_VERSIONS[self.model]
        return d

    def key(self) -> str:
        """Stable sha256 of the canonical JSON of the fields (computed once per spec: a grid asks it often)."""
        cached = self.__dict__.get("_key")
        if cached is None:
            text = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), allow_nan=False)
            cached = hashlib.sha256(text.encode("utf-8")).hexdigest()
            object.__setattr__(self, "_key", cached)  # not a field: equality, repr and pickling's fields ignore it
        return cached

    def data_key(self) -> tuple:
        """The fields that determine the loaded data set (cache key)."""
        return (self.dataset, self.data_file, self.data_sha256, self.label_column, self.dataset_params,
                self.blind_start, self.cost_column)


@dataclass(frozen=True)
class SimulationConfig:
    """A grid of runs: data sets x strategies x seeds, one learner.

    Parameters
    ----------
    datasets : tuple of str
        Proxy names (``alplan datasets``), or ``("file",)`` with ``data_file``.
    model : str
        ``logreg``, ``mlp``, ``cnn``, ``forest``, ``boosting``, ``knn`` or
        ``sklearn:package.module.Class``.
    strategies : tuple of str
        Strategy names (``alplan strategies``), ``combined:A+B`` allowed.
    seeds : tuple of int
    initial, batch_size : int
        Initial labeled set size; labels bought per round.
    rounds, budget : int or None
        Rounds after the initial set, or the total label budget (not both);
        ``DEFAULT_ROUNDS`` rounds when neither is given.
    label_noise : float
        Oracle flip rate in [0, 1).
    confusion : tuple of tuple of float or None
        Oracle confusion matrix ``[true][observed]`` (overrides ``label_noise``).
    data_file, label_column : the user's own data (dataset name ``"file"``).
    dataset_params, model_params : tuple of (key, value) pairs
        E.g. ``(("n_samples", 100000),)`` for ``synthetic``.
    warm_start : bool
        Continue training from the previous round's weights.
    mc_samples : int
        MC-dropout passes for strategies that need them.
    hybrid_accuracy : tuple of float
        Accuracy bars in (0, 1) at which each round records how much of the
        unlabeled remainder the model can label (``--hybrid-accuracy``).
    hybrid_holdout : int or None
        Size of the human-labeled held-out split the bars are checked on
        (``--hybrid-holdout``); None: :data:`simulations.run.hybrid.DEFAULT_HOLDOUT`,
        at most a quarter of the unlabeled pool.
    blind_start : bool
        Draw the test split and the initial set without the labels (``--blind-start``): what a campaign
        on the user's unlabeled pool draws, so its batches can be replayed here.
    cost_column : str or None
        A column of ``data_file`` holding each example's annotation cost (``--cost-column``; not a feature):
        every run records its labeled set's cumulative cost beside ``n_labels`` (``annotation_cost``), and the
        cost-aware strategy ``roi`` divides by it.
    """

    datasets: tuple[str, ...] = ("digits",)
    model: str = "logreg"
    strategies: tuple[str, ...] = ("random", "margin")
    seeds: tuple[int, ...] = (0, 1, 2)
    initial: int = 20
    batch_size: int = 20
    rounds: int | None = None
    budget: int | None = None
    label_noise: float = 0.0
    data_file: str | None = None
    label_column: str = "label"
    dataset_params: tuple[tuple[str, object], ...] = ()
    model_params: tuple[tuple[str, object], ...] = ()
    warm_start: bool = False
    mc_samples: int = 20
    confusion: tuple[tuple[float, ...], ...] | None = field(default=None)
    hybrid_accuracy: tuple[float, ...] = ()
    hybrid_holdout: int | None = None
    blind_start: bool = False
    cost_column: str | None = None

    # ------------------------------------------------------------ checks
    def _check_fields(self, *, given: str | None = None) -> None:
        """Checks that need no data: names, numbers, combinations (``given``: the one data set's name, a data set
        already built, so not looked up)."""
        from simulations import strategies as st_mod  # lazy: start-up time
        from simulations.data import datasets as ds_mod  # lazy: start-up time

        if isinstance(self.datasets, str) or not self.datasets:
            raise ValueError("datasets must be a non-empty tuple of names (see `alplan datasets`)")
        valid = list(ds_mod.available())
        for name in self.datasets:
            if name == given:
                continue
            if name == "file":
                if not self.data_file:
                    raise ValueError("dataset 'file' needs your data: give --data PATH (CSV, Parquet or NPZ)")
            elif name not in valid:
                raise ValueError(f"unknown data set {name!r}: choose one of {', '.join(valid)}, or file with --data PATH")
        if self.data_file and "file" not in self.datasets:
            raise ValueError("--data is given but the data set is not 'file': use --dataset file (or leave --dataset out)")
        if self.cost_column is not None:
            if not isinstance(self.cost_column, str) or not self.cost_column.strip():
                raise ValueError("--cost-column must name a column of --data (such as seconds): give its name")
            if not self.data_file and given is None:
                raise ValueError("--cost-column names a column of your own data: give --data PATH (CSV/Parquet with "
                                 "that column), or leave --cost-column out")
        if len(set(self.datasets)) != len(self.datasets):
            raise ValueError("a data set is listed twice: give each once")
        if not isinstance(self.model, str) or not self.model:
            raise ValueError("model must be a learner name (see `alplan models`) or sklearn:package.module.Class")
        if isinstance(self.strategies, str) or not self.strategies:
            raise ValueError("strategies must be a non-empty tuple of names (see `alplan strategies`)")
        for name in self.strategies:
            st_mod.get(name)  # ValueError listing the valid names
        if len(set(self.strategies)) != len(self.strategies):
            raise ValueError("a strategy is listed twice: give each once")
        self._check_model_params()
        self._check_capabilities()
        if isinstance(self.seeds, (int, str)) or not self.seeds:
            raise ValueError("seeds must be a non-empty tuple of whole numbers")
        n_runs = len(self.datasets) * len(self.strategies) * len(self.seeds)
        if n_runs > MAX_RUNS:
            raise ValueError(f"the configuration has {n_runs:,} runs, over the {MAX_RUNS:,} limit: use fewer seeds")
        for s in self.seeds:
            _whole("seed", s, 0, MAX_SEED)
        if len(set(self.seeds)) != len(self.seeds):
            raise ValueError("a seed is listed twice: give each once")
        _whole("--initial", self.initial, 1, MAX_LABELS)
        _whole("--batch-size", self.batch_size, 1, MAX_LABELS)
        if self.rounds is not None and self.budget is not None:
            raise ValueError("give --rounds or --budget, not both")
        if self.rounds is not None:
            _whole("--rounds", self.rounds, 1, MAX_ROUNDS)
        if self.budget is not None:
            _whole("--budget", self.budget, 1, MAX_LABELS)
            if -(-(self.budget - self.initial) // self.batch_size) > MAX_ROUNDS:
                raise ValueError(f"--budget {self.budget} at --batch-size {self.batch_size} is more than "
                                 f"{MAX_ROUNDS:,} rounds: raise --batch-size or lower --budget")
            if self.budget <= self.initial:
                raise ValueError(
                    f"--budget {self.budget} must be larger than --initial {self.initial}: "
                    "the budget counts all labels, the initial set included"
                )
        try:
            noise = float(self.label_noise)
        except (TypeError, ValueError):
            raise ValueError(f"--label-noise must be a number in [0, 1), got {self.label_noise!r}") from None
        if not 0.0 <= noise < 1.0:
            raise ValueError(f"--label-noise must be a flip rate in [0, 1), got {self.label_noise}")
        _whole("mc_samples", self.mc_samples, 1, MAX_MC_SAMPLES)  # each is a forward pass over the pool
        self._check_hybrid()
        _as_pairs("dataset_params", self.dataset_params)
        _as_pairs("model_params", self.model_params)
        if self.data_file:  # a regular file within the size limit (not /dev/zero, not a FIFO), before reading it
            from simulations.data.datasets import DEFAULT_MAX_FILE_BYTES, _check_file  # lazy: start-up time

            _check_file(Path(self.data_file), DEFAULT_MAX_FILE_BYTES)

    def _check_hybrid(self) -> None:
        """The hybrid bars: numbers strictly between 0 and 1, each once; the held-out size a whole number."""
        from simulations.run.hybrid import MAX_TARGETS  # lazy: start-up time

        bars = self.hybrid_accuracy
        if isinstance(bars, (str, bytes)) or not isinstance(bars, (tuple, list)):
            raise ValueError(f"--hybrid-accuracy must be a list of accuracies in (0, 1), got {bars!r}")
        if len(bars) > MAX_TARGETS:
            raise ValueError(f"--hybrid-accuracy lists {len(bars)} bars, over the {MAX_TARGETS} limit: give fewer")
        for q in bars:
            if isinstance(q, bool) or not isinstance(q, numbers.Real) or not 0.0 < float(q) < 1.0:
                raise ValueError(f"--hybrid-accuracy must be accuracies strictly between 0 and 1 such as 0.95, "
                                 f"got {q!r}")
        if len({round(float(q), 9) for q in bars}) != len(bars):
            raise ValueError("--hybrid-accuracy lists a bar twice: give each once")
        if self.hybrid_holdout is not None:
            _whole("--hybrid-holdout", self.hybrid_holdout, 1, MAX_LABELS)
            if not bars:
                raise ValueError("--hybrid-holdout needs --hybrid-accuracy: give the accuracy bar(s) too")

    def _check_model_params(self) -> None:
        """Every --model-params key is a parameter the learner declares (not its constructor's own arguments,
        such as n_classes or name, which the data and the command set)."""
        from simulations.learners.models import is_known, param_names  # lazy: start-up time
        from simulations.messages import closest_first, shorten  # lazy: start-up time

        if not is_known(self.model):
            return  # validate() names the valid models
        declared = param_names(self.model)
        unknown = [k for k, _ in _as_pairs("model_params", self.model_params) if k not in declared]
        if unknown:
            raise ValueError(f"model {self.model!r} has no parameter {shorten([unknown[0]], quote=True)}: valid "
                             f"parameters are {closest_first(unknown[0], declared)}")

    def _check_capabilities(self) -> None:
        """Refuse a strategy the learner cannot serve (``bald`` on ``logreg``): one line, before any run."""
        from simulations import strategies as st_mod  # lazy: start-up time
        from simulations.learners.models import capabilities, is_known  # lazy: start-up time

        if not is_known(self.model):
            return  # validate() names the valid models
        params = tuple(_as_pairs("model_params", self.model_params))
        try:
            capabilities(self.model, **dict(params))
        except TypeError:  # a bad parameter: make_learner in validate() says which
            return
        for name in self.strategies:
            st_mod.get(name)  # an unknown name: its own message
            missing = missing_capabilities(self.model, name, params)
            if missing:
                raise ValueError(refusal(name, self.model, missing, self.model_params))

    def validate(self) -> None:
        """Check everything, loading each data set once (cached) for its size and shape.

        Raises
        ------
        ValueError / OSError
            One line: what is wrong and how to fix it.
        """
        self._check_fields()
        from simulations.data.datasets import load_dataset  # lazy: start-up time
        from simulations.learners.models import is_known, unknown_model  # lazy: start-up time

        if not is_known(self.model):
            raise unknown_model(self.model)
        for spec in self._specs(strategies=self.strategies[:1], seeds=self.seeds[:1]):
            self._check_data(load_dataset(spec), spec)

    def _check_data(self, ds, spec: RunSpec) -> None:
        """The learner, the schedule and the oracle against the loaded data set ``ds`` of ``spec``."""
        from simulations.data.oracle import Oracle  # lazy: start-up time
        from simulations.learners.models import make_learner  # lazy: start-up time

        label = ds.name
        make_learner(   # the warm start too: an estimator that cannot do one is refused before any run
            self.model, n_features=ds.n_features, n_classes=ds.n_classes, input_shape=ds.input_shape,
            warm_start=bool(self.warm_start), **dict(_as_pairs("model_params", self.model_params)),
        )
        need = spec.total_labels
        if self.initial > ds.n_pool:
            raise ValueError(
                f"--initial {self.initial} is larger than the pool of {label} ({ds.n_pool} examples): lower --initial"
            )
        if need > ds.n_pool:
            flag = "--budget" if self.budget is not None else "--rounds/--batch-size"
            raise ValueError(
                f"the run needs {need} labels but the pool of {label} has only {ds.n_pool} examples: lower {flag}"
            )
        noise = self.confusion if self.confusion is not None else self.label_noise
        Oracle.from_noise(noise, ds.n_classes)
        if ds.cost_pool is None:
            from simulations import strategies as st_mod  # lazy: start-up time

            for name in self.strategies:
                if st_mod.get(name).needs & st_mod.DATA_NEEDS:
                    raise ValueError(cost_refusal(name))
        if self.hybrid_holdout is not None and self.hybrid_holdout >= ds.n_pool - self.initial:
            raise ValueError(f"--hybrid-holdout {self.hybrid_holdout} takes all {ds.n_pool - self.initial} "
                             f"unlabeled examples of {label}'s pool, leaving the model nothing to label: lower "
                             "--hybrid-holdout")

    # -------------------------------------------------------------- runs
    def resolved_rounds(self) -> int:
        """Number of labeling rounds after the initial set."""
        if self.budget is not None:
            return math.ceil((self.budget - self.initial) / self.batch_size)
        return DEFAULT_ROUNDS if self.rounds is None else int(self.rounds)

    def _specs(self, *, strategies, seeds) -> list[RunSpec]:
        digest = None
        data_file = None
        if self.data_file:
            from simulations.data.datasets import file_digest  # lazy: start-up time

            data_file = str(Path(self.data_file).resolve())
            digest = file_digest(data_file)
        confusion = None
        noise = float(self.label_noise)
        if self.confusion is not None:
            confusion = tuple(tuple(float(v) for v in row) for row in self.confusion)
            n = len(confusion)
            noise = round(1.0 - sum(confusion[i][i] for i in range(n)) / n, 12) if n else 0.0
        out = []
        for dataset in self.datasets:
            for strategy in strategies:
                for seed in seeds:
                    out.append(RunSpec(
                        dataset=dataset,
                        model=self.model,
                        strategy=strategy,
                        seed=int(seed),
                        initial=int(self.initial),
                        batch_size=int(self.batch_size),
                        rounds=self.resolved_rounds(),
                        budget=None if self.budget is None else int(self.budget),
                        label_noise=noise,
                        data_file=data_file if dataset == "file" else None,
                        data_sha256=digest if dataset == "file" else None,
                        label_column=self.label_column if dataset == "file" else "label",
                        dataset_params=_as_pairs("dataset_params", self.dataset_params),
                        model_params=_as_pairs("model_params", self.model_params),
                        confusion=confusion,
                        warm_start=bool(self.warm_start),
                        mc_samples=int(self.mc_samples),
                        hybrid_accuracy=tuple(sorted(float(q) for q in self.hybrid_accuracy)),
                        hybrid_holdout=None if self.hybrid_holdout is None else int(self.hybrid_holdout),
                        blind_start=bool(self.blind_start),
                        cost_column=self.cost_column if dataset == "file" else None,
                    ))
        return out

    def runs(self) -> list[RunSpec]:
        """Every run of the grid, data sets x strategies x seeds (in that nesting order)."""
        self._check_fields()
        return self._specs(strategies=self.strategies, seeds=self.seeds)

    def runs_on(self, dataset) -> list[RunSpec]:
        """Every run of the grid on ``dataset``, a :class:`simulations.data.datasets.Dataset` already built (from
        arrays: a campaign's labels in hand), checked as :meth:`validate` checks a loaded one; ``datasets`` must be
        its name alone.

        Raises
        ------
        ValueError
            One line: what is wrong and how to fix it.
        """
        from simulations.learners.models import is_known, unknown_model  # lazy: start-up time

        if tuple(self.datasets) != (dataset.name,) or self.data_file:
            raise ValueError(f"the runs on the data set {dataset.name!r} must name it alone, without a data file")
        self._check_fields(given=dataset.name)
        if not is_known(self.model):
            raise unknown_model(self.model)
        specs = self._specs(strategies=self.strategies, seeds=self.seeds)
        self._check_data(dataset, specs[0])
        return specs

    def with_(self, **changes) -> "SimulationConfig":
        """A copy with some fields changed."""
        return replace(self, **changes)
