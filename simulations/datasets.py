"""Public path of the proxy data sets (DESIGN.md's Python surface): ``from simulations.datasets import load, available``.

The code lives in :mod:`simulations.data.datasets`; this module only re-exports it.
"""

from simulations.data.datasets import Dataset, available, load

__all__ = ["Dataset", "available", "load"]
