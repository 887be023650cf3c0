#!/usr/bin/env bash
# Renders each built-in example's HTML report (`breakeven report`) with headless Chromium and
# screenshots it to PNG: a check that a browser draws the document (its charts are inline
# SVG, it loads nothing), and pictures to look at. For each example NAME it writes NAME.html
# and NAME.png into DIR (default: a new temporary directory), and checks the PNG is a PNG of
# a drawn page (a blank one is a few kilobytes). With pdftotext (poppler-utils) at hand it
# also prints flat-api's report to PDF and checks the provenance heads every page.
#
#   scripts/screenshot.sh [DIR [NAME...]]
#
# NAME... renders those examples only (default: every one `breakeven examples` lists).
# Needs chromium (Debian's package: apt-get install chromium). SCREENSHOT_WINDOW sets the
# window, WIDTH,HEIGHT (default 1100,2400: the summary and the first charts).
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "screenshot: chromium is not installed (Debian: apt-get install chromium)"; exit 1
fi
out=${1:-$(mktemp -d)}
shift || true
mkdir -p "$out"
out=$(cd "$out" && pwd)
window=${SCREENSHOT_WINDOW:-1100,2400}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/breakeven" .

# Chromium's sandbox does not run as root (a container's CI): there, and only there, without it.
flags=(--headless --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" --window-size="$window")
if [ "$(id -u)" = 0 ]; then flags+=(--no-sandbox); fi

# shoot runs headless chromium with ARGS, up to three times: on a loaded machine Chromium
# sometimes crashes on start (a segmentation fault before the page loads), which says
# nothing of the document.
shoot() {
  local try
  for try in 1 2 3; do
    if "$chromium" "${flags[@]}" "$@" > "$work/chromium.log" 2>&1; then return 0; fi
    sleep 1
  done
  return 1
}

names=$("$work/breakeven" examples | awk 'NF == 0 { exit } { print $1 }')  # the list ends at its blank line
if [ $# -gt 0 ]; then names="$*"; fi
count=0
for name in $names; do
  "$work/breakeven" examples "$name" > "$work/$name.yaml"
  (cd "$work" && ./breakeven report --out "$out/$name.html" "$name.yaml")  # the report names NAME.yaml
  shoot --screenshot="$out/$name.png" "file://$out/$name.html" || {
    echo "screenshot: chromium failed on $name three times:"; cat "$work/chromium.log"; exit 1; }
  size=$(wc -c < "$out/$name.png")
  if [ "$(head -c 8 "$out/$name.png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ] || [ "$size" -lt 30000 ]; then
    echo "screenshot: $name.png is not a drawn page ($size bytes)"; exit 1
  fi
  echo "$out/$name.png  $size bytes"
  count=$((count + 1))
done
if [ "$count" -eq 0 ]; then echo "screenshot: no examples"; exit 1; fi

if command -v pdftotext >/dev/null && [ -f "$out/flat-api.html" ]; then
  shoot --no-pdf-header-footer --print-to-pdf="$out/flat-api.pdf" "file://$out/flat-api.html" || {
    echo "screenshot: chromium failed printing flat-api three times:"; cat "$work/chromium.log"; exit 1; }
  pages=$(pdftotext -layout "$out/flat-api.pdf" - | grep -c 'Prices: catalog ' || true)
  total=$(pdftotext -layout "$out/flat-api.pdf" - | grep -c 'page [0-9]* of [0-9]*' || true)
  if [ "$pages" -lt 2 ] || [ "$pages" != "$total" ]; then
    echo "screenshot: flat-api.pdf has the provenance on $pages of $total pages"; exit 1
  fi
  echo "$out/flat-api.pdf  the provenance on each of its $total pages"
fi
echo "screenshot: $count reports rendered into $out"
