"""Learners declare what they can serve; a strategy the learner cannot serve is refused before any run.

Issue 10, item 1: ``bald`` / ``mc_entropy`` on ``logreg`` (no dropout) ranked the pool by rounding
residue (BALD) or equalled ``entropy`` (mc_entropy); now the configuration says so in one line.
"""

from __future__ import annotations

import pytest

from simulations.learners.models import capabilities
from simulations.run.config import SimulationConfig
from simulations.run.grid import parse_grid
from tests.simulations.builders import cli_refusal


def test_learners_declare_mc_dropout_only_when_they_have_it():
    assert "mc_probs" not in capabilities("logreg")
    assert "mc_probs" in capabilities("mlp")
    assert "mc_probs" in capabilities("cnn")
    assert "mc_probs" not in capabilities("mlp", dropout=0.0)  # no dropout, no posterior samples
    for name in ("logreg", "mlp", "cnn"):
        assert {"probs", "embeddings", "grad_embeddings"} <= capabilities(name)


@pytest.mark.parametrize("strategy", ["bald", "mc_entropy", "combined:margin+bald"])
def test_config_refuses_mc_dropout_strategies_on_logreg(strategy):
    with pytest.raises(ValueError, match="needs MC-dropout samples, which model 'logreg' cannot give") as err:
        SimulationConfig(model="logreg", strategies=("random", strategy), seeds=(0,), rounds=1).validate()
    assert "\n" not in str(err.value) and "--model mlp" in str(err.value)


def test_config_refuses_mlp_without_dropout_and_says_which_parameter():
    with pytest.raises(ValueError, match="set dropout > 0"):
        SimulationConfig(model="mlp", strategies=("bald",), model_params=(("dropout", 0.0),), rounds=1).runs()


def test_config_accepts_mc_dropout_strategies_on_a_learner_with_dropout():
    SimulationConfig(model="mlp", strategies=("bald", "mc_entropy"), seeds=(0,), rounds=1).runs()


def test_grid_file_refuses_the_pair():
    data = {"datasets": ["digits"], "models": ["mlp", "logreg"], "strategies": ["random", "bald"], "seeds": 1,
            "rounds": 1}
    with pytest.raises(ValueError, match="'bald' needs MC-dropout samples, which model 'logreg'"):
        parse_grid(data, source="grid.toml")


def test_cli_refuses_the_pair_with_one_line_and_exit_2(tmp_path, capsys):
    out = tmp_path / "c.csv"
    argv = ["simulate", "--model", "logreg", "--strategies", "random,bald", "--rounds", "1", "--out", out]
    assert "MC-dropout" in cli_refusal(capsys, argv, out)
