# The two commands: `make run` (dashboard on the embedded defaults) and
# `make test` (every test, on every core). Both create .venv: `make run` installs
# what the page needs (alplan and its runtime dependencies), `make test` adds the
# test extras (pytest, pytest-xdist, hypothesis, playwright).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.alplan-installed
TEST_STAMP := $(VENV)/.alplan-test-installed
PORT ?= 8501

.PHONY: run test install system-deps bench clean

# .ci/install.py: uv with pip's own settings (seconds), pip where uv fails (about a minute).
$(STAMP): pyproject.toml .ci/install.py
	python3 -m venv $(VENV)
	# One resolve, torch pinned to its CPU wheel (a bare `torch` would pull a multi-GB CUDA build).
	$(PY) .ci/install.py torch==2.13.0 -e .
	touch $(STAMP)

# The tests start hundreds of interpreters (the CLI, workers, servers): the packages are byte-compiled once here, as
# neither installer does, or each interpreter compiles what it imports anew where Python may not write bytecode
# (PYTHONDONTWRITEBYTECODE). Files already compiled are skipped; a file that does not compile is left to Python.
# The step reruns when this Makefile changes, so an existing .venv gets it too.
$(TEST_STAMP): $(STAMP) Makefile
	$(PY) .ci/install.py -e '.[test]'
	$(PY) -m compileall -q -j 0 $$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])') >/dev/null 2>&1 || true
	touch $(TEST_STAMP)

install: $(STAMP)

# Headless Chromium for the browser tests (Debian package; needs root).
system-deps:
	@if [ -x /usr/bin/chromium ]; then echo "chromium: present"; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && echo "chromium: installed"; \
	else echo "chromium missing: run 'sudo apt-get install chromium' (browser tests will be skipped)"; fi

run: $(STAMP)
	$(VENV)/bin/streamlit run app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

# Every usable core, a test file to a worker (its fixtures start once).
test: $(TEST_STAMP) system-deps
	$(PY) -m compileall -q -j 0 planner simulations benchmarks app.py >/dev/null 2>&1 || true   # this tree's own, as edited
	$(PY) -m pytest -q -n auto --dist loadfile --durations=25

bench: $(STAMP)
	$(PY) .ci/install.py -e '.[bench]'
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis *.egg-info
