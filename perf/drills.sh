#!/usr/bin/env bash
# Fault drills of DESIGN §5 (docs/reliability.md). Each starts Pytopus on the machine's services,
# puts it under load at a fixed rate, breaks something, and prints a verdict line "DRILL … PASS|FAIL".
# They stop and start the machine's RabbitMQ and Redis: run them on a machine nobody else is using.
#
#   bash perf/drills.sh broker-outage|redis-outage|search-outage|kill-app|slow-database|all
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RATE="${DRILL_RATE:-20}"
VERDICTS="$PERF_OUT/drill-verdicts.txt"

psql_q() { psql -h 127.0.0.1 -U postgres -d "$PERF_DB" -tAq -v ON_ERROR_STOP=1 "$@"; }

verdict() { # verdict NAME CONDITION-TEXT passed?(0/1)
  local line
  if [[ $3 == 0 ]]; then line="DRILL $1: PASS ($2)"; else line="DRILL $1: FAIL ($2)"; fi
  echo "$line" | tee -a "$VERDICTS"
}

# Waits until the load run writing $1 has acknowledged its first action (seeding done), then $2 s.
await_load() {
  for _ in $(seq 1 300); do [[ -s "$1" ]] && break; sleep 0.5; done
  sleep "$2"
}

# How often the last Gatling run's final report lists errors whose message contains $1 (summed
# over the messages that match: "status.find.is(200), but actually found 503    1,159 (96.58%)").
error_count() {
  awk -v pattern="$1" '
    /^---- Errors/ { delete counts }
    index($0, pattern) { v = ""; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9][0-9,]*$/) v = $i; gsub(/,/, "", v); counts[$0] = v }
    END { s = 0; for (k in counts) s += counts[k]; print s }' "$GATLING_LOG"
}

# Events committed but not yet confirmed by RabbitMQ: the outbox's (ADR 0027) and the publication
# registry's, which still holds the few events Spring Modulith delivers in process.
outbox_backlog() {
  psql_q -c "select (select count(*) from outbox where completed_at is null)
                  + (select count(*) from event_publication where completion_date is null)"
}

# Acknowledged actions ($1: petId,seq lines) missing from PostgreSQL, and those whose CareGiven
# event has not reached the journal (written by the worker from RabbitMQ), as "lost undelivered".
lost_and_undelivered() {
  psql_q <<SQL
create temp table acked (pet_id uuid, seq bigint);
\copy acked from '$1' csv
select (select count(*) from acked a
          where not exists (select 1 from pet_actions p where p.pet_id = a.pet_id and p.seq = a.seq))
       || ' ' ||
       (select count(*) from acked a
          where not exists (
            select 1 from outbox o
              join journal_entries j on j.event_id = o.id
             where o.payload::jsonb ->> 'petId' = a.pet_id::text
               and (o.payload::jsonb ->> 'seq')::bigint = a.seq));
SQL
}

# Waits (up to $2 s) until every acknowledged action of file $1 is stored and journaled; prints
# "acknowledged lost undelivered".
settle_and_count() {
  local file=$1 patience=$2 counts
  for _ in $(seq 1 "$patience"); do
    counts="$(lost_and_undelivered "$file")"
    [[ "$counts" == "0 0" ]] && break
    sleep 1
  done
  echo "$(wc -l <"$file") $counts"
}

drill_broker_outage() {
  say "Drill: RabbitMQ stopped for 60 s under write load ($RATE care actions/s)"
  trap 'rabbitmqctl start_app >/dev/null 2>&1 || true; stop_app' EXIT
  local ack="$PERF_OUT/acknowledged-broker.csv"
  : >"$ack"
  gatling_in_background care rate="$RATE" durationSeconds=110 acknowledgedFile="$ack"
  await_load "$ack" 15
  echo "stopping RabbitMQ at $(date +%T)"
  rabbitmqctl stop_app >/dev/null
  sleep 60
  echo "backlog in the outbox while RabbitMQ is down: $(outbox_backlog)"
  rabbitmqctl start_app >/dev/null
  echo "RabbitMQ back at $(date +%T)"
  wait "$LOAD_PID"
  echo "care requests: $(stat total), failed: $(stat ko)"
  read -r acked lost undelivered <<<"$(settle_and_count "$ack" 180)"
  verdict broker-outage "$acked actions acknowledged, $lost lost, $undelivered events undelivered, $(stat ko) requests failed" \
    $(( lost + undelivered + $(stat ko) ))
}

drill_redis_outage() {
  say "Drill: Redis stopped for 20 s under read load ($((RATE * 5)) pet reads/s)"
  trap 'start_redis >/dev/null 2>&1 || true; stop_app' EXIT
  gatling_in_background pet-read rate=$((RATE * 5)) durationSeconds=50
  sleep 25 # seeding, then 10 s of reads through the cache
  echo "stopping Redis at $(date +%T)"
  redis-cli -p 6379 shutdown nosave >/dev/null 2>&1 || true
  sleep 20
  start_redis
  echo "Redis back at $(date +%T)"
  wait "$LOAD_PID"
  verdict redis-outage "$(stat total) reads, $(stat ko) failed, p99 $(stat p99) ms" "$(stat ko)"
}

drill_search_outage() {
  say "Drill: the search engine down; only search degrades"
  local node
  node="$(ss -ltnpH 'sport = :19200' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
  [[ -n "$node" ]] || { echo "no OpenSearch node on 19200" >&2; return 1; }
  kill -9 "$node"
  sleep 2
  local headers status retry
  headers="$(curl -s -D - -o "$PERF_OUT/search-down.json" "$APP_URL/api/v1/reef/search?q=inky")"
  status="$(sed -n 's/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p' <<<"$headers" | head -1)"
  retry="$(grep -i '^retry-after:' <<<"$headers" | tr -d '\r' | cut -d' ' -f2)"
  echo "reef search: HTTP $status, Retry-After ${retry:-none}: $(cat "$PERF_OUT/search-down.json")"
  gatling pet-read rate=$((RATE * 2)) durationSeconds=20
  local read_ko read_total
  read_ko="$(stat ko)"; read_total="$(stat total)"
  gatling care rate="$RATE" durationSeconds=20
  local failed=$(( read_ko + $(stat ko) ))
  [[ "$status" == 503 && -n "$retry" ]] || failed=$((failed + 1))
  verdict search-outage "search answered $status with Retry-After ${retry:-none}; $read_total reads and $(stat total) care actions, $failed failed" "$failed"
}

drill_kill_app() {
  say "Drill: kill -9 of the app under write load ($RATE care actions/s)"
  local ack="$PERF_OUT/acknowledged-kill.csv"
  : >"$ack"
  gatling_in_background care rate="$RATE" durationSeconds=60 acknowledgedFile="$ack"
  await_load "$ack" 15
  echo "kill -9 $APP_PID at $(date +%T), $(wc -l <"$ack") actions acknowledged so far"
  kill -9 "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
  start_app
  wait "$LOAD_PID"
  read -r acked lost undelivered <<<"$(settle_and_count "$ack" 180)"
  verdict kill-app "$acked actions acknowledged, $lost lost after restart, $undelivered events undelivered" $(( lost + undelivered ))
}

drill_slow_database() {
  say "Drill: a slow database (a proxy adding latency to every PostgreSQL packet)"
  local control="$PERF_OUT/latency.ms" proxy_port=15433
  echo 0 >"$control"
  "$JAVA25/bin/java" -cp "$PERF_ROOT/load/target/test-classes" io.pytopus.load.LatencyProxy \
    "$proxy_port" 127.0.0.1 5432 "$control" >"$PERF_OUT/proxy.log" 2>&1 &
  PROXY_PID=$!
  trap 'kill $PROXY_PID 2>/dev/null || true; stop_app' EXIT
  stop_app
  PERF_PG_PORT=$proxy_port start_app
  local keepers="$PERF_OUT/keepers-slow.csv"
  rm -f "$keepers"
  gatling pet-read rate=$((RATE * 2)) durationSeconds=15 keepersFile="$keepers"
  local before_ko; before_ko="$(stat ko)"
  echo "latency 1500 ms per packet from $(date +%T)"
  echo 1500 >"$control"
  gatling pet-read rate=$((RATE * 2)) durationSeconds=30 keepersFile="$keepers" || true
  local slow_total slow_ko slow_max unavailable threads
  slow_total="$(stat total)"; slow_ko="$(stat ko)"
  slow_max="$(awk -F'|' 'index($1, "max response time") { v = $2; gsub(/[ ,]/, "", v); print v; exit }' "$GATLING_LOG")"
  unavailable="$(error_count 'but actually found 503')"
  wrong_status="$(( $(error_count 'but actually found') - unavailable ))"
  threads="$(awk '/Threads/ {print $2}' "/proc/$APP_PID/status")"
  echo "slow phase: $slow_total requests, $slow_ko not 200: $unavailable × 503, $wrong_status other statuses," \
    "$((slow_ko - unavailable - wrong_status)) not answered within Gatling's 10 s; slowest $slow_max ms; app threads $threads"
  echo 0 >"$control"
  echo "latency back to 0 at $(date +%T)"
  sleep 5
  gatling pet-read rate=$((RATE * 2)) durationSeconds=15 keepersFile="$keepers"
  local after_ko; after_ko="$(stat ko)"
  # A request that already holds a connection has no deadline of its own: it is answered (200) once
  # its round trips are done, which at 1.5 s a packet can take longer than Gatling waits. Those are
  # reported, not failed; a status other than 200 or 503 fails the drill (docs/reliability.md).
  local slower=$((slow_ko - unavailable - wrong_status))
  verdict slow-database "before: $before_ko failed; slow: $unavailable × 503, $wrong_status other statuses, $slower slower than 10 s, slowest $slow_max ms; after: $after_ko failed" \
    $(( before_ko + wrong_status + after_ko ))
}

main() {
  local drill=${1:-all}
  : >"$VERDICTS"
  start_machine_services
  fresh_database
  : >"$PERF_OUT/app.log"
  build_app
  if [[ $drill == slow-database ]]; then drill_slow_database; return; fi
  start_app
  trap stop_app EXIT
  case $drill in
    broker-outage) drill_broker_outage ;;
    redis-outage) drill_redis_outage ;;
    search-outage) drill_search_outage ;;
    kill-app) drill_kill_app ;;
    all)
      drill_broker_outage; trap stop_app EXIT
      drill_redis_outage; trap stop_app EXIT
      drill_kill_app
      drill_search_outage
      stop_app
      drill_slow_database ;;
    *) echo "unknown drill: $drill" >&2; exit 2 ;;
  esac
  say "Verdicts"; cat "$VERDICTS"
}
main "$@"
