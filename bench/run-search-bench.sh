#!/usr/bin/env sh
# Corpus search benchmark: builds bench and its modules (offline if possible), then runs
# org.vigie.bench.corpus.SearchBench with the given options, from the repository root.
#   bench/run-search-bench.sh [--data PATH] [--target 100000] [--queries 1000] [--batch 2000] [--index DIR]
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  || mvn -q -B -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.vigie.bench.corpus.SearchBench "$@"
