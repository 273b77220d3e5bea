"""Install packages into this interpreter's environment, fast: uv where it can, pip otherwise.

``python .ci/install.py ARGS...`` takes pip's install arguments (``torch==2.13.0 -e .``).
It installs uv from the package index with pip, then has uv install ``ARGS``: uv does
in seconds what pip does in about a minute (benchmarks/RESULTS.md, "From a fresh clone
to the first verdict"). uv reads its own settings, not pip's, so pip's configuration
(``pip config list``: the index, extra indexes, find-links, constraints, certificate)
is handed to uv, and uv picks the best version over all indexes, as pip does. Where
uv cannot be installed or fails, pip installs ``ARGS`` itself. Used by the Makefile.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: pip's setting -> (uv's environment variable, the separator uv reads between several values).
PIP_TO_UV = {
    "index-url": ("UV_INDEX_URL", " "),
    "extra-index-url": ("UV_EXTRA_INDEX_URL", " "),
    "find-links": ("UV_FIND_LINKS", ","),
    "constraint": ("UV_CONSTRAINT", " "),
    "cert": ("SSL_CERT_FILE", None),
}


def pip_settings(listing: str) -> dict[str, str]:
    """pip's settings from ``pip config list`` (``global.find-links='/opt/wheels'``): the environment's
    (``:env:.find-links``) over the files' ``[install]`` section, over their ``[global]`` one."""
    found: dict[str, tuple[int, str]] = {}
    for line in listing.splitlines():
        key, sep, value = line.partition("=")
        if not sep or "." not in key:
            continue
        scope, name = key.split(".", 1)
        rank = {":env:": 3, "install": 2, "global": 1}.get(scope, 0)  # pip's order: environment, command, global
        if rank and rank >= found.get(name, (0, ""))[0]:
            found[name] = (rank, value.strip().strip("'\""))
    return {name: value for name, (_, value) in found.items()}


def uv_environment(settings: dict[str, str], environ: dict[str, str]) -> dict[str, str]:
    """``environ`` with pip's ``settings`` as uv's variables (those already set win) and pip's way of
    choosing among indexes (the best version over all of them)."""
    env = dict(environ)
    env.setdefault("UV_INDEX_STRATEGY", "unsafe-best-match")
    env.setdefault("UV_NO_PROGRESS", "1")
    for name, (variable, sep) in PIP_TO_UV.items():
        if settings.get(name):
            env.setdefault(variable, settings[name] if sep is None else sep.join(settings[name].split()))
    return env


def main(args: list[str]) -> int:
    pip = [sys.executable, "-m", "pip"]
    listing = subprocess.run([*pip, "config", "list"], capture_output=True, text=True).stdout
    uv = Path(sys.executable).with_name("uv")
    if subprocess.run([*pip, "install", "--quiet", "uv"]).returncode == 0 and uv.exists():
        env = uv_environment(pip_settings(listing), dict(os.environ))
        if subprocess.run([str(uv), "pip", "install", "--quiet", "--python", sys.executable, *args],
                          env=env).returncode == 0:
            return 0
        print("uv could not install these; pip installs them (about a minute)", file=sys.stderr)
    else:
        print("uv could not be installed; pip installs the packages (about a minute)", file=sys.stderr)
    return subprocess.run([*pip, "install", "--quiet", "--no-compile", *args]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
