"""``python -m planner.cli``: the ``alplan`` command."""

import sys

from planner.cli import main

sys.exit(main())
