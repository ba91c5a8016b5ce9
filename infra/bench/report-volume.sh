#!/usr/bin/env bash
# The report benchmark (issue 12). See infra/bench/README.md, "The reports".
#
#   ./mvnw -q -DskipTests package && bash infra/bench/report-volume.sh
#
# Starts the server on a fresh, temporary data directory, writes a service five years old into
# its embedded PostgreSQL (100,000 individuals, 1,000 tenants, 20,000 agreements, 2,000,000 usage
# events with their access-log entries: report-volume.sql; five years of books:
# report-volume-ledger.sql, each year closed through the API), then times each report page and
# export (a warm-up request, then BENCH_REPORT_TIMES timed ones) against its goal: a page or export
# under 1 s, a PDF under 3 s. As a yardstick from the same run it times PostgreSQL's own scan of
# the usage and access-log tables (what a report that reads raw rows would pay at least).
# Talks only to 127.0.0.1.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/../.."   # the repository root: the server reads ./CHARTER.md from here

BENCH_INDIVIDUALS=${BENCH_INDIVIDUALS:-100000}
BENCH_TENANTS=${BENCH_TENANTS:-1000}
BENCH_AGREEMENTS=${BENCH_AGREEMENTS:-20000}
BENCH_EVENTS=${BENCH_EVENTS:-2000000}
BENCH_YEARS=${BENCH_YEARS:-5}             # closed financial years before the current one
BENCH_REPORT_TIMES=${BENCH_REPORT_TIMES:-5}
BENCH_PORT=${BENCH_PORT:-18181}
BENCH_STOP_TIMEOUT=${BENCH_STOP_TIMEOUT:-60}
HEARTH_JAR=${HEARTH_JAR:-platform/app/target/hearth.jar}

log() { printf '[report-bench] %s\n' "$*" >&2; }
die() { printf '[report-bench] error: %s\n' "$*" >&2; exit 1; }

for n in BENCH_INDIVIDUALS BENCH_TENANTS BENCH_AGREEMENTS BENCH_EVENTS BENCH_YEARS BENCH_REPORT_TIMES BENCH_PORT BENCH_STOP_TIMEOUT; do
    [[ ${!n} =~ ^[0-9]+$ ]] || die "$n must be a whole number (got '${!n}')"
done
((BENCH_INDIVIDUALS >= 100 && BENCH_TENANTS >= 10 && BENCH_AGREEMENTS >= 10 && BENCH_YEARS >= 1 && BENCH_REPORT_TIMES >= 1)) ||
    die "at least 100 individuals, 10 tenants, 10 agreements, 1 year and 1 timed request"
# shellcheck source=lib/server.sh
source "$here/lib/server.sh"

staff_email="board@bench.example"
staff_password="bench board passphrase 42"
# The charter's financial year starts on financial_year_start (MM-DD); the first year of the books
# is the one that began BENCH_YEARS years before the current one.
year_start=$(sed -n 's/^financial_year_start: *"\{0,1\}\([0-9][0-9]-[0-9][0-9]\)"\{0,1\}.*/\1/p' CHARTER.md | head -n 1)
[[ $year_start =~ ^[0-9]{2}-[0-9]{2}$ ]] || die "no financial_year_start in CHARTER.md"
current_start="$(date -u +%Y)-$year_start"
[[ $current_start > $(date -u +%Y-%m-%d) ]] && current_start=$(date -u -d "$current_start -1 year" +%Y-%m-%d)
first_start=$(date -u -d "$current_start -$BENCH_YEARS years" +%Y-%m-%d)

echo "Hearth report benchmark: $BENCH_INDIVIDUALS individuals, $BENCH_TENANTS tenants, $BENCH_AGREEMENTS agreements," \
    "$BENCH_EVENTS usage events, books since $first_start; $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores; load average before: $load_before"

start_server 1 "$staff_email" "$staff_password" operator,board HEARTH_BILLING_WORKER=off

log "writing the platform's data"
g0=$EPOCHREALTIME
generated=$("${psql_[@]}" -v individuals="$BENCH_INDIVIDUALS" -v tenants="$BENCH_TENANTS" -v agreements="$BENCH_AGREEMENTS" \
    -v events="$BENCH_EVENTS" -v since="$first_start" -f "$here/report-volume.sql" -t -A -F ' ' | sed -n 's/^generated //p')
read -r individuals tenants agreements events records usage_rows log_rows <<<"$generated"
[[ ${individuals:-0} == "$BENCH_INDIVIDUALS" && ${events:-0} == "$BENCH_EVENTS" ]] || die "the generator wrote '$generated'"
log "generated in $(awk -v a="$g0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s: $individuals individuals, $tenants tenants," \
    "$agreements agreements, $records records, $events events in $usage_rows usage rows and $log_rows access-log entries"

# The usage roll-up (a minute's poll, then a week of hours per transaction) folds the year of
# metered hours into reporting.usage_by_day; the reports read the roll-up, so wait for it.
r0=$EPOCHREALTIME
settled=$(date -u -d "$(date -u +%Y-%m-%dT%H:00:00Z) -1 hour" +%Y-%m-%dT%H:00:00Z)
for _ in $(seq 1 600); do
    [[ $("${psql_[@]}" -t -A -c "SELECT count(*) FROM reporting.usage_rollup WHERE rolled_up_to >= timestamptz '$settled'") == 1 ]] && break
    sleep 1
done
[[ $("${psql_[@]}" -t -A -c "SELECT count(*) FROM reporting.usage_rollup WHERE rolled_up_to >= timestamptz '$settled'") == 1 ]] ||
    die "the usage roll-up did not reach $settled within 10 minutes"
log "usage rolled up to $settled in $(awk -v a="$r0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s (including the worker's poll interval, up to 60 s):" \
    "$("${psql_[@]}" -t -A -c 'SELECT count(*) FROM reporting.usage_by_day') day-and-metric rows"

csrf=$(staff_session "$staff_email" "$staff_password") && [[ -n $csrf ]] || die "the board member could not sign in"
jar="$work/cookies"
api() {  # api METHOD PATH [JSON]: prints the body; dies unless 2xx
    local code
    code=$(curl -sS -o "$work/api.json" -w '%{http_code}' -c "$jar" -b "$jar" -X "$1" -H "pac4jCsrfToken: $csrf" \
        -H 'Content-Type: application/json' -H 'Accept: application/json' ${3:+-d "$3"} --max-time 600 "$base$2")
    [[ $code == 2* ]] || die "$1 $2 answered $code: $(head -c 400 "$work/api.json")"
    cat "$work/api.json"
}
year_id() { "${psql_[@]}" -t -A -c "SELECT id FROM governance.financial_years WHERE starts_on = date '$1'"; }

log "opening the first financial year, $first_start"
api POST /api/v1/governance/years "{\"startsOn\":\"$first_start\"}" >/dev/null
entries=0
starts=$first_start
while [[ $starts < $current_start || $starts == "$current_start" ]]; do
    next=$(date -u -d "$starts +1 year" +%Y-%m-%d)
    upto=$(date -u -d "$next -1 day" +%Y-%m-%d)
    [[ $starts == "$current_start" ]] && upto=$(date -u -d yesterday +%Y-%m-%d)
    written=$("${psql_[@]}" -v year="$starts" -v upto="$upto" -v tenants="$BENCH_TENANTS" -f "$here/report-volume-ledger.sql" -t -A -F ' ' |
        sed -n 's/^ledger //p')
    entries=$((entries + ${written%% *}))
    if [[ $starts != "$current_start" ]]; then
        c0=$EPOCHREALTIME
        api POST "/api/v1/governance/years/$(year_id "$starts")/closing" '{}' >/dev/null
        log "year $starts: ${written%% *} entries, ${written##* } lines; closed in $(awk -v a="$c0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s"
    else
        log "year $starts (current, to $upto): ${written%% *} entries, ${written##* } lines"
    fi
    starts=$next
done
"${psql_[@]}" -c 'ANALYZE' >/dev/null
last_closed=$(date -u -d "$current_start -1 year" +%Y-%m-%d)
last_closed_id=$(year_id "$last_closed")
from=$(date -u -d "-12 months" +%Y-%m-%d)
to=$(date -u +%Y-%m-%d)

# What is timed: METHOD-less GET paths, with {closed} the last closed year's first day and {closedId}
# its id. Override with BENCH_REPORT_PATHS (space-separated).
default_paths="/board/impact?from=$from&to=$to /api/v1/reports/impact?from=$from&to=$to
/board/reports/{closed} /board/reports/{closed}.pdf /api/v1/reports/annual/{closed}
/transparency /api/v1/open-data/transparency.json /api/v1/open-data/transparency.csv
/staff/gdpr/processing /staff/gdpr/processing.pdf /api/v1/operator/gdpr/processing-activities /staff/breaches"
paths=${BENCH_REPORT_PATHS:-$default_paths}

# The yardstick: PostgreSQL scanning the raw rows a naive report would read, in the same run.
scan_ms=$("${psql_[@]}" -t -A -c '\timing on' -c 'SELECT count(*), sum(quantity) FROM tenants.usage' -c 'SELECT count(*) FROM datastore.access_log' |
    sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{ s += $1 } END { printf "%.0f", s }')

results=$(mktemp "${TMPDIR:-/tmp}/hearth-report-results.XXXXXX")
for raw in $paths; do
    path=${raw//\{closed\}/$last_closed}
    path=${path//\{closedId\}/$last_closed_id}
    goal=1
    [[ $path == *.pdf* ]] && goal=3
    code=$(curl -sS -o "$work/out" -w '%{http_code}' -b "$jar" -H 'Accept: text/html,application/json;q=0.9' --max-time 120 "$base$path")
    if [[ $code != 200 ]]; then
        printf '%s\t%s\t-\t-\t-\t%s\t%s\n' "$path" "$code" "$goal" "not measured (HTTP $code)" >>"$results"
        continue
    fi
    times=()
    for _ in $(seq 1 "$BENCH_REPORT_TIMES"); do
        times+=("$(curl -sS -o "$work/out" -w '%{time_total}' -b "$jar" -H 'Accept: text/html,application/json;q=0.9' --max-time 120 "$base$path")")
    done
    bytes=$(stat -c %s "$work/out")
    printf '%s\n' "${times[@]}" | sort -n | awk -v p="$path" -v b="$bytes" -v g="$goal" -v scan="$scan_ms" '
        { t[NR] = $1 } END {
            med = t[int((NR + 1) / 2)]; max = t[NR]
            printf "%s\t200\t%.3f\t%.3f\t%s\t%d\t%s (%.2f x the raw scan)\n", p, med, max, b, g, (max <= g ? "under" : "OVER"), med * 1000 / (scan > 0 ? scan : 1)
        }' >>"$results"
done

echo
echo "PostgreSQL's scan of the raw usage and access-log rows in this run: $scan_ms ms ($usage_rows + $log_rows rows)."
echo "Each path: one warm-up request, then $BENCH_REPORT_TIMES timed (seconds, as curl measures them); goal: pages and exports 1 s, PDFs 3 s."
{
    printf 'path\tstatus\tmedian s\tworst s\tbytes\tgoal s\tresult\n'
    cat "$results"
} | tsv_table
echo "Ledger: $entries entries since $first_start; load average now: $(cut -d' ' -f1-3 /proc/loadavg)."
over=$(grep -c $'\tOVER' "$results" || true)
rm -f "$results"
finish_run 1
((over == 0)) || exit 1
