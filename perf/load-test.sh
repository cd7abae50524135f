#!/usr/bin/env bash
# The load test of DESIGN §5 and issue 13 (docs/performance.md, "How it is measured"). Starts Pytopus
# on the machine's PostgreSQL, Redis and RabbitMQ (OpenSearch embedded) with the API container's JVM
# flags, seeds 200 owners with a pet each through the API, then:
#   - maximum rates with wrk (perf/load.lua): the trivial endpoint, the owner's pet read, care actions,
#     with the app's CPU time per request from /proc/<pid>/stat;
#   - tail latency at half each maximum with an open-model constant-rate generator
#     (io.pytopus.load.ConstantRate), and during the care run, action -> visible (VisibilityProbe);
#   - the worker queues' lag p95 over the maximum care rate, from the app's pytopus_events_lag histogram;
#   - pgbench -N on the same database, then care actions again with the api role alone;
# and prints every figure with its ratio and target. Exits non-zero when a phase fails; a target
# that is not met is reported, not a failure.
#
#   bash perf/load-test.sh                      (about 10 minutes; run nothing else meanwhile)
#   SECONDS_PER_RUN=60 bash perf/load-test.sh   (longer phases)
#   PERF_DB=… PERF_REDIS_DB=… PERF_VHOST=… APP_PORT=… bash perf/load-test.sh   (services of its own)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUN_SECONDS="${SECONDS_PER_RUN:-20}"
WARM_SECONDS="${WARM_SECONDS:-10}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-64}"
KEEPERS="${LOAD_KEEPERS:-200}"
DRAIN_SECONDS="${DRAIN_SECONDS:-90}"
KEEPERS_FILE="$PERF_OUT/keepers.tsv"
LAG_BEFORE="$PERF_OUT/lag-before.prom"
LAG_AFTER="$PERF_OUT/lag-after.prom"
LAG_TABLE="$PERF_OUT/lag.txt"
LAG_UNMEASURED="$PERF_OUT/lag-unmeasured.txt"
MANAGEMENT_URL="http://127.0.0.1:$((APP_PORT + 1))"

trap 'stop_app; purge_queues' EXIT

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# Figures per phase: rate (req/s), cpu (app CPU ms per request), errors, p50/p95/p99 (ms).
declare -A rate requests cpu errors half p50 p95 p99 wrk_p99 generator_cpu

# cpu_per_request TICKS REQUESTS: milliseconds of CPU per request.
cpu_per_request() { jq -n "$1 / $CLOCK_TICKS * 1000 / $2 | . * 1000 | round / 1000"; }

# field NAME LINE: the value of NAME=… in a summary line of wrk's script or of a Java tool.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# max_rate PHASE WORKLOAD [SECONDS]: wrk at the maximum rate; the app's CPU time over the run ÷ the
# requests it completed. Sets rate, cpu, errors, wrk_p99 of PHASE.
max_rate() {
  local phase=$1 workload=$2 seconds=${3:-$RUN_SECONDS} log="$PERF_OUT/wrk-$1.log" before after line
  say "$phase: maximum rate, wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${seconds}s"
  before="$(app_cpu_ticks)"
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${seconds}s" --timeout 10s -s "$PERF_ROOT/perf/load.lua" \
    "$APP_URL" -- "$workload" "$KEEPERS_FILE" "$WRK_THREADS" >"$log" 2>&1 \
    || { cat "$log" >&2; return 1; }
  after="$(app_cpu_ticks)"
  line="$(grep '^WRK ' "$log")" || { echo "no summary from wrk in $log" >&2; cat "$log" >&2; return 1; }
  local count seconds_run
  count="$(field requests "$line")"; seconds_run="$(field seconds "$line")"
  if ((count == 0)); then
    # A cold JVM may answer nothing within a short warm-up; a measured phase must.
    [[ $phase == warm-* ]] && { echo "no request completed within the warm-up"; errors[$phase]=0; return 0; }
    echo "$phase: wrk completed no request" >&2; cat "$log" >&2; return 1
  fi
  requests[$phase]=$count
  rate[$phase]="$(jq -n "$count / $seconds_run | round")"
  cpu[$phase]="$(cpu_per_request "$((after - before))" "$count")"
  errors[$phase]="$(jq -n "$(field connect "$line") + $(field read "$line") + $(field write "$line") + $(field status "$line") + $(field timeout "$line")")"
  wrk_p99[$phase]="$(field p99 "$line")"
  printf '%s req/s (%s requests), app CPU %s ms per request, errors %s; wrk latency p50 %s ms, p99 %s ms\n' \
    "${rate[$phase]}" "$count" "${cpu[$phase]}" "${errors[$phase]}" "$(field p50 "$line")" "${wrk_p99[$phase]}"
  if ((errors[$phase] > 0)); then sed -n '/Socket errors\|Non-2xx/p' "$log"; fi
}

# constant_rate PHASE WORKLOAD RATE: the open-model generator at RATE for RUN_SECONDS (after 3 s of
# warm-up at the same rate). Sets p50, p95, p99, generator_cpu of PHASE and errors of PHASE-half.
constant_rate() {
  local phase=$1 workload=$2 per_second=$3 log="$PERF_OUT/constant-$1.log" line
  say "$phase: $per_second req/s at a constant rate (half the maximum), ${RUN_SECONDS}s"
  # C1 only: the generator's own JIT would otherwise take CPU from the app in the first seconds.
  "$JAVA25/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m -cp "$PERF_ROOT/load/target/test-classes" \
    -DbaseUrl="$APP_URL" -Dworkload="$workload" -Drate="$per_second" -DdurationSeconds="$RUN_SECONDS" \
    -DkeepersFile="$KEEPERS_FILE" io.pytopus.load.ConstantRate >"$log" 2>&1 || { cat "$log" >&2; return 1; }
  line="$(grep '^CONSTANT ' "$log")" || { echo "no summary from the generator in $log" >&2; cat "$log" >&2; return 1; }
  half[$phase]=$per_second
  p50[$phase]="$(field p50 "$line")"; p95[$phase]="$(field p95 "$line")"; p99[$phase]="$(field p99 "$line")"
  errors[$phase-half]="$(field errors "$line")"; generator_cpu[$phase]="$(field cpu_ms "$line")"
  grep -v '^CONSTANT ' "$log"
}

scrape_lag() { curl -sf "$MANAGEMENT_URL/actuator/prometheus" | grep '^pytopus_events_lag_seconds_bucket{' >"$1"; }

# lag_p95: each queue's deliveries between the two scrapes and their p95 (the upper bound of the
# bucket that holds it), from the histogram's bucket deltas. Messages still in a queue when the
# second scrape was taken count as slower than any delivery ("backlog"), as the probe counts misses.
lag_p95() {
  local depths="$PERF_OUT/lag-depths.txt"
  queue_depths >"$depths"
  awk '
    function bucket(line, what,   v) { v = line; sub(".*" what "=\"", "", v); sub(/".*/, "", v); return v }
    FILENAME == ARGV[1] { backlog[$1] = $2; next }
    { q = bucket($0, "queue"); le = bucket($0, "le"); v = $NF + 0 }
    FILENAME == ARGV[2] { before[q, le] = v; next }
    { print q, (le == "+Inf" ? "inf" : le), v - before[q, le], backlog[q] + 0; seen[q] = 1 }
    END { # a queue with messages waiting but none delivered has no histogram yet
      for (q in backlog) if (!(q in seen) && backlog[q] > 0 && q !~ /\.dead$/ && q !~ /^pytopus\.live\./) print q, "inf", 0, backlog[q]
    }
  ' "$depths" "$LAG_BEFORE" "$LAG_AFTER" \
    | sort -k1,1 -k2,2g \
    | awk '
      $2 == "inf" { total[$1] = $3; waiting[$1] = $4 }
      { les[$1] = les[$1] " " $2; counts[$1] = counts[$1] " " $3 }
      END {
        for (q in total) {
          n = total[q] + waiting[q]
          if (n == 0) continue
          split(les[q], l, " "); split(counts[q], c, " ")
          p95 = "backlog"
          for (i = 1; i in l; i++) if (c[i] >= 0.95 * n) { p95 = (l[i] == "inf" ? "over-10-min" : sprintf("%.3f", l[i])); break }
          print q, total[q], waiting[q], p95
        }
      }' | sort >"$LAG_TABLE"
  # Worker queues the histogram says nothing about (a listener that does not record the lag, or a
  # queue that never got a message): named in the summary as not measured.
  awk 'FILENAME == ARGV[1] { q = $0; sub(/.*queue="/, "", q); sub(/".*/, "", q); seen[q] = 1; next }
       !($1 in seen) && $1 !~ /\.dead$/ && $1 !~ /^pytopus\.live\./ { printf "%s ", $1 }' \
    "$LAG_AFTER" "$depths" >"$LAG_UNMEASURED"
}

need_tools
start_machine_services
fresh_database
: >"$PERF_OUT/app.log"
build_app
rm -f "$VISIBILITY_LOG" "$KEEPERS_FILE"
load_at_start="$(load_average)"
started_at="$(date -u '+%F %H:%M')"

# --- 1. api and worker in one process ----------------------------------------------------------
start_app
say "Seeding $KEEPERS owners with a public pet each"
"$JAVA25/bin/java" -cp "$PERF_ROOT/load/target/test-classes" -DbaseUrl="$APP_URL" -Dkeepers="$KEEPERS" \
  -DkeepersFile="$KEEPERS_FILE" io.pytopus.load.Seeder
await_drained "$DRAIN_SECONDS" # the sign-ups' and hatchings' events

say "Warming up the JIT (not measured)"
max_rate warm-trivial trivial "$WARM_SECONDS"
max_rate warm-read pet-read "$WARM_SECONDS"

max_rate trivial trivial
max_rate read pet-read
constant_rate read pet-read "$(jq -n "[${rate[read]} / 2 | floor, 1] | max")"

max_rate warm-care care "$WARM_SECONDS"
await_drained "$DRAIN_SECONDS"
echo "the warm-up's events were delivered after ${DRAINED_AFTER:-more than $DRAIN_SECONDS} s"

scrape_lag "$LAG_BEFORE"
dead_before="$(queue_depths | awk '$1 ~ /\.dead$/ { s += $2 } END { print s + 0 }')"
care_ticks="$(app_cpu_ticks)"
max_rate care care
say "Waiting for the workers to deliver the events of the maximum care rate (at most ${DRAIN_SECONDS}s)"
await_drained "$DRAIN_SECONDS"
drained_care="${DRAINED_AFTER:-more than $DRAIN_SECONDS}"
care_cpu_with_events="$(cpu_per_request "$(($(app_cpu_ticks) - care_ticks))" "${requests[care]}")"
echo "delivered ${drained_care} s after the run; app CPU per care action with its events' delivery: $care_cpu_with_events ms"
scrape_lag "$LAG_AFTER"
lag_p95
printf '%-28s %10s %8s %14s\n' queue deliveries backlog 'lag p95 <= s'
while read -r queue delivered waiting p95_le; do
  printf '%-28s %10s %8s %14s\n' "$queue" "$delivered" "$waiting" "$p95_le"
done <"$LAG_TABLE"
echo "no lag histogram (not measured): $(cat "$LAG_UNMEASURED")"
[[ -s $LAG_TABLE ]] || { echo "no pytopus_events_lag deliveries between the scrapes" >&2; exit 1; }

# While care actions arrive at half their maximum: how soon one shows in the journal and its search,
# and the queues' lag at that sustained rate (the maximum above is a burst the workers catch up on).
MAX_RATE_LAG_TABLE="$LAG_TABLE"
LAG_TABLE="$PERF_OUT/lag-sustained.txt"
scrape_lag "$LAG_BEFORE"
(sleep 4 && visibility_probe "$((RUN_SECONDS - 4))") &
probe=$!
constant_rate care care "$(jq -n "[${rate[care]} / 2 | floor, 1] | max")"
wait "$probe" || { cat "$VISIBILITY_LOG" >&2; exit 1; }
sed -n '1,3p' "$VISIBILITY_LOG"
await_drained "$DRAIN_SECONDS"
scrape_lag "$LAG_AFTER"
lag_p95
SUSTAINED_LAG_TABLE="$LAG_TABLE"
LAG_TABLE="$MAX_RATE_LAG_TABLE"
dead_letters=$(( $(queue_depths | awk '$1 ~ /\.dead$/ { s += $2 } END { print s + 0 }') - dead_before ))
rss_both="$(peak_rss_mb)"
stop_app

# --- 2. pgbench on the same database, with the app stopped as it will be for the next phase -------
say "pgbench -N (simple update), scale 10, 8 clients, ${RUN_SECONDS}s, in $PERF_DB"
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q "$PERF_DB" >"$PERF_OUT/pgbench-init.log" 2>&1 \
  || { cat "$PERF_OUT/pgbench-init.log" >&2; exit 1; }
pgbench -h 127.0.0.1 -U postgres -N -c 8 -j 2 -T "$RUN_SECONDS" "$PERF_DB" >"$PERF_OUT/pgbench.log" 2>&1 \
  || { cat "$PERF_OUT/pgbench.log" >&2; exit 1; }
pgbench_tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$PERF_OUT/pgbench.log" | head -1)"
[[ -n $pgbench_tps ]] || { cat "$PERF_OUT/pgbench.log" >&2; exit 1; }
echo "pgbench -N: $pgbench_tps TPS"
psql -h 127.0.0.1 -U postgres -d "$PERF_DB" -q \
  -c 'DROP TABLE pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers'

# --- 3. the api role alone: care actions whose events wait in the queues, as with workers elsewhere --
start_app --pytopus.roles=api
say "Warming up the JIT (not measured), as in the first process"
max_rate warm-trivial-api trivial "$WARM_SECONDS"
max_rate warm-read-api pet-read "$WARM_SECONDS"
max_rate warm-care-api care "$WARM_SECONDS"
max_rate care-api care
rss_api="$(peak_rss_mb)"
stop_app
purge_queues
load_at_end="$(load_average)"

# --- Summary ------------------------------------------------------------------------------------
verdict() { if [[ "$(jq -n "$1")" == "true" ]]; then echo met; else echo "NOT met"; fi; }
ratio() { jq -n "($1) / ($2) * 100 | . * 10 | round / 10"; }
# A latency for jq: "timeout" or "miss" are slower than any target.
latency() { if [[ $1 =~ ^[0-9.]+$ ]]; then echo "$1"; else echo 1e9; fi; }

total_errors=0 warm_errors=0
for phase in "${!errors[@]}"; do
  if [[ $phase == warm-* ]]; then warm_errors=$((warm_errors + errors[$phase])); else total_errors=$((total_errors + errors[$phase])); fi
done
read_ratio="$(ratio "${rate[read]}" "${rate[trivial]}")"
care_api_ratio="$(ratio "${rate[care-api]}" "$pgbench_tps")"
care_both_ratio="$(ratio "${rate[care]}" "$pgbench_tps")"

say "Summary: $(nproc) cores, $started_at UTC, load average $load_at_start at the start, $load_at_end at the end"
echo "app JVM (the image's): $APP_JVM_FLAGS, MALLOC_ARENA_MAX=$APP_MALLOC_ARENA_MAX"
echo "maximum rates: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS, ${RUN_SECONDS}s each; latency: constant rate at half the maximum, ${RUN_SECONDS}s"
echo "(max req/s and app CPU per request: wrk; p50-p99: the constant rate of 'at req/s'; errors: both runs)"
printf '%-22s %9s %10s %8s %8s %8s %8s %6s\n' phase 'max req/s' 'CPU ms/req' 'at req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors
row() { # row LABEL PHASE
  printf '%-22s %9s %10s %8s %8s %8s %8s %6s\n' "$1" "${rate[$2]:--}" "${cpu[$2]:--}" "${half[$2]:--}" "${p50[$2]:--}" \
    "${p95[$2]:--}" "${p99[$2]:--}" "$(( ${errors[$2]:-0} + ${errors[$2-half]:-0} ))"
}
row 'trivial (api+worker)' trivial
row 'pet read (api+worker)' read
row 'care (api+worker)' care
row 'care (api alone)' care-api
printf 'pgbench -N: %.0f TPS on the same database; care (api+worker) CPU with its events delivered: %s ms/req\n' \
  "$pgbench_tps" "$care_cpu_with_events"
echo "worker queues over the maximum care rate (delivered ${drained_care} s after it):"
while read -r queue delivered waiting p95_le; do
  met="$(verdict "$(latency "$p95_le") < 1")"
  printf '  %-26s %7s deliveries, %5s left, lag p95 <= %s s (target < 1 s: %s)\n' "$queue" "$delivered" "$waiting" "$p95_le" "$met"
done <"$LAG_TABLE"
echo "worker queues at half the maximum care rate (${half[care]} req/s, sustained for ${RUN_SECONDS}s):"
while read -r queue delivered waiting p95_le; do
  met="$(verdict "$(latency "$p95_le") < 1")"
  printf '  %-26s %7s deliveries, %5s left, lag p95 <= %s s (target < 1 s: %s)\n' "$queue" "$delivered" "$waiting" "$p95_le" "$met"
done <"$SUSTAINED_LAG_TABLE"
lag_met="$(verdict "$(awk '{ if ($4 !~ /^[0-9.]+$/ || $4 >= 1) bad++ } END { print (bad + 0) == 0 }' "$LAG_TABLE") == 1")"
sustained_lag_met="$(verdict "$(awk '{ if ($4 !~ /^[0-9.]+$/ || $4 >= 1) bad++ } END { print (bad + 0) == 0 }' "$SUSTAINED_LAG_TABLE") == 1")"
printf 'pet read / trivial:              %6s%%  (target >= 70%%: %s)\n' "$read_ratio" "$(verdict "$read_ratio >= 70")"
printf 'pet read p99 at half max:        %6s ms (target <= 10 ms: %s)\n' "${p99[read]}" "$(verdict "$(latency "${p99[read]}") <= 10")"
printf 'care, api alone / pgbench -N:    %6s%%  (target >= 50%%: %s)\n' "$care_api_ratio" "$(verdict "$care_api_ratio >= 50")"
printf 'care, api+worker / pgbench -N:   %6s%%  (target >= 25%%: %s)\n' "$care_both_ratio" "$(verdict "$care_both_ratio >= 25")"
printf 'care p99 at half max:            %6s ms (target <= 50 ms: %s)\n' "${p99[care]}" "$(verdict "$(latency "${p99[care]}") <= 50")"
printf 'worker lag p95, every queue:     %s for the %s queues measured over the maximum rate, %s at half of it (target < 1 s); no lag histogram: %s\n' \
  "$lag_met" "$(wc -l <"$LAG_TABLE")" "$sustained_lag_met" "$(cat "$LAG_UNMEASURED")"
printf 'action -> journal p95:           %6s ms (target < 500 ms: %s; %s of %s probes missed)\n' \
  "$(visibility journal_p95)" "$(verdict "$(latency "$(visibility journal_p95)") < 500")" \
  "$(visibility journal_missed)" "$(visibility probes)"
printf 'action -> search p95:            %6s ms (target < 1500 ms: %s; %s of %s probes missed)\n' \
  "$(visibility search_p95)" "$(verdict "$(latency "$(visibility search_p95)") < 1500")" \
  "$(visibility search_missed)" "$(visibility probes)"
printf 'peak RSS:                        %s MB api+worker, %s MB api alone (target < 450 MB: %s)\n' \
  "$rss_both" "$rss_api" "$(verdict "$rss_both < 450 and $rss_api < 450")"
printf 'errors:                          %s in the measured phases, %s dead letters (target 0: %s); %s in the warm-ups\n' \
  "$total_errors" "$dead_letters" "$(verdict "$total_errors + $dead_letters == 0")" "$warm_errors"
printf 'generator CPU per request at the constant rate: %s ms (pet read), %s ms (care)\n' \
  "${generator_cpu[read]}" "${generator_cpu[care]}"
