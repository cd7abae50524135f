#!/usr/bin/env bash
# Starts the machine's PostgreSQL, Redis and RabbitMQ when they are down (DESIGN §6) and waits for
# their ports. Sourced by .ci/run and the perf scripts; safe to run again.

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() {
  local name=$1 port=$2
  for _ in $(seq 1 60); do
    port_open "$port" && return 0
    sleep 1
  done
  echo "$name did not open port $port within 60 s" >&2
  return 1
}

start_postgres() {
  port_open 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  wait_for_port PostgreSQL 5432
}

start_redis() {
  if ! port_open 6379; then
    mkdir -p /var/lib/redis /var/log/redis
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log
  fi
  wait_for_port Redis 6379
}

start_rabbitmq() {
  port_open 5672 || rabbitmq-server -detached
  wait_for_port RabbitMQ 5672
}

start_machine_services() {
  start_postgres && start_redis && start_rabbitmq
}
