#!/usr/bin/env bash
# Create the peer-library venvs that benchmarks/bench_peers.py (logreg) and
# benchmarks/bench_sklearn_learners.py (forest) run side by side with alplan
# (benchmarks/peers/skactiveml_peer.py, modal_peer.py), with the exact versions verified on this project's
# machine (benchmarks/peers/requirements-*.txt, full `pip freeze` pins):
#
#   .venv-skactiveml  scikit-activeml 1.0.1, scikit-learn 1.9.1
#   .venv-baal        baal 2.1.0 on torch 2.13.0 (benchmarks/bench_neural.py peers): torch is
#                     installed first, from $TORCH_WHEEL (default: the CPU wheel in /opt/wheels
#                     when there is one, else torch==2.13.0 from the index, which may pull CUDA)
#   .venv-modal       modAL-python 0.4.2.1, scikit-learn 1.7.2: modAL's teach()
#                     passes `force_all_finite`, which scikit-learn 1.6-1.7 still
#                     accept (FutureWarning) and 1.8+ reject; 1.7.2 is the newest it runs on
#
# Usage: benchmarks/setup_peers.sh [--force]     (PYTHON=python3.11 to choose the interpreter)
# Idempotent: a venv whose stamp matches its requirements file is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
FORCE=0
[ "${1:-}" = "--force" ] && FORCE=1

make_venv() {  # make_venv DIR REQUIREMENTS CHECK_IMPORT [FIRST_PACKAGE]
  local dir="$1" req="$2" check="$3" first="${4:-}"
  local stamp="$dir/.alplan-peer-stamp"
  if [ "$FORCE" = 0 ] && [ -f "$stamp" ] && cmp -s "$req" "$stamp" \
     && "$dir/bin/python" -c "$check" 2>/dev/null; then
    echo "$dir: up to date"
    return
  fi
  rm -rf "$dir"
  "$PYTHON" -m venv "$dir"
  "$dir/bin/python" -m pip install --quiet --upgrade pip
  if [ -n "$first" ]; then
    "$dir/bin/python" -m pip install --quiet "$first"
  fi
  "$dir/bin/python" -m pip install --quiet -r "$req"
  "$dir/bin/python" -c "$check"
  cp "$req" "$stamp"
  echo "$dir: created ($("$dir/bin/python" --version))"
}

make_venv .venv-skactiveml benchmarks/peers/requirements-skactiveml.txt \
  "import skactiveml.pool, sklearn; assert sklearn.__version__ == '1.9.1'"
make_venv .venv-modal benchmarks/peers/requirements-modal.txt \
  "import modAL.models, sklearn; assert sklearn.__version__ == '1.7.2'"
CPU_WHEEL="$(ls /opt/wheels/torch-2.13.0+cpu-*.whl 2>/dev/null | head -n 1 || true)"
make_venv .venv-baal benchmarks/peers/requirements-baal.txt \
  "import baal, torch; assert torch.__version__.startswith('2.13.0')" "${TORCH_WHEEL:-${CPU_WHEEL:-torch==2.13.0}}"
