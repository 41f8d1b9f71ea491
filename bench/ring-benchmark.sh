#!/usr/bin/env bash
# Trains the ring-of-8-Gaussians examples and reports mode coverage and wall time.
# Usage: bench/ring-benchmark.sh [SPEC.yaml ...]   (default: every dsl-examples/yaml/ring-*.yaml)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -o package -DskipTests -pl bench -am 2>/dev/null || mvn -B -q package -DskipTests -pl bench -am
specs=("$@")
if [[ ${#specs[@]} -eq 0 ]]; then
  specs=(dsl-examples/yaml/ring-*.yaml)
fi
export ONEDNN_MAX_CPU_ISA="${ONEDNN_MAX_CPU_ISA:-AVX}"
# Idle OpenMP threads sleep instead of spinning, which thrashes on a busy machine.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
exec java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="${GANFORGE_THREADS:-1}" -Dai.djl.pytorch.num_interop_threads=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.RingBenchmark "${specs[@]}"
