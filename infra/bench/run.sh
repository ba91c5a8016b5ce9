#!/usr/bin/env bash
# Load benchmark for Hearth with wrk. See infra/bench/README.md.
#
#   ./mvnw -q -DskipTests package && bash infra/bench/run.sh
#
# Starts the server on a fresh, temporary data directory (or uses BENCH_URL), creates the
# fixtures it needs, runs each scenario with wrk against 127.0.0.1/localhost only, prints a
# summary table and stops the server it started.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/../.."   # the repository root: the server reads ./CHARTER.md from here

BENCH_SECONDS=${BENCH_SECONDS:-15}
BENCH_WARMUP=${BENCH_WARMUP:-20}  # seconds per scenario before the measured run: a fresh JVM was still compiling the read path after 10 s
BENCH_THREADS=${BENCH_THREADS:-2}
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-16}
BENCH_PORT=${BENCH_PORT:-18181}
BENCH_URL=${BENCH_URL:-}
BENCH_STOP_TIMEOUT=${BENCH_STOP_TIMEOUT:-60}
BENCH_ONLY=${BENCH_ONLY:-}            # an extended regular expression: run only the scenarios it matches
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}  # extra JVM options for the server, e.g. -XX:StartFlightRecording=...
BENCH_JVM_OPTIONS=${BENCH_JVM_OPTIONS:-infra/jvm.options}  # the server's argument file (none: the JVM's defaults)
BENCH_PROFILER=${BENCH_PROFILER:-}    # libasyncProfiler.so: profile each measured run (not its warm-up) into BENCH_PROFILE_DIR
BENCH_PROFILE_DIR=${BENCH_PROFILE_DIR:-/tmp/hearth-bench-profiles}
BENCH_SOAK=${BENCH_SOAK:-0}           # seconds of mixed load (soak.lua) after the scenarios, sampling memory each minute
HEARTH_JAR=${HEARTH_JAR:-platform/app/target/hearth.jar}
DEFAULT_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

for n in BENCH_SECONDS BENCH_WARMUP BENCH_THREADS BENCH_CONNECTIONS BENCH_PORT BENCH_STOP_TIMEOUT BENCH_SOAK; do
    [[ ${!n} =~ ^[0-9]+$ ]] || die "$n must be a whole number (got '${!n}')"
done
((BENCH_SECONDS > 0)) || die "BENCH_SECONDS must be at least 1"
((BENCH_CONNECTIONS >= BENCH_THREADS)) || die "BENCH_CONNECTIONS must be at least BENCH_THREADS"
# The soak's tenant token is fetched once: it must outlive the soak (15 minutes by default).
((BENCH_SOAK <= 840)) || die "BENCH_SOAK is at most 840 seconds (the tenant's access token lives 15 minutes)"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)  # before this script adds any load of its own

# ---------------------------------------------------------------- tools

command -v curl >/dev/null || die "curl is needed"
if ! command -v wrk >/dev/null; then
    log "wrk is missing: installing the Debian package"
    sudo=""
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || die "wrk is missing and this is not root: apt-get install wrk"
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq wrk >/dev/null
fi
sudo=${sudo:-}

if ! command -v pgbench >/dev/null || ! command -v psql >/dev/null; then
    log "pgbench/psql are missing: installing the Debian package postgresql-client"
    ${sudo:-} apt-get update -qq
    ${sudo:-} apt-get install -y -qq postgresql-client >/dev/null
fi

# ---------------------------------------------------------------- the month close

# BENCH_CLOSE=1 runs the month-close benchmark (close-month.sh: its own servers and data, on
# BENCH_PORT) before the load scenarios; BENCH_CLOSE=only runs it alone.
if [[ ${BENCH_CLOSE:-0} != 0 ]]; then
    bash "$here/close-month.sh" || die "the month-close benchmark failed"
    [[ $BENCH_CLOSE == only ]] && exit 0
fi

# ---------------------------------------------------------------- state and cleanup

work=$(mktemp -d "${TMPDIR:-/tmp}/hearth-bench.XXXXXX")
server_pid=""

cleanup() {
    local status=$?
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        log "stopping the server (pid $server_pid)"
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 $((BENCH_STOP_TIMEOUT * 2))); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$server_pid" 2>/dev/null; then
            log "the server did not stop in $BENCH_STOP_TIMEOUT s: killing it; last lines of its log:"
            tail -n 20 "$work/server.log" >&2 || true
            kill -KILL "$server_pid" 2>/dev/null || true
        fi
        wait "$server_pid" 2>/dev/null || true
    fi
    # The JVM stops its embedded PostgreSQL on the way out; if it was killed, stop it here,
    # by the pid in its own lock file, before its data directory is removed.
    local pg_pid_file="$work/data/postgres/postmaster.pid" pg_pid
    if [[ -f $pg_pid_file ]]; then
        pg_pid=$(head -n 1 "$pg_pid_file")
        if [[ $pg_pid =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null; then
            log "stopping the embedded PostgreSQL (pid $pg_pid)"
            kill -TERM "$pg_pid" 2>/dev/null || true
            for _ in $(seq 1 20); do
                kill -0 "$pg_pid" 2>/dev/null || break
                sleep 0.5
            done
        fi
    fi
    if [[ $status -ne 0 && -f $work/server.log ]]; then
        log "last lines of the server log:"
        tail -n 20 "$work/server.log" >&2 || true
    fi
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        log "kept the logs, wrk output and data in $work"
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- server

java_major() {  # prints the major version of the java binary $1, or 0
    local v
    v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
    v=${v#1.}
    [[ $v =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

pick_java() {
    if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && (($(java_major "$JAVA_HOME/bin/java") >= 21)); then
        echo "$JAVA_HOME/bin/java"
    elif [[ -x $DEFAULT_JAVA_HOME/bin/java ]]; then
        echo "$DEFAULT_JAVA_HOME/bin/java"
    else
        die "Java 21 or newer is needed: set JAVA_HOME"
    fi
}

# The server's configuration: a fresh data directory, listening on the loopback interface only;
# the JVM options and malloc setting infra/jvm.options recommends.
server_env=(HEARTH_DATA="$work/data" HEARTH_HTTP_HOST=127.0.0.1 HEARTH_HTTP_PORT="$BENCH_PORT" HEARTH_RATE_SANDBOX=1000000 HEARTH_RATE_STANDARD=1000000
    HEARTH_PUBLIC_URL="http://localhost:$BENCH_PORT" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}")
jvm_options=""
if [[ $BENCH_JVM_OPTIONS != none ]]; then
    [[ -r $BENCH_JVM_OPTIONS ]] || die "BENCH_JVM_OPTIONS: no file $BENCH_JVM_OPTIONS"
    jvm_options=$(cd "$(dirname "$BENCH_JVM_OPTIONS")" && pwd)/$(basename "$BENCH_JVM_OPTIONS")
fi

wait_ready() {  # waits up to 120 s for $base/health/ready
    for _ in $(seq 1 240); do
        if curl -fsS -o /dev/null --max-time 2 "$base/health/ready" 2>/dev/null; then
            return 0
        fi
        if [[ -n $server_pid ]] && ! kill -0 "$server_pid" 2>/dev/null; then
            die "the server exited while starting"
        fi
        sleep 0.5
    done
    die "$base/health/ready did not answer 200 within 120 s"
}

client_id=${BENCH_CLIENT_ID:-}
client_secret=${BENCH_CLIENT_SECRET:-}

if [[ -n $BENCH_URL ]]; then
    # Only ever load this machine.
    [[ $BENCH_URL =~ ^http://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]+)?/?$ ]] ||
        die "BENCH_URL must be http://127.0.0.1[:port] or http://localhost[:port] (got $BENCH_URL)"
    base=${BENCH_URL%/}
    log "using the running server at $base"
    wait_ready
else
    [[ -f $HEARTH_JAR ]] || die "no jar at $HEARTH_JAR: run ./mvnw -q -DskipTests package, or set HEARTH_JAR"
    base="http://127.0.0.1:$BENCH_PORT"
    if curl -s -o /dev/null --max-time 2 "$base/health/live"; then
        die "something already answers on port $BENCH_PORT: stop it, set BENCH_PORT, or set BENCH_URL to use it"
    fi
    java=$(pick_java)
    log "java: $java ($(java_major "$java")); jar: $HEARTH_JAR; data: $work/data"

    # The tenant is registered before the server starts: add-tenant takes the data directory's lock.
    log "registering the benchmark tenant"
    env "${server_env[@]}" "$java" -jar "$HEARTH_JAR" add-tenant "Bench Tenant" company >"$work/add-tenant.log" 2>&1 ||
        { tail -n 20 "$work/add-tenant.log" >&2; die "add-tenant failed"; }
    client_id=$(sed -n 's/^client_id=//p' "$work/add-tenant.log")
    client_secret=$(sed -n 's/^client_secret=//p' "$work/add-tenant.log")
    bench_tenant_id=$(sed -n 's/^tenant_id=//p' "$work/add-tenant.log")
    [[ -n $client_id && -n $client_secret ]] || die "add-tenant printed no client_id/client_secret"

    log "starting the server on $base"
    # env execs java, so $! is the JVM's own pid (a backgrounded shell function would be a subshell).
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
    env "${server_env[@]}" "$java" ${jvm_options:+"@$jvm_options"} $BENCH_JAVA_OPTS -jar "$HEARTH_JAR" >"$work/server.log" 2>&1 &
    server_pid=$!
    wait_ready
fi

# Restarts the server this script started, on the same data, with extra environment ("$@"):
# the consented read is measured again with metering off (HEARTH_METERING=off, a bench knob).
restart_server() {
    [[ -n $server_pid ]] || return 1
    log "restarting the server with $*"
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 $((BENCH_STOP_TIMEOUT * 2))); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.5
    done
    wait "$server_pid" 2>/dev/null || true
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
    env "${server_env[@]}" "$@" "$java" ${jvm_options:+"@$jvm_options"} $BENCH_JAVA_OPTS -jar "$HEARTH_JAR" >>"$work/server.log" 2>&1 &
    server_pid=$!
    wait_ready
}

# The bench tenant reads on the standard plan: the sandbox's hard limits (1,000 reads a month)
# would refuse the run after its first second. The plan is set as the database superuser, whom
# the audit trigger does not bind: a fixture, not a path the application offers.
standard_plan() {
    local pid_file="$work/data/postgres/postmaster.pid"
    [[ -n ${bench_tenant_id:-} && -r $pid_file ]] || { log "not the embedded server: the tenant keeps its plan"; return 0; }
    [[ -r $work/data/secrets/postgres.password ]] && export PGPASSWORD="$(cat "$work/data/secrets/postgres.password")"
    psql -h 127.0.0.1 -p "$(sed -n 4p "$pid_file")" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "UPDATE tenants.tenants SET plan = 'standard' WHERE id = '$bench_tenant_id'" >/dev/null ||
        die "could not put the bench tenant on the standard plan"
}

# ---------------------------------------------------------------- fixtures

run_id="$(date +%s)-$$"
email="bench-$run_id@example.org"
password="bench fixture passphrase 42"

json_field() {  # json_field NAME: prints the string field NAME from the JSON on stdin
    sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"
}

first_id() {  # the top-level "id" of the JSON object on stdin (nested objects have ids of their own)
    sed -n 's/^{"id":"\([^"]*\)".*/\1/p'
}

log "creating the fixture account $email"
curl -fsS --max-time 30 -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/accounts" ||
    die "POST /api/v1/accounts failed"

log "creating a personal access token"
pat=$(curl -fsS --max-time 30 -u "$email:$password" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' "$base/api/v1/me/tokens" | json_field token)
[[ $pat == hpat_* ]] || die "POST /api/v1/me/tokens returned no hpat_ token"
curl -fsS --max-time 10 -o /dev/null -H "Authorization: Bearer $pat" "$base/api/v1/me" ||
    die "GET /api/v1/me with the new token failed"

log "creating fixture records"
record_body='{"schema":"hearth:note/v1","category":"dpv-pd:Preference","title":"fixture","data":{"text":"a fixture record","n":1}}'
for _ in $(seq 1 20); do
    record_id=$(curl -fsS --max-time 10 -H "Authorization: Bearer $pat" -H 'Content-Type: application/json' \
        -d "$record_body" "$base/api/v1/me/records" | first_id)
done
[[ -n $record_id ]] || die "POST /api/v1/me/records returned no id"

access_token() {
    curl -fsS --max-time 30 -u "$client_id:$client_secret" -d grant_type=client_credentials \
        "$base/oauth/token" | json_field access_token
}
if [[ -n $client_id ]]; then
    log "checking the tenant's client credentials"
    [[ -n $(access_token) ]] || die "POST /oauth/token returned no access_token"
else
    log "no tenant client: set BENCH_CLIENT_ID and BENCH_CLIENT_SECRET to run the tenant scenario against BENCH_URL"
fi

# ---------------------------------------------------------------- scenarios

results="$work/results.tsv"
: >"$results"

to_ms() {  # wrk duration (850.00us, 12.34ms, 1.20s, 1.00m) -> milliseconds; "?" if unparsable
    awk -v d="$1" 'BEGIN {
        if (d !~ /^[0-9.]+(us|ms|s|m|h)$/) { printf "?"; exit }
        if (d ~ /us$/) { sub(/us$/, "", d); printf "%.2f", d / 1000 }
        else if (d ~ /ms$/) { sub(/ms$/, "", d); printf "%.2f", d }
        else if (d ~ /s$/) { sub(/s$/, "", d); printf "%.2f", d * 1000 }
        else if (d ~ /m$/) { sub(/m$/, "", d); printf "%.2f", d * 60000 }
        else if (d ~ /h$/) { sub(/h$/, "", d); printf "%.2f", d * 3600000 }
        else printf "?" }'
}

# CPU accounting, in clock ticks, so the summary can say who used the cores during each run:
# the server (its JVM and its embedded PostgreSQL), wrk, and everything else on the machine.
hz=$(getconf CLK_TCK)
machine_ticks() {  # busy time of all cores (user, nice, system, irq, softirq, steal)
    awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}
wrk_ticks() {  # CPU of this script's finished children: wrk (and the odd awk or tee)
    sed 's/^.*) //' "/proc/$$/stat" | awk '{print $14 + $15}'
}
server_ticks() {  # "JVM PostgreSQL": the JVM, and the postmaster with its live backends; empty if unknown
    [[ -n $server_pid && -r /proc/$server_pid/stat ]] || return 0
    local pg=""
    [[ -r $work/data/postgres/postmaster.pid ]] && pg=$(head -n 1 "$work/data/postgres/postmaster.pid")
    cat /proc/[0-9]*/stat 2>/dev/null | awk -v jvm="$server_pid" -v pg="${pg:-none}" '
        { pid = $1; sub(/^.*\) /, "") }   # drop "pid (comm) ": comm may contain spaces
        pid == jvm { j += $12 + $13 + $14 + $15; next }
        pid == pg { p += $12 + $13 + $14 + $15; next }
        $2 == pg { p += $12 + $13 }
        END { print j + 0, p + 0 }'
}
per_request() {  # per_request CORES REQUESTS_PER_SECOND -> microseconds of CPU per request, or "-"
    awk -v c="$1" -v r="$2" 'BEGIN { if (c ~ /^[0-9.]+$/ && r + 0 > 0) printf "%.0f", 1e6 * c / r; else printf "-" }'
}
cores() {  # cores TICKS SECONDS
    awk -v t="$1" -v s="$2" -v hz="$hz" 'BEGIN { if (t < 0) t = 0; if (s > 0) printf "%.2f", t / hz / s; else printf "?" }'
}

# profile start|stop NAME: with BENCH_PROFILER, async-profiler attached to the server's JVM for
# the measured run only (JIT warm-up and fixtures left out), CPU samples (itimer, which needs no
# perf_events) written as collapsed stacks (jcmd parses name=value, hence the inner quotes) to BENCH_PROFILE_DIR/<scenario>.collapsed.
profile() {
    [[ -n $BENCH_PROFILER && -n $server_pid ]] || return 0
    local jcmd="${java%/java}/jcmd" file
    file="$BENCH_PROFILE_DIR/$(printf '%s' "$2" | tr -c 'A-Za-z0-9._-' '_').collapsed"
    mkdir -p "$BENCH_PROFILE_DIR"
    if [[ $1 == start ]]; then
        "$jcmd" "$server_pid" JVMTI.agent_load "$BENCH_PROFILER" '"start,event=itimer,interval=1ms"' >/dev/null
    else
        "$jcmd" "$server_pid" JVMTI.agent_load "$BENCH_PROFILER" "\"stop,collapsed,file=$file\"" >/dev/null
        log "profile of '$2': $file"
    fi
}

# bench NAME PATH [wrk options...] [-- script arguments...]
# A short warm-up run (not recorded), then the measured run with --latency. A script's
# warm-up run gets one more argument, "warmup", so it can tell the two runs apart.
bench() {
    local name=$1 url="$base$2" out="$work/wrk-$(date +%s%N).txt"
    shift 2
    if [[ -n $BENCH_ONLY ]] && ! [[ $name =~ $BENCH_ONLY ]]; then
        return 0
    fi
    local -a opts=(-t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" --timeout 10s) script_args=()
    while (($# > 0)); do
        if [[ $1 == -- ]]; then shift; script_args=(-- "$@"); break; fi
        opts+=("$1"); shift
    done
    # wrk stops itself after -d; timeout(1) is a second bound in case it hangs.
    if ((BENCH_WARMUP > 0)); then
        timeout --kill-after=5 $((BENCH_WARMUP + 30)) \
            wrk "${opts[@]}" -d "${BENCH_WARMUP}s" "$url" "${script_args[@]}" ${script_args[@]:+warmup} >/dev/null
    fi
    echo
    echo "=== $name"
    local t0=$EPOCHREALTIME m0 s0 w0 t1 m1 s1 w1 j0 p0 j1 p1
    profile start "$name"
    m0=$(machine_ticks) w0=$(wrk_ticks)
    read -r j0 p0 < <(server_ticks; echo)
    timeout --kill-after=5 $((BENCH_SECONDS + 30)) \
        wrk "${opts[@]}" -d "${BENCH_SECONDS}s" --latency "$url" "${script_args[@]}" | tee "$out"
    m1=$(machine_ticks) w1=$(wrk_ticks) t1=$EPOCHREALTIME
    read -r j1 p1 < <(server_ticks; echo)
    profile stop "$name"

    local secs server_cpu="-" jvm_cpu="-" pg_cpu="-" wrk_cpu other_cpu="-"
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
    wrk_cpu=$(cores $((w1 - w0)) "$secs")
    if [[ -n $j0 && -n $j1 ]]; then
        s0=$((j0 + p0)) s1=$((j1 + p1))
        server_cpu=$(cores $((s1 - s0)) "$secs")
        jvm_cpu=$(cores $((j1 - j0)) "$secs")
        pg_cpu=$(cores $((p1 - p0)) "$secs")
        other_cpu=$(cores $(((m1 - m0) - (s1 - s0) - (w1 - w0))) "$secs")
    fi

    local completed rps p50 p99 non2xx errors
    completed=$(awk '$2 == "requests" && $3 == "in" {print $1}' "$out")
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
    if [[ ${completed:-0} == 0 ]]; then  # no response at all: wrk's percentiles are meaningless zeros
        p50="-" p99="-"
    fi
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
    errors=$(awk '/Socket errors:/ {n = 0; for (i = 3; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i; print n}' "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "${rps:-?}" "$p50" "$p99" "${non2xx:-0}" "${errors:-0}" \
        "$server_cpu" "$jvm_cpu" "$pg_cpu" "$wrk_cpu" "$other_cpu" \
        "$(per_request "$jvm_cpu" "$rps")" "$(per_request "$pg_cpu" "$rps")" >>"$results"
}

# pgbench NAME: PostgreSQL's own single-row insert-and-commit rate on the server's embedded
# PostgreSQL, same machine, same run, 16 clients: the yardstick for the platform's writes.
pg_tps=""
pgbench_run() {
    local pg_port pid_file="$work/data/postgres/postmaster.pid"
    [[ -r $pid_file ]] || { log "no embedded PostgreSQL (BENCH_URL): skipping pgbench"; return 0; }
    pg_port=$(sed -n 4p "$pid_file")
    local -a conn=(-h 127.0.0.1 -p "$pg_port" -U postgres)
    # The embedded PostgreSQL asks for the superuser's password (scram-sha-256, issue 9).
    [[ -r $work/data/secrets/postgres.password ]] && export PGPASSWORD="$(cat "$work/data/secrets/postgres.password")"
    psql "${conn[@]}" -q -d postgres -c "CREATE DATABASE hearth_bench" >/dev/null 2>&1 || true
    psql "${conn[@]}" -q -d hearth_bench -c "DROP TABLE IF EXISTS bench_single_row; CREATE TABLE bench_single_row (id bigserial PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())" >/dev/null
    echo
    echo "=== $1"
    local out="$work/pgbench.txt"
    (cd "$work" && timeout --kill-after=5 $((BENCH_SECONDS + 30)) pgbench "${conn[@]}" -n -M prepared -c 16 -j 2 -T "$BENCH_SECONDS" \
        -f "$here/single-row-insert.sql" -l --log-prefix=pgbench-log hearth_bench) | tee "$out"
    pg_tps=$(awk '/^tps = / {print $3}' "$out")
    local p50 p99
    read -r p50 p99 < <(cat "$work"/pgbench-log* | awk '{print $3 / 1000}' | sort -n |
        awk '{v[NR] = $1} END { if (NR == 0) { print "- -"; exit } printf "%.2f %.2f\n", v[int(NR * 0.5) + 1], v[int(NR * 0.99) + 1] }')
    rm -f "$work"/pgbench-log*
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "${pg_tps:-?}" "$p50" "$p99" 0 0 - - - - - - - >>"$results"
}

echo "Hearth load benchmark: $base, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores shared by wrk and the server;" \
    "load average before: $load_before"

bench "GET /health/live" /health/live
bench "GET /health/ready" /health/ready
bench "GET /api/v1/me (PAT)" /api/v1/me -H "Authorization: Bearer $pat"
if [[ -n $client_id ]]; then
    # A fresh token for the run: access tokens expire (HEARTH_ACCESS_TOKEN_TTL, 15 minutes by default).
    jwt=$(access_token)
    [[ -n $jwt ]] || die "POST /oauth/token returned no access_token"
    bench "GET /api/v1/tenant (JWT)" /api/v1/tenant -H "Authorization: Bearer $jwt"
fi
pgbench_run "PostgreSQL insert+commit (pgbench)"
if [[ -n $client_id ]]; then
    # The consented read, the platform's hot path: JWT check, tenant check and rate limit,
    # agreement check, decryption, a durable access-log append, all under row-level security.
    jwt=$(access_token)
    request_code=$(curl -fsS --max-time 10 -H "Authorization: Bearer $jwt" -H 'Content-Type: application/json' \
        -d '{"title":"Bench","purpose":"dpv:ServiceProvision","description":"Benchmark","categories":["dpv-pd:Preference"],"accessModes":["read"],"durationDays":30,"retentionDays":0,"lawfulBasis":"dpv:Consent","policyUrl":"https://bench.example/privacy"}' \
        "$base/api/v1/tenant/data-requests" | json_field code)
    agreement_id=$(curl -fsS --max-time 10 -H "Authorization: Bearer $pat" -H 'Content-Type: application/json' \
        -d "{\"code\":\"$request_code\"}" "$base/api/v1/me/agreements" | first_id)
    [[ -n $agreement_id ]] || die "could not make the benchmark agreement"
    standard_plan
    read_path="/api/v1/tenant/agreements/$agreement_id/records?category=dpv-pd:Preference&limit=20"
    compare=0
    read_name="GET /api/v1/tenant/agreements/{id}/records"
    if [[ -n $server_pid && ${BENCH_METERING_COMPARE:-1} == 1 ]] && [[ -z $BENCH_ONLY || $read_name =~ $BENCH_ONLY ]]; then
        compare=1
        # Both legs on a freshly started server, so neither has the other's warm-up.
        restart_server
    fi
    bench "GET /api/v1/tenant/agreements/{id}/records" "$read_path" -H "Authorization: Bearer $jwt"
    consented_rps=$(awk -F'\t' '$1 == "GET /api/v1/tenant/agreements/{id}/records" {print $2}' "$results")
    # The same read with metering off, in the same run: what counting usage in the access log's
    # group commit costs (goal: under 5%). Then back on, for the scenarios that follow.
    if ((compare)) && [[ -n ${consented_rps:-} ]]; then
        restart_server HEARTH_METERING=off
        bench "GET /api/v1/tenant/agreements/{id}/records (metering off)" "$read_path" -H "Authorization: Bearer $jwt"
        unmetered_rps=$(awk -F'\t' '$1 == "GET /api/v1/tenant/agreements/{id}/records (metering off)" {print $2}' "$results")
        restart_server
    fi
fi
bench "GET /api/v1/me/records/{id}" "/api/v1/me/records/$record_id" -H "Authorization: Bearer $pat"
bench "GET /api/v1/me/records?limit=20" "/api/v1/me/records?limit=20" -H "Authorization: Bearer $pat"
bench "POST /api/v1/me/records" /api/v1/me/records -s "$here/create-record.lua" -H "Authorization: Bearer $pat"
echo
echo "Next: account creation. Each request hashes a password with Argon2id, which is slow and"
echo "CPU-bound by design (it is what makes stolen password hashes expensive to crack), so expect"
echo "requests/s in the tens, not the thousands."
bench "POST /api/v1/accounts" /api/v1/accounts -s "$here/create-account.lua" -- "$run_id"

# When wrk stops it closes its connections, but the server still finishes the account creations
# it has started or queued (each one an Argon2id hash). Stopping the server in the middle of
# that takes a long time and logs failures, so wait (up to 30 s) until the JVM is idle.
wait_idle() {
    local pid=$1 before after hz
    hz=$(getconf CLK_TCK)
    for _ in $(seq 1 30); do
        [[ -r /proc/$pid/stat ]] || return 0
        before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
        sleep 1
        [[ -r /proc/$pid/stat ]] || return 0
        after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
        ((after - before < hz / 10)) && return 0  # under 10% of one core
    done
    log "the server was still busy 30 s after the last scenario"
}
if [[ -n $server_pid ]]; then
    wait_idle "$server_pid"
fi

# ---------------------------------------------------------------- soak

# Memory of the server as it stands: "JVM_RSS_KB PG_PSS_KB HEAP_AFTER_GC_KB". PostgreSQL's
# processes share their buffers, so each is counted by its proportional set size (PSS), which
# adds up to what they take together; the JVM is one process, counted by its resident set.
# The heap is measured after a full collection asked for by jcmd (GC.run): what is live.
# That collection pauses the server once a minute during the soak: the soak's p99 includes it,
# so read the soak for memory, and the scenarios above for latency.
memory_sample() {
    local jcmd="${java%/java}/jcmd" pg="" jvm_kb pg_kb heap_kb
    [[ -r $work/data/postgres/postmaster.pid ]] && pg=$(head -n 1 "$work/data/postgres/postmaster.pid")
    # A JVM that has died (out of memory, killed) reads as 0 rather than stopping the script.
    jvm_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status" 2>/dev/null || true)
    jvm_kb=${jvm_kb:-0}
    pg_kb=0
    if [[ -n $pg ]]; then
        local p
        for p in $pg $(cat "/proc/$pg/task/$pg/children" 2>/dev/null); do
            pg_kb=$((pg_kb + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
        done
    fi
    "$jcmd" "$server_pid" GC.run >/dev/null 2>&1 || true
    # G1 prints one "heap" line, Serial (DefNew, Tenured) and Parallel one line per generation: add their "used".
    heap_kb=$("$jcmd" "$server_pid" GC.heap_info 2>/dev/null | awk '/used/ && /heap|generation|Gen |DefNew|Tenured/ && !/Metaspace|class space|eden|from|to  / {
        for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); t += v } }
        END { print t + 0 }')
    echo "$jvm_kb $pg_kb ${heap_kb:-0}"
}

soak_summary=""
soak() {
    local secs=$BENCH_SOAK soak_jwt="" started minutes m due
    log "soak: $secs s of mixed load (soak.lua), memory sampled each minute"
    if [[ -n $client_id && -n ${agreement_id:-} ]]; then
        soak_jwt=$(access_token)
    fi
    echo
    echo "=== soak: mixed load for ${secs}s (3 writes, 3 owner reads, 1 GET /api/v1/me, 3 consented reads in 10)"
    printf '%6s  %10s  %14s  %10s  %16s\n' minute "JVM RSS MB" "PostgreSQL MB" "total MB" "heap after GC MB"
    read -r jvm_kb pg_kb heap_kb < <(memory_sample)
    printf '%6s  %10.0f  %14.0f  %10.0f  %16.0f\n' 0 "$((jvm_kb / 1024))" "$((pg_kb / 1024))" "$(((jvm_kb + pg_kb) / 1024))" "$((heap_kb / 1024))"
    wrk -t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" -d "${secs}s" --timeout 10s --latency -s "$here/soak.lua" "$base" \
        -- "$pat" "$record_id" "$soak_jwt" "${agreement_id:-}" >"$work/soak-wrk.txt" &
    local wrk_pid=$! totals=()
    started=$SECONDS minutes=$((secs / 60))
    for ((m = 1; m <= minutes; m++)); do
        # Sampled 5 s before the minute ends, so the last sample is taken while wrk still runs.
        due=$((started + 60 * m - 5))
        while ((SECONDS < due)); do sleep 1; done
        read -r jvm_kb pg_kb heap_kb < <(memory_sample)
        totals[m]=$(((jvm_kb + pg_kb) / 1024))
        printf '%6s  %10.0f  %14.0f  %10.0f  %16.0f\n' "$m" "$((jvm_kb / 1024))" "$((pg_kb / 1024))" "${totals[m]}" "$((heap_kb / 1024))"
    done
    wait "$wrk_pid" || log "the soak's wrk exited with an error"
    local pg
    pg=$(head -n 1 "$work/data/postgres/postmaster.pid" 2>/dev/null || true)
    if [[ -n $pg ]]; then
        echo "  PostgreSQL's largest processes (PSS MB, what they are):"
        for p in $pg $(cat "/proc/$pg/task/$pg/children" 2>/dev/null); do
            printf '%s\t%s\n' "$(awk '/^Pss:/ {print int($2 / 1024)}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)" \
                "$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | cut -c1-70)"
        done | sort -rn | head -n 6 | sed 's/^/    /'
    fi
    grep -E 'requests in|Requests/sec|Non-2xx|Socket errors|99%' "$work/soak-wrk.txt" | sed 's/^/  /'
    if ((minutes >= 10)); then
        local last=${totals[minutes]} mid=${totals[5]}
        soak_summary=$(awk -v a="$mid" -v b="$last" -v m="$minutes" 'BEGIN {
            growth = 100 * (b - a) / a; ok = b <= 400 && growth <= 5
            printf "%-44s %d MB after %d minutes (goal <= 400), minute 5 to %d: %+.1f%% (goal flat, <= +5%%): %s",
                "server RSS (JVM + PostgreSQL) under mixed load", b, m, m, growth, ok ? "met" : "NOT MET" }')
    else
        soak_summary=$(printf '%-44s %d MB after %d minutes; the target needs BENCH_SOAK=600' \
            "server RSS (JVM + PostgreSQL) under mixed load" "${totals[minutes]:-0}" "$minutes")
    fi
}
if [[ -n $server_pid ]] && ((BENCH_SOAK > 0)); then
    soak
elif ((BENCH_SOAK > 0)); then
    log "BENCH_SOAK needs a server this script starts (not BENCH_URL): no soak"
fi

# ---------------------------------------------------------------- summary

echo
echo "Summary ($BENCH_THREADS wrk threads, $BENCH_CONNECTIONS connections, ${BENCH_SECONDS}s each, $(nproc) cores shared by wrk and the server)"
{
    printf 'scenario\trequests/s\tp50 ms\tp99 ms\tnon-2xx\tsocket errors\tserver CPU\tJVM\tPostgreSQL\twrk CPU\tother CPU\tJVM us/req\tPG us/req\n'
    cat "$results"
} | awk -F'\t' '
    { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } rows = NR; cols = NF }
    END {
        for (r = 1; r <= rows; r++) {
            line = sprintf("%-" w[1] "s", cell[r, 1])
            for (i = 2; i <= cols; i++) line = line sprintf("  %" w[i] "s", cell[r, i])
            print line
            if (r == 1) { sep = ""; for (i = 1; i <= cols; i++) { s = sprintf("%" w[i] "s", ""); gsub(/ /, "-", s); sep = sep (i > 1 ? "  " : "") s } print sep }
        }
    }'
# The targets of issue 15, each as measured in this run beside its goal.
# target LABEL SCENARIO BASE_SCENARIO MIN_PERCENT [MAX_P99_MS]
target() {
    local row base
    row=$(awk -F'\t' -v n="$2" '$1 == n' "$results")
    base=$(awk -F'\t' -v n="$3" '$1 == n {print $2}' "$results")
    [[ -n $row && -n $base ]] || { printf '  %-44s not measured in this run\n' "$1"; return 0; }
    # A yardstick that failed (0 or not a number) gives no ratio rather than a division by zero.
    [[ $base =~ ^[0-9]+(\.[0-9]+)?$ ]] && awk -v b="$base" 'BEGIN { exit !(b > 0) }' ||
        { printf '  %-44s no ratio: %s measured %s\n' "$1" "$6" "$base"; return 0; }
    awk -F'\t' -v label="$1" -v base="$base" -v min="$4" -v maxp99="${5:-}" -v of="$6" '{
        ratio = 100 * $2 / base; ok = ratio >= min
        p99 = ""
        if (maxp99 != "") { p99 = sprintf(", p99 %s ms (goal < %s)", $4, maxp99); ok = ok && $4 != "-" && $4 + 0 < maxp99 }
        printf "  %-44s %5.1f%% of %s (goal >= %s%%)%s: %s\n", label, ratio, of, min, p99, ok ? "met" : "NOT MET"
    }' <<<"$row"
}
echo
echo "Targets (issue 15):"
pg_name="PostgreSQL insert+commit (pgbench)"
target "owner write (POST /api/v1/me/records)" "POST /api/v1/me/records" "$pg_name" 30 25 "pgbench"
target "consented read (limit=20)" "GET /api/v1/tenant/agreements/{id}/records" "$pg_name" 35 25 "pgbench"
target "GET /api/v1/me/records/{id}" "GET /api/v1/me/records/{id}" "GET /health/ready" 60 "" "/health/ready"
target "GET /api/v1/me (PAT)" "GET /api/v1/me (PAT)" "GET /health/ready" 60 "" "/health/ready"
if [[ -n ${soak_summary:-} ]]; then
    printf '  %s\n' "$soak_summary"
else
    printf '  %-44s not measured in this run (BENCH_SOAK=600 runs it)\n' "server RSS after 10 minutes of mixed load"
fi
if [[ -n ${consented_rps:-} && -n ${unmetered_rps:-} ]]; then
    awk -v on="$consented_rps" -v off="$unmetered_rps" 'BEGIN { printf "Consented reads: %.1f/s with metering, %.1f/s without: metering costs %.1f%% (goal: under 5%%).\n", on, off, 100 * (off - on) / off }'
fi
echo "CPU columns: cores used during each measured run by the server (JVM + PostgreSQL, then each), by wrk,"
echo "and by everything else on the machine; '-' when the server is not one this script started;"
echo "then the JVM's and PostgreSQL's CPU time per request, in microseconds."
echo "POST /api/v1/accounts is bounded by Argon2id password hashing: CPU-bound by design."
echo "Load average before the run: $load_before."
if awk -F'\t' '$11 != "-" && $11 + 0 > 0.10 { bad = 1 } END { exit !bad }' "$results"; then
    echo "Warning: other processes used CPU during some runs (other CPU > 0.10 cores): those figures are low."
fi
[[ -n $client_id ]] || echo "GET /api/v1/tenant was skipped: set BENCH_CLIENT_ID and BENCH_CLIENT_SECRET with BENCH_URL."
if awk -F'\t' '$5 != 0 || $6 != 0 { bad = 1 } END { exit !bad }' "$results"; then
    echo "Warning: some requests failed (non-2xx or socket errors); their latencies are in the figures above."
fi
