"""--workers and $ALPLAN_WORKERS: any text is a number of workers or one line and exit 2, before any run."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from simulations.run import cores
from tests.fuzz.conftest import FUZZ
from tests.fuzz.promise import assert_one_line, refused

TEXT = st.one_of(st.text(max_size=30), st.integers(-10**30, 10**30).map(str),
                 st.sampled_from(["0", "-0", "+0", "1e3", " 2 ", "-1", "nan", "all", "\x1b[2J", "٣"]))


@FUZZ
@given(value=TEXT)
def test_any_workers_flag_is_refused_in_one_line_or_never_reaches_a_run(value, tmp_path_factory, capsys):
    tmp = tmp_path_factory.mktemp("workers")
    try:
        accepted = int(value) != 0
    except ValueError:
        accepted = False
    # --rounds 0 is refused after the flags are parsed: an accepted --workers gets that far, and no further
    err = refused(["simulate", "--workers", value, "--rounds", "0", "--out", tmp / "c.csv"], capsys)
    assert ("--rounds" in err.strip().splitlines()[-1]) == accepted, err
    assert not list(tmp.iterdir())


@FUZZ
@given(value=TEXT, n_cores=st.integers(1, 512))
def test_any_environment_value_gives_workers_or_one_line_naming_the_variable(value, n_cores, monkeypatch):
    monkeypatch.setenv(cores.ENV, value.replace("\x00", ""))
    specs = [object()] * 8
    try:
        n = cores.grid_workers(specs, cores=n_cores, memory=None)
    except ValueError as exc:
        assert_one_line(exc)
        assert str(exc).startswith(f"{cores.ENV}=")
    else:
        assert 1 <= n <= 8
