#!/usr/bin/env bash
# The public vote and announcement load benchmark (docs/benchmarks.md,
# "Public vote and announcement").
#
#   scripts/bench-announcement.sh [--backend sqlite|postgres|both] [--seconds 15]
#                                 [--scenario votes|results|announce|all]
#                                 [--concurrency 64] [--label TEXT] [--no-build]
#                                 [--server-env KEY=VALUE]... [--quiet-wait SECONDS]
#                                 [--postgres-url URL] [--generator PATH]
#                                 [-- MORE GENERATOR OPTIONS]
#
# Builds the release server and the load generator (benches/announcement.rs),
# then for each backend and scenario: a fresh data folder (and, for
# PostgreSQL, a fresh database modu_bench_announce_<pid>_<n>, dropped after),
# `modu migrate`, `modu serve` on a free 127.0.0.1 port sending mail by SMTP
# (no TLS) to a second free port where the generator runs an SMTP server,
# then the generator (it seeds through the data layer, mints tokens with the
# server's key, measures over HTTP and checks the database and the mails),
# then the server is stopped by its PID. Results are printed and appended to
# bench/results/<UTC time>-announcement.md (git-ignored). Options after `--`
# go to the generator as they are (see its --help, e.g. --voters 10000,
# --revote-every 5, --results-entries 5000, --entrants 10000).
#
# Exit status: 0 when every run was made (missed targets are reported, not
# errors), 2 when a correctness check failed (a lost or duplicated vote,
# results visible early or incomplete, a missing or second mail), 1 when a
# run could not be made.
set -euo pipefail
cd "$(dirname "$0")/.."

backends=both
seconds=15
scenario=all
concurrency=64
extra=()
label=""
build=1
quiet_wait=300
server_env=()
generator=""
pg_url="${MODU_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --backend|--backends) backends="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --scenario) scenario="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --label) label="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --server-env) server_env+=("$2"); shift 2 ;;
    --quiet-wait) quiet_wait="$2"; shift 2 ;;
    --postgres-url) pg_url="$2"; shift 2 ;;
    --generator) generator="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 1 ;;
  esac
done
case "$backends" in sqlite) backend_list=(sqlite) ;; postgres) backend_list=(postgres) ;; both) backend_list=(sqlite postgres) ;;
  *) echo "--backend is sqlite, postgres or both" >&2; exit 1 ;; esac
case "$scenario" in votes|results|announce) scenario_list=("$scenario") ;; all) scenario_list=(votes results announce) ;;
  *) echo "--scenario is votes, results, announce or all" >&2; exit 1 ;; esac

log() { echo "[bench-announcement $(date -u +%H:%M:%S)] $*" >&2; }

# The server and generator get only the settings given here.
for var in $(compgen -e | grep '^MODU_' || true); do unset "$var"; done

# --- build -------------------------------------------------------------------
bench_bin=""
if [ "$build" = 1 ]; then
  log "building the release server and the load generator"
  cargo build --release --locked
  json=$(cargo build --release --locked --bench announcement --message-format=json-render-diagnostics)
  bench_bin=$(printf '%s\n' "$json" | grep '"name":"announcement"' | grep -o '"executable":"[^"]*"' | tail -n1 | cut -d'"' -f4)
else
  bench_bin=$(ls -t target/release/deps/announcement-* 2>/dev/null | grep -v '\.d$' | head -n1 || true)
fi
# --generator: an already built generator (e.g. a dev-profile build), as it is.
[ -n "$generator" ] && bench_bin="$generator"
if [ -z "$bench_bin" ] || [ ! -x "$bench_bin" ] || [ ! -x target/release/modu ]; then
  echo "the release server or the load generator is missing (run without --no-build)" >&2
  exit 1
fi
modu_bin="$PWD/target/release/modu"

# --- a quiet machine ---------------------------------------------------------
# On 2 cores a compiler beside the benchmark takes half the machine.
compilers() { pgrep -x rustc 2>/dev/null | wc -l; }
wait_for_quiet() {
  local waited=0
  while [ "$(compilers)" -gt 0 ] || pgrep -x cargo >/dev/null 2>&1; do
    if [ "$waited" -ge "$quiet_wait" ]; then
      log "cargo/rustc still running after ${quiet_wait} s; measuring anyway (the report says so)"
      return 1
    fi
    [ "$waited" = 0 ] && log "waiting for cargo/rustc to finish (up to ${quiet_wait} s)"
    sleep 5; waited=$((waited + 5))
  done
  return 0
}

# --- PostgreSQL ----------------------------------------------------------------
pg_host=$(printf '%s' "$pg_url" | sed -E 's#^postgres(ql)?://([^@/]*@)?([^:/]*).*#\3#')
pg_base=${pg_url%/*}
psql_do() { psql -X -q -v ON_ERROR_STOP=1 "$pg_url" -c "$1"; }
pg_ok=1
if [[ " ${backend_list[*]} " == *" postgres "* ]]; then
  if ! command -v psql >/dev/null 2>&1; then
    log "psql is not installed: skipping PostgreSQL"; pg_ok=0
  elif ! psql_do 'SELECT 1' >/dev/null 2>&1; then
    log "PostgreSQL does not answer at $pg_url ($pg_host): skipping it"; pg_ok=0
  fi
fi

# --- the report ----------------------------------------------------------------
mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
report="bench/results/${stamp}-announcement.md"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] && commit="$commit + uncommitted changes"
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
mem_gib=$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)
{
  echo "# Public vote and announcement, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "Machine: $(nproc) cores ($cpu_model), ${mem_gib} GiB, $(uname -sr); load generator on the same cores."
  echo "Build: commit $commit; server sha256 $(sha256sum "$modu_bin" | cut -c1-12)…, built $(date -u -r "$modu_bin" '+%Y-%m-%d %H:%M') UTC."
  echo "Server: RUST_LOG=warn, mail by SMTP (no TLS) to the generator, defaults otherwise${server_env[*]:+ plus ${server_env[*]}}. Columns \"CPU cores\": server / generator / rest (rest = PostgreSQL, anything else)."
  [ -n "$label" ] && echo "Label: $label"
  echo
} | tee "$report"

# --- one run -----------------------------------------------------------------
server_pid=""
tmp=""
pg_db=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
  if [ -n "$pg_db" ]; then
    psql_do "DROP DATABASE IF EXISTS \"$pg_db\" WITH (FORCE)" >/dev/null 2>&1 || log "could not drop database $pg_db"
    pg_db=""
  fi
  if [ -n "$tmp" ] && [ -d "$tmp" ]; then
    rm -rf "$tmp"
  fi
  tmp=""
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

status=0
run_one() {
  local backend=$1 scen=$2 n=$3
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/modu-announce-${backend}-XXXXXX")
  local db_url
  if [ "$backend" = postgres ]; then
    pg_db="modu_bench_announce_$$_$n"
    psql_do "CREATE DATABASE \"$pg_db\"" >/dev/null
    db_url="$pg_base/$pg_db"
  else
    db_url="sqlite://$tmp/modu.db"
  fi
  local port; port=$(free_port)
  local smtp_port; smtp_port=$(free_port)
  while [ "$smtp_port" = "$port" ]; do smtp_port=$(free_port); done
  local url="http://127.0.0.1:$port"
  local env_vars=(MODU_DATABASE_URL="$db_url" MODU_DATA_DIR="$tmp" MODU_BIND="127.0.0.1:$port"
                  MODU_PUBLIC_BASE_URL="$url" MODU_FRONTEND_DIR="$tmp/no-frontend" RUST_LOG=warn
                  MODU_MAIL_TRANSPORT=smtp MODU_SMTP_HOST=127.0.0.1 MODU_SMTP_PORT="$smtp_port" MODU_SMTP_TLS=none
                  "${server_env[@]}")
  log "$backend / $scen: fresh data in $tmp${pg_db:+, database $pg_db}"
  (cd "$tmp" && env "${env_vars[@]}" "$modu_bin" migrate >/dev/null)
  (cd "$tmp" && exec env "${env_vars[@]}" "$modu_bin" serve >"$tmp/server-stdout.log" 2>"$tmp/server-stderr.log") &
  server_pid=$!
  local up=0
  for _ in $(seq 1 200); do
    if curl -fsS -o /dev/null "$url/health" 2>/dev/null; then up=1; break; fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.05
  done
  if [ "$up" != 1 ]; then
    log "the server did not start; its stderr:"; cat "$tmp/server-stderr.log" >&2
    cleanup; status=1; return
  fi
  log "$backend / $scen: server pid $server_pid on $url"
  local quiet_note=""
  wait_for_quiet || quiet_note=" (**a compiler was running during this run: not comparable**)"
  local args=(--url "$url" --server-pid "$server_pid" --scenario "$scen" --seconds "$seconds" --concurrency "$concurrency"
              --smtp-port "$smtp_port")
  [ -n "$label" ] && args+=(--label "$label")
  local out rc=0
  out=$(env "${env_vars[@]}" "$bench_bin" "${args[@]}" "${extra[@]}") || rc=$?
  local problems
  problems=$(grep -cE ' (ERROR|WARN) ' "$tmp/server-stderr.log" || true)
  {
    printf '%s\n' "$out" | sed "1s/\$/$quiet_note/"
    echo "Server stderr: ${problems} ERROR/WARN line(s); data folder $(du -sh "$tmp" | cut -f1)."
    if [ "$problems" -gt 0 ]; then grep -E ' (ERROR|WARN) ' "$tmp/server-stderr.log" | head -n 5 | sed 's/^/    /'; fi
    echo
  } | tee -a "$report"
  if ! kill -0 "$server_pid" 2>/dev/null; then log "the server died during the run"; rc=1; fi
  cleanup
  if [ "$rc" = 2 ]; then
    status=2
  elif [ "$rc" != 0 ] && [ "$status" != 2 ]; then
    status=1
  fi
}

n=0
for backend in "${backend_list[@]}"; do
  if [ "$backend" = postgres ] && [ "$pg_ok" != 1 ]; then
    echo "PostgreSQL skipped: not reachable at $pg_url." | tee -a "$report"; echo | tee -a "$report"
    continue
  fi
  for scen in "${scenario_list[@]}"; do
    n=$((n + 1))
    run_one "$backend" "$scen" "$n"
  done
done
log "report: $report"
exit "$status"
