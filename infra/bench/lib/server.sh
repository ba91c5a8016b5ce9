# Shared by the benchmarks that start their own server on a temporary data directory
# (close-month.sh, report-volume.sh): sourced after the caller has set BENCH_PORT,
# BENCH_STOP_TIMEOUT, HEARTH_JAR and the functions log and die, and cd'ed to the repository root.
# Provides: $java, $base, $load_before, $work, $server_pid, start_server, stop_server,
# staff_session, the EXIT cleanup, and CPU accounting (machine_ticks, server_ticks, cores).
DEFAULT_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
[[ -f $HEARTH_JAR ]] || die "no jar at $HEARTH_JAR: run ./mvnw -q -DskipTests package, or set HEARTH_JAR"
command -v curl >/dev/null || die "curl is needed"
if ! command -v psql >/dev/null; then
    log "psql is missing: installing the Debian package postgresql-client"
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq postgresql-client >/dev/null
fi

java_major() {  # prints the major version of the java binary $1, or 0
    local v
    v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
    v=${v#1.}
    [[ $v =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}
if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && (($(java_major "$JAVA_HOME/bin/java") >= 21)); then
    java="$JAVA_HOME/bin/java"
elif [[ -x $DEFAULT_JAVA_HOME/bin/java ]]; then
    java="$DEFAULT_JAVA_HOME/bin/java"
else
    die "Java 21 or newer is needed: set JAVA_HOME"
fi

base="http://127.0.0.1:$BENCH_PORT"
if curl -s -o /dev/null --max-time 2 "$base/health/live"; then
    die "something already answers on port $BENCH_PORT: stop it or set BENCH_PORT"
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work=""
server_pid=""

stop_server() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 $((BENCH_STOP_TIMEOUT * 2))); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$server_pid" 2>/dev/null; then
            log "the server did not stop in $BENCH_STOP_TIMEOUT s: killing it"
            kill -KILL "$server_pid" 2>/dev/null || true
        fi
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
    # If the JVM was killed, its embedded PostgreSQL may outlive it: stop it by its own lock file.
    local pg_pid_file="$work/data/postgres/postmaster.pid" pg_pid
    if [[ -n $work && -f $pg_pid_file ]]; then
        pg_pid=$(head -n 1 "$pg_pid_file")
        if [[ $pg_pid =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null; then
            kill -TERM "$pg_pid" 2>/dev/null || true
            for _ in $(seq 1 20); do
                kill -0 "$pg_pid" 2>/dev/null || break
                sleep 0.5
            done
        fi
    fi
}

cleanup() {
    local status=$?
    stop_server
    if [[ $status -ne 0 && -n $work && -f $work/server.log ]]; then
        log "last lines of the server log:"
        tail -n 20 "$work/server.log" >&2 || true
    fi
    if [[ -n $work && ${BENCH_KEEP:-0} != 1 ]]; then
        rm -rf "$work"
    elif [[ -n $work ]]; then
        log "kept the log and data in $work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# CPU accounting, as in run.sh: the server (JVM, postmaster and its backends) and everything else.
hz=$(getconf CLK_TCK)
machine_ticks() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
server_ticks() {
    local pg=""
    [[ -r $work/data/postgres/postmaster.pid ]] && pg=$(head -n 1 "$work/data/postgres/postmaster.pid")
    cat /proc/[0-9]*/stat 2>/dev/null | awk -v jvm="$server_pid" -v pg="${pg:-none}" '
        { pid = $1; sub(/^.*\) /, "") }
        pid == jvm || pid == pg { t += $12 + $13 + $14 + $15; next }
        $2 == pg { t += $12 + $13 }
        END { print t + 0 }'
}
cores() { awk -v t="$1" -v s="$2" -v hz="$hz" 'BEGIN { if (t < 0) t = 0; if (s > 0) printf "%.2f", t / hz / s; else printf "?" }'; }


# start_server RUN STAFF_EMAIL STAFF_PASSWORD ROLE [ENV=VALUE...]: a fresh data directory in $work, the
# staff member registered (admin commands take the data directory's lock, so before the server
# starts), the server started and ready; psql_ is then the superuser's psql on its PostgreSQL.
start_server() {
    local run=$1 email=$2 password=$3 role=$4
    shift 4
    work=$(mktemp -d "${TMPDIR:-/tmp}/hearth-bench.XXXXXX")
    local -a env_=(HEARTH_DATA="$work/data" HEARTH_HTTP_HOST=127.0.0.1 HEARTH_HTTP_PORT="$BENCH_PORT"
        HEARTH_PUBLIC_URL="http://localhost:$BENCH_PORT" "$@")

    log "run $run: registering the $role (before the server starts: admin commands take the data directory's lock)"
    env "${env_[@]}" HEARTH_STAFF_PASSWORD="$password" "$java" -jar "$HEARTH_JAR" add-staff "$email" "$role" \
        >"$work/add-staff.log" 2>&1 || { tail -n 20 "$work/add-staff.log" >&2; die "add-staff failed"; }

    log "run $run: starting the server on $base (data: $work/data)"
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
    env "${env_[@]}" "$java" ${BENCH_JAVA_OPTS:-} -jar "$HEARTH_JAR" >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 240); do
        curl -fsS -o /dev/null --max-time 2 "$base/health/ready" 2>/dev/null && break
        kill -0 "$server_pid" 2>/dev/null || die "the server exited while starting"
        sleep 0.5
    done
    curl -fsS -o /dev/null --max-time 2 "$base/health/ready" || die "$base/health/ready did not answer within 120 s"

    local pid_file="$work/data/postgres/postmaster.pid"
    psql_=(psql -h 127.0.0.1 -p "$(sed -n 4p "$pid_file")" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1)
    export PGPASSWORD
    PGPASSWORD=$(cat "$work/data/secrets/postgres.password")
}

# staff_session EMAIL PASSWORD: signs in through the staff form; the cookies are in $work/cookies and
# the CSRF token a write needs is printed.
staff_session() {
    local jar="$work/cookies" csrf
    csrf=$(curl -fsS -c "$jar" -b "$jar" -H 'Accept: text/html' "$base/staff/login" |
        sed -n 's/.*name="pac4jCsrfToken" value="\([^"]*\)".*/\1/p' | head -n 1)
    [[ -n $csrf ]] || die "no CSRF token on /staff/login"
    curl -fsS -o /dev/null -c "$jar" -b "$jar" -H 'Accept: text/html' --data-urlencode "pac4jCsrfToken=$csrf" \
        --data-urlencode "email=$1" --data-urlencode "password=$2" \
        "$base/staff/login/callback?client_name=StaffForm" || die "the staff sign-in failed"
    csrf=$(curl -fsS -c "$jar" -b "$jar" -H 'Accept: text/html' "$base/staff" |
        sed -n 's/.*name="pac4jCsrfToken" value="\([^"]*\)".*/\1/p' | head -n 1)
    [[ -n $csrf ]] || die "no CSRF token on /staff after signing in"
    printf '%s' "$csrf"
}

# finish_run RUN: stops the server and removes (or, with BENCH_KEEP=1, keeps) the run's directory.
finish_run() {
    stop_server
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        log "kept the log and data of run $1 in $work"
    else
        rm -rf "$work"
    fi
    work=""
}

# tsv_table: tab-separated rows on stdin as aligned columns (the first left, the middle ones right,
# the last as it is).
tsv_table() {
    awk -F'\t' '
        { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } rows = NR; cols = NF }
        END {
            for (r = 1; r <= rows; r++) {
                line = sprintf("%-" w[1] "s", cell[r, 1])
                for (i = 2; i < cols; i++) line = line sprintf("  %" w[i] "s", cell[r, i])
                print line "  " cell[r, cols]
            }
        }'
}
