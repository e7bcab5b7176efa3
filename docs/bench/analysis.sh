#!/usr/bin/env bash
# Analysis benchmark (docs/benchmarks.md). Needs the 1M-loan tape and portfolio that
# docs/bench/import.sh leaves in its work folder. Usage: docs/bench/analysis.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-target/bench}"
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
echo "## whole commands, JVM start to last line"
/usr/bin/time -f "| \`analyze roll-rate\` (java -jar, load included) | %e s, %M KB max RSS |" \
  java -Xmx3g -jar target/risk-workbench.jar analyze roll-rate --portfolio "$work/imported.mv.db" > /dev/null
echo "## in one JVM"
java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.riskworkbench.bench.AnalysisBenchmark "$work/imported.mv.db" "$work/tape"
