#!/bin/bash
# Spark job (local[2]) beside the in-memory engine at 200,000 loans, every analysis the first
# Spark benchmark did not time, and the committee pack (docs/benchmarks.md). Run after
# `mvn -B verify` (or package), from the repository: docs/bench/spark-all.sh [WORK_FOLDER]
set -u
W=${1:-/tmp/b20}
cd "$(dirname "$0")/../.."
JAR=$W/rw-bench.jar
mkdir -p $W
cp target/risk-workbench.jar $JAR
mvn -o -q dependency:build-classpath -Dmdep.outputFile=$W/cp.txt
[ -d $W/tape ] || java -jar $JAR sample --loans 200000 --months 36 --seed 42 --tape $W/tape
[ -f $W/book.mv.db ] || java -jar $JAR import --from $W/tape --out $W/book.mv.db
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"
RUNS="vintage;collections;fraud;pd;ecl;provisions;forecast;backtest;period;migration;npl-walk;classification;scorecard;lorenz;groups;co-lending;warnings;report"
export SPARK_LOCAL_IP=127.0.0.1
echo "== spark $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)"
/usr/bin/time -f "spark max RSS %M KB, %e s" java -Xmx3g $OPENS -Dbench.runs="$RUNS" -Dbench.rounds=2 \
  -cp "target/classes:target/test-classes:$(cat $W/cp.txt)" \
  com.riskworkbench.bench.SparkTiming $W/tape $W/lake $W/spark-out local[2] 2>&1 | grep -v "WARN\|^\s*at \|INFO"
mkdir -p $W/mem-out
echo "== memory $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)"
for a in $(echo $RUNS | tr ';' ' '); do
  if [ $a = report ]; then
    /usr/bin/time -f "memory $a: %e s, max RSS %M KB" java -Xmx3g -jar $JAR report --portfolio $W/book.mv.db --out $W/mem-out/report.xlsx --no-cache --engine memory > /dev/null
  else
    /usr/bin/time -f "memory $a: %e s, max RSS %M KB" java -Xmx3g -jar $JAR analyze $a --portfolio $W/book.mv.db --no-cache --engine memory > $W/mem-out/$a.csv
    cmp -s $W/mem-out/$a.csv $W/spark-out/$a.csv && echo "  $a: identical CSV" || echo "  $a: CSV DIFFERS"
  fi
done
echo "== end $(date -u +%T) load $(cut -d' ' -f1 /proc/loadavg)"
