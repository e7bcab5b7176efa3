#!/usr/bin/env bash
# What the safety checks add to opening a portfolio file (docs/decisions/0006), beside H2's own
# open of the same file. Usage: docs/bench/open.sh FILE.mv.db [FILE.mv.db ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile -Djacoco.skip=true
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
for f in "$@"; do
  java -Xmx3g -Dh2.allowedClasses= -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    com.riskworkbench.portfolio.store.OpenSafetyBenchmark "$f"
done
