"""What a benchmark's numbers were measured on: the commit, and whether planner/ had uncommitted changes."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def planner_version(root: Path = ROOT) -> str:
    """``<short sha>`` of ``root``'s checkout, ``+ uncommitted planner/ changes`` when there are; ``unknown`` without git."""
    try:
        sha = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "planner"], capture_output=True,
                               text=True, timeout=10).stdout.strip()
        return f"{sha}{' + uncommitted planner/ changes' if dirty else ''}"
    except (OSError, subprocess.SubprocessError):
        return "unknown"
