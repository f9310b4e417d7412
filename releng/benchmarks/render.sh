#!/bin/sh
# Content rendering benchmark: Sendero's full Markdown pipeline against plain flexmark (no
# extensions) on the same files, in one run. Build first (./mvnw -o verify), then from the
# repository root:
#
#   releng/benchmarks/render.sh [FOLDER] [SECONDS]
#
# FOLDER defaults to the starter pack; SECONDS (default 10) is the measured time after a warm-up.
# Java 21 or newer: $JAVA_HOME, else java on PATH.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
repository="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for classes in "$root/bundles/org.sendero.core/target/classes" "$root/bundles/org.sendero.content/target/classes"; do
  if [ ! -d "$classes" ]; then
    echo "render.sh: $classes is missing; build first with ./mvnw -o verify" >&2
    exit 1
  fi
done

# The library jars as published (not the OSGi-wrapped copies), from the local Maven repository
libraries=$(find "$repository/com/vladsch/flexmark" "$repository/org/snakeyaml/snakeyaml-engine/2.10" \
  -path '*/0.64.8/*.jar' -o -name 'snakeyaml-engine-2.10.jar' | grep -v '/bnd-' | sort | tr '\n' ':')
if [ -z "$libraries" ]; then
  echo "render.sh: flexmark 0.64.8 is not in $repository; build once with ./mvnw verify" >&2
  exit 1
fi

cd "$root"
exec "$java" -cp "$root/bundles/org.sendero.core/target/classes:$root/bundles/org.sendero.content/target/classes:$libraries" \
  "$root/releng/benchmarks/RenderBenchmark.java" "${1:-bundles/org.sendero.starter/pack}" "${2:-10}"
