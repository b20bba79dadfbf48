#!/usr/bin/env bash
# Runs the API suites against PostgreSQL. Each test makes its own schema in
# the database named by MODU_TEST_POSTGRES_URL and drops it afterwards.
# Where PostgreSQL is not reachable this half is skipped, loudly — except
# under CI=true, where that is a failure.
set -euo pipefail

url="${MODU_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
export MODU_TEST_POSTGRES_URL="$url"
hostport="${url#*://}"; hostport="${hostport#*@}"; hostport="${hostport%%/*}"; hostport="${hostport%%\?*}"
host="${hostport%%:*}"; port="${hostport##*:}"; [ "$port" = "$hostport" ] && port=5432

if ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
  if [ "${CI:-}" = "true" ]; then
    echo "ERROR: PostgreSQL is not reachable at $host:$port and CI=true: the PostgreSQL half of the suite cannot be skipped." >&2
    exit 1
  fi
  echo
  echo "############################################################################"
  echo "#  WARNING: PostgreSQL is not reachable at $host:$port."
  echo "#  The API suites ran on SQLite only. Start PostgreSQL (or set"
  echo "#  MODU_TEST_POSTGRES_URL) to run the PostgreSQL half."
  echo "############################################################################"
  echo
  exit 0
fi

echo "==> API suites on PostgreSQL ($host:$port)"
MODU_TEST_DATABASE=postgres cargo test --locked --test '*'
