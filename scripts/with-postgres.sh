#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on 127.0.0.1 (a free port, or
# POSTGRES_PORT), with DATABASE_URL set; installs Debian's postgresql package when missing (as
# root); removes the cluster afterwards, whatever the command's result. SIGTERM and SIGINT are
# passed on to the command, and the cluster is removed once the command has ended.
#   scripts/with-postgres.sh npx vitest run --project 'integration*'
# POSTGRES_OPTIONS adds server settings, e.g. "-c shared_preload_libraries=pg_stat_statements".
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is missing. Install it with: sudo apt-get update && sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "Installing Debian's postgresql package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

port=${POSTGRES_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
dir=$(mktemp -d /tmp/yibao-pg-XXXXXX)
password=$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')

# PostgreSQL refuses to run as root: run the cluster as the postgres user when we are root.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi

cleanup() {
  as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

printf '%s\n' "$password" > "$dir/pw"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir/pw"; fi
as_owner "$pg_bin/initdb" -D "$dir/data" -U yibao --pwfile="$dir/pw" -A scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off ${POSTGRES_OPTIONS:-}" start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export DATABASE_URL="postgres://yibao:$password@127.0.0.1:$port/postgres"
# In the background, so that a signal to this script reaches the command and the cluster is
# removed only after the command has stopped (bash would otherwise exit and orphan it).
"$@" &
child=$!
trap 'kill -s TERM "$child" 2>/dev/null || true' TERM
trap 'kill -s INT "$child" 2>/dev/null || true' INT
status=0
wait "$child" || status=$?
# A signal interrupts `wait`: wait again until the command has really ended.
while kill -0 "$child" 2>/dev/null; do status=0; wait "$child" || status=$?; done
exit "$status"
