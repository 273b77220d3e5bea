"""alplan's decision half: learning-curve forecasts, costs and the verdict.

Pure logic on the curves table; never imports torch or ``simulations``.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
