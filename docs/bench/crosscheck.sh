#!/usr/bin/env bash
# Independent check of every analysis against DuckDB SQL over the same tape (docs/benchmarks.md).
# Needs the tape and portfolio that docs/bench/import.sh leaves in WORKDIR. Usage: docs/bench/crosscheck.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-target/bench}"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.riskworkbench.bench.CrossCheck "$work/imported.mv.db" "$work/tape"
