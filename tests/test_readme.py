"""README's tour ("The CLI in one minute") against what its commands print: the commands are run again and every
line the README shows of their output must be what they print (whitespace aside), so a figure that moves fails."""

import re
import shlex
from pathlib import Path

import pytest

from planner import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {title}")
    end = text.find("\n## ", start + 1)
    return text[start:end if end >= 0 else None]


def blocks(text: str) -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S)


def flat(text: str) -> str:
    return " ".join(text.split())


def commands(block: str) -> list[tuple[list[str], str | None]]:
    """The block's `alplan` commands (continuation lines joined) and the output line each quotes in its comment."""
    out = []
    for line in re.sub(r"\\\n\s*", " ", block).splitlines():
        code, _, comment = line.partition("#")
        quoted = re.search(r'"(.*)"', comment)
        for part in code.split(";"):
            if part.strip().startswith("alplan "):
                out.append((shlex.split(part)[1:], quoted.group(1) if quoted else None))
    return out


def printed(capsys, argv: list[str]) -> str:
    assert cli.main(argv) == 0, argv
    got = capsys.readouterr()
    return got.out + got.err


@pytest.fixture(scope="module")
def tour(tmp_path_factory):
    return tmp_path_factory.mktemp("tour")


def test_the_cli_tour_prints_what_the_readme_shows(tour, capsys, monkeypatch):
    monkeypatch.chdir(tour)
    monkeypatch.setenv("ALPLAN_WORKERS", "1")
    monkeypatch.setenv("ALPLAN_DB", str(tour / "runs.db"))
    text = section("The CLI in one minute")
    first, *shown = blocks(text)
    outputs = {}
    for argv, quoted in commands(first):
        if argv[0] in ("datasets", "strategies", "models"):
            continue
        outputs[argv[0]] = out = printed(capsys, argv)
        if quoted is not None:   # the line quoted in the comment, whole
            assert quoted in [line.strip() for line in out.splitlines()], (quoted, out)
    plan_out, budget_block = shown[0], shown[1]
    # `plan` prints the table and the verdict (first lines shown)
    assert flat(outputs["plan"]).startswith(flat(plan_out)), (plan_out, outputs["plan"])
    # a command shown with its output: all of it
    command, _, expected = budget_block.partition("\n")
    assert command.startswith("$ alplan ")
    assert flat(printed(capsys, shlex.split(command)[2:])) == flat(expected)
    # "At --label-price 0.5 the same curves recommend random: the ~N labels margin saves are worth less than its
    # extra $X of engineering and compute."
    cheap = re.search(r"At `(--label-price [\d.]+)` the same curves recommend (\w+): the (~[\d,]+) labels margin "
                      r"saves are worth less than its extra (\$[\d,]+)", flat(text))
    assert cheap, "the README's cheap-label sentence"
    argv = [a for a in commands(first) if a[0][0] == "plan"][0][0]
    at = argv[:argv.index("--label-price")] + shlex.split(cheap.group(1)) + argv[argv.index("--label-price") + 2:]
    out = printed(capsys, at)
    assert f"Recommended path: {cheap.group(2)}" in out
    assert f"the {cheap.group(3)} labels it saves are worth less than its extra {cheap.group(4)}" in flat(out), out


def test_the_rests_on_bullet_explains_every_value_the_column_can_show():
    """README's "Rests on" bullet names each value of the table's column (``verdict_view.BASIS``, the column's
    help): the probe met "whole pool", "beyond the pool", "unreachable" and "beyond the extrapolation limit"
    explained nowhere."""
    from planner.present.verdict_view import BASIS

    text = README.read_text(encoding="utf-8")
    start = text.index('**"Rests on"')
    bullet = flat(text[start:text.index("\n- ", start)]).lower()
    for value in BASIS:
        said = re.compile(r"extrapolated [\d.]+x") if value == "extrapolated Nx" else re.compile(re.escape(value))
        assert said.search(bullet), (value, bullet)


def test_the_readme_is_at_most_250_lines():
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 250


def test_readmes_first_verdict_times_are_the_last_recorded_run(monkeypatch):
    """README's first-verdict times, their load and the machine are benchmarks/first_verdict.json's, the last run of
    `bench_first_verdict.py --record`."""
    import json

    monkeypatch.syspath_prepend(str(README.parent / "benchmarks"))
    from bench_first_verdict import RECORD, readme_sentence

    assert flat(readme_sentence(json.loads(RECORD.read_text()))) in flat(README.read_text(encoding="utf-8"))
