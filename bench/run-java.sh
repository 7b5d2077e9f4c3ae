#!/bin/sh
# Runs a bench main class with the bench module's classpath, from any directory:
#   bench/run-java.sh org.vigie.bench.reprints.LshRecallBench [--limit N] ...
# Compiles the bench module and the modules it needs first (offline; drop -o for new dependencies).
set -e
cd "$(dirname "$0")/.."
mvn -q -B -o -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
exec java ${JAVA_OPTS:--Xmx6g} -cp "bench/target/classes:$(cat bench/target/cp.txt)" "$@"
