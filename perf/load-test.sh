#!/usr/bin/env bash
# The load test of DESIGN §5 (docs/performance.md): starts Pytopus on the machine's PostgreSQL, Redis
# and RabbitMQ (OpenSearch embedded), then for each workload finds the maximum rate with looping users
# and measures latency at a fixed arrival rate of half that; then pgbench and redis-benchmark on the
# same machine, and prints every figure with its ratio and target.
#
#   bash perf/load-test.sh            (about 8 minutes; run nothing else meanwhile)
#   SECONDS_PER_RUN=60 bash perf/load-test.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUN_SECONDS="${SECONDS_PER_RUN:-30}"
USERS="${LOAD_USERS:-32}"
WORKLOADS="${WORKLOADS:-trivial pet-read care reef-search}"
trap stop_app EXIT

start_machine_services
fresh_database
: >"$PERF_OUT/app.log"
build_app
rm -f "$VISIBILITY_LOG"
start_app

# One population of owners for every run, seeded once: many more pets than looping users, as in
# real use, so two requests rarely wait for the same pet's row lock.
KEEPERS="${LOAD_KEEPERS:-200}"
rm -f "$PERF_OUT/keepers.csv"
seeded=(keepers="$KEEPERS" keepersFile="$PERF_OUT/keepers.csv")

declare -A max p50 p95 p99 errors
say "Warming up the JIT (not measured)"
gatling trivial users=$USERS durationSeconds=15
gatling pet-read users=$USERS durationSeconds=15 "${seeded[@]}"

for workload in $WORKLOADS; do
  say "$workload: maximum rate ($USERS looping users, ${RUN_SECONDS}s)"
  gatling "$workload" users=$USERS durationSeconds="$RUN_SECONDS" "${seeded[@]}"
  max[$workload]="$(stat rate)"
  printf '%s req/s, errors %s%%\n' "${max[$workload]}" "$(stat errors)"
  errors[$workload]="$(stat errors)"
  # The trivial endpoint is the baseline of the ratios; its latency is no target. (At half its maximum,
  # 3,500 new Gatling users a second on the same two cores overload the generator itself.)
  if [[ $workload == trivial ]]; then p50[trivial]=-; p95[trivial]=-; p99[trivial]=-; continue; fi
  half="$(jq -n "[${max[$workload]} / 2 | floor, 1] | max")"
  say "$workload: latency at a fixed $half req/s (half the maximum, ${RUN_SECONDS}s)"
  probe=
  if [[ $workload == care ]]; then
    # While care actions arrive at half the maximum rate: how soon one shows in the journal and its search.
    (sleep 3 && visibility_probe "$RUN_SECONDS") &
    probe=$!
  fi
  gatling "$workload" rate="$half" durationSeconds="$RUN_SECONDS" "${seeded[@]}"
  p50[$workload]="$(stat p50)"; p95[$workload]="$(stat p95)"; p99[$workload]="$(stat p99)"; errors[$workload]="$(stat errors)"
  printf 'p50 %s ms, p95 %s ms, p99 %s ms, errors %s%% of %s\n' \
    "${p50[$workload]}" "${p95[$workload]}" "${p99[$workload]}" "${errors[$workload]}" "$(stat total)"
  if [[ -n $probe ]]; then
    wait "$probe" || { cat "$VISIBILITY_LOG" >&2; exit 1; }
    sed -n '1,3p' "$VISIBILITY_LOG"
  fi
done
rss_now="$(rss_mb)"; rss_peak="$(peak_rss_mb)"
stop_app

say "pgbench simple update (-N), 8 clients, ${RUN_SECONDS}s, on the same PostgreSQL"
psql -h 127.0.0.1 -U postgres -q -c 'DROP DATABASE IF EXISTS pytopus_pgbench WITH (FORCE)' -c 'CREATE DATABASE pytopus_pgbench'
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q pytopus_pgbench >/dev/null 2>&1
pgbench_tps="$(pgbench -h 127.0.0.1 -U postgres -N -c 8 -j 2 -T "$RUN_SECONDS" pytopus_pgbench 2>/dev/null \
  | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)"
echo "pgbench: $pgbench_tps TPS"

say "redis-benchmark GET, 50 clients, on the same Redis"
redis_rps="$(redis-benchmark -h 127.0.0.1 -p 6379 -t get -n 300000 -c 50 -q 2>/dev/null | tr '\r' '\n' \
  | sed -n 's/^GET: \([0-9.]*\) requests per second.*/\1/p' | tail -1)"
echo "redis-benchmark: $redis_rps GET/s"

verdict() { if [[ "$(jq -n "$1")" == "true" ]]; then echo met; else echo "NOT met"; fi; }
ratio() { jq -n "($1) / ($2) * 100 | . * 10 | round / 10"; }

for workload in trivial pet-read care reef-search; do
  : "${max[$workload]:=0}" "${p50[$workload]:=0}" "${p95[$workload]:=0}" "${p99[$workload]:=0}" "${errors[$workload]:=0}"
done
read_ratio="$(ratio "${max[pet-read]}" "([${max[trivial]}, 1] | max)")"
care_ratio="$(ratio "${max[care]}" "$pgbench_tps")"
say "Summary ($(nproc) cores, $(date -u +%F), app JVM: $APP_JVM_FLAGS)"
printf '%-12s %10s %9s %9s %9s %8s\n' workload 'max req/s' 'p50 ms' 'p95 ms' 'p99 ms' 'errors%'
for workload in $WORKLOADS; do
  printf '%-12s %10.0f %9s %9s %9s %8.2f\n' "$workload" "${max[$workload]}" "${p50[$workload]}" \
    "${p95[$workload]}" "${p99[$workload]}" "${errors[$workload]}"
done
printf 'pgbench -N: %.0f TPS; redis-benchmark GET: %.0f req/s (pet read is %s%% of it)\n' \
  "$pgbench_tps" "$redis_rps" "$(ratio "${max[pet-read]}" "$redis_rps")"
printf 'pet read / trivial:      %s%%  (target >= 70%%: %s)\n' "$read_ratio" "$(verdict "$read_ratio >= 70")"
printf 'pet read p99 at half max: %s ms (target <= 10 ms: %s)\n' "${p99[pet-read]}" "$(verdict "${p99[pet-read]} <= 10")"
printf 'care / pgbench -N:       %s%%  (target >= 50%%: %s)\n' "$care_ratio" "$(verdict "$care_ratio >= 50")"
printf 'reef search p99:         %s ms (target < 50 ms: %s)\n' "${p99[reef-search]}" "$(verdict "${p99[reef-search]} < 50")"
if [[ -s $VISIBILITY_LOG ]]; then
  printf 'action -> journal p95:   %s ms (target < 1000 ms: %s)\n' "$(visibility journal_p95)" \
    "$(verdict "$(visibility journal_p95) < 1000 and $(visibility missed) == 0")"
  printf 'action -> search p95:    %s ms (target < 1000 ms: %s)\n' "$(visibility search_p95)" \
    "$(verdict "$(visibility search_p95) < 1000 and $(visibility missed) == 0")"
fi
printf 'API RSS under load:      %s MB now, %s MB peak (target < 450 MB: %s)\n' "$rss_now" "$rss_peak" "$(verdict "$rss_peak < 450")"
printf 'errors in every run:     %s\n' "$(verdict "${errors[trivial]} + ${errors[pet-read]} + ${errors[care]} + ${errors[reef-search]} == 0")"
