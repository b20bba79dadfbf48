#!/usr/bin/env bash
# Load-tests a release build of modu on SQLite and, if it answers, PostgreSQL.
# `make bench` builds the release binary first and then runs this.
# Options are passed on to scripts/bench.py (see `scripts/bench.py --help`),
# e.g. `scripts/bench.sh --backends sqlite --duration 5s`.
# Everything runs against 127.0.0.1; results go to bench/results/<UTC time>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "The benchmark needs wrk (an HTTP load generator). Install it with:" >&2
  echo "    sudo apt-get install wrk        # Debian/Ubuntu" >&2
  echo "    brew install wrk                # macOS" >&2
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "The benchmark needs python3 (standard library only)." >&2
  exit 1
fi
if [ ! -x target/release/modu ]; then
  echo "target/release/modu is missing: run 'make bench' (or 'cargo build --release --locked')." >&2
  exit 1
fi

exec python3 scripts/bench.py "$@"
