#!/usr/bin/env bash
# The pilot benchmark (issue 13). See infra/bench/README.md, "A pilot's question".
#
#   ./mvnw -q -DskipTests package && bash infra/bench/pilot-question.sh
#
# Starts the server on a fresh, temporary data directory; registers a public body through the API;
# writes BENCH_PARTICIPANTS individuals into its embedded PostgreSQL, each with a data key wrapped
# under the server's own master key and one health-summary record encrypted under that key, exactly
# as the platform stores them (PilotCohort.java), and each with an agreement under the pilot's
# aggregate-only data request (pilot-question.sql). Then asks the pilot one question through the
# API (a warm-up, then BENCH_QUESTION_TIMES timed): a mean over a filter, so every participant's key
# is unwrapped, their record decrypted and parsed, and the list of those the answer used committed
# with it; the access-log entries that list promises are appended by the server just after, and
# timed apart (the next question waits for them). Prints the median beside the 2 s goal and as a ratio to PostgreSQL's own
# read of the same encrypted rows (the cohort query, timed by psql in the same run).
# Talks only to 127.0.0.1.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/../.."   # the repository root: the server reads ./CHARTER.md from here

BENCH_PARTICIPANTS=${BENCH_PARTICIPANTS:-100000}
BENCH_QUESTION_TIMES=${BENCH_QUESTION_TIMES:-5}
BENCH_PORT=${BENCH_PORT:-18182}
BENCH_STOP_TIMEOUT=${BENCH_STOP_TIMEOUT:-60}
HEARTH_JAR=${HEARTH_JAR:-platform/app/target/hearth.jar}
GOAL_SECONDS=2

log() { printf '[pilot-bench] %s\n' "$*" >&2; }
die() { printf '[pilot-bench] error: %s\n' "$*" >&2; exit 1; }

for n in BENCH_PARTICIPANTS BENCH_QUESTION_TIMES BENCH_PORT BENCH_STOP_TIMEOUT; do
    [[ ${!n} =~ ^[0-9]+$ ]] || die "$n must be a whole number (got '${!n}')"
done
((BENCH_PARTICIPANTS >= 100 && BENCH_QUESTION_TIMES >= 1 && BENCH_QUESTION_TIMES <= 8)) ||
    die "at least 100 participants, and 1 to 8 timed questions (each spends ε 0.1 of the charter's 1.0, with the warm-up)"
# shellcheck source=lib/server.sh
source "$here/lib/server.sh"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Hearth pilot benchmark: $BENCH_PARTICIPANTS participants, one encrypted record each; $(date -u +%Y-%m-%dT%H:%M:%SZ)," \
    "$(nproc) cores; load average before: $load_before"

start_server 1 "operator@bench.example" "bench operator passphrase 42" operator HEARTH_BILLING_WORKER=off

log "registering the public body through the API"
registered=$(curl -fsS -H 'Content-Type: application/json' -d '{"name":"Directorate of Health","kind":"public_body",
    "contactEmail":"dpo@health.example","admin":{"email":"admin@health.example","password":"a pilot partner passphrase"}}' \
    "$base/api/v1/tenants")
field() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" <<<"$2"; }
tenant=$(field tenantId "$registered")
client=$(field clientId "$registered")
secret=$(field clientSecret "$registered")
[[ -n $tenant && -n $client && -n $secret ]] || die "registration answered: $registered"
token=$(field access_token "$(curl -fsS -u "$client:$secret" -d grant_type=client_credentials "$base/oauth/token")")
[[ -n $token ]] || die "no access token"

log "encrypting $BENCH_PARTICIPANTS individuals' keys and records under the server's master key"
g0=$EPOCHREALTIME
"$java" "$here/PilotCohort.java" "$work/data/secrets/master.key" "$BENCH_PARTICIPANTS" >"$work/cohort.tsv" 2>"$work/master-key-id"
master_key_id=$(tr -d '\n' <"$work/master-key-id")
[[ $master_key_id =~ ^mk-[0-9a-f]{16}$ ]] || die "the generator said: $master_key_id"
pilot=$(cat /proc/sys/kernel/random/uuid)
request=$(cat /proc/sys/kernel/random/uuid)
"${psql_[@]}" -c 'CREATE UNLOGGED TABLE public.bench_pilot_cohort (individual_id uuid, record_id uuid, wrapped text, title text, data text)' \
    -c "\\copy public.bench_pilot_cohort FROM '$work/cohort.tsv'"
generated=$("${psql_[@]}" -v master_key_id="$master_key_id" -v tenant="$tenant" -v pilot="$pilot" \
    -v request="$request" -f "$here/pilot-question.sql" -t -A -F ' ' | sed -n 's/^generated //p')
read -r agreements keys versions <<<"$generated"
[[ ${agreements:-0} == "$BENCH_PARTICIPANTS" ]] || die "the generator wrote '$generated'"
log "generated in $(awk -v a="$g0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s: $agreements agreements, $keys data keys, $versions record versions"

# PostgreSQL's own read of the same rows: the cohort query (agreements, latest record, its sealed
# data and the wrapped key), every row sent to psql; what the question cannot do in less time.
baseline_sql="SELECT DISTINCT ON (a.individual_id) a.id, r.id, v.data_ct, k.wrapped_key
FROM datastore.agreements a JOIN datastore.records r ON r.individual_id = a.individual_id AND r.schema_id = 'hearth:health-summary/v1'
  AND r.category = ANY (a.categories)
JOIN datastore.record_versions v ON v.record_id = r.id AND v.version = r.version
JOIN keys.data_keys k ON k.individual_id = a.individual_id
WHERE a.data_request_id = '$request' AND a.revoked_at IS NULL AND a.expires_at > now() AND 'aggregate' = ANY (a.access_modes)
ORDER BY a.individual_id, r.updated_at DESC, r.id DESC"
baselines=()
for _ in $(seq 1 "$BENCH_QUESTION_TIMES"); do
    ms=$("${psql_[@]}" -c '\timing on' -c "$baseline_sql" -o /dev/null | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1)
    baselines+=("$(awk -v ms="$ms" 'BEGIN { printf "%.4f", ms / 1000 }')")
done
baseline=$(printf '%s\n' "${baselines[@]}" | median)

question='{"kind":"mean","field":"age","filters":{"smoker":"no"},"epsilon":0.1}'
ask() {  # prints seconds; dies unless 201
    local out
    out=$(curl -sS -o "$work/answer.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -d "$question" --max-time 300 "$base/api/v1/tenant/pilots/$pilot/questions")
    [[ ${out%% *} == 201 ]] || die "the question answered ${out%% *}: $(head -c 400 "$work/answer.json")"
    echo "${out##* }"
}
# The answer commits its participant list; the server's inclusion worker appends the access-log
# entries just after, in batches. Waited for after each question (timed on its own, from the
# answer to the last batch's commit), so that no question competes with the one before's entries.
appended() {  # prints seconds until no inclusion is pending
    local a=$EPOCHREALTIME n
    while :; do
        n=$("${psql_[@]}" -t -A -c 'SELECT count(*) FROM datastore.pending_inclusions')
        [[ $n == 0 ]] && break
        sleep 0.05
    done
    awk -v a="$a" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.4f", b - a }'
}
log "warm-up question"
warm=$(ask)
appended >/dev/null
times=()
appends=()
busy=0
for _ in $(seq 1 "$BENCH_QUESTION_TIMES"); do
    c0=$(server_ticks)
    t0=$EPOCHREALTIME
    times+=("$(ask)")
    busy=$(awk -v s="$busy" -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { print s + b - a }')
    ticks=$((${ticks:-0} + $(server_ticks) - c0))
    appends+=("$(appended)")
done
used=$(cores "$ticks" "$busy")
seconds=$(printf '%s\n' "${times[@]}" | median)
appending=$(printf '%s\n' "${appends[@]}" | median)
logged=$("${psql_[@]}" -t -A -c "SELECT count(*) FROM datastore.access_log WHERE action = 'aggregate'")

echo
echo "The answer to the last question: $(head -c 300 "$work/answer.json")"
echo
{
    printf 'measure\tseconds\tgoal\tverdict\n'
    printf 'one question over %s participants (median of %s; warm-up %s s)\t%s\t%s\t%s\n' "$BENCH_PARTICIPANTS" "$BENCH_QUESTION_TIMES" \
        "$warm" "$seconds" "$GOAL_SECONDS" "$(awk -v s="$seconds" -v g="$GOAL_SECONDS" 'BEGIN { print (s < g) ? "under the goal" : "OVER THE GOAL" }')"
    printf 'then appending the inclusion entries to the access logs, after the answer (median)\t%s\t-\t-\n' "$appending"
    printf 'PostgreSQL reading the same encrypted rows (median of %s)\t%s\t-\t%s\n' "$BENCH_QUESTION_TIMES" "$baseline" \
        "the question takes $(awk -v s="$seconds" -v b="$baseline" 'BEGIN { printf "%.1f", s / b }') times as long"
} | tsv_table
echo
echo "Timed questions: ${times[*]} s; entries appended after each in ${appends[*]} s; the server used $used cores while the questions ran. Access-log inclusion entries written: $logged."
