#!/bin/sh
# The outbox's cost on the answer path: recordAnswer on a progress database with the outbox (the
# answer and its xAPI statement queued in one transaction) against the same call on a database
# whose outbox discards its rows, in one run (target at most 1.3x).
# Build first (./mvnw -o verify), then from the repository root:
#
#   releng/benchmarks/outbox.sh [FOLDER] [ROUNDS]
#
# FOLDER (default target/outbox-benchmark in the repository) must be on the disk to measure;
# ROUNDS (default 20) rounds of 100 answers on each database. Java 21 or newer: $JAVA_HOME, else
# java on PATH.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
repository="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for classes in "$root/bundles/org.sendero.core/target/classes" "$root/bundles/org.sendero.progress/target/classes"; do
  if [ ! -d "$classes" ]; then
    echo "outbox.sh: $classes is missing; build first with ./mvnw -o verify" >&2
    exit 1
  fi
done
sqlite="$repository/org/xerial/sqlite-jdbc/3.51.1.0/sqlite-jdbc-3.51.1.0.jar"
if [ ! -f "$sqlite" ]; then
  echo "outbox.sh: $sqlite is missing; build once with ./mvnw verify" >&2
  exit 1
fi

folder="${1:-$root/target/outbox-benchmark}"
exec "$java" --enable-native-access=ALL-UNNAMED -cp "$root/bundles/org.sendero.core/target/classes:$root/bundles/org.sendero.progress/target/classes:$sqlite" \
  "$root/releng/benchmarks/OutboxBenchmark.java" "$folder" "${2:-20}"
