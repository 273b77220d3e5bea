"""The stopping-rule signals' agreement (cohen_kappa), which the loop records per round."""

import numpy as np
import pytest

from simulations.run.stopping import cohen_kappa


def test_cohen_kappa():
    a = np.array([0, 0, 1, 1, 2, 2])
    assert cohen_kappa(a, a, 3) == 1.0
    assert cohen_kappa(np.zeros(5, int), np.zeros(5, int), 3) == 1.0  # chance agreement 1, observed 1
    # two raters, 2 classes: p_o = 0.5, p_e = 0.5 -> 0
    assert cohen_kappa(np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1]), 2) == pytest.approx(0.0)
    assert cohen_kappa(np.array([0, 1]), np.array([1, 0]), 2) == pytest.approx(-1.0)
    # a textbook case: p_o = 0.7, p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5 -> 0.4
    x = np.array([1] * 20 + [1] * 5 + [0] * 10 + [0] * 15)
    y = np.array([1] * 20 + [0] * 5 + [1] * 10 + [0] * 15)
    assert cohen_kappa(x, y, 2) == pytest.approx(0.4)
    assert np.isnan(cohen_kappa(np.array([], int), np.array([], int), 2))
