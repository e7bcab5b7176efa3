#!/usr/bin/env bash
# Analysis benchmark (docs/benchmarks.md). Needs the 1M-loan tape and portfolio that
# docs/bench/import.sh leaves in its work folder. Usage: docs/bench/analysis.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(cd "${1:-target/bench}" && pwd)"
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
export RISK_WORKBENCH_HOME="$work/home"
rm -rf "$RISK_WORKBENCH_HOME"
cmd=(java -Xmx3g -jar target/risk-workbench.jar analyze roll-rate --portfolio "$work/imported.mv.db")
echo "## whole commands, JVM start to last line"
/usr/bin/time -f "| \`analyze roll-rate --no-cache\` (decodes the H2 file) | %e s, %M KB max RSS |" "${cmd[@]}" --no-cache > /dev/null
"${cmd[@]}" > /dev/null  # fills the cache
/usr/bin/time -f "| \`analyze roll-rate\` (cache of the loaded book present) | %e s, %M KB max RSS |" "${cmd[@]}" > /dev/null
/usr/bin/time -f "| \`analyze roll-rate\` (again) | %e s, %M KB max RSS |" "${cmd[@]}" > /dev/null
echo "## in one JVM"
java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.riskworkbench.bench.AnalysisBenchmark "$work/imported.mv.db" "$work/tape"
