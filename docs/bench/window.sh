#!/usr/bin/env bash
# Window responsiveness on a large portfolio (docs/benchmarks.md). Needs the portfolio that
# docs/bench/import.sh leaves in its work folder. Usage: docs/bench/window.sh [PORTFOLIO]
# BENCH_JAVA_OPTS=-Dbench.dropCaches=true (as root) empties the page cache before the cold open.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx4g ${BENCH_JAVA_OPTS:-} -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.riskworkbench.bench.WindowResponsiveness "${1:-target/bench/imported.mv.db}"
