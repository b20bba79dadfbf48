#!/usr/bin/env python3
"""Load-test a release build of `modu` on SQLite and PostgreSQL.

Called by scripts/bench.sh (`make bench`); python3 standard library only.
Everything runs against 127.0.0.1, every loop is bounded in count and time,
and each server this starts is stopped before the next step.

Per backend: a fresh database, `modu migrate`, start-up time (median of 5
starts with migrations already applied), idle RSS, one account and its
access token, then `wrk --latency` on GET /health, GET /api/v1/me and
POST /api/v1/auth/refresh (rotation-aware Lua script, fed 64 refresh tokens
from 64 sign-ins made just before that run). A run during which other
programs took CPU is repeated (--retries) and otherwise marked as disturbed.
The table goes to stdout and to bench/results/<UTC timestamp>.md.

Exit status: 0 when every measurement ran cleanly (targets missed or not);
1 when something went wrong (a server did not start or died, wrk failed,
non-2xx answers or socket errors, ERROR/WARN lines in a server's stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import http.client
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA_REFRESH = ROOT / "scripts" / "bench-refresh.lua"
PASSWORD = "blue harbour lantern 42"

# What the figures are compared with (docs/benchmarks.md).
TARGET_ME_RPS = {"sqlite": 10_000, "postgres": 4_000}
TARGET_ME_P99_MS = 30.0
TARGET_IDLE_RSS_MB = 30.0
TARGET_STARTUP_MS = 1000.0

HEALTH_POLL_S = 0.005
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0


def log(msg: str) -> None:
    print(f"[bench] {msg}", flush=True)


# --------------------------------------------------------------------------
# Small helpers


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_request(port: int, method: str, path: str, body=None, headers=None, timeout=10.0):
    """One request to 127.0.0.1:port; returns (status, headers list, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        data = None
        hdrs = dict(headers or {})
        if body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=hdrs)
        resp = conn.getresponse()
        return resp.status, resp.getheaders(), resp.read()
    finally:
        conn.close()


def proc_status(pid: int, key: str) -> int | None:
    """A number field of /proc/<pid>/status (VmRSS and VmHWM in kB, Threads)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def proc_cpu_seconds(pid: int) -> float | None:
    """utime + stime of a process, in seconds."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def machine_busy_seconds() -> float | None:
    """CPU seconds all cores spent running processes (user, nice, system) since
    boot, from /proc/stat. Interrupt time (loopback networking, disk) is left
    out: no process is charged for it, so it could not be told apart."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        return (fields[0] + fields[1] + fields[2]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def all_process_cpu() -> dict:
    """{pid: (name, CPU seconds)} for every process, to tell who else used the CPU during a run."""
    tck = os.sysconf("SC_CLK_TCK")
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                raw = f.read()
            name = raw[raw.index("(") + 1:raw.rindex(")")]
            fields = raw.rsplit(")", 1)[1].split()
            found[int(entry)] = (name, (int(fields[11]) + int(fields[12])) / tck)
        except (OSError, ValueError, IndexError):
            continue
    return found


def others_cpu(before: dict, after: dict, exclude: set, elapsed: float) -> dict:
    """Cores used per process name during a run, leaving out `exclude` pids."""
    by_name: dict = {}
    for pid, (name, cpu) in after.items():
        if pid in exclude:
            continue
        used = cpu - before.get(pid, (name, 0.0))[1]
        if used > 0:
            by_name[name] = by_name.get(name, 0.0) + used / elapsed
    return by_name


def children_cpu_seconds() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def to_ms(value: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value.strip())
    if not m:
        raise ValueError(f"unknown latency {value!r}")
    n, unit = float(m.group(1)), m.group(2)
    return n * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


# --------------------------------------------------------------------------
# The server


class Server:
    """One `modu serve` process, its stderr appended to a log file."""

    def __init__(self, binary: Path, env: dict, log_path: Path):
        self.binary, self.env, self.log_path = binary, env, log_path
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.launched_at = 0.0

    def start(self) -> float:
        """Launches it; returns seconds until /health answered 200."""
        self.port = free_port()
        env = dict(self.env, MODU_BIND=f"127.0.0.1:{self.port}", MODU_PUBLIC_BASE_URL=f"http://127.0.0.1:{self.port}")
        err = open(self.log_path, "ab")
        self.launched_at = time.perf_counter()
        self.proc = subprocess.Popen(
            [str(self.binary), "serve"], env=env, cwd=env["MODU_DATA_DIR"],
            stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL,
        )
        err.close()
        deadline = self.launched_at + START_TIMEOUT_S
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"modu serve exited with {self.proc.returncode} (see {self.log_path})")
            try:
                status, _, _ = http_request(self.port, "GET", "/health", timeout=1.0)
                if status == 200:
                    return time.perf_counter() - self.launched_at
            except OSError:
                pass
            time.sleep(HEALTH_POLL_S)
        self.stop()
        raise RuntimeError(f"/health did not answer 200 within {START_TIMEOUT_S:.0f} s")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            log(f"modu serve (pid {self.proc.pid}) did not stop within {STOP_TIMEOUT_S:.0f} s; killing it")
            self.proc.kill()
            self.proc.wait(timeout=STOP_TIMEOUT_S)


# --------------------------------------------------------------------------
# wrk


@dataclass
class WrkResult:
    endpoint: str
    rps: float = 0.0
    p50_ms: float = 0.0
    p90_ms: float = 0.0
    p99_ms: float = 0.0
    requests: int = 0
    non_2xx: int = 0
    socket_errors: dict = field(default_factory=dict)
    server_cpu: float | None = None  # cores the server used on average
    wrk_cpu: float | None = None     # cores wrk used on average
    machine_cpu: float | None = None  # cores the whole machine used (server, wrk, PostgreSQL, anything else)
    others: dict = field(default_factory=dict)  # cores used by other processes, by name
    rss_after_kb: int | None = None  # the server's VmRSS when the run ended
    attempts: int = 1
    disturbed: bool = False  # other programs took CPU during the run even after the retries
    extra: dict = field(default_factory=dict)  # the refresh script's counters
    raw: str = ""


def parse_wrk(endpoint: str, out: str) -> WrkResult:
    r = WrkResult(endpoint=endpoint, raw=out)
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if not m:
        raise RuntimeError(f"wrk printed no Requests/sec:\n{out}")
    r.rps = float(m.group(1))
    for pct, attr in (("50", "p50_ms"), ("90", "p90_ms"), ("99", "p99_ms")):
        m = re.search(rf"^\s+{pct}%\s+(\S+)", out, re.M)
        if not m:
            raise RuntimeError(f"wrk printed no {pct}% latency (was --latency given?):\n{out}")
        setattr(r, attr, to_ms(m.group(1)))
    m = re.search(r"(\d+) requests in", out)
    r.requests = int(m.group(1)) if m else 0
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    r.non_2xx = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        r.socket_errors = dict(zip(("connect", "read", "write", "timeout"), map(int, m.groups())))
    m = re.search(r"^modu-bench: (.*)$", out, re.M)
    if m:
        r.extra = {k: int(v) for k, v in (kv.split("=") for kv in m.group(1).split())}
    return r


def run_wrk(args, server: Server, endpoint: str, path: str, headers=(), script: Path | None = None,
            extra_env=None) -> WrkResult:
    cmd = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}", "--latency",
           "--timeout", "5s"]
    for h in headers:
        cmd += ["-H", h]
    if script:
        cmd += ["-s", str(script)]
    cmd.append(f"http://127.0.0.1:{server.port}{path}")
    env = dict(os.environ, **(extra_env or {}))
    log(f"wrk {endpoint}: -t{args.threads} -c{args.connections} -d{args.duration}")
    procs0 = all_process_cpu()
    cpu0, wrk0, all0 = proc_cpu_seconds(server.proc.pid), children_cpu_seconds(), machine_busy_seconds()
    t0 = time.perf_counter()
    # wrk stops by itself after -d; the timeout is only a guard.
    wrk = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        stdout, stderr = wrk.communicate(timeout=parse_seconds(args.duration) + 60)
    except subprocess.TimeoutExpired:
        wrk.kill()
        wrk.communicate()
        raise RuntimeError("wrk did not finish in time")
    elapsed = time.perf_counter() - t0
    cpu1, wrk1, all1 = proc_cpu_seconds(server.proc.pid), children_cpu_seconds(), machine_busy_seconds()
    others = others_cpu(procs0, all_process_cpu(), {server.proc.pid, wrk.pid, os.getpid()}, elapsed)
    done = subprocess.CompletedProcess(cmd, wrk.returncode, stdout, stderr)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    result = parse_wrk(endpoint, done.stdout + done.stderr)
    result.rss_after_kb = proc_status(server.proc.pid, "VmRSS")
    if cpu0 is not None and cpu1 is not None:
        result.server_cpu = (cpu1 - cpu0) / elapsed
    result.wrk_cpu = (wrk1 - wrk0) / elapsed
    if all0 is not None and all1 is not None:
        result.machine_cpu = (all1 - all0) / elapsed
    result.others = {k: v for k, v in sorted(others.items(), key=lambda kv: -kv[1]) if v >= 0.02}
    return result


def parse_seconds(duration: str) -> float:
    m = re.fullmatch(r"(\d+)([smh]?)", duration)
    if not m:
        raise ValueError(f"duration {duration!r}: use e.g. 10s")
    return int(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


# --------------------------------------------------------------------------
# One backend


@dataclass
class BackendResult:
    backend: str
    startups_ms: list = field(default_factory=list)
    idle_rss_kb: int | None = None
    after_rss_kb: int | None = None
    peak_rss_kb: int | None = None
    idle_threads: int | None = None
    after_threads: int | None = None
    sign_in_ms: list = field(default_factory=list)
    sign_in_rss_kb: list = field(default_factory=list)  # (before, after) the sign-ins for a refresh run
    runs: list = field(default_factory=list)
    stderr_problems: list = field(default_factory=list)
    stderr_lines: int = 0
    error: str | None = None

    @property
    def startup_median_ms(self) -> float | None:
        return statistics.median(self.startups_ms) if self.startups_ms else None


def create_pg_database(base: urllib.parse.SplitResult, name: str) -> None:
    psql(base, f'CREATE DATABASE "{name}"')


def drop_pg_database(base: urllib.parse.SplitResult, name: str) -> None:
    try:
        psql(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except RuntimeError as e:
        log(f"could not drop database {name}: {e}")


def psql(base: urllib.parse.SplitResult, sql: str) -> None:
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", base.hostname or "127.0.0.1",
           "-p", str(base.port or 5432), "-U", base.username or "postgres", "-d", "postgres", "-c", sql]
    env = dict(os.environ)
    if base.password:
        env["PGPASSWORD"] = urllib.parse.unquote(base.password)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or f"psql exited with {done.returncode}")


def postgres_reachable(base: urllib.parse.SplitResult) -> str | None:
    """None if usable, else why not."""
    if shutil.which("psql") is None:
        return "psql is not installed (apt-get install postgresql-client)"
    try:
        with socket.create_connection((base.hostname or "127.0.0.1", base.port or 5432), timeout=2):
            pass
    except OSError as e:
        return f"nothing answers at {base.hostname}:{base.port or 5432} ({e})"
    try:
        psql(base, "SELECT 1")
    except RuntimeError as e:
        return f"psql cannot connect: {e}"
    return None


def sign_in(server: Server, email: str, result: BackendResult) -> tuple[str, str]:
    """Signs in once; returns (access token, refresh token). Each sign-in starts its own session."""
    t0 = time.perf_counter()
    status, headers, body = http_request(server.port, "POST", "/api/v1/auth/sign-in",
                                         {"email": email, "password": PASSWORD})
    result.sign_in_ms.append((time.perf_counter() - t0) * 1000)
    if status != 200:
        raise RuntimeError(f"sign-in answered {status}: {body[:500]!r}")
    cookie = next((v for k, v in headers if k.lower() == "set-cookie" and v.startswith("modu_refresh=")), None)
    if cookie is None:
        raise RuntimeError("sign-in set no modu_refresh cookie")
    return json.loads(body)["access_token"], cookie.split(";", 1)[0].split("=", 1)[1]


# Other programs using more than this many cores during a run make it "disturbed".
DISTURBED_CORES = 0.15
KERNEL_SLACK = 0.1
QUIET_WAIT_S = 90


def outside_cpu(r: WrkResult) -> float:
    """Cores used during the run by anything but the server, wrk and PostgreSQL: the
    processes seen before and after it, or, counting those that came and went
    meanwhile, the machine's total less ours (less a little slack)."""
    seen = sum(v for k, v in r.others.items() if k != "postgres")
    if r.machine_cpu is None or r.server_cpu is None or r.wrk_cpu is None:
        return seen
    unexplained = r.machine_cpu - r.server_cpu - (r.wrk_cpu or 0) - r.others.get("postgres", 0.0) - KERNEL_SLACK
    return max(seen, unexplained)


def wait_for_quiet(limit_s: float) -> bool:
    """Waits (at most limit_s) until the machine uses under DISTURBED_CORES cores over a second."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        b0 = machine_busy_seconds()
        time.sleep(1.0)
        b1 = machine_busy_seconds()
        if b0 is None or b1 is None or b1 - b0 < DISTURBED_CORES + 0.1:
            return True
    return False


def undisturbed(args, run) -> WrkResult:
    """Runs `run` (one wrk run); if other programs took CPU meanwhile, waits for
    the machine to calm down and runs it again, up to --retries times. Returns
    the last attempt, marked if it was still disturbed."""
    for attempt in range(args.retries + 1):
        r = run()
        r.attempts = attempt + 1
        if outside_cpu(r) < DISTURBED_CORES:
            return r
        busy = ", ".join(f"{k} {v:.2f}" for k, v in r.others.items() if k != "postgres") or "short-lived processes"
        busy += f"; {outside_cpu(r):.2f} cores in all"
        if attempt < args.retries:
            log(f"{r.endpoint}: other programs used CPU during the run ({busy}); waiting for quiet to run it again")
            if not wait_for_quiet(QUIET_WAIT_S):
                log(f"the machine stayed busy for {QUIET_WAIT_S} s; running anyway")
    r.disturbed = True
    return r


def bench_backend(args, backend: str) -> BackendResult:
    result = BackendResult(backend)
    tmp = Path(tempfile.mkdtemp(prefix=f"modu-bench-{backend}-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODU_")}
    env.update(MODU_DATA_DIR=str(tmp), MODU_WORKERS=str(args.workers), RUST_LOG="warn",
               MODU_FRONTEND_DIR=str(tmp / "no-frontend"))
    env.update(dict(kv.split("=", 1) for kv in args.server_env))
    pg_base, pg_db = None, None
    stderr_log = tmp / "server-stderr.log"
    server = Server(args.binary, env, stderr_log)
    try:
        if backend == "postgres":
            pg_base = urllib.parse.urlsplit(args.postgres_url)
            pg_db = f"modu_bench_{dt.datetime.now(dt.timezone.utc):%Y%m%d%H%M%S}_{os.getpid()}"
            create_pg_database(pg_base, pg_db)
            netloc = pg_base.netloc
            env["MODU_DATABASE_URL"] = urllib.parse.urlunsplit((pg_base.scheme, netloc, "/" + pg_db, "", ""))
            log(f"postgres: fresh database {pg_db}")
        else:
            log(f"sqlite: fresh database {tmp / 'modu.db'}")

        # 1. Migrations, then start-up time with them already applied.
        done = subprocess.run([str(args.binary), "migrate"], env=env, cwd=tmp, capture_output=True, text=True,
                              timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"modu migrate failed ({done.returncode}):\n{done.stdout}{done.stderr}")
        for i in range(args.starts):
            seconds = server.start()
            server.stop()
            result.startups_ms.append(seconds * 1000)
        log(f"start-up (ms): {', '.join(f'{s:.0f}' for s in result.startups_ms)}; "
            f"median {result.startup_median_ms:.0f}")

        # 2. The server under test; idle RSS a second after launch.
        server.start()
        time.sleep(max(0.0, 1.0 - (time.perf_counter() - server.launched_at)))
        result.idle_rss_kb = proc_status(server.proc.pid, "VmRSS")
        result.idle_threads = proc_status(server.proc.pid, "Threads")

        # 3. One account, one access token, 64 refresh tokens.
        email = f"bench-{os.getpid()}@example.kr"
        status, _, body = http_request(server.port, "POST", "/api/v1/auth/register", {
            "email": email, "password": PASSWORD, "display_name": "벤치", "locale": "ko",
            "birth_date": "1990-01-01",
            "consents": [{"kind": "terms", "version": "2026-11-01", "granted": True},
                         {"kind": "privacy_collection", "version": "2026-11-01", "granted": True}],
        })
        if status != 202:
            raise RuntimeError(f"register answered {status}: {body[:500]!r}")
        access = sign_in(server, email, result)[0]
        status, _, body = http_request(server.port, "GET", "/api/v1/me", headers={"Authorization": f"Bearer {access}"})
        if status != 200:
            raise RuntimeError(f"GET /api/v1/me answered {status}: {body[:500]!r}")

        def refresh_run() -> WrkResult:
            # Fresh tokens for every attempt: a run leaves its last tokens inside wrk.
            before = proc_status(server.proc.pid, "VmRSS")
            tokens = [sign_in(server, email, result)[1] for _ in range(args.refresh_tokens)]
            result.sign_in_rss_kb.append((before, proc_status(server.proc.pid, "VmRSS")))
            tokens_file = tmp / "refresh-tokens.txt"
            tokens_file.write_text("\n".join(tokens) + "\n")
            return run_wrk(args, server, "POST /api/v1/auth/refresh", "/api/v1/auth/refresh", script=LUA_REFRESH,
                           extra_env={"MODU_BENCH_TOKENS": str(tokens_file), "MODU_BENCH_THREADS": str(args.threads)})

        # 4. Load.
        result.runs.append(undisturbed(args, lambda: run_wrk(args, server, "GET /health", "/health")))
        result.runs.append(undisturbed(args, lambda: run_wrk(
            args, server, "GET /api/v1/me", "/api/v1/me", headers=[f"Authorization: Bearer {access}"])))
        result.runs.append(undisturbed(args, refresh_run))
        if not server.alive():
            raise RuntimeError(f"modu serve died during the load (exit {server.proc.returncode})")
        result.after_rss_kb = proc_status(server.proc.pid, "VmRSS")
        result.peak_rss_kb = proc_status(server.proc.pid, "VmHWM")
        result.after_threads = proc_status(server.proc.pid, "Threads")
        for r in result.runs:
            log(f"{backend} {r.endpoint}: {r.rps:,.0f} req/s, p50 {r.p50_ms:.2f} ms, p99 {r.p99_ms:.2f} ms, "
                f"non-2xx {r.non_2xx}" + (f", {r.extra}" if r.extra else ""))
    except Exception as e:  # noqa: BLE001 - reported, and the next backend still runs
        result.error = f"{type(e).__name__}: {e}"
        log(f"{backend}: FAILED: {result.error}")
    finally:
        server.stop()
        if stderr_log.exists():
            lines = stderr_log.read_text(errors="replace").splitlines()
            result.stderr_lines = len(lines)
            result.stderr_problems = [l for l in lines if re.search(r"\b(ERROR|WARN)\b|panicked", l)]
        if pg_db:
            drop_pg_database(pg_base, pg_db)
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return result


# --------------------------------------------------------------------------
# Report


def binary_description(binary: Path) -> dict:
    """Which build was measured: a hash of the binary, when it was built, and
    whether the sources beside it are newer (then the figures are for older code)."""
    digest = hashlib.sha256()
    with open(binary, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    built = binary.stat().st_mtime
    newer = []
    for top in ("src", "migrations", "Cargo.toml", "Cargo.lock"):
        path = ROOT / top
        files = [path] if path.is_file() else (path.rglob("*") if path.is_dir() else [])
        newer += [str(p.relative_to(ROOT)) for p in files if p.is_file() and p.stat().st_mtime > built]
    return {
        "sha": digest.hexdigest()[:12],
        "built": dt.datetime.fromtimestamp(built, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "newer_sources": sorted(newer),
    }


def machine_description() -> dict:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.+)$", f.read(), re.M)
            cpu = m.group(1).strip() if m else cpu
    except OSError:
        pass
    mem_gib = None
    try:
        with open("/proc/meminfo") as f:
            mem_gib = int(f.readline().split()[1]) / 1024 / 1024
    except (OSError, ValueError, IndexError):
        pass
    commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    wrk_version = (wrk.stdout + wrk.stderr).splitlines()[0].split(" Copyright")[0] if (wrk.stdout + wrk.stderr) else "?"
    try:
        load = open("/proc/loadavg").read().split()[:3]
    except OSError:
        load = ["?"] * 3
    return {
        "load": " ".join(load),
        "cores": os.cpu_count(), "cpu": cpu, "mem_gib": mem_gib, "kernel": platform.release(),
        "commit": commit, "wrk": wrk_version,
    }


def cpu_split(r: WrkResult) -> str:
    """Cores used by the server, by wrk, and by everything else (PostgreSQL, other work on the machine)."""
    if r.server_cpu is None or r.wrk_cpu is None:
        return "n/a"
    rest = "n/a" if r.machine_cpu is None else f"{max(0.0, r.machine_cpu - r.server_cpu - r.wrk_cpu):.2f}"
    return f"{r.server_cpu:.2f} / {r.wrk_cpu:.2f} / {rest}"


def mark(ok: bool | None) -> str:
    return "—" if ok is None else ("ok" if ok else "**MISSED**")


def mb(kb: int | None) -> str:
    return "n/a" if kb is None else f"{kb / 1024:.1f} MB"


def render(args, results: list[BackendResult], started: dt.datetime, machine: dict, skipped: dict) -> str:
    out = []
    out.append(f"# modu benchmark, {started:%Y-%m-%d %H:%M} UTC\n")
    mem = f", {machine['mem_gib']:.0f} GiB" if machine["mem_gib"] else ""
    out.append(f"- Machine: {machine['cores']} cores ({machine['cpu']}){mem}, Linux {machine['kernel']}; "
               f"wrk and the server share the cores; load average before the run: {machine['load']}"
               + (f"; {machine['busy_before']:.2f} cores busy in the 2 s before it" if machine.get("busy_before") is not None else ""))
    build = machine["binary"]
    label = f"{args.label}; " if args.label else f"work tree at commit {machine['commit']}; "
    out.append(f"- Build: `{args.binary.name}` release ({label}binary sha256 {build['sha']}…, built {build['built']}); "
               f"{machine['wrk']}")
    if build["newer_sources"] and not args.label:
        out.append(f"- **Note**: {len(build['newer_sources'])} source file(s) changed after this binary was built "
                   f"(e.g. {build['newer_sources'][0]}): rebuild (`make bench` does) to measure the current code")
    out.append(f"- Load: `wrk -t{args.threads} -c{args.connections} -d{args.duration} --latency`; "
               f"server: MODU_WORKERS={args.workers}, RUST_LOG=warn"
               + "".join(f", {kv}" for kv in args.server_env))
    for backend, why in skipped.items():
        out.append(f"- **{backend} skipped**: {why}")
    out.append("")
    out.append("| backend | endpoint | req/s | p50 | p99 | non-2xx | socket errors | CPU: server / wrk / rest | RSS after | target | |")
    out.append("|---|---|---:|---:|---:|---:|---:|---|---:|---|---|")
    for res in results:
        if res.error and not res.runs:
            out.append(f"| {res.backend} | (failed: {res.error.splitlines()[0]}) | | | | | | | | | | |")
        for r in res.runs:
            target, ok = "", None
            if r.endpoint == "GET /api/v1/me":
                want = TARGET_ME_RPS[res.backend]
                target = f"≥ {want:,} req/s, p99 < {TARGET_ME_P99_MS:.0f} ms"
                ok = r.rps >= want and r.p99_ms < TARGET_ME_P99_MS
            sock = sum(r.socket_errors.values())
            if r.disturbed:
                ok = None
                target = (target + " " if target else "") + "(disturbed: not comparable)"
            out.append(f"| {res.backend} | `{r.endpoint}` | {r.rps:,.0f} | {r.p50_ms:.2f} ms | {r.p99_ms:.2f} ms | "
                       f"{r.non_2xx} | {sock} | {cpu_split(r)} | {mb(r.rss_after_kb)} | {target} | {mark(ok)} |")
    out.append("")
    out.append(f"CPU columns are cores in use on average during the run (of {machine['cores']}), interrupt "
               "time left out; 'rest' is PostgreSQL's backends plus anything else running on the machine.")
    out.append("")
    out.append(f"| backend | start-up (median of {args.starts}) | idle RSS | RSS after load | peak RSS | sign-in (median) | target | |")
    out.append("|---|---:|---:|---:|---:|---:|---|---|")
    for res in results:
        su = res.startup_median_ms
        ok = None
        if su is not None and res.idle_rss_kb is not None:
            ok = su < TARGET_STARTUP_MS and res.idle_rss_kb / 1024 < TARGET_IDLE_RSS_MB
        sign_in = f"{statistics.median(res.sign_in_ms):.0f} ms" if res.sign_in_ms else "n/a"
        out.append(f"| {res.backend} | {'n/a' if su is None else f'{su:.0f} ms'} | {mb(res.idle_rss_kb)} | "
                   f"{mb(res.after_rss_kb)} | {mb(res.peak_rss_kb)} | {sign_in} | "
                   f"start-up < {TARGET_STARTUP_MS / 1000:.0f} s, idle RSS < {TARGET_IDLE_RSS_MB:.0f} MB | {mark(ok)} |")
    out.append("")
    notes = []
    for res in results:
        if res.startups_ms:
            notes.append(f"- {res.backend} start-ups: {', '.join(f'{s:.0f}' for s in res.startups_ms)} ms")
        for before, after in res.sign_in_rss_kb:
            notes.append(f"- {res.backend} RSS around the {args.refresh_tokens} sign-ins before the refresh run: "
                         f"{mb(before)} → {mb(after)} (argon2 needs 19 MiB per hash)")
        if res.idle_threads is not None:
            notes.append(f"- {res.backend} server threads: {res.idle_threads} idle, {res.after_threads} after the load")
        for r in res.runs:
            if r.extra:
                notes.append(f"- {res.backend} refresh script: " + ", ".join(f"{k}={v}" for k, v in r.extra.items()))
            if r.others:
                notes.append(f"- {res.backend} `{r.endpoint}`: other processes' CPU (cores): "
                             + ", ".join(f"{k} {v:.2f}" for k, v in list(r.others.items())[:4])
                             + (f" (attempt {r.attempts})" if r.attempts > 1 else "")
                             + (" — **disturbed by other programs**" if r.disturbed else ""))
            if sum(r.socket_errors.values()):
                notes.append(f"- {res.backend} `{r.endpoint}` socket errors: {r.socket_errors}")
        if res.error:
            notes.append(f"- **{res.backend} failed**: {res.error}")
        notes.append(f"- {res.backend} server stderr: {res.stderr_lines} lines, "
                     f"{len(res.stderr_problems)} with ERROR/WARN/panic")
        for line in res.stderr_problems[:5]:
            notes.append(f"    - `{line[:300]}`")
    out += notes
    out.append("")
    return "\n".join(out)


def problems_of(results: list[BackendResult]) -> list[str]:
    found = []
    for res in results:
        if res.error:
            found.append(f"{res.backend}: {res.error}")
        for r in res.runs:
            if r.non_2xx:
                found.append(f"{res.backend} {r.endpoint}: {r.non_2xx} non-2xx answers")
            if sum(r.socket_errors.values()):
                found.append(f"{res.backend} {r.endpoint}: socket errors {r.socket_errors}")
            if r.extra.get("pool_empty") or r.extra.get("no_cookie"):
                found.append(f"{res.backend} {r.endpoint}: token pool ran dry {r.extra}")
        if res.stderr_problems:
            found.append(f"{res.backend}: {len(res.stderr_problems)} ERROR/WARN lines in the server's stderr")
    return found


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--binary", type=Path, default=ROOT / "target" / "release" / "modu")
    p.add_argument("--backends", default="sqlite,postgres", help="comma-separated: sqlite,postgres")
    p.add_argument("--postgres-url", default=os.environ.get("MODU_BENCH_POSTGRES_URL",
                                                          "postgres://postgres@127.0.0.1:5432/postgres"),
                   help="server to create the scratch database on (env MODU_BENCH_POSTGRES_URL)")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--connections", type=int, default=64)
    p.add_argument("--duration", default="10s")
    p.add_argument("--workers", type=int, default=2, help="MODU_WORKERS")
    p.add_argument("--starts", type=int, default=5, help="start-ups to time")
    p.add_argument("--refresh-tokens", type=int, default=64)
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    p.add_argument("--keep", action="store_true", help="keep the scratch data folders (server logs)")
    p.add_argument("--retries", type=int, default=2,
                   help="run a load test again when other programs took CPU during it (default 2)")
    p.add_argument("--label", default="", help="what build this is, for the report (default: the git commit)")
    p.add_argument("--server-env", action="append", default=[], metavar="KEY=VALUE",
                   help="extra environment for modu, e.g. MODU_DB_MAX_CONNECTIONS=4 (repeatable)")
    args = p.parse_args()

    if not args.binary.is_file():
        print(f"{args.binary} is missing: run `cargo build --release --locked` (or `make bench`)", file=sys.stderr)
        return 1
    if args.refresh_tokens < args.connections:
        print("--refresh-tokens must be at least --connections (one live token per connection)", file=sys.stderr)
        return 1
    parse_seconds(args.duration)
    bad_env = [kv for kv in args.server_env if "=" not in kv]
    if bad_env:
        print(f"--server-env wants KEY=VALUE, not {bad_env[0]!r}", file=sys.stderr)
        return 1

    started = dt.datetime.now(dt.timezone.utc)
    machine = machine_description()
    machine["binary"] = binary_description(args.binary)
    if machine["binary"]["newer_sources"] and not args.label:
        log(f"WARNING: {len(machine['binary']['newer_sources'])} source file(s) are newer than {args.binary}; "
            "the figures will be for the older build (make bench rebuilds first)")
    b0 = machine_busy_seconds()
    time.sleep(2)
    b1 = machine_busy_seconds()
    machine["busy_before"] = None if b0 is None or b1 is None else (b1 - b0) / 2
    if machine["busy_before"] is not None and machine["busy_before"] > 0.25:
        log(f"WARNING: the machine is already busy ({machine['busy_before']:.2f} cores in use before the run); "
            "the figures will be lower than on an idle machine")
    results, skipped = [], {}
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        if backend not in TARGET_ME_RPS:
            print(f"unknown backend {backend!r}", file=sys.stderr)
            return 1
        if backend == "postgres":
            why = postgres_reachable(urllib.parse.urlsplit(args.postgres_url))
            if why:
                log(f"postgres skipped: {why}")
                skipped[backend] = why
                continue
        results.append(bench_backend(args, backend))

    report = render(args, results, started, machine, skipped)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{started:%Y%m%dT%H%M%SZ}.md"
    path.write_text(report)
    print()
    print(report)
    print(f"Written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    disturbed = [f"{res.backend} {r.endpoint}" for res in results for r in res.runs if r.disturbed]
    if disturbed:
        print("\nOther programs used the CPU during: " + ", ".join(disturbed)
              + ". Those figures are not comparable; run again on a quiet machine.", file=sys.stderr)
    found = problems_of(results)
    if found:
        print("\nThe run was not clean:", file=sys.stderr)
        for f in found:
            print(f"  - {f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
