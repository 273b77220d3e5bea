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

$(TEST_STAMP): $(STAMP)
	$(PY) .ci/install.py -e '.[test]'
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
	$(PY) -m pytest -q -n auto --dist loadfile

bench: $(STAMP)
	$(PY) .ci/install.py -e '.[bench]'
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis *.egg-info
