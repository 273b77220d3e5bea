"""No benchmark writes its own campaign answer: each takes it from the service (planner.campaign.service), so what a
benchmark scores is what the user is told (issue 125 item 6)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: What composes an answer: the service alone calls these.
COMPOSERS = {"next_step", "answer_of", "CampaignAnswer", "answer_record", "campaign_decision", "campaign_priced",
             "campaign_redecision", "command_for"}


def _own_answers(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in COMPOSERS:
                found.append(f"line {node.lineno}: {name}(...)")
    return found


def test_no_benchmark_composes_its_own_answer():
    files = [p for p in (ROOT / "benchmarks").rglob("*.py") if not any(s.startswith(".") for s in p.parts)]
    bad = {str(p.relative_to(ROOT)): hits for p in files if (hits := _own_answers(p.read_text()))}
    assert not bad, f"benchmarks that build the campaign's answer themselves (take it from the service): {bad}"


def test_the_scan_finds_an_answer_built_by_hand():
    assert _own_answers("from planner.decide.campaign.next_step import next_step\nx = next_step(facts, 0.9)\n") \
        == ["line 2: next_step(...)"]
    assert _own_answers("import m\nm.campaign_decision(p, h, s, 0.9)\n") == ["line 2: campaign_decision(...)"]
