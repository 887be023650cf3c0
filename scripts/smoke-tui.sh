#!/usr/bin/env bash
# A smoke test of the explorer as a new user meets it, driven through tmux at 80x24:
# build, open the flat-api example saved to a scratch directory, move to the inputs, raise
# the memory once, save, quit; then check the file on disk has exactly that change and
# every comment. Needs tmux. Run from the repository: scripts/smoke-tui.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "smoke-tui: tmux is not installed"; exit 1; }

work=$(mktemp -d)
trap 'tmux kill-session -t be-smoke 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/breakeven" .
"$work/breakeven" examples flat-api > "$work/flat-api.yaml"
cp "$work/flat-api.yaml" "$work/before.yaml"

tmux new-session -d -s be-smoke -x 80 -y 24 -c "$work" "./breakeven flat-api.yaml"
screen() { tmux capture-pane -p -t be-smoke; }
wait_for() {
  for _ in $(seq 100); do
    if screen | grep -q -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "smoke-tui: never saw \"$1\"; the screen was:"; screen; exit 1
}

wait_for "flat-api"                       # the list, with the workload
tmux send-keys -t be-smoke Enter
wait_for "Break-even"                     # the workload's views
tmux send-keys -t be-smoke Tab Down Down Down Right
wait_for "Memory MB set to 1152"
tmux send-keys -t be-smoke s
wait_for "saved flat-api.yaml"
tmux send-keys -t be-smoke q
for _ in $(seq 50); do tmux has-session -t be-smoke 2>/dev/null || break; sleep 0.1; done

diff "$work/before.yaml" "$work/flat-api.yaml" > "$work/diff" || true
changed=$(grep -c '^[<>]' "$work/diff" || true)
if [ "$changed" != 2 ] || ! grep -q '^>   memory_mb: 1152$' "$work/diff"; then
  echo "smoke-tui: the saved file differs from the original by:"; cat "$work/diff"; exit 1
fi
if [ "$(grep -c '^#' "$work/before.yaml")" != "$(grep -c '^#' "$work/flat-api.yaml")" ]; then
  echo "smoke-tui: comments were lost"; exit 1
fi
echo "smoke-tui: ok (memory 1024 -> 1152 saved, comments intact)"
