"""Learners that wrap a scikit-learn-style classifier: the presets and ``sklearn:package.module.Class``.

One small adapter, :class:`EstimatorLearner`, gives any estimator with
``fit``, ``predict_proba`` and ``classes_`` the surface the AL loop calls
(:class:`simulations.learners.base.Learner`). As scikit-activeml's
``SklearnClassifier`` and modAL's ``ActiveLearner``, it holds an unfitted
template and fits ``sklearn.base.clone(template)`` afresh every round; none of
scikit-learn's logic is copied. Per fit it only

- sets every ``random_state`` the estimator has (its own or a pipeline
  step's) to a number drawn from the run's model stream, unless the user set
  it, so one seed gives one curve, bit for bit;
- lowers ``n_neighbors`` to the labeled set's size while the set is smaller
  (scikit-learn refuses more neighbours than examples);
- with one class labeled, predicts that class (many estimators refuse to fit
  a single class);
- maps ``predict_proba``'s columns (the classes seen, ``classes_``) onto all
  ``n_classes``, the unseen ones at probability 0.

Warm start (``--warm-start``) keeps the fitted estimator and refits it with
``warm_start=True``, for an estimator that has that parameter and whose warm
start continues an optimisation (``SGDClassifier``, ``MLPClassifier``);
scikit-learn's ensembles are refused, since their warm start adds members and
keeps the ones fitted on the old labels.

Capabilities: class probabilities, and the input features as the embedding
(typiclust, coreset, dal and cluster_margin work on the features, or on the
embeddings a user's file holds). No gradients, no MC dropout, no
differentiable model: badge, egl, bald, mc_entropy and adversarial are
refused before a run starts (:func:`simulations.run.config.missing_capabilities`).

``sklearn:`` names are read from the command line and from grid files (the
user's own input), never from the dashboard. A name is parsed as dotted
Python identifiers before anything is imported; the module is imported, and
the class checked (a class, with ``fit``, ``predict_proba`` and
``get_params``) before it is instantiated.

Nothing here imports scikit-learn at import time (``alplan models`` stays fast).

>>> import numpy as np
>>> from simulations.learners.models import make_learner
>>> m = make_learner("forest", n_features=4, n_classes=3, n_estimators=10)
>>> X = np.random.default_rng(0).normal(size=(30, 4)).astype(np.float32)
>>> m.fit(X, np.arange(30) % 3, rng=np.random.default_rng(0)).predict_proba(X).shape
(30, 3)
"""

from __future__ import annotations

import importlib
import inspect
import math
import re
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from simulations.learners.base import PREDICT_CHUNK, Learner, _check_X, _check_Xy
from simulations.messages import closest_first, short, shorten

__all__ = ["CAPABILITIES", "EstimatorLearner", "PRESETS", "Preset", "PREFIX", "check_params", "is_estimator_name",
           "param_names", "parse_import_path", "register_preset", "resolve_class"]

#: What a wrapped estimator serves a strategy: probabilities; the input features as embeddings and as features.
CAPABILITIES = frozenset({"probs", "embeddings", "features"})
#: The prefix of an import path given as a model name.
PREFIX = "sklearn:"
#: Longest import path (after the prefix).
MAX_PATH = 200
#: Largest whole number one estimator parameter may take (``random_state`` excepted: a seed up to 2**32 - 1).
MAX_WHOLE = 1_000_000
MAX_SEED = 2**32 - 1
#: Most members or iterations (``n_estimators``, ``max_iter``): each is a model fitted every round.
MAX_MEMBERS = 10_000
_MEMBER_KEYS = frozenset({"n_estimators", "max_iter"})
#: Longest string value of one parameter.
MAX_TEXT = 200
#: One dotted path of ASCII identifiers, at least two parts (module and class).
_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+")
_EXAMPLE = "sklearn:sklearn.ensemble.ExtraTreesClassifier"


# ------------------------------------------------------------------ presets


@dataclass(frozen=True)
class Preset:
    """A named estimator: ``build()`` returns it unfitted; ``step`` names the pipeline step whose parameters
    ``--model-params`` sets (``None``: the estimator's own)."""

    name: str
    summary: str
    build: Callable[[], Any]
    step: str | None = None


#: The presets, by name (``alplan models`` lists them after the networks).
PRESETS: dict[str, Preset] = {}


def register_preset(name: str, summary: str, build: Callable[[], Any], *, step: str | None = None) -> None:
    """Add a preset: one entry, offered by the CLI, grid files and the dashboard."""
    PRESETS[name] = Preset(name=name, summary=summary, build=build, step=step)


def _forest():
    from sklearn.ensemble import RandomForestClassifier  # lazy: start-up time

    return RandomForestClassifier()


def _boosting():
    from sklearn.ensemble import HistGradientBoostingClassifier  # lazy: start-up time

    return HistGradientBoostingClassifier()


def _knn():
    from sklearn.neighbors import KNeighborsClassifier  # lazy: start-up time
    from sklearn.pipeline import Pipeline  # lazy: start-up time
    from sklearn.preprocessing import StandardScaler  # lazy: start-up time

    return Pipeline([("scale", StandardScaler()), ("knn", KNeighborsClassifier())])


register_preset("forest", "random forest (scikit-learn RandomForestClassifier, 100 trees)", _forest)
register_preset("boosting", "gradient boosting (scikit-learn HistGradientBoostingClassifier)", _boosting)
register_preset("knn", "k nearest neighbours on standardized features (scikit-learn KNeighborsClassifier)", _knn,
                step="knn")


# ------------------------------------------------------------ import paths


def is_estimator_name(name: object) -> bool:
    """Whether ``name`` names a wrapped estimator: a preset, or anything written ``sklearn:...`` (its form is
    checked by :func:`parse_import_path`)."""
    return isinstance(name, str) and (name in PRESETS or name.startswith(PREFIX))


def parse_import_path(name: str) -> tuple[str, str]:
    """``"sklearn:pkg.mod.Class"`` -> ``("pkg.mod", "Class")``, checked as text only (nothing is imported).

    Raises
    ------
    ValueError
        One line, for anything but dotted ASCII identifiers of at most
        :data:`MAX_PATH` characters, or a part that starts with ``__``.
    """
    if not isinstance(name, str) or not name.startswith(PREFIX):
        raise ValueError(f"model {short(name)} is not an import path: write {_EXAMPLE}")
    path = name[len(PREFIX):]
    if len(path) > MAX_PATH or not _PATH.fullmatch(path):
        raise ValueError(f"--model {short(name)}: write sklearn:package.module.Class, dotted Python names "
                         f"(at most {MAX_PATH} characters), e.g. {_EXAMPLE}")
    parts = path.split(".")
    if any(part.startswith("__") for part in parts):
        raise ValueError(f"--model {short(name)}: a part starting with '__' is not a class path; "
                         f"write sklearn:package.module.Class, e.g. {_EXAMPLE}")
    return ".".join(parts[:-1]), parts[-1]


def resolve_class(name: str) -> type:
    """The class named ``sklearn:module.Class``: parsed, its module imported, checked to be a classifier class.

    Nothing is instantiated here. Raises a one-line ``ValueError`` for a
    malformed name, a module that does not import, a missing attribute, or
    something that is not a class with ``fit``, ``predict_proba`` and
    ``get_params`` (``sklearn:os.path``, ``sklearn:subprocess.Popen``).
    """
    module_name, attr = parse_import_path(name)
    try:
        module = importlib.import_module(module_name)
    except (Exception, SystemExit) as exc:  # a missing package, or a module that fails on import
        raise ValueError(f"--model {short(name)}: cannot import {module_name!r} ({type(exc).__name__}): install "
                         f"it, or check the path") from None
    obj = getattr(module, attr, None)
    if obj is None:
        raise ValueError(f"--model {short(name)}: module {module_name!r} has no {attr!r}: check the class name")
    if not inspect.isclass(obj):
        raise ValueError(f"--model {short(name)} is a {type(obj).__name__}, not a class: give a classifier class "
                         f"such as {_EXAMPLE}")
    lacking = [m for m in ("fit", "predict_proba", "get_params") if not callable(getattr(obj, m, None))]
    if lacking:
        raise ValueError(f"--model {short(name)} is not a scikit-learn classifier (it has no "
                         f"{', '.join(lacking)}): give a classifier class such as {_EXAMPLE}")
    if inspect.isabstract(obj):
        raise ValueError(f"--model {short(name)} is an abstract class: give a concrete classifier")
    return obj


def _kind(estimator) -> str | None:
    """What the estimator declares itself to be ("classifier", "regressor", ...), or None when it says nothing."""
    from sklearn.base import is_classifier  # lazy: start-up time

    if is_classifier(estimator):
        return "classifier"
    try:
        from sklearn.utils import get_tags  # lazy: start-up time

        kind = get_tags(estimator).estimator_type
    except Exception:  # an estimator outside scikit-learn's tag system
        kind = None
    return kind if kind is not None else getattr(estimator, "_estimator_type", None)


def _instantiate(name: str) -> tuple[Any, Preset | None]:
    """The unfitted template of model ``name`` (preset or import path) and its preset (None for a path)."""
    if name in PRESETS:
        preset = PRESETS[name]
        return preset.build(), preset
    cls = resolve_class(name)
    try:
        estimator = cls()
    except Exception as exc:
        raise ValueError(f"--model {short(name)} cannot be built without arguments ({type(exc).__name__}): "
                         "give a classifier whose parameters all have defaults") from None
    kind = _kind(estimator)
    if kind not in ("classifier", None):
        raise ValueError(f"--model {short(name)} is a {kind}, not a classifier: give a classifier class such as "
                         f"{_EXAMPLE}")
    return estimator, None


# ------------------------------------------------------------- parameters


def _settable(template, preset: Preset | None) -> dict[str, Any]:
    """The parameters ``--model-params`` may set, with their defaults (a pipeline preset: its step's)."""
    if preset is not None and preset.step is not None:
        return dict(template.named_steps[preset.step].get_params(deep=False))
    return dict(template.get_params(deep=False))


def _check_value(model: str, key: str, value, default, declared: bool = False) -> None:
    """Bounds every value; where the estimator declares no constraints for ``key`` (``declared``), its type against
    the default's (a declared one is scikit-learn's to check: ``max_features=0.5`` beside a default of 'sqrt')."""
    values = value if isinstance(value, tuple) else (value,)
    for v in values:
        if isinstance(v, bool) or v is None:
            continue
        if isinstance(v, (int, np.integer)):
            high = MAX_SEED if key.endswith("random_state") else MAX_MEMBERS if key in _MEMBER_KEYS else MAX_WHOLE
            if not -MAX_WHOLE <= v <= high:
                raise ValueError(f"model {model!r}: {key} must be a whole number from {-MAX_WHOLE:,} to {high:,}, "
                                 f"got {short(v)}")
        elif isinstance(v, float):
            if not math.isfinite(v):
                raise ValueError(f"model {model!r}: {key} must be a finite number, got {v!r}")
        elif isinstance(v, str):
            if len(v) > MAX_TEXT:
                raise ValueError(f"model {model!r}: {key} is {len(v):,} characters long, over the {MAX_TEXT} limit")
        else:
            raise ValueError(f"model {model!r}: {key} must be a number, string or bool, got {type(v).__name__}")
    if declared or isinstance(value, tuple) or default is None or value is None:
        return
    expected = None
    if isinstance(default, bool):
        expected = "true or false" if not isinstance(value, bool) else None
    elif isinstance(default, (int, np.integer)):
        expected = "a whole number" if isinstance(value, (bool, str)) or (
            isinstance(value, float) and not value.is_integer()) else None
    elif isinstance(default, float):
        expected = "a number" if isinstance(value, (bool, str)) else None
    elif isinstance(default, str):
        expected = "a string" if not isinstance(value, str) else None
    if expected:
        raise ValueError(f"model {model!r}: {key} must be {expected} (default {default!r}), got {short(value)}")


def check_params(name: str, params: dict) -> tuple[Any, Preset | None]:
    """Build model ``name``'s template with ``params`` set, every key and value checked first.

    Keys must be among the estimator's ``get_params()`` (a pipeline preset:
    its classifier step's); values are bounded, then checked by the
    estimator's own parameter constraints (scikit-learn's
    ``_validate_params``) where it declares them, else against the type of
    the default. The estimator as built must have ``predict_proba`` (an SVC
    has it only with ``probability=True``).

    Returns
    -------
    (template, preset)
        The unfitted estimator with the parameters set, and its preset (None
        for an import path).

    Raises
    ------
    ValueError
        One line naming the parameter and what it takes.
    """
    template, preset = _instantiate(name)
    settable = _settable(template, preset)
    unknown = sorted(set(params) - set(settable))
    if unknown:
        raise ValueError(f"model {name!r} has no parameter {short(unknown[0])}: valid parameters are "
                         f"{closest_first(unknown[0], sorted(settable))}")
    target = template.named_steps[preset.step] if preset is not None and preset.step is not None else template
    validate = getattr(target, "_validate_params", None)
    constraints = getattr(target, "_parameter_constraints", None) if callable(validate) else None
    declared = constraints if isinstance(constraints, dict) else {}
    for key, value in params.items():
        _check_value(name, key, value, settable[key], key in declared)
    if params:
        prefix = f"{preset.step}__" if preset is not None and preset.step is not None else ""
        try:
            template.set_params(**{prefix + k: (list(v) if isinstance(v, tuple) else v) for k, v in params.items()})
        except Exception as exc:
            raise ValueError(f"model {name!r}: --model-params refused ({_first_line(exc)})") from None
    if params and declared:
        try:
            validate()
        except (ValueError, TypeError) as exc:
            raise ValueError(f"model {name!r}: {_first_line(exc)}") from None
    if not callable(getattr(template, "predict_proba", None)):   # a method its parameters switch off
        kind = type(target).__name__
        how = ("predict_proba only with probability=True: add --model-params probability=true"
               if "probability" in settable else "no predict_proba with these parameters: give a classifier that "
               "predicts probabilities")
        raise ValueError(f"model {name!r}: {kind} has {how}")
    return template, preset


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 240 else text[:220] + "..."


def param_names(name: str) -> tuple[str, ...]:
    """The parameters ``--model-params`` may set for model ``name``, sorted."""
    template, preset = _instantiate(name)
    return tuple(sorted(_settable(template, preset)))


def _param_keys(estimator, suffix: str) -> list[str]:
    """Every parameter of ``estimator`` (nested steps included) called ``suffix`` or ending in ``__suffix``."""
    return [k for k in estimator.get_params(deep=True) if k == suffix or k.endswith("__" + suffix)]


def _is_ensemble(estimator) -> bool:
    return type(estimator).__module__.startswith("sklearn.ensemble")


# ---------------------------------------------------------------- learner


class EstimatorLearner(Learner):
    """A scikit-learn-style classifier as an AL learner (see the module docstring).

    Parameters
    ----------
    n_features, n_classes, input_shape, warm_start
        As every learner.
    model : str
        The preset name or ``sklearn:module.Class``: the name the curves table records.
    params : dict
        ``--model-params`` (checked by :meth:`validate_params`).
    """

    has_dropout = False
    BASE_CAPABILITIES = CAPABILITIES
    JOINT_PREDICTIONS = True  # a call to a forest's predict_proba visits all its trees: one call a round

    def __init__(self, *, n_features, n_classes, input_shape, warm_start=False, model: str = "forest",
                 params: dict | None = None):
        super().__init__(n_features=n_features, n_classes=n_classes, input_shape=input_shape, warm_start=warm_start)
        self.model = model
        self.params = dict(params or {})

    @property
    def name(self) -> str:  # the model column of the curves table
        return self.model

    def validate_params(self) -> None:
        """Build the template (keys and values checked); refuse a warm start the estimator cannot do."""
        template, preset = check_params(self.model, self.params)
        if self.warm_start:
            final = template.steps[-1][1] if hasattr(template, "steps") else template
            if "warm_start" not in final.get_params(deep=False):
                raise ValueError(f"model {self.model!r} ({type(final).__name__}) has no warm start: leave "
                                 "--warm-start out")
            if _is_ensemble(final):
                raise ValueError(f"model {self.model!r}: {type(final).__name__}'s warm start adds members and keeps "
                                 "those fitted on the earlier labels: leave --warm-start out")
        self.template_ = template
        self.user_keys_ = frozenset(self.params)

    def capabilities(self) -> frozenset[str]:
        return self.BASE_CAPABILITIES

    @property
    def embedding_dim(self) -> int:
        return self.n_features

    @classmethod
    def fit_seed(cls, rng: np.random.Generator) -> int:
        """One number from ``rng`` per fit: the ``random_state`` of every estimator the user left unseeded."""
        return int(rng.integers(0, 2**31 - 1))

    def fit(self, X, y, *, rng: np.random.Generator) -> "EstimatorLearner":
        """Fit a fresh clone of the template on ``X`` (n, n_features) and ``y`` (n,) int; returns self.

        One number is drawn from ``rng`` per fit (every ``random_state`` the
        user did not set gets it), whether or not the estimator uses it, so
        the model stream advances the same way for every estimator.
        """
        from sklearn.base import clone  # lazy: start-up time

        X, y = _check_Xy(X, y, self.n_features, self.n_classes)
        if not hasattr(self, "template_"):
            self.validate_params()
        seed = self.fit_seed(rng)
        seen = np.unique(y)
        self.classes_ = seen
        if seen.shape[0] == 1:  # one class labeled: it is the prediction
            self.estimator_ = None
            self.fitted_ = True
            return self
        warm = self.warm_start and getattr(self, "estimator_", None) is not None
        estimator = self.estimator_ if warm else clone(self.template_)
        changes: dict[str, Any] = {}
        if not warm:
            for key in _param_keys(estimator, "random_state"):
                if key.rsplit("__", 1)[-1] not in self.user_keys_:
                    changes[key] = seed
            if self.warm_start:
                changes.update({k: True for k in _param_keys(estimator, "warm_start")})
        template = self.template_.get_params(deep=True)
        for key in _param_keys(estimator, "n_neighbors"):  # no more neighbours than labeled examples
            wanted = template.get(key)
            if isinstance(wanted, (int, np.integer)) and not isinstance(wanted, bool):
                changes[key] = int(min(wanted, X.shape[0]))
        if changes:
            estimator.set_params(**changes)
        try:
            estimator.fit(X, y)
        except Exception as exc:
            raise ValueError(f"model {self.model!r} could not be fitted on {X.shape[0]} labeled examples: "
                             f"{_first_line(exc)}") from None
        classes = np.asarray(getattr(estimator, "classes_", seen))
        if classes.shape != seen.shape or not np.array_equal(classes.astype(np.int64), seen):
            raise ValueError(f"model {self.model!r} reports classes_ {shorten(classes.tolist())} after fitting labels "
                             f"{shorten(seen.tolist())}: it does not follow the scikit-learn classifier API")
        self.estimator_ = estimator
        self.fitted_ = True
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """As :meth:`Learner.predict_proba`: over all ``n_classes``, a class never labeled at 0."""
        self._check_fitted()
        X = _check_X(X, self.n_features)
        out = np.zeros((X.shape[0], self.n_classes), dtype=np.float64)
        if self.estimator_ is None:
            out[:, self.classes_[0]] = 1.0
            return out
        for i, chunk in enumerate(self._chunks(X)):
            part = np.asarray(self.estimator_.predict_proba(chunk), dtype=np.float64)
            out[i * PREDICT_CHUNK:i * PREDICT_CHUNK + part.shape[0], self.classes_] = part
        return out

    def embed(self, X: np.ndarray) -> np.ndarray:
        """The input features themselves, float32 of shape (n, n_features)."""
        self._check_fitted()
        return np.asarray(_check_X(X, self.n_features), dtype=np.float32)

    def grad_embed(self, X: np.ndarray) -> np.ndarray:
        raise ValueError(f"model {self.model!r} has no gradients: badge and egl need logreg, mlp or cnn")

    def forward_logits(self, x):
        raise ValueError(f"model {self.model!r} is not differentiable: adversarial needs logreg, mlp or cnn")

    def mc_proba(self, X, T, *, rng):
        raise ValueError(f"model {self.model!r} has no dropout: bald and mc_entropy need mlp or cnn")

