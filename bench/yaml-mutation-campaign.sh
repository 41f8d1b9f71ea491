#!/usr/bin/env bash
# A large seeded YAML mutation campaign (issue 19, item 7): N mutants of the example specs in
# dsl-examples/yaml, each run through `ganforge validate` in-process; every one must be accepted
# or refused with exit code 3 and problems located as file:line:column. It is the suite's
# YamlMutationTest with more mutants, so that both use the same mutations and the same judgement.
# Usage: bench/yaml-mutation-campaign.sh [MUTANTS (10000)] [SEED (7)]
# Prints the summary line (counts, time) and the first failures if there are any; exit code 1 then.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mutants="${1:-10000}"
seed="${2:-7}"
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load before: $(uptime | sed 's/.*load average/load average/')"
log="$(mktemp)"
set +e
# The reactor builds the modules the test needs (-am); only YamlMutationTest runs.
mvn -B -o test -pl dsl-examples -am -Dtest=YamlMutationTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dganforge.yaml-mutants="$mutants" -Dganforge.yaml-mutation-seed="$seed" >"$log" 2>&1
status=$?
set -e
grep -m1 'YAML mutation summary' "$log" || { tail -n 40 "$log"; exit 1; }
if [[ $status -ne 0 ]]; then
  sed -n '/mutants were neither accepted/,/^\[ERROR\] Tests run/p' "$log" | head -n 80
fi
rm -f "$log"
exit $status
