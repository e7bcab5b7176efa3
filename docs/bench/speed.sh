#!/usr/bin/env bash
# Import and first open beside DuckDB, same run (docs/benchmarks.md, issue 19).
# Usage: docs/bench/speed.sh TAPE_FOLDER [WORKDIR]   (e.g. a tape from
#   java -jar target/risk-workbench.jar sample --loans 1000000 --months 36 --seed 42 --tape /tmp/speed/tape)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java ${BENCH_JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.riskworkbench.bench.SpeedBenchmark target/risk-workbench.jar "$1" "${2:-target/bench-speed}"
