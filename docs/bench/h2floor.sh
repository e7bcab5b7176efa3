#!/usr/bin/env bash
# What H2 itself can do, beside DuckDB, same run (docs/benchmarks.md, issue 19): H2's own bulk load
# of the tape (CSVREAD) against DuckDB's load, and a bare JDBC read of a portfolio file's loan
# months against DuckDB's roll-rate matrix from loan_months.csv.
# Usage: docs/bench/h2floor.sh PORTFOLIO.mv.db TAPE_FOLDER AS_OF_ORDINAL [WORKDIR]
#   (the portfolio imported from the tape; AS_OF_ORDINAL = year × 12 + month − 1 of its last month)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile -Dspotless.check.skip=true -Djacoco.skip=true
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx3g ${BENCH_JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.riskworkbench.bench.H2ReadFloor "$1" "$2" "$3" "${4:-target/bench-h2floor}"
