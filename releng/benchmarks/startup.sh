#!/bin/sh
# Start-up benchmark: time from launch to a visible window, for Sendero and for a baseline empty
# e4 application started from the same installation (same JVM, bundles and theme; its model is
# one empty window). Runs alternate so that both see the same machine state. Builds nothing.
#
#   releng/benchmarks/startup.sh [RUNS] [PRODUCT_DIR]
#
# Needs xdotool; without a DISPLAY it runs itself under xvfb-run.
set -eu
runs=${1:-7}
here=$(cd "$(dirname "$0")/../.." && pwd -P)
product=${2:-$here/releng/org.sendero.product/target/products/org.sendero.product/linux/gtk/x86_64/sendero}

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a "$0" "$runs" "$product"
fi
if [ ! -x "$product/sendero" ]; then
  echo "startup.sh: no product at $product; build it first (./mvnw -DskipTests package)" >&2
  exit 1
fi
command -v xdotool >/dev/null || { echo "startup.sh: needs xdotool" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Prints milliseconds until a visible window whose title starts with $1 appears, then closes it.
time_to_window() {
  title=$1; close=$2; shift 2
  start=$(now_ms)
  "$@" >"$work/out" 2>&1 &
  pid=$!
  window=""
  while [ -z "$window" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "startup.sh: $title ended early:" >&2; cat "$work/out" >&2; exit 1; fi
    window=$(xdotool search --onlyvisible --name "^$title" 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] || sleep 0.02
  done
  shown=$(( $(now_ms) - start ))
  if [ "$close" = keys ]; then
    xdotool windowfocus --sync "$window" key ctrl+q
  else
    kill "$pid"
  fi
  wait "$pid" || true
  echo "$shown"
}

stats() { # min median max of the numbers in file $1
  sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%d %d %d", v[1], v[int((NR + 1) / 2)], v[NR] }'
}

: >"$work/sendero.ms"
: >"$work/baseline.ms"
i=1
while [ "$i" -le "$runs" ]; do
  rm -rf "$work/data-b" "$work/data-s"
  time_to_window Baseline kill "$product/jre/bin/java" -Xms64m -XX:+UseSerialGC -Dsendero.home="$work/data-b" \
    -jar "$launcher" -data "$work/data-b/workbench" -nosplash \
    -applicationXMI org.sendero.app/benchmark/empty.e4xmi >>"$work/baseline.ms"
  time_to_window Sendero keys "$product/sendero" --data "$work/data-s" >>"$work/sendero.ms"
  i=$((i + 1))
done

set -- $(stats "$work/baseline.ms"); b_min=$1 b_med=$2 b_max=$3
set -- $(stats "$work/sendero.ms"); s_min=$1 s_med=$2 s_max=$3
echo "time to window over $runs runs (ms)      min  median     max"
printf '%-38s %6d %7d %7d\n' "baseline: empty e4 window" "$b_min" "$b_med" "$b_max"
printf '%-38s %6d %7d %7d\n' "Sendero workbench" "$s_min" "$s_med" "$s_max"
awk -v s="$s_med" -v b="$b_med" 'BEGIN { printf "Sendero / baseline (median): %.2fx (target: at most 1.50x)\n", s / b }'
