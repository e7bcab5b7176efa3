#!/usr/bin/env bash
# PostgreSQL import and load rates beside H2's (docs/benchmarks.md).
# Usage: docs/bench/postgres.sh [LOANS MONTHS SEED WORKDIR]
# Uses the server in RW_TEST_PG_URL (RW_TEST_PG_USER, RW_TEST_PG_PASSWORD) when set, otherwise
# starts a private throwaway server from the PostgreSQL binaries the tests use.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
/usr/bin/time -v java -Xmx3g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.riskworkbench.bench.PostgresBenchmark "${1:-200000}" "${2:-36}" "${3:-42}" "${4:-target/bench}" \
  2> >(grep -E "Maximum resident" >&2)
