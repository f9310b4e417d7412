#!/bin/sh
# Start-up benchmark: time from launch to the window with the starter library shown, and to Home
# with its course cards, for Sendero,
# against the time to a visible window of a baseline empty e4 application started from the same
# installation (same JVM, bundles and theme; its model is one empty window). Runs alternate so that
# both see the same machine state. Each Sendero run starts on a new data folder (so it installs
# the starter pack), then once more on the same folder, as every later start does. Then one more Sendero run opens 20 documents from 20 searches with
# the keyboard and prints the resident memory. Builds nothing.
#
#   releng/benchmarks/startup.sh [RUNS] [PRODUCT_DIR]    (SCREENSHOT=FILE keeps the last screen)
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
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# The process being timed has ended before showing what it was to show: its output and its log.
ended_early() {
  code=0; wait "$pid" || code=$?
  echo "startup.sh: $1 ended early (exit code $code):" >&2
  cat "$work/out" >&2
  for log in "$work"/data-*/logs/sendero.log; do [ -f "$log" ] && tail -n 40 "$log" >&2; done
  exit 1
}

# Waits for a visible window whose title starts with $1; sets $window and $shown (ms since $start).
wait_for_window() {
  window=""
  while [ -z "$window" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then ended_early "$1"; fi
    window=$(xdotool search --onlyvisible --name "^$1" 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] || sleep 0.02
  done
  shown=$(( $(now_ms) - start ))
}

# Waits until the workbench has written its library-shown signal; sets $library (ms since $start).
wait_for_library() {
  while [ ! -s "$work/signal" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then ended_early Sendero; fi
    sleep 0.02
  done
  library=$(( $(now_ms) - start ))
}

# Waits until the workbench has written its Home-shown signal; sets $home (ms since $start).
wait_for_home() {
  while [ ! -s "$work/home" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then ended_early Sendero; fi
    sleep 0.02
  done
  home=$(( $(now_ms) - start ))
}

# The Java process of a Sendero launch (the launch script waits for it as a child).
java_of() { pgrep -P "$1" java | head -n 1; }

start_sendero() { # a new data folder, unless $1 is "again"
  [ "${1:-}" = again ] || rm -rf "$work/data-s"
  rm -f "$work/signal" "$work/home"
  start=$(now_ms)
  JDK_JAVA_OPTIONS="-Dsendero.signal.libraryShown=$work/signal -Dsendero.signal.homeShown=$work/home" "$product/sendero" --data "$work/data-s" >"$work/out" 2>&1 &
  pid=$!
}

close_sendero() {
  xdotool windowfocus --sync "$window" key ctrl+q
  wait "$pid" || true
}

stats() { # min median max of the numbers in file $1
  sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%d %d %d", v[1], v[int((NR + 1) / 2)], v[NR] }'
}

: >"$work/baseline.ms"
: >"$work/baseline.mb"
: >"$work/window.ms"
: >"$work/library.ms"
: >"$work/again.ms"
: >"$work/home.ms"
: >"$work/homeagain.ms"
i=1
while [ "$i" -le "$runs" ]; do
  rm -rf "$work/data-b"
  start=$(now_ms)
  "$product/jre/bin/java" -Xms64m -XX:+UseSerialGC -Dsendero.home="$work/data-b" \
    -jar "$launcher" -data "$work/data-b/workbench" -nosplash \
    -applicationXMI org.sendero.app/benchmark/empty.e4xmi >"$work/out" 2>&1 &
  pid=$!
  wait_for_window Baseline
  echo "$shown" >>"$work/baseline.ms"
  sleep 1
  rss_mb "$pid" >>"$work/baseline.mb"; echo >>"$work/baseline.mb"
  kill "$pid"; wait "$pid" || true

  start_sendero
  wait_for_window Sendero
  echo "$shown" >>"$work/window.ms"
  wait_for_library
  echo "$library" >>"$work/library.ms"
  wait_for_home
  echo "$home" >>"$work/home.ms"
  close_sendero

  # the same data folder again: a start like every one after the first
  start_sendero again
  wait_for_window Sendero
  wait_for_library
  echo "$library" >>"$work/again.ms"
  wait_for_home
  echo "$home" >>"$work/homeagain.ms"
  close_sendero
  i=$((i + 1))
done

# Resident memory: a newcomer's session of 20 searches, each opening its first result.
start_sendero
wait_for_window Sendero
wait_for_library
sleep 2
java=$(java_of "$pid")
rss_start=$(rss_mb "$java")
n=0
for query in trafficking "trata niños frontera" smugling '"non-punishment"' "refugee status" "asylum claim" \
  "unaccompanied children" "documentos falsos" "identification des victimes" "border interview" \
  "protección internacional" "debt bondage" "tráfico ilícito de migrantes" "passport fraud" "mineurs non accompagnés" \
  "referral mechanism" "explotación laboral" "stateless" "medical emergency" "data protection"; do
  xdotool windowfocus --sync "$window" key ctrl+2 key ctrl+a
  xdotool type --delay 15 "$query"
  xdotool key Return
  sleep 1.2
  xdotool key Down Return
  sleep 1.2
  n=$((n + 1))
done
sleep 2
rss_after=$(rss_mb "$java")
if [ -n "${SCREENSHOT:-}" ]; then import -window root "$SCREENSHOT"; fi
close_sendero

set -- $(stats "$work/baseline.ms"); b_min=$1 b_med=$2 b_max=$3
set -- $(stats "$work/window.ms"); w_min=$1 w_med=$2 w_max=$3
set -- $(stats "$work/library.ms"); l_min=$1 l_med=$2 l_max=$3
set -- $(stats "$work/again.ms"); a_min=$1 a_med=$2 a_max=$3
set -- $(stats "$work/home.ms"); h_min=$1 h_med=$2 h_max=$3
set -- $(stats "$work/homeagain.ms"); ha_min=$1 ha_med=$2 ha_max=$3
set -- $(grep . "$work/baseline.mb" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'); b_mb=$1
echo "time over $runs runs (ms)                      min  median     max"
printf '%-44s %6d %7d %7d\n' "baseline: empty e4 window shown" "$b_min" "$b_med" "$b_max"
printf '%-44s %6d %7d %7d\n' "Sendero: window shown" "$w_min" "$w_med" "$w_max"
printf '%-44s %6d %7d %7d\n' "Sendero: first start, with the library" "$l_min" "$l_med" "$l_max"
printf '%-44s %6d %7d %7d\n' "Sendero: later start, with the library" "$a_min" "$a_med" "$a_max"
printf '%-44s %6d %7d %7d\n' "Sendero: first start, Home with its cards" "$h_min" "$h_med" "$h_max"
printf '%-44s %6d %7d %7d\n' "Sendero: later start, Home with its cards" "$ha_min" "$ha_med" "$ha_max"
awk -v s="$l_med" -v b="$b_med" 'BEGIN { printf "first start (installs the starter library) / baseline (median): %.2fx\n", s / b }'
awk -v s="$a_med" -v b="$b_med" 'BEGIN { printf "later start / baseline (median): %.2fx (target: at most 1.50x)\n", s / b }'
awk -v s="$ha_med" -v b="$b_med" 'BEGIN { printf "later start to Home / baseline (median): %.2fx\n", s / b }'
echo "resident memory (MB)"
printf '%-44s %6d\n' "baseline: empty e4 window" "$b_mb"
printf '%-44s %6d\n' "Sendero: library shown" "$rss_start"
printf '%-44s %6d\n' "Sendero: after $n searches, $n documents" "$rss_after"
