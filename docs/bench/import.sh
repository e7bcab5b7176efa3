#!/usr/bin/env bash
# Generation and import benchmark (docs/benchmarks.md). Usage: docs/bench/import.sh [LOANS MONTHS SEED WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.riskworkbench.bench.ImportBenchmark "${1:-1000000}" "${2:-36}" "${3:-42}" "${4:-target/bench}"
