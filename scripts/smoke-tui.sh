#!/usr/bin/env bash
# A smoke test of the explorer as a new user meets it, driven through tmux at 80x24, on the
# flat-api example saved to a scratch directory:
#   1. move to the inputs, raise the memory once, save, quit: the file on disk has exactly
#      that change and every comment;
#   2. type a duration the format refuses: the reason is on the screen above the value,
#      esc cancels, and q quits at once (nothing to save);
#   3. raise the memory and quit with q: the explorer asks; esc stays, ctrl+c asks again,
#      d discards: the file is as it was;
#   4. raise the memory and quit with ctrl+c, then s: the change is saved and it quits;
#   5. under NO_COLOR, the Break-even chart's legend shows each line's marker and pattern.
# Needs tmux. Run from the repository: scripts/smoke-tui.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "smoke-tui: tmux is not installed"; exit 1; }

work=$(mktemp -d)
session="be-smoke-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/breakeven" .
"$work/breakeven" examples flat-api > "$work/original.yaml"

screen() { tmux capture-pane -p -t "$session"; }
keys() { tmux send-keys -t "$session" "$@"; }
wait_for() {
  for _ in $(seq 100); do
    if screen | grep -q -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "smoke-tui: never saw \"$1\"; the screen was:"; screen; exit 1
}
# open_example starts the explorer on a fresh copy of the example and opens it; its
# arguments are tmux options, such as -e NO_COLOR=1.
open_example() {
  cp "$work/original.yaml" "$work/flat-api.yaml"
  tmux new-session -d -s "$session" -x 80 -y 24 -c "$work" "$@" "./breakeven flat-api.yaml"
  wait_for "flat-api"                     # the list, with the workload
  keys Enter
  wait_for "Break-even"                   # the workload's views
}
# raise_memory moves to the inputs and raises the memory one step, 1024 to 1152 MB.
raise_memory() {
  keys Tab Down Down Down Right
  wait_for "Memory MB set to 1152"
}
# wait_closed waits for the explorer to quit.
wait_closed() {
  for _ in $(seq 50); do
    tmux has-session -t "$session" 2>/dev/null || return 0
    sleep 0.1
  done
  echo "smoke-tui: $1: the explorer did not quit; the screen was:"; screen; exit 1
}
# expect_file checks the saved file against the original: unchanged, or memory 1152.
expect_file() {
  diff "$work/original.yaml" "$work/flat-api.yaml" > "$work/diff" || true
  changed=$(grep -c '^[<>]' "$work/diff" || true)
  case "$1" in
    unchanged) [ "$changed" = 0 ] || { echo "smoke-tui: $2: the file changed:"; cat "$work/diff"; exit 1; } ;;
    1152)
      if [ "$changed" != 2 ] || ! grep -q '^>   memory_mb: 1152$' "$work/diff"; then
        echo "smoke-tui: $2: the saved file differs from the original by:"; cat "$work/diff"; exit 1
      fi
      if [ "$(grep -c '^#' "$work/original.yaml")" != "$(grep -c '^#' "$work/flat-api.yaml")" ]; then
        echo "smoke-tui: $2: comments were lost"; exit 1
      fi ;;
  esac
}

# 1. Edit, save, quit.
open_example
raise_memory
keys s
wait_for "saved flat-api.yaml"
keys q
wait_closed "q after saving"
expect_file 1152 "save"

# 2. A refused edit says why, and the value can be cancelled.
open_example
keys Tab Down Down Enter BSpace BSpace BSpace a b c Enter
wait_for 'refused: function.duration_ms: "abc" is not a number'
wait_for "Duration ms > abc"
keys Escape
wait_for "edit cancelled"
keys q
wait_closed "q with nothing to save"
expect_file unchanged "refused edit"

# 3. Quit with unsaved edits: stay, ask again, discard.
open_example
raise_memory
keys q
wait_for "flat-api has unsaved edits: s save and quit, d discard and quit, esc stay"
keys Escape
wait_for "not quitting: the edits are still unsaved"
keys C-c
wait_for "flat-api has unsaved edits"
keys d
wait_closed "d at the question"
expect_file unchanged "discard"

# 4. Quit with unsaved edits: save.
open_example
raise_memory
keys C-c
wait_for "flat-api has unsaved edits"
keys s
wait_closed "s at the question"
expect_file 1152 "save at quitting"

# 5. Without colour the chart's lines are told apart by marker and pattern.
open_example -e NO_COLOR=1
keys Right Right Right
wait_for "L ⠒⠒⠒⠒ Lambda  F ⠒⠒ ⠒ Fargate  E ⠂ ⠂  EC2"
keys q
wait_closed "q under NO_COLOR"

echo "smoke-tui: ok (memory 1024 -> 1152 saved with comments intact; a refused duration said why;"
echo "           quitting with unsaved edits asked: esc stayed, d discarded, s saved;"
echo "           under NO_COLOR the chart's legend showed markers and patterns)"
