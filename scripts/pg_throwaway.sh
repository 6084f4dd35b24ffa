#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: installed from Debian's packages when missing, initialised in a
# temporary folder, listening on 127.0.0.1 at a free port. Source this file; it exports RD_TEST_PG_URL and
# defines pg_throwaway_stop (the caller traps it on EXIT).
# Usage: source scripts/pg_throwaway.sh && pg_throwaway_start
set -euo pipefail

_pg_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

pg_throwaway_start() {
  local bindir
  if ! bindir=$(_pg_bindir); then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      echo "Installing PostgreSQL from the Debian packages..." >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      # The package starts its own cluster; the tests use a private one, so stop the service again.
      (command -v pg_ctlcluster >/dev/null && pg_lsclusters -h 2>/dev/null | while read -r ver name _; do
        pg_ctlcluster "$ver" "$name" stop 2>/dev/null || true; done) || true
      bindir=$(_pg_bindir)
    else
      echo "PostgreSQL is not installed and cannot be installed here (needs root and apt-get)." >&2
      return 1
    fi
  fi
  PG_TMP=$(mktemp -d /tmp/rd-pg-XXXXXX)  # /tmp: reachable by the unprivileged server account
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  # initdb refuses to run as root: run the server as an unprivileged account.
  local run=()
  if [ "$(id -u)" = 0 ]; then
    local owner=postgres
    if ! id "$owner" >/dev/null 2>&1; then
      owner=rdtestpg
      id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    fi
    chown "$owner" "$PG_TMP"
    run=(runuser -u "$owner" --)
  fi
  "${run[@]}" "$bindir/initdb" -D "$PG_TMP/data" -U rdtest --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  "${run[@]}" "$bindir/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $PG_TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$PG_TMP/server.log" >&2; return 1; }
  PG_THROWAWAY_RUN=("${run[@]}")
  PG_THROWAWAY_BINDIR=$bindir
  export RD_TEST_PG_URL="postgresql+psycopg://rdtest@127.0.0.1:$port/postgres"
  echo "Throw-away PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') at 127.0.0.1:$port" >&2
}

pg_throwaway_stop() {
  if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP/data" ]; then
    "${PG_THROWAWAY_RUN[@]}" "$PG_THROWAWAY_BINDIR/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
  fi
}
