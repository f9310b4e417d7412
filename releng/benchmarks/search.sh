#!/bin/sh
# Library search benchmark: Sendero's index against raw Lucene (IndexWriter + StandardAnalyzer) on
# the same generated multilingual sections, then query latency with and without highlighting and
# facets, index size and heap, in one run. Build first (./mvnw -o verify), then from the
# repository root:
#
#   releng/benchmarks/search.sh [SECTIONS...]
#
# SECTIONS defaults to "10000 100000". Java 21 or newer: $JAVA_HOME, else java on PATH.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
repository="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for bundle in core content search; do
  if [ ! -d "$root/bundles/org.sendero.$bundle/target/classes" ]; then
    echo "search.sh: bundles/org.sendero.$bundle/target/classes is missing; build first with ./mvnw -o verify" >&2
    exit 1
  fi
done

# The library jars as published (not the OSGi-wrapped copies), from the local Maven repository
libraries=$(find "$repository/org/apache/lucene" "$repository/com/vladsch/flexmark" "$repository/org/snakeyaml/snakeyaml-engine/2.10" \
  \( -path '*/10.3.2/*.jar' -o -path '*/0.64.8/*.jar' -o -name 'snakeyaml-engine-2.10.jar' \) 2>/dev/null | grep -v '/bnd-' | sort | tr '\n' ':')
case "$libraries" in
  *lucene-core-10.3.2.jar*) ;;
  *) echo "search.sh: Lucene 10.3.2 is not in $repository; build once with ./mvnw verify" >&2; exit 1 ;;
esac

classes="$root/bundles/org.sendero.core/target/classes:$root/bundles/org.sendero.content/target/classes:$root/bundles/org.sendero.search/target/classes"
cd "$root"
if [ $# -eq 0 ]; then
  set -- 10000 100000
fi
for sections in "$@"; do
  "$java" -Xmx3g --enable-native-access=ALL-UNNAMED -cp "$classes:$libraries" \
    "$root/releng/benchmarks/SearchBenchmark.java" bundles/org.sendero.starter/pack "$sections"
done
