#!/usr/bin/env bash
# Proves the browser tests cannot flake on a busy machine: runs the browser suites three
# times in a row while stress-ng keeps CPUs busy (STRESS_CPUS, default 2), and fails on the first red run.
# Installs nothing: needs stress-ng (Debian: apt-get install -y stress-ng), chromium and
# chromium-driver, and a JDK 21+ in JAVA_HOME. Extra arguments go to Maven (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v stress-ng >/dev/null || { echo "stress-ng is missing: apt-get install -y stress-ng" >&2; exit 2; }
runs="${RUNS:-3}"
cpus="${STRESS_CPUS:-2}"
suites='AgreementJourneyIT,BrowserJourneyIT,GovernancePagesIT,PageSecurityIT,BrowserWaitsIT'

stress-ng --cpu "$cpus" --timeout 0 --quiet &
stress=$!
trap 'kill "$stress" 2>/dev/null || true; wait "$stress" 2>/dev/null || true' EXIT
echo "stress-ng --cpu $cpus running (pid $stress); load: $(cut -d' ' -f1-3 /proc/loadavg)"

for run in $(seq 1 "$runs"); do
  rm -rf platform/app/target/failsafe-reports
  started=$(date +%s)
  if ./mvnw -B -ntp "$@" verify -pl platform/app -am -Dit.test="$suites" -Dtest=none \
      -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false; then
    status=green
  else
    status=red
  fi
  tests=$(cat platform/app/target/failsafe-reports/TEST-*.xml 2>/dev/null \
    | awk -F'"' '/<testsuite /{for(i=1;i<NF;i++){if($i~/ tests=$/)t+=$(i+1);if($i~/ failures=$/||$i~/ errors=$/)f+=$(i+1)}} END{printf "%d tests, %d failed", t, f}' || true)
  echo "run $run of $runs: $status, $tests, $(( $(date +%s) - started )) s, load $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$status" = red ]; then
    exit 1
  fi
done
echo "all $runs runs green under load"
