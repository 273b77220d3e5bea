"""The page's answers as plain data: what app.py draws, in order, inside the boxes it lays out.

A block is words (a caption, a warning, plain text, Markdown, a command), a table with its column heads, a row of
headline numbers, a chart, a sentence in a bordered box, or a set of tabs holding blocks. The builders here read the
records and the views' words (:mod:`planner.present.headline`, :mod:`planner.present.verdict_view`,
:mod:`planner.present.page_lines`); app.py's ``show`` draws each block with its Streamlit element, escaping the words a
block marks as possibly the user's (:func:`planner.present.page_lines.md`). So what the page shows, and in what
order, is tested without a browser, and app.py holds the widgets and the layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.present.headline import headline, headline_tiles
from planner.present.page_lines import breakdown_rows, md, page_order, sure_lines, tab_names, table_heads, \
    table_rows, verdict_lines
from planner.present.vendor_view import VENDOR_HEADS, vendor_notes, vendor_rows
from planner.present.verdict_view import breakdown_columns, table_columns
from planner.present.words import table_note

__all__ = ["Boxed", "Chart", "Table", "Tabs", "Tiles", "Words", "breakdown_blocks", "captions", "sure_blocks",
           "verdict_head", "verdict_rest"]

#: The kinds of :class:`Words`: each is drawn by the Streamlit element of its name (``code``: a shell command).
KINDS = ("caption", "warning", "text", "markdown", "code")


@dataclass(frozen=True)
class Words:
    """Words in one element of ``kind`` (:data:`KINDS`; ``text`` is plain, never Markdown). ``user``: the words may
    hold user text (a file's, a strategy's or a vendor's name), so Markdown is escaped before they are drawn; plain
    text and commands are drawn as they are."""

    text: str
    kind: str = "caption"
    user: bool = True

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"words of kind {self.kind!r}: use one of {', '.join(KINDS)}")


@dataclass(frozen=True)
class Table:
    """A table without its index, as wide as the page: ``rows`` (records or a frame); ``heads``: column -> (header,
    help or ``None``) for the columns shown as text; ``order``: the columns shown, in order (``None``: all)."""

    rows: object
    key: str | None = None
    heads: dict = field(default_factory=dict)
    order: tuple | None = None


@dataclass(frozen=True)
class Tiles:
    """Headline numbers (:class:`planner.present.words.Metric`), ``per_row`` a row; the last row holds those left.
    A tile whose ``named`` is set holds user text in its label or help (escaped)."""

    metrics: tuple
    per_row: int = 3

    def __post_init__(self):
        if self.per_row < 1:
            raise ValueError(f"tiles {self.per_row} a row: give at least 1")

    def rows(self) -> list[tuple]:
        """The tiles in rows of ``per_row``; the last row holds those left, so no row is empty."""
        return [tuple(self.metrics[i:i + self.per_row]) for i in range(0, len(self.metrics), self.per_row)]


@dataclass(frozen=True)
class Chart:
    """A Vega-Lite chart spec, as wide as the page."""

    spec: dict
    key: str


@dataclass(frozen=True)
class Boxed:
    """A sentence in a bordered box, as plain text (never Markdown)."""

    text: str
    key: str


@dataclass(frozen=True)
class Tabs:
    """Tabs, each ``(name, blocks)``; the first is the one shown."""

    tabs: tuple


def captions(lines, *, user: bool = True) -> list[Words]:
    """A caption for each line that says something (empty lines and ``None`` dropped)."""
    return [Words(line, user=user) for line in lines if line]


def verdict_head(d, prefix: str, view, specs: dict, frames: dict, notes, pool) -> list:
    """What a manager reads first: the verdict's sentence (:func:`headline`, after ``prefix``), its tiles three a
    row, its charts in tabs (the trade-off first, :func:`page_order`; the vendors' tab with their table and what a
    vendor's minimum order bills at the ``pool``), then why (the view's sentence) and the ``notes``."""
    ordered, tabs = page_order(specs), []
    for name, (title, spec) in zip(tab_names(ordered), ordered.items()):
        blocks = [Chart(spec, f"chart_{title}")]
        if title == "Vendor comparison" and "vendor_comparison" in frames:  # every vendor side by side, in one table
            vendors = frames["vendor_comparison"]
            blocks += [Table(vendor_rows(vendors), "vendors", VENDOR_HEADS), *captions(vendor_notes(vendors, pool))]
        tabs.append((name, blocks))
    return [Boxed(headline(d, prefix), "verdict_sentence"), Tiles(tuple(headline_tiles(d))), Tabs(tuple(tabs)),
            Words(f"Why: {view.sentence}"), *captions(notes)]


def verdict_rest(d, record: dict, view, setup, source: dict, curves, curves_batch: int) -> list:
    """Under the headline: the warnings (:func:`verdict_lines`), the captions on the scenario, the prices and the
    curves, the strategies' table (``record``: the verdict's, ``d.to_dict()``) and what its capped cells mean."""
    warnings, said = verdict_lines(d, view, setup, source, curves)
    shown = table_columns(view)
    return [*(Words(w, "warning") for w in warnings), *captions(said),
            Table(table_rows(record["strategies"], view), "strategies_table", table_heads(view, curves_batch),
                  tuple(f"{k}_text" for k in shown)),
            *captions([table_note(view.rows, shown)])]


def sure_blocks(view, curves_batch: int, your_batch) -> list:
    """The "How sure is this?" section (:func:`sure_lines`): each paragraph its lines, then the small print."""
    said, small = sure_lines(view, curves_batch, your_batch)
    return [*(Words("  \n".join(md(line) for line in paragraph), "markdown", user=False) for paragraph in said),
            *captions(small)]


def breakdown_blocks(view) -> list:
    """The cost breakdown: a column per path, an item per row, and what its capped cells mean."""
    return [Table(breakdown_rows(view), "cost_breakdown"), *captions([table_note(view.rows, breakdown_columns(view))])]
