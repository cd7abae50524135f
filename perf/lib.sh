#!/usr/bin/env bash
# Shared by the load test and the fault drills: the machine's services, a fresh database, and one
# Pytopus process (api + worker) on the machine's PostgreSQL, Redis and RabbitMQ with an embedded
# OpenSearch node — the standalone launcher, whose dev services skip every engine the environment
# names. Figures are only as good as the machine is quiet: run nothing else meanwhile.
set -euo pipefail

PERF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PERF_OUT="$PERF_ROOT/perf/target"
APP_PORT="${APP_PORT:-18080}"
APP_URL="http://127.0.0.1:$APP_PORT"
PERF_DB="${PERF_DB:-pytopus_perf}"
PERF_REDIS_DB="${PERF_REDIS_DB:-8}"
# The RabbitMQ virtual host the app uses ("/" by default); its pytopus.* queues are purged by
# fresh_database, so give a run a vhost of its own where others use the broker too.
PERF_VHOST="${PERF_VHOST:-/}"
if [[ $PERF_VHOST == / ]]; then
  PERF_RABBITMQ_URL=amqp://guest:guest@127.0.0.1:5672
else
  PERF_RABBITMQ_URL="amqp://guest:guest@127.0.0.1:5672/$PERF_VHOST"
fi

# The JVM exactly as the API container runs it, read from where production sets it, so the two
# cannot differ (deploy's LoadTestJvmTest checks this reading): the Dockerfile's ENV
# JAVA_TOOL_OPTIONS and MALLOC_ARENA_MAX, and the API container's memory limit in deploy/k8s, which
# the image's percentages apply to. -XX:MaxRAM makes the JVM size itself for that limit as it does
# in the container (33% of 768 MiB: a 254 MiB heap); ADR 0024 says why these flags.

# image_env NAME: the value the Dockerfile's ENV gives NAME (continuation lines joined, quotes removed).
image_env() {
  local value
  value="$(awk -v name="$1" '
    /\\$/ { line = line substr($0, 1, length($0) - 1); next }
    { line = line $0
      if (line ~ /^ENV[ \t]/ && match(line, "[ \t]" name "=(\"[^\"]*\"|[^ \t]*)")) {
        v = substr(line, RSTART + length(name) + 2, RLENGTH - length(name) - 2)
        gsub(/^"|"$/, "", v); print v
      }
      line = "" }' "$PERF_ROOT/Dockerfile")"
  [[ -n $value ]] || { echo "the Dockerfile's ENV sets no $1" >&2; return 1; }
  echo "$value"
}

# The API container's memory limit (deploy/k8s/base/api.yaml) as a JVM size, e.g. 768m.
api_memory_limit() {
  awk '/^ *limits:/ { limits = 1; next }
       limits && /^ *memory:/ { v = $2; sub(/Mi$/, "m", v); sub(/Gi$/, "g", v); print v; exit }
       limits && !/^ *(cpu|memory):/ { limits = 0 }' "$PERF_ROOT/deploy/k8s/base/api.yaml" | grep -E '^[0-9]+[mg]$' \
    || { echo "no memory limit (Mi or Gi) in deploy/k8s/base/api.yaml" >&2; return 1; }
}

APP_MEMORY_LIMIT="$(api_memory_limit)"
APP_JAVA_TOOL_OPTIONS="$(image_env JAVA_TOOL_OPTIONS)"
APP_JVM_FLAGS="-XX:MaxRAM=$APP_MEMORY_LIMIT $APP_JAVA_TOOL_OPTIONS"
APP_MALLOC_ARENA_MAX="$(image_env MALLOC_ARENA_MAX)"
mkdir -p "$PERF_OUT"

# shellcheck source=../.ci/services.sh
source "$PERF_ROOT/.ci/services.sh"

say() { printf '\n==> %s\n' "$*"; }

# Debian's packages the scripts run, installed when missing (as .ci/run does for its tools).
need_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v jq >/dev/null || missing+=(jq)
  if ((${#missing[@]})); then
    say "Installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# The run's queues in PERF_VHOST with their messages (ready and unacknowledged): "name count" lines.
queue_depths() {
  { rabbitmqctl -q list_queues --no-table-headers -p "$PERF_VHOST" name messages 2>/dev/null || true; } \
    | awk '$1 ~ /^pytopus\./ { print $1, $2 }'
}

# Empties the run's queues: an earlier run's events (or an api-only phase's, which no worker took)
# would otherwise reach this run's workers, for pets this run's fresh database does not have.
purge_queues() {
  local queue
  for queue in $(queue_depths | awk '$2 > 0 { print $1 }'); do
    rabbitmqctl -q purge_queue -p "$PERF_VHOST" "$queue" >/dev/null 2>&1 || true
  done
}

# Publications in the outbox that are not complete yet, or "?" when the table cannot be read.
pending_publications() {
  psql -h 127.0.0.1 -U postgres -d "$PERF_DB" -tAq \
    -c "select (select count(*) from outbox where completed_at is null)
             + (select count(*) from event_publication where completion_date is null)" 2>/dev/null || echo '?'
}

# await_drained SECONDS: waits until the outbox and every worker queue (not the dead letters, not
# the live updates' per-instance queues) are empty, at most SECONDS; DRAINED_AFTER is the time it
# took, or empty when they were not empty by then.
await_drained() {
  local limit=$1 start=$SECONDS backlog
  DRAINED_AFTER=
  while ((SECONDS - start <= limit)); do
    backlog="$(queue_depths | awk '$1 !~ /\.dead$/ && $1 !~ /^pytopus\.live\./ { s += $2 } END { print s + 0 }')"
    if [[ $backlog == 0 && "$(pending_publications)" == 0 ]]; then
      DRAINED_AFTER=$((SECONDS - start))
      return 0
    fi
    sleep 1
  done
}

# The app's CPU time so far (user + system, all threads), in clock ticks, from /proc/<pid>/stat.
app_cpu_ticks() { sed 's/^.*) //' "/proc/$APP_PID/stat" | awk '{ print $12 + $13 }'; }
CLOCK_TICKS="$(getconf CLK_TCK)"

fresh_database() {
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS $PERF_DB WITH (FORCE)" -c "CREATE DATABASE $PERF_DB"
  redis-cli -n "$PERF_REDIS_DB" flushdb >/dev/null
  purge_queues
  # The embedded OpenSearch node's data too: every run seeds pets with the same names, and an index
  # that still holds earlier runs' pets would answer a name search with theirs.
  rm -rf "$PERF_OUT/data"
}

# Compiles the server with its test classes (the standalone launcher lives there) and writes the
# classpath the app runs with.
build_app() {
  say "Building the server"
  (cd "$PERF_ROOT" && ./pytopus mvn -B -ntp -q -pl server -am test-compile \
      -Dspotless.check.skip=true \
      dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PERF_OUT/app.classpath")
  (cd "$PERF_ROOT" && ./pytopus mvn -B -ntp -q -pl load test-compile)
  JAVA25="$("$PERF_ROOT/pytopus" jdk)"
}

# visibility_probe SECONDS: DESIGN §5's "action → visible in search and journal", measured by one
# owner taking care actions and polling (io.pytopus.load.VisibilityProbe); output to VISIBILITY_LOG.
# (A fixed name: the probe usually runs in a background subshell, whose variables the caller never sees.)
VISIBILITY_LOG="$PERF_OUT/visibility.log"
visibility_probe() {
  "$JAVA25/bin/java" -XX:+UseSerialGC -cp "$PERF_ROOT/load/target/test-classes" -DbaseUrl="$APP_URL" \
    -DdurationSeconds="$1" -DpauseMillis=100 io.pytopus.load.VisibilityProbe >"$VISIBILITY_LOG" 2>&1
}

# A figure of the last visibility probe: probes, journal_p95, search_p95 (ms or "miss"),
# journal_missed or search_missed.
visibility() { sed -n "s/^VISIBILITY.* $1=\([^ ]*\).*/\1/p" "$VISIBILITY_LOG"; }

# Runs "$@" with the app's environment, in place of the calling (sub)shell, so $! is the app's pid.
app_env() {
  exec env POSTGRES_URL="jdbc:postgresql://127.0.0.1:${PERF_PG_PORT:-5432}/$PERF_DB" POSTGRES_USER=postgres POSTGRES_PASSWORD= \
    REDIS_URL="redis://127.0.0.1:6379/$PERF_REDIS_DB" RABBITMQ_URL="$PERF_RABBITMQ_URL" \
    PYTOPUS_DATA_DIR="$PERF_OUT/data" TRACING_SAMPLING_PROBABILITY="${TRACING_SAMPLING_PROBABILITY:-0.1}" \
    MALLOC_ARENA_MAX="$APP_MALLOC_ARENA_MAX" "$@"
}

# start_app [extra Spring arguments…]: starts Pytopus in the background, waits until it answers.
start_app() {
  say "Starting Pytopus on $APP_URL ($APP_JVM_FLAGS)"
  if port_open "$APP_PORT"; then
    echo "port $APP_PORT is taken: is an earlier run still up?" >&2
    return 1
  fi
  local classpath
  classpath="$PERF_ROOT/server/target/test-classes:$PERF_ROOT/server/target/classes:$(cat "$PERF_OUT/app.classpath")"
  # shellcheck disable=SC2086
  app_env "$JAVA25/bin/java" $APP_JVM_FLAGS -cp "$classpath" io.pytopus.StandalonePytopus \
    --server.port="$APP_PORT" --management.server.port=$((APP_PORT + 1)) \
    --logging.level.root=WARN --logging.level.io.pytopus=INFO "$@" \
    >>"$PERF_OUT/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    if curl -sf "$APP_URL/api/v1/ping" >/dev/null 2>&1; then
      echo "up (pid $APP_PID)"
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "Pytopus exited; see $PERF_OUT/app.log" >&2; tail -30 "$PERF_OUT/app.log" >&2; return 1; }
    sleep 1
  done
  echo "Pytopus did not answer within 180 s; see $PERF_OUT/app.log" >&2
  return 1
}

stop_app() {
  if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}

# gatling WORKLOAD [property=value…]: one Gatling run; its console output (with the "Global
# Information" table that stat reads) goes to GATLING_LOG.
gatling() {
  local workload=$1
  shift
  local properties=(-Dworkload="$workload" -DbaseUrl="$APP_URL")
  local p
  for p in "$@"; do properties+=("-D$p"); done
  GATLING_LOG="${PINNED_LOG:-$PERF_OUT/gatling-$workload-$(date +%H%M%S).log}"
  (cd "$PERF_ROOT" && ./pytopus mvn -B -ntp -q -pl load gatling:test "${properties[@]}") \
    >"$GATLING_LOG" 2>&1 || { tail -40 "$GATLING_LOG" >&2; return 1; }
  grep -q 'Global Information' "$GATLING_LOG" || { echo "no Gatling summary for $workload" >&2; return 1; }
}

# gatling_in_background WORKLOAD [property=value…]: gatling in the background, its pid in LOAD_PID.
# GATLING_LOG is set here, in the caller's shell, which a background subshell could not do.
gatling_in_background() {
  GATLING_LOG="$PERF_OUT/gatling-$1-$(date +%H%M%S).log"
  PINNED_LOG="$GATLING_LOG" gatling "$@" &
  LOAD_PID=$!
}

# A figure of the last Gatling run, from its Global Information table (column OK, or KO for ko):
# rate (ok req/s), p50/p95/p99 (ms), total, ko, errors (percentage of requests that failed).
stat() {
  local row column=3
  case $1 in
    rate) row='mean throughput' ;;
    p50) row='50th percentile' ;;
    p95) row='95th percentile' ;;
    p99) row='99th percentile' ;;
    total) row='request count'; column=2 ;;
    ko) row='request count'; column=4 ;;
    errors) jq -n "$(stat ko) / ([$(stat total), 1] | max) * 100"; return ;;
  esac
  awk -F'|' -v row="$row" -v column="$column" \
    'index($1, row) { v = $column; gsub(/[ ,]/, "", v); if (v == "-") v = 0; print v; exit }' "$GATLING_LOG"
}

# The app's resident memory now, in MB.
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$APP_PID/status"; }
# Its peak resident memory since it started, in MB.
peak_rss_mb() { awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$APP_PID/status"; }
