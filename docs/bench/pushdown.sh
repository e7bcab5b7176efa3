#!/usr/bin/env bash
# The analyses inside PostgreSQL on a big book, the client's peak memory, beside DuckDB's roll-rate
# matrix from the same data, same run (docs/benchmarks.md, issue 18).
# Usage: docs/bench/pushdown.sh TAPE_FOLDER [WORKDIR [ANALYSIS[:OPTIONS] ...]]   (e.g. a tape from
#   java -jar target/risk-workbench.jar sample --loans 1400000 --months 36 --seed 42 --tape /tmp/pd/tape)
# Uses the server in RW_TEST_PG_URL (RW_TEST_PG_USER, RW_TEST_PG_PASSWORD) when set, otherwise
# starts a private throwaway server from the PostgreSQL binaries the tests use.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
tape="$1"; work="${2:-target/bench-pushdown}"; shift; [ $# -gt 0 ] && shift
java ${BENCH_JAVA_OPTS:-} -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.riskworkbench.bench.PushDownBenchmark target/risk-workbench.jar "$tape" "$work" "$@"
