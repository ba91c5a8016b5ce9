#!/usr/bin/env bash
# The month-close benchmark (issue 11). See infra/bench/README.md, "The month close".
#
#   ./mvnw -q -DskipTests package && bash infra/bench/close-month.sh
#
# For each run: starts the server on a fresh, temporary data directory (billing's worker off, so
# the only close is the one timed here), writes 1,000 tenants and 2,000,000 usage events of the
# previous month into its embedded PostgreSQL (close-month.sql), signs in as an operator, times
# POST /api/v1/operator/billing/periods/{YYYY-MM}/close, checks the invoices it issued and
# prints a summary. Talks only to 127.0.0.1.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/../.."   # the repository root: the server reads ./CHARTER.md from here

BENCH_TENANTS=${BENCH_TENANTS:-1000}
BENCH_EVENTS=${BENCH_EVENTS:-2000000}
BENCH_MONTH=${BENCH_MONTH:-$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)}
BENCH_CLOSE_RUNS=${BENCH_CLOSE_RUNS:-2}
BENCH_CLOSE_GOAL=${BENCH_CLOSE_GOAL:-60}
BENCH_CLOSE_TIMEOUT=${BENCH_CLOSE_TIMEOUT:-900}
BENCH_PORT=${BENCH_PORT:-18181}
BENCH_STOP_TIMEOUT=${BENCH_STOP_TIMEOUT:-60}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}  # extra JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/close.jfr,settings=profile
HEARTH_JAR=${HEARTH_JAR:-platform/app/target/hearth.jar}

log() { printf '[close-bench] %s\n' "$*" >&2; }
die() { printf '[close-bench] error: %s\n' "$*" >&2; exit 1; }

for n in BENCH_TENANTS BENCH_EVENTS BENCH_CLOSE_RUNS BENCH_CLOSE_GOAL BENCH_CLOSE_TIMEOUT BENCH_PORT BENCH_STOP_TIMEOUT; do
    [[ ${!n} =~ ^[0-9]+$ ]] || die "$n must be a whole number (got '${!n}')"
done
((BENCH_TENANTS > 0 && BENCH_CLOSE_RUNS > 0)) || die "BENCH_TENANTS and BENCH_CLOSE_RUNS must be at least 1"
[[ $BENCH_MONTH =~ ^[0-9]{4}-(0[1-9]|1[0-2])$ ]] || die "BENCH_MONTH is YYYY-MM (got '$BENCH_MONTH')"
[[ $(date -u -d "$BENCH_MONTH-01 +1 month" +%Y-%m-%d) < $(date -u -d tomorrow +%Y-%m-%d) ]] ||
    die "BENCH_MONTH $BENCH_MONTH has not ended yet: it cannot be closed"
# shellcheck source=lib/server.sh
source "$here/lib/server.sh"

staff_email="operator@bench.example"
staff_password="bench operator passphrase 42"
month_start="$BENCH_MONTH-01"
year=$(date -u +%Y)
results=$(mktemp "${TMPDIR:-/tmp}/hearth-close-results.XXXXXX")

one_run() {
    local run=$1
    start_server "$run" "$staff_email" "$staff_password" operator HEARTH_BILLING_WORKER=off

    log "run $run: writing $BENCH_TENANTS tenants and $BENCH_EVENTS usage events of $BENCH_MONTH"
    local g0=$EPOCHREALTIME generated
    generated=$("${psql_[@]}" -v tenants="$BENCH_TENANTS" -v events="$BENCH_EVENTS" -v month="$month_start" -f "$here/close-month.sql" |
        sed -n 's/^generated //p')
    local gen_secs
    gen_secs=$(awk -v a="$g0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
    local tenants usage_rows events reads deliveries transactions agreements
    read -r tenants usage_rows events reads deliveries transactions agreements <<<"$generated"
    [[ ${tenants:-0} == "$BENCH_TENANTS" && ${events:-0} == "$BENCH_EVENTS" ]] || die "the generator wrote '$generated'"
    log "run $run: generated in $gen_secs s: $tenants tenants, $agreements agreements, $usage_rows usage rows for $events events" \
        "($reads consented reads, $deliveries deliveries, $transactions declared transactions)"

    log "run $run: signing in as the operator"
    local jar="$work/cookies" csrf
    csrf=$(staff_session "$staff_email" "$staff_password") && [[ -n $csrf ]] || die "the operator could not sign in"

    log "run $run: closing $BENCH_MONTH"
    local t0=$EPOCHREALTIME m0 s0 code
    m0=$(machine_ticks) s0=$(server_ticks)
    code=$(curl -sS -o "$work/close.json" -w '%{http_code}' -c "$jar" -b "$jar" -H "pac4jCsrfToken: $csrf" \
        -H 'Content-Type: application/json' -d '{}' --max-time "$BENCH_CLOSE_TIMEOUT" \
        "$base/api/v1/operator/billing/periods/$BENCH_MONTH/close") || die "the close request failed (timeout $BENCH_CLOSE_TIMEOUT s?)"
    local t1=$EPOCHREALTIME m1 s1
    m1=$(machine_ticks) s1=$(server_ticks)
    [[ $code == 200 ]] || die "the close answered $code: $(head -c 500 "$work/close.json")"
    local secs issued server_cpu other_cpu
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    issued=$(sed -n 's/.*"issued":\([0-9]*\).*/\1/p' "$work/close.json")
    server_cpu=$(cores $((s1 - s0)) "$secs")
    other_cpu=$(cores $(((m1 - m0) - (s1 - s0))) "$secs")

    # The result, read back: one invoice per tenant, numbers 1..N of the year without gaps, each
    # total the sum of its lines and VAT rows, one invoice.issued event each.
    local check
    check=$("${psql_[@]}" -t -A -F ' ' -v month="$month_start" -v year="$year" <<'SQL'
SELECT count(*), count(DISTINCT i.tenant_id), coalesce(min(i.sequence), 0), coalesce(max(i.sequence), 0), count(DISTINCT i.sequence),
       count(*) FILTER (WHERE i.subtotal_minor <> coalesce(l.amount, 0) OR i.vat_minor <> coalesce(v.vat, 0)
                          OR i.total_minor <> i.subtotal_minor + i.vat_minor),
       (SELECT count(*) FROM platform.outbox_events e WHERE e.event_type = 'invoice.issued'
           AND e.aggregate_id IN (SELECT id::text FROM tenants.invoices WHERE period_start = :'month')),
       (SELECT count(*) FROM tenants.invoices WHERE series = 'HE' AND year = :year),
       coalesce(sum(i.total_minor), 0)
FROM tenants.invoices i
LEFT JOIN (SELECT invoice_id, sum(amount_minor) AS amount FROM tenants.invoice_lines GROUP BY invoice_id) l ON l.invoice_id = i.id
LEFT JOIN (SELECT invoice_id, sum(vat_minor) AS vat FROM tenants.invoice_vat GROUP BY invoice_id) v ON v.invoice_id = i.id
WHERE i.period_start = :'month' AND i.series = 'HE' AND i.year = :year
SQL
)
    local n distinct_tenants min_seq max_seq distinct_seq bad_sums events_out year_total total_minor
    read -r n distinct_tenants min_seq max_seq distinct_seq bad_sums events_out year_total total_minor <<<"$check"
    local ok=yes problems=""
    [[ $issued == "$tenants" ]] || problems+=" the close answered issued=$issued;"
    [[ $n == "$tenants" && $distinct_tenants == "$tenants" ]] || problems+=" $n invoices for $distinct_tenants tenants;"
    [[ $min_seq == 1 && $max_seq == "$n" && $distinct_seq == "$n" && $year_total == "$n" ]] ||
        problems+=" numbers $min_seq..$max_seq ($distinct_seq distinct, $year_total this year);"
    [[ $bad_sums == 0 ]] || problems+=" $bad_sums invoices whose totals are not the sum of their lines and VAT;"
    [[ $events_out == "$n" ]] || problems+=" $events_out invoice.issued events;"
    [[ -z $problems ]] || ok="no:$problems"
    local rate
    rate=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.1f", n / s }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$tenants" "$usage_rows" "$events" "$gen_secs" "$secs" "$rate" \
        "$server_cpu" "$other_cpu" "$(awk -v m="$total_minor" 'BEGIN { printf "%.2f", m / 100 }')" "$ok" >>"$results"
    log "run $run: closed in $secs s: $n invoices ($rate/s), numbers $min_seq..$max_seq; server CPU $server_cpu cores, other $other_cpu; checks: $ok"

    finish_run "$run"
}

echo "Hearth month-close benchmark: $BENCH_TENANTS tenants, $BENCH_EVENTS usage events, $BENCH_MONTH," \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores; load average before: $load_before"
for run in $(seq 1 "$BENCH_CLOSE_RUNS"); do
    one_run "$run"
done

echo
echo "Summary (goal: the close under $BENCH_CLOSE_GOAL s on this machine)"
{
    printf 'run\ttenants\tusage rows\tevents\tgenerate s\tclose s\tinvoices/s\tserver CPU\tother CPU\tinvoiced EUR\tchecks\n'
    cat "$results"
} | tsv_table
awk -F'\t' -v goal="$BENCH_CLOSE_GOAL" '
    { n++; s += $6; if ($6 > worst) worst = $6; if ($6 > goal) over++; if ($11 != "yes") bad++ }
    END {
        printf "Close: %.2f s on average over %d run(s), worst %.2f s: %s the goal of %d s.\n", s / n, n, worst, over ? "OVER" : "under", goal
        if (bad) print "Warning: some runs failed their checks (see the checks column)."
    }' "$results"
echo "CPU columns: cores used during the close by the server (JVM + PostgreSQL) and by everything else on the machine;"
echo "a high other-CPU figure means something else was running and the close time is high. Load average now: $(cut -d' ' -f1-3 /proc/loadavg)."
failed=$(awk -F'\t' '$11 != "yes"' "$results" | wc -l)
rm -f "$results"
((failed == 0)) || exit 1
