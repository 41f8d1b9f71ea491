#!/usr/bin/env bash
# Runs a sweep on a standalone Spark master and worker started on this machine (127.0.0.1 only)
# and in embedded mode, and compares the two leaderboards (equal for the same seeds: each trial
# trains in a JVM of its own on one engine thread either way).
# Usage: bench/spark-standalone.sh [SWEEP.yaml] [OUT-FOLDER]
#   (default: dsl-examples/sweeps/ring-losses.yaml with budget.steps 300, into /tmp/spark-standalone)
#
# No Spark installation is needed: the master and the worker are Spark's own classes run from the
# jars the build copies to spark/target/lib. A worker starts executors from SPARK_HOME/jars, so
# SPARK_HOME is a folder whose jars/ links those jars and ganforge-spark's own; the executors'
# class path is then ganforge's, which each trial's JVM inherits.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench spark
out="${2:-/tmp/spark-standalone}"
rm -rf "$out" && mkdir -p "$out/spark-home/jars" "$out/work"
if [[ -n "${1:-}" ]]; then
  sweep="$1"
else
  sweep="$out/ring-losses-300.yaml"
  sed 's/budget: {steps: 1500}/budget: {steps: 300}/' dsl-examples/sweeps/ring-losses.yaml > "$sweep"
fi
ln -s "$here"/spark/target/lib/*.jar "$out/spark-home/jars/"
ln -s "$(ls "$here"/spark/target/ganforge-spark-*.jar | grep -v -e sources -e javadoc -e tests | head -n 1)" "$out/spark-home/jars/"
opens=()
for package in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$package=ALL-UNNAMED")
done
export SPARK_HOME="$out/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
java "${opens[@]}" -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 7077 --webui-port 8080 > "$out/master.log" 2>&1 &
master=$!
sleep 5
java "${opens[@]}" -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory 4g --work-dir "$out/work" --webui-port 8081 spark://127.0.0.1:7077 \
  > "$out/worker.log" 2>&1 &
worker=$!
trap 'kill $worker $master 2>/dev/null || true' EXIT
sleep 5
describe_machine
for mode in standalone embedded; do
  started=$(date +%s.%N)
  if [[ $mode == standalone ]]; then
    ./ganforge sweep "$sweep" --out "$out/$mode" --master spark://127.0.0.1:7077 --threads-per-trial 1 2> "$out/$mode.log"
  else
    ./ganforge sweep "$sweep" --out "$out/$mode" --parallel 2 --threads-per-trial 1 2> "$out/$mode.log"
  fi
  echo "$mode: $(echo "$(date +%s.%N) - $started" | bc) s wall"
done
if diff "$out/standalone/leaderboard.csv" "$out/embedded/leaderboard.csv"; then
  echo "the leaderboards are equal:"
else
  echo "the leaderboards differ (above)"
fi
cat "$out/standalone/leaderboard.csv"
