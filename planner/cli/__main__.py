"""``python -m planner.cli``: the ``alplan`` command."""

import sys

from planner.cli import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
