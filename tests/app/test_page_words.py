"""A page a manager reads in 30 seconds: the verdict sentence first, at most 150 words above the first chart, the
evidence behind one "How sure is this?" expander, no line that says nothing, the pool in use in the sidebar."""

from __future__ import annotations

import re

from apptest_helpers import app_env, run, sentence, shown  # noqa: F401  (app_env: the module's database and settings)

CHART = "vega_lite_chart"


def _words(text) -> list[str]:
    return re.findall(r"[\w$%.,'()/-]+", str(text or "").replace("\\", ""))


def above_first_chart(at) -> list[str]:
    """The texts of the main area, in page order, until the first chart: titles, sentences, metrics (label and
    value), captions, warnings and the labels of tabs and expanders (a closed expander's contents are not read)."""
    said: list[str] = []

    def walk(node) -> bool:  # True once the first chart is reached
        kind = getattr(node, "type", None)
        if kind == CHART:
            return True
        if kind == "expander":
            said.append(node.label)
            return False
        if kind == "tab_container":  # every tab's label sits above the chart
            said.extend(tab.label for _, tab in sorted(node.children.items()))
        if kind == "metric":
            said.extend([node.label, node.value])
        elif kind in ("title", "subheader", "text", "markdown", "caption", "alert"):
            said.append(node.value)
        children = getattr(node, "children", None)
        return any(walk(children[k]) for k in sorted(children)) if children else False

    assert walk(at.main), "no chart on the page"
    return said


def test_the_default_page_says_the_verdict_first_in_at_most_150_words_above_the_first_chart():
    at = run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    said = above_first_chart(at)
    words = [w for text in said for w in _words(text)]
    assert len(words) <= 150, (len(words), said)
    assert said[0].startswith("Does active learning pay off")  # the title, then the sentence
    assert said[1] == sentence(at)
    assert not re.search(r"regret|billed", " ".join(map(str, said)), re.I)  # jargon stays in the evidence


def test_the_evidence_sits_behind_one_expander_and_a_line_that_says_nothing_is_not_shown():
    at = run()
    sure = [e for e in at.expander if e.label == "How sure is this?"]
    assert len(sure) == 1
    inside = " ".join(shown(m.value) for m in [*sure[0].markdown, *sure[0].caption])
    assert "Break-even" in inside and "rule" in inside.lower()
    outside = [shown(m.value) for m in at.main.markdown if m not in sure[0].markdown]
    assert not any("Break-even" in str(v) or "Track record" in str(v) for v in outside)
    assert "expected to save $0.00" not in " ".join(shown(m.value) for m in at.markdown)


def test_the_sidebar_shows_the_pool_the_verdict_uses():
    at = run()
    pool = [shown(c.value) for c in at.sidebar.caption if "Pool in use" in c.value]
    assert len(pool) == 1 and "unlimited" not in pool[0] and re.search(r"\d", pool[0]), pool
