"""alplan's simulation half: proxy data, learners, query strategies, the AL loop.

Heavy modules (torch) are imported lazily so that ``alplan --help`` and
``alplan strategies`` answer quickly.
"""

from importlib import import_module

__all__ = ["simulate", "run_one", "full_pool_accuracy", "SimulationConfig", "RunSpec", "CURVE_COLUMNS"]

_LAZY = {
    "simulate": "simulations.run.loop",
    "run_one": "simulations.run.loop",
    "full_pool_accuracy": "simulations.run.ceiling",
    "RunSpec": "simulations.run.config",
    "SimulationConfig": "simulations.run.config",
    "CURVE_COLUMNS": "simulations.results.schema",
}


def __getattr__(name):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'simulations' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_LAZY))
