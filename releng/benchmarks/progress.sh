#!/bin/sh
# Answer commit latency benchmark: recording an answer in the progress store (one committed
# transaction) against a raw 1 KB append + fdatasync to a file in the same folder, in one run.
# Build first (./mvnw -o verify), then from the repository root:
#
#   releng/benchmarks/progress.sh [FOLDER] [ROUNDS]
#
# FOLDER (default target/progress-benchmark in the repository) must be on the disk to measure;
# ROUNDS (default 20) rounds of 100 operations of each kind. Java 21 or newer: $JAVA_HOME, else
# java on PATH.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
repository="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for classes in "$root/bundles/org.sendero.core/target/classes" "$root/bundles/org.sendero.progress/target/classes"; do
  if [ ! -d "$classes" ]; then
    echo "progress.sh: $classes is missing; build first with ./mvnw -o verify" >&2
    exit 1
  fi
done
sqlite="$repository/org/xerial/sqlite-jdbc/3.51.1.0/sqlite-jdbc-3.51.1.0.jar"
if [ ! -f "$sqlite" ]; then
  echo "progress.sh: $sqlite is missing; build once with ./mvnw verify" >&2
  exit 1
fi

folder="${1:-$root/target/progress-benchmark}"
exec "$java" --enable-native-access=ALL-UNNAMED -cp "$root/bundles/org.sendero.core/target/classes:$root/bundles/org.sendero.progress/target/classes:$sqlite" \
  "$root/releng/benchmarks/ProgressBenchmark.java" "$folder" "${2:-20}"
