#!/usr/bin/env bash
# Reproduces issue 12's table of speed and memory: each measure with the floor it is judged
# against, the ratio and the budget. Not part of .ci/run: it takes minutes and its figures
# depend on the machine. Run from anywhere: scripts/bench.sh [-runs N] [-quick] [-help]
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./scripts/bench "$@"
